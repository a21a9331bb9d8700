"""``tqcheck rules [CODE]``: the rule table, or one rule's documentation."""

from __future__ import annotations

import argparse

from tqcheck.errors import EXIT_OK, UsageError


def run(args: argparse.Namespace) -> int:
    from tqcheck.rules import all_rules, rule_by_code

    if args.code:
        rule = rule_by_code(args.code)
        if rule is None:
            raise UsageError(f"no rule {args.code!r}; `tqcheck rules` lists them")
        print(f"{rule.code} {rule.name} ({rule.severity_range}, {rule.category.value})\n")
        print(rule.doc.summary + "\n")
        for title, body in rule.doc.sections:
            print(f"## {title}\n{body}\n")
        return EXIT_OK
    for rule in all_rules():
        print(f"{rule.code}  {rule.name:<34} {rule.severity_range:<13} {rule.category.value:<24} {rule.doc.summary}")
    return EXIT_OK

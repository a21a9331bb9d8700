"""Flags a target term the glossary forbids.

## What it does
With a glossary (`--glossary FILE`, or `glossary = "FILE"` in the
configuration: CSV, TSV or TBX, see `tqcheck/glossary.py`), reports every
use of a target term the glossary marks as not to be used (a CSV/TSV
row's third column; a TBX term with a deprecated or superseded status),
with the glossary's preferred term as the suggestion where it gives one.
Checked with or without a source. Silent without a glossary.

## Why
A termbase records the words a client or publisher has ruled out (an old
product name, a rival's brand, a loaded word); translators and machine
translation keep using them.

## Example
    The defence secretary resigned on Monday.

## Use instead
    The defence minister resigned on Monday.

(The examples run with a glossary that forbids `secretary` for
`министър`.)
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, RuleOption, make_rule


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    path = rule.option(ctx, "glossary")  # as glossary.glossary_path reads it: the reader is imported only for a glossary
    if not path:
        return
    from tqcheck.glossary import load_glossary

    forbidden = load_glossary(path, ctx.source_lang, ctx.target_lang).forbidden
    for segment in ctx.segments:
        text = ctx.text[segment.start : segment.end]
        for entry, term, found in forbidden.matches(text):
            instead = f": use {entry.target[0]!r}" if entry.target else ""
            yield rule.finding(
                ctx, segment.start + found[0], segment.start + found[1],
                f"the glossary rules out {term!r} (line {entry.line}){instead}",
                entry.target[0] if entry.target else None,
                details=(("glossary", f"{path}:{entry.line}"),),
            )


RULE = make_rule(
    __doc__,
    code="TQ802",
    name="glossary-term-forbidden",
    severity=Severity.MAJOR,
    category=Category.TERMINOLOGY,
    check=check,
    options=(RuleOption("glossary", default=""),),  # a file name; "" none
)

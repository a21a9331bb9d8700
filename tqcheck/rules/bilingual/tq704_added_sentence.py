"""Flags a translated sentence with no source.

## What it does
Reports a sentence of the translation that the alignment pairs with no
source sentence (a 0-1 link). Very short additions (a dateline, a credit)
are reported at minor severity.

## Why
Machine translation sometimes invents content, repeating a sentence or
adding one that the source never said.

## Example
    Пожарът избухна в петък вечерта. Полицията разследва. => The fire broke out on Friday evening. Dozens of residents were evacuated from nearby buildings overnight. Police are investigating.

## Use instead
    Пожарът избухна в петък вечерта. Полицията разследва. => The fire broke out on Friday evening. Police are investigating.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule

SHORT_ADDITION = 20  # characters


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    for pair in ctx.pairs:
        if pair.target and not pair.source:
            severity = Severity.MINOR if len(pair.target) < SHORT_ADDITION else None
            yield rule.finding(
                ctx, pair.target_start, pair.target_end,
                "this sentence has no counterpart in the source",
                severity=severity,
            )


RULE = make_rule(
    __doc__,
    code="TQ704",
    name="added-sentence",
    severity=Severity.MAJOR,
    category=Category.ADDITION,
    check=check,
)

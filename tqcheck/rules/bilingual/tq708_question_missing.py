"""Flags a question in the source that is no longer a question.

## What it does
Reports an aligned pair whose source sentence asks a question (ends in or
contains `?`) while its translation has no question mark.

## Why
A question turned into a statement changes what the text asserts: "Is the
minister resigning?" is not "The minister is resigning."

## Example
    Ще подаде ли министърът оставка? => The minister will resign.

## Use instead
    Ще подаде ли министърът оставка? => Will the minister resign?
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.bilingual._pairs import pairs


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    for pair in pairs(ctx):
        if pair.source and pair.target and "?" in pair.source and "?" not in pair.target:
            found = rule.finding(
                ctx, pair.target_start, pair.target_end,
                "the source asks a question here, the translation does not",
            )
            if found is not None:
                yield found


RULE = make_rule(
    __doc__,
    code="TQ708",
    name="question-missing",
    severity=Severity.MINOR,
    category=Category.MISTRANSLATION,
    check=check,
)

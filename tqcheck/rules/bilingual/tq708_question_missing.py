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

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.pairs import lost_in_translation

check = lost_in_translation(
    lambda source, target: "?" in source and "?" not in target,
    "the source asks a question here, the translation does not",
)


RULE = make_rule(
    __doc__,
    code="TQ708",
    name="question-missing",
    severity=Severity.MINOR,
    category=Category.MISTRANSLATION,
    check=check,
)

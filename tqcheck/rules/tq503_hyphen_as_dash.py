"""A spaced hyphen used as a dash.

## What it does
Flags a hyphen with a space on both sides between words (`Sofia - about
minus 3°`), which should be an en dash (`–`) or an em dash (`—`).

## Why
Bulgarian typing habits use the hyphen for the dash and MT copies it. It
also hides ranges and appositions from readers and screen readers.

## Example
    In Sofia - about minus 3 degrees.

## Use instead
    In Sofia – about minus 3 degrees.
    A well-known long-range missile.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

# The lookbehind comes after the first literal so the scan only stops at
# spaces (a leading lookbehind is tried at every position).
_SPACED_HYPHEN = re.compile(r"[ \u00a0](?<=[\w.,;:)”\"’%°][ \u00a0])-[ \u00a0](?=[\w(“\"‘])")


def check(rule, ctx):
    for match in _SPACED_HYPHEN.finditer(ctx.text):
        found = rule.finding(ctx, match.start() + 1, match.end() - 1, "a spaced hyphen used as a dash", "–")
        if found is not None:
            yield found


RULE = make_rule(
    __doc__,
    code="TQ503",
    name="hyphen-as-dash",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

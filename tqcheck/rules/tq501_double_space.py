"""Two or more spaces between words.

## What it does
Flags runs of two or more spaces inside a line of text (not indentation,
not the spacing of Markdown or HTML source).

## Why
Double spaces are a trace of deleted or merged words in the MT pipeline,
and they render as visible gaps in many publishing systems.

## Example
    The militias are ready  to disarm.

## Use instead
    The militias are ready to disarm.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

_GAP = re.compile(r"[ \u00a0](?<=\S[ \u00a0])[ \u00a0]+(?=\S)")


def check(rule, ctx):
    original = ctx.document.text
    text = ctx.text
    # A gap needs two spaces in a row: a plain substring test skips the
    # regex (which stops at every space) for nearly every text.
    if "  " not in text and "\u00a0" not in text:
        return
    for match in _GAP.finditer(text):
        # In markup the masked text has blanks where tags were; only real
        # spaces in the file count.
        if original[match.start() : match.end()] != match.group():
            continue
        found = rule.finding(ctx, match.start(), match.end(), "more than one space between words", " ")
        if found is not None:
            yield found


RULE = make_rule(
    __doc__,
    code="TQ501",
    name="double-space",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

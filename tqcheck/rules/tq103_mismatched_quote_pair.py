"""Quote marks of two different conventions in one pair.

## What it does
Flags a quotation whose opening and closing marks are not a pair of the
target's or the source's convention (CLDR), such as „...” in a translation
from Bulgarian into English (Bulgarian opening, English closing).

## Why
A mixed pair is a sign that only half of the quotation was converted; it
looks broken in every language.

## Example
    „This evening, the attack was repelled,” the message said.

## Use instead
    “This evening, the attack was repelled,” the message said.
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule


def check(rule, ctx):
    target = ctx.locale.target_quotes
    pairs = {('"', '"')}
    for marks in (target, ctx.locale.source_quotes):
        pairs |= {(marks.open, marks.close), (marks.alt_open, marks.alt_close)}
    text = ctx.text
    for q in ctx.quotes.quotations:
        pair = (q.open.char, q.close.char)
        if pair in pairs or q.close.char == target.open:  # the latter is TQ102's
            continue
        inner = text[q.open.pos + 1 : q.close.pos]
        suggestion = f"{target.open}{inner}{target.close}" if len(inner) <= 80 else f"{target.open}…{target.close}"
        yield rule.finding(
            ctx,
            q.open.pos,
            q.close.pos + 1,
            f"quotation opens with {q.open.char} but closes with {q.close.char}: the marks come from different conventions",
            suggestion,
        )


RULE = make_rule(
    __doc__,
    code="TQ103",
    name="mismatched-quote-pair",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

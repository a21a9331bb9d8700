"""Quote marks of two different conventions in one pair.

## What it does
Flags a quotation whose opening and closing marks are not a pair of the
target's or the source's convention (CLDR), such as „...” in a translation
from Bulgarian into English (Bulgarian opening, English closing). The
finding sits on the mark that breaks the pair and suggests the one that
matches: the target's typographic pair (as TQ106 asks of straight quotes,
so the two never pull a document in opposite directions).

## Why
A mixed pair is a sign that only half of the quotation was converted; it
looks broken in every language.

## Example
    „This evening, the attack was repelled,” the message said.
    [de] „Heute Abend wurde der Angriff abgewehrt», hieß es.

## Use instead
    “This evening, the attack was repelled,” the message said.
    [de] „Heute Abend wurde der Angriff abgewehrt“, hieß es.
    [ru] «Нам сказали: „ждите“», — заявил он.
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule


def check(rule, ctx):
    target = ctx.locale.target_quotes
    pairs = {('"', '"')} | ctx.locale.target_conventions.pairs | ctx.locale.source_conventions.pairs
    want = (target.open, target.close)
    for q in ctx.quotes.quotations:
        pair = (q.open.char, q.close.char)
        if pair in pairs or q.close.char == target.open:  # the latter is TQ102's
            continue
        message = (
            f"quotation opens with {q.open.char} but closes with {q.close.char}: "
            "the marks come from different conventions"
        )
        # One finding per mark to change: the span is the mark, the
        # suggestion its replacement (a whole quotation would be unreadable).
        for mark, right in zip((q.open, q.close), want):
            if mark.char != right:
                yield rule.finding(ctx, mark.pos, mark.pos + 1, message, right)


RULE = make_rule(
    __doc__,
    code="TQ103",
    name="mismatched-quote-pair",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

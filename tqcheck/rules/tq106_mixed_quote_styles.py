"""Straight and curly double quotes mixed in one document.

## What it does
Counts straight (") and typographic (“ ” „ « ») double quote marks in the
document; when both kinds occur, flags the first mark of the rarer kind and
lists the positions of all of them in the finding's details.

## Why
A document keeps one quote style. A mix shows that parts were pasted from
different sources or converted by different tools.

## Example
    “The talks are over,” he said. The party called it "a betrayal".

## Use instead
    “The talks are over,” he said. The party called it “a betrayal”.
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule


def check(rule, ctx):
    marks = ctx.quotes.marks
    straight = [m for m in marks if m.char == '"']
    curly = [m for m in marks if m.char != '"']
    if not straight or not curly:
        return
    rare, common_name = (straight, "typographic") if len(straight) <= len(curly) else (curly, "straight")
    # One finding per document (at the first mark of the rarer kind): the
    # fix is a decision about the whole text, not about each mark.
    first = rare[0]
    target = ctx.locale.target_quotes
    if common_name == "typographic":
        suggestion = target.close if first.role == "close" else target.open
    else:
        suggestion = '"'
    found = rule.finding(
        ctx,
        first.pos,
        first.pos + 1,
        f"the document mixes {len(straight)} straight and {len(curly)} typographic double quote marks; "
        f"convert the {len(rare)} {'straight' if rare is straight else 'typographic'} ones "
        f"(this is the first)",
        suggestion,
        details=(("positions", [m.pos for m in rare]),),
    )
    if found is not None:
        yield found


RULE = make_rule(
    __doc__,
    code="TQ106",
    name="mixed-quote-styles",
    severity=Severity.INFO,
    category=Category.PUNCTUATION,
    check=check,
)

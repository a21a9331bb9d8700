"""A quote mark with no partner.

## What it does
Flags an opening quote mark that is never closed in its paragraph, or a
closing mark that closes nothing. A quotation may run over several
sentences, and over several paragraphs when each new paragraph opens with a
quote mark, as English style prescribes.

## Why
An unbalanced quote leaves the reader unsure where the speaker's words end:
often the translation dropped or merged part of the quotation.

## Example
    He said “the talks will continue and left the room.
    The minister said the talks were over.” Then he left.

## Use instead
    He said “the talks will continue” and left the room.
    “The factions are not stubborn. They know it,” he stressed.
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule


def check(rule, ctx):
    for mark in ctx.quotes.unmatched:
        kind = "closing" if mark.role == "close" else "opening"
        yield rule.finding(
            ctx,
            mark.pos,
            mark.pos + 1,
            f"{kind} quote mark {mark.char} has no partner in its paragraph",
            None,
        )


RULE = make_rule(
    __doc__,
    code="TQ104",
    name="unbalanced-quotes",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

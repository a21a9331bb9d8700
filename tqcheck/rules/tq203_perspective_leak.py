"""The Bulgarian newsroom's point of view leaking into the English edition.

## What it does
Flags `in our country`, `our compatriots`, `our capital`, `our government`,
`our southern neighbour`... (the table in `tqcheck/data/perspective.tsv`,
read by the same substitution kind as TQ201) and suggests the name:
`in Bulgaria`, `Bulgarians`, `Sofia`, `Bulgaria's government`. Text inside
quotation marks is left alone: a speaker may well say "our country".

## Why
The Bulgarian original is written for Bulgarians (у нас, страната ни,
нашите сънародници). The English edition is read abroad, where "our
country" is the reader's own country, so the sentence says something wrong.

## Example
    A drop in temperatures is expected in our country as well.
    Three of our compatriots were injured in the crash.
    The concert will take place in our capital.

## Use instead
    A drop in temperatures is expected in Bulgaria as well.
    Three Bulgarians were injured in the crash.
    "Our country will not give up," the minister said.
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules._substitution import substitution_check
from tqcheck.rules.base import make_rule

TABLE = "perspective.tsv"


def _quoted(ctx, start: int, end: int) -> bool:
    """Inside a quotation: someone's own words, where "our" is theirs."""
    return any(q.open.pos < start and end <= q.close.pos for q in ctx.quotes.quotations)


RULE = make_rule(
    __doc__,
    code="TQ203",
    name="perspective-leak",
    severity=Severity.MINOR,
    category=Category.MISTRANSLATION,
    check=substitution_check(TABLE, lambda entry: "Bulgarian point of view", skip=_quoted),
    target_langs=("en",),
    source_langs=("bg",),
)

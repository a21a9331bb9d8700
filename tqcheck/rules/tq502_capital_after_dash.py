"""A capital letter after a dash that opens an apposition.

## What it does
Flags a dash between words followed by a capitalised common word, as in
`al-Shahbandar – A Shiite politician`, where the word after the dash is an
article, determiner, pronoun or a word like "Former" that cannot start a
name, so the capital is not a name's (unlike `Minister – President John
Howard`).

## Why
Bulgarian MT often renders an apposition set off by a dash as a new
sentence. In English the apposition continues the sentence in lower case
(and is usually set off by commas).

## Example
    Izzat al-Shahbandar – A Shiite politician close to the coalition said talks were advanced.
    The minister – The former mayor of Sofia – resigned.

## Use instead
    Izzat al-Shahbandar, a Shiite politician close to the coalition, said talks were advanced.
    The talks – Reuters reported – were advanced.
    The minister met the president – President John Howard – on Monday.
"""

from __future__ import annotations

import heapq
import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

# Starts at the dash (rarer than a space, so re stops less often): one
# pattern per dash, as each then opens with a literal the engine skips ahead
# to (a class is tried at every character). Matches hold one dash each, so
# the three never overlap.
_AFTER_DASH = tuple(
    re.compile(rf"{dash}(?<=\w[ \u00a0]{dash})[ \u00a0]([A-Z][a-z]*)\b") for dash in "–—-"
)
_FUNCTION_WORDS = frozenset(
    "A An The This That These Those Its His Her Their Our One Former Current Then "
    "Which Who Whose Where When While Both Each Another Some Many Most Several Also Now Still Previously".split()
)


def check(rule, ctx):
    text = ctx.text
    for match in heapq.merge(*(p.finditer(text) for p in _AFTER_DASH), key=re.Match.start):
        word = match.group(1)
        if word not in _FUNCTION_WORDS:
            continue
        seg = ctx.segment_at(match.start(1))
        if seg is None or seg.start == match.start(1):
            continue
        yield rule.finding(
            ctx,
            match.start(1),
            match.end(1),
            f"capital {word!r} after a dash: an apposition continues the sentence in lower case",
            word.lower(),
        )


RULE = make_rule(
    __doc__,
    code="TQ502",
    name="capital-after-dash",
    severity=Severity.MINOR,
    category=Category.GRAMMAR,
    check=check,
)

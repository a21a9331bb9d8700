"""Flags a source sentence with no translation.

## What it does
Reports a source sentence that the alignment leaves without a partner
(a 1-0 link), and a group of two or more source sentences aligned to one
translated sentence far too short to hold them all.

## Why
A dropped sentence is invisible to a reader of the translation alone, and
machine translation drops sentences, especially short ones after a long one.

## Example
    Пожарът избухна в петък вечерта. Трима пожарникари бяха ранени при гасенето на пламъците в склада. Полицията разследва. => The fire broke out on Friday evening. Police are investigating.

## Use instead
    Пожарът избухна в петък вечерта. Трима пожарникари бяха ранени при гасенето на пламъците в склада. Полицията разследва. => The fire broke out on Friday evening. Three firefighters were injured while putting out the flames in the warehouse. Police are investigating.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from tqcheck.bilingual.align import model_for
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.bilingual._pairs import anchor_offset, pairs, quote

# A many-to-one link is an omission when the target holds less than this
# share of the expected length and is this many deviations short.
SHORT_SHARE = 0.65
SHORT_DEVIATIONS = 3.5


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    pair_list = list(pairs(ctx))
    model = model_for(ctx.source_lang, ctx.target_lang)
    for k, pair in enumerate(pair_list):
        if pair.source and not pair.target:
            spot = anchor_offset(ctx, pair_list, k)
            if spot is None:
                continue
            found = rule.finding(
                ctx, spot[0], spot[0],
                f"a source sentence has no translation: “{quote(pair.source)}”",
                details=(("source", [pair.source_start, pair.source_end]),),
            )
            if found is not None:
                yield found
        elif pair.source and pair.target and len(pair.link.source_ids) >= 2:
            expected = len(pair.source) * model.ratio
            deviation = (len(pair.target) - expected) / math.sqrt(len(pair.source) * model.variance)
            if len(pair.target) < SHORT_SHARE * expected and deviation < -SHORT_DEVIATIONS:
                found = rule.finding(
                    ctx, pair.target_start, pair.target_end,
                    f"{len(pair.link.source_ids)} source sentences share this short translation; "
                    f"part of “{quote(pair.source)}” seems untranslated",
                    details=(("source", [pair.source_start, pair.source_end]),),
                )
                if found is not None:
                    yield found


RULE = make_rule(
    __doc__,
    code="TQ703",
    name="omitted-sentence",
    severity=Severity.MAJOR,
    category=Category.OMISSION,
    check=check,
)

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
from tqcheck.bilingual.anchors import anchor_counts, dice, features
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.bilingual._pairs import anchor_offset, pairs, quote

# A many-to-one link is an omission when the target holds less than this
# share of the expected length and is this many deviations short.
SHORT_SHARE = 0.65
SHORT_DEVIATIONS = 3.5
# Or when one sentence of the group has nothing in the translation: the
# group is short by that much, the other sentences alone fit the target's
# length, and the sentence shares no number, name or more letters than
# unrelated text does with the translation.
GROUP_SHORT_DEVIATIONS = 2.0
REST_FITS_DEVIATIONS = 2.5
MIN_LOST_CHARS = 30
LOST_TRIGRAM_DICE = 0.11


def _deviation(source_chars: int, target_chars: int, model) -> float:
    return (target_chars - source_chars * model.ratio) / math.sqrt(max(source_chars, 1) * model.variance)


def _unsupported(ctx: RuleContext, pair, model) -> tuple[int, int] | None:
    """The span of a source sentence in a many-to-one link that the
    translation does not seem to contain, or None."""
    src_by_id = {seg.id: seg for seg in ctx.source_segments}
    segments = [src_by_id[i] for i in pair.link.source_ids if i in src_by_id]
    text = ctx.source.checked_text  # type: ignore[union-attr]
    if _deviation(len(pair.source), len(pair.target), model) > -GROUP_SHORT_DEVIATIONS:
        return None
    target = features(pair.target, ctx.target_lang)
    for seg in segments:
        own = text[seg.start : seg.end]
        if len(own) < MIN_LOST_CHARS:
            continue
        rest = len(pair.source) - len(own) - 1
        if abs(_deviation(rest, len(pair.target), model)) > REST_FITS_DEVIATIONS:
            continue
        mine = features(own, ctx.source_lang)
        matched, _ = anchor_counts(mine, target)
        if matched == 0 and dice(mine.trigrams, target.trigrams) < LOST_TRIGRAM_DICE:
            return seg.start, seg.end
    return None


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
            lost = _unsupported(ctx, pair, model) if len(pair.link.target_ids) == 1 else None
            if (len(pair.target) < SHORT_SHARE * expected and deviation < -SHORT_DEVIATIONS) or lost:
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

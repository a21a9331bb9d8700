"""Shared plumbing for the TQ7xx rules: the aligned sentence pairs of a
bilingual context, with their texts and where to report on the target."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tqcheck.alignment.align import Alignment, Link
from tqcheck.display import shorten
from tqcheck.rules.base import RuleContext

if TYPE_CHECKING:
    from tqcheck.model import Finding
    from tqcheck.rules.base import Rule


@dataclass(frozen=True)
class Pair:
    index: int  # position of the link in the alignment
    link: Link
    source_start: int
    source_end: int
    target_start: int
    target_end: int
    source: str  # source text of the link ("" for 0-1)
    target: str  # target text of the link ("" for 1-0)


def aligned(ctx: RuleContext) -> Alignment | None:
    """The usable alignment: None outside bilingual mode or when the two
    documents do not look like one text (TQ700 reports that instead)."""
    if ctx.source is None:
        return None
    alignment = ctx.alignment
    if alignment is None or alignment.low_confidence:
        return None
    return alignment


def pairs(ctx: RuleContext) -> Iterator[Pair]:
    alignment = aligned(ctx)
    if alignment is None:
        return
    src_by_id = {s.id: s for s in ctx.source_segments}
    tgt_by_id = {s.id: s for s in ctx.segments}
    source_text = ctx.source.checked_text  # type: ignore[union-attr]
    for index, link in enumerate(alignment.links):
        src = [src_by_id[i] for i in link.source_ids if i in src_by_id]
        tgt = [tgt_by_id[j] for j in link.target_ids if j in tgt_by_id]
        ss, se = (src[0].start, src[-1].end) if src else (0, 0)
        ts, te = (tgt[0].start, tgt[-1].end) if tgt else (0, 0)
        yield Pair(index, link, ss, se, ts, te, source_text[ss:se] if src else "", ctx.text[ts:te] if tgt else "")


def anchor_offset(ctx: RuleContext, pair_list: list[Pair], index: int) -> tuple[int, int] | None:
    """A target span to attach a finding about a pair with no target: the
    next translated sentence, else the previous one."""
    for step in list(range(index + 1, len(pair_list))) + list(range(index - 1, -1, -1)):
        other = pair_list[step]
        if other.target:
            return other.target_start, other.target_end
    return None


def omitted_span(ctx: RuleContext, pair: Pair) -> tuple[int, int] | None:
    """The source span of a translated link that TQ703 reports as left out:
    a sentence reported once, as an omission, not again for each number,
    name or quote it held."""
    # Imported here: TQ703 is built on this module.
    from tqcheck.rules.bilingual.tq703_omitted_sentence import omitted

    return omitted(ctx).get(pair.index)


def outside(span: tuple[int, int] | None, start: int) -> bool:
    """Whether a mention starting at ``start`` lies outside ``span``."""
    return span is None or not span[0] <= start < span[1]


def kept_source(ctx: RuleContext, pair: Pair) -> str:
    """The link's source text without what TQ703 reports as omitted."""
    span = omitted_span(ctx, pair)
    if span is None:
        return pair.source
    text = ctx.source.checked_text  # type: ignore[union-attr]
    return f"{text[pair.source_start : span[0]]} {text[span[1] : pair.source_end]}".strip()


def quote(text: str, limit: int = 80) -> str:
    return shorten(text, limit)


def lost_in_translation(
    lost: Callable[[str, str], bool], message: str
) -> Callable[["Rule", RuleContext], Iterable["Finding"]]:
    """Pair check kind: flag the target of every aligned 1-1/1-n/n-1 pair
    where ``lost(source, target)`` says something the source has is gone
    (a quotation, a question), leaving out a sentence TQ703 reports."""

    def check(rule: "Rule", ctx: RuleContext) -> Iterable["Finding"]:
        for pair in pairs(ctx):
            if pair.source and pair.target and lost(kept_source(ctx, pair), pair.target):
                yield rule.finding(ctx, pair.target_start, pair.target_end, message)

    return check

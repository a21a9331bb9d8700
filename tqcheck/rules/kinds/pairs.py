"""Pair kinds for the bilingual rules (TQ7xx): checks over the aligned
sentence pairs of a source and its translation (``ctx.pairs``, one
alignment.pairs.Pair per link; none outside bilingual mode).

- ``lost_in_translation``: flag the translation of every pair where
  something the source has is gone (a quotation, a question).
- ``omission_aware``: for a rule that compares what a link's source holds
  with its translation (numbers, names, quotes): a source sentence that
  TQ703 reports as omitted is reported once, as an omission, not again for
  each number, name or quote it held.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from tqcheck.alignment.pairs import Pair
from tqcheck.display import shorten
from tqcheck.model import Finding
from tqcheck.rules.base import Rule, RuleContext

# A link's omitted source span, or None: what a pair rule leaves out.
Lost = Callable[[Pair], "tuple[int, int] | None"]
PairFindings = Callable[[Rule, RuleContext, Lost], Iterable[Finding]]


def quote(text: str, limit: int = 80) -> str:
    return shorten(text, limit)


def anchor_offset(pair_list: Sequence[Pair], index: int) -> tuple[int, int] | None:
    """A target span to attach a finding about a pair with no target: the
    next translated sentence, else the previous one."""
    for step in list(range(index + 1, len(pair_list))) + list(range(index - 1, -1, -1)):
        other = pair_list[step]
        if other.target:
            return other.target_start, other.target_end
    return None


def addition_key(segment_id: int) -> str:
    """What TQ704's finding on a sentence it reports as added covers."""
    return f"added:{segment_id}"


def addition_keys(ctx: RuleContext, start: int, end: int) -> tuple[str, ...]:
    """The addition keys of the target sentences that start in ``[start, end)``."""
    return tuple(addition_key(s.id) for s in ctx.segments if start <= s.start < end)


def unless_added(ctx: RuleContext, offset: int) -> tuple[str, ...]:
    """For a finding on something of the translation that the source lacks
    (a figure, a name) at ``offset``: what drops it where TQ704 reports
    its whole sentence as added, which says it once (engine.report_once;
    kept where TQ704 is not selected or does not report the sentence)."""
    segment = ctx.segment_at(offset)
    return (addition_key(segment.id),) if segment is not None else ()


def omission_key(link_index: int) -> str:
    """What TQ703's finding on an omission inside link ``link_index``
    covers (model.Finding.covers)."""
    return f"omitted:{link_index}"


def outside(span: tuple[int, int] | None, start: int) -> bool:
    """Whether a mention starting at ``start`` lies outside ``span``."""
    return span is None or not span[0] <= start < span[1]


def kept_source(ctx: RuleContext, pair: Pair, lost: tuple[int, int] | None) -> str:
    """The link's source text without the ``lost`` span."""
    if lost is None:
        return pair.source
    text = ctx.source.checked_text  # type: ignore[union-attr]
    return f"{text[pair.source_start : lost[0]]} {text[lost[1] : pair.source_end]}".strip()


def _nothing_lost(pair: Pair) -> None:
    return None


def omission_aware(findings: PairFindings) -> Callable[[Rule, RuleContext], Iterable[Finding]]:
    """Pair kind for a rule that compares what a link's source holds with
    its translation: ``findings(rule, ctx, lost)`` reads each pair's source
    without ``lost(pair)``.

    Whether a sentence is reported as omitted depends on what the report
    keeps (TQ703 selected, not silenced), so the rule does not decide it:
    on a document with omissions it runs twice, leaving them out and
    keeping them in. What both runs find is reported as is; what only the
    first finds holds if the omission is reported (Finding.if_covered),
    what only the second finds holds unless it is (Finding.unless_covered);
    the engine keeps one or the other. So a rule's findings never depend on
    which other rules are selected."""

    def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
        omitted = ctx.omissions
        if not omitted:
            yield from findings(rule, ctx, _nothing_lost)
            return
        leaving_out = list(findings(rule, ctx, lambda pair: omitted.get(pair.index)))
        keeping_in = list(findings(rule, ctx, _nothing_lost))
        near = _omissions_near(ctx.pairs, omitted)
        for f in leaving_out:
            yield f if f in keeping_in else replace(f, if_covered=near(f))
        for f in keeping_in:
            if f not in leaving_out:
                yield replace(f, unless_covered=f.unless_covered + near(f))

    return check


def _omissions_near(pairs: Sequence[Pair], omitted: Mapping[int, tuple[int, int]]) -> Callable[[Finding], tuple[str, ...]]:
    """The omissions a pair finding may depend on: those of its pair and of
    the translated pairs next to it (a number may have moved there)."""
    translated = [p for p in pairs if p.translated]
    everywhere = tuple(omission_key(i) for i in sorted(omitted))

    def near(finding: Finding) -> tuple[str, ...]:
        k = next((k for k, p in enumerate(translated) if p.target_start <= finding.start <= p.target_end), None)
        if k is None:
            return everywhere
        around = translated[max(0, k - 1) : k + 2]
        return tuple(omission_key(p.index) for p in around if p.index in omitted) or everywhere

    return near


def lost_in_translation(lost: Callable[[str, str], bool], message: str) -> Callable[[Rule, RuleContext], Iterable[Finding]]:
    """Pair kind: flag the target of every aligned pair with both sides
    where ``lost(source, target)`` says something the source has is gone
    (a quotation, a question); omission-aware (a question in a sentence
    TQ703 reports as omitted is not reported again)."""

    def findings(rule: Rule, ctx: RuleContext, omitted: Lost) -> Iterable[Finding]:
        for pair in ctx.pairs:
            if pair.translated and lost(kept_source(ctx, pair, omitted(pair)), pair.target):
                yield rule.finding(ctx, pair.target_start, pair.target_end, message)

    return omission_aware(findings)

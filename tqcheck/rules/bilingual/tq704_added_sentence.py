"""Flags a translated sentence with no source.

## What it does
Reports a sentence of the translation that the alignment pairs with no
source sentence (a 0-1 link). Very short additions (a dateline, a credit)
are reported at minor severity.

The aligner may instead join an added sentence to its neighbour's link (a
source sentence with two sentences of translation), when that costs less
than leaving it alone. Such a sentence is reported too where the two tell
it: the link's translation is far longer than its source needs (more than
ADDED_DEVIATIONS standard deviations of the language pair's length model,
and the source no fragment), the other sentence alone fits the source
(within KEPT_DEVIATIONS), and this one shares no number or name with the
source; not where either sentence could be the one (a translator who split
the source sentence and said more in both halves). The finding names the
source sentence that the other one translates.

A sentence reported here is the one finding on what it says: its figures
and names, which the source lacks too, are not reported again by TQ701
and TQ702 (they are where TQ704 is not selected).

## Why
Machine translation sometimes invents content, repeating a sentence or
adding one that the source never said.

## Example
    Пожарът избухна в петък вечерта. Полицията разследва. => The fire broke out on Friday evening. Dozens of residents were evacuated from nearby buildings overnight. Police are investigating.
    [en>ru] With the confirmation vote on hold for his pick to fill the Supreme Court vacancy, Trump is aiming to build support for upcoming mid-term elections since Republicans are at risk of losing control of Congress when votes are cast on Nov. => Поскольку голосование по кандидатуре, предложенной им на пост верховного судьи, было отложено, Трамп стремится заручиться поддержкой на предстоящих промежуточных выборах, ведь республиканцы рискуют потерять контроль над Конгрессом, если голосование состоится в ноябре. Премьер-министр Великобритании прибывает на конференцию консервативной партии в Бирмингеме.

## Use instead
    Пожарът избухна в петък вечерта. Полицията разследва. => The fire broke out on Friday evening. Police are investigating.
    [en>ru] With the confirmation vote on hold for his pick to fill the Supreme Court vacancy, Trump is aiming to build support for upcoming mid-term elections since Republicans are at risk of losing control of Congress when votes are cast on Nov. => Поскольку голосование по кандидатуре, предложенной им на пост верховного судьи, было отложено, Трамп стремится заручиться поддержкой на предстоящих промежуточных выборах, ведь республиканцы рискуют потерять контроль над Конгрессом, если голосование состоится в ноябре.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.alignment.align import model_for, names_are_anchors
from tqcheck.alignment.anchors import Features, anchor_counts, features, without_names
from tqcheck.alignment.lengths import text_length
from tqcheck.alignment.pairs import Pair
from tqcheck.model import Category, Finding, Segment, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import addition_keys, quote

SHORT_ADDITION = 20  # characters
# A link of one source sentence and two of translation whose translation is
# this many standard deviations longer than the source needs, where one of
# the two alone is within KEPT_DEVIATIONS of it, and the source is no
# fragment (a short source's length says little: "Try love." ~ 我说：“试着去爱吧。”).
# Measured on the multilingual benchmark's human translations (1,738 such
# links: its 27 pairs on the default sample, English into its 14 languages
# on eight more) against a sentence of another article put in (the default
# sample: 159 joined to a neighbour's link). Past these bars, one human link
# and 12 additions; at 2 and 2, 45 human links and 36 additions.
ADDED_DEVIATIONS = 3.0
KEPT_DEVIATIONS = 1.5
MIN_SOURCE_LENGTH = 40  # characters (see lengths.text_length)


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    for pair in ctx.pairs:
        if pair.target and not pair.source:
            severity = Severity.MINOR if len(pair.target) < SHORT_ADDITION else None
            yield rule.finding(
                ctx, pair.target_start, pair.target_end,
                "this sentence has no counterpart in the source",
                severity=severity,
                covers=addition_keys(ctx, pair.target_start, pair.target_end),
            )
        elif pair.source and len(pair.link.source_ids) == 1 and len(pair.link.target_ids) == 2:
            added = _added_in_link(ctx, pair)
            if added is not None:
                yield rule.finding(
                    ctx, added.start, added.end,
                    "this sentence has no counterpart in the source: the sentence beside it translates "
                    f"“{quote(pair.source)}” alone",
                    # (The source sentence, for the reviewer's two columns.)
                    details=(("source_spans", [[pair.source_start, pair.source_end]]),),
                    covers=addition_keys(ctx, added.start, added.end),
                )


def _added_in_link(ctx: RuleContext, pair: Pair) -> Segment | None:
    """The one sentence of a link's two of translation that the source does
    not need (see ADDED_DEVIATIONS), if there is one."""
    model = model_for(ctx.source_lang, ctx.target_lang)
    source_length = text_length(pair.source, ctx.source_lang)
    if source_length < MIN_SOURCE_LENGTH:
        return None
    if model.deviation_from_source(source_length, text_length(pair.target, ctx.target_lang)) <= ADDED_DEVIATIONS:
        return None
    by_id = {s.id: s for s in ctx.segments}
    two = [by_id[j] for j in pair.link.target_ids if j in by_id]
    if len(two) != 2:
        return None
    cased = names_are_anchors(ctx.source_lang, ctx.target_lang)

    def anchors(text: str, lang: str) -> Features:
        found = features(text, lang)
        return found if cased else without_names(found)

    source = anchors(pair.source, ctx.source_lang)
    candidates = []
    for k, sentence in enumerate(two):
        kept = two[1 - k]
        kept_length = text_length(ctx.text[kept.start : kept.end], ctx.target_lang)
        if abs(model.deviation_from_source(source_length, kept_length)) >= KEPT_DEVIATIONS:
            continue
        matched, _ = anchor_counts(source, anchors(ctx.text[sentence.start : sentence.end], ctx.target_lang))
        if not matched:
            candidates.append(sentence)
    return candidates[0] if len(candidates) == 1 else None


RULE = make_rule(
    __doc__,
    code="TQ704",
    name="added-sentence",
    severity=Severity.MAJOR,
    category=Category.ADDITION,
    check=check,
)

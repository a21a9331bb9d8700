"""Flags a source sentence with no translation.

## What it does
Reports a source sentence that the alignment leaves without a partner
(a 1-0 link; a run of them is one finding, also when most of the
translation is missing and the sentences that remain translate the
source well); a sentence that shares a link with its neighbours (or sits
inside one segment with them) when the translation fits the neighbours'
length alone and has nothing of it, no number, name or letters that the
neighbours cannot account for; a sentence paired with a stray translation
far too short for it that shares nothing with it; and a group of source
sentences aligned to one translated sentence far too short to hold them.

## Why
A dropped sentence is invisible to a reader of the translation alone, and
machine translation drops sentences, especially short ones after a long one.
The aligner does not always leave a dropped sentence unpaired: it merges it
into a neighbour's link when that is cheaper.

## Example
    Пожарът избухна в петък вечерта. Трима пожарникари бяха ранени при гасенето на пламъците в склада. Полицията разследва. => The fire broke out on Friday evening. Police are investigating.
    С участието на Райън Гослинг и Ема Стоун филмът получи номинации във всички главни категории. За най-добър актьор и най-добра актриса номинации получиха съответно Гослинг и Стоун. => The movie, featuring Ryan Gosling and Emma Stone, received nominations in all major categories.

## Use instead
    Пожарът избухна в петък вечерта. Трима пожарникари бяха ранени при гасенето на пламъците в склада. Полицията разследва. => The fire broke out on Friday evening. Three firefighters were injured while putting out the flames in the warehouse. Police are investigating.
    С участието на Райън Гослинг и Ема Стоун филмът получи номинации във всички главни категории. За най-добър актьор и най-добра актриса номинации получиха съответно Гослинг и Стоун. => The movie, featuring Ryan Gosling and Emma Stone, received nominations in all major categories. Gosling and Stone received nominations for Best Actor and Actress respectively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tqcheck.alignment.align import model_for
from tqcheck.alignment.anchors import dice, features
from tqcheck.alignment.names import NameWords, name_found, name_words, source_names, words_of
from tqcheck.alignment.numbers import extract_numbers, unmatched
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.bilingual._pairs import anchor_offset, pairs, quote

# A many-to-one link is an omission when the target holds less than this
# share of the expected length and is this many deviations short.
SHORT_SHARE = 0.65
SHORT_DEVIATIONS = 3.5
# Or when some sentence of the link (or a run of them) has nothing in the
# translation. Length and content are weighed together: the log-likelihood
# ratio of "the target translates only the rest" over "it translates all"
# under the length model, plus a little for each number, name or quotation
# mark of the run that the target lacks. The run must share nothing with
# the target that the rest cannot account for (a number, a name, letters).
LOST_ODDS = 1.5
ABSENT_WEIGHT = 0.5  # per missing number, name or quotation, at most MAX_ABSENT of them
MAX_ABSENT = 4
# Or when a one-to-one link's translation is a small fraction of what the
# source needs and shares nothing with it: the aligner paired a lost
# sentence with a stray piece of a neighbour's translation.
STRAY_SHARE = 0.35
STRAY_DEVIATIONS = 5.0
# A link the aligner itself barely believes (its cost squashed below this)
# needs less: it is how a lost sentence shifts its neighbours' links.
UNSURE_LINK = 0.05
UNSURE_STRAY_DEVIATIONS = 4.0
MIN_LOST_CHARS = 30
_QUOTES = frozenset("„“”\"«»")
MIN_WORD_NUMBER = 3  # smaller number words (един, двата) are too common to count
LOST_TRIGRAM_DICE = 0.11  # the run's own letters (not the rest's) against the target's own
MIN_SHORT_DEVIATIONS = 1.0  # a target this close to the whole group's length holds it all
# A sentence end inside a segment that the segmenter kept whole
# ("5000 г. пр.н.е.! Ски спускането...", "от А до Б. Авиокомпаниите"): a
# full stop after a word of three or more letters, or any ! or ?, then a
# capital; or a full stop after a lone capital, then a capitalised word of
# four letters or more (an initial splits a name in two: harmless, as the
# name then supports both halves).
_INNER_END = re.compile(
    r"(?:(?<=[^\W\d_]{3}[.…])|(?<=[!?]))[\"“”»’)]*\s+(?=[„\"“«(]?[^\W\d_a-zа-я])"
    r"|(?<=(?<![^\W\d_])[^\W\d_a-zа-я][.])\s+(?=[^\W\d_a-zа-я][^\W\d_A-ZА-Я]{3})"
)


def units(text: str, segments) -> list[tuple[int, int]]:
    """Sentence spans of a link's source: its segments, split again at any
    sentence end inside one."""
    out = []
    for seg in segments:
        start = seg.start
        for m in _INNER_END.finditer(text, seg.start, seg.end):
            if text[start : m.start()].strip():
                out.append((start, m.start()))
            start = m.end()
        if text[start : seg.end].strip():
            out.append((start, seg.end))
    return out


@dataclass(frozen=True)
class RunEvidence:
    """What speaks for and against a run of source sentences being lost."""

    length_odds: float  # log-likelihood ratio, positive: the target fits the rest alone
    support: int  # numbers and names of the run that only it gives the target
    absent: int  # numbers, names and quotation marks of the run that the target lacks
    own_dice: float  # the run's own letter trigrams against the target's own


def run_evidence(run: str, rest: str, target: str, source_lang: str, target_lang: str, model) -> RunEvidence:
    length = len(run) + len(rest) + 1
    whole = model.deviation_from_source(length, len(target))
    alone = model.deviation_from_source(len(rest), len(target))
    odds = (whole**2 - alone**2) / 2 if whole < 0 else -abs(whole)
    # Numbers: those of the run that a target number matches once the rest
    # has taken its own partners.
    rest_numbers = extract_numbers(rest, source_lang)
    target_numbers = extract_numbers(target, target_lang)
    _, free_target = unmatched(rest_numbers, target_numbers)
    run_numbers = [m for m in extract_numbers(run, source_lang) if not m.soft]
    support = absent = 0
    taken: set[int] = set()
    for mention in run_numbers:
        partner = next((i for i, t in enumerate(free_target) if i not in taken and mention.matches(t)), None)
        if partner is not None:
            taken.add(partner)
            support += 1
        elif not any(mention.matches(t) for t in target_numbers):
            absent += 1
    target_words = name_words(target, target_lang)
    rest_words = NameWords(tuple(words_of(rest)))
    for name in source_names(run, 0, len(run), source_lang):
        if name_found(name.text, target_words):
            support += not name_found(name.text, rest_words)
        else:
            absent += 1
    # Number words count against, never for (a, one, both are everywhere):
    # Деветнадесет with no 19 in the target is missing.
    for mention in extract_numbers(run, source_lang):
        if mention.soft and min(mention.values) >= MIN_WORD_NUMBER and not any(
            mention.matches(t) for t in target_numbers
        ):
            absent += 1
    quotes = sum(ch in _QUOTES for ch in run)
    if quotes and sum(ch in _QUOTES for ch in target) < quotes + sum(ch in _QUOTES for ch in rest):
        absent += 1
    mine, others, theirs = features(run, source_lang), features(rest, source_lang), features(target, target_lang)
    own = dice(mine.trigrams - others.trigrams, theirs.trigrams - others.trigrams)
    return RunEvidence(odds, support, absent, own)


def looks_lost(evidence: RunEvidence) -> bool:
    if evidence.support or evidence.own_dice >= LOST_TRIGRAM_DICE:
        return False
    return evidence.length_odds + ABSENT_WEIGHT * min(evidence.absent, MAX_ABSENT) >= LOST_ODDS


def stray(pair, source_lang: str, target_lang: str, model) -> bool:
    """Whether a one-to-one link pairs a source sentence with a translation
    far too short for it that shares nothing with it."""
    expected = len(pair.source) * model.ratio
    deviation = model.deviation_from_source(len(pair.source), len(pair.target))
    far_too_short = len(pair.target) < STRAY_SHARE * expected and deviation <= -STRAY_DEVIATIONS
    if not far_too_short and not (pair.link.confidence < UNSURE_LINK and deviation <= -UNSURE_STRAY_DEVIATIONS):
        return False
    evidence = run_evidence(pair.source, "", pair.target, source_lang, target_lang, model)
    return not evidence.support and evidence.own_dice < LOST_TRIGRAM_DICE


def _unsupported(ctx: RuleContext, pair, model) -> tuple[int, int] | None:
    """The span of a sentence (or run of sentences) of the link's source
    that the translation does not seem to contain, or None."""
    src_by_id = {seg.id: seg for seg in ctx.source_segments}
    text = ctx.source.checked_text  # type: ignore[union-attr]
    spans = units(text, [src_by_id[i] for i in pair.link.source_ids if i in src_by_id])
    if len(spans) == 1 and len(pair.link.target_ids) == 1 and stray(pair, ctx.source_lang, ctx.target_lang, model):
        return pair.source_start, pair.source_end
    if len(spans) < 2 or model.deviation_from_source(len(pair.source), len(pair.target)) > -MIN_SHORT_DEVIATIONS:
        return None
    for a in range(len(spans)):
        for b in range(a + 1, len(spans) + 1):
            if b - a == len(spans):
                continue
            start, end = spans[a][0], spans[b - 1][1]
            run = text[start:end]
            if len(run) < MIN_LOST_CHARS:
                continue
            rest = " ".join(text[s:e] for s, e in spans[:a] + spans[b:])
            evidence = run_evidence(run, rest, pair.target, ctx.source_lang, ctx.target_lang, model)
            if looks_lost(evidence):
                return start, end
    return None


def omitted(ctx: RuleContext) -> dict[int, tuple[int, int]]:
    """The source span that each translated link leaves out, by link index:
    what this rule reports, so that TQ701, TQ702, TQ707 and TQ708 do not
    report that sentence's numbers, names or quotes a second time."""

    def compute() -> dict[int, tuple[int, int]]:
        model = model_for(ctx.source_lang, ctx.target_lang)
        out = {}
        for pair in pairs(ctx):
            if pair.source and pair.target:
                lost = _unsupported(ctx, pair, model)
                if lost is not None:
                    out[pair.index] = lost
        return out

    return ctx.shared("tq703.omitted", compute)


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    pair_list = list(pairs(ctx))
    model = model_for(ctx.source_lang, ctx.target_lang)
    lost_spans = omitted(ctx)
    for k, pair in enumerate(pair_list):
        if pair.source and not pair.target:
            if k and pair_list[k - 1].source and not pair_list[k - 1].target:
                continue  # reported with the run it belongs to
            run = k + 1
            while run < len(pair_list) and pair_list[run].source and not pair_list[run].target:
                run += 1
            spot = anchor_offset(ctx, pair_list, k)
            if spot is None:
                continue
            last = pair_list[run - 1]
            # A run of untranslated sentences (a lost paragraph, a truncated
            # translation) is one omission: one finding, not one per sentence.
            yield rule.finding(
                ctx, spot[0], spot[0],
                f"a source sentence has no translation: “{quote(pair.source)}”"
                if run == k + 1
                else f"{run - k} source sentences in a row have no translation, "
                f"from “{quote(pair.source, 60)}” to “{quote(last.source, 60)}”",
                details=(("source", [pair.source_start, last.source_end]),),
            )
        elif pair.source and pair.target:
            expected = len(pair.source) * model.ratio
            deviation = model.deviation_from_source(len(pair.source), len(pair.target))
            grouped = len(pair.link.source_ids) >= 2
            lost = lost_spans.get(pair.index)
            if (grouped and len(pair.target) < SHORT_SHARE * expected and deviation < -SHORT_DEVIATIONS) or lost:
                yield rule.finding(
                    ctx, pair.target_start, pair.target_end,
                    f"{len(pair.link.source_ids)} source sentences share this short translation; "
                    f"part of “{quote(pair.source)}” seems untranslated"
                    if grouped and not lost
                    else f"this translation seems to leave out “{quote(ctx.source.checked_text[lost[0]:lost[1]])}”",  # type: ignore[union-attr,index]
                    details=(("source", [pair.source_start, pair.source_end]),),
                )


RULE = make_rule(
    __doc__,
    code="TQ703",
    name="omitted-sentence",
    severity=Severity.MAJOR,
    category=Category.OMISSION,
    check=check,
)

"""Omissions inside aligned links: the source sentence (or run of them)
that a translated link's translation does not seem to contain.

The aligner does not always leave a dropped sentence unpaired: it merges it
into a neighbour's link when that is cheaper, or pairs it with a stray
piece of a neighbour's translation. This analysis finds such sentences,
once per document (RuleContext.omissions). TQ703 reports them; TQ701,
TQ702, TQ707 and TQ708 compare the rest of the link, so that a sentence is
reported once, as an omission (rules.kinds.pairs.omission_aware).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tqcheck.alignment.align import PairModel, model_for
from tqcheck.alignment.anchors import dice, features
from tqcheck.alignment.anynames import Side
from tqcheck.alignment.lengths import text_length
from tqcheck.alignment.names import source_names
from tqcheck.alignment.numbers import extract_numbers, unmatched
from tqcheck.alignment.pairs import Pair
from tqcheck.model import Document, Segment

# A sentence of a link (or a run of them) is lost when it has nothing in
# the translation. Length and content are weighed together: the log-likelihood
# ratio of "the target translates only the rest" over "it translates all"
# under the length model, plus a little for each number, name or quotation
# mark of the run that the target lacks. The run must share nothing with
# the target that the rest cannot account for (a number, a name, letters).
LOST_ODDS = 1.5
ABSENT_WEIGHT = 0.5  # per missing number, name or quotation, at most MAX_ABSENT of them
MAX_ABSENT = 4
# A one-to-one link's source is lost when its translation is a small
# fraction of what the source needs and shares nothing with it: the aligner paired a lost
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
# capital; or a full stop after a lone capital that follows a lower-case
# word, then a capitalised word of four letters or more. (Not the last
# letter of an abbreviation, the U.N. Security Council, nor an initial
# after a name or another initial, George W. Bush, D. K. Arya: split there,
# the first half reads as a sentence left out.)
_INNER_END = re.compile(
    r"(?:(?<=[^\W\d_]{3}[.…])|(?<=[!?]))[\"“”»’)]*\s+(?=[„\"“«(]?[^\W\d_a-zа-я])"
    r"|(?<=\s(?P<initial>[^\W\d_a-zа-я])[.])\s+(?=[^\W\d_a-zа-я][^\W\d_A-ZА-Я]{3})"
)
_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _inner_end(text: str, m: re.Match[str]) -> bool:
    """Whether an _INNER_END match ends a sentence: a lone capital's only
    after a lower-case word (от А до Б.)."""
    initial = m.start("initial")
    if initial < 0:
        return True
    before = _WORD_BEFORE.search(text, max(0, initial - 40), initial)
    letters = [ch for ch in before.group(1) if ch.isalpha()] if before else []
    return bool(letters) and letters[0].islower()


def units(text: str, segments: Sequence[Segment]) -> list[tuple[int, int]]:
    """Sentence spans of a link's source: its segments, split again at any
    sentence end inside one."""
    out = []
    for seg in segments:
        start = seg.start
        for m in _INNER_END.finditer(text, seg.start, seg.end):
            if not _inner_end(text, m):
                continue
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


def run_evidence(
    run: str, rest: str, target: str, source_lang: str, target_lang: str, model: PairModel
) -> RunEvidence:
    length = text_length(run, source_lang) + text_length(rest, source_lang) + 1
    target_length = text_length(target, target_lang)
    whole = model.deviation_from_source(length, target_length)
    alone = model.deviation_from_source(text_length(rest, source_lang), target_length)
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
    # Names: found in the target in any script's spelling (anynames: Davis
    # is ديفيس, a word without a capital), not only among its capitalised
    # words, which a caseless target has none of.
    target_side, rest_side = Side(target, target_lang), Side(rest, source_lang)
    for name in source_names(run, 0, len(run), source_lang):
        if target_side.has(name.text, source_lang):
            support += not rest_side.has(name.text, source_lang)
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


def stray(pair: Pair, source_lang: str, target_lang: str, model: PairModel) -> bool:
    """Whether a one-to-one link pairs a source sentence with a translation
    far too short for it that shares nothing with it."""
    source_length, target_length = text_length(pair.source, source_lang), text_length(pair.target, target_lang)
    expected = source_length * model.ratio
    deviation = model.deviation_from_source(source_length, target_length)
    far_too_short = target_length < STRAY_SHARE * expected and deviation <= -STRAY_DEVIATIONS
    if not far_too_short and not (pair.link.confidence < UNSURE_LINK and deviation <= -UNSURE_STRAY_DEVIATIONS):
        return False
    evidence = run_evidence(pair.source, "", pair.target, source_lang, target_lang, model)
    return not evidence.support and evidence.own_dice < LOST_TRIGRAM_DICE


def _unsupported(
    pair: Pair, source: Document, source_segments: Sequence[Segment], source_lang: str, target_lang: str,
    model: PairModel,
) -> tuple[int, int] | None:
    """The span of a sentence (or run of sentences) of the link's source
    that the translation does not seem to contain, or None."""
    src_by_id = {seg.id: seg for seg in source_segments}
    text = source.checked_text
    spans = units(text, [src_by_id[i] for i in pair.link.source_ids if i in src_by_id])
    if len(spans) == 1 and len(pair.link.target_ids) == 1 and stray(pair, source_lang, target_lang, model):
        return pair.source_start, pair.source_end
    short = model.deviation_from_source(text_length(pair.source, source_lang), text_length(pair.target, target_lang))
    if len(spans) < 2 or short > -MIN_SHORT_DEVIATIONS:
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
            evidence = run_evidence(run, rest, pair.target, source_lang, target_lang, model)
            if looks_lost(evidence):
                return start, end
    return None


# A translation with fewer paragraphs than its source left one out, or
# merged two. Where the aligner joins two source paragraphs to one target
# paragraph, and a sentence of one to another's in one link, a whole
# source paragraph may be the lost one: that the paragraph went missing is
# evidence on top of length (a short paragraph merged into a long one is too
# short for length alone to tell), worth PARAGRAPH_ODDS; a merge keeps the
# paragraph's length, numbers, names and letters, which the other terms
# weigh, and each number or name only it gives the target weighs against it
# (SUPPORT_WEIGHT): support counts, it does not veto.
PARAGRAPH_ODDS = 2.5
SUPPORT_WEIGHT = 1.5  # per number or name of the paragraph that only it gives the target
MIN_LOST_PARAGRAPH_CHARS = 12  # a paragraph stands alone: a short headline counts


def _paragraph_groups(
    pairs: Sequence[Pair], source_segments: Sequence[Segment], target_segments: Sequence[Segment]
) -> list[tuple[list[int], list[int], list[Pair]]]:
    """The paragraph links the sentence links make up: (source paragraphs,
    target paragraphs, translated pairs) of each set of paragraphs that
    the links join (the aligner never links across them)."""
    src_par = {seg.id: seg.paragraph for seg in source_segments}
    tgt_par = {seg.id: seg.paragraph for seg in target_segments}
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for pair in pairs:
        if not pair.translated:
            continue
        nodes = [("s", src_par[i]) for i in pair.link.source_ids if i in src_par]
        nodes += [("t", tgt_par[j]) for j in pair.link.target_ids if j in tgt_par]
        for node in nodes[1:]:
            parent[root(node)] = root(nodes[0])
    groups: dict[tuple[str, int], tuple[set[int], set[int], list[Pair]]] = {}
    for pair in pairs:
        if not pair.translated or not pair.link.source_ids or pair.link.source_ids[0] not in src_par:
            continue
        group = groups.setdefault(root(("s", src_par[pair.link.source_ids[0]])), (set(), set(), []))
        group[0].update(src_par[i] for i in pair.link.source_ids if i in src_par)
        group[1].update(tgt_par[j] for j in pair.link.target_ids if j in tgt_par)
        group[2].append(pair)
    return [(sorted(s), sorted(t), p) for s, t, p in groups.values()]


def _lost_paragraphs(
    pairs: Sequence[Pair], source: Document, source_segments: Sequence[Segment], target_segments: Sequence[Segment],
    source_lang: str, target_lang: str, model: PairModel,
) -> dict[int, tuple[int, int]]:
    """The source paragraph that each set of paragraphs joined to fewer
    target paragraphs seems to leave out, by the link index of its first
    sentence; none where the translation has as many paragraphs as the source."""
    if len({s.paragraph for s in source_segments}) <= len({s.paragraph for s in target_segments}):
        return {}
    text = source.checked_text
    spans: dict[int, tuple[int, int]] = {}
    for seg in source_segments:
        start, end = spans.get(seg.paragraph, (seg.start, seg.end))
        spans[seg.paragraph] = (min(start, seg.start), max(end, seg.end))
    paragraph_of = {seg.id: seg.paragraph for seg in source_segments}
    out = {}
    for src_pars, tgt_pars, group in _paragraph_groups(pairs, source_segments, target_segments):
        if len(src_pars) < 2 or len(tgt_pars) >= len(src_pars):
            continue
        target = " ".join(p.target for p in group)
        best = None
        for par in src_pars:
            start, end = spans[par]
            run = text[start:end]
            home = next((p for p in group if p.source_start <= start < p.source_end), None)
            # Its sentence shares a link with another paragraph's: two paragraphs
            # merged by a translator keep their sentences, each linked alone.
            if home is None or len({paragraph_of.get(i) for i in home.link.source_ids}) < 2:
                continue
            if len(run.strip()) < MIN_LOST_PARAGRAPH_CHARS:
                continue
            rest = " ".join(text[spans[p][0] : spans[p][1]] for p in src_pars if p != par)
            evidence = run_evidence(run, rest, target, source_lang, target_lang, model)
            if evidence.own_dice >= LOST_TRIGRAM_DICE:
                continue
            # A number or name of the paragraph in the target counts against,
            # not as a veto: a neighbour repeats a name (Kavanaugh) that a
            # paragraph far too long for the target also has.
            score = (
                evidence.length_odds + ABSENT_WEIGHT * min(evidence.absent, MAX_ABSENT)
                - SUPPORT_WEIGHT * evidence.support
            )
            if score + PARAGRAPH_ODDS >= LOST_ODDS and (best is None or score > best[0]):
                best = (score, start, end)
        if best is not None:
            _, start, end = best
            home = next(p for p in group if p.source_start <= start < p.source_end)
            out[home.index] = (start, end)
    return out


def omissions(
    pairs: Sequence[Pair], source: Document, source_segments: Sequence[Segment], source_lang: str, target_lang: str,
    target_segments: Sequence[Segment] = (),
) -> Mapping[int, tuple[int, int]]:
    """The source span that each translated link leaves out, by link index."""
    model = model_for(source_lang, target_lang)
    out = {}
    for pair in pairs:
        if pair.translated:
            lost = _unsupported(pair, source, source_segments, source_lang, target_lang, model)
            if lost is not None:
                out[pair.index] = lost
    if target_segments:
        for index, span in _lost_paragraphs(
            pairs, source, source_segments, target_segments, source_lang, target_lang, model
        ).items():
            out.setdefault(index, span)
    return out

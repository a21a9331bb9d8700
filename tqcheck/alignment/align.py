"""Sentence alignment of a source document and its translation.

A Gale–Church dynamic program over sentence lengths, with links 1-1, 1-2,
2-1, 1-0, 0-1 (and 1-3, 3-1 for sentences the two segmenters cut
differently), strengthened by anchors that survive translation (numbers,
romanised names, question and quotation marks), the overlap of romanised
letter trigrams, and optionally a caller's ``pair_score`` (the chrF++ of a
back-translated pair). Paragraphs are aligned first with the same program,
then sentences inside each pair of aligned paragraphs, so a link never
crosses a paragraph boundary and a long document costs little.

When the result looks like two unrelated documents (lengths far apart,
many unpaired sentences, no shared anchors or letters, linked sentences
whose lengths do not fit) the alignment says so in ``low_confidence`` and
``warnings`` rather than pairing 1-1 in silence.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from tqcheck.alignment.anchors import Features, anchor_counts, dice, merge, segment_features, without_names
from tqcheck.alignment.lengths import english_length
from tqcheck.alignment.scripts import language_has_case
from tqcheck.model import Document, Segment

PairScore = Callable[[str, str], "float | None"]


@dataclass(frozen=True)
class Link:
    source_ids: tuple[int, ...]
    target_ids: tuple[int, ...]
    confidence: float = 1.0
    # Character spans [start, end) in each document; None for an empty side.
    source_span: tuple[int, int] | None = None
    target_span: tuple[int, int] | None = None

    @property
    def kind(self) -> str:
        return f"{len(self.source_ids)}-{len(self.target_ids)}"


@dataclass(frozen=True)
class Alignment:
    links: tuple[Link, ...]
    low_confidence: bool = False
    warnings: tuple[str, ...] = ()

    def to_json(self) -> list[dict[str, Any]]:
        return [
            {
                "source": list(link.source_span) if link.source_span else None,
                "target": list(link.target_span) if link.target_span else None,
                "source_segments": list(link.source_ids),
                "target_segments": list(link.target_ids),
                "confidence": round(link.confidence, 3),
            }
            for link in self.links
        ]


@dataclass(frozen=True)
class PairModel:
    """Length model of a language pair: target chars per source char and the
    variance of that ratio per source char (Gale–Church's c and s²)."""

    ratio: float
    variance: float

    # Two normalisations of one measure, kept apart on purpose: they give
    # different numbers for the same pair (a translation far too short has a
    # smaller mean length, so a larger symmetric deviation), and the
    # thresholds of each caller were tuned on its own.

    def deviation(self, source_chars: float, target_chars: float) -> float:
        """Gale–Church's delta, for the aligner: standard deviations between
        the target length and the one the source predicts, the variance
        scaled by the mean of both lengths (in source characters), so the
        measure is symmetric in the two sides."""
        mean = (source_chars + target_chars / self.ratio) / 2
        return (target_chars - source_chars * self.ratio) / math.sqrt(max(mean, 1.0) * self.variance)

    def deviation_from_source(self, source_chars: float, target_chars: float) -> float:
        """The same, the variance scaled by the source length alone: how far
        a translation strays from what its source needs (the omission and
        length rules judge the target against the source, not both ways)."""
        return (target_chars - source_chars * self.ratio) / math.sqrt(max(source_chars, 1) * self.variance)


# Measured on FLORES-200 devtest and NTREX-128 (lines as sentences): en/bg
# length ratio 0.96 and 0.92, variance 1.7 and 2.1; the variance is widened
# because segmenter splits make real sentence pairs noisier than lines.
_PAIR_MODELS = {("bg", "en"): PairModel(0.94, 2.5)}
_DEFAULT_MODEL = PairModel(1.0, 6.8)  # Gale & Church (1993)
# Every other pair is built from each language's length against English
# (data/bilingual/length_ratios.tsv, generated from the same corpora), the
# variance widened as bg/en's was for segmenter splits.
SEGMENTER_WIDENING = 1.2

# Link priors (Gale & Church 1993, with 1-3/3-1 added for segmenter splits).
_SENTENCE_MOVES = {
    (1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.045, (1, 2): 0.045, (3, 1): 0.005, (1, 3): 0.005,
}
_PARAGRAPH_MOVES = {(1, 1): 0.94, (1, 0): 0.01, (0, 1): 0.01, (2, 1): 0.02, (1, 2): 0.02}

UNPAIRED_PER_CHAR = 0.02
MAX_LENGTH_COST = 10.0
ANCHOR_BONUS = 2.0  # per anchor found on both sides
ANCHOR_PENALTY = 1.0  # per anchor found on one side only
LEXICAL_WEIGHT = 1.5  # per standard deviation of trigram overlap above chance
LEXICAL_CHANCE = 0.045  # trigram Dice of unrelated bg/en sentences (FLORES, NTREX)
LEXICAL_SPREAD = 0.03
# Other pairs share more letters by chance (de/en 0.065) or fewer (zh/en
# 0.025, ar/en 0.013, romanised), and their translations proportionally
# more or fewer: chance and spread scale with the Dice of the document's
# unpaired sentences, measured per document, within these bounds.
LEXICAL_SCALE_BOUNDS = (0.25, 2.0)
PAIR_SCORE_WEIGHT = 6.0
PAIR_SCORE_CHANCE = 0.3


@cache
def model_for(source_lang: str, target_lang: str) -> PairModel:
    key = (source_lang.split("-")[0].lower(), target_lang.split("-")[0].lower())
    if key in _PAIR_MODELS:
        return _PAIR_MODELS[key]
    reverse = _PAIR_MODELS.get((key[1], key[0]))
    if reverse:
        return PairModel(1 / reverse.ratio, reverse.variance / reverse.ratio)
    source, target = english_length(source_lang), english_length(target_lang)
    if source is None or target is None or key[0] == key[1]:
        return _DEFAULT_MODEL
    # Through English: each side's length varies around the English one
    # (relative variances u = s^2 / c^2 add up), scaled to target characters
    # per source character.
    (c_s, v_s), (c_t, v_t) = source, target
    relative = v_s / c_s**2 + v_t / c_t**2
    return PairModel(c_t / c_s, SEGMENTER_WIDENING * c_t**2 * relative / c_s)


def _tail_cost(delta: float) -> float:
    """-log of the two-sided normal tail probability of ``delta``."""
    p = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(p, 1e-30))


class _Scorer:
    def __init__(
        self,
        model: PairModel,
        source: Sequence[Features],
        target: Sequence[Features],
        source_texts: Sequence[str],
        target_texts: Sequence[str],
        pair_score: PairScore | None,
        lexical: "LexicalModel | None" = None,
    ) -> None:
        self.model = model
        lexical = lexical or LexicalModel(LEXICAL_CHANCE, LEXICAL_SPREAD, LEXICAL_WEIGHT)
        self.lexical_chance = lexical.chance
        self.lexical_spread = lexical.spread
        self.lexical_weight = lexical.weight
        self.source, self.target = source, target
        self.source_texts, self.target_texts = source_texts, target_texts
        self.pair_score = pair_score

    def length_cost(self, ls: int, lt: int) -> float:
        if ls == 0 and lt == 0:
            return 0.0
        delta = self.model.deviation(ls, lt)
        # Capped: past about 4.5 deviations a pair is "badly off" either way,
        # and an uncapped cost would split two sentences that belong together.
        return min(_tail_cost(delta), MAX_LENGTH_COST)

    def cost(self, si: range, ti: range, prior: float) -> float:
        cost = -math.log(prior)
        if not si or not ti:
            # Unpaired: the prior, a little per character and every anchor.
            # (Gale–Church's length term for 1-0 grows so fast that a dropped
            # sentence is always merged into a neighbour instead.)
            feats = merge([self.source[i] for i in si] or [self.target[j] for j in ti])
            anchors = len(feats.numbers) + len(feats.names)
            return cost + UNPAIRED_PER_CHAR * feats.length + ANCHOR_PENALTY * anchors
        s = merge([self.source[i] for i in si])
        t = merge([self.target[j] for j in ti])
        cost += self.length_cost(s.length, t.length)
        matched, unmatched = anchor_counts(s, t)
        cost += ANCHOR_PENALTY * unmatched - ANCHOR_BONUS * matched
        lexical = (dice(s.trigrams, t.trigrams) - self.lexical_chance) / self.lexical_spread
        cost -= self.lexical_weight * max(-2.0, min(lexical, 4.0))
        if self.pair_score is not None:
            score = self.pair_score(
                " ".join(self.source_texts[i] for i in si), " ".join(self.target_texts[j] for j in ti)
            )
            if score is not None:
                score = score / 100 if score > 1 else score
                cost -= PAIR_SCORE_WEIGHT * (score - PAIR_SCORE_CHANCE)
        return cost


# Long documents. The band above follows the diagonal at an eighth of the
# document's length either side, which makes the program quadratic (1,000
# sentences: 45 s). Past COARSE_UNITS units, the units are first aligned two
# by two (merged, recursively), and the program then searches CORRIDOR units
# either side of that path: linear time, and the same links wherever the
# path lies in that corridor.
COARSE_UNITS = 400
CORRIDOR = 8


def _dp(
    scorer: _Scorer, n: int, m: int, moves: dict[tuple[int, int], float]
) -> list[tuple[range, range, float]]:
    """Cheapest sequence of links covering n source and m target units."""
    return _program(scorer, n, m, moves, _windows(scorer, n, m, moves))


def _windows(scorer: _Scorer, n: int, m: int, moves: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """For each source boundary i, the target boundaries the program tries."""
    if n + m <= COARSE_UNITS or n < 2 or m < 2:
        # A band around the diagonal keeps long single-paragraph documents cheap.
        width = max(12, abs(n - m) + 6, (n + m) // 8)
        centres = [i * m / n if n else 0 for i in range(n + 1)]
        return [(max(0, int(c - width)), min(m, int(c + width) + 1)) for c in centres]
    path = _dp(_coarsened(scorer), (n + 1) // 2, (m + 1) // 2, moves)
    lo, hi = [m] * (n + 1), [0] * (n + 1)
    for si, ti, _ in path:  # the coarse link's corner boundaries, in fine units
        c0, c1 = min(2 * ti.start, m), min(2 * ti.stop, m)
        for r in range(min(2 * si.start, n), min(2 * si.stop, n) + 1):
            lo[r], hi[r] = min(lo[r], c0), max(hi[r], c1)
    return [
        (max(0, min(lo[max(0, r - CORRIDOR) : r + CORRIDOR + 1]) - CORRIDOR),
         min(m, max(hi[max(0, r - CORRIDOR) : r + CORRIDOR + 1]) + CORRIDOR))
        for r in range(n + 1)
    ]


def _coarsened(scorer: _Scorer) -> _Scorer:
    """``scorer`` with its units merged two by two and no pair score (a
    guide for the corridor, not the answer)."""
    import copy

    def pairs(units: Sequence[Any]) -> list[Sequence[Any]]:
        return [units[k : k + 2] for k in range(0, len(units), 2)]

    coarse = copy.copy(scorer)
    coarse.source = [merge(list(p)) for p in pairs(scorer.source)]
    coarse.target = [merge(list(p)) for p in pairs(scorer.target)]
    coarse.source_texts = [" ".join(p) for p in pairs(scorer.source_texts)]
    coarse.target_texts = [" ".join(p) for p in pairs(scorer.target_texts)]
    coarse.pair_score = None
    return coarse


def _program(
    scorer: _Scorer, n: int, m: int, moves: dict[tuple[int, int], float], windows: list[tuple[int, int]]
) -> list[tuple[range, range, float]]:
    """The dynamic program over the boundaries ``windows`` allows: each
    row holds its window only, so memory grows with the corridor, not n*m."""
    inf = float("inf")
    best: list[list[float]] = []
    back: list[list[tuple[int, int, float] | None]] = []
    for i in range(n + 1):
        lo, hi = windows[i]
        row: list[float] = [inf] * (hi - lo + 1)
        came: list[tuple[int, int, float] | None] = [None] * (hi - lo + 1)
        best.append(row)
        back.append(came)
        if i == 0 and lo == 0:
            row[0] = 0.0
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            for (di, dj), prior in moves.items():
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                plo, phi = windows[pi]
                if pj < plo or pj > phi or best[pi][pj - plo] == inf:
                    continue
                step = scorer.cost(range(pi, i), range(pj, j), prior)
                total = best[pi][pj - plo] + step
                if total < row[j - lo]:
                    row[j - lo] = total
                    came[j - lo] = (pi, pj, step)
    last_lo, last_hi = windows[n]
    if not last_lo <= m <= last_hi or best[n][m - last_lo] == inf:  # cannot happen with the windows above
        raise AssertionError("alignment band excluded the end cell")
    out = []
    i, j = n, m
    while i or j:
        pi, pj, step = back[i][j - windows[i][0]]  # type: ignore[misc]
        out.append((range(pi, i), range(pj, j), step))
        i, j = pi, pj
    out.reverse()
    return out


def _confidence(cost: float) -> float:
    """A link's cost squashed into (0, 1): a clean 1-1 link costs about 0."""
    return 1 / (1 + math.exp(cost - 2.5))


def _span(segments: Sequence[Segment]) -> tuple[int, int] | None:
    return (segments[0].start, segments[-1].end) if segments else None


def _paragraph_groups(segments: tuple[Segment, ...]) -> list[list[int]]:
    groups: list[list[int]] = []
    last = None
    for index, seg in enumerate(segments):
        if seg.paragraph != last:
            groups.append([])
            last = seg.paragraph
        groups[-1].append(index)
    return groups


def names_are_anchors(source_lang: str, target_lang: str) -> bool:
    """Whether capitalised words anchor a link of this pair. Name anchors
    are capitalised words: a side without capitals (Arabic, Chinese) has
    none to match, so the other side's would all count as unmatched, in
    every link and against relatedness alike."""
    return language_has_case(source_lang) and language_has_case(target_lang)


def align_documents(
    source_doc: Document,
    source_segments: tuple[Segment, ...],
    target_doc: Document,
    target_segments: tuple[Segment, ...],
    *,
    source_lang: str,
    target_lang: str,
    pair_score: PairScore | None = None,
) -> Alignment:
    source_text, target_text = source_doc.checked_text, target_doc.checked_text
    src_texts = [source_text[s.start : s.end] for s in source_segments]
    tgt_texts = [target_text[s.start : s.end] for s in target_segments]
    src_feats = segment_features(source_text, source_segments, source_lang)
    tgt_feats = segment_features(target_text, target_segments, target_lang)
    if not names_are_anchors(source_lang, target_lang):
        src_feats = [without_names(f) for f in src_feats]
        tgt_feats = [without_names(f) for f in tgt_feats]
    base = model_for(source_lang, target_lang)
    model = base
    # Adapt the length ratio to this document (a terse or wordy translator),
    # within reason, so one long sentence does not skew every link.
    total_s = sum(f.length for f in src_feats)
    total_t = sum(f.length for f in tgt_feats)
    if total_s and total_t:
        observed = total_t / total_s
        ratio = min(max(observed, model.ratio / 1.5), model.ratio * 1.5)
        weight = min(1.0, (total_s + total_t) / 4000)
        model = PairModel(model.ratio * (1 - weight) + ratio * weight, model.variance)

    lexical = lexical_model(src_feats, tgt_feats)
    parts = _Parts(source_segments, target_segments, src_feats, tgt_feats, src_texts, tgt_texts, pair_score, lexical)
    links = _links(parts, model, _PARAGRAPH_MOVES, _SENTENCE_MOVES)
    warnings = _relatedness_warnings(links, src_feats, tgt_feats, source_segments, target_segments, base)
    far_off = bool(total_s and total_t) and not (1 / GAP_RATIO <= total_t / (total_s * base.ratio) <= GAP_RATIO)
    if (warnings or far_off) and source_segments and target_segments:
        # A translation much shorter (or longer) than its source: sentences
        # left out (or added), or another document. Whole missing stretches
        # make the program above squeeze several source sentences into one
        # link, and the adapted ratio fits the shortfall rather than the
        # sentences. Align again expecting gaps, at the language pair's own
        # ratio, and judge by the links that result: confident translations
        # mean an omission, which the pair rules report sentence by sentence.
        gap_links = _links(parts, base, _GAP_PARAGRAPH_MOVES, _GAP_SENTENCE_MOVES)
        verdict = gap_verdict(gap_links, src_feats, tgt_feats, source_segments, target_segments, base)
        if verdict is not None:
            return Alignment(links=tuple(gap_links), low_confidence=False, warnings=(verdict,))
    return Alignment(links=tuple(links), low_confidence=bool(warnings), warnings=tuple(warnings))


@dataclass(frozen=True)
class _Parts:
    """The two documents as the aligner sees them."""

    source_segments: tuple[Segment, ...]
    target_segments: tuple[Segment, ...]
    src_feats: Sequence[Features]
    tgt_feats: Sequence[Features]
    src_texts: Sequence[str]
    tgt_texts: Sequence[str]
    pair_score: PairScore | None
    lexical: "LexicalModel | None" = None


def _links(
    parts: _Parts,
    model: PairModel,
    paragraph_moves: dict[tuple[int, int], float],
    sentence_moves: dict[tuple[int, int], float],
) -> list[Link]:
    src_groups, tgt_groups = _paragraph_groups(parts.source_segments), _paragraph_groups(parts.target_segments)
    if len(src_groups) == 1 and len(tgt_groups) == 1:
        paragraph_links = [(range(0, 1), range(0, 1))]
    else:
        para_src = [merge([parts.src_feats[i] for i in g]) for g in src_groups]
        para_tgt = [merge([parts.tgt_feats[j] for j in g]) for g in tgt_groups]
        para_scorer = _Scorer(
            model, para_src, para_tgt, [""] * len(para_src), [""] * len(para_tgt), None, parts.lexical
        )
        paragraph_links = [(si, ti) for si, ti, _ in _dp(para_scorer, len(para_src), len(para_tgt), paragraph_moves)]

    links: list[Link] = []
    for psi, pti in paragraph_links:
        s_ids = [i for p in psi for i in src_groups[p]] if src_groups else []
        t_ids = [j for p in pti for j in tgt_groups[p]] if tgt_groups else []
        sub = _Scorer(
            model,
            [parts.src_feats[i] for i in s_ids],
            [parts.tgt_feats[j] for j in t_ids],
            [parts.src_texts[i] for i in s_ids],
            [parts.tgt_texts[j] for j in t_ids],
            parts.pair_score,
            parts.lexical,
        )
        for si, ti, cost in _dp(sub, len(s_ids), len(t_ids), sentence_moves):
            sources = [parts.source_segments[s_ids[i]] for i in si]
            targets = [parts.target_segments[t_ids[j]] for j in ti]
            links.append(
                Link(
                    source_ids=tuple(s.id for s in sources),
                    target_ids=tuple(t.id for t in targets),
                    confidence=_confidence(cost),
                    source_span=_span(sources),
                    target_span=_span(targets),
                )
            )
    return links


# How well the linked sentences' lengths fit a translation: the mean length
# deviation of the linked pairs (in the length model's deviations) is about
# 0.6 for translations and 2 for unrelated paragraphs, whose sentences the
# program can pair only loosely; and about 45% of an unrelated pair's links
# are one-to-one against nearly all of a translation's (FLORES-200, NTREX-128
# paragraphs of 5-10 sentences against a paragraph of another document).
# Lengths are evidence even where a paragraph shares no name or number.
LENGTH_FIT_CHANCE, LENGTH_FIT_SPREAD = 2.0, 0.5
ONE_TO_ONE_CHANCE, ONE_TO_ONE_SPREAD = 0.45, 0.2

# Document-level evidence that source and target are one text. Each signal
# is weak on a paragraph (5-10 sentences), so they are added up as
# deviations from what unrelated bg/en text scores, and the documents are
# called unrelated only when the sum stays low. Chance levels and spreads
# were measured on FLORES-200 and NTREX-128 paragraphs aligned with a
# paragraph of another document: the aligned pairs' trigram Dice (chance
# 0.065, the aligner's picks included), its ratio to the Dice of all
# sentence pairs (chance 1.35), the share of source sentences whose
# aligned target is also their most similar nearby one (chance 0.25), and
# the share of anchors that agree (chance 0.15).
ANCHOR_CHANCE = 0.15
RELATED_SIGNALS = (
    ("lexical", 0.065, 0.02),
    ("contrast", 1.35, 0.25),
    ("best", 0.25, 0.15),
    ("anchors", ANCHOR_CHANCE, 0.10),
    ("lengths", LENGTH_FIT_CHANCE, -LENGTH_FIT_SPREAD),
    ("one-to-one", ONE_TO_ONE_CHANCE, ONE_TO_ONE_SPREAD),
)
LETTER_SIGNALS = frozenset({"lexical", "contrast", "best"})
ANCHOR_PRIOR = 2.0  # anchors of chance agreement added to a document's own
MATCHED_ANCHOR_WEIGHT = 0.4  # per agreeing anchor, at most MATCHED_ANCHOR_CAP of them
MATCHED_ANCHOR_CAP = 5
RELATED_BELOW = 4.5  # translations score 6 and more with the length signals, 95% of unrelated pairs less
MIN_RELATEDNESS_CHARS = 150  # less text than this is too little to judge
MAX_UNPAIRED_SHARE = 0.35
_BEST_WINDOW = 8  # targets either side of the aligned one that compete for "most similar"
_OFF_SAMPLE = 2000  # sentence pairs sampled for the all-pairs Dice


def letter_chance(src_feats: Sequence[Features], tgt_feats: Sequence[Features]) -> float:
    """Mean trigram Dice of (a sample of) all sentence pairs of the two
    documents: what letters two sentences share by chance in this pair."""
    n, m = len(src_feats), len(tgt_feats)
    step = max(1, (n * m) // _OFF_SAMPLE)
    sample = [dice(src_feats[k // m].trigrams, tgt_feats[k % m].trigrams) for k in range(0, n * m, step)]
    return sum(sample) / len(sample) if sample else 0.0


_DIAGONAL_BAND = 2  # sentences either side of the diagonal that may translate each other
MIN_CHANCE_SAMPLE = 20  # pairs off the diagonal needed to measure the chance level


def _off_diagonal(src_feats: Sequence[Features], tgt_feats: Sequence[Features]) -> list[float]:
    """The trigram Dice of (a sample of) the sentence pairs far from the
    diagonal, which cannot translate each other: what letters two sentences
    of this pair share by chance."""
    n, m = len(src_feats), len(tgt_feats)
    if not n or not m:
        return []
    step = max(1, (n * m) // _OFF_SAMPLE)
    return [
        dice(src_feats[k // m].trigrams, tgt_feats[k % m].trigrams)
        for k in range(0, n * m, step)
        if abs((k // m) * m / n - k % m) > _DIAGONAL_BAND
    ]


def _lexical_scale(sample: Sequence[float]) -> float:
    """How many more (or fewer) letters this pair shares by chance than
    bg/en, whose sentences the lexical constants were measured on (from
    the off-diagonal ``sample``); 1 when the document is too short to tell."""
    if len(sample) < MIN_CHANCE_SAMPLE:
        return 1.0
    low, high = LEXICAL_SCALE_BOUNDS
    return min(max(sum(sample) / len(sample) / LEXICAL_CHANCE, low), high)


@dataclass(frozen=True)
class LexicalModel:
    """What shared letters say in this document: the trigram Dice of two
    sentences that do not translate each other (chance) and its spread,
    and the weight of one spread above chance in a link's cost."""

    chance: float
    spread: float
    weight: float
    scale: float = 1.0  # chance likeness relative to bg/en's (_lexical_scale)


# A pair whose translations stand this many spreads above chance (bg/en,
# de/en: 3.4-4.4 on FLORES and NTREX documents) gets the full weight; one
# whose letters barely tell (romanised Arabic or Chinese against English:
# 0.5-1.1) gets proportionally less, never below MIN_LEXICAL_RELIABILITY:
# there, chance likeness would otherwise outweigh the sentences' lengths.
RELIABLE_SEPARATION = 3.0
MIN_LEXICAL_RELIABILITY = 0.25
_BAND_NEIGHBOURS = 1  # targets either side of the diagonal a source's translation is looked for in


def lexical_model(src_feats: Sequence[Features], tgt_feats: Sequence[Features]) -> LexicalModel:
    """The lexical constants calibrated on the document itself: chance and
    spread from sentence pairs far from the diagonal (they cannot translate
    each other), and how far each source sentence's best partner near the
    diagonal stands above its best among as many pairs far from it (the
    separation, in spreads), which sets the weight. A document too short to
    measure gets bg/en's constants scaled by its chance likeness."""
    n, m = len(src_feats), len(tgt_feats)
    sample = _off_diagonal(src_feats, tgt_feats)
    scale = _lexical_scale(sample)
    if len(sample) < MIN_CHANCE_SAMPLE:
        return LexicalModel(LEXICAL_CHANCE * scale, LEXICAL_SPREAD * scale, LEXICAL_WEIGHT, scale)
    mean = sum(sample) / len(sample)
    spread = math.sqrt(sum((x - mean) ** 2 for x in sample) / len(sample))
    spread = max(spread, LEXICAL_SPREAD * LEXICAL_SCALE_BOUNDS[0])
    width = 2 * _BAND_NEIGHBOURS + 1
    gains = []
    for i in range(0, n, max(1, n // 200)):
        centre = round(i * m / n)
        near = range(max(0, centre - _BAND_NEIGHBOURS), min(m, centre + _BAND_NEIGHBOURS + 1))
        far = [j for j in range(m) if abs(j - i * m / n) > _DIAGONAL_BAND][:width]
        if len(far) < width or not near:
            continue
        best_near = max(dice(src_feats[i].trigrams, tgt_feats[j].trigrams) for j in near)
        best_far = max(dice(src_feats[i].trigrams, tgt_feats[j].trigrams) for j in far)
        gains.append(best_near - best_far)
    if len(gains) < MIN_SEPARATION_SAMPLE:
        return LexicalModel(mean, spread, LEXICAL_WEIGHT, scale)
    separation = sum(gains) / len(gains) / spread
    reliability = min(1.0, max(MIN_LEXICAL_RELIABILITY, separation / RELIABLE_SEPARATION))
    return LexicalModel(mean, spread, LEXICAL_WEIGHT * reliability, scale)


MIN_SEPARATION_SAMPLE = 5  # source sentences with a far stretch to compare with


def relatedness(
    links: Sequence[Link],
    src_feats: Sequence[Features],
    tgt_feats: Sequence[Features],
    source_segments: Sequence[Segment],
    target_segments: Sequence[Segment],
    model: PairModel | None = None,
) -> tuple[float, dict[str, float], int]:
    """(score, signals, characters judged): the evidence, in deviations from
    unrelated text, that the linked sentences translate each other."""
    by_id_s = {s.id: i for i, s in enumerate(source_segments)}
    by_id_t = {s.id: i for i, s in enumerate(target_segments)}
    weighted = weight = 0.0
    matched = anchors = best = judged = 0
    deviations: list[float] = []
    for link in links:
        if not link.source_ids or not link.target_ids:
            continue
        s_idx = [by_id_s[i] for i in link.source_ids]
        t_idx = [by_id_t[j] for j in link.target_ids]
        s = merge([src_feats[i] for i in s_idx])
        t = merge([tgt_feats[j] for j in t_idx])
        size = s.length + t.length
        if model is not None:
            deviations.append(abs(model.deviation(s.length, t.length)))
        weighted += dice(s.trigrams, t.trigrams) * size
        weight += size
        m, u = anchor_counts(s, t)
        matched += m
        anchors += m + u
        for i in s_idx:
            lo, hi = max(0, t_idx[0] - _BEST_WINDOW), min(len(tgt_feats), t_idx[-1] + _BEST_WINDOW + 1)
            top = max(range(lo, hi), key=lambda j: dice(src_feats[i].trigrams, tgt_feats[j].trigrams))
            best += top in t_idx
            judged += 1
    lexical = weighted / weight if weight else 0.0
    everywhere = letter_chance(src_feats, tgt_feats)
    signals = {
        "lexical": lexical,
        "contrast": lexical / everywhere if everywhere else 1.0,
        "best": best / judged if judged else 0.0,
    }
    if anchors:
        # The share that agree, drawn towards chance by ANCHOR_PRIOR anchors:
        # one or two anchors say little either way.
        signals["anchors"] = (matched + ANCHOR_PRIOR * ANCHOR_CHANCE) / (anchors + ANCHOR_PRIOR)
    if deviations and links:
        signals["lengths"] = sum(deviations) / len(deviations)
        # Of the paired links: an unpaired sentence is an omission or an
        # addition, which the unpaired share weighs, not a sign of unrelated text.
        paired = [l for l in links if l.source_ids and l.target_ids]
        signals["one-to-one"] = sum(1 for l in paired if len(l.source_ids) == len(l.target_ids) == 1) / max(len(paired), 1)
    # The letters' chance level is bg/en's; other pairs share more or fewer.
    # Where letters barely tell a translation from chance (romanised Arabic
    # or Chinese against English), the letter signals count as much less as
    # the aligner weighs them (lexical_model), and lengths and anchors decide.
    calibrated = lexical_model(src_feats, tgt_feats)
    scale = {"lexical": calibrated.scale}
    reliability = calibrated.weight / LEXICAL_WEIGHT
    score = sum(
        (reliability if name in LETTER_SIGNALS else 1.0)
        * (signals[name] - chance * scale.get(name, 1.0)) / (spread * scale.get(name, 1.0))
        for name, chance, spread in RELATED_SIGNALS if name in signals
    )
    score += MATCHED_ANCHOR_WEIGHT * min(matched, MATCHED_ANCHOR_CAP)
    return score, signals, int(weight)


def _relatedness_warnings(
    links: list[Link],
    src_feats: list[Features],
    tgt_feats: list[Features],
    source_segments: tuple[Segment, ...],
    target_segments: tuple[Segment, ...],
    model: PairModel,
) -> list[str]:
    if not source_segments or not target_segments:
        side = "target" if not target_segments else "source"
        return [f"the {side} document has no text to align"]
    warnings = []
    total_s = sum(f.length for f in src_feats)
    total_t = sum(f.length for f in tgt_feats)
    expected = total_s * model.ratio
    if total_s >= 200 and not (0.5 <= total_t / expected <= 2.0):
        warnings.append(
            f"the target is {total_t / expected:.1f} times the length expected for a translation of the source"
        )
    unpaired = sum(len(l.source_ids) + len(l.target_ids) for l in links if not l.source_ids or not l.target_ids)
    if len(links) >= 3 and unpaired / (len(source_segments) + len(target_segments)) > MAX_UNPAIRED_SHARE:
        warnings.append(f"{unpaired} of {len(source_segments) + len(target_segments)} sentences found no partner")
    score, signals, judged = relatedness(links, src_feats, tgt_feats, source_segments, target_segments, model)
    if judged >= MIN_RELATEDNESS_CHARS and score < RELATED_BELOW:
        warnings.append(
            f"source and target share few names, numbers or letters (letter overlap {signals['lexical']:.2f}, "
            f"{signals['contrast']:.1f} times that of unpaired sentences; evidence score {score:.1f}, "
            f"translations score above {RELATED_BELOW}): they may be different documents"
        )
    return warnings


# --- a translation with gaps -------------------------------------------------

# A target shorter than 1/GAP_RATIO (or longer than GAP_RATIO times) what the
# source needs is aligned a second time, expecting unpaired sentences.
GAP_RATIO = 1.5
_GAP_SENTENCE_MOVES = {
    (1, 1): 0.8, (1, 0): 0.07, (0, 1): 0.07, (2, 1): 0.02, (1, 2): 0.02, (3, 1): 0.005, (1, 3): 0.005,
}
_GAP_PARAGRAPH_MOVES = {(1, 1): 0.8, (1, 0): 0.07, (0, 1): 0.07, (2, 1): 0.03, (1, 2): 0.03}


@dataclass(frozen=True)
class GapEvidence:
    paired: int  # links with both sides
    anchored: int  # of them: lengths fit and shared anchors, none contradicting
    anchors: int  # anchors the anchored links share
    unpaired_source: int
    unpaired_target: int
    score: float  # relatedness() of the links


def gap_evidence(
    links: Sequence[Link],
    src_feats: Sequence[Features],
    tgt_feats: Sequence[Features],
    source_segments: Sequence[Segment],
    target_segments: Sequence[Segment],
    model: PairModel,
) -> GapEvidence:
    by_id_s = {s.id: i for i, s in enumerate(source_segments)}
    by_id_t = {s.id: i for i, s in enumerate(target_segments)}
    paired = anchored = shared = 0
    for link in links:
        if not link.source_ids or not link.target_ids:
            continue
        paired += 1
        s = merge([src_feats[by_id_s[i]] for i in link.source_ids])
        t = merge([tgt_feats[by_id_t[j]] for j in link.target_ids])
        deviation = abs(model.deviation(s.length, t.length))
        matched, unmatched = anchor_counts(s, t)
        if deviation <= ANCHORED_FIT and matched > unmatched:
            anchored += 1
            shared += matched
    score, _, _ = relatedness(links, src_feats, tgt_feats, source_segments, target_segments, model)
    return GapEvidence(
        paired=paired,
        anchored=anchored,
        anchors=shared,
        unpaired_source=sum(len(l.source_ids) for l in links if not l.target_ids),
        unpaired_target=sum(len(l.target_ids) for l in links if not l.source_ids),
        score=score,
    )


ANCHORED_FIT = 2.0  # length deviations
# The links of a gap alignment are a translation's when their relatedness
# clears GAP_RELATED and at least GAP_ANCHORS anchors agree in links whose
# lengths fit. Measured with the gap alignment on FLORES-200 and NTREX-128
# stretches of 4-30 sentences: against 15-100% of another stretch's
# translation, 1 in 300 scored 12 or more and none of those shared two
# anchors; with 40-85% of the translation's sentences dropped (at random,
# at the end, in a block), 97 of 150 cleared both. The rest stay TQ700: too
# little is left to tell an omission from another document.
GAP_RELATED = 12.0
GAP_ANCHORS = 2
MIN_GAP_PAIRED = 2


def gap_verdict(
    links: Sequence[Link],
    src_feats: Sequence[Features],
    tgt_feats: Sequence[Features],
    source_segments: Sequence[Segment],
    target_segments: Sequence[Segment],
    model: PairModel,
) -> str | None:
    """A note on what is missing when the links of a gap alignment are
    confident translations; None when they are not (other documents)."""
    found = gap_evidence(links, src_feats, tgt_feats, source_segments, target_segments, model)
    if found.paired < MIN_GAP_PAIRED or found.score < GAP_RELATED or found.anchors < GAP_ANCHORS:
        return None
    total_s = sum(f.length for f in src_feats)
    total_t = sum(f.length for f in tgt_feats)
    gaps = []
    if found.unpaired_source:
        gaps.append(f"{found.unpaired_source} source sentence{'s' if found.unpaired_source != 1 else ''} "
                    "with no translation")
    if found.unpaired_target:
        gaps.append(f"{found.unpaired_target} target sentence{'s' if found.unpaired_target != 1 else ''} "
                    "with no source")
    return (
        f"the target is {total_t / (total_s * model.ratio):.1f} times the length expected for a translation of "
        f"the source, but its {found.paired} linked sentences translate the source (evidence score "
        f"{found.score:.0f}, {found.anchors} anchors agree): {' and '.join(gaps) or 'no sentence unpaired'}"
    )

"""Sentence scores and the statistics that decide what to flag. Pure functions.

chrF++ (sacreBLEU ``CHRF(word_order=2)``) is the primary score: character
n-grams survive the inflection and word-order changes a round trip makes,
where BLEU drops to zero on short sentences. Sentence BLEU (effective order)
and TER are reported too. Quotes, dashes and spaces are normalised first so
typography, which the rules already cover, does not move the score.
"""

from __future__ import annotations

import difflib
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

_QUOTES = str.maketrans(
    {c: '"' for c in "“”„‟«»″〝〞＂"} | {c: "'" for c in "‘’‚‛‹›′`´"} | {c: "-" for c in "‐‑‒–—―−"}
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u200b]+")
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_QUOTES).replace("…", "...")).strip()


@cache
def _metrics():  # sacrebleu import is ~0.2 s: only when a stage runs
    from sacrebleu.metrics import BLEU, CHRF, TER

    return CHRF(word_order=2), BLEU(effective_order=True), TER()


def signature() -> dict[str, str]:
    chrf, bleu, ter = _metrics()
    return {"chrf": str(chrf.get_signature()), "bleu": str(bleu.get_signature()), "ter": str(ter.get_signature())}


@dataclass(frozen=True)
class Scores:
    chrf: float
    bleu: float
    ter: float

    def as_dict(self) -> dict[str, float]:
        return {"chrf": round(self.chrf, 2), "bleu": round(self.bleu, 2), "ter": round(self.ter, 2)}


def score(hypothesis: str, reference: str) -> Scores:
    chrf, bleu, ter = _metrics()
    hyp, ref = normalise(hypothesis), normalise(reference)
    return Scores(
        chrf=chrf.sentence_score(hyp, [ref]).score,
        bleu=bleu.sentence_score(hyp, [ref]).score,
        ter=ter.sentence_score(hyp, [ref]).score,
    )


def robust_z(values: Sequence[float]) -> list[float]:
    """Robust z-scores, 0.6745 (x - median) / MAD; all zero when MAD is 0
    (half the document scores the same: nothing stands out)."""
    if not values:
        return []
    med = statistics.median(values)
    mad = statistics.median(abs(v - med) for v in values)
    if mad == 0:
        return [0.0] * len(values)
    return [0.6745 * (v - med) / mad for v in values]


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text).lower())


def length_ratio(hypothesis: str, reference: str) -> float:
    """Characters of ``hypothesis`` over ``reference`` (normalised, no spaces):
    below 1 the hypothesis lost content, above 1 it gained some."""
    h = len(normalise(hypothesis).replace(" ", ""))
    r = len(normalise(reference).replace(" ", ""))
    return (h + 1) / (r + 1)


def log_ratios(ratios: Sequence[float]) -> list[float]:
    return [math.log(r) for r in ratios]


def similarity(a: str, b: str) -> float:
    """How nearly ``a`` and ``b`` are the same text (0..1), case-folded."""
    return difflib.SequenceMatcher(None, normalise(a).lower(), normalise(b).lower(), autojunk=False).ratio()


def content_words(text: str) -> int:
    """Words with at least two letters: a date line or a bare name has few, and
    copying it through is right, not a failure to translate."""
    return sum(1 for w in words(text) if sum(c.isalpha() for c in w) >= 2)


def word_diff(original: str, round_trip: str) -> str:
    """A wdiff-style word diff: ``[-removed-]`` from the original, ``{+added+}``
    in the round trip."""
    a, b = normalise(original).split(), normalise(round_trip).split()
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out += a[i1:i2]
        if op in ("delete", "replace"):
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if op in ("insert", "replace"):
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)

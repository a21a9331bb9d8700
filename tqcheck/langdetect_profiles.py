"""langdetect's language profiles held sparse: the same answers in a
quarter of the memory (16 MB, not 65).

langdetect keeps, for each of its 88,000 n-grams, a list of one float per
language (55), though four n-grams in five occur in one language only:
65 MB, loaded for the first sentence it is asked about, more than the rest
of a rules-only run of a 4 MB file. Here each n-gram keeps only its
languages and probabilities, read in the same order with the same
arithmetic, and the detector gets the same dense list back when it looks an
n-gram up, so every probability it computes is the same float. Loaded
once, on the first call (as langdetect loads its own).
"""

from __future__ import annotations

import json
import os
import struct
from typing import Any

_factory: Any = None


class SparseProbabilities(dict):
    """n-gram -> the languages that have it and its probability in each,
    packed in bytes (a byte per language index, then a double per
    probability: exactly the floats langdetect computes); looking one up
    gives langdetect's dense list (which the detector only reads). The
    dense lists of the last CACHED n-grams looked up are kept: a text asks
    for the same few thousand again and again."""

    __slots__ = ("size", "dense")

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size
        self.dense: dict[str, list[float]] = {}

    def __getitem__(self, word: str) -> list[float]:
        dense = self.dense.get(word)
        if dense is None:
            dense = [0.0] * self.size
            packed = dict.__getitem__(self, word)
            n = len(packed) // 9
            for index, probability in zip(packed[:n], struct.unpack_from(f"<{n}d", packed, n)):
                dense[index] = probability
            if len(self.dense) >= CACHED:
                self.dense.clear()
            self.dense[word] = dense
        return dense


def _with(packed: bytes, index: int, probability: float) -> bytes:
    """``packed`` (see SparseProbabilities) with one more language."""
    n = len(packed) // 9
    return packed[:n] + bytes((index,)) + packed[n:] + struct.pack("<d", probability)


CACHED = 4096


def factory() -> Any:
    """langdetect's DetectorFactory, its profiles loaded as
    DetectorFactory.load_profile loads them (files in os.listdir order,
    the same probabilities), held sparse."""
    global _factory
    if _factory is not None:
        return _factory
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    made = DetectorFactory()
    names = os.listdir(PROFILES_DIRECTORY)
    sparse = SparseProbabilities(len(names))  # langdetect sizes the lists so too, dot-files included
    if len(names) > 256:
        raise ValueError("more langdetect profiles than a byte can index")
    get, put = dict.get, dict.__setitem__
    index = 0
    for name in names:
        path = os.path.join(PROFILES_DIRECTORY, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            profile = json.load(f)
        made.langlist.append(profile["name"])
        freq, n_words = profile["freq"], profile["n_words"]
        for word, count in freq.items():
            entry = get(sparse, word, b"")
            if 1 <= len(word) <= 3:
                entry = _with(entry, index, 1.0 * count / n_words[len(word) - 1])
            put(sparse, word, entry)
        index += 1
    made.word_lang_prob_map = sparse
    _factory = made
    return made


def detect_langs(text: str) -> list[Any]:
    """langdetect.detect_langs on the sparse profiles."""
    detector = factory().create()
    detector.append(text)
    return detector.get_probabilities()

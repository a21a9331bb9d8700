"""langdetect's language profiles, turned into its probability table lazily.

At its first call langdetect builds a table of every n-gram of its 55
profiles by language (87,598 rows of 55 floats, 96% of them zero): about
0.3 s and 50 MB in every process that asks it, so in each worker of a
``--jobs`` pool. :func:`factory` reads the same profile files (a JSON parse,
~0.04 s) and gives langdetect a table that computes an n-gram's row the
first time the detector looks it up, with langdetect's own division, so
every probability is the same float (tests/test_langdetect_profiles.py
compares them with langdetect's own table).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any


class LazyProbabilities(Mapping):
    """n-gram -> [probability in each language], as
    ``DetectorFactory.word_lang_prob_map``: a row is made on first lookup."""

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]], langsize: int) -> None:
        self._profiles = profiles  # (frequencies, n-gram counts by length) of each language, in index order
        self._langsize = langsize
        self._known: set[str] = set().union(*(freq for freq, _ in profiles))
        self._rows: dict[str, list[float]] = {}

    def __contains__(self, word: object) -> bool:
        return word in self._known

    def __getitem__(self, word: str) -> list[float]:
        row = self._rows.get(word)
        if row is None:
            if word not in self._known:
                raise KeyError(word)
            row = [0.0] * self._langsize
            length = len(word)
            if 1 <= length <= 3:  # as DetectorFactory.add_profile
                for index, (freq, n_words) in enumerate(self._profiles):
                    count = freq.get(word)
                    if count is not None:
                        row[index] = 1.0 * count / n_words[length - 1]
            self._rows[word] = row
        return row

    def __iter__(self) -> Iterator[str]:
        return iter(self._known)

    def __len__(self) -> int:
        return len(self._known)


@cache
def factory() -> Any:
    """A seeded langdetect ``DetectorFactory`` over langdetect's own profiles,
    loaded as ``DetectorFactory.load_profile`` loads them (same files, same
    order, same table size)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    names = os.listdir(PROFILES_DIRECTORY)
    langlist: list[str] = []
    profiles: list[tuple[dict[str, int], list[int]]] = []
    for name in names:
        path = os.path.join(PROFILES_DIRECTORY, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        langlist.append(data["name"])
        profiles.append((data["freq"], data["n_words"]))
    made = DetectorFactory()
    made.langlist = langlist
    made.word_lang_prob_map = LazyProbabilities(profiles, len(names))
    made.set_seed(0)  # the same answer every run
    return made

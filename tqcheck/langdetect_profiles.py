"""langdetect's language profiles, held sparse: the same answers in a
fraction of the memory.

At its first call langdetect builds a table of every n-gram of its 55
profiles by language (87,598 rows of 55 floats, 96% of them zero, four
n-grams in five in one language only): about 0.3 s and 65 MB in every
process that asks it, so in each worker of a ``--jobs`` pool, more than the
rest of a rules-only run of a 4 MB file. :func:`factory` reads the same
profile files, in the same order, and keeps each n-gram's languages and
probabilities only (packed in bytes, computed with langdetect's own
division); the detector gets langdetect's dense row back when it looks an
n-gram up, so every probability is the same float
(tests/test_langdetect_profiles.py compares them with langdetect's own
table): about 16 MB, and a bounded cache of the rows last looked up.

Building that table is still 0.2 s of Python (0.05 s of it the JSON), a
tenth of a 1,000-article run, paid by every process that asks langdetect.
So the packed table is kept in one file beside the compiled regexes
(:mod:`tqcheck.regex_cache`; ``TQCHECK_REGEX_CACHE=0`` turns both off) and
a later process reads it back in about 0.03 s. The file names what it was
built from (the profiles folder, each file's name in listing order, size
and modification time, this module's format, the interpreter's marshal):
any change to them is a rebuild, never a stale table. A file that cannot be
read or written only costs the build.
"""

from __future__ import annotations

import json
import marshal
import os
import struct
import sys
from functools import cache
from pathlib import Path
from typing import Any


class SparseProbabilities(dict):
    """n-gram -> the languages that have it and its probability in each,
    packed in bytes (a byte per language index, then a double per
    probability: exactly the floats langdetect computes), as
    ``DetectorFactory.word_lang_prob_map``: looking one up gives
    langdetect's dense row (which the detector only reads). The rows of the
    last CACHED n-grams looked up are kept: a text asks for the same few
    thousand again and again."""

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


CACHED = 4096


def _with(packed: bytes, index: int, probability: float) -> bytes:
    """``packed`` (see SparseProbabilities) with one more language."""
    n = len(packed) // 9
    return packed[:n] + bytes((index,)) + packed[n:] + struct.pack("<d", probability)


@cache
def factory() -> Any:
    """A seeded langdetect ``DetectorFactory`` over langdetect's own profiles,
    loaded as ``DetectorFactory.load_profile`` loads them (same files, same
    order, same table size, the same probabilities), held sparse: read from
    the cache file when it was built from these profiles, else built (and
    the file written)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    names = os.listdir(PROFILES_DIRECTORY)
    if len(names) > 256:
        raise ValueError("more langdetect profiles than a byte can index")
    sparse = SparseProbabilities(len(names))  # langdetect sizes the rows so too, dot-files included
    path = cache_file()
    made_from = identity(PROFILES_DIRECTORY, names) if path is not None else None
    kept = _read(path, made_from) if path is not None else None
    if kept is not None:
        langlist, table = kept
        dict.update(sparse, table)
    else:
        langlist = _build(PROFILES_DIRECTORY, names, sparse)
        if path is not None:
            _write(path, made_from, langlist, sparse)
    made = DetectorFactory()
    made.langlist = langlist
    made.word_lang_prob_map = sparse
    made.set_seed(0)  # the same answer every run
    return made


def _build(folder: str, names: list[str], sparse: SparseProbabilities) -> list[str]:
    """Fill ``sparse`` from the profile files; their languages, in index order."""
    get, put = dict.get, dict.__setitem__
    langlist: list[str] = []
    for name in names:
        path = os.path.join(folder, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as handle:
            profile = json.load(handle)
        index = len(langlist)
        langlist.append(profile["name"])
        n_words = profile["n_words"]
        for word, count in profile["freq"].items():
            entry = get(sparse, word, b"")
            if 1 <= len(word) <= 3:  # as DetectorFactory.add_profile
                entry = _with(entry, index, 1.0 * count / n_words[len(word) - 1])
            put(sparse, word, entry)
    return langlist


# --- the table kept between processes ---------------------------------------------

FORMAT = 1
FILE_NAME = "langdetect-profiles.marshal"


def cache_file() -> Path | None:
    """The file, in the regex cache's folder; None when that cache is off."""
    from tqcheck.regex_cache import cache_file as regex_file

    regex = regex_file()
    return None if regex is None else regex.with_name(FILE_NAME)


def identity(folder: str, names: list[str]) -> tuple:
    """What a kept table was built from: a change to any of it is a rebuild."""
    files = []
    for name in names:
        try:
            stat = os.stat(os.path.join(folder, name))
        except OSError:
            return ()  # never equal to a stored identity: build
        files.append((name, stat.st_size, stat.st_mtime_ns))
    return (FORMAT, marshal.version, sys.implementation.cache_tag, os.path.abspath(folder), tuple(files))


def _read(path: Path, made_from: tuple) -> tuple[list[str], dict[str, bytes]] | None:
    """(languages, packed table) from the file, or None when it is missing,
    unreadable or built from anything else."""
    from tqcheck.regex_cache import read_entries

    if not made_from:
        return None
    entries = read_entries(path, made_from)
    langlist, table = entries.get("langlist"), entries.get("table")
    if not isinstance(langlist, list) or not isinstance(table, dict):
        return None
    return langlist, table


def _write(path: Path, made_from: tuple, langlist: list[str], sparse: SparseProbabilities) -> None:
    from types import SimpleNamespace

    from tqcheck.regex_cache import write_entries

    if made_from:
        entries = {"langlist": langlist, "table": dict(sparse)}
        write_entries(path, made_from, SimpleNamespace(entries={}, added=entries, used=()), len(entries))

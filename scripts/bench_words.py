#!/usr/bin/env python3
"""The word patterns with combining marks against the mark-less ones they
replaced (`[^\\W\\d_]+`), side by side in this process, on the fixture texts
(English, Russian, Arabic, Hindi) repeated to about a megabyte. Not a test.

  usage: python scripts/bench_words.py
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from tqcheck.alignment.scripts import _LETTERS
from tqcheck.writing_systems import WORD

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ("multilingual/en.txt", "multilingual/ru.txt", "multilingual/ar.txt", "languages/hi.txt")
PAIRS = (
    ("word (translit, numbers, names)", re.compile(r"[^\W\d_]+"), re.compile(WORD)),
    (
        "letters (scripts.script_words)",
        re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0670\u200c\u200d'’-](?=[^\W\d_]))*"),
        _LETTERS,
    ),
)


def best(pattern: re.Pattern[str], text: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _match in pattern.finditer(text):
            pass
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    one = "".join((ROOT / "fixtures" / name).read_text("utf-8") for name in TEXTS)
    text = one * (1_000_000 // len(one) + 1)
    print(f"{len(text):,} characters")
    for name, old, new in PAIRS:
        before, after = best(old, text), best(new, text)
        print(f"{name}: without marks {before:.3f} s, with marks {after:.3f} s, ratio {after / before:.2f}")


if __name__ == "__main__":
    main()

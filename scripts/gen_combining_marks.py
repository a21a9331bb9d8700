#!/usr/bin/env python3
"""Write tqcheck/data/combining_marks.txt: Unicode's combining marks (Mn, Mc,
Me) as ranges of code points, from this Python's unicodedata, headed by its
Unicode version. tqcheck reads the file where its version is the running
Python's and scans unicodedata again where it is not (a scan costs 0.02 s
of every start-up), so the file can only save time, never differ.

  usage: python scripts/gen_combining_marks.py
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from tqcheck.writing_systems import MARKS_FILE, mark_ranges

OUT = Path(__file__).resolve().parent.parent / "tqcheck" / "data" / MARKS_FILE


def main() -> None:
    lines = [f"# combining marks (Mn, Mc, Me), Unicode {unicodedata.unidata_version}"]
    lines += [f"{a:04X}" if a == b else f"{a:04X}-{b:04X}" for a, b in mark_ranges()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(lines) - 1} ranges")


if __name__ == "__main__":
    main()

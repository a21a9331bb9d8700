"""What the generators of numbers written as words share
(gen_number_words.py, from ICU; gen_ordinal_words.py, from num2words):
how a phrase is normalised, and how a folder of per-language tables is
written, one word a line, with a _meta.json naming its source."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path


def normal(text: str) -> str:
    """Lower case, hyphens and soft hyphens as spaces, single spaces."""
    text = text.replace("\u00ad", "").replace("-", " ").replace("\u2011", " ")
    return " ".join(text.lower().split())


def write_tables(
    folder: Path, codes: Iterable[str], words_of: Callable[[str], dict[str, list[int]]], meta: dict[str, object]
) -> list[str]:
    """Write ``words_of(code)`` for each language that has words to
    ``folder/CODE.json`` (old tables removed first) and ``meta`` with the
    list of languages to ``folder/_meta.json``; the languages written."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.json"):
        old.unlink()
    written = []
    for code in codes:
        table = words_of(code)
        if table:
            rows = ",\n".join(f"{json.dumps(text, ensure_ascii=False)}: {json.dumps(values)}" for text, values in table.items())
            (folder / f"{code}.json").write_text("{\n" + rows + "\n}\n", "utf-8")  # one word a line
            written.append(code)
    (folder / "_meta.json").write_text(json.dumps({**meta, "languages": written}, indent=1) + "\n", "utf-8")
    return written


def add_words(table: dict[str, set[int]], text: str, value: int) -> None:
    """Record ``text`` as a way to write ``value``, unless it is empty or
    holds a digit (a formatter that fell back to figures)."""
    if text and not re.search(r"\d", text):
        table.setdefault(text, set()).add(value)


def sorted_table(table: dict[str, set[int]]) -> dict[str, list[int]]:
    return {text: sorted(values) for text, values in sorted(table.items())}


def generate(doc: str, codes: Iterable[str], words_of: Callable[[str], dict[str, list[int]]], meta: dict[str, object]) -> int:
    """A generator's command line: one argument, the folder to write."""
    if len(sys.argv) != 2:
        raise SystemExit(doc)
    folder = Path(sys.argv[1])
    written = write_tables(folder, codes, words_of, meta)
    print(f"{len(written)} languages written to {folder}", file=sys.stderr)
    return 0

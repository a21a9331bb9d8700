"""Generate tqcheck/data/bilingual/ordinal_words/: ordinal numbers written
as words, for TQ701, in every language num2words spells ordinals in
(Ukrainian перший, другий; Polish pierwszy, drugi; Romanian primul, al
doilea). CLDR's spell-out rules (scripts/gen_number_words.py) have no
ordinals for several of these languages, so `World War 2` against
`Другій світовій війні` was a number added.

The words are num2words' ordinals (``to="ordinal"``) of 1-100 and 1000,
in their dictionary form (Slavic case forms are read by their stem, see
tqcheck.alignment.numbers): one JSON file per language, ``_meta.json``
naming the num2words release; a test ties it to the num2words pinned in
scripts/constraints.txt and regenerates a few languages to compare.
num2words is needed here and in that test only, never at run time. To
regenerate after an upgrade::

    .venv/bin/python scripts/gen_ordinal_words.py tqcheck/data/bilingual/ordinal_words
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

import num2words
from num2words import CONVERTER_CLASSES

sys.path.insert(0, str(Path(__file__).resolve().parent))
from number_tables import add_words, generate, normal, sorted_table  # noqa: E402

VALUES = list(range(1, 101)) + [1000]


def language_codes() -> list[str]:
    """num2words' languages, less regional variants (es_CO, en_IN)."""
    return sorted(code for code in CONVERTER_CLASSES if "_" not in code)


def words_of(code: str) -> dict[str, list[int]]:
    """{ordinal in words: [values]} of one language; empty where num2words
    spells no ordinals in it."""
    out: dict[str, set[int]] = {}
    for value in VALUES:
        try:
            text = normal(num2words.num2words(value, lang=code, to="ordinal"))
        except (NotImplementedError, AttributeError, TypeError, ValueError, KeyError, IndexError):
            return {}  # a language without ordinals (or with them broken): none at all
        add_words(out, text, value)
    return sorted_table(out)


def main() -> int:
    return generate(__doc__, language_codes(), words_of, {"source": f"num2words {version('num2words')}"})


if __name__ == "__main__":
    sys.exit(main())

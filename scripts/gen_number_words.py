"""Generate tqcheck/data/bilingual/number_words/: numbers written as words
in every language CLDR spells numbers out in, for TQ701 (trois ~ 3,
πενήντα έξι ~ 56, второго ~ 2).

The words come from CLDR's rule-based number formats (RBNF) through ICU
(PyICU), every spell-out rule set of each language (cardinal and ordinal,
each gender and case): 0-20, the tens to 90, the hundreds to 900, a
thousand, a million and a billion in every rule set, and 21-99 in each
language's main rule sets (numbering, cardinal and ordinal, nominative). PyICU is needed here only,
never at run time: one JSON file per language, ``_meta.json`` naming the
ICU (and CLDR) release; a test ties it to the PyICU pinned in
scripts/constraints.txt. To regenerate after an upgrade::

    python -m venv /tmp/icu && /tmp/icu/bin/pip install PyICU==<pin> babel
    /tmp/icu/bin/python scripts/gen_number_words.py tqcheck/data/bilingual/number_words
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import icu

sys.path.insert(0, str(Path(__file__).resolve().parent))
from number_tables import add_words, generate, normal, sorted_table  # noqa: E402

BASIC = list(range(0, 21)) + list(range(30, 100, 10)) + list(range(100, 1000, 100)) + [1000, 10**6, 10**9]
COMPOUND = list(range(21, 100))
# Rule sets that give no words of their own: years (nineteen eighty-four)
# and private helpers.
SKIPPED = re.compile(r"year|^%%")
# The main rule sets (nominative, each gender), which also get 21-99.
MAIN = re.compile(r"%spellout-(?:numbering|cardinal|ordinal)(?:-(?:masculine|feminine|neuter|common|plural))?$")


def language_codes() -> list[str]:
    return sorted(code for code in icu.Locale.getAvailableLocales() if "_" not in code)


def words_of(code: str) -> dict[str, list[int]]:
    formatter = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(code))
    names = [formatter.getRuleSetName(i) for i in range(formatter.getNumberOfRuleSetNames())]
    names = [n for n in names if not SKIPPED.search(n)]
    if not names or formatter.format(3) == "3":
        return {}
    main = {n for n in names if MAIN.match(n)} or {names[0]}
    out: dict[str, set[int]] = {}
    for name in names:
        formatter.setDefaultRuleSet(name)
        for value in BASIC + (COMPOUND if name in main else []):
            add_words(out, normal(formatter.format(value)), value)
    return sorted_table(out)


def main() -> int:
    meta = {"source": f"PyICU {icu.VERSION}", "icu_version": icu.ICU_VERSION, "unicode_version": icu.UNICODE_VERSION}
    return generate(__doc__, language_codes(), words_of, meta)


if __name__ == "__main__":
    sys.exit(main())

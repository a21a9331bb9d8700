"""Generate tqcheck/data/bg_institutions.tsv and tqcheck/data/en_acronyms.tsv.

bg_institutions.tsv: every Cyrillic acronym of tqcheck/data/bg_acronyms.tsv
with the Latin spellings machine translation gives it, derived letter by
letter (the official Bulgarian transliteration, Transliteration Act 2009,
then the common variants: Ц as C or TS, Ж as J or ZH, Х as KH, Ъ as U, Й as
I, all-caps digraphs), and the English name's initials (with and without
"of": Ministry of Education and Science -> MES, MOES), and whether English
text already uses the Latin acronym (accepted: it is in en_acronyms.tsv, as
NATO is, or a name in outlets.txt, as BNT is). Nothing is typed by hand here:
add an institution to bg_acronyms.tsv and regenerate. It reads only files of
the repository, so tests/test_acronym_tables.py checks that it is current.

en_acronyms.tsv: the all-caps words (2-6 letters) of human English news and
reference text (FLORES-200 devtest English, NTREX-128 English, Tatoeba
English, under ../shared/data), with their count: acronyms an English reader
meets without a translation (NATO, FBI, CEO). A word that is also a Latin
spelling of a Bulgarian acronym is kept and reported: a rule must decide
those by context.

    .venv/bin/python scripts/gen_acronym_tables.py [--data ../shared/data]   # both tables
    .venv/bin/python scripts/gen_acronym_tables.py --bg-only                 # bg_institutions.tsv alone

Prints the collisions (Bulgarian Latin spellings that are English acronyms
or common English words by wordfreq).
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tqcheck" / "data"
HUMAN = (
    "flores200/flores200-devtest.eng",
    "ntrex128/ntrex128-newstest2019.eng",
    "tatoeba/tatoeba-test-v2021-08-07.bul-eng.eng",
)
# Official transliteration (Transliteration Act, State Gazette 19/2009), for a
# capital letter in an acronym.
OFFICIAL = dict(
    zip(
        "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ",
        "A B V G D E Zh Z I Y K L M N O P R S T U F H Ts Ch Sh Sht A Y Yu Ya".split(),
    )
)
# Spellings other systems and MT give the same letter.
VARIANTS = {
    "Ж": ("ZH", "J", "Z"),
    "Й": ("I", "J"),
    "Х": ("KH",),
    "Ц": ("TS", "C"),
    "Ч": ("CH",),
    "Ш": ("SH",),
    "Щ": ("SHT", "ST"),
    "Ъ": ("U",),
    "Ю": ("YU", "IU"),
    "Я": ("YA", "IA"),
}
_SMALL = frozenset("of the and for in on at to a an".split())
_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,6}(?![\w.])")
_CYRILLIC_ACRONYM = re.compile(r"[А-Я][А-Яа-я]*[А-Я][А-Яа-я]*")


def cyrillic_acronyms() -> list[tuple[str, str]]:
    """(acronym, English meaning) for the Cyrillic acronyms of bg_acronyms.tsv:
    spellings without a dot or space, two capitals at least."""
    return [(acronym, meaning) for acronym, meaning, _ in cyrillic_entries()]


def cyrillic_entries() -> list[tuple[str, str, str]]:
    """(acronym, meaning, use_instead) for the same acronyms."""
    rows = []
    for line in (DATA / "bg_acronyms.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        for spelling in (s.strip() for s in cols[0].split("|")):
            if _CYRILLIC_ACRONYM.fullmatch(spelling):
                rows.append((spelling, cols[1].strip(), cols[2].strip() if len(cols) > 2 else ""))
    return rows


def latin_spellings(acronym: str) -> list[str]:
    """The official spelling first, then every combination of the variants,
    at most 12 in all."""
    choices = []
    for ch in acronym:
        if ch.islower():
            official = OFFICIAL.get(ch.upper(), ch).lower()
            choices.append((official,))
            continue
        official = OFFICIAL.get(ch, ch)
        choices.append((official, *VARIANTS.get(ch, ())))
    out = []
    for combo in itertools.product(*choices):
        spelling = "".join(combo)
        if spelling not in out:
            out.append(spelling)
    return out[:12]


def english_initials(name: str) -> list[str]:
    words = re.findall(r"[A-Za-z]+", name)
    content = "".join(w[0].upper() for w in words if w.lower() not in _SMALL)
    with_of = "".join(w[0].upper() for w in words if w.lower() not in _SMALL - {"of"})
    return [s for s in dict.fromkeys((content, with_of)) if len(s) >= 2]


def english_acronyms(data: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for rel in HUMAN:
        for line in (data / rel).read_text("utf-8").splitlines():
            letters = [c for c in line if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) > 0.5 * len(letters):
                continue  # a line in capitals is not made of acronyms
            counts.update(_ACRONYM.findall(line))
    return counts


def committed_english_acronyms() -> set[str]:
    """The all-caps words of human English (en_acronyms.tsv) and the
    acronyms English readers know (intl_acronyms.txt)."""
    text = (DATA / "en_acronyms.tsv").read_text("utf-8")
    known = {line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")}
    listed = (DATA / "intl_acronyms.txt").read_text("utf-8").splitlines()
    return known | {line.strip().upper() for line in listed if line.strip() and not line.startswith("#")}


def outlet_names() -> set[str]:
    text = (DATA / "outlets.txt").read_text("utf-8")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def bg_institutions_text() -> str:
    """The whole of bg_institutions.tsv, from files of the repository only."""
    english = committed_english_acronyms()
    outlets = outlet_names()
    lines = [
        "# Bulgarian institutions and acronyms with the Latin spellings MT gives them. GENERATED by",
        "# scripts/gen_acronym_tables.py from the Cyrillic acronyms of bg_acronyms.tsv: do not edit, regenerate.",
        "# Columns (TAB): cyrillic; latin (official transliteration first, then variants, ' | ');",
        "# english (the meaning in bg_acronyms.tsv); english_initials (' | ');",
        "# accepted (yes: English uses the official Latin acronym for this very body: an outlet of outlets.txt,",
        "# the English name itself, as NATO, or what bg_acronyms.tsv says to write, as BNB); collides (the Latin",
        "# spellings and initials that English uses for something else: all-caps words of human English text,",
        "# en_acronyms.tsv, and intl_acronyms.txt; a rule must decide those by context or leave them)",
    ]
    seen = set()
    for acronym, meaning, use_instead in cyrillic_entries():
        if acronym in seen:
            continue
        seen.add(acronym)
        latin = latin_spellings(acronym)
        # English writes the Latin acronym itself for this body: an outlet, the
        # English name (NATO), or what bg_acronyms.tsv says to write (BNB).
        accepted = "yes" if latin[0] in outlets or latin[0] in (meaning, use_instead) else "no"
        initials = english_initials(meaning)
        collides = [s for s in (*latin, *initials) if s.upper() in english]
        row = (
            acronym,
            " | ".join(latin),
            meaning,
            " | ".join(initials),
            accepted,
            " | ".join(collides),
        )
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--bg-only", action="store_true", help="regenerate bg_institutions.tsv only")
    args = parser.parse_args()
    if not args.bg_only:
        if not all((args.data / rel).is_file() for rel in HUMAN):
            print(f"error: the human English corpora are not under {args.data}", file=sys.stderr)
            return 2
        write_english_acronyms(english_acronyms(args.data))
    (DATA / "bg_institutions.tsv").write_text(bg_institutions_text(), "utf-8")
    from wordfreq import zipf_frequency

    en = committed_english_acronyms()
    print("Latin spellings of Bulgarian acronyms that English also uses (decide by context):")
    for acronym, _ in dict.fromkeys(cyrillic_acronyms()):
        for spelling in latin_spellings(acronym):
            zipf = zipf_frequency(spelling.lower(), "en")
            if spelling.upper() in en or zipf >= 3.0:
                known = "an English acronym" if spelling.upper() in en else "not in en_acronyms"
                print(f"  {acronym} -> {spelling}: {known}, wordfreq zipf {zipf:.1f}")
    return 0


def write_english_acronyms(en: Counter[str]) -> None:
    en_lines = [
        "# All-caps words (2-6 letters) of human English text, with their count. GENERATED by",
        "# scripts/gen_acronym_tables.py from FLORES-200 devtest English, NTREX-128 English and Tatoeba English:",
        "# do not edit, regenerate. Columns (TAB): acronym, count",
    ]
    en_lines += [f"{a}\t{n}" for a, n in sorted(en.items(), key=lambda x: (-x[1], x[0]))]
    (DATA / "en_acronyms.tsv").write_text("\n".join(en_lines) + "\n", "utf-8")


if __name__ == "__main__":
    sys.exit(main())

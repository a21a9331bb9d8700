"""Which script a letter belongs to: the Unicode blocks of the scripts
languages are written in, by ISO 15924 code (Latn, Cyrl, Grek, Arab, Hani...).

A block is a script's home; the few letters of one script that live in
another's block do not matter for telling a Russian word in an English text
or an English word in a Chinese one. Characters that are not letters (digits,
punctuation, the Arabic comma) share a block with letters: callers look at
letters only. The locale's own scripts come from CLDR's exemplar characters
(locale.locale_scripts).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache

from tqcheck.locale import base_language

# (first, last, script), in order. Fullwidth Latin letters (CJK typography)
# are Latin.
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "Latn"), (0x0061, 0x007A, "Latn"), (0x00AA, 0x00AA, "Latn"), (0x00BA, 0x00BA, "Latn"),
    (0x00C0, 0x00D6, "Latn"), (0x00D8, 0x00F6, "Latn"), (0x00F8, 0x02AF, "Latn"),
    (0x0370, 0x03FF, "Grek"), (0x0400, 0x052F, "Cyrl"), (0x0530, 0x058F, "Armn"), (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"), (0x0700, 0x074F, "Syrc"), (0x0750, 0x077F, "Arab"), (0x0780, 0x07BF, "Thaa"),
    (0x07C0, 0x07FF, "Nkoo"), (0x0800, 0x083F, "Samr"), (0x08A0, 0x08FF, "Arab"),
    (0x0900, 0x097F, "Deva"), (0x0980, 0x09FF, "Beng"), (0x0A00, 0x0A7F, "Guru"), (0x0A80, 0x0AFF, "Gujr"),
    (0x0B00, 0x0B7F, "Orya"), (0x0B80, 0x0BFF, "Taml"), (0x0C00, 0x0C7F, "Telu"), (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"), (0x0D80, 0x0DFF, "Sinh"), (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Laoo"),
    (0x0F00, 0x0FFF, "Tibt"), (0x1000, 0x109F, "Mymr"), (0x10A0, 0x10FF, "Geor"), (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x139F, "Ethi"), (0x13A0, 0x13FF, "Cher"), (0x1400, 0x167F, "Cans"), (0x1780, 0x17FF, "Khmr"),
    (0x1800, 0x18AF, "Mong"), (0x1C80, 0x1C8F, "Cyrl"), (0x1C90, 0x1CBF, "Geor"), (0x1D00, 0x1DBF, "Latn"),
    (0x1E00, 0x1EFF, "Latn"), (0x1F00, 0x1FFF, "Grek"), (0x2C60, 0x2C7F, "Latn"), (0x2D00, 0x2D2F, "Geor"),
    (0x2D30, 0x2D7F, "Tfng"), (0x2D80, 0x2DDF, "Ethi"), (0x2DE0, 0x2DFF, "Cyrl"), (0x2E80, 0x2FDF, "Hani"),
    (0x3005, 0x3007, "Hani"), (0x3021, 0x3029, "Hani"), (0x3038, 0x303B, "Hani"), (0x3040, 0x309F, "Hira"),
    (0x30A0, 0x30FF, "Kana"), (0x3100, 0x312F, "Bopo"), (0x3130, 0x318F, "Hang"), (0x31F0, 0x31FF, "Kana"),
    (0x3400, 0x4DBF, "Hani"), (0x4E00, 0x9FFF, "Hani"), (0xA640, 0xA69F, "Cyrl"), (0xA720, 0xA7FF, "Latn"),
    (0xA960, 0xA97F, "Hang"), (0xAB30, 0xAB6F, "Latn"), (0xAC00, 0xD7AF, "Hang"), (0xD7B0, 0xD7FF, "Hang"),
    (0xF900, 0xFAFF, "Hani"), (0xFB00, 0xFB06, "Latn"), (0xFB1D, 0xFB4F, "Hebr"), (0xFB50, 0xFDFF, "Arab"),
    (0xFE70, 0xFEFF, "Arab"), (0xFF21, 0xFF3A, "Latn"), (0xFF41, 0xFF5A, "Latn"), (0xFF66, 0xFF9F, "Kana"),
    (0x20000, 0x2FA1F, "Hani"),
)
_STARTS = [first for first, _, _ in _BLOCKS]

# Scripts written without spaces between words: a run of their letters is a
# phrase, not a word (so words are counted by letters there).
UNSPACED = frozenset({"Hani", "Hira", "Kana", "Thai", "Laoo", "Khmr", "Mymr", "Tibt", "Bopo"})
SCRIPT_NAMES = {
    "Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek", "Armn": "Armenian", "Hebr": "Hebrew", "Arab": "Arabic",
    "Syrc": "Syriac", "Thaa": "Thaana", "Deva": "Devanagari", "Beng": "Bengali", "Guru": "Gurmukhi",
    "Gujr": "Gujarati", "Orya": "Odia", "Taml": "Tamil", "Telu": "Telugu", "Knda": "Kannada",
    "Mlym": "Malayalam", "Sinh": "Sinhala", "Thai": "Thai", "Laoo": "Lao", "Tibt": "Tibetan", "Mymr": "Myanmar",
    "Geor": "Georgian", "Hang": "Hangul", "Ethi": "Ethiopic", "Cher": "Cherokee", "Cans": "Canadian syllabics",
    "Khmr": "Khmer", "Mong": "Mongolian", "Tfng": "Tifinagh", "Hani": "Han", "Hira": "Hiragana",
    "Kana": "Katakana", "Bopo": "Bopomofo", "Nkoo": "N'Ko", "Samr": "Samaritan",
}


def script_of(char: str) -> str | None:
    """The script of a character's block, or None (digits, punctuation,
    symbols outside any script's block)."""
    code = ord(char)
    i = bisect.bisect_right(_STARTS, code) - 1
    if i >= 0 and code <= _BLOCKS[i][1]:
        return _BLOCKS[i][2]
    return None


def script_name(code: str) -> str:
    return SCRIPT_NAMES.get(code, code)


@cache
def char_class(scripts: frozenset[str]) -> str:
    """The inside of a regex character class matching the blocks of
    ``scripts`` (not only letters: add a letter test where it matters)."""
    parts = []
    for first, last, script in _BLOCKS:
        if script in scripts:
            parts.append(_escape(first) if first == last else f"{_escape(first)}-{_escape(last)}")
    return "".join(parts)


def _escape(code: int) -> str:
    return f"\\U{code:08x}" if code > 0xFFFF else f"\\u{code:04x}"


def scripts_in(text: str) -> dict[str, int]:
    """Letters per script in ``text``."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = script_of(ch)
            if script is not None:
                counts[script] = counts.get(script, 0) + 1
    return counts


# Letters of Cyrillic and of Greek and the Latin letters they look like:
# typed one for the other, they leave words that mix scripts (Вaшингтoн).
CYRILLIC_LOOKALIKES = dict(zip("АВЕКМНОРСТУХІЈЅаеорсухіјѕԁԛԝһӏ", "ABEKMHOPCTYXIJSaeopcyxijsdqwhl"))
GREEK_LOOKALIKES = dict(zip("ΑΒΕΗΙΚΜΝΟΡΤΥΧΖαοικνρχυ", "ABEHIKMNOPTYXZaoikvpxu"))


# The Latin letter each Cyrillic and Greek look-alike is typed for, by script.
_LATIN_FOR = {
    "Cyrl": {v: k for k, v in CYRILLIC_LOOKALIKES.items()}, "Grek": {v: k for k, v in GREEK_LOOKALIKES.items()},
}
_MIXED_WORD = re.compile(
    r"[^\W\d_]*(?:[A-Za-z][^\W\d_]*[\u0370-\u052f]|[\u0370-\u052f][^\W\d_]*[A-Za-z])[^\W\d_]*"
)


def fold_lookalikes(text: str) -> str:
    """``text`` with the Latin letters of a Cyrillic or Greek word that mixes
    them in (Вaшингтoну, Бeнeт: a Latin a, o, e typed for their look-alikes)
    put back in that word's script, one letter for one, so that the word is
    read whole, as a name or a word of its language: where every Latin letter
    in it looks like one of that script, and the word has a letter of that
    script that looks like no Latin one (н, д: Meндeз) or the text is
    mostly in that script (Рoja, in Serbian). Otherwise it stays as it is
    (Држfву; Hеllo, whose Cyrillic е is the look-alike, in English)."""
    if _MIXED_WORD.search(text) is None:
        return text
    counts = {script: 0 for script in _LATIN_FOR}
    latin = 0
    for ch in text:
        if "A" <= ch <= "z":
            latin += 1
        elif ch.isalpha():
            script = script_of(ch)
            if script in counts:
                counts[script] += 1

    def fold(m: re.Match[str]) -> str:
        word = m.group(0)
        for script, table in _LATIN_FOR.items():
            if all(ch in table for ch in word if "A" <= ch <= "z") and (
                counts[script] > latin or any(script_of(ch) == script and ch not in table.values() for ch in word)
            ):
                return "".join(table.get(ch, ch) for ch in word)
        return word

    return _MIXED_WORD.sub(fold, text)


# Languages whose i has a dotted and a dotless form in both cases (İ/i, I/ı).
_DOTTED_I_LANGUAGES = frozenset({"tr", "az"})


def lower(word: str, lang: str) -> str:
    """``word`` in lower case by its language's rules: Turkish and
    Azerbaijani dotted and dotless i (İlaca -> ilaca, Irak -> ırak), where
    Python's own rule gives i and a combining dot that no word list has."""
    if base_language(lang) in _DOTTED_I_LANGUAGES:
        word = word.replace("İ", "i").replace("I", "ı")
    return word.lower()


MARKS_FILE = "combining_marks.txt"


def mark_ranges() -> list[tuple[int, int]]:
    """Unicode's combining marks (categories Mn, Mc, Me) in this Python's
    Unicode data, as ranges of code points (a scan of 130,000 characters:
    0.02 s, which is why tqcheck/data/combining_marks.txt keeps them)."""
    ranges: list[tuple[int, int]] = []
    for code in (*range(0x0300, 0x20000), *range(0xE0100, 0xE01F0)):
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return ranges


def stored_mark_ranges() -> tuple[str, list[tuple[int, int]]]:
    """The Unicode version and the ranges tqcheck/data/combining_marks.txt
    holds (written by scripts/gen_combining_marks.py)."""
    from tqcheck.data import data_text

    lines = data_text(MARKS_FILE).splitlines()
    version = lines[0].split()[-1]
    ranges = []
    for line in lines[1:]:
        first, _, last = line.partition("-")
        ranges.append((int(first, 16), int(last or first, 16)))
    return version, ranges


def _mark_class() -> str:
    """A regular-expression class of the combining marks: the stored ranges
    where they are this Python's Unicode version, else scanned again."""
    version, ranges = stored_mark_ranges()
    if version != unicodedata.unidata_version:
        ranges = mark_ranges()
    return "[" + "".join(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges) + "]"


# A word is its letters and the combining marks on them: the vowel signs and
# viramas of the Brahmic scripts (मंत्री), Thai vowels above and below the
# line, Arabic and Hebrew points, an accent left apart from its letter (NFD).
# Python's \w has no marks, so [^\W\d_]+ cut जियानकार्लो into five pieces.
MARK = _mark_class()
LETTER = r"[^\W\d_]"
LETTER_OR_MARK = rf"(?:{LETTER}|{MARK})"
# (A letter, then letters or marks; written as runs of letters between
# marks, which the regular-expression engine scans faster.)
WORD = rf"{LETTER}+(?:{MARK}+{LETTER}*)*"

"""Writing systems of text and of languages, for checks that work across
every language pair: which script a letter, a word or a sentence is in,
which script a language is written in (CLDR's likely subtags, through
Babel), and whether a script has letter case.

Script names are the first word of the Unicode character name (LATIN,
CYRILLIC, GREEK, ARABIC, HEBREW...), with the CJK ideographs called HAN,
so no table per script is needed; a language's script is an ISO 15924
code from CLDR (Latn, Cyrl, Hans), mapped onto those names.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache

from tqcheck.writing_systems import LETTER, MARK, script_of

HAN = "HAN"
# ISO 15924 codes (CLDR) -> Unicode's name for the script's letters. Only
# codes whose Unicode name differs from the code's English name are listed;
# any other code is looked up by its CLDR name through Babel.
_ISO_TO_UNICODE = {
    "Latn": "LATIN", "Cyrl": "CYRILLIC", "Grek": "GREEK", "Arab": "ARABIC", "Hebr": "HEBREW",
    "Hans": HAN, "Hant": HAN, "Hani": HAN, "Jpan": HAN, "Kore": "HANGUL", "Deva": "DEVANAGARI",
    "Thai": "THAI", "Armn": "ARMENIAN", "Geor": "GEORGIAN", "Beng": "BENGALI", "Taml": "TAMIL",
    "Ethi": "ETHIOPIC", "Khmr": "KHMER", "Mymr": "MYANMAR", "Sinh": "SINHALA", "Telu": "TELUGU",
    "Knda": "KANNADA", "Mlym": "MALAYALAM", "Gujr": "GUJARATI", "Guru": "GURMUKHI", "Orya": "ORIYA",
    "Laoo": "LAO", "Tibt": "TIBETAN", "Mong": "MONGOLIAN", "Thaa": "THAANA",
}
# Scripts that also write one language together (Japanese: Han with kana).
_COMPANIONS = {"Jpan": ("HIRAGANA", "KATAKANA"), "Kore": (HAN,)}


@lru_cache(maxsize=8192)
def char_script(ch: str) -> str:
    """Unicode script name of a letter (LATIN, CYRILLIC, HAN...); "" for
    anything that is not a letter."""
    if not ch.isalpha():
        return ""
    name = unicodedata.name(ch, "")
    if name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")):
        return HAN
    return name.split(" ", 1)[0]


def word_script(word: str) -> str:
    """The script of a word's first letter ("" when it has none)."""
    for ch in word:
        script = char_script(ch)
        if script:
            return script
    return ""


def script_counts(text: str) -> Counter[str]:
    return Counter(s for s in map(char_script, text) if s)


def dominant_script(text: str) -> str:
    counts = script_counts(text)
    return counts.most_common(1)[0][0] if counts else ""


def script_share(text: str, scripts: "frozenset[str] | set[str] | tuple[str, ...]") -> float:
    """Share of the letters of ``text`` written in one of ``scripts``."""
    counts = script_counts(text)
    total = sum(counts.values())
    return sum(counts[s] for s in scripts) / total if total else 0.0


@cache
def iso_script(lang: str) -> str:
    """ISO 15924 code of the script ``lang`` is written in: the tag's own
    (sr-Latn) or CLDR's likely one (sr -> Cyrl, zh -> Hans, ja -> Jpan);
    "" for a language CLDR does not know."""
    parts = lang.replace("_", "-").split("-")
    for part in parts[1:]:
        if re.fullmatch(r"[A-Za-z]{4}", part):
            return part.title()
    from babel.core import get_global  # lazy: the table is read once

    likely = get_global("likely_subtags")
    for key in ("_".join(parts), parts[0].lower()):
        found = likely.get(key)
        if found:
            for part in found.split("_")[1:]:
                if re.fullmatch(r"[A-Z][a-z]{3}", part):
                    return part
    return ""


@cache
def language_scripts(lang: str) -> frozenset[str]:
    """Unicode script names a language's text is written in (Japanese:
    HAN, HIRAGANA, KATAKANA); empty when unknown."""
    code = iso_script(lang)
    if not code:
        return frozenset()
    main = _ISO_TO_UNICODE.get(code)
    if main is None:
        from babel import Locale

        name = Locale("en").scripts.get(code, "")
        main = name.split(" ", 1)[0].upper() if name else ""
    return frozenset(s for s in (main, *_COMPANIONS.get(code, ())) if s)


def has_case(script: str) -> bool:
    """Whether a script writes capital letters (Latin, Cyrillic, Greek,
    Armenian...): names stand out by their capitals only there."""
    return script in _CASED


# (Not Georgian: Unicode gives its letters capitals, Mtavruli, but its
# orthography has none, and a name is written as any word: ჯორჯეტი.)
_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "COPTIC", "GLAGOLITIC", "DESERET"})


def language_has_case(lang: str) -> bool:
    return any(has_case(s) for s in language_scripts(lang))


def same_script(source_lang: str, target_lang: str) -> bool:
    return bool(language_scripts(source_lang) & language_scripts(target_lang))


# Words as runs of letters of one script: 1950年的Trump splits into
# 年的 and Trump; marks and joiners stay with their letters.
_LETTERS = re.compile(rf"{LETTER}+(?:(?:{MARK}|[\u200c\u200d'’-](?={LETTER})){LETTER}*)*")


def script_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of words of ``text[start:end]``, split where the script
    changes (so a Latin word inside Chinese text is a word of its own)."""
    end = len(text) if end is None else end
    return [(a + start, b + start) for a, b in _script_words(text[start:end])]


@lru_cache(maxsize=4096)
def _script_words(text: str) -> tuple[tuple[int, int], ...]:
    start, end = 0, len(text)
    out = []
    for match in _LETTERS.finditer(text, start, end):
        a = match.start()
        current = char_script(text[a])
        for i in range(match.start() + 1, match.end()):
            script = char_script(text[i])
            if script and current and script != current:
                out.append((a, i))
                a, current = i, script
            elif script:
                current = script
        out.append((a, match.end()))
    return tuple(_without_foreign_marks(text, a, b) for a, b in out)


def _without_foreign_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """The word ``text[a:b]`` less the marks of another script's block at
    its end: an Arabic vowel sign left after a Latin word (bullyingُّ) is
    not that word's, while an accent of no script's own (U+0301) is."""
    home = script_of(text[a])
    while b - 1 > a and unicodedata.category(text[b - 1])[0] == "M" and script_of(text[b - 1]) not in (None, home):
        b -= 1
    return a, b


# Scripts written without spaces between words: a run of their letters is
# a phrase, about two letters a word (Chinese, Japanese, Thai).
UNSPACED = frozenset({HAN, "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN"})
LETTERS_PER_UNSPACED_WORD = 2


def written_without_spaces(lang: str) -> bool:
    """Whether ``lang`` is written without spaces between words: every
    script it is written in is (Chinese; Japanese, HAN with its kana), not
    one beside its main script (Korean writes Hangul with spaces, and Hanja
    seldom)."""
    scripts = language_scripts(lang)
    return bool(scripts) and scripts <= UNSPACED


def word_count(text: str) -> int:
    """Words of ``text``; a run of letters of a script written without
    spaces counts as one word per two letters."""
    total = 0
    for a, b in script_words(text):
        if char_script(text[a]) in UNSPACED:
            total += max(1, (b - a) // LETTERS_PER_UNSPACED_WORD)
        else:
            total += 1
    return total

"""Romanisation of words for comparing names across scripts.

Cyrillic goes through the Bulgarian Streamlined System (the official
system since 2009, used in Bulgarian passports and road signs), with the
letters of the neighbouring Cyrillic alphabets added. Two rules beyond the
letter table: ``щ`` is ``sht`` and a word-final ``ия`` is ``ia`` (България
-> Bulgaria). Capital letters become a capital followed by lower case
(Жеков -> Zhekov); an all-capital word stays all capital.

Every other script that is not Latin (Greek, Arabic, Hebrew, Han, kana,
Hangul, Devanagari...) goes through ``anyascii`` (the ``bilingual`` extra):
Τραμπ -> Tramp, ترامب -> trmb, 特朗普 -> TeLangPu. Without it such words
stay as they are, and :func:`romanisation_missing` says so.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tqcheck.writing_systems import WORD

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
    # Letters of neighbouring Cyrillic alphabets that turn up in names.
    "ё": "yo", "ы": "y", "э": "e", "є": "ye", "і": "i", "ї": "yi", "ў": "u", "ј": "j",
    "ђ": "dj", "ћ": "c", "џ": "dz", "љ": "lj", "њ": "nj", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}
_WORD = re.compile(WORD)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


_ANYASCII: list = []


def _anyascii(text: str) -> str | None:
    if not _ANYASCII:
        try:
            from anyascii import anyascii  # the bilingual extra; lazy
        except ImportError:
            anyascii = None
        _ANYASCII.append(anyascii)
    convert = _ANYASCII[0]
    return None if convert is None else convert(text)


def romanisation_missing(text: str) -> bool:
    """Whether ``text`` has letters that only ``anyascii`` romanises and the
    package is not installed."""
    return _anyascii("") is None and any(ch.isalpha() and not ch.isascii() and not _latin_or_cyrillic(ch) for ch in text)


def _latin_or_cyrillic(ch: str) -> bool:
    return ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" or "\u0400" <= ch <= "\u04ff"


def strip_marks(text: str) -> str:
    """``text`` with its letters' combining marks taken off (NFKD): έντεκα
    -> εντεκα, Šrí -> Sri."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def letter_count(word: str) -> int:
    """How many letters ``word`` has, not code points: its marks aside (a
    Bengali vowel sign or virama, an Arabic vowel mark), a Hangul block
    the two or three letters it is made of (메르켈, seven)."""
    return len(strip_marks(word))


def fold_latin(text: str) -> str:
    """``text`` with its Latin letters' marks taken off (Šrí -> Sri, Łukasz
    -> Lukasz, Müller -> Muller): anyascii where installed, which also
    spells ß, ø, ı; else the letters less their combining marks."""
    if text.isascii():
        return text
    latin = _anyascii(text)
    if latin is not None:
        return latin
    return strip_marks(text)


def transliterate_word(word: str) -> str:
    if not _CYRILLIC.search(word):
        if word.isascii() or all(_latin_or_cyrillic(ch) for ch in word):
            return word
        latin = _anyascii(word)
        return word if latin is None else latin
    low = word.lower()
    out = []
    for i, ch in enumerate(low):
        if ch == "я" and i > 0 and low[i - 1] == "и" and i == len(low) - 1:
            out.append("a")  # final -ия is -ia
        else:
            out.append(_LETTERS.get(ch, ch))
    latin = "".join(out)
    if word.isupper() and len(word) > 1:
        return latin.upper()
    if word[:1].isupper():
        return latin[:1].upper() + latin[1:]
    return latin


@lru_cache(maxsize=65536)
def transliterate(text: str) -> str:
    """Romanise every word of ``text`` that is not in Latin letters; other
    characters are kept."""
    return _WORD.sub(lambda m: transliterate_word(m.group(0)), text)


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def cyrillic_share(text: str) -> float:
    """Share of letters in ``text`` that are Cyrillic (0 when no letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff") / len(letters)


# Spelling-neutral key for comparing a romanised name with its English form:
# Halifaks ~ Halifax, Skotiya ~ Scotia, Dalhauzi ~ Dalhousie.
_KEY_STEPS = (
    ("dzh", "y"), ("chr", "hr"), ("sch", "sh"), ("tch", "ch"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "kv"), ("q", "k"),
    ("x", "ks"), ("w", "v"), ("c", "k"), ("j", "y"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
    ("ie", "i"), ("ei", "ay"), ("ai", "ay"), ("ia", "ya"), ("io", "yo"), ("iu", "yu"),
    ("eu", "ev"), ("kh", "h"), ("ts", "s"), ("tz", "s"), ("dz", "s"), ("z", "s"),
)


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """Lower-case ASCII skeleton of a (romanised) name for fuzzy comparison."""
    latin = transliterate(word)
    if has_cyrillic(word):
        latin = latin.lower().replace("ph", "p")  # пх is an aspirated p, not f
    if not latin.isascii():
        latin = _anyascii(latin) or latin  # Đ, ł, ß: letters NFKD does not take apart
    latin = unicodedata.normalize("NFKD", latin.lower())
    latin = "".join(ch for ch in latin if "a" <= ch <= "z")
    latin = re.sub(r"(.)\1+", r"\1", latin)  # before the steps: Lakkha ~ Лакха (kkh is kh)
    for old, new in _KEY_STEPS:
        latin = latin.replace(old, new)
    # Vowels are the least stable part of a borrowed name (Остин ~ Austin).
    latin = re.sub(r"[aeiouy]+", "a", latin)
    return re.sub(r"(.)\1+", r"\1", latin)  # doubled letters: Russell ~ Rasel

"""Shared helpers of the TQ3xx untranslated-text rules (not a rule itself).

Character classes for the Latin and Cyrillic scripts, a transliteration of
Cyrillic into Latin for suggestions, Cyrillic month names, and the test for
a segment that is mostly in the other script (TQ304 reports those as a
whole, so TQ301 and TQ303 leave them alone and nothing is reported twice).
"""

from __future__ import annotations

import re
from functools import cache

from tqcheck.langid import CYRILLIC_LANGS, FUNCTION_WORDS
from tqcheck.locale import base_language

CYR = "\u0400-\u052f"  # Cyrillic and Cyrillic Supplement
LAT = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # Basic Latin letters, Latin-1, Extended-A/B

# One letter of each script: .search() tests for the script, .findall() counts its letters.
HAS_CYRILLIC = re.compile(f"[{CYR}]")
HAS_LATIN = re.compile(f"[{LAT}]")
CYRILLIC_WORDS = re.compile(f"[{CYR}]+")
LATIN_WORDS = re.compile(f"[{LAT}]+")

# Targets written in the Latin script (TQ301/TQ303 apply to these).
LATIN_TARGETS = tuple(
    "en de fr es it pt nl pl cs sk sl hr bs ro hu tr sv da no nb nn fi et lv lt sq ga ca eu gl is mt cy "
    "af id ms vi".split()
)


LANGUAGE_NAMES = {
    "en": "English", "bg": "Bulgarian", "ru": "Russian", "uk": "Ukrainian", "mk": "Macedonian",
    "sr": "Serbian", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "cs": "Czech", "ro": "Romanian", "tr": "Turkish", "el": "Greek",
}


def language_name(lang: str | None) -> str:
    if not lang:
        return "an unknown language"
    return LANGUAGE_NAMES.get(base_language(lang), lang)


def target_is_cyrillic(lang: str) -> bool:
    return base_language(lang) in CYRILLIC_LANGS


# --- mostly-foreign-script segments (shared by TQ301, TQ303, TQ304) ----------

MIN_FOREIGN_WORDS = 3


def foreign_script_share(text: str, target_cyrillic: bool) -> tuple[int, int, int]:
    """(letters in the other script, letters in the target's script, words in
    the other script) for a piece of text."""
    cyr = len(HAS_CYRILLIC.findall(text))
    lat = len(HAS_LATIN.findall(text))
    if target_cyrillic:
        return lat, cyr, len(LATIN_WORDS.findall(text))
    return cyr, lat, len(CYRILLIC_WORDS.findall(text))


MAX_TARGET_FUNCTION_WORDS = 1


def is_foreign_script(text: str, target_lang: str) -> bool:
    """True when a segment is mostly in the script the target does not use,
    long enough to be a sentence, and not a target-language sentence with
    foreign words in it (two of the target's function words or more: `The
    ОД МВР Бургас said` is English with Bulgarian left in it, for TQ301 and
    TQ303). TQ304 reports these segments as a whole."""
    cyrillic = target_is_cyrillic(target_lang)
    foreign, native, words = foreign_script_share(text, cyrillic)
    if foreign <= native or words < MIN_FOREIGN_WORDS:
        return False
    vocab = _function_words().get(base_language(target_lang))
    if vocab is None:
        return True
    native_words = (CYRILLIC_WORDS if cyrillic else LATIN_WORDS).findall(text.lower())
    return sum(w in vocab for w in native_words) <= MAX_TARGET_FUNCTION_WORDS


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words.split()) for lang, words in FUNCTION_WORDS.items()}


def has_script(ctx, cyrillic: bool) -> bool:
    """Whether the checked text holds a Cyrillic (or a Latin) letter. Several
    rules ask, and a search that finds none reads the whole text: it runs
    once per document."""
    key, probe = ("has_cyrillic", HAS_CYRILLIC) if cyrillic else ("has_latin", HAS_LATIN)
    return ctx.shared(key, lambda: probe.search(ctx.text) is not None)


def foreign_segments(ctx) -> frozenset[int]:
    """Ids of the segments of ``ctx`` that are mostly in the other script,
    computed once per context and shared by TQ301, TQ303 and TQ304."""
    return ctx.shared("foreign_segments", lambda: _foreign_segments(ctx))


def _foreign_segments(ctx) -> frozenset[int]:
    text = ctx.text
    cyrillic = target_is_cyrillic(ctx.target_lang)
    probe = HAS_LATIN if cyrillic else HAS_CYRILLIC
    ids: set[int] = set()
    if has_script(ctx, not cyrillic):
        for seg in ctx.segments:
            piece = text[seg.start : seg.end]
            if probe.search(piece) and is_foreign_script(piece, ctx.target_lang):
                ids.add(seg.id)
    return frozenset(ids)


# --- transliteration -----------------------------------------------------------

# Bulgarian Streamlined System (the official one since 2009), with the
# letters of the other Cyrillic alphabets added.
_BG = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
    "ё": "yo", "ы": "y", "э": "e", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ј": "j", "љ": "lj", "њ": "nj",
    "ћ": "c", "ђ": "dj", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ў": "u",
}
_RU = dict(_BG, **{"х": "kh", "щ": "shch", "ъ": "", "ь": "", "й": "y", "е": "e"})


def transliterate(text: str, source_lang: str = "bg") -> str:
    table = _RU if base_language(source_lang) in ("ru", "uk", "be") else _BG
    out = []
    for word in re.split(r"(\W+)", text):
        if not word or not HAS_CYRILLIC.search(word):
            out.append(word)
            continue
        latin = "".join(table.get(ch.lower(), ch.lower()) for ch in word)
        if len(word) > 1 and word.isupper():
            latin = latin.upper()
        elif word[0].isupper():
            latin = latin[:1].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


# --- months ----------------------------------------------------------------------

_MONTHS = (
    ("January", "януари яну ян январь января янв"),
    ("February", "февруари фев февр февраль февраля"),
    ("March", "март мар марта"),
    ("April", "април апр апрель апреля"),
    ("May", "май мая"),
    ("June", "юни июнь июня"),
    ("July", "юли июль июля"),
    ("August", "август авг августа"),
    ("September", "септември сеп септ сентябрь сентября сент"),
    ("October", "октомври окт октябрь октября"),
    ("November", "ноември ное ноем ноябрь ноября"),
    ("December", "декември дек декабрь декабря"),
)
MONTHS = {form: english for english, forms in _MONTHS for form in forms.split()}


def spaceless(lang: str) -> bool:
    """The language is written without spaces between words (zh, ja, th):
    a space-separated word there is not a word of the language."""
    from tqcheck.locale import locale_scripts
    from tqcheck.writing_systems import UNSPACED

    return bool(locale_scripts(lang) & UNSPACED)

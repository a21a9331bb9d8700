"""Shared helpers of the TQ3xx untranslated-text rules (not a rule itself).

The scripts a language is written in (CLDR's exemplar characters through
locale.locale_scripts: sr Cyrillic, sr-Latn Latin, ja Han and kana),
character classes for them, a transliteration of Cyrillic into Latin for
suggestions, Cyrillic month names, and the test for a segment that is
mostly in a script the target does not use (TQ304 reports those as a
whole, so TQ301 and TQ303 leave them alone and nothing is reported twice).
"""

from __future__ import annotations

import re
import sys
from functools import cache

from tqcheck.langid import CYRILLIC_LANGS, words_of
from tqcheck.locale import base_language, locale_scripts
from tqcheck.writing_systems import UNSPACED, char_class, fold_lookalikes, script_name, script_of, scripts_in

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
    base = base_language(lang)
    if base in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[base]
    return _babel_name(base)


@cache
def _babel_name(base: str) -> str:
    from babel import Locale  # lazy: only to name a language outside the table above

    return Locale("en").languages.get(base, base)


def target_is_cyrillic(lang: str) -> bool:
    scripts = locale_scripts(lang)
    return scripts == frozenset({"Cyrl"}) if scripts else base_language(lang) in CYRILLIC_LANGS


@cache
def target_scripts(lang: str) -> frozenset[str]:
    """The scripts the target language is written in (CLDR), Latin when
    CLDR does not know the language."""
    return locale_scripts(lang) or frozenset({"Latn"})


def source_foreign_scripts(source_lang: str, target_lang: str) -> frozenset[str]:
    """The source language's scripts that the target does not use: text in
    them was left untranslated (Cyrillic in English from Bulgarian, Latin in
    Russian from English). Empty when both share a script."""
    if base_language(source_lang) == base_language(target_lang):
        return frozenset()
    return target_scripts(source_lang) - target_scripts(target_lang)


# Every script with a block in writing_systems: "any script but the target's".
_ALL_SCRIPTS = frozenset({
    "Latn", "Grek", "Cyrl", "Armn", "Hebr", "Arab", "Syrc", "Thaa", "Nkoo", "Samr", "Deva", "Beng", "Guru",
    "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Thai", "Laoo", "Tibt", "Mymr", "Geor", "Hang",
    "Ethi", "Cher", "Cans", "Khmr", "Mong", "Tfng", "Hani", "Hira", "Kana", "Bopo",
})


class _OtherScriptLetter:
    """A letter of a script the target language does not use, found as a
    regex of those scripts' blocks would find it, without compiling one: re
    compiles a class by setting each of its characters in Python, and the
    blocks of every other script (Han, Hangul, Arabic...) are some 60,000,
    milliseconds of every start-up. A regex of the letters outside the
    target's own blocks (a few hundred characters for Latin) finds the
    candidates; a candidate counts when its block belongs to another
    script (a letter in no block, a modifier letter say, never counted)."""

    def __init__(self, target: frozenset[str]) -> None:
        own = char_class(target)
        self._wanted = _ALL_SCRIPTS - target
        self._candidate = re.compile(f"[^{own}](?<=[^\\W\\d_])" if own else r"[^\W\d_]")

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        search = self._candidate.search
        while (found := search(text, pos, endpos)) is not None:
            script = script_of(found.group())
            if script in self._wanted:
                return found
            pos = found.end()
        return None


@cache
def other_script_letter(lang: str) -> _OtherScriptLetter:
    """A letter of a script the target language does not use (``.search``)."""
    return _OtherScriptLetter(target_scripts(lang))


@cache
def script_words(scripts: frozenset[str]) -> re.Pattern[str]:
    """A run of letters of ``scripts`` (a word, or a phrase in Han or Thai)."""
    return re.compile(f"(?:[{char_class(scripts)}](?<=[^\\W\\d_]))+")


# --- mostly-foreign-script segments (shared by TQ301, TQ303, TQ304) ----------

MIN_FOREIGN_WORDS = 3


def foreign_script_share(text: str, target_cyrillic: bool) -> tuple[int, int, int]:
    """(letters in the other script, letters in the target's script, words in
    the other script) for a piece of text, Latin against Cyrillic."""
    cyr = len(HAS_CYRILLIC.findall(text))
    lat = len(HAS_LATIN.findall(text))
    if target_cyrillic:
        return lat, cyr, len(LATIN_WORDS.findall(text))
    return cyr, lat, len(CYRILLIC_WORDS.findall(text))


MAX_TARGET_FUNCTION_WORDS = 1


# A letter of a script written without spaces (a Han character) carries a
# word's worth of meaning where a Latin letter carries a fifth: it weighs
# three letters when a segment's scripts are compared.
UNSPACED_WEIGHT = 3
_CASED = frozenset({"Latn", "Cyrl", "Grek", "Armn", "Geor"})


def foreign_share(text: str, target_lang: str) -> tuple[int, int, int, frozenset[str]]:
    """(letters in scripts the target does not use, letters in its scripts,
    words in the other scripts, those scripts) for a piece of text; a letter
    of a script written without spaces weighs UNSPACED_WEIGHT letters, and
    two of them count as a word."""
    mine = target_scripts(target_lang)
    counts = scripts_in(text)
    weight = {s: n * (UNSPACED_WEIGHT if s in UNSPACED else 1) for s, n in counts.items()}
    native = sum(n for s, n in weight.items() if s in mine)
    others = frozenset(s for s in counts if s not in mine)
    foreign = sum(weight[s] for s in others)
    if not others:
        return 0, native, 0, others
    spaced = others - UNSPACED
    words = len(script_words(spaced).findall(text)) if spaced else 0
    words += sum(counts[s] for s in others & UNSPACED) // 2
    return foreign, native, words, others


def is_foreign_script(text: str, target_lang: str) -> bool:
    """True when a segment is mostly in scripts the target does not use,
    long enough to be a sentence, not a list of names (a sentence in a cased
    script has lower-case words: `BBC Scotland 的 Alasdair Lamont` is Chinese
    with names), and not a target-language sentence with foreign words in it
    (two of the target's function words or more: `The ОД МВР Бургас said`
    is English with Bulgarian left in it, for TQ301 and TQ303). TQ304
    reports these segments as a whole. A word that mixes Latin look-alikes
    into a Cyrillic or Greek one (нoрмaлнo) counts in its own script."""
    text = fold_lookalikes(text)
    foreign, native, words, others = foreign_share(text, target_lang)
    if foreign <= native or words < MIN_FOREIGN_WORDS:
        return False
    cased = others & _CASED
    if cased and len(others) == len(cased) and native:
        lower = sum(1 for w in script_words(cased).findall(text) if w[0].islower())
        if lower < 2:
            return False
    vocab = _function_words(target_lang)
    if not vocab:
        return True
    native_words = script_words(target_scripts(target_lang)).findall(text.lower())
    return sum(w in vocab for w in native_words) <= MAX_TARGET_FUNCTION_WORDS


@cache
def _function_words(lang: str) -> frozenset[str]:
    return frozenset((words_of(lang) or "").split())


def has_script(ctx, cyrillic: bool) -> bool:
    """Whether the checked text holds a Cyrillic (or a Latin) letter. Several
    rules ask, and a search that finds none reads the whole text: it runs
    once per document."""
    key, probe = ("has_cyrillic", HAS_CYRILLIC) if cyrillic else ("has_latin", HAS_LATIN)
    script = "Cyrl" if cyrillic else "Latn"
    if script not in target_scripts(ctx.target_lang) and not has_other_script(ctx):
        return False  # no letter of any script but the target's: one scan answers both
    return ctx.shared(key, lambda: probe.search(ctx.text) is not None)


def has_other_script(ctx) -> bool:
    """Whether the checked text holds a letter of a script the target does
    not use (once per document)."""
    return ctx.shared("has_other_script", lambda: other_script_letter(ctx.target_lang).search(ctx.text) is not None)


def foreign_segments(ctx) -> frozenset[int]:
    """Ids of the segments of ``ctx`` that are mostly in a script the target
    does not use, computed once per context and shared by TQ301, TQ303 and
    TQ304."""
    return ctx.shared("foreign_segments", lambda: _foreign_segments(ctx))


def _foreign_segments(ctx) -> frozenset[int]:
    text = ctx.text
    ids: set[int] = set()
    if has_other_script(ctx):
        probe = other_script_letter(ctx.target_lang)
        for seg in ctx.segments:
            piece = text[seg.start : seg.end]
            if probe.search(piece) and is_foreign_script(piece, ctx.target_lang):
                ids.add(seg.id)
    return frozenset(ids)


def script_label(scripts) -> str:
    """`Cyrillic`, `Latin`, `Han and Katakana`."""
    names = sorted(script_name(s) for s in scripts)
    return " and ".join(names) if names else "another"


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

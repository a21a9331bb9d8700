"""Numbers as values, so that ``50 000`` (bg) and ``50,000`` (en) compare equal.

Every number mention carries the *set* of values it may mean: ``2,4`` in a
Bulgarian text is 2.4, ``1.500`` may be 1500 or 1.5, ``3 млн.`` is 3 or
3,000,000 (translators write ``3 million`` or ``3,000,000``), ``8 p.m.`` is 8
or 20. Two mentions match when their sets meet. Decimal and group symbols
come from CLDR through Babel (:func:`tqcheck.locale.number_symbols`); English
conventions are accepted in every language because they leak into all of them.

Mentions that are words (``three``, ``три``) or a month inside a dotted date
are *soft*: they can match a digit on the other side but are never reported
as missing or added, since a translator may write a small number either way.
A number glued to a short capitalised prefix (``F1``, ``G20``) is read, and
:func:`unit_after` / :func:`converts` tell whether ``20 feet`` is ``6 m``
converted and rounded.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from importlib import resources

from tqcheck.alignment.scripts import UNSPACED, char_script, has_case, language_scripts
from tqcheck.alignment.translit import strip_marks
from tqcheck.locale import base_language, number_symbols
from tqcheck.writing_systems import WORD, fold_lookalikes, lower

_SPACES = " \u00a0\u202f\u2009"
# Letters a number may not be glued to. Scripts written without spaces
# (Han, kana, Hangul) glue numbers to words (1950年, 第3), and Arabic and
# Hebrew glue their one-letter prepositions and conjunctions to them
# (بـ10, و200, ב-10): those letters do not count.
_SPACED_LETTER = (
    r"[^\W\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_NUMBER = re.compile(
    # Not glued to a word or to another number ("No.1" is fine); the
    # scripts written without spaces (Han, kana, Hangul) glue every number
    # to a word (1950年, 第3), so their letters do not count.
    r"(?<!" + _SPACED_LETTER + r")(?<!\d[.,])"
    r"(?:\d{1,3}(?:[ \u00a0\u202f\u2009,.'’\u066c]\d{3})+(?:[.,\u060c\u066b]\d+)?"  # grouped
    r"|\d+(?:[.,\u060c\u066b]\d+)?)"  # plain or decimal
    r"(?![.,\u060c\u066b]?\d)"
)
# The Arabic script's own marks: its comma (،, also written between the
# hours and minutes of a time), its decimal (٫) and group (٬) separators,
# read as the comma, point and comma they stand for.
_ARABIC_SEPARATORS = str.maketrans({"\u060c": ",", "\u066b": ".", "\u066c": ","})
# (A capital of Latin, Cyrillic or Greek letters and up to four more: F1,
# Су-27, Μ16; or one small letter: p109, x86. The letters of scripts
# written without spaces, and Arabic's, glue to it: 蛋白质HER2, موديلF125.)
_PREFIXED = re.compile(
    r"(?<!" + _SPACED_LETTER + r")(?<![\d-])"
    r"(?:[A-ZА-ЯЁΑ-Ω][A-Za-zА-Яа-яЁёΑ-Ωα-ω]{0,4}|[a-z])-?(\d{1,4})(?![.,]?\d)(?!" + _SPACED_LETTER + r")"
)
# A digit of another script (Arabic-Indic ١٢, Persian ۱۲, Devanagari १२):
# read as its ASCII digit, one character for one, so offsets stay put and
# the ASCII-only parts of the patterns (a time's [01]?\d) read it too.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
# A time's seconds or hundredths, however a language marks them off
# (4:41:30, 4:41.30, 4:41,30): a figure of its own.
_TIME_FRACTION = re.compile(r"[:.,](\d\d)(?![\d.,:]?\d)")
# A whole number with a vulgar fraction (29¾, 24 ½), or the fraction alone.
_FRACTION = re.compile(r"(?<![\d.,])(?:(\d+)[ \u00a0]?)?([\u00bc-\u00be\u2150-\u215e])")
# (Glued to a letter of a script written without spaces, or to Arabic's, as
# any number is there: 大约为10:15 is a time.)
_TIME = re.compile(r"(?<!" + _SPACED_LETTER + r")(?<![.:])(?<!\d,)([01]?\d|2[0-4])[:.]([0-5]\d)(?!\d)(?:\s*(?:ч\.|часа|h\b|[ap]\.?m\b))?", re.I)
# 20 h 30, 20h30 (French, and others that write the hour with an h).
_H_TIME = re.compile(r"(?<!" + _SPACED_LETTER + r")(?<![.:])([01]?\d|2[0-4])[ \u00a0\u202f]?h[ \u00a0\u202f]?([0-5]\d)(?!\d)")  # French writes no-break spaces
_DOTTED_DATE = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)")
# Military and newswire time: "1200 GMT", "0930 UTC", "1800 hours" is 12:00.
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|Z\b|hours\b|hrs\b)", re.I)
_MERIDIEM = re.compile(r"\s*([ap]\.?m\b\.?)", re.I)
_ROMAN_CENTURY = re.compile(r"(?<!\w)([IVXL]{1,6})(?=\s*(?:-?(?:ти|ри|ви)\s*)?(?:век|в\.|столетие|хилядолетие))")
# A Roman numeral of two letters or more (XIV, XXe, II.), or of one in a
# range (X-XI), in any language:
# a soft mention (centuries, kings, world wars: XIV век ~ 14th century).
# (French marks the ordinal XVIe, XVIème, XIXᵉ.)
_ROMAN_NUMERAL = re.compile(r"(?<![\w.])(?=[IVXLC]{2,}|[IVX][-–][IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})(?=(?:e|er|[èe]me|ᵉ)\b|\.?(?!\w))")
# A one-letter Roman numeral (I, V, X), ordinal marks allowed (Xe, X-lea,
# V.), is a number only beside the language's word for century
# (century_words), or before a word of its language's own script where that
# is not Latin (I светског рата).
_ROMAN_LETTER = re.compile(r"(?<![\w.])([IVX])(?:er|re|e|[èe]me|ᵉ|-lea|\.)?(?!\w)")
_CENTURY_REACH = 25  # characters either side searched for the century word
_WORD_OR_ABBREVIATION = re.compile(rf"{WORD}\.?")
_ROMAN_RANGE_END = re.compile(r"\s*[-–]\s*[IVXLC]+(?:er|re|e|[èe]me|ᵉ|-lea|\.)?(?!\w)")

_SCALES = {
    # Bulgarian
    "хил.": 10**3, "хиляди": 10**3, "хиляда": 10**3, "млн.": 10**6, "млн": 10**6, "милиона": 10**6,
    "милион": 10**6, "млрд.": 10**9, "млрд": 10**9, "милиарда": 10**9, "милиард": 10**9,
    "трлн.": 10**12, "трлн": 10**12, "трилиона": 10**12, "хилядна": 10**3, "хиляден": 10**3,
    "хилядната": 10**3, "хилядния": 10**3, "милионна": 10**6, "милионен": 10**6,
    # English
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mln": 10**6, "m": 10**6, "billion": 10**9,
    "bn": 10**9, "trillion": 10**12,
}
_SCALE_AFTER = re.compile(
    r"[ \u00a0-]?(" + "|".join(re.escape(w) for w in sorted(_SCALES, key=len, reverse=True)) + r")(?!\w)",
    re.I,
)
# Small cardinal and ordinal words; both languages' forms, all soft.
_WORDS = {
    "en": {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "thousand": 1000, "million": 10**6, "billion": 10**9, "dozen": 12, "half": 0.5, "first": 1,
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "once": 1, "twice": 2, "both": 2, "single": 1, "double": 2, "pair": 2,
        "a": 1, "an": 1, "quarter": 0.25, "decade": 10, "century": 100, "hundreds": 100,
        "thousands": 1000, "millions": 10**6, "percent": 100, "noon": 12, "midnight": 24,
    },
    "bg": {
        "нула": 0, "един": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "двама": 2, "три": 3, "трима": 3,
        "четири": 4, "четирима": 4, "пет": 5, "петима": 5, "шест": 6, "шестима": 6, "седем": 7,
        "седмина": 7, "осем": 8, "осмина": 8, "девет": 9, "деветима": 9, "десет": 10, "десетима": 10,
        "единадесет": 11, "единайсет": 11, "дванадесет": 12, "дванайсет": 12, "тринадесет": 13,
        "тринайсет": 13, "четиринадесет": 14, "петнадесет": 15, "шестнадесет": 16, "седемнадесет": 17,
        "осемнадесет": 18, "деветнадесет": 19, "двадесет": 20, "двайсет": 20, "тридесет": 30,
        "трийсет": 30, "четиридесет": 40, "петдесет": 50, "шестдесет": 60, "седемдесет": 70,
        "осемдесет": 80, "деветдесет": 90, "сто": 100, "стотици": 100, "хиляда": 1000, "хиляди": 1000,
        "милион": 10**6, "милиона": 10**6, "милиони": 10**6, "милиард": 10**9, "милиарда": 10**9,
        "дузина": 12, "половин": 0.5, "половина": 0.5, "четвърт": 0.25, "веднъж": 1, "двойно": 2,
        "двукратно": 2, "трикратно": 3, "двете": 2, "двата": 2, "трите": 3, "двойка": 2, "чифт": 2,
        "десетилетие": 10, "век": 100, "процента": 100, "процент": 100, "пладне": 12, "полунощ": 24,
        "обед": 12, "десетки": 10, "първи": 1, "първа": 1, "първо": 1, "първия": 1, "първият": 1,
        "първата": 1, "първото": 1, "втори": 2, "втора": 2, "второ": 2, "втория": 2, "втората": 2,
        "второто": 2, "трети": 3, "трета": 3, "трето": 3, "третия": 3, "третата": 3, "четвърти": 4,
        "четвърта": 4, "пети": 5, "пета": 5, "шести": 6, "шеста": 6, "седми": 7, "осми": 8, "девети": 9,
        "десети": 10, "двуседмичен": 2, "двегодишен": 2, "двудневен": 2, "тридневен": 3,
    },
}
_WORD_TOKEN = re.compile(WORD)
# A word with an apostrophe inside (Ukrainian п'ять): CLDR writes the modifier
# letter ʼ, texts the apostrophe or the right quote as often.
_APOSTROPHE_WORD_TOKEN = re.compile(rf"{WORD}(?:['’ʼ]{WORD})*")
_AS_MODIFIER_LETTER = str.maketrans("'’", "ʼʼ")
# Month names turn a dotted date's month into a word on the other side.
_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
}
MIN_MONTH_LETTERS = 3


# ICU's spell-out rules write Romanian ş and ţ with a cedilla (şapte, 7),
# num2words and today's Romanian with a comma below (șapte, al șaptelea),
# older texts with the cedilla: one letter either way. Number words are
# looked up with the comma below, both the tables' and the text's (Turkish
# ş is folded alike on both sides).
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


def number_key(words: str, lang: str) -> str:
    """``words`` (a number word or phrase) as the tables hold them: in lower
    case by ``lang``'s rules (writing_systems.lower: Turkish İkinci is
    ikinci), ş and ţ with the comma below."""
    return lower(words, lang).translate(_COMMA_BELOW)


@cache
def month_words(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """(Full month names, abbreviations) of ``lang`` and their numbers, lower
    case: CLDR's format and stand-alone forms through Babel (noviembre,
    ноября, ноябрь, Νοεμβρίου; Nov, сент), with the lists above. A month
    is a number on the other side (Nov. 6 ~ 11月6日, 6.11.)."""
    wide = {name: i + 1 for i, name in enumerate(_MONTHS.get(lang, "").split())}
    short: dict[str, int] = {}
    try:
        from babel import Locale

        months = Locale.parse(lang.replace("-", "_")).months
    except Exception:  # not a CLDR locale: the lists above only
        return wide, short
    for context in ("format", "stand-alone"):
        for width, table in (("wide", wide), ("abbreviated", short)):
            for number, name in months.get(context, {}).get(width, {}).items():
                name = lower(name, lang).rstrip(".")
                if len(name) >= MIN_MONTH_LETTERS and _WORD_TOKEN.fullmatch(name):
                    table.setdefault(name, int(number))
    return wide, {k: v for k, v in short.items() if k not in wide}


@lru_cache(maxsize=4096)
def _cut_month(word: str, lang: str) -> int | None:
    """The month that ``word``, written with a period after it, cuts short:
    the start of one month's full name and of no other's (Sept., Sept.;
    not Ju., June or July)."""
    if len(word) < MIN_MONTH_LETTERS:
        return None
    numbers = {n for name, n in month_words(lang)[0].items() if name.startswith(word) and name != word}
    return numbers.pop() if len(numbers) == 1 else None


# The full-width colon of Chinese and Japanese text (10：08), read as the
# colon of a time, one character for one.
_WIDE_COLON = "\uff1a"


def _ascii_digits(chunk: str) -> str:
    """``chunk`` with the digits of every script as ASCII ones and the
    full-width colon as a colon, one character for one (offsets stay)."""
    if _WIDE_COLON in chunk:
        chunk = chunk.replace(_WIDE_COLON, ":")
    if _OTHER_DIGIT.search(chunk) is None:
        return chunk
    return "".join(str(int(ch)) if ch.isdecimal() else ch for ch in chunk)


def _dated(text: str, start: int, end: int) -> bool:
    """Whether an abbreviated month is written as one (Nov. 6, 6 Nov 2018):
    a period after it or a figure beside it. Alone, an abbreviation is
    often a word (Spanish mar, sea)."""
    return text[end : end + 1] == "." or bool(re.search(r"\d", text[end : end + 3])) or bool(
        re.search(r"\d\s?$", text[max(0, start - 3) : start])
    )


def month_number(text: str, start: int, end: int, lang: str) -> int | None:
    """The month that the word ``text[start:end]`` names, if any: a full
    name, an abbreviation written as a date's (Nov. 6; not Spanish mar, sea,
    nor French Sept, seven, alone), or the start of one month's name before
    a period (Sept.)."""
    low = lower(text[start:end], lang)
    wide, abbreviated = month_words(lang)
    number = wide.get(low)
    if number is None and low in abbreviated and _dated(text, start, end):
        number = abbreviated[low]
    if number is None and text[end : end + 1] == ".":
        number = _cut_month(low, lang)
    return number


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# Greek numerals (CLDR's numbering system grek): capitals with the keraia
# (Α΄ 1, ΙΣΤ΄ 16, ΡΚΓ΄ 123; ΣΤ is stigma, 6), typed ʹ, ΄, ' or ’.
_GREEK_NUMERAL_VALUES = {
    "Α": 1, "Β": 2, "Γ": 3, "Δ": 4, "Ε": 5, "Ϛ": 6, "Ζ": 7, "Η": 8, "Θ": 9, "Ι": 10, "Κ": 20, "Λ": 30, "Μ": 40,
    "Ν": 50, "Ξ": 60, "Ο": 70, "Π": 80, "Ϙ": 90, "Ϟ": 90, "Ρ": 100, "Σ": 200, "Τ": 300, "Υ": 400, "Φ": 500,
    "Χ": 600, "Ψ": 700, "Ω": 800, "Ϡ": 900,
}
_GREEK_NUMERAL = re.compile(r"(?<![\w\u0375])([" + "".join(_GREEK_NUMERAL_VALUES) + r"]{1,4})[\u0374\u0384'’](?!\w)")
# An article or pronoun cut short before a vowel (Τ' αστέρια, Σ' αγαπώ) is
# no numeral.
_ELIDED_BEFORE = re.compile(r"\s+[αεηιουωάέήίόύώ]")
_GREEK_VOWELS = "ΑΕΗΙΟΥΩ"
# Decades and centuries: "60-те" is the 1960s, "1800s" the 19th century.
_DECADE_AFTER = re.compile(r"-?(?:те|'?s)(?!\w)")
_CENTURY_AFTER = re.compile(r"(?:-?(?:ти|ви|ри|ми|th|st|nd|rd))?\s*(?:век|в\.|столетие|century)", re.I)
_DECADE_BEFORE = re.compile(r"\d0-?(?:те|'?s)(?!\w)")
DECADE_REACH = 30  # characters between "80-те години" and "на 20 век"
_YEAR_RANGE_END = re.compile(r"(?<=\d{4})[-–](\d{2})(?!\d)")
_BG_ORDINAL_STEMS = {
    "първ": 1, "втор": 2, "трет": 3, "четвърт": 4, "пет": 5, "шест": 6, "седм": 7, "осм": 8, "девет": 9,
    "десет": 10, "единадесет": 11, "дванадесет": 12, "петнадесет": 15, "двадесет": 20,
}
for _stem, _value in _BG_ORDINAL_STEMS.items():
    for _suffix in ("и", "а", "о", "ия", "ият", "ата", "ото", "ите"):
        _WORDS["bg"].setdefault(_stem + _suffix, _value)
for _word, _value in {"двамата": 2, "тримата": 3, "четиримата": 4, "петимата": 5}.items():
    _WORDS["bg"][_word] = _value
# Ordinals of round numbers: "хиляден печат" is the 1,000th stamp.
for _stem, _value in {"стот": 100, "хиляд": 1000, "милион": 10**6}.items():
    for _suffix in ("ен", "на", "но", "ния", "ният", "ната", "ното", "ни", "ните"):
        _WORDS["bg"].setdefault(_stem + _suffix, _value)
for _word, _value in {
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
}.items():
    _WORDS["en"][_word] = _value


def is_number_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a number word (``Двадесет``, ``Twenty``,
    ``Второй``, ``şapte``) of ``lang``."""
    return number_key(word, lang) in number_words(lang)


@cache
def number_words(lang: str) -> dict[str, frozenset[Decimal]]:
    """Numbers written as words in ``lang`` (phrases, lower case, words
    separated by single spaces): CLDR's spell-out rules through ICU
    (data/bilingual/number_words, generated by scripts/gen_number_words.py:
    every gender and case, ordinals too), num2words' ordinals where CLDR
    has none (ordinal_words), with the hand-made lists above (dozen, half,
    both; Bulgarian forms) on top."""
    base = base_language(lang)
    out: dict[str, set[Decimal]] = {}
    generated = _generated("number_words", base)
    # (num2words writes Ukrainian дев'ятий with an apostrophe, CLDR's words
    # the modifier letter ʼ, as the text is read: one letter.)
    modifier = any("ʼ" in text for text in generated)
    for text, values in (*generated.items(), *ordinal_words(lang).items()):
        out.setdefault(text.translate(_AS_MODIFIER_LETTER) if modifier else text, set()).update(values)
    for word, value in _WORDS.get(base, {}).items():
        out[number_key(word, base)] = {_normal(Decimal(str(value)))}
    return {text: frozenset(values) for text, values in out.items()}


def _generated(folder_name: str, base: str) -> dict[str, frozenset[Decimal]]:
    """One language's table of a generated folder of data/bilingual (see
    scripts/gen_number_words.py, gen_ordinal_words.py); empty without one."""
    folder = resources.files("tqcheck.data").joinpath("bilingual", folder_name)
    try:
        table = json.loads(folder.joinpath(f"{base}.json").read_text("utf-8"))
    except (FileNotFoundError, OSError):
        return {}
    out: dict[str, set[Decimal]] = {}
    for text, values in table.items():
        out.setdefault(number_key(text, base), set()).update(_normal(Decimal(v)) for v in values)
    return {text: frozenset(values) for text, values in out.items()}


@cache
def ordinal_words(lang: str) -> dict[str, frozenset[Decimal]]:
    """Ordinals written as words in ``lang``, in their dictionary form
    (перший, drugi, al doilea): num2words' (data/bilingual/ordinal_words,
    generated by scripts/gen_ordinal_words.py), for the languages CLDR's
    spell-out rules give none in."""
    return _generated("ordinal_words", base_language(lang))


@cache
def _apostrophe_words(lang: str) -> bool:
    """Whether some of the language's number words have the modifier letter
    apostrophe ʼ inside (Ukrainian пʼять, девʼять): its words are then read
    with any apostrophe between letters, as that letter."""
    return any("ʼ" in word for word in number_words(lang))


@cache
def _longest_phrase(lang: str) -> int:
    return max((text.count(" ") + 1 for text in number_words(lang)), default=1)


@cache
def century_words(lang: str) -> tuple[str, frozenset[str]]:
    """(The stem every form of the language's word for century starts with,
    its abbreviations): CLDR's unit name through Babel, every plural form
    (siècle/siècles: siècle; wiek/wieku/wieków: wiek; secol/secole: secol;
    abbreviations s., w., Jh., yy). ("", none) outside CLDR."""
    try:
        from babel.units import format_unit

        words = {
            width: {
                w.lower()
                for n in (1, 2, 5, 21, 1.5)
                for w in _WORD_OR_ABBREVIATION.findall(
                    format_unit(n, "duration-century", length=width, locale=lang.replace("-", "_"))
                )
            }
            for width in ("long", "short")
        }
    except Exception:  # not a CLDR locale, or no unit name: no one-letter numerals
        return "", frozenset()
    long_forms = sorted(w for w in words["long"] if len(w) > 3)  # not "de" (21 de secole)
    stem = os.path.commonprefix(long_forms) if long_forms else ""
    stem = stem if len(stem) >= 3 else ""
    # A one-letter abbreviation without its period (English "c") is too short to tell.
    abbreviations = frozenset(w for w in words["short"] if not (stem and w.startswith(stem)) and len(w) >= 2)
    return stem, abbreviations


_NEXT_WORD = re.compile(rf"[\s\u00a0]+({WORD})")


def _among_other_letters(chunk: str, end: int, lang: str) -> bool:
    """Whether a lone Latin capital ending at ``end`` stands before a word of
    its language's own script, one that is not Latin (I светског рата):
    there it can be no word of the language, so it is a Roman numeral."""
    own = language_scripts(lang)
    if not own or "LATIN" in own:
        return False
    after = _NEXT_WORD.match(chunk, end)
    return after is not None and char_script(after.group(1)[0]) in own


def _beside_century(chunk: str, start: int, end: int, lang: str) -> bool:
    """Whether the word right after ``chunk[start:end]`` (past a range: Xe–XIe
    siècle) or right before it (past a short article: secolul al X-lea) is
    the language's word for century (Xe siècle, X w., secolele X)."""
    stem, abbreviations = century_words(lang)
    if not stem and not abbreviations:
        return False
    after_text = chunk[end : end + _CENTURY_REACH]
    past_range = _ROMAN_RANGE_END.match(after_text)
    after = _WORD_OR_ABBREVIATION.findall(after_text[past_range.end() if past_range else 0 :])[:1]
    before = _WORD_OR_ABBREVIATION.findall(chunk[max(0, start - _CENTURY_REACH) : start])[-2:]
    if len(before) == 2 and len(before[1]) > 3:
        before = before[1:]
    for word in (w.lower() for w in before + after):
        if (stem and word.rstrip(".").startswith(stem)) or word in abbreviations:
            return True
    return False


@cache
def scale_words(lang: str) -> dict[str, int]:
    """Words that multiply the number before them (3 millones, 5 млн, 3亿,
    1200만): CLDR's compact number formats through Babel (long and short,
    every plural form; one-letter abbreviations of a script with capitals
    left out: 5 B is no billion, but Korean 만 is a word), with the
    Bulgarian and English lists above."""
    return {word: value for word, (value, _) in _compact_words(lang).items()}


@cache
def _compact_words(lang: str) -> dict[str, tuple[int, bool]]:
    """scale_words, each with whether CLDR writes it joined to its figure
    (0万, 0만; not 0 million): such a word may have more letters after it
    (1200만원, won)."""
    out = {w: (v, False) for w, v in _SCALES.items()}
    try:
        from babel import Locale

        locale = Locale.parse(lang.replace("-", "_"))
        formats = locale.compact_decimal_formats
    except Exception:  # not a CLDR locale: the lists above only
        return out
    for width in ("long", "short"):
        for table in formats.get(width, {}).values():
            for magnitude, pattern in table.items():
                text = str(getattr(pattern, "pattern", pattern))
                zeros = text.count("0")
                word = re.sub(r"[0#.,\s\u00a0\u200f\u061c'-]+", " ", text).strip().lower()
                if not word or not zeros:
                    continue
                if len(word) < 2 and has_case(char_script(word)):
                    continue
                joined = bool(re.search(r"0" + re.escape(word[0]), text.lower()))
                out.setdefault(word, (int(magnitude) // 10 ** (zeros - 1), joined))
    return out


@cache
def _scale_after(lang: str) -> re.Pattern[str]:
    words = _compact_words(lang)
    ordered = sorted(words, key=len, reverse=True)
    joined = {w for w in ordered if words[w][1] or any(char_script(ch) in UNSPACED for ch in w)}
    spaced = [re.escape(w) for w in ordered if w not in joined]
    unspaced = [re.escape(w) for w in ordered if w in joined]
    parts = []
    if spaced:
        parts.append(r"[ \u00a0-]?(" + "|".join(spaced) + r")\.?(?!\w)")
    if unspaced:
        # 3亿, 5 万人, and with a word for "more than" between: 550多万.
        parts.append(r"\s?(?:[^\W\d_](?=" + "|".join(unspaced) + r"))?(" + "|".join(unspaced) + r")")
    return re.compile("|".join(parts) or r"(?!)", re.I)


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    values: frozenset[Decimal]
    soft: bool = False  # a word or a date part: may match, never reported

    def matches(self, other: "NumberMention") -> bool:
        return not self.values.isdisjoint(other.values)


def _normal(value: Decimal) -> Decimal:
    value = abs(value).normalize()
    # normalize() turns 100 into 1E+2; quantize back to an integer form.
    return value.quantize(Decimal(1)) if value == value.to_integral() else value


@cache
def _conventions(lang: str) -> tuple[tuple[str, str], ...]:
    """(decimal, group) pairs to try, the language's own first."""
    try:
        symbols = number_symbols(lang)
        own = (symbols.decimal, symbols.group)
    except Exception:  # an unknown locale: fall back to English conventions only
        own = (".", ",")
    english = (".", ",")
    return (own,) if own == english else (own, english)


def _is_group(sep: str, group: str) -> bool:
    if group in _SPACES:
        return sep in _SPACES
    if group in "'’":
        return sep in "'’"
    return sep == group


def read_number(token: str, lang: str) -> frozenset[Decimal]:
    """Every value ``token`` can mean in ``lang`` (digits and separators only)."""
    token = token.translate(_ARABIC_SEPARATORS)
    parts = re.split(r"([^\d])", token)
    digits, seps = parts[0::2], parts[1::2]
    if not seps:
        return frozenset({_normal(Decimal(token))})
    values: set[Decimal] = set()
    for decimal, group in _conventions(lang):
        # Integer with group separators: every group after the first has 3 digits.
        if all(_is_group(s, group) for s in seps) and all(len(d) == 3 for d in digits[1:]):
            values.add(_normal(Decimal("".join(digits))))
        # A decimal: groups before the last separator, which is the decimal mark.
        if seps[-1] == decimal and all(_is_group(s, group) for s in seps[:-1]) and all(
            len(d) == 3 for d in digits[1:-1]
        ):
            values.add(_normal(Decimal("".join(digits[:-1]) + "." + digits[-1])))
    if all(s == "." for s in seps) and all(len(d) == 3 for d in digits[1:]):
        # A point between groups of three digits is the group separator of
        # the conventions of half the world (de, es, tr), which translators
        # carry into languages that have another (76.000 for 76,000 in an
        # Arabic or a Russian translation): an integer too, whatever the
        # language's own symbols.
        values.add(_normal(Decimal("".join(digits))))
    if not values:  # no convention explains it ("1,5" in English): read it loosely
        try:
            values.add(_normal(Decimal("".join(digits[:-1]) + "." + digits[-1])))
        except InvalidOperation:
            pass
        values.add(_normal(Decimal("".join(digits))))
    return frozenset(values)


def _greek_numeral(letters: str) -> int | None:
    """The value of Greek numeral letters, largest first (ΙΣΤ 16); None for
    letters out of that order."""
    values = []
    i = 0
    while i < len(letters):
        if letters[i : i + 2] == "ΣΤ":
            values.append(6)
            i += 2
        else:
            values.append(_GREEK_NUMERAL_VALUES[letters[i]])
            i += 1
    if any(a <= b for a, b in zip(values, values[1:])):
        return None
    return sum(values)


# A monarch's or a pope's number, after the name (Louis XVI, Λουδοβίκο ΙΣΤ΄).
_REGNAL = re.compile(
    r"[ \u00a0]+(?:([IVXL]+)\b|([" + "".join(_GREEK_NUMERAL_VALUES) + r"]{1,4})[\u0374\u0384'’](?!\w))"
)


def regnal_number(text: str, end: int) -> int | None:
    """The Roman or Greek numeral right after the name that ends at ``end``
    in ``text`` (Louis XVI, Λουδοβίκο ΙΣΤ΄: 16), or None."""
    match = _REGNAL.match(text, end)
    if match is None:
        return None
    return _roman(match.group(1)) if match.group(1) else _greek_numeral(match.group(2))


def _roman(text: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(text):
        value = _ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


def _years(two_digits: int) -> set[Decimal]:
    """The years a year's last two digits may be (60: 1960, 2060)."""
    return {Decimal(century + two_digits) for century in (1900, 2000)}


def _period_readings(chunk: str, match: re.Match[str], values: set[Decimal]) -> set[Decimal]:
    """Extra readings of a number that names a decade, century or year."""
    extra: set[Decimal] = set()
    integers = [int(v) for v in values if v == v.to_integral()]
    if _DECADE_AFTER.match(chunk, match.end()):
        for v in integers:
            if v < 100:
                extra |= _years(v)
            elif v % 100 == 0:
                extra.add(Decimal(v // 100 + 1))  # the 1800s: the 19th century
            elif v % 10 == 0 and v >= 1000:
                extra.add(Decimal(v % 100))  # the 1980s: los 80, 80 年代, the 50s of a century
    if _CENTURY_AFTER.match(chunk, match.end()):
        extra |= {Decimal((v - 1) * 100) for v in integers if 0 < v <= 30}
    if len(match.group(0)) == 2 and chunk[match.start() - 1 : match.start()] in ("'", "’"):
        extra |= {year for v in integers for year in _years(v)}  # '19: 2019
    tail = _YEAR_RANGE_END.match(chunk, match.start() + 4) if len(match.group(0)) == 4 else None
    if tail is None:
        before = chunk[max(0, match.start() - 5) : match.start()]
        head = re.fullmatch(r"(\d{2})\d{2}[-–]", before)
        if head and len(match.group(0)) == 2:
            extra |= {Decimal(int(head.group(1)) * 100 + v) for v in integers}  # 1950-53
    return extra


# The rest of a range of times whose meridiem the first shares (10:00-11:00 pm).
_TIME_RANGE_END = re.compile(r"\s?[-–]\s?(?:[01]?\d|2[0-4])[:.][0-5]\d")
# The rest of a range whose scale word the first number shares (2-3 million).
_RANGE_END = re.compile(r"\s?[-–]\s?\d+(?:[.,]\d+)?")
# Zero written with two digits or more (00) is the minutes of a time (19 h 00,
# 15،00) or a code, never a quantity to check on its own.
_ZEROS = re.compile(r"00+")
# A decade's round number (20-90: a 10 is more often a century, 10 - 11 世纪).
_ROUND_TENS = re.compile(r"(?<!\d)[2-9]0(?!\d)")
_JOINED_WORD = re.compile(rf"-?({WORD})")  # a word joined to a figure (25-тысячную, 25tisícový)
_ORDINAL_MARK = re.compile(r"\.?(?:-?[^\W\d_]{1,3}\b)?\s*")


def _century_beside_decade(chunk: str, match: re.Match[str], lang: str) -> bool:
    """Whether a number of two digits or fewer is followed by the language's
    word for century (CLDR's unit name: 18. Jahrhunderts, 18. století,
    20 世纪) with a decade's round number within reach, before or after
    (50ern des 18. Jahrhunderts, 20 世纪 80 年代): the decade of a
    century, which a translator writes as one year (the 1850s), so the
    century is soft. A century alone is a number like any other."""
    if len(match.group(0)) > 2 or not match.group(0).isdigit():
        return False
    stem, abbreviations = century_words(lang)
    if not stem and not abbreviations:
        return False
    mark = _ORDINAL_MARK.match(chunk, match.end())
    word = _WORD_OR_ABBREVIATION.match(chunk, mark.end() if mark else match.end())
    if word is None:
        return False
    text = word.group(0).lower()
    # In a script without spaces the word runs on, and a classifier may lead
    # CLDR's form (个世纪): its last two letters or more, begun here, do.
    unspaced = char_script(text[0]) in UNSPACED
    if not (
        (stem and text.rstrip(".").startswith(stem)) or text in abbreviations
        or (unspaced and any(len(a) > 2 and text.startswith(a[1:]) for a in abbreviations))
    ):
        return False
    around = chunk[max(0, match.start() - DECADE_REACH) : match.start()] + " " + chunk[word.end() : word.end() + DECADE_REACH]
    return _ROUND_TENS.search(around) is not None


def extract_numbers(text: str, lang: str, start: int = 0, end: int | None = None) -> tuple[NumberMention, ...]:
    """Number mentions in ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    chunk = _ascii_digits(text[start:end])
    base = lang.split("-")[0].lower()
    mentions: list[NumberMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for match in _DOTTED_DATE.finditer(chunk):
        day, month, year = (int(g) for g in match.groups())
        if 1 <= day <= 31 and 1 <= month <= 12:
            s = start + match.start()
            mentions.append(NumberMention(s, s + len(match.group(1)), frozenset({Decimal(day)})))
            mentions.append(NumberMention(s, s, frozenset({Decimal(month)}), soft=True))
            ys = start + match.start(3)
            yvals = {Decimal(year)} | ({Decimal(2000 + year), Decimal(1900 + year)} if year < 100 else set())
            mentions.append(NumberMention(ys, start + match.end(3), frozenset(yvals)))
            taken.append((match.start(), match.end()))
    for match in _TIME.finditer(chunk):
        if not free(match.start(), match.end()):
            continue
        hours, minutes = int(match.group(1)), int(match.group(2))
        # "10.30" may be a decimal, not a time: only take it as a time
        # when a colon or an hour word says so.
        if ":" not in match.group(0) and not match.group(0).rstrip().lower().endswith(("ч.", "часа", "h", "m")):
            continue
        values = {Decimal(hours) + Decimal(minutes) / 60}
        if minutes == 0:
            values.add(Decimal(hours))
        # 4.40 am, 10:15: the other side may write the same time with a
        # point and no hour word (4.40; German and Czech 10.15 Uhr, hodin),
        # which reads as a decimal.
        values.add(_normal(Decimal(f"{hours}.{match.group(2)}")))
        meridiem = _MERIDIEM.search(match.group(0)) or _MERIDIEM.match(chunk, match.end())
        shared = _TIME_RANGE_END.match(chunk, match.end())
        if meridiem is None and shared:
            meridiem = _MERIDIEM.match(chunk, shared.end())  # 10:00-11:00 pm: both are evening hours
        if meridiem and meridiem.group(1).lower().startswith("p") and hours < 12:
            values |= {v + 12 for v in values}
        mentions.append(NumberMention(start + match.start(), start + match.end(), frozenset(_normal(v) for v in values)))
        taken.append((match.start(), match.end()))
        fraction = _TIME_FRACTION.match(chunk, match.end(2)) if match.end() == match.end(2) else None
        if fraction:
            s = start + fraction.start(1)
            mentions.append(NumberMention(s, s + 2, frozenset({_normal(Decimal(fraction.group(1)))})))
            taken.append((fraction.start(), fraction.end()))
    for match in _H_TIME.finditer(chunk):
        if free(match.start(), match.end()):
            hours, minutes = int(match.group(1)), int(match.group(2))
            values = {Decimal(hours) + Decimal(minutes) / 60} | ({Decimal(hours)} if minutes == 0 else set())
            mentions.append(NumberMention(start + match.start(), start + match.end(), frozenset(_normal(v) for v in values)))
            taken.append((match.start(), match.end()))
    for match in _FRACTION.finditer(chunk):
        if free(match.start(), match.end()):
            whole = Decimal(match.group(1)) if match.group(1) else Decimal(0)
            value = whole + Decimal(str(unicodedata.numeric(match.group(2))))
            s = start + match.start()
            mentions.append(NumberMention(s, start + match.end(), frozenset({_normal(value.quantize(Decimal("0.001")))})))
            taken.append((match.start(), match.end()))
    for match in _PREFIXED.finditer(chunk):
        # A number glued to a short capitalised prefix names a thing (F1,
        # G20, A380, COVID-19, Су-27): formula 1 is not formula 3.
        if not free(match.start(1), match.end(1)):
            continue
        s = start + match.start(1)
        value = _normal(Decimal(match.group(1)))
        # (A season's or a fiscal year's two digits, glued to its letters,
        # are a year: SS19, FY18; not MiG-29's.)
        glued = len(match.group(1)) == 2 and chunk[match.start(1) - 1].isalpha()
        years = _years(int(value)) if glued else set()
        mentions.append(NumberMention(s, start + match.end(1), frozenset({value, *years})))
        taken.append((match.start(1), match.end(1)))
    for match in _NUMBER.finditer(chunk):
        if not free(match.start(), match.end()):
            continue
        values = set(read_number(match.group(0), lang))
        scale = _scale_after(lang).match(chunk, match.end())
        shared = _RANGE_END.match(chunk, match.end())
        if scale is None and shared:
            scale = _scale_after(lang).match(chunk, shared.end())  # 4.2-3.9 million: both are millions
        if scale:
            found = next(g for g in scale.groups() if g)
            factor = scale_words(lang).get(found.lower())
            if factor:
                values |= {_normal(v * factor) for v in values}
        elif joined := _JOINED_WORD.match(chunk, match.end()):
            # 25-тысячную, 25-tysięczny, 25tisícový: an adjective made from a
            # scale word, joined to its figure, is that many thousands.
            values |= {_normal(v * f) for v in values for f in _joined_scale(number_key(joined.group(1), lang), lang)}
        meridiem = _MERIDIEM.match(chunk, match.end())
        if meridiem and meridiem.group(1).lower().startswith("p"):
            values |= {_normal(v + 12) for v in values if v < 12}
        values |= _period_readings(chunk, match, values)
        digits = match.group(0)
        if len(digits) == 4 and digits.isdigit() and _CLOCK_AFTER.match(chunk, match.end()):
            hours, minutes = int(digits[:2]), int(digits[2:])
            if hours <= 24 and minutes < 60:
                values.add(_normal(Decimal(hours) + Decimal(minutes) / 60))
        # "80-те години на 20 век" is the 1980s: a century right after a
        # decade is often dropped. Any other century is a number like any
        # other (10-ти век пр.н.е. is not the 80th century).
        soft = (
            _CENTURY_AFTER.match(chunk, match.end()) is not None and _DECADE_BEFORE.search(
                chunk[max(0, match.start() - DECADE_REACH) : match.start()]
            ) is not None
        ) or _century_beside_decade(chunk, match, lang) or _ZEROS.fullmatch(digits) is not None
        mentions.append(NumberMention(start + match.start(), start + match.end(), frozenset(values), soft=soft))
    for match in _ROMAN_CENTURY.finditer(chunk):
        value = _roman(match.group(1))
        if value:
            mentions.append(NumberMention(start + match.start(), start + match.end(), frozenset({Decimal(value)})))
    for match in _ROMAN_NUMERAL.finditer(chunk):
        if match.group(0) and free(match.start(), match.end()) and not any(m.start == start + match.start() for m in mentions):
            value = _roman(match.group(0))
            if value:
                s = start + match.start()
                mentions.append(NumberMention(s, start + match.end(), frozenset({Decimal(value)}), soft=True))
    for match in _ROMAN_LETTER.finditer(chunk):
        s = start + match.start()
        if free(match.start(), match.end()) and not any(m.start <= s < max(m.end, m.start + 1) for m in mentions):
            if _beside_century(chunk, match.start(), match.end(), lang) or _among_other_letters(chunk, match.end(), lang):
                value = _roman(match.group(1))
                mentions.append(NumberMention(s, start + match.end(), frozenset({Decimal(value)}), soft=True))
    for match in _GREEK_NUMERAL.finditer(chunk):
        s = start + match.start()
        letters = match.group(1)
        elided = len(letters) == 1 and letters not in _GREEK_VOWELS and _ELIDED_BEFORE.match(chunk, match.end())
        value = None if elided else _greek_numeral(letters)
        if value and free(match.start(), match.end()) and not any(m.start <= s < max(m.end, m.start + 1) for m in mentions):
            mentions.append(NumberMention(s, start + match.end(), frozenset({Decimal(value)}), soft=True))
    # Words are read whole where Latin look-alikes were typed into them
    # (Чeтрдeсeтдвoгoдишњи with a Latin e and o), one letter for one.
    words = fold_lookalikes(chunk)
    read = _hour_fractions(words, _word_mentions(words, start, lang), start, lang)
    mentions += _scaled_words(words, read, start) + _summed_words(words, read, start, lang)
    for match in _WORD_TOKEN.finditer(chunk):
        number = month_number(chunk, match.start(), match.end(), base)
        if number is not None:
            s = start + match.start()
            mentions.append(NumberMention(s, s + len(lower(match.group(0), base)), frozenset({Decimal(number)}), soft=True))
    mentions.sort(key=lambda m: (m.start, m.soft))
    return tuple(mentions)


def _word_mentions(chunk: str, start: int, lang: str) -> list[NumberMention]:
    """Numbers written as words (soft): the longest phrase of the language's
    number words at each word (πενήντα έξι, vingt et un); in a script
    written without spaces, the longest run of letters that is one (五十六)."""
    table = number_words(lang)
    if not table:
        return []
    longest = _longest_phrase(lang)
    out = []
    apostrophes = _apostrophe_words(lang)
    tokens = list((_APOSTROPHE_WORD_TOKEN if apostrophes else _WORD_TOKEN).finditer(chunk))
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if char_script(token.group(0)[0]) in UNSPACED:
            out += _unspaced_words(token.group(0), start + token.start(), table)
            i += 1
            continue
        for n in range(min(longest, len(tokens) - i), 0, -1):
            group = tokens[i : i + n]
            if n > 1 and any(not re.fullmatch(r"[\s\u00a0-]+", chunk[a.end() : b.start()]) for a, b in zip(group, group[1:])):
                continue
            phrase = number_key(" ".join(t.group(0) for t in group), lang)
            if apostrophes:
                phrase = phrase.translate(_AS_MODIFIER_LETTER)
            # (A number written as one word before an inflection: einhundertacht
            # is no form of einhundert.)
            values = table.get(phrase) or (
                _joined_number(phrase, lang) or _inflected_number(phrase, lang) if n == 1 else None
            )
            if not values and n == 1 and not _after_figure(chunk, token.start()):
                values = _lone_scale(phrase, lang)
            if not values and _clitic_script(group[0].group(0)):
                values = _clitic_number(tuple(phrase.split(" ")), lang)
            if not values and n == 1:
                values = (
                    _two_number_compound(phrase, lang) or _shared_stem_number(phrase, lang)
                    or _compound_number(phrase, lang) or _ordinal_case_form(phrase, lang)
                    or _productive_compound(phrase, lang)
                )
            if values:
                out.append(NumberMention(start + group[0].start(), start + group[-1].end(), values, soft=True))
                i += n
                break
        else:
            i += 1
    return out


MIN_LONE_SCALE = 4  # letters of a scale word read on its own (тысячи, millier; not k, tys)


@cache
def _scale_values(lang: str) -> tuple[dict[str, frozenset[Decimal]], tuple[tuple[str, frozenset[Decimal]], ...]]:
    """The language's scale words with their values, and those that may
    be the stem of an inflected form (see _stems)."""
    values = {w: frozenset({Decimal(v)}) for w, v in scale_words(lang).items() if v}
    return values, _stems(values.items())


@lru_cache(maxsize=8192)  # keyed by any word of the text: bounded
def _lone_scale(word: str, lang: str) -> frozenset[Decimal] | None:
    """A scale word on its own is one of it: `свыше тысячи` (more than a
    thousand), `un millier`, `tisícovky` (an inflected form of tisíc: a
    scale word of five letters or more and an ending of up to four)."""
    if len(word) < MIN_LONE_SCALE or not word.isalpha():
        return None
    values, stems = _scale_values(lang)
    return values.get(word) or _by_stem(word, stems)


_SCALES_OF_A_THOUSAND = frozenset(Decimal(1000) ** k for k in range(1, 5))


@lru_cache(maxsize=8192)  # keyed by any word of the text: bounded
def _joined_scale(word: str, lang: str) -> frozenset[Decimal]:
    """The scale (a thousand, a million...) that ``word``, joined to a
    figure, is made from: a scale word inflected or an adjective of it, as
    the number words read it (тысячную, tysięczny, tisícový); empty for
    any other word (25-летнего)."""
    values = (
        _lone_scale(word, lang) or number_words(lang).get(word)
        or _inflected_number(word, lang) or _shared_stem_number(word, lang)
    )
    return frozenset(values or ()) & _SCALES_OF_A_THOUSAND


def _after_figure(chunk: str, at: int) -> bool:
    """Whether a figure stands right before ``chunk[at]`` (5 тысяч): there
    the scale word multiplies it (after a number word, трёх тысяч, the
    product is read by _scaled_words)."""
    before = chunk[max(0, at - 8) : at].rstrip(_SPACES + "-")
    return bool(before) and before[-1].isdigit()


HOUR_ENDING = 2  # letters another case adds to the stem of the hour's forms (годин-у)


@cache
def _to_the_hour(lang: str) -> re.Pattern[str] | None:
    """Up to two short words (a quarter of an hour, un quart d'heure; per
    hour, на годину), then a word of CLDR's name for an hour in ``lang``:
    every plural form (hour, hours; час, часа, часов; heure), or another
    case of one, the stem they share and up to HOUR_ENDING letters
    (годину, godzinę, hodinu: the hour, in the accusative)."""
    try:
        from babel.units import format_unit

        words = {
            w.lower()
            for n in (1, 2, 5, 0.5, 1.5)
            for w in _WORD_TOKEN.findall(format_unit(n, "duration-hour", length="long", locale=lang.replace("-", "_")))
        }
    except Exception:  # not a CLDR locale
        return None
    if not words:
        return None
    forms = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    stem = os.path.commonprefix(sorted(words))
    if len(stem) >= MIN_UNIT_STEM:
        forms.append(re.escape(stem) + rf"[^\W\d_]{{0,{HOUR_ENDING}}}")
    hour = "|".join(forms)
    return re.compile(r"[ \u00a0-]+(?:[^\W\d_]{1,3}[ \u00a0'’]+){0,2}?(?:" + hour + r")(?!\w)", re.I)


MINUTES = 60


def _hour_fractions(chunk: str, words: list[NumberMention], offset: int, lang: str) -> list[NumberMention]:
    """A fraction written as a word before the hour (a quarter-hour, half an
    hour) is also that many minutes (15, 30): a translator writes the
    minute (en el minuto 15, 15-та минута)."""
    to_the_hour = _to_the_hour(lang)
    out = []
    for mention in words:
        if to_the_hour is not None and all(0 < v < 1 for v in mention.values) and to_the_hour.match(chunk, mention.end - offset):
            minutes = frozenset(_normal(v * MINUTES) for v in mention.values)
            mention = NumberMention(mention.start, mention.end, mention.values | minutes, soft=True)
        out.append(mention)
    return out


def _scaled_words(chunk: str, words: list[NumberMention], offset: int) -> list[NumberMention]:
    """Number words followed by a scale word (six million, трёх тысяч) also
    read as their product: a translator writes 6 000 000 or 600万."""
    out = list(words)
    for a, b in zip(words, words[1:]):
        between = chunk[a.end - offset : b.start - offset]
        if between.strip(_SPACES + "-") or any(v < 1000 or v != _normal(v) or v % 1000 for v in b.values):
            continue
        if all(v < 1000 for v in a.values):
            values = frozenset(_normal(x * y) for x in a.values for y in b.values)
            out.append(NumberMention(a.start, b.end, values | a.values, soft=True))
    return out


# The sizes a part of a number written in words is counted in, largest
# first: a part is followed only by a smaller part than its size (two
# hundred | fifty | five; two thousand | three hundred).
_PART_SIZES = tuple(Decimal(10) ** k for k in (12, 9, 6, 3, 2, 1))
HUNDRED = Decimal(100)


def _size(value: Decimal) -> Decimal | None:
    """The largest of _PART_SIZES that ``value`` is a whole multiple of."""
    return next((size for size in _PART_SIZES if value >= size and value % size == 0), None)


@cache
def _joiners(lang: str) -> frozenset[str]:
    """The words that may stand between two parts of a number written in
    words: the language's "and" (CLDR's list pattern: one hundred and
    eight, сто и осем) and any word inside its number phrases that is no
    number itself (vingt et un)."""
    table = number_words(lang)
    words = {w for phrase in table if " " in phrase for w in phrase.split(" ") if w not in table}
    try:
        from babel import Locale

        end = Locale.parse(lang.replace("-", "_")).list_patterns["standard"]["end"]
    except Exception:  # not a CLDR locale
        end = ""
    between = end.replace("{0}", " ").replace("{1}", " ").strip(" ,،")
    if between and " " not in between and _WORD_TOKEN.fullmatch(between):
        words.add(number_key(between, lang))
    return frozenset(words)


@dataclass(frozen=True)
class _Parts:
    """A number being read part by part (see _next_part)."""

    total: Decimal = Decimal(0)  # the parts closed by a scale word (two thousand)
    group: Decimal = Decimal(0)  # the parts since (three hundred fifty)
    scale: Decimal | None = None  # the last scale word
    room: Decimal | None = None  # what the next part must be under
    summed: bool = False  # whether a part was added to another

    @property
    def value(self) -> Decimal:
        return _normal(self.total + self.group)


def _next_part(parts: _Parts, value: Decimal) -> _Parts | None:
    """``parts`` with the number word ``value`` after them, or None where it
    cannot follow: a part must be smaller than the size of the part before
    it (one hundred | eight, not eight hundred), a scale word larger than
    all that came since the last one (two | thousand | three hundred)."""
    if value in _SCALES_OF_A_THOUSAND and (parts.scale is None or value < parts.scale) and parts.group < value:
        return _Parts(parts.total + (parts.group or 1) * value, Decimal(0), value, value, parts.summed)
    if value == HUNDRED and parts.room == 1 and 1 < parts.group < 10:
        # Units times a hundred, written as one word (ikiyüz, 200).
        return _Parts(parts.total, parts.group * HUNDRED, parts.scale, HUNDRED, parts.summed)
    if value != _normal(value) or value <= 0 or parts.room is not None and value >= parts.room:
        return None
    summed = parts.summed or parts.group > 0 or parts.total > 0
    return _Parts(parts.total, parts.group + value, parts.scale, _size(value) or Decimal(1), summed)


def _summed_words(chunk: str, words: list[NumberMention], offset: int, lang: str) -> list[NumberMention]:
    """Number words of falling sizes, one after another, read as the number
    they make together: two hundred fifty (250), сто восемь (108), one
    hundred and eight, δύο χιλιάδες τριακόσια (2 x 1000 + 300), three
    hundred fifty thousand (see _next_part: one hundred and eight hundred
    is two numbers, five four too). Only runs with a sum in them: a number
    times a scale alone is _scaled_words'."""
    joiners = _joiners(lang)
    out: list[NumberMention] = []
    i = 0
    while i < len(words):
        parts, j = _Parts(), i
        while j < len(words) and len(words[j].values) == 1:
            if j > i:
                gap = chunk[words[j - 1].end - offset : words[j].start - offset]
                between = gap.strip(_SPACES + "-")
                if words[j].start < words[j - 1].end or gap.count(" ") > 2 or (
                    between and number_key(between, lang) not in joiners
                ):
                    break
            following = _next_part(parts, next(iter(words[j].values)))
            if following is None:
                break
            parts, j = following, j + 1
        if parts.summed and j - i > 1:
            out.append(NumberMention(words[i].start, words[j - 1].end, frozenset({parts.value}), soft=True))
        i = max(j, i + 1)
    return out


MIN_JOINED_PART = 2  # letters of a number word inside a number written as one word (on of onbir)


@cache
def _one_word_numbers(lang: str) -> dict[str, tuple[tuple[str, Decimal], ...]]:
    """The language's number words of one word and one value, and its
    scale words, by their first two letters, longest first: the parts a
    number written as one word is made of (see _joined_number)."""
    out: dict[str, list[tuple[str, Decimal]]] = {}
    words = {
        **{w: next(iter(v)) for w, v in number_words(lang).items() if len(v) == 1},
        # (And its scale words, which CLDR's spelled-out numbers join to
        # another only: zweitausend, tremila.)
        **{w: Decimal(v) for w, v in scale_words(lang).items() if w.isalpha() and len(w) >= MIN_LONE_SCALE - 1},
    }
    for word, value in words.items():
        if " " not in word and "-" not in word and len(word) >= MIN_JOINED_PART:
            out.setdefault(word[:MIN_JOINED_PART], []).append((word, value))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in out.items()}


@lru_cache(maxsize=8192)  # keyed by any word of the text: bounded
def _joined_number(word: str, lang: str) -> frozenset[Decimal] | None:
    """A number written as one word made of its number words, of falling
    sizes (see _next_part): zweihundertfünfzig (250), einhundertacht,
    satakahdeksan, yüzsekiz, tvåtusen."""
    heads = _one_word_numbers(lang)
    if not heads:
        return None

    def read(rest: str, parts: _Parts) -> _Parts | None:
        if not rest:
            return parts
        for number, value in heads.get(rest[:MIN_JOINED_PART], ()):
            if rest.startswith(number):
                following = _next_part(parts, value)
                done = read(rest[len(number) :], following) if following is not None else None
                if done is not None:
                    return done
        return None

    parts = read(word.replace("-", ""), _Parts())
    # (Two parts at least: a sum, or a number times a scale, tvåtusen.)
    return frozenset({parts.value}) if parts is not None and (
        parts.summed or parts.scale is not None and parts.total > parts.scale
    ) else None


_NEXT_WORD = re.compile(r"[\s\u00a0-]+(\w+)")
MIN_PART_STEM = 3  # letters of a number word that a word after a number begins with (iki of ikisi)


def continued_in_part(text: str, end: int, value: Decimal, lang: str) -> bool:
    """Whether the word right after a number word (ending at ``end``, worth
    ``value``) begins as a number word that may follow it, smaller than its
    size: a part the reading missed, an inflected form (otuz ikisi, the
    thirty-two of them: ikisi is iki's)."""
    size = _size(value)
    after = _NEXT_WORD.match(text, end)
    if size is None or after is None:
        return False
    word = number_key(after.group(1), lang)
    return any(
        len(number) >= MIN_PART_STEM and word.startswith(number) and part < size
        for number, part in _one_word_numbers(lang).get(word[:MIN_JOINED_PART], ())
    )


def spelled_exactly(words: str, lang: str) -> bool:
    """Whether ``words`` are number words of ``lang`` letter for letter (its
    CLDR words, their sums, a number written as one word of them:
    `twelve`, `two hundred and fifty`, `zweihundertfünfzig`), not a form
    the reading only takes for one (a stem, an inflection: `четверг`,
    Thursday, shares `четвер-` with four)."""
    table, key = number_words(lang), number_key(words, lang)
    if _apostrophe_words(lang):
        key = key.translate(_AS_MODIFIER_LETTER)
    if key in table or _joined_number(key, lang) is not None:
        return True
    parts = [w for w in re.split(r"[\s\u00a0-]+", key) if w]
    return len(parts) > 1 and all(w in table or w in _joiners(lang) for w in parts)


MIN_NUMBER_STEM = 5  # letters of a number word that an inflected form must start with
MAX_NUMBER_ENDING = 4  # letters an inflection adds (osiemdziesiąt-ych, osmdesát-ých)


def _stems(words: Iterable[tuple[str, frozenset[Decimal]]]) -> tuple[tuple[str, frozenset[Decimal]], ...]:
    """One-word entries long enough to be the stem of an inflected form,
    longest first."""
    kept = [(w, v) for w, v in words if " " not in w and len(w) >= MIN_NUMBER_STEM]
    return tuple(sorted(kept, key=lambda item: len(item[0]), reverse=True))


def _by_stem(word: str, stems: tuple[tuple[str, frozenset[Decimal]], ...]) -> frozenset[Decimal] | None:
    """The values of the first of ``stems`` that ``word`` is an inflected
    form of: the stem followed by an ending of up to four letters."""
    for stem, values in stems:
        if word.startswith(stem) and 0 < len(word) - len(stem) <= MAX_NUMBER_ENDING:
            return values
    return None


@cache
def _number_stems(lang: str) -> tuple[tuple[str, frozenset[Decimal]], ...]:
    return _stems(number_words(lang).items())


@lru_cache(maxsize=8192)  # keyed by any word of the text: bounded
def _inflected_number(word: str, lang: str) -> frozenset[Decimal] | None:
    """The values of ``word`` read as an inflected form of a number word
    that CLDR's spell-out rules do not list (Polish osiemdziesiątych of
    osiemdziesiąt, Czech osmdesátých): a number word of five letters or
    more followed by an ending of up to four letters."""
    return _by_stem(word, _number_stems(lang))


MIN_SHARED_STEM = 6  # letters a word shares with the start of a number word (trzydziest-)
MAX_STEM_CHANGE = 3  # letters at the end of the number word the other form changes (-u of trzydziestu)
MAX_OWN_ENDING = 5  # letters of the word's own ending (-ych of trzydziestych, -ką of jedenastką)


@cache
def _stems_by_start(lang: str) -> dict[str, tuple[tuple[str, frozenset[Decimal]], ...]]:
    """The language's one-word number words of MIN_SHARED_STEM letters or
    more, unaccented, by their first MIN_SHARED_STEM letters."""
    out: dict[str, list[tuple[str, frozenset[Decimal]]]] = {}
    for word, values in number_words(lang).items():
        if " " not in word and len(word) >= MIN_SHARED_STEM and word.isalpha():
            bare = strip_marks(word)
            out.setdefault(bare[:MIN_SHARED_STEM], []).append((bare, values))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8192)  # keyed by any word of the text: bounded
def _shared_stem_number(word: str, lang: str) -> frozenset[Decimal] | None:
    """The values of a number word that ``word``, in a cased script, is
    another form of: it shares all but the last MAX_STEM_CHANGE letters
    of it, MIN_SHARED_STEM at least, and ends in up to MAX_OWN_ENDING
    letters of its own (Polish trzydziestych of trzydziestu, the thirties;
    jedenastką of jedenastu, the eleven; French quatrième of quatre);
    accents aside. The longest shared start decides."""
    if len(word) < MIN_SHARED_STEM or not word.isalpha() or not has_case(char_script(word[0])):
        return None
    bare = strip_marks(word)
    best, found = 0, None
    for number, values in _stems_by_start(lang).get(bare[:MIN_SHARED_STEM], ()):
        shared = len(os.path.commonprefix((bare, number)))
        if shared >= len(number) - MAX_STEM_CHANGE and len(bare) - shared <= MAX_OWN_ENDING and shared > best:
            best, found = shared, values
    return found


MIN_ORDINAL_STEM = 4  # letters of an ordinal's stem (друг- of другий, перш- of перший)
ORDINAL_ENDING = 2  # letters of its dictionary form's ending that a case form changes (-ий)
MAX_ORDINAL_CASE_ENDING = 3  # letters of the case form's own ending (-ій, -ої, -ьої)
# Numbers the word list must show an ending after, for it to be one that
# numbers take (zweimal, dreimal, viermal, fünfmal; pierwszego, czwartego...).
MIN_PRODUCTIVE = 4
MIN_VOWEL_STEM = 3  # letters of the stem before a dictionary form's last vowel (ósm- of ósmy, setn- of setny)
_VOWELS = frozenset("aeiouy")


@cache
def _ordinal_stems(lang: str) -> dict[str, frozenset[Decimal]]:
    """The stems of the language's one-word ordinals (all but their last
    ORDINAL_ENDING letters, MIN_ORDINAL_STEM at least), unaccented."""
    out: dict[str, set[Decimal]] = {}
    for word, values in ordinal_words(lang).items():
        if " " not in word and word.isalpha() and len(word) - ORDINAL_ENDING >= MIN_ORDINAL_STEM:
            out.setdefault(strip_marks(word)[:-ORDINAL_ENDING], set()).update(values)
    return {stem: frozenset(values) for stem, values in out.items()}


@cache
def _vowel_stems(lang: str) -> dict[str, tuple[frozenset[Decimal], str]]:
    """For each one-word ordinal that ends in a vowel (Polish ósmy, setny;
    Spanish octavo): all but that vowel, MIN_VOWEL_STEM letters at least,
    unaccented, with its values and the stem as written (ósm)."""
    out: dict[str, tuple[frozenset[Decimal], str]] = {}
    for word, values in ordinal_words(lang).items():
        if " " not in word and word.isalpha() and len(word) - 1 >= MIN_VOWEL_STEM and strip_marks(word[-1]) in _VOWELS:
            out.setdefault(strip_marks(word[:-1]), (values, word[:-1]))
    return out


@lru_cache(maxsize=1024)
def _productive_ordinal_ending(ending: str, lang: str) -> bool:
    """Whether the language's word list has ``ending`` after the stems of
    MIN_PRODUCTIVE ordinals that end in a vowel (-ego: pierwszego,
    czwartego, piątego...): a case ending of ordinals, not the rest of
    another word (-ung of Achtung)."""
    from tqcheck.alignment.wordlists import zipf

    numbers = {v for values, stem in _vowel_stems(lang).values() if (zipf(stem + ending, lang) or 0.0) > 0.0 for v in values}
    return len(numbers) >= MIN_PRODUCTIVE


@lru_cache(maxsize=8192)  # keyed by any word of the text: bounded
def _ordinal_case_form(word: str, lang: str) -> frozenset[Decimal] | None:
    """The value of an ordinal that ``word``, in a cased script, is a case
    form of: its stem and an ending of one to MAX_ORDINAL_CASE_ENDING
    letters (Ukrainian Другій, Першої, третьої of другий, перший, третій;
    CLDR lists only the dictionary forms of num2words' ordinals, see
    ordinal_words). The longest stem decides. For an ordinal that ends in
    a vowel, all but the vowel is a stem too, before an ending that the
    word list shows ordinals take (ósmego, setną of ósmy, setny)."""
    if len(word) < MIN_VOWEL_STEM + 1 or not word.isalpha() or not has_case(char_script(word[0])):
        return None
    bare = strip_marks(word)
    stems = _ordinal_stems(lang)
    for ending in range(1, MAX_ORDINAL_CASE_ENDING + 1):
        values = stems.get(bare[:-ending])
        if values is not None and len(bare) - ending >= MIN_ORDINAL_STEM:
            return values
    vowel_stems = _vowel_stems(lang)
    for ending in range(1, MAX_ORDINAL_CASE_ENDING + 1):
        found = vowel_stems.get(bare[:-ending])
        if found is not None and _productive_ordinal_ending(word[-ending:], lang):
            return found[0]
    return None


MIN_COMPOUND_NUMBER = 5  # letters of a number word that begins a compound (έντεκα, zwanzig; not acht, пять)
MIN_COMPOUND_REST = 3  # letters of the word it begins (-χρονη, -jährige, -letá)


_Heads = dict[str, tuple[tuple[str, frozenset[Decimal]], ...]]


@cache
def _heads(lang: str, letters: int, unaccented: bool) -> _Heads:
    """The language's one-word number words of ``letters`` letters or more
    (``unaccented``: with their marks stripped), by their first ``letters``
    letters, longest first: the words that may begin a longer word."""
    heads: dict[str, list[tuple[str, frozenset[Decimal]]]] = {}
    for word, values in number_words(lang).items():
        if " " not in word and len(word) >= letters and word.isalpha():
            form = strip_marks(word) if unaccented else word
            heads.setdefault(form[:letters], []).append((form, values))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in heads.items()}


@lru_cache(maxsize=8192)  # keyed by any word of the text: bounded
def _compound_number(word: str, lang: str) -> frozenset[Decimal] | None:
    """The values of a number word that begins ``word``, a compound of a
    cased script (εντεκάχρονη, одиннадцатилетняя, zwanzigjährige: an
    eleven-year-old): the longest such word of MIN_COMPOUND_NUMBER letters
    or more, MIN_COMPOUND_REST letters or more following it, accents aside."""
    if len(word) < MIN_COMPOUND_NUMBER + MIN_COMPOUND_REST or not word.isalpha() or not has_case(char_script(word[0])):
        return None
    bare = strip_marks(word)
    # (Unaccented: a compound may drop a mark its number word has, εντεκά- of έντεκα.)
    for head, values in _heads(lang, MIN_COMPOUND_NUMBER, unaccented=True).get(bare[:MIN_COMPOUND_NUMBER], ()):
        if bare.startswith(head) and len(bare) - len(head) >= MIN_COMPOUND_REST:
            return values
    return None


MIN_PRODUCTIVE_ENDING = 3  # letters of such an ending (-mal, -krát, -fold; not -te, -s)
MIN_PRODUCTIVE_HEAD = 3  # letters of the number word before it (osm-, acht-)
SMALL_NUMBERS = range(2, 11)  # the numbers whose words show an ending productive


@cache
def _small_number_words(lang: str) -> tuple[tuple[str, Decimal], ...]:
    """The language's one-word words for SMALL_NUMBERS, with their values."""
    return tuple(
        (word, v) for word, values in number_words(lang).items() if " " not in word and word.isalpha()
        for v in values if v == v.to_integral_value() and int(v) in SMALL_NUMBERS
    )


@lru_cache(maxsize=8192)  # keyed by any word of the text: bounded
def _productive_compound(word: str, lang: str) -> frozenset[Decimal] | None:
    """The values of a number word that begins ``word`` (lower case), in a
    cased script, before an ending of MIN_PRODUCTIVE_ENDING letters or more
    that the language's word list has after the words of MIN_PRODUCTIVE
    other numbers from two to ten: a productive ending (achtmal: zweimal,
    dreimal...; osmkrát: dvakrát, třikrát...; fivefold; achtjährige), not
    one a few numbers take by chance (achtsam, einsam). The longest head
    decides."""
    if len(word) < MIN_PRODUCTIVE_HEAD + MIN_PRODUCTIVE_ENDING or not word.isalpha() or not has_case(char_script(word[0])):
        return None
    from tqcheck.alignment.wordlists import zipf

    # (As written: the word list is looked up with the marks, třikrát.)
    small = _small_number_words(lang)
    for head, values in _heads(lang, MIN_PRODUCTIVE_HEAD, unaccented=False).get(word[:MIN_PRODUCTIVE_HEAD], ()):
        ending = word[len(head) :]
        if not word.startswith(head) or len(ending) < MIN_PRODUCTIVE_ENDING:
            continue
        others = {v for w, v in small if w != head and v not in values and (zipf(w + ending, lang) or 0.0) > 0.0}
        if len(others) >= MIN_PRODUCTIVE:
            return values
    return None


MIN_TENS_STEM = 4  # letters of a tens word that begin a compound of two (czterdzies-, třicet-, сорок-)
MIN_UNIT_WORD_STEM = 2  # letters of a unit word in it (dw- of dwa, dv- of dva, дв- of два)
MAX_LINK = 2  # letters that join the two (-to-, -a-)


@cache
def _tens_and_units(lang: str) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """The language's one-word number words of the tens (20-90) and of the
    units (1-9), unaccented, with their values."""
    tens, units = [], []
    for word, values in number_words(lang).items():
        if " " in word or not word.isalpha():
            continue
        for v in values:
            if v == v.to_integral() and 20 <= v <= 90 and v % 10 == 0:
                tens.append((strip_marks(word), int(v)))
            elif v == v.to_integral() and 1 <= v <= 9:
                units.append((strip_marks(word), int(v)))
    return tuple(tens), tuple(units)


@lru_cache(maxsize=8192)  # keyed by any word of the text: bounded
def _two_number_compound(word: str, lang: str) -> frozenset[Decimal] | None:
    """The value of a tens and a units word written as one word with what
    follows, tens first or units first, in a cased script: Polish
    czterdziestodwuletni and Russian сорокадвухлетний (a 42-year-old),
    Czech dvaatřicetiletého (a 32-year-old's). Each is another form of its
    number word (all but its last MAX_STEM_CHANGE letters), up to MAX_LINK
    letters join them, and MIN_COMPOUND_REST letters or more follow."""
    if len(word) < 2 * MIN_UNIT_WORD_STEM + MIN_COMPOUND_REST or not word.isalpha() or not has_case(char_script(word[0])):
        return None
    bare = strip_marks(word)
    tens, units = _tens_and_units(lang)

    def starts(text: str, words: tuple[tuple[str, int], ...], minimum: int) -> list[tuple[int, int]]:
        # (value, letters taken) of each word whose form begins text, longest first
        found = []
        for number, value in words:
            shared = len(os.path.commonprefix((text, number)))
            if shared >= max(minimum, len(number) - MAX_STEM_CHANGE):
                found.append((value, shared))
        return sorted(found, key=lambda item: -item[1])

    for first, second, first_min, second_min in (
        (tens, units, MIN_TENS_STEM, MIN_UNIT_WORD_STEM), (units, tens, MIN_UNIT_WORD_STEM, MIN_TENS_STEM)
    ):
        for value, taken in starts(bare, first, first_min):
            for link in range(MAX_LINK + 1):
                rest = bare[taken + link :]
                for other, taken2 in starts(rest, second, second_min):
                    if len(rest) - taken2 >= MIN_COMPOUND_REST:
                        return frozenset({Decimal(value + other)})
    return None


# Scripts without capitals but with spaces (Arabic, Hebrew) glue clitics to
# a word's front (the article, and, in: الخمسة, والعشرون) and inflect its
# end (عشرون, عشرين; ثمانينيات, the eighties): a word there is a number
# word when, less a front of up to MAX_CLITIC letters, it shares all but
# the last two letters of one (three at least), its own ending up to
# MAX_NUMBER_ENDING letters longer.
MAX_CLITIC = 3
MIN_CLITIC_STEM = 3


def _clitic_script(word: str) -> bool:
    script = char_script(word[0])
    return bool(script) and not has_case(script) and script not in UNSPACED


def _clitic_forms(word: str, most: int) -> tuple[str, ...]:
    return tuple(word[k:] for k in range(0, most + 1) if len(word) - k >= MIN_CLITIC_STEM)


@cache
def _number_words_alone(lang: str) -> frozenset[str]:
    return frozenset(w for phrase in number_words(lang) for w in phrase.split(" "))


@cache
def _core(number_word: str, lang: str) -> str:
    """A number word less the clitics the table itself spells it with: the
    shortest end of it that is a number word too (والعشرون -> عشرون,
    الألف -> ألف)."""
    alone = _number_words_alone(lang)
    for k in range(MAX_CLITIC, 0, -1):
        if len(number_word) - k >= MIN_CLITIC_STEM and number_word[k:] in alone:
            return number_word[k:]
    return number_word


def _clitic_word_match(word: str, number_word: str, lang: str) -> bool:
    core = _core(number_word, lang)
    stem = max(MIN_CLITIC_STEM, len(core) - 2)
    return any(
        form[:stem] == core[:stem] and -2 <= len(form) - len(core) <= MAX_NUMBER_ENDING
        for form in _clitic_forms(word, MAX_CLITIC)
    )


@cache
def _phrases_by_length(lang: str) -> dict[int, tuple[tuple[tuple[str, ...], frozenset[Decimal]], ...]]:
    out: dict[int, list[tuple[tuple[str, ...], frozenset[Decimal]]]] = {}
    for phrase, values in number_words(lang).items():
        words = tuple(phrase.split(" "))
        out.setdefault(len(words), []).append((words, values))
    return {n: tuple(items) for n, items in out.items()}


@cache
def _clitic_number(words: tuple[str, ...], lang: str) -> frozenset[Decimal] | None:
    """The values of a phrase of a clitic script read loosely (see above):
    every number word whose words each match, in order."""
    found: set[Decimal] = set()
    for table_words, values in _phrases_by_length(lang).get(len(words), ()):
        if all(_clitic_word_match(w, t, lang) for w, t in zip(words, table_words)):
            found |= values
    return frozenset(found) or None


MAX_UNSPACED_NUMBER = 8  # letters of a number word in Chinese or Japanese (九千九百九十九)


def _unspaced_words(run: str, offset: int, table: dict[str, frozenset[Decimal]]) -> list[NumberMention]:
    out = []
    i = 0
    while i < len(run):
        for n in range(min(MAX_UNSPACED_NUMBER, len(run) - i), 0, -1):
            values = table.get(run[i : i + n])
            if values:
                out.append(NumberMention(offset + i, offset + i + n, values, soft=True))
                i += n
                break
        else:
            i += 1
    return out


def unmatched(
    source: Iterable[NumberMention], target: Iterable[NumberMention]
) -> tuple[tuple[NumberMention, ...], tuple[NumberMention, ...]]:
    """Hard mentions left without a partner on each side (one-to-one matching,
    hard mentions first so a word never steals a digit's partner)."""
    source, target = list(source), list(target)
    partners = paired(source, target)
    paired_targets = set(partners.values())
    missing = [m for m in source if not m.soft and id(m) not in partners]
    added = [t for t in target if not t.soft and id(t) not in paired_targets]
    return tuple(missing), tuple(added)


def paired(source: Iterable[NumberMention], target: Iterable[NumberMention]) -> dict[int, int]:
    """One-for-one partners (by id: source mention -> target mention), hard
    mentions first so a word never steals a digit's partner, each taking the
    partner with the fewest readings: the most specific one."""
    tgt = sorted(target, key=lambda m: m.soft)
    used: set[int] = set()
    out: dict[int, int] = {}
    for mention in sorted(source, key=lambda m: m.soft):
        options = [t for t in tgt if id(t) not in used and mention.matches(t)]
        if options:
            best = min(options, key=lambda t: (t.soft, len(t.values)))
            used.add(id(best))
            out[id(mention)] = id(best)
    return out


# Units a translator converts (6-метровото -> 20 feet): the unit right after
# a number, as (quantity, factor to the metric unit). Temperatures are
# converted apart (an offset, not a factor).
_UNITS: tuple[tuple[str, str, float], ...] = (
    # Bulgarian (stems; adjective forms like 6-метров, 10-километров)
    (r"километр\w*|километър|км(?!/)", "length", 1000.0), (r"сантиметр\w*|сантиметър|см", "length", 0.01),
    (r"милиметр\w*|милиметър|мм", "length", 0.001), (r"метр\w*|метър|м", "length", 1.0),
    # (мили, miles, not милиона, million)
    (r"мил[иья](?!он)\w*|миля", "length", 1609.344), (r"фут\w*", "length", 0.3048), (r"инч\w*", "length", 0.0254),
    (r"ярд\w*", "length", 0.9144), (r"килограм\w*|кг", "mass", 1.0), (r"паунд\w*", "mass", 0.45359237),
    (r"тон\w*", "mass", 1000.0), (r"литр\w*|литър", "volume", 1.0), (r"галон\w*", "volume", 3.785411784),
    (r"хектар\w*", "area", 10000.0), (r"акр\w*", "area", 4046.8564224), (r"км/ч", "speed", 1.0),
    # English
    (r"kilomet(?:re|er)s?|km(?!/)", "length", 1000.0), (r"centimet(?:re|er)s?|cm", "length", 0.01),
    (r"millimet(?:re|er)s?|mm", "length", 0.001), (r"met(?:re|er)s?|m", "length", 1.0),
    (r"miles?|mi(?!/h)", "length", 1609.344), (r"feet|foot|ft", "length", 0.3048), (r"inch(?:es)?", "length", 0.0254),
    (r"yards?|yd", "length", 0.9144), (r"kilograms?|kg", "mass", 1.0), (r"pounds?|lbs?", "mass", 0.45359237),
    (r"tonnes?|tons?", "mass", 1000.0), (r"lit(?:re|er)s?", "volume", 1.0), (r"gallons?", "volume", 3.785411784),
    (r"hectares?|ha", "area", 10000.0), (r"acres?", "area", 4046.8564224), (r"km/h|kph", "speed", 1.0),
    (r"mph|mi/h", "speed", 1.609344),
)
DAYS_A_YEAR = 365.25
# The same units in every language CLDR knows (Babel's unit patterns): CLDR
# unit, quantity, factor to the metric unit. Imperial ones are marked, to
# tell a translator's conversion (20 feet -> 6 metrów) from a changed figure.
_CLDR_UNITS: tuple[tuple[str, str, float], ...] = (
    ("length-kilometer", "length", 1000.0), ("length-meter", "length", 1.0), ("length-centimeter", "length", 0.01),
    ("length-millimeter", "length", 0.001), ("length-mile", "length", 1609.344), ("length-foot", "length", 0.3048),
    ("length-inch", "length", 0.0254), ("length-yard", "length", 0.9144), ("mass-kilogram", "mass", 1.0),
    ("mass-gram", "mass", 0.001), ("mass-pound", "mass", 0.45359237), ("mass-ounce", "mass", 0.028349523125),
    ("mass-tonne", "mass", 1000.0), ("volume-liter", "volume", 1.0), ("volume-gallon", "volume", 3.785411784),
    ("area-hectare", "area", 10000.0), ("area-acre", "area", 4046.8564224),
    ("area-square-kilometer", "area", 1e6), ("area-square-mile", "area", 2589988.110336),
    ("speed-kilometer-per-hour", "speed", 1.0), ("speed-mile-per-hour", "speed", 1.609344),
    # Temperatures: a named scale first, then degrees of no stated scale
    # (80 degrees, 26 grados, 27 градусів), which may be either.
    ("temperature-celsius", "temperature-c", 1.0), ("temperature-fahrenheit", "temperature-f", 1.0),
    ("temperature-generic", "temperature", 1.0), ("angle-degree", "temperature", 1.0),
    # Spans of time, in years (two decades ~ 20 years, 60 days ~ two months,
    # two weeks ~ 14 days), by their long forms only: the short ones are
    # words and dates too (Spanish a, to; en Dec, December).
    ("duration-year", "duration", 1.0), ("duration-decade", "duration", 10.0), ("duration-century", "duration", 100.0),
    ("duration-month", "duration", 1 / 12), ("duration-week", "duration", 7 / DAYS_A_YEAR),
    ("duration-day", "duration", 1 / DAYS_A_YEAR), ("duration-hour", "duration", 1 / (24 * DAYS_A_YEAR)),
)
_LONG_ONLY = ("duration",)
# Forms of a named temperature scale that other units share (a bare °, which
# CLDR's narrow Fahrenheit is in English) say no scale.
_SCALED = ("temperature-celsius", "temperature-fahrenheit")
_IMPERIAL_UNITS = ("mile", "foot", "inch", "yard", "pound", "ounce", "gallon", "acre", "square-mile", "mile-per-hour")
METRES_PER_KILOMETRE = 1000.0  # a speed's factor is to km/h, a length's to the metre
_IMPERIAL_KINDS = [(quantity, factor) for unit, quantity, factor in _CLDR_UNITS if unit.split("-", 1)[1] in _IMPERIAL_UNITS]
# (and each imperial length per hour: inches per hour, see unit_after)
IMPERIAL_FACTORS = frozenset(factor for _, factor in _IMPERIAL_KINDS) | frozenset(
    factor / METRES_PER_KILOMETRE for quantity, factor in _IMPERIAL_KINDS if quantity == "length"
)
# A prefixed unit clipped to its prefix in speech and news (Kilo, kilos,
# кило for a kilogram): the prefixed unit's long form less the base unit's
# (Kilogramm - Gramm), both CLDR's, so any language gets its own.
_CLIPPED_UNITS = {"mass-kilogram": "mass-gram"}
# Forms of a unit in running text: the counts CLDR's plural rules tell apart
# (one, few, many, other, fractions), in each width.
_SAMPLE_COUNTS = (1, 2, 5, 1.5, 22, 100)
# A unit word inflects (μέτρων of μέτρο, metrów of metr, Metern of Meter):
# the stem its CLDR forms share, and an ending of up to this many letters.
UNIT_ENDING = 4
MIN_UNIT_STEM = 3
_NUMBER_IN_FORM = re.compile(r"[\d.,\u00a0\u202f\u066b\u066c ]+")


MAX_SPELLED_ABBREVIATION = 3  # letters of a Latin unit abbreviation a text may write in its own alphabet (cm)
_LATIN_ABBREVIATION = re.compile(r"[a-z]{1,%d}" % MAX_SPELLED_ABBREVIATION)


def _own_letters(short: dict[str, set[str]], long: dict[str, set[str]]) -> dict[str, str]:
    """Where CLDR abbreviates a language's metric units in Latin letters
    (Serbian cm, km, kg) but spells their names in its own alphabet
    (центиметар, километар, грам): each Latin letter that begins an
    abbreviation, and as a character class the letters the unit's own
    names begin with (c -> ц, k -> к, g -> г; m -> м, of метар), so
    that the abbreviation can be read as the language's texts write it
    (цм). Empty for a language whose unit names are Latin."""
    letters: dict[str, set[str]] = {}
    for unit, forms in short.items():
        names = [f for f in long.get(unit, ()) if f[:1].isalpha() and not f[:1].isascii()]
        for form in forms:
            if _LATIN_ABBREVIATION.fullmatch(form) and names:
                letters.setdefault(form[0], set()).update(n[0].lower() for n in names)
    return {latin: "[" + "".join(sorted(own)) + "]" for latin, own in letters.items()}


def _in_own_letters(form: str, letters: dict[str, str]) -> str | None:
    """A pattern of the Latin abbreviation ``form`` written letter for
    letter in the language's alphabet (cm -> [ц][м]); None where a letter
    has no counterpart or the form is no short Latin abbreviation."""
    if not _LATIN_ABBREVIATION.fullmatch(form) or any(ch not in letters for ch in form):
        return None
    return "".join(letters[ch] for ch in form)


@cache
def _cldr_unit_pattern(lang: str) -> tuple[re.Pattern[str], tuple[tuple[str, float], ...]] | None:
    """A pattern of the unit words of ``lang`` that may follow a number, one
    group per CLDR unit, and (quantity, factor) of each group. Built from
    Babel's data when first needed, so it always agrees with the installed
    CLDR; None for a language Babel does not know."""
    from babel.core import Locale, UnknownLocaleError
    from babel.units import format_unit

    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    def words(unit: str, widths: tuple[str, ...]) -> dict[float, set[str]]:
        found: dict[float, set[str]] = {}
        for width in widths:
            for count in _SAMPLE_COUNTS:
                try:
                    text = format_unit(count, unit, length=width, locale=locale)
                except Exception:  # a unit this CLDR lacks: babel raises its own errors
                    continue
                word = _NUMBER_IN_FORM.sub(" ", text).strip()
                if word and not any(ch.isdigit() for ch in word):
                    found.setdefault(count, set()).add(word)
        return found

    all_forms = {
        unit: set().union(*words(unit, ("long",) if quantity in _LONG_ONLY else ("long", "short", "narrow")).values())
        for unit, quantity, _ in _CLDR_UNITS
    }
    metric = [
        unit for unit, quantity, factor in _CLDR_UNITS if not is_imperial((quantity, factor)) and quantity not in _LONG_ONLY
    ]
    own = _own_letters(
        {unit: set().union(*words(unit, ("short", "narrow")).values()) for unit in metric},
        {unit: set().union(*words(unit, ("long",)).values()) for unit in metric},
    )
    groups, kinds = [], []
    for unit, quantity, factor in _CLDR_UNITS:
        forms = all_forms[unit]
        if unit in _SCALED:
            forms = {f for f in forms if not any(f in all_forms[other] for other, _, _ in _CLDR_UNITS if other != unit)}
        if not forms:
            continue
        alternatives = {re.escape(f).replace("°", "[°º]") for f in forms}  # º, the ordinal mark, typed for °
        if own and unit in metric:
            alternatives |= {spelled for f in forms if (spelled := _in_own_letters(f, own))}
        if unit in _CLIPPED_UNITS:
            base = words(_CLIPPED_UNITS[unit], ("long",))
            for count, longs in words(unit, ("long",)).items():
                for whole in longs:
                    for part in base.get(count, ()):
                        clipped = whole[: len(whole) - len(part)]
                        if whole.lower().endswith(part.lower()) and len(clipped) >= MIN_UNIT_STEM and clipped.isalpha():
                            alternatives.add(re.escape(clipped) + rf"[^\W\d_]{{0,{UNIT_ENDING}}}")
        # Inflected forms: the stem each family of long forms shares
        # (κιλό, κιλά -> κιλ; Meter -> Mete), plus a short ending.
        for first in {f[:2] for f in forms if f.isalpha() and len(f) >= 4}:
            family = [f for f in forms if f.isalpha() and len(f) >= 4 and f[:2] == first]
            stem = os.path.commonprefix(family) if len(family) > 1 else family[0][:-1]
            if len(stem) >= MIN_UNIT_STEM:
                alternatives.add(re.escape(stem) + rf"[^\W\d_]{{0,{UNIT_ENDING}}}")
        groups.append("(" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")")
        kinds.append((quantity, factor))
    if not groups:
        return None
    # Not before a slash: km of km/sa is the speed's.
    return re.compile(r"[ \u00a0\u202f-]?(?:" + "|".join(groups) + r")(?![^\W\d_]|/)", re.I), tuple(kinds)
_UNIT_AFTER = re.compile(
    r"[ \u00a0-]?(?:(" + ")|(".join(u for u, _, _ in _UNITS) + r"))(?!\w)", re.I
)
_DEGREES_AFTER = re.compile(r"\s*(?:[°º]\s*|градуса\s+по\s+|degrees\s+)(C|F|Целзий|Фаренхайт|Celsius|Fahrenheit)", re.I)
# How far a converted figure may be rounded: 6 m is "20 feet" (19.7).
CONVERSION_TOLERANCE = 0.15
# Spans of time convert exactly but for months, of 28 to 31 days (60 days
# is two months, a month four weeks): 16 days are no two weeks.
DURATION_TOLERANCE = 0.1


def unit_after(text: str, end: int, lang: str | None = None) -> tuple[str, float] | None:
    """(quantity, factor to metric) of the unit right after a number ending
    at ``end``, or None: English and Bulgarian forms (_UNITS), then those
    of ``lang`` from CLDR."""
    degrees = _DEGREES_AFTER.match(text, end)
    if degrees:
        return ("temperature-f", 1.0) if degrees.group(1)[0] in "FfФф" else ("temperature-c", 1.0)
    found = _unit_word_after(text, end, lang)
    if found is None:
        return None
    (quantity, factor), stop = found
    if text[end:stop].strip(" \u00a0-").lower() == "m" and _after_currency(text, end):
        return None  # £125m, $20m: millions of money, not metres
    # A length per hour is a speed (85 miles per hour, 137 км на годину):
    # read as a length, its converted km/h would be a changed number.
    if quantity == "length" and lang and (per_hour := _to_the_hour(lang)) is not None and per_hour.match(text, stop):
        return "speed", factor / METRES_PER_KILOMETRE
    return quantity, factor


_FIGURE_CHARACTERS = frozenset("0123456789.,\u00a0\u202f ")


def _after_currency(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` follows a currency sign (£125)."""
    import unicodedata

    i = end
    while i > 0 and text[i - 1] in _FIGURE_CHARACTERS:
        i -= 1
    return i > 0 and unicodedata.category(text[i - 1]) == "Sc"


FOOT = 0.3048  # metres
INCHES_PER_FOOT = 12
_INCHES_GAP = re.compile(r"[ \u00a0-]*")


def inches_after(text: str, feet: NumberMention, others: Iterable[NumberMention], lang: str | None) -> NumberMention | None:
    """The figure of ``others`` that gives the inches of a height in feet
    (6-foot-6, 5 ft 11 in): right after the unit of ``feet``, a figure, and
    a count of inches (under 12). None where there is none."""
    found = _unit_word_after(text, feet.end, lang)
    if found is None or found[0] != ("length", FOOT):
        return None
    start = _INCHES_GAP.match(text, found[1]).end()  # type: ignore[union-attr]  # matches the empty string
    return next(
        (
            m for m in others
            if m.start == start and not m.soft and all(0 <= v < INCHES_PER_FOOT and v == v.to_integral() for v in m.values)
        ),
        None,
    )


def _unit_word_after(text: str, end: int, lang: str | None) -> tuple[tuple[str, float], int] | None:
    """((quantity, factor), where the unit ends) of the unit word right
    after ``end``: English and Bulgarian forms (_UNITS), then those of
    ``lang`` from CLDR; None where there is none."""
    match = _UNIT_AFTER.match(text, end)
    if match:
        index = next(i for i, g in enumerate(match.groups()) if g is not None)
        _, quantity, factor = _UNITS[index]
        return (quantity, factor), match.end()
    cldr = _cldr_unit_pattern(lang) if lang else None
    if cldr is None:
        return None
    pattern, kinds = cldr
    match = pattern.match(text, end)
    if not match:
        return None
    return kinds[next(i for i, g in enumerate(match.groups()) if g is not None)], match.end()


# The other end of a range: after a dash, or after one short word (to, до,
# až, y, do, à, bis) between spaces.
_RANGE_PARTNER = re.compile(r"(?:[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0][^\W\d_]{1,3}[ \u00a0])\d[\d.,]*")


def unit_of_figure(text: str, end: int, lang: str | None = None) -> tuple[str, float] | None:
    """The unit of the figure ending at ``end``: the one after it, or the
    one after the other end of its range (27 of 27-28 метра)."""
    unit = unit_after(text, end, lang)
    if unit is None:
        partner = _RANGE_PARTNER.match(text, end)
        if partner is not None:
            unit = unit_after(text, partner.end(), lang)
    return unit


FAHRENHEIT = ("temperature-f", 1.0)


def degrees_of_a_decade(text: str, mention: NumberMention) -> frozenset[Decimal]:
    """The values of a figure read as degrees: a decade (the 80s, 80's) is
    any degree of it, 80 to 89; any other figure its own values."""
    if not _DECADE_AFTER.match(text, mention.end):
        return mention.values
    return frozenset(v + d for v in mention.values for d in range(10))


def is_imperial(unit: tuple[str, float]) -> bool:
    """Whether a unit of unit_after is an imperial one (feet, pounds, mph)."""
    quantity, factor = unit
    return quantity == "temperature-f" or (not quantity.startswith("temperature") and factor in IMPERIAL_FACTORS)


_TEMPERATURE_SCALES = {"temperature-c": ("c",), "temperature-f": ("f",), "temperature": ("c", "f")}


def _temperature_converts(a: float, qa: str, b: float, qb: str) -> bool | None:
    """Whether ``b`` degrees is ``a`` degrees on the other scale. Degrees of
    no stated scale may be either, and a level (80 degrees: 27 °C) or a
    difference (10 degrees above average: 5 or 6)."""
    if qa == qb != "temperature":
        return None
    unstated = "temperature" in (qa, qb)
    for sa in _TEMPERATURE_SCALES[qa]:
        for sb in _TEMPERATURE_SCALES[qb]:
            if sa == sb:
                continue
            ratio = 5 / 9 if sa == "f" else 9 / 5
            level = (a - 32) * ratio if sa == "f" else a * ratio + 32
            for expected in (level, a * ratio) if unstated else (level,):
                if abs(b - expected) <= max(2.0, abs(expected) * CONVERSION_TOLERANCE):
                    return True
    return False


def converts(value_a: Decimal, unit_a: tuple[str, float], value_b: Decimal, unit_b: tuple[str, float]) -> bool | None:
    """Whether ``value_b`` in ``unit_b`` is ``value_a`` in ``unit_a``
    converted and rounded; None when the units do not convert (the same
    unit, or different quantities)."""
    (qa, fa), (qb, fb) = unit_a, unit_b
    if qa.startswith("temperature") and qb.startswith("temperature"):
        return _temperature_converts(float(value_a), qa, float(value_b), qb)
    if qa != qb or fa == fb:
        return None
    expected = float(value_a) * fa / fb
    tolerance = DURATION_TOLERANCE if qa == "duration" else CONVERSION_TOLERANCE
    return expected > 0 and abs(float(value_b) - expected) <= expected * tolerance

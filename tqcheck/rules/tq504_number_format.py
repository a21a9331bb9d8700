"""Numbers and dates written another locale's way.

## What it does
Flags numbers and dates that the target locale does not write that way,
according to CLDR (decimal and group separators, grouping, percent and
short date patterns, read from tables generated from Babel):

- a decimal separator the target does not use, before a unit or magnitude
  of the target language (CLDR: `3,5 million` in English, `2.5 Prozent` in
  German, `yüzde 2.5` in Turkish), or anywhere in a document that writes
  its other decimals the target's way (`mit 16.5 zu 10,5`), unless a
  label stands before it (`§ 5.3`, `Art. 3.2`, `iOS 17.4`, `Python 3.9`
  where only names take capitals) or a designation after it (`2.0 TDI`).
  Such a number is reported without a fix: its reading is inferred from
  the document, not seen, and a section number after a lower-case word
  (`раздел 4.2`) reads the same. A clock time such as `7.55 hodin` or a
  day and month (`7.5.`, `am 25.12`) is not a decimal, nor in a language
  written without spaces a list of days or grades (`3,4日`, `1,2年级`);
- thousands grouped another locale's way: with spaces where the target
  groups with a sign (`50 000` in English; Spanish also groups with spaces,
  as the RAE recommends: `tqcheck/data/number_conventions.tsv`), or with
  the other sign (`12,000` or `1,234,567` in German, `1.234.567` in
  English);
- a count of 1,000 to 9,999 without the group separator where the target
  groups four-digit numbers (`1777 polling stations`; CLDR's
  minimumGroupingDigits: Spanish and Polish write 1234). Years are not
  counts: a year-like number (1900-2100) needs a currency sign, any other a
  word after it that is not one of the language's commonest (`in 1777 the
  king`), and none after a capitalised word or a month (`October 1789`) or
  at a sentence's start. An info note: human news writes `9400 homes` too;
- the percent sign on the wrong side (`25%` in Turkish, which writes `%25`;
  `%25` elsewhere). The space before it is not checked: news in one
  language writes it both ways;
- a date in another order: `9/29/2019` in German (day first) is
  September 29 written the American way, and becomes CLDR's date
  (`29.09.2019`); in English, `12.05.2025` (day.month.year, which an
  American reads as December 5) becomes `May 12, 2025` (en) or `12 May
  2025` (en-GB), and a time with a dot and an hour sign, `10.30 h.`,
  becomes `10:30` (a dotted time without the sign may be a decimal).

Phone numbers and codes are left alone: a run of digit groups (`0800 555
111`), a leading `0` or `+`, or a word such as call, hotline or ISBN just
before the number.

## Why
Bulgarian writes `3,5 млн.` and `50 000`, English `1,777` and `9/29/2019`;
MT often leaves the digits untouched. In English `3,5` reads as a typo and
`50 000` as two numbers; in German `12,000` reads as twelve.

## Example
    The transition will cost about 3,5 million euros.
    The militias have about 50 000 fighters.
    Inflation reached 2,8%.
    The meeting will be held on 12.05.2025 at 10.30 h. in Sofia.
    Voters cast ballots at 1777 polling stations.
    Around 12.000 people marched in Sofia.
    [de] Die Inflation lag bei 2.5 Prozent.
    [de] Rund 12,000 Menschen kamen am 9/29/2019 zusammen.
    [de] Europa siegte mit 16.5 zu 10,5 Punkten.
    [tr] Enflasyon 25% oldu.
    [tr] Duruşmayı 20.4 milyondan fazla insan seyretti.
    [zh-Hans] 会议于29/9/2019举行。
    [zh-Hans] 该国接受了美国1,4亿美元的援助。
    [zh-Hans] 销售额年同比下降4,8%让经营者痛不欲生。

## Use instead
    The transition will cost about 3.5 million euros.
    The militias have about 50,000 fighters.
    He scored 3, 5 and 7 points.
    Call Crimestoppers on 0800 555 111 or the helpline on 116 123.
    The meeting will be held on May 12, 2025 at 10:30 in Sofia.
    He upgraded to version 1.12.2025 and the IP 10.12.2024.1 stopped working.
    The leader ran 10.30 kilometres in 42.15 minutes.
    In 1777 the king signed the treaty.
    [de] Rund 12.000 Menschen kamen am 29.09.2019 zusammen, die Inflation lag bei 2,5 Prozent.
    [de] Europa siegte mit 16,5 zu 10,5 Punkten; das Treffen am 7.5. begann um 7.30 mit Version 2.1.
    [de] Die Inflation lag bei 2,5 Prozent; das Update auf iOS 17.4 kam am 25.12 heraus.
    [de] Das Beben der Stärke 7.5 zerstörte tausende Häuser.
    [de] Der 802.11n-Standard läuft auf 2,4 GHz.
    [es] Hay 1777 colegios y 10 000 personas.
    [tr] Enflasyon %25 oldu, yüzde 2,5 arttı.
    [tr] Duruşmayı 20,4 milyondan fazla insan seyretti.
    [zh-Hans] 该国接受了美国1.4亿美元的援助，销售额下降4.8%。
    [cs] Byla nalezena v 7.55 hodin.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from tqcheck.locale import base_language, capitalises_nouns, month_names, space_groups_accepted, unit_words
from tqcheck.model import Category, Severity
from tqcheck.rules._scripts import spaceless
from tqcheck.rules.base import make_rule

_UNITS = (
    r"%|percent|per cent|million|billion|trillion|thousand|km|kilometres|kilometers|metres|meters|m|cm|mm|kg|"
    r"tonnes|tons|degrees|°|euros?|EUR|BGN|leva|lev|dollars|USD|hours|minutes|times|points|litres|liters|ha|"
    r"Millionen|Milliarden|millions|milliards|млн|млрд|хил|％"
)
_SPACES = " \u00a0\u202f"


# Every pattern here opens with a run of digits. A leading digit class makes
# ``re`` test every character of the text (a tenth of a rules-only run went
# on these scans), so each pattern has a trigger: the character that must
# follow the run, a literal the engine skips ahead to. The pattern is tried
# only where the trigger matched, at the start of the run of digits before
# it, and compiled only when a trigger first matches (start-up counts for
# the hook; most texts hold no dotted date).


def digit_runs(
    text: str, pattern: str, trigger: re.Pattern[str], lead: int | None
) -> Iterator[re.Match[str]]:
    """What ``re.finditer(pattern, text)`` gives, for a pattern that opens
    with a run of digits (at most ``lead`` of them; None: any number) and
    goes on with the character ``trigger`` finds."""
    end = 0
    for hit in trigger.finditer(text):
        start = after = hit.start()
        floor = 0 if lead is None else max(0, after - lead)
        while start > floor and text[start - 1].isdecimal():  # what \d matches
            start -= 1
        if start == after or start < end:
            continue  # no digit before it, or inside the previous match
        match = _compiled(pattern).match(text, start)
        if match is not None:
            end = match.end()
            yield match


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _decimal(decimal: str) -> tuple[str, re.Pattern[str]] | None:
    """The pattern for a number written with the decimal separator the
    target does not use (one or two digits after it: three would be a
    group), and its trigger. What must stand after it (a unit) or before it
    is checked in code (_quantity)."""
    foreign = {".": ",", ",": "."}.get(decimal)
    if foreign is None:
        return None
    separator = re.escape(foreign)
    # The lookbehind after the first digit checks what stands before the number.
    pattern = rf"(\d(?<![\d.,:]\d)\d*){separator}(\d{{1,2}})(?![\d.,]\d)"
    return pattern, re.compile(rf"{separator}(?=\d)")


@cache
def _unit_patterns(lang: str, durations: bool = True) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(a unit or magnitude right after a number, one right before it): the
    target language's words from CLDR (Millionen, km, yüzde) and the words
    MT leaves from its source (_UNITS). Loaded only when a number with a
    foreign decimal separator or a four-digit count is found."""
    after, before = unit_words(lang, durations and not spaceless(lang))
    # A unit ends where its word ends, except: in a language without spaces
    # the next word follows at once (1,4亿美元, 4,8%让); and a word of four
    # letters or more may carry an ending (tr milyondan, fi miljoonaa).
    # Short units (m, km, ay, bin) stay whole words: `3,5 minds` holds no m.
    # Units of time are left out there: `3,4日`, `1,2年级` list days and grades.
    end = "" if spaceless(lang) else r"(?!\w)"
    inflected = sorted((re.escape(w) for w in after if len(w) >= 4 and w.isalpha()), key=len, reverse=True)
    words = sorted((re.escape(w) for w in after), key=len, reverse=True)  # longest first: km/h before km
    follows = re.compile(
        rf"\s?(?:(?:{'|'.join([*words, _UNITS])}){end}"
        + (rf"|(?:{'|'.join(inflected)})[^\W\d_]{{1,5}}(?!\w)" if inflected and end else "")
        + ")"
    )
    if not before:
        return follows, None
    precedes = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in sorted(before, key=len, reverse=True))})\s?$")
    return follows, precedes


def _quantity(text: str, m: re.Match[str], lang: str) -> bool:
    """A unit or magnitude stands right after the number, or right before
    it; not a time of day written with a dot before a word for hours
    (cs `v 7.55 hodin`, el `στις 12.00 ώρα`)."""
    follows, precedes = _unit_patterns(base_language(lang))
    if follows.match(text, m.end()):
        clock = len(m.group(2)) == 2 and int(m.group(1)) <= 24 and int(m.group(2)) < 60
        return not (clock and not _unit_patterns(base_language(lang), durations=False)[0].match(text, m.end()))
    return precedes is not None and precedes.search(text, max(0, m.start() - 20), m.start()) is not None


@cache
def _own_decimal(decimal: str) -> tuple[str, re.Pattern[str]]:
    separator = re.escape(decimal)
    return rf"(\d(?<![\d.,:]\d)\d{{0,2}}){separator}(\d{{1,2}})(?![\d.,]\d)", re.compile(rf"{separator}(?=\d)")


def _writes_own_decimals(text: str, decimal: str) -> bool:
    """The document writes some number with the target's own decimal
    separator (de `10,5`): then its other decimals should match."""
    return any(
        not _NUMBER_GOES_ON.match(text, m.end()) and not _clock_or_date(text, m)
        for m in digit_runs(text, *_own_decimal(decimal), lead=3)
    )


def _clock_or_date(text: str, m: re.Match[str]) -> bool:
    """``7.30`` (a time of day), ``7.5.`` or ``25.12`` (a day and month):
    not decimals."""
    whole, part = int(m.group(1)), m.group(2)
    clock = len(part) == 2 and whole <= 24 and int(part) < 60
    day = 1 <= whole <= 31 and 1 <= int(part) <= 12
    dot = text[m.end(1)] == "."
    day_month = day and (text[m.end() : m.end() + 1] == "." or (dot and len(part) == 2))
    return clock or day_month


# What stands before a number: the word (with an abbreviation's dot), or the
# last mark when no word does.
_BEFORE_NUMBER = re.compile(r"(?:([^\W_]+)(\.?)|(\S))[ \t\u00a0\u202f]*\Z")
ABBREVIATION = 4  # letters at most of a word with a dot that labels a number (Art., Abs., godz.); longer ends a sentence
_LABEL_MARKS = frozenset("§№#")
# A product's designation goes on in capitals: Golf 2.0 TDI, Windows 3.1 NT.
_DESIGNATION_AFTER = re.compile(r"[ \u00a0]?[A-Z][A-Z0-9]+\b")


def _labelled(text: str, m: re.Match[str], lang: str) -> bool:
    """Whether the number names something rather than measures it: after §
    or № (`§ 5.3`), an abbreviation (`Art. 3.2`, `п. 3.5`), a word with
    capitals or digits inside (`iOS 17.4`), a capitalised word where only
    names take capitals (`Python 3.9` in Turkish; in German every noun has
    one: `Stärke 7.5` is a magnitude), or before a designation in capitals
    (`2.0 TDI`)."""
    if _DESIGNATION_AFTER.match(text, m.end()):
        return True
    before = _BEFORE_NUMBER.search(text, max(0, m.start() - 40), m.start())
    if before is None:
        return False
    word, dot, mark = before.groups()
    if mark is not None:
        return mark in _LABEL_MARKS
    if (dot and len(word) <= ABBREVIATION) or any(ch.isdigit() or ch.isupper() for ch in word[1:]):
        return True
    if not word[0].isupper() or capitalises_nouns(lang):
        return False
    opening = text[max(0, before.start() - 3) : before.start()].rstrip(" \t\u00a0")
    return not (opening == "" or opening[-1] in "\n.!?:")  # a sentence's first word (A 7.6 magnitude) labels nothing


def _plain_decimal(text: str, m: re.Match[str], lang: str) -> bool:
    """A number with the other decimal separator and no unit is still a
    decimal in a document that writes its other decimals the target's way
    (`mit 16.5 zu 10,5`), where a word that leads into a quantity stands
    before it, unless it may be a time, a date or a version."""
    return (
        not _NUMBER_GOES_ON.match(text, m.end())
        and not _clock_or_date(text, m)
        and not _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not _labelled(text, m, lang)
    )


# 29.09.2019 is no 29.0, 802.11n a standard's name: the number goes on.
_NUMBER_GOES_ON = re.compile(r"\w|[.,]\d")


# A grouped number stands alone: a group of digits right before or after it
# (0800 555 111, +359 2 123 4567, ISBN 978 0 306 40615 7) means a phone
# number or a code, and so does a leading 0 or a +.
_SPACE_GROUP = (
    r"[1-9](?<![\d.,:+]\d)(?<!\d[ \u00a0\u202f]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})+"
    r"(?!\d)(?![.,]\d)(?![ \u00a0\u202f]\d)"
)


@cache
def _space_group_trigger(spaces: str) -> re.Pattern[str]:
    """``spaces``: the space characters the text holds (a literal when only one)."""
    return re.compile(f"[{spaces}](?=\\d{{3}})")


# Words that announce a phone number or a code, right before the number
# (hotline 112 100, PIN 1 234) or after a verb and "on"/"at" (call
# Samaritans free on 116 123); "call for 120 000 new homes" stays a quantity.
_NOT_A_QUANTITY = re.compile(
    r"(?:\b(?:call|calling|dial|dialling|dialing|ring)\b(?:[^\n\d.;]{0,30}\b(?:on|at))?"
    r"|\b(?:phone|telephone|tel|hotline|helpline|freephone|fax|mobile|sms|whatsapp|isbn|issn|iban|pin|"
    r"postcode|post code|zip|zip code|code)\b\.?(?:\s*(?:number|no\.?|line|on|is|:|#))*)\s*$",
    re.I,
)


# dd.mm.yyyy and hh.mm h. standing alone (not part of a version or an address).
# What stands before the number is checked in code (_glued); the triggers
# find the dot after the first run of digits.
_DOTTED_DATE = r"(\d\d?)\.(\d\d?)\.((?:19|20)\d\d)(?!\d|\.\d)"
_DOTTED_TIME = r"(\d\d?)\.([0-5]\d)[ \t\u00a0]?(?:h|hrs|hours|o'clock)(?![^\W\d_])(\.)?"
_DATE_TRIGGER = re.compile(r"\.(?=\d)")
_TIME_TRIGGER = re.compile(r"\.(?=[0-5]\d)")
_VERSION_BEFORE = re.compile(r"\b(?:version|ver|v|release|build|firmware)\.?[ \t\u00a0]*$", re.I)
_SENTENCE_END = re.compile(r"[ \t\u00a0]*(?:$|[\r\n]|[A-Z])", re.M)


def _glued(text: str, start: int) -> bool:
    """A digit, dot or comma right before: part of a longer number."""
    return start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,")


def _date_and_time(rule, ctx):
    import datetime

    text = ctx.text
    for m in digit_runs(text, _DOTTED_DATE, _DATE_TRIGGER, lead=2):
        if _glued(text, m.start()) or _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            continue  # not a date
        from babel.dates import format_date  # lazy: loading Babel's data costs ~13 ms; only for a real date

        english = format_date(date, format="long", locale=ctx.target_lang.replace("-", "_"))
        yield rule.finding(
            ctx, m.start(), m.end(),
            f"date written day.month.year, which {ctx.target_lang} does not use; write {english}", english,
        )
    for m in digit_runs(text, _DOTTED_TIME, _TIME_TRIGGER, lead=2):
        hour, minute = int(m.group(1)), m.group(2)
        if hour > 23 or _glued(text, m.start()):
            continue
        fix = f"{hour}:{minute}"
        if m.group(3) and _SENTENCE_END.match(text, m.end()):
            fix += "."  # the abbreviation's period also ended the sentence
        yield rule.finding(
            ctx, m.start(), m.end(),
            f"time written with a dot and an hour sign; {ctx.target_lang} writes {hour}:{minute}", fix,
        )


_SPACE_NAMES = {" ": "a space", "\u00a0": "a no-break space", "\u202f": "a narrow no-break space"}


def shown(separator: str) -> str:
    """A separator as a message shows it: quoted, or named when it is a
    space the reader cannot tell apart ('\\xa0' means nothing to an editor)."""
    return _SPACE_NAMES.get(separator, repr(separator))


def grouped(digits: str, symbols, decimals: str = "") -> str:
    """``digits`` written the target's way: its group separator and grouping
    sizes (Indian 1,00,000), no group under five digits where CLDR's
    minimumGroupingDigits says so (es 1234)."""
    primary, secondary = symbols.grouping
    if len(digits) <= primary or (len(digits) == primary + 1 and not symbols.groups_four_digits):
        head = digits
    else:
        parts = [digits[-primary:]]
        rest = digits[:-primary]
        while rest:
            parts.append(rest[-secondary:])
            rest = rest[:-secondary]
        head = symbols.group.join(reversed(parts))
    return head + (symbols.decimal + decimals if decimals else "")


# --- another locale's grouping: 1,234,567 or 12,000 in German, 1.234.567 in English

@cache
def _foreign_group(separators: str) -> tuple[str, re.Pattern[str]]:
    """A number grouped with a separator the target does not group with:
    two groups or more (1,234,567), one group of 000 (12,000: never three
    decimals), or one group followed by the other separator and decimals
    (1,234.5 in German). Phone numbers and codes stay out (_NOT_A_QUANTITY)."""
    sep = f"[{re.escape(separators)}]"
    pattern = (
        rf"([1-9](?<![\d.,]\d)\d{{0,2}})((?P<sep>{sep})(?:\d{{3}}(?:(?P=sep)\d{{3}})+|000(?!(?P=sep)\d)"
        rf"|\d{{3}}(?=[.,]\d)))(?!\d)(?:(?!(?P=sep))[.,](?P<decimals>\d+))?(?![.,]?\d)"
    )
    return pattern, re.compile(rf"{sep}(?=\d{{3}})")


def _foreign_groups(rule, ctx, symbols):
    text = ctx.text
    separators = "".join(c for c in ".," if c != symbols.group and c in text)
    if not separators:
        return
    for m in digit_runs(text, *_foreign_group(separators), lead=3):
        if _NOT_A_QUANTITY.search(text, max(0, m.start() - 40), m.start()):
            continue
        sep, decimals = m.group("sep"), m.group("decimals")
        digits = re.sub(r"\D", "", m.group(1) + m.group(2))
        yield rule.finding(
            ctx,
            m.start(),
            m.end(),
            f"thousands grouped with {sep!r}; {ctx.target_lang} groups with {shown(symbols.group)}"
            + (f" and writes decimals with {shown(symbols.decimal)}" if decimals else ""),
            grouped(digits, symbols, decimals or ""),
        )


# --- dates in another locale's order (9/29/2019 in German) ----------------------

_NUMERIC_DATE = r"(\d\d?)([./-])(\d\d?)\2((?:19|20)\d\d)(?![\d.]\d|\d)"
_NUMERIC_DATE_TRIGGER = re.compile(r"[./-](?=\d)")


def _valid(year: int, month: int, day: int):
    import datetime

    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _foreign_dates(rule, ctx, symbols):
    """A day-month-year date that, read in the target's order, is no date,
    while the other order makes one: 9/29/2019 in German (day first) is
    September 29 written the American way. Only unambiguous dates: 5/9/2019
    reads as a date either way and is left alone."""
    text = ctx.text
    order = symbols.date_order
    for m in digit_runs(text, _NUMERIC_DATE, _NUMERIC_DATE_TRIGGER, lead=2):
        if _glued(text, m.start()) or _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        day_first, month_first = _valid(year, b, a), _valid(year, a, b)
        if order == "dmy" and month_first and not day_first:
            date, written = month_first, "month/day/year"
        elif order == "mdy" and day_first and not month_first:
            date, written = day_first, "day/month/year"
        elif order == "ymd" and bool(day_first) != bool(month_first):
            date, written = day_first or month_first, "day/month/year" if day_first else "month/day/year"
        else:
            continue
        from babel.dates import format_date  # lazy: ~13 ms of locale data; only for a real date

        fixed = format_date(date, format="medium", locale=ctx.target_lang.replace("-", "_"))
        yield rule.finding(
            ctx, m.start(), m.end(),
            f"date written {written}, which {ctx.target_lang} does not use; write {fixed}", fixed,
        )


# --- percent: the sign's side and spacing (CLDR percent pattern) --------------------


def _percent(rule, ctx, symbols):
    """tr writes %25, the sign first; most languages 25%. The sign on the
    other side is flagged. The spacing is not: news in one language writes
    both (NTREX: ro 53 of 54 without CLDR's space, ru 12 of 12; Czech 14%
    is an adjective, 14 % a noun)."""
    text = ctx.text
    prefix = symbols.percent.startswith("%")
    at = text.find("%")
    while at >= 0:
        before = _NUMBER_BEFORE_PERCENT.search(text, max(0, at - 24), at)
        after = _NUMBER_AFTER_PERCENT.match(text, at + 1)
        if prefix and before is not None and after is None:
            number = before.group().strip(" \u00a0\u202f")
            yield rule.finding(
                ctx, before.start(), at + 1,
                f"percent sign after the number; {ctx.target_lang} writes it first (%{number})", f"%{number}",
            )
        elif not prefix and after is not None and before is None and (at == 0 or text[at - 1] in " \t\r\n\u00a0(["):
            yield rule.finding(
                ctx, at, after.end(), f"percent sign before the number; {ctx.target_lang} writes it after",
                f"{after.group()}%",
            )
        at = text.find("%", at + 1)


_NUMBER_BEFORE_PERCENT = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?[ \u00a0\u202f]?\Z")
_NUMBER_AFTER_PERCENT = re.compile(r"\d+(?:[.,]\d+)?(?![\w.,]?\w)")


# --- four-digit counts without a group separator (1777 polling stations) --------

_FOUR_DIGITS = re.compile(r"[1-9](?<![\w.,:/#№+\-–—]\d)\d{3}(?![\d.,:/\-–—]?\d)(?=[ \u00a0][^\W\d_])")
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)")
_CURRENCY_BEFORE = re.compile(r"[$€£¥₹]\Z")


def _counts(rule, ctx, symbols):
    """A count of 1,000 to 9,999 written without the group separator where
    the target groups four-digit numbers (en 1,777; es does not). Years are
    not counts: a number a year could be (1900-2100) counts only after a
    currency sign; any other needs a unit (CLDR) or a word after it
    that is not one of the target's commonest (`in 1777 the king`), and a
    capitalised word only above 2100 (a name may follow a year)."""
    from tqcheck.langid import common_words  # lazy: the word table loads only for a four-digit number

    text = ctx.text
    common = None
    for m in _FOUR_DIGITS.finditer(text):
        value = int(m.group())
        word = _NEXT_WORD.match(text, m.end()).group(1)
        money = _CURRENCY_BEFORE.search(text, max(0, m.start() - 1), m.start())
        if 1900 <= value <= 2100 and not money:
            continue  # a year, most likely (`2000 km` is missed)
        unit = _unit_patterns(base_language(ctx.target_lang), durations=False)[0].match(text, m.end())
        if not (unit or money):
            if common is None:
                common = common_words(ctx.target_lang)
            if (
                word.lower() in common
                or len(word) == 1
                or (word[0].isupper() and value <= 2100)
                or (len(word) > 1 and word.isupper())
            ):
                continue  # `in 1777 the`, `1500 n. Chr.`, `1848 Revolution`, `5000 BC`
            seg = ctx.segment_at(m.start())
            if seg is None or not text[seg.start : m.start()].strip(" \t\u00a0\"'“”„«»(["):
                continue  # `1884 zog Tesla...`: a sentence opens with a year, rarely with a count
            if _year_context(ctx, m.start()):
                continue  # `6 October 1789`, `im Jahr 1755`, `In 1889`, `6 octobre 1789`
        if _NOT_A_QUANTITY.search(text, max(0, m.start() - 40), m.start()):
            continue
        yield rule.finding(
            ctx, m.start(), m.end(),
            f"a count of four digits without a group separator; {ctx.target_lang} writes {grouped(m.group(), symbols)}",
            grouped(m.group(), symbols),
            severity=Severity.INFO,
        )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \u00a0]\Z")


def _year_context(ctx, start: int) -> bool:
    """The number follows a capitalised word (`October 1789`, `Jahr 1755`,
    `In 1889`) or a month name (`6 octobre 1789`): a year, most likely."""
    before = _WORD_BEFORE.search(ctx.text, max(0, start - 20), start)
    if before is None:
        return False
    word = before.group(1)
    return word[0].isupper() or word.lower() in month_names(ctx.target_lang)


def severities() -> tuple[Severity, ...]:
    return (Severity.INFO, Severity.MINOR)


def check(rule, ctx):
    text = ctx.text
    symbols = ctx.locale.target_numbers
    if base_language(ctx.target_lang) == "en":
        if "." in text:
            yield from _date_and_time(rule, ctx)
    elif "/" in text or "." in text or "-" in text:
        yield from _foreign_dates(rule, ctx, symbols)
    decimal = _decimal(symbols.decimal)
    if decimal is not None:
        own: bool | None = None  # whether the document writes decimals the target's way
        for m in digit_runs(text, *decimal, lead=None):
            suggestion: str | None = f"{m.group(1)}{symbols.decimal}{m.group(2)}"
            if not _quantity(text, m, ctx.target_lang):
                if own is None:
                    own = _writes_own_decimals(text, symbols.decimal)
                if not own or not _plain_decimal(text, m, ctx.target_lang):
                    continue
                suggestion = None  # read as a decimal from the document, not seen: no fix
            message = f"decimal separator: {ctx.target_lang} writes {shown(symbols.decimal)}, not {text[m.end(1)]!r}"
            if suggestion is None:
                message += f" (if it is a decimal: this document writes its other decimals with {shown(symbols.decimal)})"
            yield rule.finding(ctx, m.start(), m.end(), message, suggestion)
    spaces = "".join(c for c in _SPACES if c in text)
    if symbols.group in _SPACES or space_groups_accepted(ctx.target_lang):
        spaces = ""
    if spaces:
        for m in digit_runs(text, _SPACE_GROUP, _space_group_trigger(spaces), lead=3):
            if _NOT_A_QUANTITY.search(text, max(0, m.start() - 40), m.start()):
                continue
            digits = re.sub(r"\D", "", m.group())
            yield rule.finding(
                ctx,
                m.start(),
                m.end(),
                f"thousands grouped with spaces; {ctx.target_lang} groups with {shown(symbols.group)}",
                grouped(digits, symbols),
            )
    yield from _foreign_groups(rule, ctx, symbols)
    if "%" in text:
        yield from _percent(rule, ctx, symbols)
    if symbols.groups_four_digits and not spaceless(ctx.target_lang):
        yield from _counts(rule, ctx, symbols)


RULE = make_rule(
    __doc__,
    code="TQ504",
    name="number-format",
    severity=Severity.MINOR,
    category=Category.LOCALE,
    check=check,
    severities=severities,
)

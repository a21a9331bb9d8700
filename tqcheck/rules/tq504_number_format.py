"""Numbers written with the source locale's separators.

## What it does
Flags a decimal separator or a thousands grouping that the target locale
does not use, according to CLDR number symbols (read through Babel): in
English, a decimal comma before a unit or magnitude (`3,5 million`) and
thousands grouped with spaces (`50 000`). Phone numbers and codes are left
alone: a run of digit groups (`0800 555 111`), a leading `0` or `+`, or a
word such as call, hotline or ISBN just before the number.

In English it also flags dates and times in the Bulgarian (and wider
continental) notation: `12.05.2025` (day.month.year, which an American
reads as December 5) becomes the target's long date from CLDR (`May 12,
2025` in en, `12 May 2025` in en-GB), and a time with a dot and an hour
sign, `10.30 h.`, becomes `10:30`. A dotted time without the sign (`10.30`)
is left alone: it may be a decimal number.

## Why
Bulgarian writes `3,5 млн.` and `50 000`; MT often leaves the digits
untouched. In English `3,5` reads as a typo and `50 000` as two numbers.

## Example
    The transition will cost about 3,5 million euros.
    The militias have about 50 000 fighters.
    Inflation reached 2,8%.
    The meeting will be held on 12.05.2025 at 10.30 h. in Sofia.

## Use instead
    The transition will cost about 3.5 million euros.
    The militias have about 50,000 fighters.
    He scored 3, 5 and 7 points.
    Call Crimestoppers on 0800 555 111 or the helpline on 116 123.
    The meeting will be held on May 12, 2025 at 10:30 in Sofia.
    He upgraded to version 1.12.2025 and the IP 10.12.2024.1 stopped working.
    The leader ran 10.30 kilometres in 42.15 minutes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from tqcheck.locale import base_language
from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

_UNITS = (
    r"%|percent|per cent|million|billion|trillion|thousand|km|kilometres|kilometers|metres|meters|m|cm|mm|kg|"
    r"tonnes|tons|degrees|°|euros?|EUR|BGN|leva|lev|dollars|USD|hours|minutes|times|points|litres|liters|ha|"
    r"Millionen|Milliarden|millions|milliards|млн|млрд|хил"
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
    """The pattern for a decimal separator the target does not use, and its trigger."""
    foreign = {".": ",", ",": "."}.get(decimal)
    if foreign is None:
        return None
    separator = re.escape(foreign)
    # The lookbehind after the first digit checks what stands before the number.
    pattern = rf"(\d(?<![\d.,]\d)\d*){separator}(\d{{1,2}})(?![\d.,]\d)(?=\s?(?:{_UNITS})(?!\w))"
    return pattern, re.compile(rf"{separator}(?=\d)")


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


def check(rule, ctx):
    if base_language(ctx.target_lang) == "en" and "." in ctx.text:
        yield from _date_and_time(rule, ctx)
    symbols = ctx.locale.target_numbers
    decimal = _decimal(symbols.decimal)
    text = ctx.text
    if decimal is not None:
        for m in digit_runs(text, *decimal, lead=None):
            yield rule.finding(
                ctx,
                m.start(),
                m.end(),
                f"decimal separator: {ctx.target_lang} writes {symbols.decimal!r}, not {text[m.end(1)]!r}",
                f"{m.group(1)}{symbols.decimal}{m.group(2)}",
            )
    spaces = "".join(c for c in _SPACES if c in text) if symbols.group not in _SPACES else ""
    if spaces:
        for m in digit_runs(text, _SPACE_GROUP, _space_group_trigger(spaces), lead=3):
            if _NOT_A_QUANTITY.search(text, max(0, m.start() - 40), m.start()):
                continue
            digits = re.sub(r"\D", "", m.group())
            grouped = f"{int(digits):,}".replace(",", symbols.group)
            yield rule.finding(
                ctx,
                m.start(),
                m.end(),
                f"thousands grouped with spaces; {ctx.target_lang} groups with {symbols.group!r}",
                grouped,
            )


RULE = make_rule(
    __doc__,
    code="TQ504",
    name="number-format",
    severity=Severity.MINOR,
    category=Category.LOCALE,
    check=check,
)

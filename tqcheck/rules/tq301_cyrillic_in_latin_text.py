"""Cyrillic letters or words left in a Latin-script text.

## What it does
Flags each run of Cyrillic words in a target written in the Latin script
(English, German, French...), once per run, with a transliteration as the
suggestion. A Cyrillic month name in a date (`Май 7, 2025`, `7 май 2025`)
gets its own message and the English month. Sentences that are mostly
Cyrillic are left to TQ304, Bulgarian abbreviations (`лв.`, `ОД МВР`) to
TQ303, and words that mix the two scripts to TQ302.

## Why
Machine translation leaves words it cannot translate (rare names, villages,
abbreviations, dates) in the source alphabet. An English reader cannot
read them, and they are the plainest sign that nobody checked the text.

## Example
    The boy crashed into the fence of the former kindergarten in the village of Пролет.
    Май 7, 2025
    The meeting is on 7 май 2025 in Sofia.
    The newspaper “Труд” wrote about the case.

## Use instead
    The boy crashed into the fence of the former kindergarten in the village of Prolet.
    May 7, 2025
    The newspaper Trud wrote about the case.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules._scripts import (
    CYR,
    HAS_CYRILLIC,
    LAT,
    LATIN_TARGETS,
    MONTHS,
    foreign_segments,
    language_name,
    transliterate,
)
from tqcheck.rules.tq303_bulgarian_abbreviation import cyrillic_matches

# A Cyrillic word not glued to a Latin letter (those are TQ302's), and runs
# of them separated by spaces, hyphens or dots.
_WORD = f"(?<![{LAT}])[{CYR}]+(?![{LAT}])"
_RUN = re.compile(f"{_WORD}(?:[ \\t\\u00a0.\\-–]+{_WORD})*")
_DIGIT_BEFORE = re.compile(r"\d[ \t\u00a0.,]*$")
_DIGIT_AFTER = re.compile(r"[ \t\u00a0.,]*\d")
_LETTER = re.compile(f"[{CYR}]")


def _pieces(start: int, end: int, taken: list[tuple[int, int]]):
    """Parts of [start, end) not covered by TQ303's spans."""
    pos = start
    for s, e in taken:
        if e <= pos or s >= end:
            continue
        if s > pos:
            yield pos, s
        pos = max(pos, e)
    if pos < end:
        yield pos, end


def check(rule, ctx):
    text = ctx.text
    if not HAS_CYRILLIC.search(text):
        return
    skip = foreign_segments(ctx)
    taken = sorted((s, e) for s, e, _ in cyrillic_matches(ctx))
    for run in _RUN.finditer(text):
        seg = ctx.segment_at(run.start())
        if seg is None or seg.id in skip:
            continue
        for start, end in _pieces(run.start(), run.end(), taken):
            piece = text[start:end]
            # trim separators left at the edges of a piece
            lead = len(piece) - len(piece.lstrip(" \t\u00a0.-–"))
            trail = len(piece) - len(piece.rstrip(" \t\u00a0.-–"))
            start, end = start + lead, end - trail
            piece = text[start:end]
            if not _LETTER.search(piece):
                continue
            month = MONTHS.get(piece.lower())
            if month is not None:
                in_date = _DIGIT_BEFORE.search(text, max(0, start - 6), start) or _DIGIT_AFTER.match(text, end)
                what = "in a date" if in_date else "in the text"
                yield rule.finding(
                    ctx, start, end, f"Cyrillic month name {piece!r} left {what}; write {month}", month
                )
                continue
            yield rule.finding(
                ctx,
                start,
                end,
                f"Cyrillic text {piece!r} left untranslated in {language_name(ctx.target_lang)}",
                transliterate(piece, ctx.source_lang),
            )


RULE = make_rule(
    __doc__,
    code="TQ301",
    name="cyrillic-in-latin-text",
    severity=Severity.MAJOR,
    category=Category.UNTRANSLATED,
    check=check,
    target_langs=LATIN_TARGETS,
)

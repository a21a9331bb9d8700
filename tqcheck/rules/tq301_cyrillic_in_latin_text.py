"""Cyrillic letters or words left in a Latin-script text.

## What it does
Flags each run of Cyrillic words in a target written in the Latin script
(English, German, French...), once per run. What it suggests depends on
what the words are:

- a place with an English name of its own (`Брюксел`, `Атина`, `София`:
  the list in `tqcheck/data/bg_exonyms.tsv`) gets that name (`Brussels`);
- a name (every word capitalised, not at the start of the sentence:
  `the village of Пролет`) gets its transliteration in the Bulgarian
  Streamlined System (`Prolet`) as a hint, and the message asks to check
  whether English has a usual name for it;
- anything else (`съдебна реформа`, a lower-case word, a capitalised word
  at the start of a sentence) must be translated, not transliterated:
  `sadebna reforma` is not English, so there is no suggestion.

A Cyrillic month name in a date (`Май 7, 2025`, `7 май 2025`, `5 Ян. 2025`,
with the abbreviation's period) gets its own message and the English
month. Sentences that are mostly
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
    The talks were held in Брюксел on Monday.
    The so-called „съдебна реформа“ is stalled.

## Use instead
    The boy crashed into the fence of the former kindergarten in the village of Prolet.
    May 7, 2025
    The newspaper Trud wrote about the case.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from tqcheck.model import Category, Severity
from tqcheck.rules._scripts import (
    CYR,
    CYRILLIC_WORDS,
    LAT,
    LATIN_TARGETS,
    MONTHS,
    foreign_segments,
    has_script,
    language_name,
    transliterate,
)
from tqcheck.rules.base import make_rule
from tqcheck.rules.tq303_bulgarian_abbreviation import cyrillic_matches

# A Cyrillic word not glued to a Latin letter (those are TQ302's), and runs
# of them separated by spaces, hyphens or dots.
_WORD = f"(?<![{LAT}])[{CYR}]+(?![{LAT}])"
_RUN = re.compile(f"{_WORD}(?:[ \\t\\u00a0.\\-–]+{_WORD})*")
_DIGIT_BEFORE = re.compile(r"\d[ \t\u00a0.,]*$")
_DIGIT_AFTER = re.compile(r"[ \t\u00a0.,]*\d")
_LETTER = re.compile(f"[{CYR}]")
_SENTENCE_END = re.compile(r"[ \t\u00a0]*(?:$|[\r\n]|[^\W\d_](?<=[A-Z\u00c0-\u00de]))", re.M)
# Month forms written with a period: the period belongs to the span, so that
# `5 Ян. 2025` becomes `5 January 2025`, not `5 January. 2025`.
_ABBREVIATED_MONTHS = frozenset(
    "ян яну янв фев февр мар апр авг сеп септ сент окт ное ноем дек".split()
)
# What may precede the first word of a sentence: quotes, brackets, dashes.
_LEADING = " \t\u00a0\"“”„«»'‘’([—–-"


@cache
def exonyms() -> dict[str, str]:
    """Bulgarian place names whose English name is not their transliteration."""
    text = resources.files("tqcheck.data").joinpath("bg_exonyms.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            bulgarian, english = (c.strip() for c in line.split("\t"))
            table[bulgarian.lower()] = english
    return table


def _words_advice(ctx, start: int, end: int, piece: str) -> tuple[str, str | None]:
    """(message, suggestion) for Cyrillic words that are not a month."""
    lang = language_name(ctx.target_lang)
    english = exonyms().get(re.sub(r"\s+", " ", piece).lower())
    if english is not None:
        return f"Cyrillic name {piece!r} left in {lang}: the English name is {english}", english
    seg = ctx.segment_at(start)
    sentence_start = seg is not None and not ctx.text[seg.start : start].strip(_LEADING)
    words = CYRILLIC_WORDS.findall(piece)
    translit = transliterate(piece, ctx.source_lang)
    if all(w[:1].isupper() for w in words) and not sentence_start:
        # A name: transliteration is how English writes most Bulgarian names,
        # but a place or person may have a usual English spelling.
        return (
            f"Cyrillic name {piece!r} left in {lang}: transliterated {translit!r}? "
            "(check the usual English name)",
            translit,
        )
    if all(w[:1].isupper() for w in words):
        return (
            f"Cyrillic text {piece!r} left untranslated in {lang}: translate it "
            f"(if it is a name, transliterated: {translit!r}?)",
            None,
        )
    # Common words: a transliteration ("sadebna reforma") is not English.
    return f"Cyrillic text {piece!r} left untranslated in {lang}: translate it", None


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
    if not has_script(ctx, cyrillic=True):
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
                fix = month
                if piece.lower() in _ABBREVIATED_MONTHS and text[end : end + 1] == ".":
                    end += 1
                    piece = text[start:end]
                    if _SENTENCE_END.match(text, end):
                        fix += "."  # the period also ended the sentence
                in_date = _DIGIT_BEFORE.search(text, max(0, start - 6), start) or _DIGIT_AFTER.match(text, end)
                what = "in a date" if in_date else "in the text"
                yield rule.finding(
                    ctx, start, end, f"Cyrillic month name {piece!r} left {what}; write {month}", fix
                )
                continue
            message, suggestion = _words_advice(ctx, start, end, piece)
            yield rule.finding(ctx, start, end, message, suggestion)


RULE = make_rule(
    __doc__,
    code="TQ301",
    name="cyrillic-in-latin-text",
    severity=Severity.MAJOR,
    category=Category.UNTRANSLATED,
    check=check,
    target_langs=LATIN_TARGETS,
)

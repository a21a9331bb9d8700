r"""The same sentence twice in one document.

## What it does
Flags a sentence of five words or more that repeats an earlier sentence of
the document word for word (ignoring case, spacing and quote style).

## Why
Duplicated sentences come from scraping (a pull quote, a caption, a teaser)
or from a pipeline that translated a block twice. Published, they make the
article look unedited.

## Example
    The talks will resume on Monday in Baghdad. Officials confirmed it.\n\nThe talks will resume on Monday in Baghdad.

## Use instead
    The talks will resume on Monday in Baghdad. Officials confirmed the talks will resume.
"""

from __future__ import annotations

from collections.abc import Iterator

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

_QUOTES = "\"“”„«»'‘’"
MIN_WORDS = 5


def _without_quotes(text: str) -> str:
    """Quote marks become spaces, a piece of text at a time: a str.replace
    per mark that occurs (fast searches) instead of a translate per sentence."""
    for mark in _QUOTES:
        if mark in text:
            text = text.replace(mark, " ")
    return text


PIECE = 1 << 18


def _sentences(text: str, segments) -> Iterator[tuple[object, str]]:
    """(segment, its text with quote marks as spaces), the marks replaced a
    piece of about PIECE characters at a time (a copy of the whole text
    was 16 MB for an 8 MB file)."""
    i, n = 0, len(segments)
    while i < n:
        start = segments[i].start
        j = i
        while j < n and (j == i or segments[j].end - start <= PIECE):
            j += 1
        piece = _without_quotes(text[start : segments[j - 1].end])
        for seg in segments[i:j]:
            yield seg, piece[seg.start - start : seg.end - start]
        i = j


def check(rule, ctx):
    seen: dict[str, int] = {}
    # The message and details of the repeats of one sentence, made once
    # (a scraped page can repeat a line thousands of times).
    said: dict[int, tuple[str, tuple[tuple[str, object], ...]]] = {}
    for seg, key in _sentences(ctx.text, ctx.segments):
        # Most sentences are already single-spaced: split only the others
        # (any white space but " " makes a string unprintable).
        if not key.isprintable() or "  " in key or key[0] == " " or key[-1] == " ":
            key = " ".join(key.split())
        key = key.casefold()
        # Short sentences go into seen too (a key never equals one of another
        # length in words), so words are counted only on a repeat.
        if key in seen:
            if key.count(" ") + 1 < MIN_WORDS:
                continue
            first = seen[key]
            message, details = said.get(first) or said.setdefault(first, (
                f"this sentence repeats sentence {first + 1} of the document",
                (("removes", True), ("first_segment", first)),
            ))
            yield rule.finding(ctx, seg.start, seg.end, message, "", details=details)
        else:
            seen[key] = seg.id


RULE = make_rule(
    __doc__,
    code="TQ404",
    name="duplicated-sentence",
    severity=Severity.MAJOR,
    category=Category.MARKUP,
    check=check,
)

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

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

_QUOTES = "\"“”„«»'‘’"
MIN_WORDS = 5


def _without_quotes(text: str) -> str:
    """Quote marks become spaces, once for the whole text: a str.replace per
    mark that occurs (fast searches) instead of a translate per sentence."""
    for mark in _QUOTES:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def check(rule, ctx):
    seen: dict[str, int] = {}
    text = _without_quotes(ctx.text)
    for seg in ctx.segments:
        key = text[seg.start : seg.end]
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
            yield rule.finding(
                ctx,
                seg.start,
                seg.end,
                f"this sentence repeats sentence {seen[key] + 1} of the document",
                "",
                details=(("removes", True), ("first_segment", seen[key])),
            )
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

r"""The same sentence twice in one document.

## What it does
Flags a sentence of five words or more that repeats an earlier sentence of
the document word for word (ignoring case, spacing and quote style).

With a source, a repeat is faithful where the source says it twice too:
the source sentences of the two are each other's closest in the source
document, and alike (in any wording: two translators of one repeated
sentence rarely word it the same).

## Why
Duplicated sentences come from scraping (a pull quote, a caption, a teaser)
or from a pipeline that translated a block twice. Published, they make the
article look unedited.

## Example
    The talks will resume on Monday in Baghdad. Officials confirmed it.\n\nThe talks will resume on Monday in Baghdad.
    Преговорите ще продължат в понеделник в Багдад. Служителите го потвърдиха. Делегациите пристигат в неделя вечерта. => The talks will resume on Monday in Baghdad. Officials confirmed it. The talks will resume on Monday in Baghdad.

## Use instead
    The talks will resume on Monday in Baghdad. Officials confirmed the talks will resume.
    Преговорите ще продължат в понеделник в Багдад. Служителите го потвърдиха. Разговорите ще бъдат подновени в понеделник в Багдад. => The talks will resume on Monday in Baghdad. Officials confirmed it. The talks will resume on Monday in Baghdad.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from tqcheck.model import Category, Severity
from tqcheck.rules.base import RuleContext, make_rule

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


# Trigram likeness (alignment.anchors) of two source sentences that say one
# thing: 0.5-0.9 for FLORES-200's repeated sentence in 13 languages, where
# the likest other sentence of its article is at most 0.45.
SAID_AGAIN = 0.45


def _said_twice_in_source(ctx: RuleContext) -> Callable[[int, int], bool]:
    """Whether the source says again what target segments ``first`` and
    ``repeat`` say: a source sentence of the repeat's link and one of the
    first's are distinct, alike, and each the other's likest in the source.
    Always False without a source."""
    if ctx.source is None or not ctx.pairs:
        return lambda first, repeat: False
    from tqcheck.alignment.anchors import dice, features  # lazy: bilingual mode only

    text = ctx.source.checked_text
    ids = [s.id for s in ctx.source_segments]
    grams = {s.id: features(text[s.start : s.end], ctx.source_lang).trigrams for s in ctx.source_segments}
    link_sources = {j: pair.link.source_ids for pair in ctx.pairs for j in pair.link.target_ids}

    @cache
    def likest(i: int) -> tuple[int | None, float]:
        best, score = None, 0.0
        for other in ids:
            if other != i and (likeness := dice(grams[i], grams[other])) > score:
                best, score = other, likeness
        return best, score

    def said_twice(first: int, repeat: int) -> bool:
        for a in link_sources.get(first, ()):
            b, score = likest(a)
            if b is not None and score >= SAID_AGAIN and b in link_sources.get(repeat, ()) and likest(b)[0] == a:
                return True
        return False

    return said_twice


def check(rule, ctx):
    said_twice = None  # made on the first repeat: most documents have none to align for
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
            said_twice = said_twice or _said_twice_in_source(ctx)
            if said_twice(first, seg.id):
                continue
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

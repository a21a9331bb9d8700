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

_QUOTES = str.maketrans({c: " " for c in "\"“”„«»'‘’"})
MIN_WORDS = 5


def check(rule, ctx):
    seen: dict[str, int] = {}
    text = ctx.text
    for seg in ctx.segments:
        words = text[seg.start : seg.end].translate(_QUOTES).split()
        if len(words) < MIN_WORDS:
            continue
        key = " ".join(words).casefold()
        if key in seen:
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

"""A spaced hyphen used as a dash.

## What it does
Flags a hyphen with a space on both sides between words (`Sofia - about
minus 3°`), which should be an en dash (`–`) or an em dash (`—`). A hyphen
between two numbers (a range or a score: `2010 - 2015`, `Ayr 38 - 17
Melrose`) and a list bullet at the start of a line are left alone.

## Why
Bulgarian typing habits use the hyphen for the dash and MT copies it. It
also hides ranges and appositions from readers and screen readers.

## Example
    In Sofia - about minus 3 degrees.

## Use instead
    In Sofia – about minus 3 degrees.
    A well-known long-range missile.
    Livingston 1 - 0 Rangers
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

# The scan starts at the hyphen, the rarest character of the three, so the
# engine skips ahead to each hyphen; the space and the word before it are
# checked by the lookbehind.
_SPACED_HYPHEN = re.compile(r"-(?<=[\w.,;:)”\"’%°][ \u00a0]-)[ \u00a0](?=[\w(“\"‘])")
# Between two numbers: a range or a score line (10th - 11th, 2010 - 2015,
# 9am - 5pm, Ayr 38 - 17 Melrose) is not a dash. Tried at the hyphen.
_NUMBER_RANGE = re.compile(
    r"(?:(?<=\d[ \u00a0])|(?<=\d[\w%°][ \u00a0])|(?<=\d\w\w[ \u00a0]))-[ \u00a0][$£€]?\d"
)


# Hard-wrapped text: a soft line break next to the hyphen reads as a run of
# two or three spaces (segment.unwrapped), which a lookbehind cannot span;
# what comes before the run is checked in code.
_WIDE_HYPHEN = re.compile(r"-(?<=[ \u00a0]-)[ \u00a0]+(?=[\w(“\"‘])")
_WORD_BEFORE = re.compile(r"[\w.,;:)”\"’%°]\Z")
_NUMBER_BEFORE = re.compile(r"\d(?:\w{0,2}|[%°])\Z")
_NUMBER_AFTER = re.compile(r"[$£€]?\d")


def _hyphens(ctx):
    text = ctx.text
    for match in _SPACED_HYPHEN.finditer(text):
        if not _NUMBER_RANGE.match(text, match.start()):
            yield match.start()
    if ctx.view is None:
        return
    original = ctx.document.checked_text
    for match in _WIDE_HYPHEN.finditer(text):
        hyphen = match.start()
        lead = text[max(0, hyphen - 12) : hyphen]
        before = lead.rstrip(" \u00a0")
        spaces = text[hyphen - (len(lead) - len(before)) : match.end()]
        if "  " not in spaces or original[match.end() - len(spaces) : match.end()] == spaces:
            continue  # no soft break here: the pattern above judged it
        if _WORD_BEFORE.search(before) and not (
            _NUMBER_BEFORE.search(before) and _NUMBER_AFTER.match(text, match.end())
        ):
            yield hyphen


def check(rule, ctx):
    for hyphen in sorted(_hyphens(ctx)):
        yield rule.finding(ctx, hyphen, hyphen + 1, "a spaced hyphen used as a dash", "–")


RULE = make_rule(
    __doc__,
    code="TQ503",
    name="hyphen-as-dash",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

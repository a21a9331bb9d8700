"""Two or more spaces between words.

## What it does
Flags runs of two or more spaces inside a line of text (not indentation,
not the spacing of Markdown or HTML source). In HTML it counts the spaces
a reader sees: plain spaces collapse to one there, no-break spaces
(`&nbsp;`) do not, so `cabinet&nbsp;&nbsp;approved` is flagged and
`cabinet  approved` is not.

## Why
Double spaces are a trace of deleted or merged words in the MT pipeline,
and they render as visible gaps in many publishing systems.

## Example
    The militias are ready  to disarm.

## Use instead
    The militias are ready to disarm.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

_GAP = re.compile(r"[ \u00a0](?<=\S[ \u00a0])[ \u00a0]+(?=\S)")
# HTML: any white space between two visible characters; how many spaces a
# reader sees there is counted character by character (_visible_spaces).
_HTML_GAP = re.compile(r"(?<=\S)\s+(?=\S)")  # \s takes U+00A0 too


def _visible_spaces(original: str, masked: str, start: int, end: int) -> int | None:
    """How many spaces a browser shows for ``masked[start:end]``: one per
    no-break space (entity or character: it never collapses), one per run
    of plain white space (which collapses to one), none for tags and entity
    padding. None across a block tag: a paragraph break, not a gap."""
    count = 0
    collapsing = False
    for i in range(start, end):
        seen, written = masked[i], original[i]
        if seen == "\u00a0":
            count += 1
            collapsing = False
        elif written.isspace() or (seen == " " and written == "&"):  # white space, or an entity for a space
            count += not collapsing
            collapsing = True
        elif seen in "\r\n":
            return None
    return count


def _html_gaps(rule, ctx):
    original, text = ctx.document.text, ctx.text
    # Plain white space alone always collapses to one space: only a gap with
    # a no-break space in it can show two.
    if "\u00a0" not in text:
        return
    for match in _HTML_GAP.finditer(text):
        if "\u00a0" not in match.group():
            continue
        shown = _visible_spaces(original, text, match.start(), match.end())
        if shown is None or shown < 2:
            continue
        # A gap with tags in it is not replaced by one space: that would drop them.
        suggestion = None if "<" in original[match.start() : match.end()] else " "
        yield rule.finding(ctx, match.start(), match.end(), "more than one space between words", suggestion)


def check(rule, ctx):
    if ctx.document.format == "html":
        yield from _html_gaps(rule, ctx)
        return
    original = ctx.document.text
    text = ctx.text
    # A gap needs two spaces in a row: a plain substring test skips the
    # regex (which stops at every space) for nearly every text.
    if "  " not in text and "\u00a0" not in text:
        return
    for match in _GAP.finditer(text):
        # In markup the masked text has blanks where tags were; only real
        # spaces in the file count.
        if original[match.start() : match.end()] != match.group():
            continue
        yield rule.finding(ctx, match.start(), match.end(), "more than one space between words", " ")


RULE = make_rule(
    __doc__,
    code="TQ501",
    name="double-space",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

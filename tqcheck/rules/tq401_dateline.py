r"""A date, time or view-count line left over from the web page.

## What it does
Flags a line that holds nothing but a publication date, possibly with a
time and a view counter, such as `Apr 7, 2025 09:34 144` or
`07.04.2025 09:34`.

## Why
Text scraped from a news page carries the page's furniture. A dateline with
a view count is not part of the article and must not be published (nor
translated) as text.

## Example
    Apr 7, 2025 09:34 144
    Headline\n\nNov 21, 2024 09:46 42\n\nThe story starts here.
    07.04.2025 09:34

## Use instead
    The talks began on Apr 7, 2025 and ended a week later.
    On 7 April 2025, the talks began.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.pattern import removal_finding

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:яну|фев|мар|апр|май|юни|юли|авг|сеп|окт|ное|дек)[а-я]*\.?"
)
_DATELINE_BODY = (
    rf"[ \t]*(?:(?:{_MONTH})[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+(?:{_MONTH}),?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \t]*(?:\|[ \t]*)?\d{1,7})?[ \t]*(?=\r|$)"
)


def line_pattern(body: str, flags: int = 0) -> re.Pattern[str]:
    """A regex for ``body`` at the start of a line, for line_spans(): a line
    break (LF, or CR: a CRLF's LF starts the line), then the body. ``re``
    tries a leading ``^`` at every position of the text, while a leading
    line break is a class it skips ahead to."""
    return re.compile(rf"[\n\r](?:{body})", flags | re.M)


def line_spans(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The spans that ``re.finditer("^" + body, text, re.M)`` gives (for a
    body that does not look behind the start of its line). The text gets a
    line break in front, so the first line is found the same way, by one
    compiled pattern (start-up counts for the hook)."""
    for match in pattern.finditer("\n" + text):
        yield match.start(), match.end() - 1


_DATELINE = line_pattern(_DATELINE_BODY, re.I)


def check(rule, ctx):
    for start, end in line_spans(_DATELINE, ctx.text):
        message = "page furniture: a date/time/view-count line is not article text"
        yield removal_finding(rule, ctx, start, end, message)


RULE = make_rule(
    __doc__,
    code="TQ401",
    name="dateline",
    severity=Severity.MAJOR,
    category=Category.MARKUP,
    check=check,
)

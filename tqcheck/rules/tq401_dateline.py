r"""A date, time or view-count line left over from the web page.

## What it does
Flags a line that holds nothing but a publication date, possibly with a
time and a view counter, such as `Apr 7, 2025 09:34 144`,
`07.04.2025 09:34` or `Май 15, 2025 19:20 1 023` (a Cyrillic month, a
count grouped by a space), and a view count alone in a paragraph of its own
(`55`: the mobile site prints it instead of the date line). A number in a
list of numbers, and a year standing alone (a timeline's heading), are
left alone.

## Why
Text scraped from a news page carries the page's furniture. A dateline with
a view count is not part of the article and must not be published (nor
translated) as text.

## Example
    Apr 7, 2025 09:34 144
    Headline\n\nNov 21, 2024 09:46 42\n\nThe story starts here.
    07.04.2025 09:34
    Май 15, 2025 19:20 1 023
    Link to main version\n\nHeadline\n\n55\n\nThe story starts here.

## Use instead
    The talks began on Apr 7, 2025 and ended a week later.
    On 7 April 2025, the talks began.
    Results:\n\n12\n\n15\n\n21
    Timeline\n\n2024\n\nThe war began.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import chain

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.pattern import removal_finding

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:яну|фев|мар|апр|май|юни|юли|авг|сеп|окт|ное|дек)[а-я]*\.?"
)
# A view count: up to seven digits, or thousands grouped by a space
# (`1 023`, the Bulgarian way).
_COUNT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,7}"
_DATELINE_BODY = (
    rf"[ \t]*(?:(?:{_MONTH})[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+(?:{_MONTH}),?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:,?[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:[ \t]*(?:\|[ \t]*)?(?:{_COUNT}))?[ \t]*(?=\r|$)"
)


_BREAK = r"[\n\r]"


def line_pattern(body: str, flags: int = 0) -> re.Pattern[str]:
    """A regex for ``body`` at the start of a line, for line_spans(): a line
    break (LF, or CR: a CRLF's LF starts the line), then the body. ``re``
    tries a leading ``^`` at every position of the text, while a leading
    line break is a class it skips ahead to."""
    return re.compile(rf"{_BREAK}(?:{body})", flags | re.M)


@cache
def _at_text_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The body of a line_pattern alone, for the text's first line."""
    return re.compile(pattern.pattern[len(_BREAK) :], pattern.flags)


def line_spans(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """The spans that ``re.finditer("^" + body, text, re.M)`` gives (for a
    body that does not look behind the start of its line): those that
    ``pattern.finditer("\\n" + text)`` gives, read without that copy of
    the text: the first line by the body alone, then the rest by the
    pattern from where that match ended."""
    pos = 0
    head = _at_text_start(pattern).match(text)
    if head is not None:
        yield 0, head.end()
        pos = head.end()
    for match in pattern.finditer(text, pos):
        yield match.start() + 1, match.end()


_DATELINE = line_pattern(_DATELINE_BODY, re.I)
# A view count alone on its line (the mobile site prints it instead of the
# date line): the lines that start with a digit are found by their line
# break (a literal re skips ahead to), then read whole.
_DIGIT_LINE = re.compile(r"\n[ \t]*\d")
_DIGIT_FIRST = re.compile(r"[ \t]*\d")
_BARE_COUNT = re.compile(rf"[ \t]*(?:{_COUNT})[ \t]*")


def _bare_counts(text: str) -> Iterator[tuple[int, int]]:
    # The starts of the lines that start with a digit: the first line's
    # read alone (not from a copy of the text with a line break in front).
    first = [0] if _DIGIT_FIRST.match(text) else []
    for start in chain(first, (m.start() + 1 for m in _DIGIT_LINE.finditer(text))):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[end - 1 : end] == "\r":
            end -= 1
        if _BARE_COUNT.fullmatch(text, start, end):
            yield start, end


def _alone(text: str, start: int, end: int) -> bool:
    """A paragraph of its own, and not one of a list of numbers (the lines
    beside it, past blank ones, are not numbers too). Read in place: a copy
    of the text before and after each count made a long file quadratic."""
    before = _skip_back(text, start, " \t")  # text[:before] is the text before, blanks at its end left out
    after = _skip_on(text, end, " \t")
    if (before and not text.endswith(("\n\n", "\r\n\r\n"), 0, before)) or (
        after < len(text) and not text.startswith(("\n\n", "\r\n\r\n"), after)
    ):
        return False
    previous = _skip_back(text, before, None)  # past white space of every kind, as str.strip() goes
    previous_line = text[text.rfind("\n", 0, previous) + 1 : previous].strip()
    following = _skip_on(text, after, None)
    following_end = text.find("\n", following)
    following_line = text[following : len(text) if following_end < 0 else following_end].strip()
    return not any(re.fullmatch(_COUNT, line) for line in (previous_line, following_line) if line)


def _skip_back(text: str, i: int, chars: str | None) -> int:
    """``i`` moved back past the ``chars`` before it (None: white space)."""
    while i > 0 and (text[i - 1] in chars if chars is not None else text[i - 1].isspace()):
        i -= 1
    return i


def _skip_on(text: str, i: int, chars: str | None) -> int:
    """``i`` moved on past the ``chars`` after it (None: white space)."""
    while i < len(text) and (text[i] in chars if chars is not None else text[i].isspace()):
        i += 1
    return i


def _year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099


def check(rule, ctx):
    text = ctx.text
    for start, end in line_spans(_DATELINE, text):
        message = "page furniture: a date/time/view-count line is not article text"
        yield removal_finding(rule, ctx, start, end, message)
    for start, end in _bare_counts(text):
        number = text[start:end].strip()
        if _year(number) or not _alone(text, start, end):
            continue
        message = "page furniture: a view count alone on its line (the mobile site's) is not article text"
        yield removal_finding(rule, ctx, start, end, message)


RULE = make_rule(
    __doc__,
    code="TQ401",
    name="dateline",
    severity=Severity.MAJOR,
    category=Category.MARKUP,
    check=check,
)

"""Where an offset lies in a text: line starts and ends, line and column.

One definition of a line break for the whole project: CRLF, a bare CR or
LF (as ``str.splitlines`` counts the usual ones). A leaf module: it imports
nothing from tqcheck, so readers, rules and every output format can use it.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence

LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_start_offsets(text: str) -> Sequence[int]:
    """The offset where each line begins (the first is 0), as machine
    integers: 8 bytes a line, not a list's 36 (a report keeps them while it
    is written)."""
    starts = array("q", (0,))
    starts.extend(m.end() for m in LINE_BREAK.finditer(text))
    return starts


def line_col(text: str, offset: int, line_starts: Sequence[int] | None = None) -> tuple[int, int]:
    """1-based line and column of an offset (CRLF counts as one break).
    Pass ``line_starts`` (from :func:`line_start_offsets`) when asking many times."""
    starts = line_starts if line_starts is not None else line_start_offsets(text)
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


def line_number(text: str, offset: int) -> int:
    """1-based line of one offset, without building the table of line starts."""
    return len(LINE_BREAK.findall(text, 0, offset)) + 1


def line_start(text: str, offset: int) -> int:
    """Where the line holding ``offset`` begins. The search for a bare CR
    stops at the LF found first, so the cost is the line's length, not the
    text's (most texts hold no CR at all)."""
    lf = text.rfind("\n", 0, offset)
    return max(lf, text.rfind("\r", lf + 1, offset)) + 1


def line_end(text: str, offset: int) -> int:
    """Where the line holding ``offset`` ends: its line break, or the end of
    the text (searched no further than the next LF, as above)."""
    lf = text.find("\n", offset)
    stop = len(text) if lf < 0 else lf
    cr = text.find("\r", offset, stop)
    return stop if cr < 0 else cr

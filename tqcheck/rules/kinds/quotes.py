"""Quote-pairing kind, shared by the TQ1xx rules through ``ctx.quotes``.

Each double quote mark gets a role from its position (after space it opens,
before space or punctuation it closes), then marks are paired per paragraph.
A quotation may span sentences, and also paragraphs when the next paragraph
opens with a quote mark (the English convention for multi-paragraph quotes),
or a few lines with no blank line between when a closing mark on a later
line is the next mark (text with one sentence on each line).
A straight quotation may hold another straight one, closed together at the
end (`"He said, "Because he makes me laugh,"" she wrote.`). A straight mark
typed for an apostrophe is not a quote mark: between a letter and a
lower-case letter (`d"état`), or after a plural's s before a word
(`Dragons" Den`) where it would close nothing or the next mark closes the
quotation anyway. Between letters, a mark that closes an open straight
quotation that the paragraph's next mark does not close (none follows, or it
opens another quotation) is that quotation's end, with a suffix written onto
it (Turkish `"eylem"de`, Finnish `"Sanomat"ista`). Line breaks are \n, \r\n
or \r. The target language's pairs (locale.QuoteConventions) may nest in one
another (ru «…„…“…», ja 「…『…』…」): a mark that opens one of them inside
another opens a quotation within it. Glyphs that only open („ « 「 『) or
only close (» 」 』) take that role wherever they stand (`d’« actions »`),
unless the language also uses them the other way round (German »…«).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from tqcheck.locale import DOUBLE_MARKS, QuoteConventions
from tqcheck.positions import line_start

_OPENING_CONTEXT = frozenset(" \t\r\n\u00a0([{—–-/")
_CLOSING_CONTEXT = frozenset(" \t\r\n\u00a0)]},.;:!?…—–-/")
STRICT_OPENERS = frozenset("„«‟「『")
STRICT_CLOSERS = frozenset("»」』")
_VISIBLE = re.compile(r"\S")


@dataclass(frozen=True)
class Mark:
    pos: int
    char: str
    role: str  # "open" | "close" | "either"
    paragraph: int


@dataclass(frozen=True)
class Quotation:
    open: Mark
    close: Mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.open.pos + 1, self.close.pos


@dataclass(frozen=True)
class QuoteScan:
    marks: tuple[Mark, ...]
    quotations: tuple[Quotation, ...]
    unmatched: tuple[Mark, ...]

    def encloses(self, start: int, end: int) -> bool:
        """Whether a quotation opens before ``start`` and closes at or after
        ``end``: the quotations opening before ``start`` are a prefix (they
        are sorted), and one of them reaches ``end`` when the furthest does.
        A bisection, not a scan: a rule asks this of every candidate."""
        opens, reach = self._reach
        i = bisect.bisect_left(opens, start) - 1
        return i >= 0 and reach[i] >= end

    @cached_property
    def _reach(self) -> tuple[list[int], list[int]]:
        """The quotations' opening offsets, and the furthest closing offset of each prefix."""
        opens, reach, furthest = [], [], -1
        for q in self.quotations:
            furthest = max(furthest, q.close.pos)
            opens.append(q.open.pos)
            reach.append(furthest)
        return opens, reach


def _role(text: str, pos: int) -> str:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    opens = before in _OPENING_CONTEXT or before in DOUBLE_MARKS
    closes = after in _CLOSING_CONTEXT or after in DOUBLE_MARKS
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _mark_positions(text: str) -> list[int]:
    """Offsets of the double quote marks, in order: one str.find loop per
    mark (a fast search for one character) instead of a regex class, which
    re tests at every position of the text."""
    found = []
    for char in DOUBLE_MARKS:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def _apostrophe(text: str, pos: int) -> bool:
    """A straight mark between a letter and a lower-case letter (`d"état`)
    is an apostrophe typed as a quote mark, not a quote mark."""
    return (
        text[pos] == '"'
        and 0 < pos < len(text) - 1
        and text[pos - 1].isalpha()
        and text[pos + 1].isalpha()
        and text[pos + 1].islower()
    )


def _possessive(text: str, pos: int) -> bool:
    """A straight mark that may be a plural possessive's apostrophe:
    `Dragons" Den`, `the Lakers" website` (an s, the mark, a space, a word)."""
    return (
        text[pos] == '"'
        and pos > 0
        and text[pos - 1] in "sS"
        and text[pos + 1 : pos + 2] == " "
        and text[pos + 2 : pos + 3].isalpha()
    )


def scan(
    text: str, paragraph_of: Callable[[int], int | None], conventions: QuoteConventions | None = None
) -> QuoteScan:
    nesting: Mapping[str, frozenset[str]] = conventions.nesting if conventions is not None else {}
    pairs = conventions.pairs if conventions is not None else frozenset()
    strict_open = STRICT_OPENERS - {c for _, c in pairs}
    strict_close = STRICT_CLOSERS - {o for o, _ in pairs}
    candidates = []
    inside_word: set[int] = set()  # straight marks between a letter and a lower-case letter
    for pos in _mark_positions(text):
        para = paragraph_of(pos)
        if para is None:
            continue
        char = text[pos]
        if _apostrophe(text, pos):
            inside_word.add(pos)
            role = "close"
        else:
            role = "open" if char in strict_open else "close" if char in strict_close else _role(text, pos)
        candidates.append(Mark(pos, char, role, para))
    # For each candidate, the next mark that is not inside a word: one pass
    # from the end, so a paragraph of many d"état stays linear.
    next_mark: list[Mark | None] = [None] * len(candidates)
    following: Mark | None = None
    for i in range(len(candidates) - 1, -1, -1):
        next_mark[i] = following
        if candidates[i].pos not in inside_word:
            following = candidates[i]
    marks: list[Mark] = []
    quotations: list[Quotation] = []
    unmatched: list[Mark] = []
    # Open quotations, innermost last: a straight quotation may hold another
    # (`"He said, "Because he makes me laugh,"" she wrote.`).
    stack: list[Mark] = []
    parents: set[int] = set()  # opening marks that held a quotation of their own
    for i, mark in enumerate(candidates):
        if stack and mark.paragraph != stack[-1].paragraph and not (
            mark.role == "close" and _over_line_breaks(text, stack[-1].pos, mark.pos)
        ):
            # A quote left open at a paragraph end is fine only if the next
            # paragraph starts with an opening mark (a continued quotation),
            # and never one that held a quotation: what was left open then
            # is more likely the outer quotation's missing close.
            continued = mark.role != "close" and _starts_paragraph(text, mark) and stack[0].pos not in parents
            unmatched.extend(stack[1:] if continued else stack)
            stack = []
        nxt = next_mark[i]
        closes_later = nxt is not None and nxt.paragraph == mark.paragraph and nxt.role != "open"
        if mark.pos in inside_word:
            # An apostrophe (d"état), unless it closes an open straight
            # quotation that the paragraph's next mark does not close (none
            # follows, or it opens another): then a suffix follows the
            # quotation ("eylem"de, "Sanomat"ista).
            if not stack or stack[-1].char != '"' or closes_later:
                continue
        elif mark.role == "close" and _possessive(text, mark.pos):
            # An apostrophe when it would close nothing, or when the next
            # mark of the paragraph closes the quotation anyway.
            if not stack or (closes_later and nxt.role == "close"):
                continue
        marks.append(mark)
        if not stack:
            if mark.role == "close" or mark.char in STRICT_CLOSERS:
                unmatched.append(mark)
            else:
                stack.append(mark)
            continue
        top = stack[-1]
        if mark.role == "open" and mark.char == top.char == '"':
            parents.add(top.pos)
            stack.append(mark)  # a quotation inside the quotation
            continue
        opens = mark.role == "open" or mark.char in STRICT_OPENERS
        if opens and nesting and mark.char in nesting.get(top.char, ()):
            stack.append(mark)  # the language's inner pair inside its outer one
            continue
        if mark.role == "open" and mark.char in STRICT_OPENERS:
            unmatched.extend(stack)
            stack = [mark]
            continue
        quotations.append(Quotation(stack.pop(), mark))
    unmatched.extend(stack)
    quotations.sort(key=lambda q: q.open.pos)
    unmatched.sort(key=lambda m: m.pos)
    return QuoteScan(tuple(marks), tuple(quotations), tuple(unmatched))


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
MAX_LINE_BREAKS = 3


def _over_line_breaks(text: str, start: int, end: int) -> bool:
    """Whether only single line breaks (\\n, \\r\\n or \\r), at most
    MAX_LINE_BREAKS and no blank line, lie between two marks: a quotation
    over a few lines of a text with a sentence on each. Searched between
    the marks only: the lines between may be long."""
    previous = None
    for count, brk in enumerate(_LINE_BREAK.finditer(text, start, end), 1):
        if count > MAX_LINE_BREAKS:
            return False
        if previous is not None and _VISIBLE.search(text, previous, brk.start()) is None:
            return False  # a blank line: the paragraph ended
        previous = brk.end()
    return True


def _starts_paragraph(text: str, mark: Mark) -> bool:
    return not text[line_start(text, mark.pos) : mark.pos].strip()

"""Shared quote-mark scanner for the TQ1xx rules.

Each double quote mark gets a role from its position (after space it opens,
before space or punctuation it closes), then marks are paired per paragraph.
A quotation may span sentences, and also paragraphs when the next paragraph
opens with a quote mark (the English convention for multi-paragraph quotes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

DOUBLE_MARKS = "\"“”„«»‟"
_OPENING_CONTEXT = frozenset(" \t\r\n\u00a0([{—–-/")
_CLOSING_CONTEXT = frozenset(" \t\r\n\u00a0)]},.;:!?…—–-/")
STRICT_OPENERS = frozenset("„«‟")
STRICT_CLOSERS = frozenset("»")


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


def scan(text: str, paragraph_of: Callable[[int], int | None]) -> QuoteScan:
    marks = []
    for pos in _mark_positions(text):
        para = paragraph_of(pos)
        if para is None:
            continue
        marks.append(Mark(pos, text[pos], _role(text, pos), para))
    quotations: list[Quotation] = []
    unmatched: list[Mark] = []
    open_mark: Mark | None = None
    for i, mark in enumerate(marks):
        if open_mark is not None and mark.paragraph != open_mark.paragraph:
            # A quote left open at a paragraph end is fine only if the next
            # paragraph starts with an opening mark (a continued quotation).
            if not (mark.role != "close" and _starts_paragraph(text, mark)):
                unmatched.append(open_mark)
            open_mark = None
        if open_mark is None:
            if mark.role == "close" or mark.char in STRICT_CLOSERS:
                unmatched.append(mark)
            else:
                open_mark = mark
            continue
        if mark.role == "open" and (mark.char in STRICT_OPENERS or mark.char == open_mark.char == '"'):
            unmatched.append(open_mark)
            open_mark = mark
            continue
        quotations.append(Quotation(open_mark, mark))
        open_mark = None
    if open_mark is not None:
        unmatched.append(open_mark)
    return QuoteScan(tuple(marks), tuple(quotations), tuple(unmatched))


def _starts_paragraph(text: str, mark: Mark) -> bool:
    line_start = text.rfind("\n", 0, mark.pos) + 1
    return not text[line_start : mark.pos].strip()

"""HTML residue in the text.

## What it does
Flags visible HTML left in the text: tags (`</p>`, `<br>`), broken tags
with a space (`< /p>`), and character entities (`&nbsp;`, `&quot;`). In
HTML input, real markup is understood and skipped; only what would be shown
to the reader as text is flagged.

## Why
A translation pipeline that treats markup as text mangles it (`</p>` becomes
`< /p>`), and the reader sees the debris.

## Example
    No one was injured and there was no damage.< /p>
    The council met on Monday&nbsp;morning.

## Use instead
    No one was injured and there was no damage.
    Use the < and > signs to compare numbers.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.pattern import pattern_check

# Tags and entities are two patterns, each opening with its own literal, so
# the engine skips ahead to each < and & (one pattern would open with a
# class, tried at every character). A tag's attributes may hold an entity:
# the tag, which starts first, wins, as in one alternation.
_TAG = re.compile(
    r"<\s*/?\s*(?:p|br|div|span|a|b|i|u|em|strong|li|ul|ol|h[1-6]|img|table|tr|td|th|font|sup|sub|small|"
    r"blockquote|figure|figcaption|iframe|script|style|section|article|header|footer|nav|hr)\b[^<>\n]{0,200}?/?\s*>"
)
_ENTITY = re.compile(
    r"&(?:nbsp|amp|quot|apos|lt|gt|ndash|mdash|laquo|raquo|bdquo|ldquo|rdquo|hellip|#\d{2,6}|#x[0-9a-fA-F]{2,5});"
)


def residue(text: str) -> Iterator[re.Match[str]]:
    """Tags and entities, left to right, none inside another."""
    last_end = 0
    for match in heapq.merge(_TAG.finditer(text), _ENTITY.finditer(text), key=re.Match.start):
        if match.start() >= last_end:
            last_end = match.end()
            yield match


def _suggest(match: re.Match[str]) -> str:
    from html import unescape

    token = match.group()
    return unescape(token).replace("\u00a0", " ") if token.startswith("&") else ""


RULE = make_rule(
    __doc__,
    code="TQ405",
    name="markup-residue",
    severity=Severity.MAJOR,
    category=Category.MARKUP,
    check=pattern_check(residue, lambda m: f"HTML residue {m.group()!r} shown as text", _suggest),
)

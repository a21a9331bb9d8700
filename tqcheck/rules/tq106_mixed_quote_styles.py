"""Straight and curly double quotes mixed in one document.

## What it does
Counts straight (") and typographic (“ ” „ « ») double quote marks in the
document; when both kinds occur, flags the first straight quotation and
lists the positions of all straight marks in the finding's details. The
fix always goes towards the target's typographic marks (CLDR: “ ” for
English), the convention of edited news copy: the tool never tells an
editor to un-curl quotes. Only quotations written with two straight marks
count: a mark another rule already corrects (a foreign mark for TQ101, a
closing mark written with the opening glyph for TQ102, a pair of two
conventions for TQ103) is left to that rule, and straight quotes inside
markup or code left in the text (`<img src="x">`, `id = "main"`) are not
prose quotations. Where the target language does not write straight
quotes at all (German, French, Russian...), TQ107 reports them instead.

## Why
A document keeps one quote style. A mix shows that parts were pasted from
different sources or converted by different tools.

## Example
    “The talks are over,” he said. The party called it "a betrayal".
    The party called it "a betrayal". „We will not resign“, he said.

## Use instead
    “The talks are over,” he said. The party called it “a betrayal”.
    The party called it "a betrayal". He said "no".
    He wrote <img src="x.png"> and called it “a picture”.
"""

from __future__ import annotations

import bisect
import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

# A tag, a script or style element, or an assignment: straight quotes
# there are code, not quotations.
_TAG = re.compile(
    r"<(script|style)\b[^<>\n]{0,300}>.*?</\1\s*>|<\s*/?\s*[A-Za-z!][^<>\n]{0,300}>", re.I | re.S
)
_ASSIGNMENT = re.compile(r"=[ \t]*$")


def _in_code(text: str, pos: int, tags: list[tuple[int, int]]) -> bool:
    if _ASSIGNMENT.search(text, max(0, pos - 4), pos):
        return True
    i = bisect.bisect_right(tags, (pos, len(text))) - 1
    return i >= 0 and tags[i][0] < pos < tags[i][1]


def straight_quotations(ctx) -> list:
    """Quotations opened and closed with straight marks, outside code (mixed
    pairs are TQ103's); shared with TQ107."""
    return ctx.shared("straight_quotations", lambda: _straight_quotations(ctx))


def _straight_quotations(ctx) -> list:
    scan = ctx.quotes
    if not any(m.char == '"' for m in scan.marks):
        return []
    text = ctx.text
    tags = [m.span() for m in _TAG.finditer(text)] if "<" in text else []  # sorted, disjoint
    return [
        q for q in scan.quotations
        if q.open.char == q.close.char == '"' and not _in_code(text, q.open.pos, tags)
    ]


def check(rule, ctx):
    scan = ctx.quotes
    curly = [m for m in scan.marks if m.char != '"']
    if not curly or not any(m.char == '"' for m in scan.marks):
        return
    straight = straight_quotations(ctx)
    if not straight:
        return
    target = ctx.locale.target_quotes
    # One finding per document, on the first straight quotation's opening
    # mark: the fix is a decision about the whole text, not about each mark.
    first = straight[0].open
    yield rule.finding(
        ctx,
        first.pos,
        first.pos + 1,
        f"the document mixes straight and typographic double quote marks ({len(straight)} straight "
        f"quotation{'s' if len(straight) > 1 else ''}, {len(curly)} typographic marks); "
        f"{ctx.target_lang} typography uses {target.open} {target.close}: convert the straight ones "
        "(this is the first)",
        target.open,
        details=(("positions", [m.pos for q in straight for m in (q.open, q.close)]),),
        # TQ107 says the same, more plainly, where the language does not
        # write straight quotes at all.
        unless_covered=("straight-quotes",),
    )


RULE = make_rule(
    __doc__,
    code="TQ106",
    name="mixed-quote-styles",
    severity=Severity.INFO,
    category=Category.PUNCTUATION,
    check=check,
)

r"""The headline repeated as an image caption.

## What it does
Flags a line that repeats an earlier line (usually the headline) followed by
an image-caption counter such as `  - 1`.

## Why
News pages reuse the headline as the caption of the first photo
("Headline - 1"); scraped text keeps it as a line of its own, which reads as
a stutter in the published article.

## Example
    Militias are ready to disarm\n\nApr 7, 2025\n\nMilitias are ready to disarm  - 1
    Euro campaign decided\n\nEuro campaign decided - 2

## Use instead
    Militias are ready to disarm\n\nThe militias said they were ready - 1 step at a time.
    Results: Levski - 1, CSKA - 2
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.positions import line_start
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.pattern import removal_finding

# Find the caption suffix first (cheap: a pattern that starts with a literal
# hyphen is scanned fast; a look-behind first would not be), then look at its
# line. The spaces before the hyphen stay in the head, where _key ignores them.
_SUFFIX = re.compile(r"-(?<=[ \t]-)[ \t]*\d{1,3}[ \t]*(?=\r|$)", re.M)


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


def check(rule, ctx):
    text = ctx.text
    earlier: set[str] = set()  # keys of the lines before `scanned`, grown as matches go down the text
    scanned = 0
    for match in _SUFFIX.finditer(text):
        begins = line_start(text, match.start())
        head = text[begins : match.start()]
        if not head.strip():
            continue
        earlier.update(_key(line) for line in text[scanned:begins].splitlines())
        scanned = begins
        if _key(head) not in earlier:
            continue
        message = "page furniture: the headline repeated with an image-caption number"
        yield removal_finding(rule, ctx, begins, match.end(), message)


RULE = make_rule(
    __doc__,
    code="TQ403",
    name="repeated-headline",
    severity=Severity.MAJOR,
    category=Category.MARKUP,
    check=check,
)

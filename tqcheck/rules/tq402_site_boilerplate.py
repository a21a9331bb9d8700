r"""Site boilerplate copied into the article.

## What it does
Flags whole lines that match the site-boilerplate list in
`tqcheck/data/boilerplate.txt`: section labels (`Last news in Fakti`),
share, follow and read-more lines, tag lists, copyright lines. Only
label-like lines are tried: at most twelve words, and no sentence's final
punctuation unless the line is three words or fewer (`Subscribe.`), so a
sentence that happens to start like a label (`Follow us on this story as it
develops, the minister said.`) is never deleted. Add a line to the data file
to teach it a new site.

Credit lines in English (`Photo: BTA`, `Source: BNR`) are not flagged: a
credit in the body of a published news article is a normal attribution,
not page furniture, and deleting it would remove the source's credit. A
credit or a label left in Bulgarian (`Снимка: БГНЕС`, `Източник: БТА`) is the
source page's furniture, and so is the mobile site's `Link to main version`.

## Why
Scraped pages bring their navigation with them. Boilerplate in the body
of a published article shows the text went through a pipeline no one read.

## Example
    Last news in Fakti\n\nThe story starts here.
    Read more: the euro campaign
    Tags: Iraq, militias
    Follow us on Facebook
    Link to main version\n\nThe story starts here.
    Снимка: БГНЕС
    Follow us on Google News Showcase for the important news

## Use instead
    The story starts here.
    The last news conference of the year was held on Friday.
    Follow us on this story as it develops, the minister said.
    Read more books, the minister urged pupils.
    Photo: BTA
    The main version of the plan was approved.
"""

from __future__ import annotations

import re
from functools import cache

from tqcheck.data import data_text
from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.pattern import removal_finding
from tqcheck.rules.tq401_dateline import line_pattern, line_spans


@cache
def boilerplate_pattern() -> re.Pattern[str]:
    lines = data_text("boilerplate.txt").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return line_pattern(rf"[ \t]*(?:{'|'.join(f'(?:{p})' for p in patterns)})[ \t]*(?=\r|$)", re.I)


# A label is short and does not end like a sentence; longer lines or lines
# with a final period are prose, whatever they start with.
MAX_LABEL_WORDS = 12
MAX_PUNCTUATED_LABEL_WORDS = 3
_WORD = re.compile(r"\w+")


def label_like(line: str) -> bool:
    words = len(_WORD.findall(line))
    if words > MAX_LABEL_WORDS:
        return False
    return words <= MAX_PUNCTUATED_LABEL_WORDS or line.rstrip()[-1:] not in ".!?"


def check(rule, ctx):
    text = ctx.text
    for start, end in line_spans(boilerplate_pattern(), text):
        line = text[start:end].strip()
        if not label_like(line):
            continue
        message = f"page furniture: {line!r} is site boilerplate, not article text"
        yield removal_finding(rule, ctx, start, end, message)


RULE = make_rule(
    __doc__,
    code="TQ402",
    name="site-boilerplate",
    severity=Severity.MAJOR,
    category=Category.MARKUP,
    check=check,
)

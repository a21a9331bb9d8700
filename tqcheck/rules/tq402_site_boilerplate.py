r"""Site boilerplate copied into the article.

## What it does
Flags whole lines that match the site-boilerplate list in
`tqcheck/data/boilerplate.txt`: section labels (`Last news in Fakti`),
share and read-more lines, tag lists, photo credits, copyright lines.
Add a line to the data file to teach it a new site.

## Why
Scraped pages bring their navigation with them. Boilerplate in the body
of a published article shows the text went through a pipeline no one read.

## Example
    Last news in Fakti\n\nThe story starts here.
    Read more: the euro campaign
    Tags: Iraq, militias

## Use instead
    The story starts here.
    The last news conference of the year was held on Friday.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule, removal_finding


@cache
def boilerplate_pattern() -> re.Pattern[str]:
    lines = resources.files("tqcheck.data").joinpath("boilerplate.txt").read_text("utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return re.compile(rf"^[ \t]*(?:{'|'.join(f'(?:{p})' for p in patterns)})[ \t]*(?=\r|$)", re.I | re.M)


def check(rule, ctx):
    text = ctx.text
    for match in boilerplate_pattern().finditer(text):
        line = match.group().strip()
        message = f"page furniture: {line!r} is site boilerplate, not article text"
        found = removal_finding(rule, ctx, match.start(), match.end(), message)
        if found is not None:
            yield found


RULE = make_rule(
    __doc__,
    code="TQ402",
    name="site-boilerplate",
    severity=Severity.MAJOR,
    category=Category.MARKUP,
    check=check,
)

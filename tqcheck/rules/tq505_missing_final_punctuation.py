"""A body sentence without final punctuation.

## What it does
Flags the last sentence of a multi-sentence paragraph when it ends without
a period, question mark, exclamation mark or closing quote, in the
target's script (`。` and `！` in Chinese and Japanese, `؟` in Arabic, `۔`
in Urdu, `।` in Hindi end a sentence too). Headlines and
other one-sentence paragraphs without punctuation are left alone, and so are
a paragraph that ends with a colon, a semicolon or a dash (it announces what
follows), list items, photo credits (`Photo: BTA`) and sign-offs that end in
a handle or a web address.

## Why
A paragraph that stops mid-air usually lost its end in the pipeline (a
truncated segment, a dropped clause) or the translation merged two segments.

## Example
    The council met on Monday. It approved the budget without debate

    [ar] اجتمع المجلس يوم الاثنين. ووافق على الميزانية دون نقاش

## Use instead
    The council met on Monday. It approved the budget without debate.
    [ar] اجتمع المجلس يوم الاثنين. هل وافق على الميزانية؟
    [hi] परिषद की बैठक सोमवार को हुई. इसने बजट को मंज़ूरी दी।
    Iraqi militias are ready to disarm
    Protesters gathered in front of parliament. Photo: BTA
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.positions import line_start
from tqcheck.rules.base import make_rule

# Sentence ends, and ends that announce what follows (a colon before a list
# or a quotation, a semicolon in a list, a dash before the next paragraph),
# in every script: the ideographic full stop and full-width marks (Chinese,
# Japanese), the Arabic question mark and semicolon, the Urdu full stop, the
# Devanagari danda, the Armenian and Ethiopic full stops, the Greek question
# mark (;), and the closing quotes and brackets of those languages.
_FINAL = frozenset(".!?…\"'”“’»)]:;—–。！？．｡：；」』）】〉》؟؛۔।॥։።፧")
# A list item: bullets often carry no final punctuation.
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•–—▪►]|\(?(?:\d{1,2}|[a-z])[.)])[ \t]")
# A photo credit (Photo: BTA, Source: Reuters) or a sign-off ending in a
# handle or a web address (Follow us on Twitter @bbcnews).
_CREDIT = re.compile(
    r"(?:(?:Photos?|Photograph|Image|Picture|Video|Footage|Source|Sources|Credits?|Illustration|Graphic|Map|Chart)"
    r"\s*[:©/]|©)"
)
_SIGN_OFF = re.compile(r"(?:@\w+|\S+\.[a-z]{2,}(?:/\S*)?)$")


def _exempt(text: str, segments, i: int) -> bool:
    """A list item, a credit line or a sign-off: no final punctuation needed."""
    seg = segments[i]
    first = i
    while first and segments[first - 1].paragraph == seg.paragraph:
        first -= 1
    for start in (segments[first].start, line_start(text, seg.end - 1)):
        if _LIST_ITEM.match(text, start):
            return True
    return bool(_CREDIT.match(text, seg.start, seg.end) or _SIGN_OFF.search(text, seg.start, seg.end))


def check(rule, ctx):
    text = ctx.text
    segments = ctx.segments
    for i, seg in enumerate(segments):
        last_of_paragraph = i + 1 == len(segments) or segments[i + 1].paragraph != seg.paragraph
        first_of_paragraph = i == 0 or segments[i - 1].paragraph != seg.paragraph
        if not last_of_paragraph or first_of_paragraph or text[seg.end - 1] in _FINAL:
            continue
        if _exempt(text, segments, i):
            continue
        yield rule.finding(
            ctx,
            seg.end - 1,
            seg.end,
            "the paragraph's last sentence has no final punctuation",
            text[seg.end - 1] + ".",
        )


RULE = make_rule(
    __doc__,
    code="TQ505",
    name="missing-final-punctuation",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

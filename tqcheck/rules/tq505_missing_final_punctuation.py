"""A body sentence without final punctuation.

## What it does
Flags the last sentence of a multi-sentence paragraph when it ends without
a period, question mark, exclamation mark or closing quote. Headlines and
other one-line paragraphs without punctuation are left alone.

## Why
A paragraph that stops mid-air usually lost its end in the pipeline (a
truncated segment, a dropped clause) or the translation merged two segments.

## Example
    The council met on Monday. It approved the budget without debate

## Use instead
    The council met on Monday. It approved the budget without debate.
    Iraqi militias are ready to disarm
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

_FINAL = frozenset(".!?…\"'”“’»)]")


def check(rule, ctx):
    text = ctx.text
    segments = ctx.segments
    for i, seg in enumerate(segments):
        last_of_paragraph = i + 1 == len(segments) or segments[i + 1].paragraph != seg.paragraph
        first_of_paragraph = i == 0 or segments[i - 1].paragraph != seg.paragraph
        if not last_of_paragraph or first_of_paragraph or text[seg.end - 1] in _FINAL:
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

"""Comma or period doubled or placed outside the closing quote mark.

## What it does
Flags punctuation repeated on both sides of a closing quote mark
(`...,”, the message said`) in every language and, for English in the
default American style, a comma or period after the closing mark of a
quoted clause (`Iran”, an official said`). Set
`[tool.tqcheck.rules.TQ105] style = "british"` to allow the latter.

## Why
Bulgarian puts the comma after the closing quote; machine translation keeps
it there and sometimes adds a second one inside. Both break the English
convention the rest of the text follows.

The suggestion writes the target's closing mark (`s“.` becomes `s.”`), so
that it agrees with TQ102's fix of the same mark.

## Example
    “These forces must report to the commander, not to Iran”, an official statement said.
    “The attack was neutralised by radio-electronic warfare,”, the message said.

## Use instead
    “These forces must report to the commander, not to Iran,” an official statement said.
    “The attack was neutralised by radio-electronic warfare,” the message said.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import RuleOption, make_rule
from tqcheck.rules.tq110_quoted_name import looks_like_name

_DOUBLED = re.compile(r"([,.;!?])([”“\"»’])([,.])")
_WORDS = re.compile(r"\w+")


def closing_glyph(ctx, char: str) -> str:
    """The closing mark the suggestion writes: the mark itself when it is a
    closing mark of the target (or straight, or single), else the target's
    closing mark. A suggestion that kept `“` as a closing mark would undo
    TQ102's fix (and `„` TQ101's) on the same character."""
    target = ctx.locale.target_quotes
    if char in ('"', "’", "'", target.close, target.alt_close):
        return char
    return target.close


def check(rule, ctx):
    text = ctx.text
    for match in _DOUBLED.finditer(text):
        yield rule.finding(
            ctx,
            match.start(),
            match.end(),
            f"punctuation doubled around the closing quote: {match.group()!r}",
            match.group(1) + closing_glyph(ctx, match.group(2)),
        )
    style = rule.option(ctx, "style")
    if not ctx.target_lang.startswith("en") or style != "american":
        return
    for q in ctx.quotes.quotations:
        after = q.close.pos + 1
        if after >= len(text) or text[after] not in ",.":
            continue
        before = text[q.close.pos - 1]
        inner = text[q.open.pos + 1 : q.close.pos]
        # Short quoted names and titles keep the comma outside in practice;
        # only a quoted clause takes it inside.
        if before in ",.;:!?" or len(_WORDS.findall(inner)) < 4 or looks_like_name(inner):
            continue
        yield rule.finding(
            ctx,
            q.close.pos - 1,
            after + 1,
            f"in American English the {'comma' if text[after] == ',' else 'period'} goes inside the closing quote mark",
            before + text[after] + closing_glyph(ctx, q.close.char),
        )


RULE = make_rule(
    __doc__,
    code="TQ105",
    name="punctuation-at-closing-quote",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
    options=(RuleOption("style", default="american", choices=("american", "british")),),
)

"""A quotation closed with the opening glyph.

## What it does
Flags a closing quote mark written with the target locale's opening glyph,
as in “Reuters“ where English closes with ”.

## Why
Bulgarian opens with „ and closes with “; machine translation that swaps
only the opening mark leaves the Bulgarian closing mark, which in English is
an opening mark facing the wrong way.

## Example
    The officials spoke to “Reuters“ on Monday.
    “They are fully aware of it,“ he stressed.

## Use instead
    The officials spoke to Reuters on Monday.
    “They are fully aware of it,” he stressed.
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule


def check(rule, ctx):
    target = ctx.locale.target_quotes
    if target.open == target.close:
        return
    for quotation in ctx.quotes.quotations:
        close = quotation.close
        if close.char == target.open and close.role != "open":
            # The span is the wrong mark and the suggestion the right one, so
            # that replacing the span with the suggestion fixes the text.
            yield rule.finding(
                ctx,
                close.pos,
                close.pos + 1,
                f"closing quote written with the opening glyph {close.char}; {ctx.target_lang} closes with {target.close}",
                target.close,
            )


RULE = make_rule(
    __doc__,
    code="TQ102",
    name="closing-with-opening-glyph",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

"""Quote marks of another locale in the target text.

## What it does
Flags double quote marks that the target locale does not use according to
CLDR, such as the Bulgarian/German low opening mark „ or guillemets « » in
English, English “ ” in Russian, or Chinese corner brackets 「 」 in German.
Marks the language's style guides accept besides CLDR's
(`tqcheck/data/quote_conventions.tsv`: Spanish « », German » «) are not
foreign.

## Why
Machine translation often copies the source's quote marks verbatim. English
readers see „Reuters“ as a typo, and it tells them the text was machine
translated.

## Example
    The agency told „Reuters“ the talks had ended.
    He called the plan «a disaster».
    [ru] Министр назвал план “катастрофой”.
    [de] Er nannte den Plan 「eine Katastrophe」.

## Use instead
    The agency told Reuters the talks had ended.
    He called the plan “a disaster”.
    [ru] Министр назвал план «катастрофой».
    [es] El ministro calificó el plan de «desastre».
    [de] Er nannte den Plan »eine Katastrophe«.
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule


def check(rule, ctx):
    target = ctx.locale.target_quotes
    allowed = ctx.locale.target_conventions.accepted | {'"'}
    source_marks = ctx.locale.source_conventions.accepted if ctx.source_lang != ctx.target_lang else frozenset()
    for mark in ctx.quotes.marks:
        if mark.char in allowed:
            continue
        replacement = target.close if mark.role == "close" else target.open
        origin = f"the {ctx.source_lang} source's" if mark.char in source_marks else "another locale's"
        yield rule.finding(
            ctx,
            mark.pos,
            mark.pos + 1,
            f"quote mark {mark.char} is {origin} convention, not {ctx.target_lang}",
            replacement,
        )


RULE = make_rule(
    __doc__,
    code="TQ101",
    name="foreign-quote-marks",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
)

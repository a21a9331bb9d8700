"""Straight double quotes where the target language uses other marks.

## What it does
Flags quotations written with straight double quotes (") in a target
language whose quotation marks (CLDR) are others: German „ “, French « »,
Russian « », Polish „ ”, Chinese “ ”, Japanese 「 」. One finding per
document, on the first straight quotation, with the positions of all of
them in its details: the fix is one decision for the whole text. How
severe it is follows the language's practice, measured on professional
news translations (`tqcheck/data/quote_conventions.tsv`): minor by default,
info where news mixes both (Spanish, Ukrainian), and nothing where straight
quotes are the practice (English, Turkish, Arabic, Greek). Straight quotes
in markup or code (`<a href="x">`) are not quotations.

## Why
Machine translation and plain-text pipelines put out typewriter quotes; a
German or French reader sees "..." as copy nobody typeset, one of the
plainest signs of an unedited translation.

## Example
    [de] Der Minister sagte: "Die Gespräche sind beendet."
    [fr] Le ministre a parlé d'un "désastre".
    [ja] 大臣は"大惨事"だと述べた。
    [ru] Министр назвал план "катастрофой".

## Use instead
    [de] Der Minister sagte: „Die Gespräche sind beendet.“
    [fr] Le ministre a parlé d'un « désastre ».
    The minister called the plan "a disaster".
    [tr] Bakan plana "felaket" dedi.
    [ja] 大臣は「大惨事」だと述べた。
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.tq106_mixed_quote_styles import straight_quotations


def severities() -> tuple[Severity, ...]:
    return (Severity.INFO, Severity.MINOR)


def check(rule, ctx):
    conventions = ctx.locale.target_conventions
    if not conventions.straight_differs or '"' not in ctx.text:
        return
    straight = straight_quotations(ctx)
    if not straight:
        return
    marks = conventions.marks
    first = straight[0].open
    count = len(straight)
    yield rule.finding(
        ctx,
        first.pos,
        first.pos + 1,
        f"straight double quotes: {ctx.target_lang} quotes with {marks.open}…{marks.close} "
        f"({count} straight quotation{'s' if count > 1 else ''} in this document; this is the first)",
        marks.open,
        severity=Severity.INFO if conventions.straight == "info" else Severity.MINOR,
        details=(("positions", [m.pos for q in straight for m in (q.open, q.close)]),),
        covers=("straight-quotes",),
    )


RULE = make_rule(
    __doc__,
    code="TQ107",
    name="straight-quotes",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
    severities=severities,
)

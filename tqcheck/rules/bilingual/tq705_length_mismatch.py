"""Flags a translated sentence far shorter or longer than its source.

## What it does
Compares the length of each aligned one-to-one pair with the length ratio
of the language pair (English runs about 0.94 characters per Bulgarian
character) and reports pairs that are both less than half or more than
twice the expected length and far outside the usual spread.

## Why
A translation much shorter than its source has usually lost a clause; one
much longer has usually gained one. Both need a look from an editor.

## Example
    Правителството одобри новия бюджет след дълъг дебат в парламента, въпреки протестите на опозицията и синдикатите. => The budget passed.

## Use instead
    Правителството одобри новия бюджет след дълъг дебат в парламента, въпреки протестите на опозицията и синдикатите. => The government approved the new budget after a long debate in parliament, despite protests from the opposition and the unions.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.alignment.align import model_for
from tqcheck.alignment.lengths import text_length
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import quote

MIN_SOURCE_CHARS = 40
SHORT_RATIO, LONG_RATIO = 0.5, 2.0
DEVIATIONS = 4.0


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    model = model_for(ctx.source_lang, ctx.target_lang)
    for pair in ctx.pairs:
        if not pair.source or not pair.target or len(pair.link.source_ids) != 1 or len(pair.link.target_ids) != 1:
            continue
        source_length = text_length(pair.source, ctx.source_lang)
        if source_length < MIN_SOURCE_CHARS:
            continue
        target_length = text_length(pair.target, ctx.target_lang)
        expected = source_length * model.ratio
        ratio = target_length / expected
        deviation = model.deviation_from_source(source_length, target_length)
        if (ratio < SHORT_RATIO or ratio > LONG_RATIO) and abs(deviation) > DEVIATIONS:
            what = "shorter" if ratio < 1 else "longer"
            yield rule.finding(
                ctx, pair.target_start, pair.target_end,
                f"the translation is {ratio:.1f} times the expected length ({what} than the source suggests): "
                f"“{quote(pair.source)}”",
                category=Category.OMISSION if ratio < 1 else Category.ADDITION,
            )


RULE = make_rule(
    __doc__,
    code="TQ705",
    name="length-mismatch",
    severity=Severity.MINOR,
    category=Category.OMISSION,
    check=check,
)

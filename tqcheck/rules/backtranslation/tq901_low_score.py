"""Low round-trip score.

## What it does
Translates the sentence back into the source language and forward again (or,
with a source text, compares the back-translation with the source sentence)
and flags it when the chrF++ score of that comparison is below
``min_chrf`` (default 40).

## Why
A sentence whose meaning broke has no typographic shape a rule could match.
When a model cannot carry it through a round trip, a reader will not get the
meaning either: the low score points at garbled syntax, a wrong word, or
content that does not hang together.

## Example
    Already on Friday around noon, it will rain, first rain, which will change to snow. => As of Friday at noon there will be rain, the first rain that changes into snow.

## Use instead
    From Friday noon it will rain, and the rain will turn to snow. => From Friday noon it will rain, and the rain will turn into snow.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.backtranslation.base import Thresholds, Trip, leg, quote
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.round_trip import Flag, flag_trips


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    def judge(trip: Trip, th: Thresholds) -> Flag | None:
        if trip.scores.chrf >= th.min_chrf:
            return None
        what = leg(trip)
        return Flag(
            f"{what} scores chrF++ {trip.scores.chrf:.1f} (below {th.min_chrf:g}): the meaning may have broken; "
            f"{what}: {quote(trip.hypothesis)}",
            {"threshold": th.min_chrf},
        )

    return flag_trips(rule, ctx, judge)


RULE = make_rule(
    __doc__,
    code="TQ901",
    name="low-round-trip-score",
    severity=Severity.MAJOR,
    category=Category.MISTRANSLATION,
    check=check,
    stage="backtranslation",
)

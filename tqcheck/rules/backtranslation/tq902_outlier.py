"""Round-trip score far below the rest of the document.

## What it does
Computes every sentence's robust z-score of chrF++ against the document
(median and median absolute deviation) and flags a sentence at or below
``-outlier_z`` (default 2.5) whose score is also under ``outlier_max_chrf``
(default 70), when at least ``outlier_min_sentences`` sentences were scored.
A sentence already flagged as TQ901 is not flagged again.

## Why
How well round trips survive depends on the language pair, the models and
the genre, so one absolute threshold misses sentences that are poor for
their document. A sentence that drifts far more than its neighbours is the
one to read first.

## Example
    The conditions for tourism in the mountains will be good tomorrow as well. => Tomorrow, tourists will find good conditions in the mountains too.

## Use instead
    Conditions in the mountains will be good for tourism tomorrow as well. => Conditions in the mountains will be good for tourism tomorrow too.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.backtranslation.base import Thresholds, Trip, leg, quote
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.round_trip import Flag, flag_trips


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    analysis = ctx.backtranslation
    if analysis is None or len(analysis.trips) < analysis.thresholds.outlier_min_sentences:
        return ()

    def judge(trip: Trip, th: Thresholds) -> Flag | None:
        if trip.scores.chrf < th.min_chrf:
            return None  # TQ901 already covers it
        if trip.chrf_z > -th.outlier_z or trip.scores.chrf >= th.outlier_max_chrf:
            return None
        what = leg(trip)
        return Flag(
            f"{what} scores chrF++ {trip.scores.chrf:.1f}, far below the rest of the document "
            f"(robust z {trip.chrf_z:.1f}); {what}: {quote(trip.hypothesis)}"
        )

    return flag_trips(rule, ctx, judge)


RULE = make_rule(
    __doc__,
    code="TQ902",
    name="round-trip-outlier",
    severity=Severity.MINOR,
    category=Category.MISTRANSLATION,
    check=check,
    stage="backtranslation",
)

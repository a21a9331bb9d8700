"""The translation model copied the sentence instead of translating it.

## What it does
Flags a sentence whose back-translation (into the source language) is
identical or nearly identical to the sentence itself (similarity at or above
``copy_similarity``, default 0.9), when the sentence has at least
``min_content_words`` words. Such a sentence is not flagged by TQ901 or TQ902,
whose scores a copy makes meaningless.

## Why
Models copy what they cannot read: text left in the source language, text in
a third language, or garbled strings. A round trip hides this completely:
the copy comes back unchanged and scores perfectly. Checking the first leg
on its own catches it.

## Example
    Синоптиците очакват валежи от дъжд и сняг през уикенда. => Синоптиците очакват валежи от дъжд и сняг през уикенда.

## Use instead
    Forecasters expect rain and snow over the weekend. => Синоптиците очакват дъжд и сняг през уикенда.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.backtranslation.base import Thresholds, Trip
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.round_trip import Flag, flag_trips


def copied(trip: Trip, th: Thresholds) -> float | None:
    """The similarity of back-translation and sentence when it counts as a copy."""
    from tqcheck.backtranslation.scoring import similarity  # loaded by the stage that made the trip

    if trip.content_words < th.min_content_words:
        return None
    sim = similarity(trip.back, trip.original)
    return sim if sim >= th.copy_similarity else None


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    def judge(trip: Trip, th: Thresholds) -> Flag | None:
        sim = copied(trip, th)
        if sim is None:
            return None
        return Flag(
            f"the back-translation model returned the sentence almost unchanged (similarity {sim:.2f}): "
            "it may be untranslated, in another language, or garbled",
            {"similarity": round(sim, 3)},
        )

    # TQ901-903 judge this sentence too; reported once, here (flag_trips).
    return flag_trips(rule, ctx, judge, reports_copies=True)


RULE = make_rule(
    __doc__,
    code="TQ904",
    name="back-translation-copied",
    severity=Severity.MAJOR,
    category=Category.UNTRANSLATED,
    check=check,
    stage="backtranslation",
)

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

from collections.abc import Sequence

from tqcheck.backtranslation.scoring import similarity
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.backtranslation.base import Flag, Thresholds, Trip, flag_trips

CODE = "TQ904"
SEVERITY = Severity.MAJOR
CATEGORY = Category.UNTRANSLATED
NAME = "back-translation-copied"


def copied(trip: Trip, th: Thresholds) -> float | None:
    """The similarity of back-translation and sentence when it counts as a copy."""
    if trip.content_words < th.min_content_words:
        return None
    sim = similarity(trip.back, trip.original)
    return sim if sim >= th.copy_similarity else None


def check(trips: Sequence[Trip], th: Thresholds, skip: frozenset[int] = frozenset()) -> list[Finding]:
    def judge(trip: Trip) -> Flag | None:
        sim = copied(trip, th)
        if sim is None:
            return None
        return Flag(
            f"the back-translation model returned the sentence almost unchanged (similarity {sim:.2f}): "
            "it may be untranslated, in another language, or garbled",
            {"similarity": round(sim, 3)},
        )

    return flag_trips(CODE, SEVERITY, CATEGORY, trips, skip, judge)

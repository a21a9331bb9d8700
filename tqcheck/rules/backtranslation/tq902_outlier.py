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

from collections.abc import Sequence

from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.backtranslation.base import Flag, Thresholds, Trip, flag_trips, leg, quote

CODE = "TQ902"
SEVERITY = Severity.MINOR
CATEGORY = Category.MISTRANSLATION
NAME = "round-trip-outlier"


def check(trips: Sequence[Trip], th: Thresholds, skip: frozenset[int] = frozenset()) -> list[Finding]:
    if len(trips) < th.outlier_min_sentences:
        return []

    def judge(trip: Trip) -> Flag | None:
        if trip.scores.chrf < th.min_chrf:
            return None  # TQ901 already covers it
        if trip.chrf_z > -th.outlier_z or trip.scores.chrf >= th.outlier_max_chrf:
            return None
        what = leg(trip)
        return Flag(
            f"{what} scores chrF++ {trip.scores.chrf:.1f}, far below the rest of the document "
            f"(robust z {trip.chrf_z:.1f}); {what}: {quote(trip.hypothesis)}"
        )

    return flag_trips(CODE, SEVERITY, CATEGORY, trips, skip, judge)

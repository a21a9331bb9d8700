"""Round trip much shorter or longer than the sentence.

## What it does
Compares the length in characters of the round trip with the original
sentence (with a source text: the back-translation with the source
sentence) and flags a ratio below ``min_length_ratio`` (default 0.6) or above
``max_length_ratio`` (default 1.6), or a ratio that is a robust outlier for
the document (|z| of its logarithm at or above ``length_outlier_z``, default
3.5, and outside ``1/length_outlier_band``..``length_outlier_band``).
Sentences with fewer than ``min_content_words`` words are skipped.

## Why
A sentence that loses a third of its length in a round trip usually had a
clause the model could not connect (or, with a source, the translation
dropped it: an omission); one that grows had content the model invented to
make sense of it, or the translation added something.

## Example
    Widespread precipitation is also expected, more intense in the southwestern half of the country. => Rainfall is also expected.

## Use instead
    Widespread rain is also expected, heavier in the south-west of the country. => Widespread rain is also expected, heavier in the southwest of the country.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.backtranslation.base import Thresholds, Trip, leg, quote
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.round_trip import Flag, flag_trips


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    analysis = ctx.backtranslation
    if analysis is None:
        return ()
    use_z = len(analysis.trips) >= analysis.thresholds.outlier_min_sentences

    def judge(trip: Trip, th: Thresholds) -> Flag | None:
        r = trip.length_ratio
        if trip.content_words < th.min_content_words:
            return None
        absolute = r < th.min_length_ratio or r > th.max_length_ratio
        relative = (
            use_z
            and abs(trip.length_z) >= th.length_outlier_z
            and not (1 / th.length_outlier_band <= r <= th.length_outlier_band)
        )
        if not (absolute or relative):
            return None
        bilingual = trip.round_trip is None
        if r < 1:
            category = Category.OMISSION
            why = (
                "the translation may leave out part of the source"
                if bilingual
                else "part of the sentence did not survive the round trip"
            )
        else:
            category = Category.ADDITION
            why = (
                "the translation may add content the source does not have"
                if bilingual
                else "the model added content to make sense of the sentence"
            )
        what = leg(trip)
        against = "the source sentence" if bilingual else "the sentence"
        return Flag(
            f"{what} is {r:.0%} of the length of {against}: {why}; {what}: {quote(trip.hypothesis)}",
            {"length_z": round(trip.length_z, 2)},
            category,
        )

    return flag_trips(rule, ctx, judge)


RULE = make_rule(
    __doc__,
    code="TQ903",
    name="round-trip-length-ratio",
    severity=Severity.MINOR,
    category=Category.OMISSION,  # the default: an addition when the round trip grows
    check=check,
    stage="backtranslation",
)

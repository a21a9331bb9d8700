"""Round-trip kind for the back-translation rules (TQ9xx): judge every
sentence's trip (its back-translation, round trip and scores, made by the
back-translation stage) and flag the sentence.

The stage translates and scores; the rules judge, through ``flag_trips``,
and say nothing when back-translation did not run (``ctx.backtranslation``
is None then).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tqcheck.model import Category, Finding
from tqcheck.rules.backtranslation.base import Thresholds, Trip, details
from tqcheck.rules.base import Rule, RuleContext


@dataclass(frozen=True)
class Flag:
    """What a rule's judge says about one trip: the message, extra details,
    and a category when it differs from the rule's."""

    message: str
    extra: Mapping[str, Any] = field(default_factory=dict)
    category: Category | None = None


def copy_key(segment_id: int) -> str:
    """What TQ904's finding on a copied sentence covers (model.Finding.covers)."""
    return f"copied:{segment_id}"


def flag_trips(
    rule: Rule,
    ctx: RuleContext,
    judge: Callable[[Trip, Thresholds], Flag | None],
    *,
    reports_copies: bool = False,
) -> Iterable[Finding]:
    """The loop every TQ9xx rule runs: ask ``judge`` about each sentence's
    trip and turn its flags into findings on the sentence's span.

    A sentence the model copied is reported once, by TQ904 (a copy makes
    the round trip's scores meaningless): its findings cover the sentence
    (``reports_copies``) and the other rules' findings on it defer to them,
    so the engine keeps theirs only when TQ904's is not reported."""
    analysis = ctx.backtranslation
    if analysis is None:
        return
    for trip in analysis.trips:
        flag = judge(trip, analysis.thresholds)
        if flag is None:
            continue
        copy = (copy_key(trip.segment.id),)
        yield rule.finding(
            ctx,
            trip.segment.start,
            trip.segment.end,
            flag.message,
            category=flag.category,
            details=details(trip, **flag.extra),
            covers=copy if reports_copies else (),
            unless_covered=() if reports_copies else copy,
        )

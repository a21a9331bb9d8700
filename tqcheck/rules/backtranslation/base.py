"""What every back-translation rule reads (``ctx.backtranslation``): one
Trip per sentence and the thresholds, as the back-translation stage made
them; and the details its findings carry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tqcheck.display import shorten
from tqcheck.model import Segment

if TYPE_CHECKING:
    from tqcheck.backtranslation.scoring import Scores


@dataclass(frozen=True)
class Thresholds:
    min_chrf: float = 40.0  # TQ901: chrF++ below this is a broken round trip
    outlier_z: float = 2.5  # TQ902: robust z-score at or below -outlier_z
    outlier_max_chrf: float = 70.0  # TQ902: never call a sentence scoring this well an outlier
    outlier_min_sentences: int = 5  # TQ902/903: fewer scored sentences give no usable median
    min_length_ratio: float = 0.6  # TQ903
    max_length_ratio: float = 1.6  # TQ903
    length_outlier_z: float = 3.5  # TQ903: robust z of the log ratio...
    length_outlier_band: float = 1.25  # ...flagged only outside [1/band, band]
    copy_similarity: float = 0.9  # TQ904: back-translation this similar to the input is a copy
    min_content_words: int = 3  # TQ903/904: shorter sentences (dates, names) are skipped

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> "Thresholds":
        known = cls.__dataclass_fields__
        values = {}
        for name, f in known.items():
            if name in options:
                kind = int if isinstance(f.default, int) and not isinstance(f.default, bool) else float
                try:
                    values[name] = kind(options[name])
                except (TypeError, ValueError):
                    raise ValueError(
                        f"[tool.tqcheck.backtranslation] {name} must be a number, not {options[name]!r}"
                    ) from None
        return cls(**values)


@dataclass(frozen=True)
class Trip:
    """One sentence's journey. Monolingual: ``hypothesis`` is the round trip and
    ``reference`` the original sentence. With a source: ``hypothesis`` is the
    back-translation and ``reference`` the aligned source sentence."""

    segment: Segment
    original: str  # the checked (translated) sentence
    back: str  # its back-translation into the source language
    round_trip: str | None
    reference: str
    hypothesis: str
    scores: Scores
    length_ratio: float  # len(hypothesis) / len(reference)
    content_words: int
    chrf_z: float = 0.0
    length_z: float = 0.0


@dataclass(frozen=True)
class RoundTrips:
    """What the back-translation stage hands the rules (StageResult.analysis,
    then RuleContext.backtranslation): every sentence's trip, in document
    order, and the thresholds the rules judge them by."""

    trips: tuple[Trip, ...]
    thresholds: Thresholds


def details(trip: Trip, **extra: Any) -> tuple[tuple[str, Any], ...]:
    # Imported here: scoring loads statistics (with decimal and fractions),
    # a cost every rules-only run would pay for rules that then find nothing.
    from tqcheck.backtranslation.scoring import word_diff

    base: dict[str, Any] = {
        "back_translation": trip.back,
        "round_trip": trip.round_trip,
        "scores": trip.scores.as_dict(),
        "diff": word_diff(trip.reference, trip.hypothesis),
        "length_ratio": round(trip.length_ratio, 3),
        "robust_z": round(trip.chrf_z, 2),
    }
    base.update(extra)
    return tuple(base.items())


def leg(trip: Trip) -> str:
    """What was compared: the round trip, or (with a source) the back-translation."""
    return "round trip" if trip.round_trip is not None else "back-translation"


def quote(text: str, limit: int = 120) -> str:
    return "“" + shorten(text, limit, fold=False) + "”"

"""The mission's seed article: what the report must flag, and what it must
leave alone (precision matters as much as recall)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.inputs import read_document
from tqcheck.model import Severity
from tqcheck.rules.kinds.substitution import excerpt

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"


@pytest.fixture(scope="module")
def result():
    return check_document(read_document(str(SEED), "en"), Config())


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


@pytest.mark.parametrize(
    "line",
    [1, 7, 9],
    ids=["last-news", "dateline-with-views", "repeated-headline"],
)
def test_page_furniture_lines_are_flagged(result, line):
    text = result.document.text
    assert any(_line(text, f.start) == line and f.severity >= Severity.MAJOR for f in result.findings)


@pytest.mark.parametrize(
    "snippet",
    [
        "“Reuters“",
        "US,“ he stressed",
        "“Islamic Resistance in Iraq“",
        "Iran”, an official statement said",
        "al-Shahbandar – A Shiite",
    ],
)
def test_artifact_is_flagged(result, snippet):
    text = result.document.text
    start = text.index(snippet)
    end = start + len(snippet)
    hits = [f for f in result.findings if f.start < end and f.end > start]
    assert hits, f"nothing flagged in {snippet!r}"


CLEAN = [
    "The group is a key component of Iran's network of proxy forces in the region",
    "A US official noted that similar disarmament pledges have been made in the past",
    "Some groups have already evacuated headquarters",
    "According to the sources, the decision comes in response to repeated warnings",
]


@pytest.mark.parametrize("sentence", CLEAN)
def test_clean_sentences_raise_nothing_major(result, sentence):
    text = result.document.text
    start = text.index(sentence)
    seg = next(s for s in result.segments if s.start <= start < s.end)
    serious = [f for f in result.findings if f.segment_id == seg.id and f.severity >= Severity.MAJOR]
    assert not serious, [f"{f.code}: {f.message}" for f in serious]


QUOTING_RULES = {"TQ201", "TQ203", "TQ301", "TQ302", "TQ402", "TQ405"}


def _check_spans(result):
    text = result.document.text
    for f in result.findings:
        seg = result.segments[f.segment_id]
        span = text[f.start : f.end]
        # The span starts in its segment; only a deletion (a duplicated
        # sentence, a furniture line) or a quotation may run past its end.
        assert seg.start <= f.start < seg.end, (f.code, f.start, seg)
        assert f.start < f.end <= len(text), (f.code, f.start, f.end)
        assert f.end <= seg.end or f.suggestion == "" or f.code.startswith("TQ1"), (f.code, span)
        # The span is the flagged text itself, not the space around it
        # (TQ501 flags the spaces).
        if f.code != "TQ501":
            assert span == span.strip() and span, (f.code, span)
        # These rules quote the flagged text in their message: it is the span
        # (the table rules cut a long one short: a message never repeats a sentence).
        if f.code in QUOTING_RULES:
            quoted = excerpt(span) if f.code in ("TQ201", "TQ203") else span
            assert repr(quoted) in f.message, (f.code, f.message, span)


def test_every_span_is_the_flagged_text(result):
    _check_spans(result)


# --- the four other seeds ------------------------------------------------------
# (file, furniture lines, artifacts that must be flagged (snippet, code),
#  sentences that must raise nothing at major or above)

SEEDS = {
    "euro-information-campaign-2024-04-12.txt": (
        [1, 7, 9],
        [
            ("The official cabinet", "TQ201"),
            ("plan-account", "TQ201"),
        ],
        [
            "They are deciding on an information campaign about the euro\n",
            "A meeting of the Council on Economic and Financial Affairs",
            "An agreement on the information campaign",
            "The finance department clarified",
        ],
    ),
    "syrian-crash-police-chase-2024-11-21.txt": (
        [1, 7, 9],
        [
            ("race with the law enforcement authorities\n", "TQ201"),
            ("crashed himself", "TQ201"),
            ("race with the police", "TQ201"),
            ("OD of the Burgas Ministry of Internal Affairs", "TQ303"),
            ("employees from the Regional Office", "TQ201"),
            ("disabled driver", "TQ201"),
            ("UMBAL - Burgas", "TQ303"),
            ("without danger to life", "TQ201"),
            ("Pre-trial proceedings have been initiated", "TQ201"),
        ],
        [
            "The young man with humanitarian status was without a license",
            "Alcohol and drug tests were negative",
            "He was detained for up to 24 hours",
        ],
    ),
    "ukrainian-drone-kaluga-garage-2024-11-10.txt": (
        [1, 7],
        [
            ("< /p>", "TQ405"),
            ("operative and emergency services", "TQ201"),
            ("„This evening", "TQ101"),
            (",”,", "TQ105"),
            ("radio-electronic warfare", "TQ201"),
            ("This was announced on his Telegram channel", "TQ202"),
            ("is being clarified", "TQ201"),
            ("Tonight", "TQ201"),
            ("over the territory of the Bryansk region", "TQ201"),
        ],
        [
            "A Ukrainian drone set fire to a garage",
            "Ukraine's armed forces attacked Russia's Kaluga region",
            "The head of the region added",
            "According to preliminary data, no one was injured",
        ],
    ),
    "weather-2024-11-28.txt": (
        [1, 7],
        [
            ("reported BNT", "TQ202"),
            ("low cloudiness", "TQ201"),
            ("weak easterly", "TQ201"),
            ("variable cloudiness", "TQ201"),
            ("in our country", "TQ203"),
            ("high fields", "TQ201"),
            ("Pre-Balkans", "TQ201"),
            ("a temporarily moderate southeasterly wind", "TQ201"),
            ("Friday and during the weekends", "TQ201"),
            ("during the weekends as well", "TQ201"),
        ],
        [
            "Today's weather, forecast for Thursday 28 November",
            "Minimum temperatures will be between minus 3°",
            "Widespread precipitation is also expected",
            "It will be windy and with precipitation",
        ],
    ),
}


@pytest.fixture(scope="module")
def seed_results():
    return {
        name: check_document(read_document(str(ROOT / "seeds" / name), "en"), Config()) for name in SEEDS
    }


def _cases(kind: int):
    return [(name, item) for name, spec in SEEDS.items() for item in spec[kind]]


@pytest.mark.parametrize(("seed", "line"), _cases(0))
def test_seed_furniture_lines_are_deleted(seed_results, seed, line):
    result = seed_results[seed]
    text = result.document.text
    hits = [f for f in result.findings if _line(text, f.start) == line]
    assert any(f.severity >= Severity.MAJOR and f.suggestion == "" for f in hits), (line, hits)


@pytest.mark.parametrize(("seed", "artifact"), _cases(1))
def test_seed_artifact_is_flagged(seed_results, seed, artifact):
    snippet, code = artifact
    result = seed_results[seed]
    text = result.document.text
    start = text.index(snippet)
    end = start + len(snippet.rstrip("\n"))
    hits = [f for f in result.findings if f.code == code and f.start < end and f.end > start]
    assert hits, f"{code} does not flag {snippet!r}"


@pytest.mark.parametrize(("seed", "sentence"), _cases(2))
def test_seed_clean_sentences_raise_nothing_major(seed_results, seed, sentence):
    result = seed_results[seed]
    text = result.document.text
    start = text.index(sentence)
    seg = next(s for s in result.segments if s.start <= start < s.end)
    serious = [f for f in result.findings if f.segment_id == seg.id and f.severity >= Severity.MAJOR]
    assert not serious, [f"{f.code}: {f.message}" for f in serious]


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_spans_are_the_flagged_text(seed_results, seed):
    _check_spans(seed_results[seed])

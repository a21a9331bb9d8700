"""The mission's seed article: what the report must flag, and what it must
leave alone (precision matters as much as recall)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.inputs import read_document
from tqcheck.model import Severity

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


def test_every_span_is_the_flagged_text(result):
    text = result.document.text
    for f in result.findings:
        seg = result.segments[f.segment_id]
        assert seg.start <= f.start <= f.end <= max(seg.end, f.end)
        assert text[f.start : f.end].strip() or f.code == "TQ501"

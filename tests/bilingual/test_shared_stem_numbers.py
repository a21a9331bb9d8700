"""TQ701: a number word in another form than CLDR lists (issue 12).
Inflected languages make a number word's ending over (Polish trzydziestu
-> trzydziestych, the thirties; jedenastu -> jedenastką, the eleven of a
team): a word that shares all but the last few letters of a number word,
six at least, with a short ending of its own, is that number, read softly.
The sentences are NTREX-128's (CC BY-SA 4.0)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import check_text
from tqcheck.alignment.numbers import extract_numbers
from tqcheck.model import Severity

CASES = [
    (
        "decade",
        "The original white Methodist congregation moved out in the 1930s.",
        "Pierwotne zgromadzenie białych metodystów opuściło dzielnicę w latach trzydziestych ubiegłego wieku.",
        "1930s",
        "1950s",
    ),
    (
        "team-of-eleven",
        "Holt, on the other hand, went with the same Livi 11 which took a point off Hearts last week.",
        "Holt z kolei przeszedł z tą samą jedenastką Livingston, która zabrała punkt drużynie Hearts w zeszłym tygodniu.",
        "Livi 11",
        "Livi 12",
    ),
]


def _numbers(source: str, target: str):
    return check_text(target, select=("TQ701",), source=source, source_lang="en", target_lang="pl")


@pytest.mark.parametrize(("case", "source", "target", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_another_form_of_a_number_word_is_that_number(case, source, target, right, wrong):
    found = _numbers(source, target)
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])
    changed = _numbers(source.replace(right, wrong), target)
    assert any(f.severity >= Severity.MAJOR for f in changed), (case, [f.message for f in changed])


@pytest.mark.parametrize(
    ("word", "lang", "value"),
    [("trzydziestych", "pl", 30), ("jedenastką", "pl", 11), ("шестидесятых", "ru", 60)],
)
def test_forms_are_read(word, lang, value):
    assert [m.values for m in extract_numbers(word, lang)] == [frozenset({Decimal(value)})]


@pytest.mark.parametrize(("word", "lang"), [("Hundertwasser", "de"), ("trzymać", "pl"), ("sedmikráska", "cs")])
def test_a_word_that_merely_starts_alike_is_no_number(word, lang):
    assert extract_numbers(word, lang) == ()

"""TQ701: a number word that begins a word with an ending the language
gives many numbers (issue 12). German `achtmal` (eight times), Czech
`osmkrát`, English `fivefold`, German `achtjährige` (eight-year-old): the
head is a number word too short to begin a compound safely on its own
(acht, osm: Achtung is no eight), so the ending decides. It is productive
when the language's word list has it after MIN_PRODUCTIVE other numbers
from two to ten (zweimal, dreimal, viermal...); an ending only a few
numbers take (einsam, zweisam, achtsam: lonely, mindful) is no count. The
FLORES-200 sentences are CC BY-SA 4.0."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import number_findings
from tqcheck.alignment.numbers import extract_numbers
from tqcheck.model import Severity

RIVER_EN = "It carries more than 8 times as much water as the second biggest river."

CASES = [
    ("de", "Er führt mehr als achtmal so wie Wasser wie der zweitgrößte Strom."),
    ("cs", "Protéká jí více než osmkrát více vody než druhou největší řekou."),
]


@pytest.mark.parametrize(("lang", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_productive_compound_is_its_number(lang, source):
    found = number_findings(source, RIVER_EN, lang, "en")
    assert all(f.severity < Severity.MAJOR for f in found), (lang, [f.message for f in found])


@pytest.mark.parametrize(("lang", "source"), CASES, ids=[c[0] for c in CASES])
def test_another_figure_is_still_a_changed_number(lang, source):
    found = number_findings(source, RIVER_EN.replace("8", "9"), lang, "en")
    assert any(f.severity >= Severity.MAJOR and "9" in f.message for f in found), (lang, [f.message for f in found])


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("achtmal", "de", 8), ("eine achtjährige Schülerin", "de", 8), ("a fivefold rise", "en", 5), ("osmkrát", "cs", 8)],
)
def test_compounds_are_read(text, lang, value):
    assert Decimal(value) in {v for m in extract_numbers(text, lang) for v in m.values}


@pytest.mark.parametrize(("text", "lang"), [("Achtung", "de"), ("achtsam", "de"), ("einsam", "de")])
def test_an_ending_few_numbers_take_is_no_count(text, lang):
    assert extract_numbers(text, lang) == ()

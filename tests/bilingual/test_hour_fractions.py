"""TQ701: a fraction of an hour written as a word (issue 12). Football
reports time by the clock (`on the quarter-hour mark`, `half an hour
later`); a translation writes the minute (`en el minuto 15`, `15-та
минута`, `30 minut`). A fraction word before a word of CLDR's name for an
hour (up to two short words between: `a quarter of an hour`) is also that
many minutes; another minute is still a changed number. The fraction
words are the hand lists' (English and Bulgarian: quarter, half,
четвърт). The first sentence is NTREX-128's (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import number_findings
from tqcheck.model import Severity

PENALTY = (
    "Alfredo Morelos certainly felt he should have had a penalty on the quarter-hour mark as he and Steven "
    "Lawless collided but referee Steven Thomson waved away the Colombian's appeals."
)
LATER = "The second goal came half an hour later, when the visitors were already tired."

CASES = [
    (
        "latin", PENALTY, "es",
        "No cabe duda de que Alfredo Morelos sintió que le habían penalti en el minuto 15 de partido, cuando él y "
        "Steven Lawless chocaron, pero el árbitro Steven Thomson hizo oídos sordos a la petición del colombiano.",
        "15",
    ),
    (
        "cyrillic", PENALTY, "bg",
        "Алфредо Морелос определено смяташе, че трябва да има дузпа в 15-та минута, когато се сблъска със Стивън "
        "Лоулес, но реферът Стивън Томсън отхвърли претенциите на колумбиеца.",
        "15",
    ),
    ("latin-half", LATER, "cs", "Druhý gól padl o 30 minut později, kdy už byli hosté unavení.", "30"),
]


def _numbers(source: str, target: str, target_lang: str):
    return number_findings(source, target, "en", target_lang)


@pytest.mark.parametrize(("case", "source", "target_lang", "target", "minute"), CASES, ids=[c[0] for c in CASES])
def test_the_minute_of_a_fraction_of_an_hour_is_faithful(case, source, target_lang, target, minute):
    found = _numbers(source, target, target_lang)
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])


@pytest.mark.parametrize(("case", "source", "target_lang", "target", "minute"), CASES, ids=[c[0] for c in CASES])
def test_another_minute_is_a_changed_number(case, source, target_lang, target, minute):
    wrong = target.replace(minute, "25", 1)
    found = _numbers(source, wrong, target_lang)
    assert any(f.severity >= Severity.MAJOR and "25" in f.message for f in found), (case, [f.message for f in found])

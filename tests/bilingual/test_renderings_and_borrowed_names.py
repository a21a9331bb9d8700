"""TQ702: a name borrowed from the next sentence is no rendering of the name
it replaced (issue 12). A word the translation writes wherever the source
has a name, twice or more, is the translator's rendering of it (Hague ~
Гаазі); so Schumacher in Alonso's place passed for Alonso's rendering,
because the next sentence has both on both sides. A sentence that has both
names on both sides, apart, shows two names, no rendering. A first name
standing for a surname of the same run (Patricia for Ms. Schroeder) is
still the translator's rendering. Sentences from FLORES-200 and NTREX-128
(CC BY-SA 4.0), shortened."""

from __future__ import annotations

from tests.helpers import flagged_after_replacing
from tests.helpers import major_name_findings as majors
from tests.helpers import name_findings as names

ALONSO_ES = (
    "Fernando Alonso, su compañero de equipo, tuvo la delantera durante la mayor parte de la carrera.\n"
    "Michael Schumacher abandonó la carrera no mucho después de Alonso, a causa de una avería en la suspensión."
)
ALONSO_EN = (
    "His teammate Fernando Alonso was in the lead for most of the race.\n"
    "Michael Schumacher ended his race not long after Alonso, because of the suspension damage."
)
SCHROEDER_EN = (
    "Patricia Schroeder, then a Democratic congresswoman from Colorado, had worked with Gary Hart.\n"
    "In 1987, when Mr. Hart bowed out of the race, Ms. Schroeder, deeply frustrated, figured she could run herself."
)
SCHROEDER_PL = (
    "Patricia Schroeder, ówczesna deputowana z Kolorado, pracowała z Garym Hartem.\n"
    "W 1987 roku, kiedy Hart wycofał się z wyścigu, sfrustrowana Patricia uznała, że sama może kandydować."
)


def test_a_name_borrowed_from_the_next_sentence_is_no_rendering():
    assert not names(ALONSO_ES, ALONSO_EN, "es", "en")
    spans, messages = flagged_after_replacing(ALONSO_ES, ALONSO_EN, "es", "en", "Fernando Alonso", "Fernando Schumacher")
    assert spans == ["Schumacher"], messages


def test_a_first_name_for_a_surname_of_its_run_is_a_rendering():
    found = majors(SCHROEDER_EN, SCHROEDER_PL, "en", "pl")
    assert not found, [f.message for f in found]

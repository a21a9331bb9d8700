"""TQ701: a height in feet and inches (issue 12). American news gives a
player's height as `6-foot-6` (`6 ft 6 in`, `5 feet 11 inches`); a
translation converts the whole (`1,98 m`, `198 cm`, `más de dos
metros`). Each of the two figures was checked apart: the feet converted,
so the inches were reported missing. A figure right after a figure in
feet is its inches, and the two convert together. A number the
translation writes as a word before a unit (`dos metros`) may be the
conversion too. Another height is still a changed number. One language
per script: Latin (German, Polish, Spanish), Cyrillic (Serbian), Greek.
The sentence is NTREX-128's (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import number_findings
from tqcheck.model import Severity

FORWARD = (
    "The 6-foot-6 forward grew up in Baton Rouge, where his father, Wayne, also played basketball for LSU."
)
SPACED = "The 5 ft 11 in guard signed on Monday."

CONVERTED = [
    (
        "latin-metres", FORWARD, "de",
        "Der 1,98 m große Flügelspieler wuchs in Baton Rouge auf, wo auch sein Vater Wayne für die LSU Basketball "
        "gespielt hatte.",
        "1,98",
    ),
    ("latin-centimetres", FORWARD, "pl", "Mierzący 198 cm mężczyzna dorastał w Baton Rouge, gdzie jego ojciec, Wayne, grał w koszykówkę dla LSU.", "198"),
    (
        "cyrillic", FORWARD, "sr-Cyrl",
        "Крилни играч висок 2 метра одрастао је у Батон Ружу, где је његов отац, Вејн, такође играо кошарку за "
        "Универзитет Луизијана.",
        "2",
    ),
    (
        "greek", FORWARD, "el",
        "Ο φόργουορντ ύψους 1,98 μέτρων μεγάλωσε το Μπατόν Ρουζ, όπου ο πατέρας του, Γουέιν, έπαιζε επίσης μπάσκετ "
        "για το LSU.",
        "1,98",
    ),
    ("latin-spaced", SPACED, "de", "Der 1,80 m große Aufbauspieler unterschrieb am Montag.", "1,80"),
]


def _numbers(source: str, target: str, target_lang: str):
    return number_findings(source, target, "en", target_lang)


@pytest.mark.parametrize(("case", "source", "target_lang", "target", "height"), CONVERTED, ids=[c[0] for c in CONVERTED])
def test_feet_and_inches_converted_together_are_faithful(case, source, target_lang, target, height):
    found = _numbers(source, target, target_lang)
    assert not found, (case, [f.message for f in found])


@pytest.mark.parametrize(("case", "source", "target_lang", "target", "height"), CONVERTED, ids=[c[0] for c in CONVERTED])
def test_another_height_is_still_changed(case, source, target_lang, target, height):
    other = {"1,98": "1,68", "198": "168", "2": "5", "1,80": "1,50"}[height]
    wrong = target.replace(height, other, 1)
    found = _numbers(source, wrong, target_lang)
    assert any(f.severity >= Severity.MAJOR for f in found), (case, [f.message for f in found])


def test_a_number_word_before_a_unit_may_be_the_conversion():
    target = (
        "El jugador, que medía más de dos metros, creció en Baton Rouge, donde su padre, Wayne, también jugó a "
        "baloncesto en LSU."
    )
    found = _numbers(FORWARD, target, "es")
    assert not found, [f.message for f in found]


def test_a_number_word_that_converts_nothing_explains_nothing():
    target = (
        "El jugador, que medía más de cinco metros, creció en Baton Rouge, donde su padre, Wayne, también jugó a "
        "baloncesto en LSU."
    )
    found = _numbers(FORWARD, target, "es")
    assert any(f.severity >= Severity.MAJOR for f in found), [f.message for f in found]


def test_a_figure_after_feet_that_is_no_inch_count_stays_its_own():
    # 14 is no count of inches: the feet convert, the 14 players are lost.
    source = "The 6-foot 14 players arrived."
    found = _numbers(source, "Die 1,83 m großen Spieler kamen an.", "de")
    assert any("14" in f.message for f in found), [f.message for f in found]

"""TQ701: temperatures in Fahrenheit that the source does not mark (issue
12). American news gives them bare (`widespread 80s`, `highs near 90`); a
translation for readers who use Celsius converts them (`okolo 27 °C`,
`od 26 do 32 stopni Celsjusza`). A figure of the translation in degrees
that converts a bare source figure from Fahrenheit (a decade, `80s`, any
degree of it: 80 to 89) is that figure; one that converts none is still a
changed number. One language per script: Latin (Czech, Polish, French),
Cyrillic (Russian), Greek. The sentence is NTREX-128's (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import number_findings
from tqcheck.model import Severity

DECADE = (
    "Much of the central and eastern U.S. is expected to see a warm start to October with widespread 80s "
    "from the Southern Plains to parts of the Northeast."
)
NEAR = "Highs near 90 are expected in Dallas on Tuesday."

CONVERTED = [
    (
        "latin-decade", DECADE, "cs",
        "Na většině území ve středu a na východě USA se očekává teplý začátek října s teplotami okolo 27 °C "
        "od jižních plání po části severovýchodu USA.",
    ),
    (
        "latin-decade-range", DECADE, "pl",
        "W dużej części środkowych i wschodnich Stanów Zjednoczonych oczekuje się ciepłego początku października, "
        "z temperaturami od 26 do 32 stopni Celsjusza na obszarze od południowej części Wielkich Równin po część "
        "Północnego Wschodu.",
    ),
    (
        "latin-degrees", DECADE, "fr",
        "Une majeure partie du centre et de l’est des États-Unis devrait connaître un début de mois d’octobre chaud, "
        "avec des températures tournant autour de 26 degrés couvrant les plaines du sud et d’autres régions du nord-est.",
    ),
    (
        "greek-decade", DECADE, "el",
        "Σε μεγάλο μέρος των Κεντρικών και Ανατολικών ΗΠΑ, ο Οκτώβριος αναμένεται να ξεκινήσει με υψηλές θερμοκρασίες "
        "με 27 °C από τις Ανατολικές πεδιάδες έως τμήματα στα Νοτιοανατολικά.",
    ),
    ("cyrillic-figure", NEAR, "ru", "Во вторник в Далласе ожидается жара до 32 °C."),
]


def _numbers(source: str, target: str, target_lang: str):
    return number_findings(source, target, "en", target_lang)


@pytest.mark.parametrize(("case", "source", "target_lang", "target"), CONVERTED, ids=[c[0] for c in CONVERTED])
def test_a_bare_fahrenheit_figure_converted_to_celsius_is_faithful(case, source, target_lang, target):
    found = _numbers(source, target, target_lang)
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])


@pytest.mark.parametrize(("case", "source", "target_lang", "target"), CONVERTED, ids=[c[0] for c in CONVERTED])
def test_a_celsius_figure_that_converts_nothing_is_still_changed(case, source, target_lang, target):
    wrong = target.replace("27", "15").replace("26", "15").replace("32", "45")
    assert wrong != target, case
    found = _numbers(source, wrong, target_lang)
    assert any(f.severity >= Severity.MAJOR for f in found), (case, [f.message for f in found])


def test_a_bare_figure_is_no_temperature_without_degrees_beside_the_translation():
    # 27 with no unit is no conversion of 80: a changed number.
    target = CONVERTED[0][3].replace("teplotami okolo 27 °C", "27 okresy")
    found = _numbers(DECADE, target, "cs")
    assert any(f.severity >= Severity.MAJOR and "27" in f.message for f in found), [f.message for f in found]

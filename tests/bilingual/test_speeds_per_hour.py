"""TQ701: a speed written as a length per hour (issue 12). English news
writes `85 miles per hour` or `12 miles an hour`; a translation converts
it (`137 km/h`, `19 km/h`). The unit read first was `miles`, a length,
so the converted speed was reported as a changed number. A length unit
followed by up to two short words and a form of the language's word for
an hour (CLDR's, through Babel: per hour, an hour, на годину, za hodinu,
в час) is a speed: 85 miles per hour is 136.8 km/h, and a translation's
`km на годину` is km/h. Another figure is still a changed number. One
language per script: Latin (Czech, French, Polish), Cyrillic (Ukrainian,
Russian). The first sentence is NTREX-128's (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import number_findings
from tqcheck.model import Severity

ROSA = (
    "Rosa, still at hurricane strength Sunday morning with maximum winds of 85 miles per hour, is 385 miles "
    "south of Punta Eugenia, Mexico and moving north at 12 miles per hour."
)
AN_HOUR = "The storm had winds of 85 miles an hour on Sunday."

CONVERTED = [
    (
        "latin-per-hour", ROSA, "cs",
        "Rosa, stále o síle hurikánu s maximální rychlostí větru 137 km/h, pak v neděli ráno bude 620 km jižně od "
        "Punta Eugenia v Mexiku a bude se pohybovat rychlostí 19 km/h na sever.",
        "137",
    ),
    (
        "latin-rounded", ROSA, "fr",
        "Toujours d’une grande puissance dimanche matin et générant des vents pouvant atteindre jusqu’à 135 km/h, "
        "Rosa a été localisée à 620 km de Punta Eugenia (Mexique) et se déplace vers le nord à la vitesse de 20 km/h.",
        "135",
    ),
    ("latin-an-hour", AN_HOUR, "pl", "W niedzielę burza miała wiatry o prędkości 137 km/h.", "137"),
    (
        "cyrillic-words", AN_HOUR, "uk", "У неділю буря мала вітри швидкістю 137 км на годину.", "137",
    ),
    ("cyrillic-short", AN_HOUR, "ru", "В воскресенье ветер достигал 137 км/ч.", "137"),
]


def _numbers(source: str, target: str, target_lang: str):
    return number_findings(source, target, "en", target_lang)


@pytest.mark.parametrize(("case", "source", "target_lang", "target", "speed"), CONVERTED, ids=[c[0] for c in CONVERTED])
def test_a_speed_per_hour_converted_to_km_per_hour_is_faithful(case, source, target_lang, target, speed):
    found = _numbers(source, target, target_lang)
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])


@pytest.mark.parametrize(("case", "source", "target_lang", "target", "speed"), CONVERTED, ids=[c[0] for c in CONVERTED])
def test_a_speed_that_converts_nothing_is_still_changed(case, source, target_lang, target, speed):
    wrong = target.replace(speed, "173", 1)
    found = _numbers(source, wrong, target_lang)
    assert any(f.severity >= Severity.MAJOR and "173" in f.message for f in found), (case, [f.message for f in found])


def test_a_length_before_another_word_is_still_a_length():
    # 5 miles from the hour word is no speed: 8 km converts it, 8 km/h does not.
    source = "The village is 5 miles from the coast, an hour by bus."
    assert not [f for f in _numbers(source, "Vesnice je 8 km od pobřeží, hodinu autobusem.", "cs") if f.severity >= Severity.MAJOR]


def test_an_imperial_length_per_hour_is_an_imperial_speed():
    # 2 to 3 inches per hour -> 5 și 8 cm pe oră: a figure left unexplained
    # there is a conversion to check (minor), as for inches -> cm, only if
    # the source's speed is still known to be imperial.
    from tqcheck.alignment.numbers import is_imperial, unit_after

    text = "rates of 3 inches per hour"
    unit = unit_after(text, text.index("3") + 1, "en")
    assert unit is not None and unit[0] == "speed" and is_imperial(unit)
    metric = "de 8 cm pe oră"
    unit = unit_after(metric, metric.index("8") + 1, "ro")
    assert unit is not None and unit[0] == "speed" and not is_imperial(unit)

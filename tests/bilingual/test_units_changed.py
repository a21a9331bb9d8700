"""TQ701: a figure kept in another unit of the same quantity, unconverted
(`20 feet` as `20 Meter`). The figure matched the source's, so nothing was
reported: a unit changed passed in every pair. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.helpers import number_findings


def unit_changes(source: str, target: str, source_lang: str, target_lang: str) -> list[str]:
    return [
        target[f.start : f.end] for f in number_findings(source, target, source_lang, target_lang)
        if "in another unit" in f.message
    ]


@pytest.mark.parametrize(
    ("source", "target", "sl", "tl", "flagged"),
    [
        ("The waves reached 20 feet near the coast.", "Die Wellen erreichten an der Küste 20 Meter.", "en", "de", "20 Meter"),
        ("The farmer lost 300 pounds of grain.", "L’agriculteur a perdu 300 kilos de céréales.", "en", "fr", "300 kilos"),
        ("Rosa had winds of 85 mph.", "Роза имела ветер 85 км/ч.", "en", "ru", "85 км/ч"),
        ("Дорога длиной 20 км.", "The road is 20 miles long.", "ru", "en", "20 miles"),
    ],
    ids=["feet-metres", "pounds-kilos", "mph-kmh", "km-miles"],
)
def test_a_figure_in_another_unit_unconverted_is_reported(source, target, sl, tl, flagged):
    assert unit_changes(source, target, sl, tl) == [flagged]


@pytest.mark.parametrize(
    ("source", "target", "sl", "tl"),
    [
        ("The road is 20 kilometres long.", "Дорога длиной 20 км.", "en", "ru"),
        ("The waves reached 20 feet (6 metres).", "Die Wellen erreichten 6 Meter (20 Fuß).", "en", "de"),
        ("The waves reached 20 feet.", "Die Wellen erreichten 20 Fuß (6 Meter).", "en", "de"),
        ("It was 80 degrees in New York.", "In New York waren es 80 Grad Celsius.", "en", "de"),
    ],
    ids=["same-unit", "both-kept", "conversion-added", "temperatures-left-to-the-conversion-check"],
)
def test_the_same_unit_or_a_conversion_beside_it_passes(source, target, sl, tl):
    assert unit_changes(source, target, sl, tl) == []


@pytest.mark.parametrize(
    ("source", "target", "sl", "tl"),
    [
        ("Sainsbury sold the business for £125m three years ago.", "Sainsbury продаде бизнеса за 125 милиона паунда.", "en", "bg"),
        ("The 6-foot-6 forward grew up in Baton Rouge.", "Високият 6 фута и 6 инча играч е отраснал в Батън Руж.", "en", "bg"),
    ],
    ids=["millions-are-no-miles-nor-metres", "feet-and-inches"],
)
def test_a_scale_word_or_a_height_in_two_units_is_no_unit_changed(source, target, sl, tl):
    # милиона (million) read as miles (мил-), £125m as metres; and the
    # inches of 6-foot-6, which the translation gives as 6 фута и 6 инча.
    assert unit_changes(source, target, sl, tl) == []


def test_the_sources_own_conversion_is_no_conversion_of_the_changed_figure():
    # The source gives 80 km (50 miles); a translation with 80 mi (50 mi)
    # has the 50 miles of the source's aside, not a conversion of its 80 km.
    source = "Сундарбан се простира на 80 километра (50 мили) от брега."
    assert unit_changes(source, "The Sundarbans stretch 80 mi (50 mi) from the coast.", "bg", "en") == ["80 mi"]
    assert unit_changes(source, "The Sundarbans stretch 80 km (50 km) from the coast.", "bg", "en") == ["50 km"]
    assert unit_changes(source, "The Sundarbans stretch 80 km (50 mi) from the coast.", "bg", "en") == []
    assert unit_changes("Вятърът достига 70 км/ч.", "The wind reaches 70mi/h.", "bg", "en") == ["70mi/h"]


def test_a_conversion_in_the_unit_the_figure_now_has_is_the_sources_figure_converted():
    # 50 mi is 80 km: beside it, 80 mi is the source's 80 km with the wrong unit.
    source = "Το Σούντορμπον εκτείνεται 80 χλμ στο εσωτερικό."
    assert unit_changes(source, "The Sundarbans stretch 80 mi (50 mi) inland.", "el", "en") == ["80 mi"]
    assert unit_changes(source, "The Sundarbans stretch 80 km (50 mi) inland.", "el", "en") == []


def test_a_conversion_elsewhere_in_the_sentence_in_the_same_unit_still_counts():
    # 25 cm is 10 inches: the 10 cm of the range converts another figure (NTREX-128's en->ro, shortened).
    source = "Rainfall totals of 3 to 6 inches are expected, with up to 10 inches possible."
    target = "Sunt așteptate ploi între 8 și 10 cm, și pot ajunge și la 25 cm."
    assert unit_changes(source, target, "en", "ro") == []


def test_a_figure_whose_unit_ends_its_range_is_shown_alone():
    # 2 y 5 centímetros: 2's unit is the range's; the finding shows "2", not "2 y".
    found = unit_changes("Up to 2 to 3 inches of rain fell.", "Cayeron entre 2 y 3 centímetros de lluvia.", "en", "es")
    assert found == ["2", "3 centímetros"]

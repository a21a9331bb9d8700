"""TQ702, Bulgarian to English: a capitalised Bulgarian word that is only an
ordinary word (the spelling dictionary has it in lower case), rendered by
a common English word, is a word of a name or a title translated, even
where the English dictionary lists that word with a capital too (Queen,
Cheers, Ages): a prompt at most, not a name replaced (issue 12). A name
that is no common word in its place is still major. FLORES-200 devtest (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings

TRANSLATED = [
    ("Томи Дриймър каза: „Луна беше първата Кралица на Екстремизма.",
     'Tommy Dreamer said "Luna was the first Queen of Extreme.'),
    ("През 1980-те години е работил в предавания като „Такси“, „Бар Наздраве“ и „Шоуто на Трейси Улман“.",
     "During the 1980s he worked on shows such as Taxi, Cheers, and The Tracy Ullman Show."),
    ("Същинското Средновековие е предшествано от ранното и последвано от късното.",
     "The High Middle Ages were preceded by the Early Middle Ages and followed by the Late Middle Ages."),
]


@pytest.mark.parametrize(("source", "target"), TRANSLATED, ids=["queen", "cheers", "ages"])
def test_an_ordinary_word_rendered_by_a_common_word_is_translated(source, target):
    assert major_name_findings(source, target, "bg", "en") == []


@pytest.mark.parametrize("rival", ["Kavanaugh", "Aurora"])
def test_a_name_in_its_place_is_still_major(rival):
    # A name only (Kavanaugh, no word in lower case) or one rare as a word
    # (Aurora) took Кралица's place.
    source, target = TRANSLATED[0]
    found = major_name_findings(source, target.replace("Queen", rival), "bg", "en")
    assert any("'Кралица'" in f.message and f"{rival!r} instead" in f.message for f in found), [
        f.message for f in found
    ]

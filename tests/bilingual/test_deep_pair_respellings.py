"""The Bulgarian-English rule pack's name check pairs a missing name with a
word of the translation that respells it, by the language-neutral sound
matching too (alignment.anynames): `Aceh` ~ `Ачех`, `Guizhou` ~
`Гуейджоу` were reported as one name put in another's place (NTREX-128,
CC BY-SA 4.0). A name changed is still found."""

from __future__ import annotations

import pytest
from helpers import name_findings

from tqcheck.model import Severity

CASES = [
    ("While tsunami shelters have been built in Aceh, they are not a common sight on other coastlines.",
     "Въпреки че в Ачех бяха построени убежища в случай на цунами, те не са често срещана гледка по останалите брегове.",
     "Ачех", "Табасо"),
    ("The man was found dead near a sty at the market in Liupanshui in Guizhou province.",
     "Мъжът е бил намерен мъртъв в близост до кочина на пазара на Лиупаншуи в провинция Гуейджоу.",
     "Гуейджоу", "Тасмания"),
]


@pytest.mark.parametrize("source,target,name,rival", CASES)
def test_a_respelling_is_the_same_name(source, target, name, rival):
    assert [f.message for f in name_findings(source, target, "en", "bg") if f.severity >= Severity.MAJOR] == []
    changed = name_findings(source, target.replace(name, rival), "en", "bg")
    assert any(rival in f.message for f in changed if f.severity >= Severity.MAJOR)


@pytest.mark.parametrize(
    "source,target,rival",
    [
        # A likeness of sounds without one skeleton is no respelling: Арнолд
        # is not Governor, Окланд not Claudia (FLORES-200 devtest, CC BY-SA 4.0).
        ("Губернаторът на Калифорния, Арнолд Шварценегер, подписа закон за видеоигрите.",
         "California Governor Kong Schwarzenegger signed into law a bill on video games.", "Kong"),
        ("Обучава се за акушер и започва работа в Националната женска болница в Окланд през 1959 г.",
         "He trained as an obstetrician and began to work at the Claudia's National Women's Hospital in 1959.", "Claudia"),
    ],
)
def test_a_loose_likeness_is_no_respelling(source, target, rival):
    found = name_findings(source, target, "bg", "en")
    assert any(rival in f.message for f in found if f.severity >= Severity.MAJOR), [f.message for f in found]

"""TQ702: a rare name written alone is respelled, never translated, so an
unexplained word of the translation whose consonants only partly match it
and whose letters are far apart is not that name respelled (Auckland ~
Carter, Гете ~ Claudia): the word replaced it, a major finding. A name of
several capitalised words may be translated (Nizinę Hindustańską, the
Gangetic plain) and a common name has exonyms (Beijing ~ Пекин): those
loose likenesses still excuse (issue 12)."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings as names
from tqcheck.model import Severity

AUCKLAND = "Er wurde zum Geburtshelfer ausgebildet und begann 1959 im National Women's Hospital in Auckland zu arbeiten."
AUCKLAND_EN = "He trained as an obstetrician and began to work at the Auckland's National Women's Hospital in 1959."
GOETHE = "Романтизм мав великий елемент культурного детермінізму, взятий у таких авторів, як Гете, Фіхте та Шлегель."
GOETHE_EN = "Romanticism had a large element of cultural determinism, drawn from writers such as Goethe, Fichte, and Schlegel."

CASES = [
    ("latin-source", AUCKLAND, "de", AUCKLAND_EN, "Auckland", "Carter"),
    ("cyrillic-source", GOETHE, "uk", GOETHE_EN, "Goethe", "Claudia"),
]


@pytest.mark.parametrize(("case", "source", "source_lang", "right", "name", "rival"), CASES)
def test_a_word_alike_only_in_some_consonants_replaced_a_rare_lone_name(case, source, source_lang, right, name, rival):
    wrong = right.replace(name, rival, 1)
    found = names(source, wrong, source_lang, "en")
    majors = [f for f in found if f.severity >= Severity.MAJOR]
    assert any(f"{rival!r} instead" in f.message for f in majors), [f.message for f in found]
    assert names(source, right, source_lang, "en") == []


def test_a_name_of_several_words_translated_stays_quiet():
    source = (
        "Jednak lasy to nie tylko namorzynowe trzęsawiska – to także ostatnie pozostałości po ogromnych "
        "dżunglach, które kiedyś pokrywały Nizinę Hindustańską."
    )
    target = (
        "The forests aren't just mangrove swamps though — they include some of the last remaining stands "
        "of the mighty jungles which once covered the Gangetic plain."
    )
    assert [f for f in names(source, target, "pl", "en") if f.severity >= Severity.MAJOR] == []


def test_an_exonym_stays_quiet():
    assert names("The talks in Beijing ended on Friday.", "Переговоры в Пекине завершились в пятницу.", "en", "ru") == []

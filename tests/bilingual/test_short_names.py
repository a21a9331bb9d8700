"""A name of two letters (Un of Kim Jong Un, Xi, Li, Wu) is too short to be
looked for as a name, but it explains the word of the translation that
respells it with a case ending of up to two letters (Ыном, Ином, Уном, Лием): that word is no
name put in a missing name's place. Only the name respelled plus an ending
of up to two letters is: not a longer word that starts like it (Иванов,
Лондон, Сидни)."""

from __future__ import annotations

import pytest
from helpers import name_findings

from tqcheck.alignment.anynames import short_name_inflected
from tqcheck.model import Severity

KIM_EN = "The talks resumed three months after the Singapore summit with North Korea's Kim Jong Un."
KIM = {
    "ru": "Переговоры возобновились через три месяца после встречи в Сингапуре с северокорейским лидером Ким Чен Ыном.",
    "uk": "Переговори відновилися через три місяці після сінгапурського саміту з Кімом Чен Ином.",
    "sr-Cyrl": "Преговори су настављени три месеца након самита у Сингапуру са севернокорејским лидером Ким Џонг Уном.",
}


@pytest.mark.parametrize("lang", sorted(KIM))
def test_a_two_letter_name_inflected_is_no_rival(lang):
    found = name_findings(KIM_EN, KIM[lang], "en", lang)
    assert not [f.message for f in found if f.severity >= Severity.MAJOR]


@pytest.mark.parametrize(
    "name,word,expected",
    [("Un", "Ыном", True), ("Un", "Ин", True), ("Li", "Лием", True), ("Un", "Иванов", False),
     ("Li", "Лондон", False), ("Xi", "Сидни", False), ("Nu", "Nepal", False)],
)
def test_short_name_inflected(name, word, expected):
    assert short_name_inflected(name, word) is expected

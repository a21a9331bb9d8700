"""TQ702: a name of two words that CLDR has whole (Французская Гвиана,
French Guiana) is found where the translation has the whole name, each
word inflected as its language does; a word of it is not looked for alone
(Korea of North Korea names the concept only with its North: issue 12).
Гвиане alone names no place of its own (Гвиана is no CLDR name), so it
counted as missing beside French Guiana, and a name of the sentence that
the source explains only loosely (Oiapoque) stood in its place.
Sentence from FLORES-200 devtest (CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import name_findings

BRIDGE_RU = (
    "Он простирается через реку Ояпок и соединяет города Ояпоки в Бразилии и Сен-Жорж-де-л'Ойапок во "
    "Французской Гвиане."
)
BRIDGE_EN = (
    "It spans the Oyapock River to link the cities of Oiapoque in Brazil and Saint-Georges de l'Oyapock in "
    "French Guiana."
)


def test_a_place_of_two_words_is_found_whole():
    assert [f.message for f in name_findings(BRIDGE_RU, BRIDGE_EN, "ru", "en")] == []


def test_a_place_of_two_words_with_one_word_replaced_is_missing():
    found = [f.message for f in name_findings(BRIDGE_RU, BRIDGE_EN.replace("French Guiana", "French Polynesia"), "ru", "en")]
    assert any("'Гвиане'" in m for m in found), found

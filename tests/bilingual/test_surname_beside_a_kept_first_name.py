"""TQ702: a surname replaced beside its first name, which the translation
keeps, across alphabets (issue 12).

Ջանկառլո Ջորջետին (Armenian: Giancarlo Giorgetti) translated as Giancarlo
Salvini: Giancarlo is found, so Salvini stands in Giorgetti's place. A name
beside a kept word of its run is respelled, never translated, so only a
likeness of its letters makes the word in its place its respelling; the
looser likeness of consonant classes (j-r-j-t-n ~ s-l-v-n) that excuses an
exonym (Beijing ~ Пекин) is chance here. Sentences from
fixtures/languages/ (written for this project, translated by hand)."""

from __future__ import annotations

from tests.helpers import flagged_after_replacing, major_name_findings, require_dictionaries

ITALY_HY = "Իտալիայում ֆինանսների նախարար Ջանկառլո Ջորջետին ողջունել է որոշումը։"
ITALY_EN = "In Italy, the finance minister Giancarlo Giorgetti welcomed the decision."
ITALY_RU = "В Италии министр финансов Джанкарло Джорджетти приветствовал это решение."


def test_the_surname_respelled_is_no_finding():
    assert major_name_findings(ITALY_HY, ITALY_EN, "hy", "en") == []


def test_another_surname_beside_the_kept_first_name_is_found():
    flagged, messages = flagged_after_replacing(ITALY_HY, ITALY_EN, "hy", "en", "Giorgetti", "Salvini")
    assert flagged == ["Salvini"], messages


def test_into_english_from_a_language_with_a_dictionary_too():
    require_dictionaries("en", "ru")
    assert major_name_findings(ITALY_RU, ITALY_EN, "ru", "en") == []
    flagged, messages = flagged_after_replacing(ITALY_RU, ITALY_EN, "ru", "en", "Giorgetti", "Salvini")
    assert flagged == ["Salvini"], messages

"""Confirming the text's language: cheap function words first, langdetect
(seeded) only when they cannot decide."""

from __future__ import annotations

import pytest

from tqcheck.language import confirm_language, identify, quick_guess

EN = "The militias said they were ready to disarm, and the government of Iraq welcomed the decision on Monday."
BG = "Милициите заявиха, че са готови да се разоръжат, а правителството на Ирак приветства решението."
DE = "Die Milizen sagten, dass sie bereit sind, die Waffen abzugeben, und die Regierung begrüßte das."


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (BG, "bg"), (DE, "de")])
def test_quick_guess(text, lang):
    assert quick_guess(text) == lang


def test_matching_language_gives_no_note():
    assert confirm_language(EN, "en") == []


def test_wrong_script_is_warned():
    notes = confirm_language(BG, "en")
    assert len(notes) == 1 and "cyrillic" in notes[0] and "--target-lang is en" in notes[0]


def test_wrong_latin_language_is_warned():
    notes = confirm_language(DE, "en")
    assert notes and "de" in notes[0]


def test_langdetect_decides_when_function_words_cannot():
    # Italian has no function-word profile: langdetect is asked, deterministically.
    text = "Le milizie hanno detto di essere pronte a disarmare e il governo iracheno ha accolto la decisione."
    first = identify(text)
    assert first == identify(text)
    assert first[0] == "it" and first[1].startswith("langdetect")


def test_short_text_is_not_judged():
    assert confirm_language("Hello", "bg") == []

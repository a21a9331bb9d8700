"""TQ708 reads the question marks of every script: Arabic ؟, full-width ？
(Chinese, Japanese), and Greek's semicolon, which is Unicode's GREEK
QUESTION MARK canonically. It looked for ? alone, so every question
translated into Arabic, Chinese or Greek was reported as lost (6 prompts
each on the NTREX sample, issue 12)."""

from __future__ import annotations

import pytest

from tests.helpers import check_text
from tqcheck.rules.bilingual.tq708_question_missing import asks

SOURCE = "What time is the rally tonight?"


@pytest.mark.parametrize(
    ("target", "lang"),
    [("ما وقت التجمع هذه الليلة؟", "ar"), ("今晚的集会是几点？", "zh-Hans"), ("Τι ώρα είναι η συγκέντρωση απόψε;", "el")],
    ids=["arabic", "full-width", "greek-semicolon"],
)
def test_a_question_in_any_script_is_kept(target, lang):
    assert asks(target)
    found = check_text(target, source=SOURCE, source_lang="en", target_lang=lang, select=("TQ708",))
    assert found == []


def test_a_greek_question_is_asked_in_english_with_a_question_mark():
    found = check_text("It is tonight.", source="Τι ώρα είναι η συγκέντρωση απόψε;", source_lang="el", target_lang="en", select=("TQ708",))
    assert [f.code for f in found] == ["TQ708"]


@pytest.mark.parametrize("sentence", ["The rally is tonight; it starts at nine.", "¡Qué noche!", "Hola; adiós."])
def test_a_semicolon_outside_greek_and_an_opening_mark_ask_nothing(sentence):
    assert not asks(sentence)

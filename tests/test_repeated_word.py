"""TQ508: a word written twice in a row (the the, в в), a stutter of
machine translation or of an edit, reported in every language written
with spaces; not a name (Pago Pago), a word the grammar repeats (had had,
nous nous: tqcheck/data/repeated_words.tsv), letters spelled out (سي إن
إن, CNN), nor a letter of a word that ends as the next begins (बैंक को)."""

from __future__ import annotations

import pytest

from tests.helpers import check_text
from tqcheck.locale import doubled_by_grammar


def repeats(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(text[f.start : f.end], f.suggestion) for f in check_text(text, select=("TQ508",), target_lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("The minister said the the budget would pass.", "en", "the the"),
        ("The the budget passed.", "en", "The the"),
        ("Министр прибыл в в Москву.", "ru", "в в"),
        ("Η συνάντηση είναι είναι σήμερα.", "el", "είναι είναι"),
        ("قال في في المدينة", "ar", "في في"),
        ("Studenții studenții au protestat.", "ro", "Studenții studenții"),
    ],
)
def test_a_word_written_twice_is_reported_with_the_word_once_as_suggestion(text, lang, found):
    assert repeats(text, lang) == [(found, found.split()[0])]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She had had enough.", "en"),
        ("Frauen, die die Welt verändern.", "de"),
        ("Nous nous sommes trompés.", "fr"),
        ("Sık sık geldi.", "tr"),
        ("The islands of Pago Pago and Bora Bora.", "en"),
        ("أفادت قناة سي إن إن بذلك.", "ar"),
        ("वह बैंक को गया।", "hi"),
        ("orang-orang datang", "id"),
        ("them the theme", "en"),
    ],
)
def test_grammar_names_letters_and_parts_of_words_are_no_repeat(text, lang):
    assert repeats(text, lang) == []


def test_the_grammars_doubles_are_data_by_language():
    assert {"had", "that"} <= doubled_by_grammar("en")
    assert doubled_by_grammar("en-GB") == doubled_by_grammar("en")  # the most specific row wins, else the language's
    assert doubled_by_grammar("fr") == {"nous", "vous"}
    assert doubled_by_grammar("sw") == frozenset()

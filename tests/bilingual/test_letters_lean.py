"""Which language a word's letters read as (wordlists.letters_lean): the
evidence TQ709 weighs for a copied word the frequency lists cannot place."""

from __future__ import annotations

import pytest

from tqcheck.alignment.wordlists import ending_lean, letters_lean, others_zipf


@pytest.mark.parametrize(("word", "lang", "other"), [
    ("izlediyseniz", "tr", "en"),  # an inflected form no list has
    ("allegation", "en", "tr"),  # under the Turkish list's floor
    ("durmanız", "tr", "en"),
])
def test_a_word_leans_to_its_own_language(word, lang, other):
    lean = letters_lean(word, lang, other)
    assert lean is not None and lean > 0.95
    assert letters_lean(word, other, lang) == pytest.approx(-lean)


@pytest.mark.parametrize(("word", "lang", "other"), [
    ("cappuccino", "tr", "en"),  # international: no lean to Turkish
    ("chhappan", "tr", "en"),  # a third language's word
])
def test_a_word_of_neither_language_does_not_lean(word, lang, other):
    assert letters_lean(word, lang, other) < 0.5


@pytest.mark.parametrize(("word", "lang", "other"), [
    ("furthering", "en", "ro"),  # English -ing: rare among Romanian words
    ("allegation", "en", "ro"),  # -tion
    ("controlerul", "ro", "en"),  # the Romanian article -ul
    ("bancnotelor", "ro", "en"),  # -elor
])
def test_an_ending_of_one_language(word, lang, other):
    lean = ending_lean(word, lang, other)
    assert lean is not None and lean >= 2.0


@pytest.mark.parametrize(("word", "lang", "other"), [
    ("ovarian", "en", "ro"),  # -ian ends words of both
    ("inventive", "en", "ro"),  # -ive: Romanian plural of -iv
    ("cameraman", "en", "ro"),
    ("startup", "en", "ro"),  # an ending too rare to tell
])
def test_an_ending_both_languages_have(word, lang, other):
    lean = ending_lean(word, lang, other)
    assert lean is None or lean < 2.0


@pytest.mark.parametrize(("word", "lang", "travels"), [
    ("furthering", "en", False),  # other languages' lists lack it
    ("allegation", "en", False),
    ("briefing", "en", True),  # borrowed across Europe
    ("couture", "en", True),
])
def test_whether_other_lists_have_a_word(word, lang, travels):
    assert (others_zipf(word, lang) >= 1.0) is travels

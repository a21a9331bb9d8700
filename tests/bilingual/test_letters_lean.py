"""Which language a word's letters read as (wordlists.letters_lean): the
evidence TQ709 weighs for a copied word the frequency lists cannot place."""

from __future__ import annotations

import pytest

from tqcheck.alignment.wordlists import letters_lean


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

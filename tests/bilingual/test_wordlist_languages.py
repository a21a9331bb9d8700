"""Which wordfreq list a language reads (issue 12: any language by
configuration). langcodes' default bar matched a language to another that
its speakers read (Welsh to English, Basque and Galician to Spanish,
Afrikaans to Dutch, Belarusian to Russian): English's list then took every
Welsh word for English, and an English word left in a Welsh translation for
a Welsh one. Only the same language is matched now, whatever its script or
region (Serbian and Croatian read the Serbo-Croatian list; Traditional
Chinese reads the Chinese list, its characters simplified as wordfreq's own
lookup does)."""

from __future__ import annotations

import pytest

pytest.importorskip("wordfreq")

from tqcheck.alignment.wordlists import wordlist_language, zipf  # noqa: E402


@pytest.mark.parametrize("lang", ["cy", "ga", "eu", "gl", "af", "be", "sw", "hy"])
def test_a_language_without_a_list_of_its_own_has_none(lang):
    assert wordlist_language(lang) is None
    assert zipf("growth", lang) is None


@pytest.mark.parametrize(
    ("lang", "code"),
    [("sr", "sh"), ("sr-Cyrl", "sh"), ("hr", "sh"), ("bs", "sh"), ("no", "nb"), ("en-GB", "en"),
     ("pt-BR", "pt"), ("zh-Hans", "zh"), ("zh-Hant", "zh"), ("zh-TW", "zh")],
)
def test_the_same_language_in_another_script_or_region_reads_its_list(lang, code):
    assert wordlist_language(lang) == code


def test_traditional_characters_read_as_simplified():
    assert zipf("經濟", "zh-Hant") == zipf("经济", "zh-Hans") > 5
    assert zipf("台灣", "zh-TW") == zipf("台湾", "zh") > 4

"""A language's CLDR name stands for its country (French ~ France, Deutsch
~ Germany): the people's adjective in one language is the country's name
in another. CLDR's likely subtags give each language a main country, so
every language's name stood for one: Alabama (a language of Alabama) for
the United States, Mende for Sierra Leone, Bavarian for Austria; and a
name sharing a stem with one (Mendoza ~ Mende) named that country too, so
an Arabic article that names Sierra Leone's languages nowhere 'had'
Mendoza. Now a language's name stands for a country only where Babel's
territory data gives it official status there, in all of it or in a
region (Zulu ~ South Africa, Catalan ~ Spain); the others are concepts of
their own (the language), found across languages as before."""

from __future__ import annotations

import pytest

from tqcheck.alignment.cldr_names import concepts


@pytest.mark.parametrize(
    ("word", "lang", "country"),
    [("French", "en", "T:FR"), ("Deutsch", "de", "T:DE"), ("Zulu", "en", "T:ZA"), ("Catalan", "en", "T:ES")],
)
def test_an_official_language_names_its_country(word, lang, country):
    assert country in concepts(word, lang)


@pytest.mark.parametrize(
    ("word", "country"), [("Alabama", "T:US"), ("Mendoza", "T:SL"), ("Bavarian", "T:AT"), ("Ainu", "T:JP")]
)
def test_a_language_not_official_there_names_no_country(word, country):
    assert country not in concepts(word, "en")


def test_such_a_language_is_still_one_concept_across_languages():
    assert concepts("Bavarian", "en") & concepts("Bairisch", "de")

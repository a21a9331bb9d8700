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

from tqcheck.alignment.cldr_names import concept_in, concepts, spelled_concepts


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


# A country's adjective: the one word CLDR's name of a language's variant of
# that country adds (American English, en_US; мексиканский испанский, es_MX).
@pytest.mark.parametrize(
    ("word", "lang", "country"),
    [("American", "en", "T:US"), ("British", "en", "T:GB"), ("американского", "ru", "T:US"),
     ("canadien", "fr", "T:CA"), ("Mexican", "en", "T:MX")],
)
def test_a_language_variant_names_its_country_s_adjective(word, lang, country):
    assert country in concepts(word, lang)
    # Found through its concept only: no CLDR name letter for letter, which a
    # name put in another's place may be.
    assert country not in spelled_concepts(word, lang)


@pytest.mark.parametrize(("word", "lang"), [("European", "en"), ("européen", "fr")])
def test_an_adjective_two_countries_variants_share_names_neither(word, lang):
    # European Spanish and European Portuguese (in French, portugais européen
    # alone): a continent's adjective.
    assert not {"T:ES", "T:PT"} & concepts(word, lang)


def test_a_country_s_adjective_in_the_source_is_its_name_in_the_translation():
    assert concept_in(concepts("American", "en"), "该国接受了美国的援助", "zh-Hans")

"""TQ702: one rare name gone, one lone capitalised word come, in a
translation between two languages of one alphabet (issue 12).

The word took the name's place, whatever it is, where it is the one such
word and the name the one missing name; two things kept that from being
seen:

- where nouns take a capital (German), the source's long nouns
  (`Motivationsaspekte`, `Publikumsreaktionen`), which the word lists
  barely know, counted among the missing names, so `Eighmey` was never
  "the one" (the name's own test already left such nouns out). A noun that
  begins as a country's name does (`Schweinefleisch`, pork, as `Schweiz`)
  counted as a name too, so it was reported missing, and once it was the
  one, `Mediterranean` was reported in its place;
- the word had to resemble no word of the source sentence "even loosely",
  and across one alphabet that likeness is chance (`Jesus` ~ `Simpsons`,
  `Magistrates` ~ `negustorii`): in one alphabet a respelling or a
  translation is close to its word (see anynames.maybe_same_name's
  one_alphabet).

The lone word must be one the source has nowhere: `Britain`, which the
next sentence's `britischen` explains, took the place of no name when
German `Patts` (of a standoff) read as one and `Britain` went unexplained
(CLDR's English calls Großbritannien the United Kingdom).

A name not rare in the source (`Stanley`, Zipf 4.2 in Romanian) counts as
a rare one does here where the translation's dictionary has it letter for
letter and only as a name: it is kept as it is.

Sentences from FLORES-200 devtest (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings, name_findings

EIGHMEY_DE = (
    "„Persönliches Engagement“ und „anhaltende Beziehungen“ wurden ebenso als neue Motivationsaspekte von "
    "Eighmey und McCord (1998) identifiziert, als sie die Publikumsreaktionen auf Websites untersuchten."
)
EIGHMEY_EN = (
    "“Personal involvement” and “continuing relationships” were also identified as new motivation aspects by "
    "{} and McCord (1998) when they investigated audience reactions to websites."
)
BROOKS_DE = (
    "1989 half er Brooks und Groening bei der Erschaffung von „Die Simpsons“ und war verantwortlich für die "
    "Einstellung des ersten Autorenteams der Sendung."
)
BROOKS_EN = (
    "In 1989 he helped create The Simpsons with {} and Groening, and was responsible for hiring the show's "
    "first writing team."
)
CASABLANCA_RO = (
    "Sultanul marocan a reconstruit orașul sub numele de Daru l-Badya, iar numele de Casablanca i-a fost dat "
    "de către negustorii spanioli care stabiliseră acolo baze comerciale."
)
CASABLANCA_EN = (
    "The Moroccan sultan rebuilt the city as Daru l-Badya and it was given the name {} by Spanish traders "
    "who established trading bases there."
)

STANLEY_RO = (
    "Puteți schimba bani la singura bancă din insule, situată în Stanley față în față cu magazinul FIC West."
)
STANLEY_EN = (
    "Money can be exchanged at the only bank in the islands which is located in {} across from the FIC West "
    "store."
)

CASES = [
    pytest.param(EIGHMEY_DE, EIGHMEY_EN, "de", "Eighmey", "Edinburgh", id="de-nouns-are-no-missing-names"),
    pytest.param(BROOKS_DE, BROOKS_EN, "de", "Brooks", "Jesus", id="de-Jesus-is-no-Simpsons"),
    pytest.param(CASABLANCA_RO, CASABLANCA_EN, "ro", "Casablanca", "Magistrates", id="ro-no-negustorii"),
    pytest.param(STANLEY_RO, STANLEY_EN, "ro", "Stanley", "Revolution", id="ro-a-name-English-writes-as-is"),
]


@pytest.mark.parametrize(("source", "target", "lang", "name", "word"), CASES)
def test_a_lone_word_in_a_rare_names_place_replaced_it(source, target, lang, name, word):
    text = target.format(word)
    found = major_name_findings(source, text, lang, "en")
    assert [text[f.start : f.end] for f in found] == [word]
    assert name in found[0].message


@pytest.mark.parametrize(("source", "target", "lang", "name", "word"), CASES)
def test_the_name_kept_is_no_finding(source, target, lang, name, word):
    assert not major_name_findings(source, target.format(name), lang, "en")


PORK_DE = (
    "Die mallorquinische Küche basiert, wie die in ähnlichen Gebieten des Mittelmeers, auf Brot, Gemüse und "
    "Fleisch (insbesondere Schweinefleisch) und verwendet stets Olivenöl."
)
PORK_EN = (
    "Majorcan cuisine, like that of similar zones in the Mediterranean, is based on bread, vegetables and meat "
    "(specially pork), and uses olive oil throughout."
)


def test_a_noun_that_begins_as_a_country_does_is_no_name():
    assert name_findings(PORK_DE, PORK_EN, "de", "en") == []


STANDOFF_DE = (
    "Der Hafen war der Schauplatz eines unrühmlichen Patts der Marine im Jahr 1889, als sieben Schiffe aus "
    "Deutschland, den Vereinigten Staaten und Großbritannien sich weigerten, den Hafen zu verlassen.\n"
    "Alle Schiffe mit Ausnahme eines britischen Kreuzers wurden versenkt. Fast 200 Amerikaner und Deutsche kamen "
    "ums Leben."
)
STANDOFF_EN = (
    "The harbor was the site of an infamous naval standoff in 1889 when seven ships from Germany, the US, and "
    "Britain refused to leave the harbor.\n"
    "All the ships were sunk, except for one British cruiser. Nearly 200 American and German lives were lost."
)


def test_a_word_the_source_has_in_another_sentence_took_no_names_place():
    assert not major_name_findings(STANDOFF_DE, STANDOFF_EN, "de", "en")

"""TQ702: an inflected German noun is no name (issue 12). German writes its
nouns with a capital; one its spelling dictionary lets begin a compound
(See: Seeufer) is a noun, and so is a form the dictionary derives from
such a stem (Seen, the lakes; Hauses), or a month's or day's name
(Mai, and Mais, corn, which reads as its genitive): no name, whatever the translation
has in its place (Plitvice Lakes). A name (Merkel, Obama)
takes no part in compounds, so one replaced is still found. The sentences are FLORES-200's (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings as names
from tqcheck.alignment.lexicon import inflected_noun
from tqcheck.model import Severity

CASES = [
    (
        "plural",
        "Der Nationalpark Plitwitzer Seen ist stark bewaldet, es gibt hauptsächlich Buchen, Fichten und Tannen und "
        "er bietet eine Mischung aus alpiner und mediterraner Vegetation.",
        "The Plitvice Lakes national park is heavily forested, mainly with beech, spruce, and fir trees, and features "
        "a mixture of Alpine and Mediterranean vegetation.",
    ),
    (
        "genitive",
        "Die Mauern des alten Hauses waren stark bewaldet, und kein alter Römer hat jemals einen Truthahn gekostet.",
        "The walls of the old house were heavily forested, and no ancient Roman ever tasted a turkey.",
    ),
    (
        # Mais (corn) reads as the genitive of Mai, CLDR's May: a month's
        # name is a noun too, Roman no name put in its place.
        "month-genitive",
        "Sie hatten zum Beispiel weder Mais noch Tomaten noch Kartoffeln noch Kakao, und kein alter Römer hat "
        "jemals einen Truthahn gekostet.",
        "For instance, they didn't have corn, nor tomatoes, nor potatoes, nor cocoa, and no ancient Roman ever "
        "tasted a turkey.",
    ),
]


@pytest.mark.parametrize(("case", "source", "target"), CASES, ids=[c[0] for c in CASES])
def test_an_inflected_noun_is_no_name(case, source, target):
    found = names(source, target, "de", "en")
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])


@pytest.mark.parametrize(("word", "noun"), [("Seen", True), ("Hauses", True), ("Merkel", False), ("Obama", False)])
def test_a_form_of_a_compounding_stem_is_a_noun(word, noun):
    assert inflected_noun(word, "de") is noun


def test_a_name_replaced_is_still_found():
    source = "Angela Merkel traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron."
    target = "Angela Merkel met French President Emmanuel Navarro in Berlin on Monday."
    majors = [f for f in names(source, target, "de", "en") if f.severity >= Severity.MAJOR]
    assert any("'Navarro' instead" in f.message for f in majors), [f.message for f in majors]


def test_a_compound_of_three_words_is_a_noun():
    # Kirschblütenfeste (cherry blossom festivals): Kirsch + Blüten + Feste,
    # a word its list barely knows, made of three it knows, is a noun in the
    # place of the English Imperial. FLORES-200.
    pytest.importorskip("wordfreq")
    from tqcheck.alignment.wordlists import compound

    assert compound("Kirschblütenfeste", "de") and compound("Kirschblüten", "de")
    assert not compound("Kirschblütenfestxyzq", "de")
    source = (
        "Die ersten Kirschblütenfeste wurden vom japanischen Kaiser nur für sich selbst und andere Mitglieder "
        "der Aristokratie am Kaiserhof veranstaltet."
    )
    target = (
        "In Japan, the first cherry blossom parties were hosted by the emperor only for himself and other members "
        "of the aristocracy around the Imperial Court."
    )
    found = names(source, target, "de", "en")
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]

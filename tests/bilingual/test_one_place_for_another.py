"""TQ702: one CLDR place put for another (issue 12). Two words that are each
a CLDR country's or city's name by itself, of two places, are never one name
respelled, however loosely their letters agree: `Αργεντινής` (Argentina)
sounded enough like `Germany's` to count as its rendering, so the change
went unreported, and then as Germany's likeliest respelling. A word of a
longer CLDR name names no place by itself (`Guiana` of French Guiana may be
`غيانا` of `غيانا الفرنسية`, which CLDR's Arabic spells otherwise), nor does
a word that merely begins as one (`Гавайях`, in Hawaii, as `Гавана`).
Sentences from NTREX-128 and FLORES-200 (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings as names
from tqcheck.alignment.anynames import place_concepts
from tqcheck.model import Severity

FRIGATES_EN = (
    "Problems gripping the newest frigates become especially of importance in light of recent warnings that "
    "Germany's naval power is shrinking."
)
FRIGATES_EL = (
    "Τα προβλήματα που μαστίζουν τις νέες φρεγάτες είναι ιδιαίτερα σημαντικά δεδομένου ότι η ναυτική δύναμη της "
    "Γερμανίας συρρικνώνεται."
)


def majors(source: str, target: str, source_lang: str, target_lang: str) -> list[str]:
    return [f.message for f in names(source, target, source_lang, target_lang) if f.severity >= Severity.MAJOR]


def test_the_right_place_is_quiet():
    assert names(FRIGATES_EN, FRIGATES_EL, "en", "el") == []


def test_another_country_in_a_country_s_place_is_major():
    found = majors(FRIGATES_EN, FRIGATES_EL.replace("Γερμανίας", "Αργεντινής"), "en", "el")
    assert len(found) == 1 and "'Germany'" in found[0] and "'Αργεντινής'" in found[0], found


@pytest.mark.parametrize(
    ("word", "lang", "place"),
    [
        ("Αργεντινής", "el", "T:AR"), ("Германии", "ru", "T:DE"), ("Germany's", "en", "T:DE"),
        ("Guiana", "en", None), ("غيانا", "ar", "T:GY"),
        # Hawaii's case form shares its first letters with Гавана, Havana.
        ("Гавайях", "ru", None),
        # A language's adjective is no place's name of one word.
        ("Belarussian", "en", None),
    ],
)
def test_the_places_a_word_names_by_itself(word, lang, place):
    found = place_concepts(word, lang)
    assert (place in found) if place else not found, found

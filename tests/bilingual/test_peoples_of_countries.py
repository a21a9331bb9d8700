"""TQ702: a country's people for the country (issue 12). Translators turn a
country into its people or adjective and back (ženu ze Švýcarska, a woman
from Switzerland ~ the Swiss woman; Thorbjorn Olesen of Denmark ~ τον Δανό
Θόρμπγιορν; the Swede ~ Швеђанина). A missing source word that names a
CLDR territory, where the word in its place begins as that territory's
CLDR name in the translation's language does (Swiss ~ Switzerland, Δανό ~
Δανία, Швеђанина ~ Шведска), is the country translated, not a name
replaced. Another name in its place still is. The sentences are
FLORES-200's and NTREX-128's (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings as names
from tqcheck.model import Severity

CASES = [
    (
        "latin-country-to-people",
        "Zástupce policejního ředitele D. K. Arya řekl: „Zadrželi jsme pět osob, které znásilnily ženu ze Švýcarska, "
        "a u zadržených jsme zajistili mobilní telefon a přenosný počítač patřící poškozené.“",
        "cs",
        'Deputy Inspector General D K Arya said, "We have arrested five persons who raped the Swiss woman and '
        'recovered her mobile and laptop".',
        "en",
        "Swiss",
    ),
    (
        "greek-country-to-people",
        "American Jordan Spieth was blown out 5&4 by the lowest-ranked player on the European team, Thorbjorn "
        "Olesen of Denmark.",
        "en",
        "Ο Αμερικανός Τζόρνταν Σπιθ ηττήθηκε στις 5&4 από τον χαμηλότερο στην κατάταξη παίκτη της ευρωπαϊκής "
        "ομάδας, τον Δανό Θόρμπγιορν Ολσεν.",
        "el",
        "Δανό",
    ),
]


@pytest.mark.parametrize(("case", "source", "source_lang", "target", "target_lang", "word"), CASES, ids=[c[0] for c in CASES])
def test_a_countrys_people_for_the_country_is_no_changed_name(case, source, source_lang, target, target_lang, word):
    found = names(source, target, source_lang, target_lang)
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])


@pytest.mark.parametrize(("case", "source", "source_lang", "target", "target_lang", "word"), CASES, ids=[c[0] for c in CASES])
def test_another_name_in_its_place_is_still_a_changed_name(case, source, source_lang, target, target_lang, word):
    rival = "Kenyan" if target_lang == "en" else "Κενυάτη"
    majors = [f for f in names(source, target.replace(word, rival), source_lang, target_lang) if f.severity >= Severity.MAJOR]
    assert any(f"{rival!r} instead" in f.message for f in majors), (case, [f.message for f in majors])

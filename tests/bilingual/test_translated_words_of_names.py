"""TQ702: a word of a name translated (issue 12). A capitalised source word
that its language's dictionary has in lower case (Ερυθρός, red;
Ανεξαρτησίας, independence; Kraliçesi, queen), missing where every word
that may have taken its place is a word of the target language too, if a
name as well (Red, Hall, Queen), was translated: Erik the Red, Independence
Hall. A word in its place that is only a name (Dravid) replaced it. The
limit, on purpose: a replacement that is also a word of the language
(Carter, a carter) passes for a translation there. Latin (Turkish) and
Greek sources; the sentences are FLORES-200's (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings as names
from tqcheck.model import Severity

CASES = [
    (
        "greek-epithet",
        "Στη σκανδιναβική σάγκα αναφέρεται ότι ο Έρικ ο Ερυθρός εξορίστηκε από την Ισλανδία για φόνο και, καθώς "
        "ταξίδευε προς τα δυτικά, βρήκε τη Γροιλανδία και της έδωσε αυτή την ονομασία.",
        "el",
        "In the Norse sagas they say that Erik the Red was exiled from Iceland for murder, and when travelling "
        "further west, found Greenland and named it Greenland.",
        "Red",
    ),
    (
        "greek-word-of-a-place",
        "Η πρώτη δημόσια ανάγνωση του εγγράφου πραγματοποιήθηκε από τον Τζον Νίξον την 8η Ιουλίου στον εξωτερικό "
        "χώρο της Αίθουσας της Ανεξαρτησίας.",
        "el",
        "The first public reading of the document was by John Nixon in the yard of Independence Hall on July 8.",
        "Hall",
    ),
    (
        "latin-title",
        'Tommy Dreamer, "Luna Extreme\'in ilk Kraliçesiydi. İlk menajerim Luna iki ayın olduğu bir gecede öldü."',
        "tr",
        'Tommy Dreamer said "Luna was the first Queen of Extreme. My first manager. Luna passed away on the night '
        'of two moons."',
        "Queen",
    ),
]


@pytest.mark.parametrize(("case", "source", "source_lang", "target", "word"), CASES, ids=[c[0] for c in CASES])
def test_a_word_of_a_name_translated_is_no_changed_name(case, source, source_lang, target, word):
    found = names(source, target, source_lang, "en")
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])


@pytest.mark.parametrize(("case", "source", "source_lang", "target", "word"), CASES, ids=[c[0] for c in CASES])
def test_a_name_in_its_place_is_a_changed_name(case, source, source_lang, target, word):
    majors = [f for f in names(source, target.replace(word, "Dravid"), source_lang, "en") if f.severity >= Severity.MAJOR]
    assert any("'Dravid' instead" in f.message for f in majors), (case, [f.message for f in majors])


def test_a_word_the_translation_writes_the_same_is_no_translation():
    # Continuum is an English word too: translated, it stays Continuum, so a
    # name in its place (John, a word as well) replaced it. FLORES-200.
    source = (
        "Angel (2006) présente l'approche Continuum comme une méthode employée pour aider les organisations à "
        "obtenir de meilleurs résultats."
    )
    target = (
        "Angel (2006), explains the John approach as a method being used to help organizations reach a higher "
        "level of performance."
    )
    majors = [f for f in names(source, target, "fr", "en") if f.severity >= Severity.MAJOR]
    assert any("'John' instead" in f.message for f in majors), [f.message for f in majors]

"""TQ702: one name gone, one word come (issue 12). Where the one missing
source word that reads as a name is a rare name written alone, and the
translation has one lone capitalised word that the source does not explain
and that no word of the source sentence resembles even loosely, that word
took the name's place, whatever word it is: a major finding. A translated
word that the source has lower-case (Independence ~ indépendance) or a
missing name of several words (Benjamin Gates, the film's French title)
is no such swap."""

from __future__ import annotations

import pytest

from tests.helpers import check_text
from tqcheck.model import Severity


def majors(source: str, target: str, source_lang: str):
    found = check_text(target, select=("TQ702",), source=source, source_lang=source_lang, target_lang="en")
    return [f for f in found if f.severity >= Severity.MAJOR]


SAMOA = "Apia a été fondée dans les années 1850 et est la capitale officielle des Samoa depuis 1959."
SAMOA_EN = "Apia was founded in the 1850s and has been the official capital of Samoa since 1959."
EBOLA = "Hasta, bazı Ebola virüs vakalarının ortaya çıktığı Nijerya'da bulunmuştu."
EBOLA_EN = "The patient had been to Nigeria, where some cases of the Ebola virus have occurred."
MOROCCO = "Η Καζαμπλάνκα ανήκει στα μέρη που παρουσιάζουν το μικρότερο ενδιαφέρον για αγορές σε ολόκληρο το Μαρόκο."
MOROCCO_EN = "Casablanca is one of the least interesting places to shop in all of Morocco."

CASES = [
    ("latin", SAMOA, "fr", SAMOA_EN, "Samoa", "Tasmania"),
    ("latin-rival-rare-as-a-name", EBOLA, "tr", EBOLA_EN, "Ebola", "Shri"),
    ("greek-rival-an-ordinary-word", MOROCCO, "el", MOROCCO_EN, "Morocco", "Olympic"),
]


@pytest.mark.parametrize(("case", "source", "source_lang", "right", "name", "rival"), CASES)
def test_the_one_unexplained_word_replaced_the_one_missing_name(case, source, source_lang, right, name, rival):
    found = majors(source, right.replace(name, rival), source_lang)
    assert any(f"{rival!r} instead" in f.message for f in found), [f.message for f in found]
    assert majors(source, right, source_lang) == []


def test_a_word_the_source_has_lower_case_and_a_name_of_two_words_are_no_swap():
    source = (
        "Si vous avez vu le film Benjamin Gates et le Trésor des Templiers, vous pensez peut-être qu'une "
        "carte au trésor a été écrite au dos de la Déclaration d'indépendance."
    )
    target = (
        "If you have watched the movie National Treasure, you may think a treasure map was written on the "
        "back of the Declaration of Independence."
    )
    assert majors(source, target, "fr") == []


def test_an_adjective_of_a_translated_name_is_no_swap():
    source = (
        "Είναι ακόμη κάποια πούλμαν με προορισμό τον βορά στη Χεβρόν, το κλασικό νεκροταφείο των Πατριαρχών "
        "της Παλαιάς Διαθήκης, Αβραάμ, Ισαάκ, Ιακώβ, και των γυναικών τους."
    )
    target = (
        "There are also a few buses going north to Hebron, the traditional burial place of the Biblical "
        "patriarchs Abraham, Isaac, Jacob, and their wives."
    )
    assert majors(source, target, "el") == []

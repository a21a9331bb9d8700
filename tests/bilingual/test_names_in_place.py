"""TQ702: the word that took a name's place (issue 12). A name rare as a
word is replaced by a word in its own place (the same capitalised run as
the rest of the name), by a name borrowed from another sentence of the
article, or by a word that reads as a name (a CLDR place name; a word
the target language's list barely knows, where only names take capitals).
Each bad pair is a major finding; the same shape translated right, or with
a translated word in the name's place, is not. One language per script:
Latin (German, Spanish, English), Cyrillic (Russian), Greek."""

from __future__ import annotations

import pytest

from tests.helpers import check_text
from tqcheck.model import Severity


def names(source: str, target: str, source_lang: str, target_lang: str):
    return check_text(target, select=("TQ702",), source=source, source_lang=source_lang, target_lang=target_lang)


POMPEO = "Mike Pompeo told the Security Council on Thursday that sanctions must continue."
MENDOZA = "Rolando Mendoza fired his rifle at the tourists."
RACE = "Michael Schumacher abandonó la carrera por una avería. Ganó el finlandés Räikkönen, su rival de siempre."
KIRIBATI = "The minister flew to Kiribati on Monday for talks."
SAMOA = "Die Hauptstadt von Samoa liegt auf der Insel Upolu."

# (source, source language, target language, wrong translation, right translation, the word in the name's place)
CASES = [
    pytest.param(
        POMPEO, "en", "ru",
        "Майк Новак заявил в четверг Совету безопасности, что санкции должны продолжаться.",
        "Майк Помпео заявил в четверг Совету безопасности, что санкции должны продолжаться.",
        "Новак", id="cyrillic-in-its-place",
    ),
    pytest.param(
        MENDOZA, "en", "el",
        "Ο Ρολάντο Σάρα πυροβόλησε με το όπλο του τους τουρίστες.",
        "Ο Ρολάντο Μεντόζα πυροβόλησε με το όπλο του τους τουρίστες.",
        "Σάρα", id="greek-in-its-place",
    ),
    pytest.param(
        RACE, "es", "en",
        "Michael Schumacher left the race because of a failure. The Finn Schumacher, his old rival, won.",
        "Michael Schumacher left the race because of a failure. The Finn Räikkönen, his old rival, won.",
        "Schumacher", id="latin-borrowed-from-the-article",
    ),
    pytest.param(
        KIRIBATI, "en", "ru",
        "В понедельник министр вылетел на переговоры в Панаму.",
        "В понедельник министр вылетел на переговоры в Кирибати.",
        "Панаму", id="cyrillic-place-name",
    ),
    pytest.param(
        SAMOA, "de", "en",
        "The capital of Devonport is on the island of Upolu.",
        "The capital of Samoa is on the island of Upolu.",
        "Devonport", id="latin-rare-word",
    ),
]


@pytest.mark.parametrize(("source", "source_lang", "target_lang", "wrong", "right", "rival"), CASES)
def test_the_word_in_a_names_place_is_a_changed_name(source, source_lang, target_lang, wrong, right, rival):
    found = names(source, wrong, source_lang, target_lang)
    majors = [f for f in found if f.severity >= Severity.MAJOR]
    assert majors, [f.message for f in found]
    assert any(f"{rival!r} instead" in f.message for f in majors), [f.message for f in majors]
    assert names(source, right, source_lang, target_lang) == []


def test_a_translated_word_of_a_name_is_no_rival():
    # Red Cross -> Cruz Roja: Red is a common word, translated; Roja in its
    # run is its translation, not a name that replaced it.
    found = names("The Red Cross sent help to the island.", "La Cruz Roja envió ayuda a la isla.", "en", "es")
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


def test_a_name_the_source_sentence_has_is_not_borrowed():
    # Schumacher is in both sentences of the source: the second mention is
    # the source's own, not one borrowed in another name's place.
    source = "Michael Schumacher abandonó la carrera. Räikkönen ganó y Schumacher fue segundo."
    target = "Michael Schumacher left the race. Räikkönen won and Schumacher came second."
    assert names(source, target, "es", "en") == []


def test_a_common_capitalised_word_is_no_rare_name():
    # German capitalises its nouns: a rare capitalised German word in a
    # name's place is not taken for a name on its rarity alone.
    found = names(
        "The capital of Samoa is on the island of Upolu.",
        "Die Hauptstadt des Inselstaats liegt auf der Insel Upolu.", "en", "de",
    )
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]

"""TQ702: a name put in another's place beside a word the source explains,
and a name by the spelling dictionary in the place of a common one
(issue 12).

A capitalised word of the translation in one run with a word its source
sentence explains was taken for a word of a name translated (Roja of
Cruz Roja, Red Cross) and offered as a rival only for a rare name: so
Миссис Германию for Ms Davis and Türkei Rogers for Roy Rogers were only
the prompt that Davis and Roy are missing. A word that reads as a name
itself (a CLDR place, a name by the word lists) is no word of a name
translated; unless the source names that place in a compound (India of
the East India Company, Niederländische Ostindien-Kompanie).

A name common as a word too (Trump, trump; China, china) was replaced
only by a word that reads as a name by the word lists: in Cyrillic and
Greek, which have no panel of languages to tell, a foreign first name
respelled (Николаса, Αντρές) has a common stem (Николай, άντρες) and
passed for a word. The spelling dictionary, which has it in no lower-case
form, tells it is a name (as it already did for a source name that is
only a name: Samoa -> Tasmania), where the source's dictionary has the
gone name with a capital, if as a word too (not Ερυθρός, red, of Erik the
Red: an ordinary word, translated).

Sentences from NTREX-128 and FLORES-200 devtest (CC BY-SA 4.0). The
dictionary cases need the system's spelling dictionaries (scripts/setup.sh
installs them): skipped without them, a failure where
TQCHECK_REQUIRE_DICTIONARIES=1 (scripts/test.sh, so CI)."""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings, name_findings, require_dictionaries
from tqcheck.alignment import lexicon
from tqcheck.alignment.cldr_names import concept_in, concepts

DAVIS_EN = 'Ms Davis said: "I continually worry that there\'s going to be a knock on effect."'
DAVIS_RU = "Миссис Дэвис говорит: «Я не перестаю бояться, что пойдет цепная реакция»."
ROY_EN = (
    'A mainstay of science ever since, the Geiger Counter became a pop culture mainstay as well, as in the 1950 '
    'movie "Bells of Coronado," starring those seemingly unlikely cowpoke scientists Roy Rogers and Dale Evans:'
)
ROY_DE = (
    "Der seitdem zum Standardelement der Wissenschaft gewordene Geigerzähler wurde außerdem zu einem "
    "Standardelement der Popkultur, zum Beispiel im Film „Bells of Coronado“ von 1950 mit den scheinbar "
    "ungewöhnlichen Cowboywissenschaftlern Roy Rogers und Dale Evans:"
)
TRUMP_EN = (
    "It's Trump's first of five scheduled rallies in the next week, including stops in friendly places "
    "including Tennessee and Mississippi."
)
TRUMP_RU = (
    "Это первая из пяти запланированных встреч Трампа на следующей неделе, в том числе он посетит "
    "дружественно настроенные Теннесси и Миссисипи."
)
CHINA_EN = (
    'He added that "one of China\'s most prominent newspapers dodged the offer to publish" his article, '
    "although he did not say which newspaper."
)
CHINA_EL = (
    'Πρόσθεσε ότι "μία από τις πιο σημαντικές εφημερίδες της Κίνας απέφυγε την προσφορά να δημοσιεύσει" '
    "το άρθρο του, αν και δεν αποκάλυψε ποια."
)
ERIK_EL = (
    "Η Γροιλανδία ήταν αραιοκατοικημένη. Στη σκανδιναβική σάγκα αναφέρεται ότι ο Έρικ ο Ερυθρός εξορίστηκε από "
    "την Ισλανδία για φόνο και, καθώς ταξίδευε προς τα δυτικά, βρήκε τη Γροιλανδία και της έδωσε αυτή την ονομασία."
)
ERIK_EN = (
    "Greenland was settled sparsely. In the Norse sagas they say that Erik the Red was exiled from Iceland for "
    "murder, and when travelling further west, found Greenland and named it Greenland."
)
TAIWAN_DE = (
    "Wintersportarten sind in den nördlichen Regionen am beliebtesten und Italiener nehmen an internationalen "
    "Wettkämpfen und olympischen Spielen teil.\n"
    "Der Beginn Taiwans geht auf das 15. Jahrhundert zurück, als europäische Seefahrer dort vorbeifuhren und den "
    "Namen der Insel als Ilha Formosa bzw. schöne Insel dokumentierten.\n"
    "1624 gründet die Niederländische Ostindien-Kompanie eine Niederlassung im Südwesten Taiwans, leitet damit "
    "einen Wandel in den Getreideanbaumethoden der Ureinwohner ein und beschäftigt chinesische Arbeiter auf ihren "
    "Reis- und Zuckerplantagen.\n"
    "Im Jahr 1683 übernehmen Streitkräfte der Qing-Dynastie (1644-1912) die Kontrolle über Taiwans westliche und "
    "nördliche Küstenregionen und erklärten im Jahr 1885 Taiwan zur Provinz des Qing-Reiches.\n"
)
TAIWAN_EN = (
    "Winter sports are most popular in the Northern regions, with Italians competing in international games and "
    "Olympic events.\n"
    "Taiwan beginning start way back in 15th century where European sailors passing by record the island’s name "
    "as Ilha Formosa, or beautiful island.\n"
    "In 1624,Dutch East India Company establishes a base in southwestern Taiwan, initiating a transformation in "
    "aboriginal grain production practices and employing Chinese laborers to work on its rice and sugar "
    "plantations.\n"
    "In 1683, Qing dynasty (1644-1912) forces take control of Taiwan’s western and northern coastal areas and "
    "declared Taiwan as a province of the Qing Empire in 1885.\n"
)


@pytest.fixture
def dictionaries():
    lexicon.reset()
    require_dictionaries("en", "ru", "el", "de")
    yield
    lexicon.reset()


def _instead(source, wrong, source_lang, target_lang) -> list[str]:
    return [f.message for f in major_name_findings(source, wrong, source_lang, target_lang) if "instead" in f.message]


@pytest.mark.parametrize(
    ("source", "right", "source_lang", "target_lang", "name", "rival"),
    [
        (DAVIS_EN, DAVIS_RU, "en", "ru", "Дэвис", "Германию"),
        (ROY_EN, ROY_DE, "en", "de", "Roy", "Türkei"),
    ],
    ids=["ms-davis-cyrillic", "roy-rogers-latin"],
)
def test_a_name_beside_a_kept_word_took_the_names_place(source, right, source_lang, target_lang, name, rival):
    wrong = right.replace(name, rival, 1)
    found = _instead(source, wrong, source_lang, target_lang)
    assert any(f"{rival!r} instead" in message for message in found), found
    assert major_name_findings(source, right, source_lang, target_lang) == []


def test_a_place_the_source_names_in_a_compound_is_no_rival():
    found = name_findings(TAIWAN_DE, TAIWAN_EN, "de", "en")
    assert not any("'India'" in f.message for f in found), [f.message for f in found]


def test_a_compound_names_the_place_it_ends_with():
    india = concepts("India", "en")
    assert concept_in(india, "die Niederländische Ostindien-Kompanie", "de", compounds=True)
    assert not concept_in(india, "die Niederländische Ostindien-Kompanie", "de")
    # (Not a short name inside a word: Oman of Romane.)
    assert not concept_in(concepts("Oman", "en"), "Die Romane", "de", compounds=True)


@pytest.mark.parametrize(
    ("source", "right", "target_lang", "name", "rival"),
    [
        (TRUMP_EN, TRUMP_RU, "ru", "Трампа", "Николаса"),
        (CHINA_EN, CHINA_EL, "el", "Κίνας", "Αντρές"),
    ],
    ids=["trump-cyrillic", "china-greek"],
)
def test_a_name_by_the_dictionary_replaced_a_common_name(dictionaries, source, right, target_lang, name, rival):
    assert lexicon.no_lower_case(rival, target_lang) is True
    wrong = right.replace(name, rival, 1)
    found = _instead(source, wrong, "en", target_lang)
    assert any(f"{rival!r} instead" in message for message in found), found
    assert major_name_findings(source, right, "en", target_lang) == []


def test_a_word_of_a_name_that_its_dictionary_has_in_lower_case_is_translated(dictionaries):
    # Ερυθρός (red) of Έρικ ο Ερυθρός, Erik the Red: an ordinary word by the
    # Greek dictionary; Norse of the sentence took no name's place.
    assert lexicon.ordinary_word("Ερυθρός", "el") is True
    assert major_name_findings(ERIK_EL, ERIK_EN, "el", "en") == []


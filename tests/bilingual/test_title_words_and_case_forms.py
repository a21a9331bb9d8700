"""TQ702: a film's title translated, and a name in two cases (issue 12).

Johnny English Reborn is a title: its Reborn is re- + born, an ordinary
word that a translation renders by meaning (Turkish Dönüşü, return). Its
dictionary stem is born, and Born is a surname, so Reborn read as a name
and Dönüşü as the name put in its place. A stem a prefix was taken off
is another word's (see lexicon.ordinary_word). And a name the
translation writes in two cases (Інгліш, Інгліша: English, the hero's
name) is one name: the form less like the source's English was taken for
a name the source lacks, the other form being its likelier respelling.
Sentences from NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import major_name_findings, require_dictionaries
from tqcheck.alignment.anynames import Side

REVIVAL_EN = (
    "It's traditional now to look for Brexit significances in any new film with a British slant and that does "
    "seem applicable to this revival of the Johnny English action-comedy spoof franchise - which started back in "
    "2003 with Johnny English and spluttered back to life in 2011 with Johnny English Reborn."
)
REVIVAL_TR = (
    "Bu geleneği, 2003 yılında Johnny English ile başlayan ve 2011 yılında Johnny English'in Dönüşü filmiyle "
    "tekrar beyaz perdeye çıkan Johnny English aksiyon komedi parodisi için de sürdürebiliriz."
)
REVIVAL_UK = (
    "Уже стало доброю традицією шукати в кожному новому британському фільмі смисли, навіяні Brexit. Є вони й у "
    "новій частині серії комедійних пародій на бойовики про Джонні Інгліша. Перший фільм під назвою \"Джонні "
    "Інгліш\" вийшов на екрани ще у 2003\u00a0році, пізніше серію поновили у 2011\u00a0році, відзнявши \"Джонні "
    "Інгліш: Перезапуск\"."
)


def test_a_title_word_made_with_a_prefix_is_translated_not_replaced():
    require_dictionaries("en", "tr")
    assert major_name_findings(REVIVAL_EN, REVIVAL_TR, "en", "tr") == []


def test_a_name_in_two_cases_is_one_name():
    assert Side(REVIVAL_EN, "en").has("Інгліша", "uk", rivals=("Джонні", "Інгліша", "Інгліш"))
    require_dictionaries("en", "uk")
    assert major_name_findings(REVIVAL_EN, REVIVAL_UK, "en", "uk") == []


def test_a_name_of_the_title_replaced_is_still_found():
    require_dictionaries("en", "tr")
    target = REVIVAL_TR.replace("Johnny English'in Dönüşü", "Johnny Sheridan'ın Dönüşü")
    found = [f.message for f in major_name_findings(REVIVAL_EN, target, "en", "tr")]
    assert any("'Sheridan'" in m for m in found), found


# FLORES-200 devtest (CC BY-SA 4.0): буддизм is a word made from Будди, not
# one of its cases; it stays a rival, spelled more like Buddhism, so Будди
# is not found in Buddhism when Muskoka took Buddha's place.
BUDDHA_UK = (
    "Тибетський буддизм заснований на вченні Будди, але був доповнений шляхом любові махаяни та багатьма "
    "техніками індійської йоги."
)
BUDDHA_EN = (
    "Tibetan Buddhism is based on the teachings of Muskoka, but were extended by the mahayana path of love and "
    "by a lot of techniques from Indian Yoga."
)


def test_a_word_made_from_a_name_is_still_its_rival():
    found = [f.message for f in major_name_findings(BUDDHA_UK, BUDDHA_EN, "uk", "en")]
    assert any("'Будди'" in m and "'Muskoka'" in m for m in found), found

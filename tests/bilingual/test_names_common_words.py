"""TQ702 on a capitalised common word of the source that the translation
translates (Senate ~ Γερουσία, Kingdom ~ Королевством): not a name, so not
a changed name, while a country or a name replaced by another stays one."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings as names
from tqcheck.model import Severity


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang"), [
    # A word of a multi-word country name (Cabo Verde, United Kingdom), a
    # language's name (English: the US) or a city only starting alike
    # (June ~ Juneau, Senate ~ Sena) does not make a common word a country.
    ("The first vote in the Senate is expected on Friday.",
     "Η πρώτη ψηφοφορία στη Γερουσία αναμένεται την Παρασκευή.", "en", "el"),
    ("In June 2017, Mr. Trump met President Juan Carlos Varela of Panama.",
     "В июне 2017 г. г-н Трамп встретился с президентом Панамы Хуаном Карлосом Варелой.", "en", "ru"),
    ("The only Church of England cleric to win the cross was honoured.",
     "Єдиного представника Англіканської церкви, який отримав хрест, вшанували.", "en", "uk"),
    ("Leyó el documento en el Salón de la Independencia.", "He read the document in Independence Hall.", "es", "en"),
])
def test_a_translated_common_word_is_no_changed_name(source, target, source_lang, target_lang):
    found = names(source, target, source_lang, target_lang)
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


@pytest.mark.parametrize(("source", "target", "source_lang", "target_lang"), [
    ("The talks in Germany ended on Friday with Kavanaugh.",
     "Переговоры в Вирджинии закончились в пятницу с Кавано.", "en", "ru"),
    ("Ministers from Ireland met in Dublin.", "Міністри з Ротенберга зустрілися в Дубліні.", "en", "uk"),
])
def test_a_country_replaced_by_another_name_is_still_a_changed_name(source, target, source_lang, target_lang):
    found = names(source, target, source_lang, target_lang)
    assert any(f.severity >= Severity.MAJOR for f in found), [f.message for f in found]


@pytest.mark.parametrize(("source", "target"), [
    # en -> bg (the deep pair): a title, a headline's capitals, a word of a
    # place's name translated: ordinary English words, no name to miss.
    ('"A vote for Judge Kavanaugh is a vote for the rule of law," Trump said.',
     "„Всеки глас за съдия Каванау е глас за върховенството на закона“, каза Тръмп."),
    ("It Is Very Bad.", "Положението е изключително зле."),
    ("Naval bases from Lake Titicaca to the Amazon carry the motto.",
     "Морските бази от езерото Титикака до Амазонка носят мотото."),
    ("Britain's Prime Minister Theresa May arrives in Birmingham.",
     "Британският министър-председател Тереза Мей пристига в Бирмингам."),
])
def test_a_capitalised_common_word_translated_is_not_a_missing_name_in_the_deep_pair(source, target):
    assert [f.message for f in names(source, target, "en", "bg")] == []


def test_a_name_dropped_in_the_deep_pair_is_still_reported():
    found = names("The minister met Chequers officials on Monday.", "Министърът се срещна с чиновници в понеделник.",
                  "en", "bg")
    assert [f.severity for f in found] == [Severity.MINOR]
    assert "Chequers" in found[0].message

"""TQ702: a word of a country's CLDR name, a name said to have moved to
the next sentence, and a month that is no rival (issue 12).

- Фолклендських is a word in lower case too, so a capitalised word of the
  translation in its place (Continuum) read as its translation; it is a
  word of the Falklands' CLDR name, whose translation CLDR knows.
- The islands of a sentence named the Falkland Islands, since a word of a
  CLDR name of several words stood for it alone, however many names share
  it (Islands, South, Republic). (Greek και, and, of Γουάλις και Φουτούνα
  explained Wall of Wall Street so: Γουόλ is Wall respelled, the w that
  Greek writes γου read as English w is, a v.)
- A name whose neighbouring sentence has it where its own source lacks it
  was taken to have moved there, even where a word stands in its own place
  beside a kept word of its run (Theresa May -> Македонии Мэй).
- July is likelier than George as Джорджу respelled, and was refused as the
  translation of июля; George, the next likeliest, was never looked at.
  A month that a word of the other side names is no candidate and no
  rival.

Sentences from FLORES-200 devtest and NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

import re

import pytest

from tests.helpers import major_name_findings
from tqcheck.alignment.anynames import Side
from tqcheck.alignment.cldr_names import concept_in, names_territory

WASHINGTON_RU = (
    "6 июля один экземпляр послали Джорджу Вашингтону, который  9 июля приказал зачитать его перед своими "
    "войсками в Нью-Йорке."
)
WASHINGTON_EN = "One was sent to George Washington on July 6, who had it read to his troops in New York on July 9."

FALKLANDS_UK = (
    "На віддалених островах кредитні картки скоріш за все прийматися не будуть, хоча можуть брати валюти "
    "Британії чи Сполучених Штатів; уточніть у власників наперед щоб визначити що є прийнятним методом оплати.\n"
    "Майже неможливо обміняти валюту Фолклендських островів за їх межами, а тому обмінюйте гроші, перш ніж "
    "від'їдете з островів."
)
FALKLANDS_EN = (
    "On the outlying islands credit cards will probably not be accepted, although British and United States "
    "currency may be taken; check with the owners in advance to determine what is an acceptable payment method.\n"
    "It is nearly impossible to exchange {} currency outside of the islands, so exchange money prior to leaving "
    "the islands."
)

MAY_EN = (
    "British PM May accuses critics of 'playing politics' over Brexit\n"
    "Prime Minister Theresa May accused critics of her plans to leave the European Union of \"playing politics\" "
    "with Britain's future and undermining the national interest in an interview with the Sunday Times newspaper."
)
MAY_RU = (
    "Премьер-министр Великобритании Тереза Мэй обвиняет своих критиков в «политических играх» вокруг ситуации с "
    "Брекситом\n"
    "В интервью газете Sunday Times премьер-министр {} Мэй обвинила политиков, критикующих ее план покинуть "
    "Евросоюз, в том, что они ставят узкопартийные интересы выше интересов общества."
)


def messages(source: str, target: str, source_lang: str, target_lang: str) -> list[str]:
    return [f.message for f in major_name_findings(source, target, source_lang, target_lang)]


def test_a_month_the_other_side_names_is_no_candidate_nor_rival():
    source, target = Side(WASHINGTON_RU, "ru"), Side(WASHINGTON_EN, "en")
    source_words = tuple(dict.fromkeys(re.findall(r"\w{3,}", WASHINGTON_RU)))
    target_words = tuple(dict.fromkeys(re.findall(r"\w{3,}", WASHINGTON_EN)))
    assert target.has("Джорджу", "ru", rivals=source_words, whole=True)
    assert source.has("George", "en", rivals=target_words)


def test_a_word_of_a_countrys_name_in_lower_case_too_is_no_translated_word():
    found = messages(FALKLANDS_UK, FALKLANDS_EN.format("Continuum"), "uk", "en")
    assert any("Фолклендських" in m and "Continuum" in m for m in found), found


def test_the_islands_name_no_falklands():
    found = messages(FALKLANDS_UK, FALKLANDS_EN.format("Amsterdam"), "uk", "en")
    assert any("Фолклендських" in m for m in found), found


def test_the_falklands_translated_are_quiet():
    assert messages(FALKLANDS_UK, FALKLANDS_EN.format("Falklands"), "uk", "en") == []


def test_a_word_in_its_own_place_is_no_name_moved_away():
    found = messages(MAY_EN, MAY_RU.format("Македонии"), "en", "ru")
    assert any("Theresa" in m and "Македонии" in m for m in found), found


def test_the_name_in_its_place_is_quiet():
    assert messages(MAY_EN, MAY_RU.format("Тереза"), "en", "ru") == []


WALL_EL = (
    "Υποχρεώθηκαν να καταβάλουν φόρους στο αποικιοκρατικο καθεστώς των ΗΠΑ για να καλύψουν ένα μεγάλο τμήμα των "
    "εξόδων και το επιτόκιο των ομολόγων υποκινούταν εξ ονόματος της Φιλιππινέζικης κυβέρνησης μέσω των τραπεζικών "
    "οίκων της Γουόλ Στρητ."
)
WALL_EN = (
    "They were compelled to pay taxes to the U.S. colonial regime to defray a major part of the expenditures and "
    "the interest on bonds floated in the name of the Philippine government through the {} Street banking houses."
)


def test_greek_gou_is_an_english_w():
    assert messages(WALL_EL, WALL_EN.format("Wall"), "el", "en") == []


def test_wall_replaced_is_still_reported():
    found = messages(WALL_EL, WALL_EN.format("Kissinger"), "el", "en")
    assert any("Γουόλ" in m and "Kissinger" in m for m in found), found


@pytest.mark.parametrize(
    ("text", "concept", "named"),
    [
        ("the islands", "T:FK", False),
        ("the Falkland Islands", "T:FK", True),
        ("the Falklands", "T:FK", True),
        ("South", "T:ZA", False),
        ("South Africa", "T:ZA", True),
        ("the United States", "T:US", True),
    ],
)
def test_a_word_many_cldr_names_share_names_none_alone(text, concept, named):
    assert concept_in(frozenset({concept}), text, "en") is named


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("Фолклендських", "uk", True),
        ("Chilean", "en", False),  # a country of one word: its adjectives are many (Chinesisch, Sino-)
        ("Chinesisch", "de", False),
        ("острови", "uk", False),  # islands: many names share it
        ("Islands", "en", False),
        ("Republicans", "en", False),  # Czech Republic, Dominican Republic: a word of two names
        ("Королівський", "uk", False),  # royal, of Сполучене Королівство: not the name nearly whole
        ("Senate", "en", False),  # Sena is a language of Mozambique, not its name
    ],
)
def test_a_word_of_a_countrys_name(word, lang, expected):
    assert names_territory(word, lang) is expected

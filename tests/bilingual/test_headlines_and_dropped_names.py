"""Two ways a translation differs in names without changing one (NTREX-128,
CC BY-SA 4.0):

- an English headline in title case capitalises ordinary words (`The Bells
  of St. Martin's Fall Silent`): there a capitalised word that the
  language's dictionary knows in lower case is no name to look for;
- a name dropped beside the other word of its run, which the translation
  keeps alone (`Supreme Court pick Brett Kavanaugh` -> `Yüksek Mahkeme
  adayı Kavanaugh'un`): nothing stands in its place, so no word elsewhere
  in the sentence (Mahkeme) replaced it. A prompt, minor."""

from __future__ import annotations

import pytest
from helpers import name_findings

from tqcheck.alignment.lexicon import no_lower_case
from tqcheck.model import Severity

pytestmark = pytest.mark.skipif(no_lower_case("Bells", "en") is None, reason="needs the en_US spelling dictionary")

BELLS = "The Bells of St. Martin's Fall Silent as Churches in Harlem Struggle"
BELLS_IN = {
    "el": "Οι καμπάνες του Σεντ Μάρτιν έχουν σιγήσει καθώς οι εκκλησίες στο Χάρλεμ εξαφανίζονται",
    "tr": "St. Martin'in Çanları Harlem Sorunundaki Kiliseler Gibi Sessizliğe Büründü",
}


def majors(found):
    return [f.message for f in found if f.severity >= Severity.MAJOR]


@pytest.mark.parametrize("lang", sorted(BELLS_IN))
def test_ordinary_words_of_a_title_case_headline_are_no_names(lang):
    assert majors(name_findings(BELLS, BELLS_IN[lang], "en", lang)) == []


def test_a_name_changed_in_a_title_case_headline_is_still_found():
    found = name_findings(BELLS, BELLS_IN["el"].replace("Χάρλεμ", "Μπρούκλιν"), "en", "el")
    assert any("Harlem" in m for m in majors(found))


KAVANAUGH = (
    "The President obliquely referred to the situation surrounding his Supreme Court pick Brett Kavanaugh "
    "while talking about the importance of Republican turnout in the midterm elections."
)
KAVANAUGH_TR = (
    "Başkan, ara seçimlere Cumhuriyetçilerin katılım oranının önemi hakkında konuşurken, Yüksek Mahkeme adayı "
    "Kavanaugh'un yaşadığı duruma dolaylı olarak değindi."
)


def test_a_name_dropped_beside_its_kept_run_mate_is_a_prompt():
    found = name_findings(KAVANAUGH, KAVANAUGH_TR, "en", "tr")
    assert majors(found) == []
    assert any("'Brett'" in f.message for f in found)


def test_a_name_replaced_beside_its_run_mate_is_still_a_change():
    found = name_findings(KAVANAUGH, KAVANAUGH_TR.replace("Kavanaugh'un", "Marcus Kavanaugh'un"), "en", "tr")
    assert any("'Brett'" in m and "Marcus" in m for m in majors(found))


def test_a_word_of_a_cldr_unit_name_is_no_name():
    # NTREX-128 (CC BY-SA 4.0): Цельсія is a word of CLDR's градусів Цельсія.
    source = "New York City could reach 80 degrees on Tuesday, which would be approximately 10 degrees above average."
    target = (
        "Температура в Нью-Йорку може досягти 27 градусів Цельсія у вівторок, що приблизно на 6 градусів "
        "Цельсія вище середньої температури."
    )
    assert majors(name_findings(source, target, "en", "uk")) == []


def test_words_with_a_suffix_after_an_apostrophe_make_one_run():
    # The part after the apostrophe (ın, in) once broke the run in two, so
    # that a kept word (Limited'in) looked alone and the name beside it
    # (Farage'ın, in Adriftmorn's place) dropped rather than replaced.
    from tqcheck.alignment.anynames import name_mentions

    text = "Resmi kayıtlara göre aktör, Farage'ın Limited'in yöneticisi olarak görünüyor."
    assert {m.run for m in name_mentions(text, 0, len(text), "tr")} == {("Farage'ın", "Limited'in")}
    found = name_findings("According to official record listings, he is the director of Adriftmorn Limited.", text, "en", "tr")
    assert any("Adriftmorn" in m and "Farage" in m for m in majors(found))


def test_a_run_joined_by_a_possessive_is_two_names_not_one_dropped():
    # Trump's West Virginia: Trump kept (Трампа), Virginia replaced (Джоан)
    # is a change, not a name dropped beside Trump. NTREX-128 (CC BY-SA 4.0).
    source = "What time is Trump's West Virginia rally tonight and how do you watch online?"
    target = "Во сколько сегодня вечером состоится встреча Трампа в Западной Джоан и как можно посмотреть ее онлайн?"
    assert any("'Джоан' instead" in m for m in majors(name_findings(source, target, "en", "ru")))

"""TQ702: a month or a day of the week of the translation took no name's
place (issue 12). FLORES-200's Ukrainian has Айова where its English has
none, and вересні (September) where the English has August: Iowa is
missing, and August, a capitalised word the source does not explain, read
as the name put in its place. A day of the week, or a month after a
lower-case word (in August), written out in full, is a word translated (an
abbreviation is a word too: Sun, the Sun); a name that replaced Iowa is
still reported. The sentence is FLORES-200's (CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import name_findings
from tqcheck.model import Severity

SOURCE = "Бахман, яка виграла у попередньому голосуванні Еймс (штат Айова) у вересні, вирішила зупинити свою кампанію."
TARGET = "Bachmann, who won the Ames Straw Poll in August, decided to end her campaign."


def majors(target: str) -> list[str]:
    return [f.message for f in name_findings(SOURCE, target, "uk", "en") if f.severity >= Severity.MAJOR]


def test_a_month_is_no_name_in_a_missing_names_place():
    assert majors(TARGET) == []


def test_a_name_in_its_place_is_still_reported():
    found = majors("Bachmann, who won the Ames Straw Poll in Nebraska, decided to end her campaign.")
    assert any("Nebraska" in m for m in found), found


def test_an_abbreviated_day_is_still_a_word_that_may_be_a_name():
    # Sun is CLDR's abbreviation of Sunday, and the Sun: the French Soleil,
    # twice. (FLORES-200.)
    source = (
        "Il y a quelques milliers d’années, un homme appelé Aristarque a affirmé que le système solaire se déplaçait "
        "autour du Soleil.\nCertains pensaient qu’il avait raison, mais beaucoup croyaient le contraire : que le "
        "système solaire se déplaçait autour de la Terre, y compris le Soleil (et même les autres étoiles)."
    )
    target = (
        "Thousands of years ago, a man called Aristarchus said that the Solar System moved around the Sun.\nSome "
        "people thought he was right but many people believed the opposite; that the Solar System moved around the "
        "Earth, including the Sun (and even the other stars)."
    )
    assert [f.message for f in name_findings(source, target, "fr", "en") if "Soleil" in f.message] == []

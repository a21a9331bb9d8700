"""TQ702, the Bulgarian-English rule pack: a word of a name translated
(issue 12). English capitalises the words of a name that Bulgarian
translates (Premier League ~ Висшата лига): a missing source word the
English dictionary also has in lower case (premier), where the word
that may have taken its place is only an ordinary Bulgarian word
(висшата, the higher), is a word translated, not a name replaced. A name
put in its place (Джонсън) is still one. The sentence is NTREX-128's
(CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import name_findings as names
from tqcheck.model import Severity

SOURCE = "Because of the structure and facilities at this club, it undoubtedly belongs in the Premier League, he said."
TARGET = "Защото по структура, база и условия той несъмнено е на нивото на Висшата лига“, каза той."


def test_a_word_of_a_name_translated_is_no_changed_name():
    found = names(SOURCE, TARGET, "en", "bg")
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


def test_a_name_in_its_place_is_a_changed_name():
    majors = [f for f in names(SOURCE, TARGET.replace("Висшата", "Джонсън"), "en", "bg") if f.severity >= Severity.MAJOR]
    assert any("'Джонсън' instead" in f.message for f in majors), [f.message for f in majors]

"""TQ702 name matching by sound and form: a respelling keeps its first sound,
a word made from a name keeps its first consonants, internationalisms have
a known English form, a month is no abbreviation of a name, and inflected
forms of one name count as repeats. Each test fails without its change."""

from __future__ import annotations

import pytest

from tests.bilingual.helpers import run
from tqcheck.alignment.names import NameWords, international_forms, lemma, name_found, sounds_alike
from tqcheck.model import Severity
from tqcheck.rules.bilingual.tq702_name_mismatch import RULE as TQ702


def majors(findings):
    return [f for f in findings if f.severity >= Severity.MAJOR]


def test_a_vowel_start_and_a_consonant_start_are_two_names():
    assert not sounds_alike("Сентинел", "Iceland")  # s-n-t-n-l against s-l-n-d, but I is no S
    assert not sounds_alike("Сорк", "Iwasaki")
    # h, w, y, j and я, ю, й read either way.
    assert sounds_alike("Уайтхол", "Whitehall")
    assert sounds_alike("Азар", "Hazard") and sounds_alike("Яков", "Jacob")


def test_a_name_with_another_first_sound_is_a_changed_name():
    pytest.importorskip("wordfreq")
    found = run(TQ702, "Експедицията изкачи хребета Сентинел миналата зима.",
                "The expedition climbed the Iceland Range last winter.")
    assert majors(found) and "Iceland" in majors(found)[0].message


def test_a_bulgarian_verb_does_not_explain_an_english_name():
    # Super and започна share four key letters (s-a-p-a) once vowels
    # collapse, not their consonants (s-p-r against z-p-ch-n).
    assert not name_found("Super", NameWords((), stems=("започна",)))
    assert name_found("French", NameWords((), stems=("французи",)))
    assert name_found("Singaporean", NameWords((), stems=("сингапурския",)))
    assert name_found("Ocean", NameWords((), stems=("океан",)))  # a hard c


def test_a_name_replaced_by_a_word_like_a_verb_is_major():
    pytest.importorskip("wordfreq")
    found = run(TQ702, "Докато беше в болницата, Лигинс започна да пише.",
                "While he was at the hospital Super began to write.")
    assert majors(found) and "Super" in majors(found)[0].message


def test_internationalisms_have_english_forms():
    # Compared on keys: deklaration ~ Declaration (daklaratan).
    assert "deklaration" in international_forms("Декларацията")
    assert "revolyution" in international_forms("Революцията")
    assert "olimpics" in international_forms("Олимпиадата")
    # -ия with no article taken off is an adjective's ending (Гигантския).
    assert international_forms("Гигантския") == () and international_forms("Средния") == ()
    assert international_forms("Синтра") == ()


def test_an_internationalism_swapped_for_a_name_is_major():
    pytest.importorskip("wordfreq")
    found = run(TQ702, "Също така след Революцията училищата бяха отворени за всички.",
                "Also after the Elizabeth the schools were open to everyone.")
    assert majors(found) and "Elizabeth" in majors(found)[0].message


def test_an_internationalism_kept_is_quiet():
    for target in ("Also after the Revolution the schools were open to everyone.",
                   "Also after the revolution the schools were open to everyone."):
        assert not run(TQ702, "Също така след Революцията училищата бяха отворени за всички.", target)


def test_a_month_is_no_abbreviation_of_a_name():
    pytest.importorskip("wordfreq")
    # July's key (ala) begins Олимпиадата's (alampadata); Juve ~ Ювентус is
    # an abbreviation, a month is not.
    assert not name_found("Олимпиадата", ["July"])
    assert name_found("Ювентус", ["Juve"])
    found = run(TQ702, "Срокът не стига до юли, когато е насрочена Олимпиадата.",
                "The term does not extend to July, when the Baba had been scheduled.")
    assert majors(found) and "Baba" in majors(found)[0].message


def test_inflected_forms_are_one_name():
    assert lemma("Фолкландските") == lemma("Фолкландската")
    assert lemma("Декларация") == lemma("Декларацията")
    assert lemma("Мари") != lemma("Мария")  # too short to tell forms from names


def test_an_inflected_repeat_swapped_once_is_major():
    pytest.importorskip("wordfreq")
    source = "Валутата на Фолкландските острови е Фолкландската лира."
    found = run(TQ702, source, "The currency of the Falklands is the Adam pound.")
    assert majors(found) and "Adam" in majors(found)[0].message
    assert not majors(run(TQ702, source, "The currency of the Falklands is the Falkland pound."))

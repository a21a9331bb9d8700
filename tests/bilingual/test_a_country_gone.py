"""TQ702: a country gone from the translation, with one word in its place
that the translation's dictionary has only as a name, was replaced (issue
12). Κίνα (China) is quinine too, so the Greek dictionary does not call it
a name, and Aristotle, which English spells its own way, travels too little
to read as one by the word lists: China -> Aristotle was a prompt (minor).
Now a country (a CLDR place) missing, where the sole unexplained word of
the sentence is only a name by its dictionary, is a name put in its place.
Not where nouns take a capital: German Anschuldigungen is only capitalised
too. Sentences from FLORES-200 devtest and NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import flagged_after_replacing, major_name_findings
from tests.helpers import name_findings as names

CHINA_EL = "Η έννοια έχει τις απαρχές της στην Κίνα όπου τα άνθη δαμασκηνιάς ήταν το λουλούδι της εποχής."
CHINA_EN = "The concept came from China where plum blossoms were the flower of choice."
SPIEGEL_EN = "His lawyers are set to sue German news magazine Der Spiegel, which published the allegations."
SPIEGEL_DE = "Seine Anwälte planen, das Nachrichtenmagazin Der Spiegel, das die Anschuldigungen veröffentlichte, zu verklagen."


def test_a_country_replaced_by_a_name_of_the_dictionary_is_found():
    assert not names(CHINA_EL, CHINA_EN, "el", "en")
    spans, messages = flagged_after_replacing(CHINA_EL, CHINA_EN, "el", "en", "China", "Aristotle")
    assert spans == ["Aristotle"], messages


def test_a_capitalised_noun_takes_no_country_s_place():
    assert not major_name_findings(SPIEGEL_EN, SPIEGEL_DE, "en", "de")

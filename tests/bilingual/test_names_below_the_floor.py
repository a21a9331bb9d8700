"""TQ702: a rare name that the panel's word lists lack is still a name
(issue 12). A name travels between languages (wordlists.international),
but the other languages' large lists stop at Zipf 1: Choudhary, 1.35 in
Spanish and in none of them, read 1.35 less common abroad, an ordinary
word's figure, so with Choudhary changed to Hershey beside the kept Jai
Shankar nothing was reported. Now a word the panel lacks counts as half
its floor there. A name the translation adds must still show in the
panel: Frontiere, of Médecins Sans Frontières that the source translates,
is a foreign word, no name put in another's place. Sentences from
FLORES-200 devtest (CC BY-SA 4.0), the singers' first sentence only."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_after_replacing, major_name_findings
from tests.helpers import name_findings as names
from tqcheck.alignment.wordlists import TRAVELS, international, name_like

SINGERS_ES = "El cantante Sanju Sharma fue quien inauguró el evento y le siguió Jai Shankar Choudhary."
SINGERS_PL = "Wieczór zaczął piosenkarz Sanju Sharma, a po nim Jai Shankar Choudhary."
SINGERS_EN = "Singer Sanju Sharma started the evening, followed by Jai Shankar Choudhary."
MSF_CS = (
    "Mluvčí Lékařů bez hranic Richard Veerman řekl: „Angola směřuje k nejhorší epidemii ve svých dějinách a "
    "situace zde zůstává velmi kritická.“"
)
MSF_EN = (
    'Spokesman for Medecines Sans Frontiere Richard Veerman said: "Angola is heading for its worst ever outbreak '
    'and the situation remains very bad in Angola," he said.'
)


def test_a_rare_name_the_panel_lacks_travels():
    assert name_like("Choudhary", "es", 4.0)
    assert international("Kundgebung", "de") < TRAVELS  # an ordinary word still stays home


@pytest.mark.parametrize(("source", "lang"), [(SINGERS_ES, "es"), (SINGERS_PL, "pl")], ids=["spanish", "polish"])
def test_a_rare_name_changed_beside_its_kept_run_is_found(source, lang):
    assert not names(source, SINGERS_EN, lang, "en")
    spans, messages = flagged_after_replacing(source, SINGERS_EN, lang, "en", "Choudhary", "Hershey")
    assert spans == ["Hershey"], messages


def test_a_foreign_word_of_a_name_the_source_translates_is_no_added_name():
    assert not major_name_findings(MSF_CS, MSF_EN, "cs", "en")

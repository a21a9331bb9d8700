"""TQ702: where nouns take a capital (German), a noun of the dictionary that
merely sounds a little like a name is no respelling of it (issue 12).
Robert ~ Arbeit and Jarvis ~ Jährige keep some consonants in order, so the
name counted as found and the name put in its place went unreported. A
name that is only a name (no lower-case word, no place) is now looked for
without such nouns, unless one has its very consonants; a word of the
source that is also an ordinary word or a place's (President, American,
Asian) is still found in the noun that translates it (Präsident,
Amerikanische, Asienspiele). Sentences from NTREX-128 (CC BY-SA 4.0),
shortened."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_after_replacing
from tests.helpers import major_name_findings as majors
from tests.helpers import name_findings as names

MUELLER_EN = (
    "Rosenstein oversees the work of special counsel Robert Mueller, who is investigating Russian "
    "election interference."
)
MUELLER_DE = (
    "Rosenstein hat die Aufsicht über die Arbeit des Sonderermittlers Robert Mueller, der die "
    "Wahleinmischungen durch Russland untersucht."
)
JARVIS_EN = (
    "The 56-year-old plays Jack Jarvis on the popular BBC show, which he writes and co-stars with "
    "long-time comedy partner Greg Hemphill."
)
JARVIS_DE = (
    "Der 56-Jährige spielt Jack Jarvis in der beliebten BBC-Sendung, deren Drehbücher er schreibt und in "
    "der er gemeinsam mit seinem langjährigen Comedypartner Greg Hemphill eine der Hauptrollen spielt."
)
PRESIDENT_EN = "The President of the Dominican Republic met American officials at the Asian Games."
PRESIDENT_DE = "Der Präsident der Dominikanischen Republik traf amerikanische Beamte bei den Asienspielen."


@pytest.mark.parametrize(
    ("source", "target", "old", "new"),
    [(MUELLER_EN, MUELLER_DE, "Robert", "Ayr"), (JARVIS_EN, JARVIS_DE, "Jarvis", "Cromwell")],
    ids=["robert-is-no-arbeit", "jarvis-is-no-jaehrige"],
)
def test_a_name_replaced_beside_a_noun_that_sounds_a_little_like_it(source, target, old, new):
    assert not majors(source, target, "en", "de")
    spans, messages = flagged_after_replacing(source, target, "en", "de", old, new)
    assert spans == [new], messages


def test_words_translated_by_nouns_like_them_are_found():
    found = names(PRESIDENT_EN, PRESIDENT_DE, "en", "de")
    assert not found, [f.message for f in found]

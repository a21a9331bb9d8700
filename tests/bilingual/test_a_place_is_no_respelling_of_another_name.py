"""TQ702: a word that names a CLDR place is no respelling of a name that
names none (issue 12).

Across alphabets a name is found by the classes of its consonants, and
chance likeness of that kind abounds: `Egypt` put in the place of
`Fichte` (Greek `Φίχτε`) shares them, and so does `Guiana` with `Χαναάν`
(Canaan) and Greek `Γερμανοί` (Germans) with `Kiernan`, so each name
replaced passed as found. A word that CLDR takes for a place's name (or
its people's or language's), spelled more like that name than like the
other word and not closely like it, is that place and no respelling of a
word that names another or none (anynames.another_place); a respelling
that CLDR's stems merely relate to a place (`Νιούπορτ`, Newport, for
Niue) or that spells the name closely (`Κίεβο` ~ Kiev) is still one.

Sentences from FLORES-200 devtest and NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings
from tqcheck.alignment.anynames import Side, another_place

FICHTE_EL = (
    "Ο Ρομαντισμός διέθετε ένα σημαντικό στοιχείο πολιτισμικού ντετερμινισμού, που προερχόταν από συγγραφείς "
    "όπως οι Γκαίτε, Φίχτε και Σλέγκελ."
)
FICHTE_EN = "Romanticism had a large element of cultural determinism, drawn from writers such as Goethe, {}, and Schlegel."
CANAAN_EL = "Η γη της Χαναάν δεν διέθετε μεγάλες δασικές εκτάσεις, επομένως το ξύλο ήταν πολύ ακριβό."
CANAAN_EN = "There were no large forests in the land of {}, so wood was extremely expensive."
KIERNAN_EN = (
    "The actor declined to comment on the story, though a Scottish Sun source hinted that Kiernan was looking to "
    'get involved in Glasgow\'s "thriving restaurant trade."'
)
KIERNAN_EL = (
    "Ο ηθοποιός αρνήθηκε να σχολιάσει τις πληροφορίες, παρόλο που πηγή της Scottish Sun υπαινίχθηκε ότι ο {} "
    'θέλει να ασχοληθεί με τον "ακμάζοντα κλάδο της εστίασης" στη Γλασκόβη.'
)

CASES = [
    (FICHTE_EL, FICHTE_EN, "el", "en", "Fichte", "Egypt"),
    (CANAAN_EL, CANAAN_EN, "el", "en", "Canaan", "Guiana"),
    (KIERNAN_EN, KIERNAN_EL, "en", "el", "Κίερναν", "Γερμανοί"),
]


@pytest.mark.parametrize(("source", "target", "sl", "tl", "right", "wrong"), CASES, ids=["Fichte", "Canaan", "Kiernan"])
def test_a_place_put_in_a_names_place_is_reported(source, target, sl, tl, right, wrong):
    changed = target.format(wrong)
    assert [changed[f.start : f.end] for f in major_name_findings(source, changed, sl, tl)] == [wrong]


@pytest.mark.parametrize(("source", "target", "sl", "tl", "right", "wrong"), CASES, ids=["Fichte", "Canaan", "Kiernan"])
def test_the_right_name_is_found(source, target, sl, tl, right, wrong):
    assert not major_name_findings(source, target.format(right), sl, tl)


def test_respellings_stay_respellings():
    assert not another_place("Kiev", "en", "Κίεβο", "el")
    assert not another_place("Newport", "en", "Νιούπορτ", "el")
    assert not another_place("Paraguay", "en", "Παραγουάη", "el")
    assert Side("την αστυνομία του Νιούπορτ", "el").has("Newport", "en")

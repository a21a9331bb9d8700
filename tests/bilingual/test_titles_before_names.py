"""TQ702: a title before a name is no name (issue 12). English capitalises a
title before a name (Queen Elizabeth, Madam Elizabeth), where most
languages write it in lower case (królowej Elżbiety, králova sestra
Alžběta) or both capitalise it as a word of their own (The Reverend
Bernard ~ Αιδεσιμότατος Μπέρναρντ). Such a word, one its language also
writes in lower case, right before the kept counterpart of a source name
that has no capitalised word before it (or one of the same kind), is the
title translated: no rival for a missing name. A word with a lower-case
reading that stands where the source has another name (Julia Gillard ->
Hall Gillard) still replaced it. One language per script: Latin (Czech,
Polish), Greek."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings as names
from tqcheck.model import Severity

SISTER_CS = (
    "Vyděšený král Ludvík XVI. a králova sestra Alžběta Filipína Francouzská byli 6. října 1789 "
    "donuceni vrátit se z Versailles do Paříže."
)
SISTER_EN = (
    "The terrified King Louis XVI and the King's sister, Madam Elizabeth, were forced back to Paris "
    "from Versailles on the 6th October 1789."
)
GILLARD_PL = (
    "Nadzorująca Premier Julia Gillard stwierdziła, iż Australia powinna zamienić się w republikę "
    "wraz z końcem panowania królowej Elżbiety II."
)
GILLARD_EN = (
    "Caretaker Prime Minister Julia Gillard claimed that Australia should become a republic at the end "
    "of Queen Elizabeth II's reign."
)
VANN_EN = "Lt Col The Reverend Bernard Vann won the award on 29 September 1918 in the attack at Bellenglise."
VANN_EL = (
    "Ο αντισυνταγματάρχης Αιδεσιμότατος Μπέρναρντ Βαν έλαβε το μετάλλιο στις 29 Σεπτεμβρίου 1918, "
    "για την επίθεση στο Bellenglise."
)

# NTREX-128 (CC BY-SA 4.0). Louis is a word in lower case too (a coin, in
# both dictionaries), but the translation spells it: a name kept, no title.
PASTEUR_EN = "On landing her daughter had been rushed to Nice's Hospital Louis Pasteur 2, where doctors worked in vain."
PASTEUR_UK = "Після приземлення її дочку доправили в 2 лікарню імені Луї Пастера в Ніцці, де лікарі безуспішно працювали."

FAITHFUL = [
    ("latin-title-the-source-writes-in-lower-case", SISTER_CS, "cs", SISTER_EN, "en"),
    ("latin-title-and-a-translated-title", GILLARD_PL, "pl", GILLARD_EN, "en"),
    ("greek-title-for-a-title", VANN_EN, "en", VANN_EL, "el"),
    ("cyrillic-name-spelled-on-both-sides-is-no-title", PASTEUR_EN, "en", PASTEUR_UK, "uk"),
]


@pytest.mark.parametrize(("case", "source", "source_lang", "target", "target_lang"), FAITHFUL, ids=[c[0] for c in FAITHFUL])
def test_a_title_before_a_kept_name_is_no_rival(case, source, source_lang, target, target_lang):
    found = names(source, target, source_lang, target_lang)
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])


CHANGED = [
    # A word with a lower-case reading where the source has a name of its own.
    ("latin-word-in-a-first-names-place", GILLARD_PL, "pl", GILLARD_EN.replace("Julia", "Hall"), "en", "Hall"),
    # A word with a lower-case reading before a kept name the source writes
    # with another name before it (Jai Shankar Choudhary), not only the one
    # it spells like (Sanju).
    (
        "latin-word-before-a-kept-name-of-a-longer-run",
        "La chanteuse Sanju Sharma a commencé la soirée, suivie par Jai Shankar Choudhary.",
        "fr",
        "Singer Sanju Sharma started the evening, followed by Harper Shankar Choudhary.",
        "en",
        "Harper",
    ),
    # Before a word the dictionary has in lower case too (Court), a word is
    # no title: a name's place.
    (
        "latin-word-before-a-common-noun",
        "Fue el emperador de Japón quien organizó las primeras celebraciones, solo para la Corte Imperial.",
        "es",
        "In Japan, the first parties were hosted by the emperor only for the Sentinel Court.",
        "en",
        "Sentinel",
    ),
    ("greek-name-after-a-title", VANN_EN, "en", VANN_EL.replace("Μπέρναρντ", "Σάρα"), "el", "Σάρα"),
]


@pytest.mark.parametrize(("case", "source", "source_lang", "target", "target_lang", "rival"), CHANGED, ids=[c[0] for c in CHANGED])
def test_a_name_changed_beside_a_title_is_still_found(case, source, source_lang, target, target_lang, rival):
    majors = [f for f in names(source, target, source_lang, target_lang) if f.severity >= Severity.MAJOR]
    assert any(f"{rival!r} instead" in f.message for f in majors), (case, [f.message for f in majors])

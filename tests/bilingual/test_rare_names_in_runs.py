"""TQ702: a rare name of a run of capitalised words, where only names take
a capital, is spelled much as it is in another language of its alphabet,
like a rare name written alone (issue 12). Judge Kavanaugh and El Salvador
are runs of two, so a word with a few of the name's consonants (Mendes,
Kleenex, Sayfullo) still excused it as perhaps respelled. A word of the
run that its dictionary has in lower case (Reverend: a title) keeps the
looser reading: Wielebny is its translation. Sentences from NTREX-128
(CC BY-SA 4.0), shortened. Latin script: German, Czech, Spanish, Polish."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_after_replacing
from tests.helpers import major_name_findings as majors

KAVANAUGH_EN = '"A vote for Judge Kavanaugh is a vote to reject the tactics of the Democratic Party," Trump said.'
KAVANAUGH_DE = "„Eine Stimme für Richter Kavanaugh ist eine Stimme gegen die Taktiken der Demokraten“, sagte Trump."
KAVANAUGH_CS = "„Hlas pro soudce Kavanaugha je odmítnutím taktiky Demokratické strany,“ řekl Trump."
SALVADOR_EN = "But penalties were only considered against El Salvador, which received $140 million in American aid."
SALVADOR_ES = "Pero solo se decidió sancionar a El Salvador, que había recibido 140 millones de dólares estadounidenses."
VANN_EN = "Lt Col The Reverend Bernard Vann won the award in the attack at Bellenglise."
VANN_PL = "Podpułkownik Wielebny Bernard Vann otrzymał odznaczenie za atak na Bellenglise."



@pytest.mark.parametrize(
    ("source", "target", "target_lang", "old", "new"),
    [
        (KAVANAUGH_EN, KAVANAUGH_DE, "de", "Kavanaugh", "Mendes"),
        (KAVANAUGH_EN, KAVANAUGH_CS, "cs", "Kavanaugha", "Kleenex"),
        (SALVADOR_EN, SALVADOR_ES, "es", "Salvador", "Sayfullo"),
    ],
    ids=["judge-kavanaugh-de", "judge-kavanaugh-cs", "el-salvador-es"],
)
def test_a_rare_name_of_a_run_replaced_by_one_with_a_few_of_its_consonants(source, target, target_lang, old, new):
    assert not majors(source, target, "en", target_lang)
    spans, messages = flagged_after_replacing(source, target, "en", target_lang, old, new)
    assert spans == [new], messages


def test_a_title_of_the_run_is_translated():
    found = majors(VANN_EN, VANN_PL, "en", "pl")
    assert not found, [f.message for f in found]

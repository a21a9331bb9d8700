"""TQ701 and a decade (issue 12): "the early 2000s" is as often put in words
as in figures (в началото на новия век, at the start of the new century;
Na začátku tisíciletí; 本世纪之初; the nineties). A decade missing from the
translation is a prompt to check (minor), not a wrong number; a decade
changed for another figure is still a wrong number (major)."""

from __future__ import annotations

import pytest

from tests.helpers import number_findings
from tqcheck.model import Severity

# NTREX-128 (CC BY-SA 4.0): an English sentence and its Bulgarian, Czech
# and Chinese translations.
SAINSBURY_EN = (
    "Sainsbury's tested a joint venture with Boots in the early 2000s, but the tie-up ended after a row over how "
    "to split the revenues from the chemist's stores in its supermarkets."
)
SAINSBURY = {
    "bg": "Sainsbury направиха съвместен опит с Boots в началото на новия век, но сдружението приключи след спор за "
    "разпределяне на печалбите от обектите на фармацевтичната компания в супермаркетите.",
    "cs": "Na začátku tisíciletí Sainsbury‘s testoval společný podnik s Boots, ale spojení skončilo po hádce o "
    "rozdělování výnosů z prodeje léčiv v supermarketech.",
    "zh-Hans": "Sainsbury's 早在本世纪之初试水与 Boots 建立了合资企业，但在入驻其超市的药店收入分成上存在纷争后，"
    "这种合作关系也就随之结束。",
}


@pytest.mark.parametrize("lang", sorted(SAINSBURY))
def test_a_decade_put_in_words_is_a_prompt_not_a_wrong_number(lang):
    found = number_findings(SAINSBURY_EN, SAINSBURY[lang], "en", lang)
    assert [f.severity for f in found] == [Severity.MINOR], found
    assert "2000s" in found[0].message and "decade" in found[0].message


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        ("Prices fell in the 1990s.", "Die Preise fielen in den 1980er Jahren.", "en", "de"),
        ("Цены упали в 1990-е годы.", "Prices fell in the 1980s.", "ru", "en"),
    ],
)
def test_a_decade_changed_is_still_a_wrong_number(source, target, source_lang, target_lang):
    found = number_findings(source, target, source_lang, target_lang)
    assert [f.severity for f in found] == [Severity.MAJOR], found


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A year, no decade: missing, a wrong number as before.
        ("The plant opened in 2000 and closed later.", "Заводът отвори врати и по-късно затвори."),
        # A figure ending in 0 before a unit word is no decade either.
        ("The truck carried 1200kg of rice.", "Камионът превозваше ориз."),
    ],
)
def test_a_missing_year_or_figure_stays_major(source, target):
    found = number_findings(source, target, "en", "bg")
    assert [f.severity for f in found] == [Severity.MAJOR], found

"""TQ702: a word of the translation that may be a missing name respelled
excuses only the name it is likeliest to be (issue 12). Пекин, Beijing's
exonym, resembles Panama a little too (p-n against p-k-n), so it excused
both, and Лундвальда in Panama's place went unreported. Now Пекин is
Beijing's, and Panama, still missing beside an unexplained name, was
replaced. One language per script: Cyrillic (Russian), Latin (Spanish).
Sentence from NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_after_replacing
from tests.helpers import name_findings as names

PANAMA_EN = (
    "Diplomats noted that the Dominican Republic and Panama had already recognized Beijing, with little "
    "pushback from Washington."
)
PANAMA_RU = (
    "Дипломаты отметили, что Доминиканская Республика и Панама уже признали Пекин, что вызвало "
    "негативную реакцию Вашингтона."
)
PANAMA_ES = (
    "Los diplomáticos señalaron que la República Dominicana y Panamá ya habían reconocido a Pekín, con "
    "poca resistencia de Washington."
)


@pytest.mark.parametrize(
    ("target", "target_lang", "old", "new"),
    [(PANAMA_RU, "ru", "Панама", "Лундвальда"), (PANAMA_ES, "es", "Panamá", "Lundwall")],
    ids=["cyrillic", "latin"],
)
def test_an_exonym_excuses_one_name_only(target, target_lang, old, new):
    assert not names(PANAMA_EN, target, "en", target_lang)
    spans, messages = flagged_after_replacing(PANAMA_EN, target, "en", target_lang, old, new)
    assert spans == [new], messages

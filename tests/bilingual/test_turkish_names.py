"""Turkish personal names keep their Turkish spelling in English (Реджеп →
Recep, not the transliteration Redzhep): a listed form in
tqcheck/data/bilingual/bg_en_names.tsv, found by a review."""

from __future__ import annotations

from helpers import check_text

SOURCE = "Съобщението бе направено след като Тръмп проведе телефонен разговор с турския президент Реджеп Тайип Ердоган."
TARGET = "The announcement came after Trump held a telephone conversation with Turkish President {name} Tayyip Erdogan."


def test_the_turkish_spelling_is_the_name():
    found = check_text(TARGET.format(name="Recep"), select=("TQ702",), source=SOURCE)
    assert found == []


def test_another_name_in_its_place_is_still_flagged():
    found = check_text(TARGET.format(name="Ahmet"), select=("TQ702",), source=SOURCE)
    assert [f.code for f in found] == ["TQ702"]

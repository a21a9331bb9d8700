"""TQ701: number words written with an apostrophe (issue 12). Ukrainian
spells five and nine with one (п'ять, дев'ять, п'ятнадцять, дев'яносто).
CLDR's spell-out rules write it as the modifier letter ʼ; texts write ' or
’ as often. Each is read as the same number; a word with the same letters
that is no number (п'ятницю, Friday) is not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import check_text
from tqcheck.alignment.numbers import extract_numbers
from tqcheck.model import Severity

APOSTROPHES = ["'", "’", "ʼ"]
MARK_IDS = ["straight", "curly", "modifier-letter"]


@pytest.mark.parametrize("mark", APOSTROPHES, ids=MARK_IDS)
@pytest.mark.parametrize(
    ("word", "value"), [("п{}ять", 5), ("дев{}ятнадцять", 19), ("п{}ятдесят", 50)], ids=["five", "nineteen", "fifty"]
)
def test_a_number_word_with_any_apostrophe_is_read(mark, word, value):
    text = f"Вони чекали {word.format(mark)} років."
    values = [m.values for m in extract_numbers(text, "uk")]
    assert frozenset({Decimal(value)}) in values, values


@pytest.mark.parametrize("mark", APOSTROPHES, ids=MARK_IDS)
def test_a_day_with_the_same_letters_is_no_number(mark):
    assert extract_numbers(f"Це сталося у п{mark}ятницю.", "uk") == ()


def test_a_figure_for_the_word_is_faithful_and_a_changed_one_is_not():
    source = "Пожежа тривала п'ять годин."
    right = check_text("The fire lasted 5 hours.", select=("TQ701",), source=source, source_lang="uk", target_lang="en")
    assert all(f.severity < Severity.MAJOR for f in right), [f.message for f in right]
    wrong = check_text("The fire lasted 6 hours.", select=("TQ701",), source=source, source_lang="uk", target_lang="en")
    assert any(f.severity >= Severity.MAJOR and "6" in f.message for f in wrong), [f.message for f in wrong]


@pytest.mark.parametrize("mark", APOSTROPHES, ids=MARK_IDS)
def test_an_ordinal_with_any_apostrophe_is_its_number(mark):
    # num2words' ordinals (дев'ятий, ninth) were kept with its apostrophe,
    # while the text is read with the modifier letter: дев'ятий was taken
    # for a form of дев'ятсот, 900, and the right `Ninth` reported.
    text = f"Дев{mark}ятий сезон стане останнім."
    assert [m.values for m in extract_numbers(text, "uk")] == [frozenset({Decimal(9)})]
    found = check_text("The ninth series will be the last.", select=("TQ701",), source=text, source_lang="uk", target_lang="en")
    assert [f.message for f in found] == []

"""TQ701: a figure joined by a hyphen (or run together) to a word made from
a scale word is that many thousands or millions, as the adjectives of
Slavic languages write it: `25-тысячную толпу`, `25-tysięczny tłum`, a
crowd of 25,000 (issue 12). The 25 was read alone, so `'25' is not in the
source, which has 25,000` was reported on a right translation.
After a sentence of NTREX-128 (CC BY-SA 4.0), shortened."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import number_findings
from tqcheck.alignment.numbers import extract_numbers

SOURCE = "Police blocked a 25,000-strong crowd from the mosque."


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Полиция не подпустила 25-тысячную толпу к мечети.", "ru"),
        ("Policja nie dopuściła 25-tysięcznego tłumu do meczetu.", "pl"),
        ("Поліція не підпустила 25-тисячний натовп до мечеті.", "uk"),
        ("Policie nepustila 25tisícový dav k mešitě.", "cs"),
    ],
)
def test_a_figure_joined_to_a_scale_adjective_is_that_many_thousands(text, lang):
    figure = next(m for m in extract_numbers(text, lang) if text[m.start : m.end].startswith("25"))
    assert Decimal(25000) in figure.values
    assert [f.message for f in number_findings(SOURCE, text, "en", lang)] == []


def test_a_figure_joined_to_another_word_is_itself():
    text = "Полиция задержала 25-летнего мужчину."
    figure = next(m for m in extract_numbers(text, "ru") if text[m.start : m.end] == "25")
    assert figure.values == frozenset({Decimal(25)})


def test_a_changed_figure_is_still_found():
    text = "Полиция не подпустила 35-тысячную толпу к мечети."
    found = [f.message for f in number_findings(SOURCE, text, "en", "ru")]
    assert any("25,000" in m for m in found), found

"""A number word that begins a compound (εντεκάχρονη, eleven-year-old;
одиннадцатилетняя, jedenáctiletá, zwanzigjährige, quincena) is that number,
read like a number word (soft): the translation's figure 11 is in the
source. Only a number word of five letters or more, followed by three
letters or more, begins one: `acht` does not make `Achtung` eight, nor
`seven` make `several` seven. (A soft number only explains another
side's figure; it is never reported missing itself.)"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tqcheck.alignment.numbers import extract_numbers, unmatched


def added(target: str, source: str, source_lang: str) -> tuple:
    """The English target's figures that ``source`` does not have."""
    return unmatched(extract_numbers(source, source_lang), extract_numbers(target, "en"))[1]


# The first from FLORES-200 devtest (CC BY-SA 4.0).
ELEVEN = "their two young children (11 year old Marie Therese and four year old Louis-Charles)"


@pytest.mark.parametrize(
    "source,lang",
    [
        ("τα δύο μικρά παιδιά τους (την εντεκάχρονη Μαρία Θηρεσία και τον τετράχρονο Λουδοβίκο Κάρολο)", "el"),
        ("двое их маленьких детей (одиннадцатилетняя Мария Тереза и четырёхлетний Людовик Карл)", "ru"),
        ("jejich dvě malé děti (jedenáctiletá Marie Terezie a čtyřletý Ludvík Karel)", "cs"),
        ("двете им малки деца (единадесетгодишната Мария Тереза и четиригодишният Луи Шарл)", "bg"),
    ],
)
def test_a_number_word_beginning_a_compound_is_its_number(source, lang):
    assert added(ELEVEN, source, lang) == ()


def test_a_changed_figure_beside_such_a_compound_is_still_reported():
    source = "τα δύο μικρά παιδιά τους (την εντεκάχρονη Μαρία Θηρεσία και τον τετράχρονο Λουδοβίκο Κάρολο)"
    assert [m.values for m in added(ELEVEN.replace("11", "12"), source, "el")] == [frozenset({Decimal(12)})]


@pytest.mark.parametrize("word,lang", [("Achtung", "de"), ("several", "en"), ("Пятница", "ru")])
def test_short_number_words_or_short_endings_make_no_compound(word, lang):
    assert extract_numbers(f"— {word}.", lang) == ()


def test_a_compound_reading_is_soft():
    assert [m.soft for m in extract_numbers("η εντεκάχρονη Μαρία", "el")] == [True]

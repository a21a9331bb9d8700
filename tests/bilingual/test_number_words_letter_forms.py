"""TQ701: number words read whatever form a letter takes (issue 12).

A Romanian number word is read whether its ş and ţ have a cedilla or a
comma below.

ICU's spell-out rules, which the number-word tables are generated from,
write şapte (7) with a cedilla; Romanian today, FLORES-200 included,
writes șapte with a comma below, and num2words' ordinals do too (al
șaptelea). The table missed every ș word of the text, so `rugbiul în
șapte` (sevens rugby) left the English `7's rugby` unexplained: `'7' is
not in the source` was reported on a right translation (ro->en, FLORES-200
devtest, CC BY-SA 4.0, shortened).

A Turkish (or Azerbaijani) number word with a capital İ is read: Python
lowers İ to i and a combining dot, so İkinci (second) at the start of a
name (İkinci Dünya Savaşı, World War II) or İki (two) at the start of a
sentence was no number word, and a 2 of the translation came from nowhere."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import number_findings
from tqcheck.alignment.numbers import extract_numbers, is_number_word


@pytest.mark.parametrize("word", ["șapte", "şapte", "Șapte", "Şapte"])
def test_either_letter_reads_as_seven(word):
    assert is_number_word(word, "ro")
    [mention] = extract_numbers(f"au venit {word} oameni", "ro")
    assert mention.values == frozenset({Decimal(7)})


def test_an_ordinal_written_with_the_cedilla_is_read_too():
    [mention] = extract_numbers("a ieșit pe locul al şaptelea", "ro")
    assert Decimal(7) in mention.values


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        ("Vremea a fost minunată, o zi perfectă pentru rugbiul în șapte.", "The weather was great, a perfect day for 7's rugby.", "ro"),
        ("Almanya, İkinci Dünya Savaşı'nda ortak bir düşmandı.", "Germany was a common enemy in World War 2.", "tr"),
    ],
)
def test_a_number_word_for_the_figure_is_no_finding(source, target, lang):
    assert [f.message for f in number_findings(source, target, lang, "en")] == []


def test_a_figure_changed_is_still_reported():
    source = "Au fost răniți șapte oameni și 12 polițiști."
    target = "Seven people and 15 police officers were injured."
    assert any("15" in f.message for f in number_findings(source, target, "ro", "en"))


def test_turkish_s_with_cedilla_is_read_as_before():
    [mention] = extract_numbers("yedi kişi, altmış beş", "tr")[1:]
    assert mention.values == frozenset({Decimal(65)})


@pytest.mark.parametrize(("text", "lang"), [("İkinci Dünya Savaşı", "tr"), ("İki kişi öldü.", "tr"), ("İkinci Dünya Müharibəsi", "az")])
def test_a_capital_dotted_i_reads_as_i(text, lang):
    [mention] = extract_numbers(text, lang)
    assert mention.values == frozenset({Decimal(2)})


def test_a_month_with_a_capital_dotted_i_is_its_number_over_its_own_letters():
    text = "5 İyun 2024"
    month = next(m for m in extract_numbers(text, "az") if m.soft)
    assert (text[month.start : month.end], month.values) == ("İyun", frozenset({Decimal(6)}))

"""TQ701: numerals written with letters (issue 12). A text in another
script than Latin writes an ordinal with a lone Latin capital (Serbian `I
светског рата`, the First World War): among words of its own script, I, V
or X can be no word of the language, so it is a Roman numeral. Greek
writes them with its own letters and the keraia (`Α΄ Παγκόσμιο Πόλεμο`,
`Λουδοβίκος ΙΣΤ΄`): the Greek numerals (CLDR's numbering system grek),
read like Roman ones. A lone Latin I in a language written in Latin
letters (Czech `I když`, English `I`) is still a word. The first
sentence is NTREX-128's (CC BY-SA 4.0)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.helpers import check_text
from tqcheck.alignment.numbers import extract_numbers
from tqcheck.model import Severity

VANN = "Bernard Vann: WW1 Victoria Cross cleric celebrated"

CASES = [
    ("cyrillic-roman-letter", "sr-Cyrl", "Бернард Ван: Одавање почасти свештенику из I светског рата, носиоцу Викторијиног крста", "I светског", "II светског"),
    ("greek-numeral", "el", "Μπέρναρντ Βαν: Φόρος τιμής σε κληρικό που έλαβε τον Σταυρό της Βικτωρίας στον Α' Παγκόσμιο Πόλεμο", "Α' Παγκόσμιο", "Β' Παγκόσμιο"),
]


def _numbers(target: str, target_lang: str):
    return check_text(target, select=("TQ701",), source=VANN, source_lang="en", target_lang=target_lang)


@pytest.mark.parametrize(("case", "lang", "target", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_a_letter_numeral_is_the_sources_figure(case, lang, target, right, wrong):
    found = _numbers(target, lang)
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])
    changed = _numbers(target.replace(right, wrong), lang)
    assert any(f.severity >= Severity.MAJOR and "1" in f.message for f in changed), (case, [f.message for f in changed])


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Краљ Луј XVI и краљ Луј I светски", "sr-Cyrl", 1),
        ("ο βασιλιάς Λουδοβίκος ΙΣΤ΄ της Γαλλίας", "el", 16),
        ("στον Β’ Παγκόσμιο Πόλεμο", "el", 2),
        # French ordinal marks after a Roman numeral: XVIe, XVIème, XIXᵉ.
        ("dès le XVIème siècle", "fr", 16),
        ("au XIXᵉ siècle", "fr", 19),
    ],
    ids=["roman-I", "greek-16", "greek-2-curly", "french-ieme", "french-superscript-e"],
)
def test_letter_numerals_are_read(text, lang, value):
    values = {v for m in extract_numbers(text, lang) for v in m.values}
    assert Decimal(value) in values, values


@pytest.mark.parametrize(
    ("text", "lang"), [("I když prší, přijdu.", "cs"), ("I think so.", "en"), ("Τ' αστέρια λάμπουν.", "el")]
)
def test_a_word_is_no_numeral(text, lang):
    # (Τ', the article cut short before a vowel, is no numeral: lower case
    # follows it.)
    assert extract_numbers(text, lang) == ()

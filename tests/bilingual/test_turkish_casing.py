"""Turkish and Azerbaijani capitals in the word lists (issue 12). Python's
lower case of İ is i with a combining dot (i̇şçi), which no word list
has: every Turkish word that begins with İ read as unknown, so rare, so
name-like (İşçi of İşçi Partisi, the Labour Party, took the place of the
source's Eurosceptics). A word is looked up in lower case by its
language's rules (İşçi -> işçi, Irak -> ırak). The sentence is
NTREX-128's (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings
from tqcheck.model import Severity

SOURCE = (
    "Allies insisted she will push ahead with trying to strike a deal with Brussels despite the backlash - and "
    "force Eurosceptics and Labour to choose between her package and 'chaos'."
)


@pytest.mark.parametrize(("capital", "lower"), [("İşçi", "işçi"), ("Işık", "ışık")])
def test_a_turkish_capital_is_looked_up_in_turkish_lower_case(capital, lower):
    pytest.importorskip("wordfreq")
    from tqcheck.alignment.wordlists import zipf

    assert zipf(capital, "tr") == zipf(lower, "tr") > 4.0


def test_an_ordinary_turkish_word_took_no_names_place():
    target = (
        "Müttefikleri, gelen tepkilere rağmen Brüksel ile anlaşma çabasına devam etmesi ve AB karşıtları ile "
        "İşçi Partisi'ni sunulan plan ile \"kaos\" arasında seçim yapmaya zorlaması gerektiği konusunda ısrar etti."
    )
    found = name_findings(SOURCE, target, "en", "tr")
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]

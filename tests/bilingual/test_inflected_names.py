"""TQ702: a name with a case ending (Czech Hebronu, Aucklandu, Brooksem) is
a name though the inflected form travels to no other language's word list:
less its ending it is a foreign name (issue 12). So a word that took its
place in the translation is a changed name, a major finding; the right
translation stays quiet. A common word (Kobiet, Kongresu) and a stem that
travels less than it stays home (Tories, Remainers, Spinacz) are no such
name."""

from __future__ import annotations

import pytest

from tests.helpers import check_text
from tqcheck.alignment.anynames import inflected_name
from tqcheck.model import Severity

pytest.importorskip("wordfreq")


def majors(source: str, target: str, source_lang: str):
    found = check_text(target, select=("TQ702",), source=source, source_lang=source_lang, target_lang="en")
    return [f for f in found if f.severity >= Severity.MAJOR]


HEBRON = (
    "Některé autobusy jezdí také na sever do Hebronu, tradičního pohřebiště biblických patriarchů Abraháma, "
    "Izáka, Jákoba a jejich manželek."
)
HEBRON_EN = (
    "There are also a few buses going north to Hebron, the traditional burial place of the Biblical "
    "patriarchs Abraham, Isaac, Jacob, and their wives."
)
AUCKLAND = "Byl vyškolen jako porodník a v roce 1959 začal pracovat v National Women's Hospital v Aucklandu."
AUCKLAND_EN = "He trained as an obstetrician and began to work at the Auckland's National Women's Hospital in 1959."


@pytest.mark.parametrize(
    ("source", "right", "name", "rival"),
    [(HEBRON, HEBRON_EN, "Hebron", "Paris"), (AUCKLAND, AUCKLAND_EN, "Auckland", "Satoru")],
)
def test_a_word_in_an_inflected_names_place_is_a_changed_name(source, right, name, rival):
    found = majors(source, right.replace(name, rival), "cs")
    assert any(f"{rival!r} instead" in f.message for f in found), [f.message for f in found]
    assert majors(source, right, "cs") == []


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("Hebronu", "cs", True),
        ("Brooksem", "cs", True),
        ("Simpsonovými", "cs", True),
        ("Kobiet", "pl", False),
        ("Kongresu", "cs", False),
        ("Spinacz", "pl", False),
        ("Tories", "en", False),
        ("Remainers", "en", False),
    ],
)
def test_inflected_name(word, lang, expected):
    assert inflected_name(word, lang) is expected

"""A title cut short with a period that never ends a sentence (the
segmenter's table: `Rep. Geoff Diehl`, `Sen.`, `Gen.`) is written out by a
translation in its own words (`εκπρόσωπο`, `Γερουσιαστής`): no name to find
on the other side, and none put in a name's place. A short name is still a
name (`Ruiz`), before a full stop too (`La Paz.`, `Palu.`)."""

from __future__ import annotations

import pytest
from helpers import name_findings

from tqcheck.alignment.anynames import name_mentions
from tqcheck.alignment.names import source_names, target_names
from tqcheck.model import Severity

DIEHL_EN = "Warren is running for re-election in November against GOP state Rep. Geoff Diehl, a Trump ally."
DIEHL_EL = (
    "Η Γουόρεν διεκδικεί την επανεκλογή της τον Νοέμβριο, με αντίπαλο τον Ρεπουμπλικάνο εκπρόσωπο "
    "πολιτείας Τζεφ Ντιλ, σύμμαχο του Τραμπ."
)


def test_an_abbreviated_title_in_the_source_is_no_name():
    assert name_findings(DIEHL_EN, DIEHL_EL, "en", "el") == []


def test_an_abbreviated_title_before_a_name_the_translation_keeps():
    source = "He referenced Senate Judiciary Committee ranking Democratic Sen. Dianne Feinstein by name."
    target = (
        "Αναφέρθηκε στη Δικαστική Επιτροπή της Γερουσίας κάνοντας ονομαστικά μνεία στη γερουσιαστή των "
        "Δημοκρατικών Νταϊάν Φάινσταϊν."
    )
    assert not [f for f in name_findings(source, target, "en", "el") if "'Sen'" in f.message]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_an_abbreviated_title_is_no_name_of_either_side(lang):
    text = "Asked about it, Sen. Jeff Flake and Prof. Ruiz said no."
    # The name after the title is no sentence start (it once read as one).
    assert [m.text for m in name_mentions(text, 0, len(text), lang)] == ["Jeff", "Flake", "Ruiz"]
    assert [n.text for n in target_names(text, 0, len(text), lang)] == ["Jeff", "Flake", "Ruiz"]
    assert [n.text for n in source_names(text, 0, len(text), lang)] == ["Jeff", "Flake", "Ruiz"]


def test_a_short_name_is_still_checked():
    found = name_findings(DIEHL_EN.replace("Diehl", "Ruiz"), DIEHL_EL, "en", "el")
    assert any("Ruiz" in f.message for f in found)


@pytest.mark.parametrize(
    "source,target,lang,rival",
    [
        # NTREX-128 (CC BY-SA 4.0), with the name changed: a short name at a
        # sentence's end, before the next sentence, is a name.
        ("Sailors patrol a naval headquarters in La Paz. They came at dawn.",
         "Los marineros vigilan un cuartel general naval en La Atlanta. Llegaron al amanecer.", "es", "Atlanta"),
        ("Aid workers were prevented from traveling to Palu. Others waited.",
         "Hilfskräfte durften nicht nach Louis reisen. Andere warteten.", "de", "Louis"),
    ],
)
def test_a_short_name_before_a_full_stop_is_still_a_name(source, target, lang, rival):
    found = name_findings(source, target, "en", lang)
    assert any(rival in f.message and f.severity >= Severity.MAJOR for f in found)


@pytest.mark.parametrize(
    "source,target,lang,title",
    [
        # British style writes titles without a period (NTREX-128, CC BY-SA 4.0)
        ("Lt Col The Reverend Bernard Vann won the award on 29 September 1918.",
         "Ο αντισυνταγματάρχης Αιδεσιμότατος Μπέρναρντ Βαν έλαβε το μετάλλιο στις 29 Σεπτεμβρίου 1918.", "el", "Col"),
        ("Mrs May said the plan was fair.", "Premierul Theresa May a spus că planul este corect.", "ro", "Mrs"),
    ],
)
def test_a_title_written_without_a_period_before_a_name_is_no_name(source, target, lang, title):
    assert not [f.message for f in name_findings(source, target, "en", lang) if repr(title) in f.message]

"""A short capitalised word cut off with a period inside a sentence (`Rep.
Geoff Diehl`, `Sen.`, `Col.`, `Gen.`) is a title abbreviated, which a
translation writes out in its own words (`εκπρόσωπο`, `Γερουσιαστής`): no
name to find on the other side, and none put in a name's place. A short
name is still a name (`Bush`, `Ruiz`)."""

from __future__ import annotations

import pytest
from helpers import name_findings

from tqcheck.alignment.anynames import name_mentions
from tqcheck.alignment.names import source_names, target_names

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

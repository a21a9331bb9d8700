"""TQ702: a name each language has made its own is translated, not
replaced (issue 12).

Greek names the Knights Templar `Ναΐτες` and the Jews `Εβραίοι`; English
`Templars` and `Jews`. The words share no letters, and each is a name by
its spelling dictionary (listed with a capital only), so a Greek source
name gone with an English name in its place read as a name replaced
(major): false alarms on four FLORES-200 samples of Greek -> English. A
name that its language's dictionary lists, only as a name, that names no
place and that does not travel (other languages of its script write
their own word: Jews, Templars; or, in a script no panel of word lists
reads, whose romanisation no Latin list has: Naites) is one each
language names its own way: its counterpart of the same kind is no
replacement. A name that travels stays a name replaced: English
`Newport` is written so across Latin lists, and Greek `Μάρβιν` (Marvin)
is the English name spelled in Greek letters. Nor is one that a name of
the translation's dictionary spells closely (`Константинополя` ~
`Constantinople`, `Californie` ~ `California`): a translation respells it,
and another place may take its place (`Edinburgh`).

The tests read the system's Greek and English dictionaries
(scripts/setup.sh installs them): skipped without them, a failure where
TQCHECK_REQUIRE_DICTIONARIES=1 (scripts/test.sh, so CI). Sentences from
FLORES-200 devtest and NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings, name_findings, require_dictionaries

TEMPLARS_EL = (
    "Για να κατανοήσετε τους Ναΐτες, πρέπει κανείς να αντιληφθεί το πλαίσιο που ώθησε στη δημιουργία του τάγματος."
)
TEMPLARS_EN = "To understand the {} one must understand the context that prompted the creation of the order."
JEWS_EL = "Πολλοί επιβίωσαν από εκεί, είτε Εβραίοι είτε όχι."
JEWS_EN = "Many survived there, {} or not."
FASHION_UK = "Саме в той час відбулося перенесення титулу столиці моди з Константинополя до Парижа."
FASHION_EN = "It was at this time that the transfer of the title of Fashion Capital from {} to Paris was made."
NEWPORT_EN = "Anyone with information about their identities should contact Newport police at 859-292-3680."
NEWPORT_EL = (
    "Οποιοσδήποτε έχει πληροφορίες για την ταυτότητά τους θα πρέπει να επικοινωνήσει με την αστυνομία του "
    "{}, στο 859-292-3680."
)


@pytest.fixture(autouse=True)
def _dictionaries():
    require_dictionaries("el", "en", "uk")


@pytest.mark.parametrize(
    ("source", "target"),
    [(TEMPLARS_EL, TEMPLARS_EN.format("Templars")), (JEWS_EL, JEWS_EN.format("Jews"))],
    ids=["Templars", "Jews"],
)
def test_a_name_of_a_people_or_an_order_translated_is_no_replacement(source, target):
    assert not major_name_findings(source, target, "el", "en")
    # (Still a prompt: the name is not found as such.)
    assert [f.severity.name for f in name_findings(source, target, "el", "en")] == ["MINOR"]


def test_a_name_that_travels_in_its_place_is_still_reported():
    text = JEWS_EN.format("Mendoza")
    assert [text[f.start : f.end] for f in major_name_findings(JEWS_EL, text, "el", "en")] == ["Mendoza"]


def test_a_travelling_name_replaced_by_one_greek_spells_from_english_is_reported():
    text = NEWPORT_EL.format("Μάρβιν")
    assert [text[f.start : f.end] for f in major_name_findings(NEWPORT_EN, text, "en", "el")] == ["Μάρβιν"]
    assert not major_name_findings(NEWPORT_EN, NEWPORT_EL.format("Νιούπορτ"), "en", "el")


def test_a_name_the_translations_dictionary_spells_replaced_by_another_is_reported():
    text = FASHION_EN.format("Edinburgh")
    assert [text[f.start : f.end] for f in major_name_findings(FASHION_UK, text, "uk", "en")] == ["Edinburgh"]
    assert not name_findings(FASHION_UK, FASHION_EN.format("Constantinople"), "uk", "en")

"""The detection classes of the issue "Find the artifacts in articles the
checker has never seen": Bulgarian acronyms derived from data (TQ303), page
furniture of the mobile site (TQ401, TQ402), the impersonal headline
(TQ204). Attribution (TQ202) and calques (TQ201) are in test_calques.py,
unquoted speech (TQ108) in test_unquoted_speech.py."""

from __future__ import annotations

from importlib import resources

import pytest
from helpers import check_text


def spans(text: str, code: str) -> list[str]:
    return [text[f.start : f.end] for f in check_text(text, select=(code,)) if f.code == code]


def _institutions() -> list[list[str]]:
    text = resources.files("tqcheck.data").joinpath("bg_institutions.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


# --- TQ303: Latin spellings derived from the Cyrillic acronyms ------------------


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The NSO guards the president.", "NSO"),
        ("ITN have never been a political subject.", "ITN"),
        ("The MON announced new rules for the exams.", "MON"),
        ("The MOES announced new rules for the exams.", "MOES"),
        ("Officers of the GDBOP detained five people.", "GDBOP"),
        ("The PP-DB coalition will not support the cabinet.", "PP-DB"),
    ],
)
def test_a_transliterated_acronym_is_flagged_at_its_first_use(text, acronym):
    assert spans(text + " " + text, "TQ303") == [acronym]


@pytest.mark.parametrize(
    "text",
    [
        "The National Protection Service (NSO) guards the president.",
        "NATO, the BNB and the NSI agreed, BNT reported.",
        "The SOS call came at noon, and the API returned an error.",
        "He took a nap and then read the ban on Mon.",
        "The city was founded in 100 AD and rebuilt in AD 400.",
    ],
)
def test_english_and_explained_acronyms_are_left_alone(text):
    assert spans(text, "TQ303") == []


def test_every_derived_spelling_that_english_uses_is_marked():
    """A spelling English uses for something else (SOS, API) is in the
    collides column, which TQ303 leaves alone; an accepted one (BNB) is
    English for this very body."""
    rows = {row[0]: row for row in _institutions()}
    assert "API" in rows["АПИ"][5] and rows["БНБ"][4] == "yes" and rows["НСО"][4] == "no"


# --- TQ401/TQ402: the mobile site's furniture -----------------------------------


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        ("Link to main version\n\nHeadline\n\n55\n\nThe story starts here.", "TQ402", "Link to main version"),
        ("Link to main version\n\nHeadline\n\n55\n\nThe story starts here.", "TQ401", "55"),
        ("Headline\n\n1 023\n\nThe story starts here.", "TQ401", "1 023"),
        ("Headline\n\nМай 15, 2025 19:20 1 023\n\nThe story starts here.", "TQ401", "Май 15, 2025 19:20 1 023"),
        ("The story.\n\nСнимка: БГНЕС\n\nMore story.", "TQ402", "Снимка: БГНЕС"),
    ],
)
def test_mobile_furniture_is_flagged_whole(text, code, flagged):
    assert spans(text, code) == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        "Results:\n\n12\n\n15\n\n21",
        "Timeline\n\n2024\n\nThe war began.",
        "The vote was 55 to 40.",
        "Photo: BTA",
    ],
)
def test_numbers_in_lists_years_and_english_credits_are_not_furniture(text):
    assert spans(text, "TQ401") == [] and spans(text, "TQ402") == []


# --- TQ204: the impersonal They of a headline -------------------------------------


def test_an_impersonal_headline_is_flagged_at_its_top_only():
    top = "Last news in Fakti\n\nThey restrict the movement of trucks\n\nThe story starts here."
    assert spans(top, "TQ204") == ["They restrict"]
    deep = "Title\n\nOne.\n\nTwo.\n\nThree.\n\nThey restrict the movement of trucks"
    assert spans(deep, "TQ204") == []


def test_every_acronym_suggestion_counts_as_explained():
    # TQ303's suggestion writes the acronym out with the acronym in
    # parentheses ("There Is Such a People (ITN)"); applied, it must satisfy
    # the rule, or --fix expands it again on every pass.
    from tqcheck.rules.tq303_bulgarian_abbreviation import table

    latin = table()
    entries = {*latin.latin_lookup.values(), *(e for _, e in latin.latin_patterns)}
    unexplained = []
    for entry in sorted(entries, key=lambda e: e.use_instead):
        use = entry.use_instead.replace("{place}", "Sofia").strip()
        if not use.endswith(")") or "(" not in use:
            continue
        text = f"The statement came from {use} on Monday.\n"
        found = [f for f in check_text(text, select=("TQ303",)) if f.code == "TQ303"]
        if found:
            unexplained.append(use)
    assert unexplained == []

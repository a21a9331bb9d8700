"""Confirming the text's language: cheap function words first, langdetect
(seeded) only when they cannot decide."""

from __future__ import annotations

import pytest

from tqcheck.langid import confirm_language, identify, quick_guess

EN = "The militias said they were ready to disarm, and the government of Iraq welcomed the decision on Monday."
BG = "Милициите заявиха, че са готови да се разоръжат, а правителството на Ирак приветства решението."
DE = "Die Milizen sagten, dass sie bereit sind, die Waffen abzugeben, und die Regierung begrüßte das."


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (BG, "bg"), (DE, "de")])
def test_quick_guess(text, lang):
    assert quick_guess(text) == lang


def test_matching_language_gives_no_note():
    assert confirm_language(EN, "en") == []


def test_wrong_script_is_warned():
    notes = confirm_language(BG, "en")
    assert len(notes) == 1 and "cyrillic" in notes[0] and "--target-lang is en" in notes[0]


def test_wrong_latin_language_is_warned():
    notes = confirm_language(DE, "en")
    assert notes and "de" in notes[0]


def test_langdetect_decides_when_function_words_cannot():
    # Italian has no function-word profile: langdetect is asked, deterministically.
    text = "Le milizie hanno detto di essere pronte a disarmare e il governo iracheno ha accolto la decisione."
    first = identify(text)
    assert first == identify(text)
    assert first[0] == "it" and first[1].startswith("langdetect")


def test_short_text_is_not_judged():
    assert confirm_language("Hello", "bg") == []


def _number_table_header():
    import json
    from importlib import resources

    return json.loads(resources.files("tqcheck.data").joinpath("cldr_numbers.json").read_text("utf-8"))


def test_generated_number_table_agrees_with_babel():
    # tqcheck/data/cldr_numbers.json is generated from Babel
    # (scripts/gen_cldr_numbers.py). It is compared with the Babel it came
    # from; another Babel (a user's) may carry another CLDR, and then there is
    # nothing to compare (the project's own environment pins it: see the next test).
    import babel
    from babel import Locale

    data = _number_table_header()
    if data["source"] != f"babel {babel.__version__}":
        pytest.skip(f"table generated from {data['source']}, installed babel {babel.__version__}: "
                    "regenerate with scripts/gen_cldr_numbers.py")
    table = data["locales"]
    differ = [
        tag
        for tag, (decimal, group) in table.items()
        if (lambda s: (s["decimal"], s["group"]))(Locale.parse(tag.replace("-", "_")).number_symbols["latn"])
        != (decimal, group)
    ]
    assert differ == [] and len(table) > 500


def test_number_table_and_pinned_babel_agree():
    # setup.sh installs Babel with scripts/constraints.txt: the pin there must
    # be the version the table was generated from, so the comparison above runs.
    from pathlib import Path

    pins = dict(
        line.split("==") for line in (Path(__file__).parent.parent / "scripts" / "constraints.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    )
    assert _number_table_header()["source"] == f"babel {pins['babel'].strip()}"


@pytest.mark.parametrize(("tag", "decimal", "group"), [
    ("en", ".", ","), ("bg", ",", "\u00a0"), ("de-CH", ".", "'"), ("fr", ",", "\u202f"),
    ("zh-TW", ".", ","), ("sr-Latn", ",", "."),  # not in the table: through Babel
])
def test_number_symbols(tag, decimal, group):
    from tqcheck.locale import NumberSymbols, number_symbols

    assert number_symbols(tag) == NumberSymbols(decimal, group)

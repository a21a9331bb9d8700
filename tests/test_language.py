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

    def from_babel(tag):
        locale = Locale.parse(tag.replace("-", "_"))
        symbols = locale.number_symbols["latn"]
        primary, secondary = locale.decimal_formats[None].grouping
        sizes = str(primary) if primary == secondary else f"{primary},{secondary}"
        return [symbols["decimal"], symbols["group"], sizes, locale.percent_formats[None].pattern,
                locale.date_formats["short"].pattern]

    differ = [tag for tag, row in table.items() if row[:3] + row[4:] != from_babel(tag)]
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
    from tqcheck.locale import number_symbols

    symbols = number_symbols(tag)
    assert (symbols.decimal, symbols.group) == (decimal, group)


@pytest.mark.parametrize(("tag", "four_digits", "order", "separator", "percent"), [
    # CLDR minimumGroupingDigits is 2 in es, pl, bg: 1234 stands ungrouped there.
    ("en", True, "mdy", "/", "#,##0%"), ("es", False, "dmy", "/", "#,##0\u00a0%"),
    ("pl", False, "dmy", ".", "#,##0%"), ("de", True, "dmy", ".", "#,##0\u00a0%"),
    ("tr", True, "dmy", ".", "%#,##0"), ("zh-Hans", True, "ymd", "/", "#,##0%"),
    ("sr-Latn", True, "dmy", ". ", "#,##0%"),  # through Babel, grouping from sr's row
])
def test_number_and_date_facts(tag, four_digits, order, separator, percent):
    from tqcheck.locale import number_symbols

    symbols = number_symbols(tag)
    assert symbols.groups_four_digits is four_digits
    assert (symbols.date_order, symbols.date_separator, symbols.percent) == (order, separator, percent)


def test_indian_grouping_and_units():
    from tqcheck.locale import number_symbols, unit_words

    assert number_symbols("hi").grouping == (3, 2)
    after, before = unit_words("tr")
    assert "milyon" in after and "yüzde" in before  # tr writes yüzde 25 (25 percent)
    assert "Millionen" in unit_words("de-AT")[0]


@pytest.mark.parametrize(("tag", "scripts"), [
    ("en", {"Latn"}), ("sr", {"Cyrl"}), ("sr-Latn", {"Latn"}), ("el", {"Grek"}), ("ar", {"Arab"}),
    ("zh-Hans", {"Hani"}), ("ja", {"Hani", "Hira", "Kana"}), ("he", {"Hebr"}), ("hi", {"Deva"}),
])
def test_locale_scripts_come_from_cldr_exemplars(tag, scripts):
    from tqcheck.locale import locale_scripts

    assert locale_scripts(tag) == scripts


def test_alphabets():
    from tqcheck.locale import alphabet

    assert "ј" in alphabet("sr")[0] and "ј" not in alphabet("bg")[0]
    assert {"ä", "ß"} <= alphabet("de")[0] and "é" in alphabet("de")[1]
    assert alphabet("zh") == (frozenset(), frozenset())


# langdetect has no Armenian or Georgian profile: it names some language it
# knows (Estonian, p=1.00), which is no evidence against the one configured.
ARMENIAN = ("Կառավարությունը երկուշաբթի օրը հայտարարեց նոր տնտեսական ծրագրի մասին։ "
            "Վարչապետը ասաց, որ ծրագիրը կպաշտպանի քաղաքացիներին։")
GEORGIAN = ("მთავრობამ ორშაბათს ახალი ეკონომიკური გეგმა გამოაცხადა. "
            "პრემიერ-მინისტრმა თქვა, რომ გეგმა მოქალაქეებს დაიცავს.")


@pytest.mark.parametrize(("text", "lang"), [(ARMENIAN, "hy"), (GEORGIAN, "ka")])
def test_a_language_langdetect_does_not_know_is_not_contradicted_by_it(text, lang):
    from tqcheck.langid import check_languages
    from tqcheck.model import Document

    assert confirm_language(text, lang) == []
    english = Document("The government announced a new economic plan on Monday. " * 3, "src.txt", "en")
    assert check_languages(english, Document(text * 2, "t.txt", lang), "en", lang) == []


def test_a_known_language_is_still_contradicted():
    assert confirm_language(ARMENIAN, "de")  # langdetect knows German: its answer counts


MONGOLIAN = ("Засгийн газар даваа гарагт шинэ эдийн засгийн төлөвлөгөө зарлав. "
             "Ерөнхий сайд төлөвлөгөө иргэдийг хамгаална гэж хэлэв.")


def test_the_script_a_language_is_written_in_comes_from_cldr():
    assert confirm_language(MONGOLIAN, "mn") == []  # Mongolian is written in Cyrillic (CLDR)
    assert confirm_language(MONGOLIAN, "az")  # Azerbaijani in Latin: a Cyrillic text is not it


def test_a_han_text_with_latin_names_is_not_latin():
    assert confirm_language("习近平周一在北京会见了法国总统 Macron，双方讨论了贸易和气候问题。" * 3, "zh-Hans") == []

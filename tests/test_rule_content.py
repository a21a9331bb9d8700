"""Rule content from a review: false alarms, suggestions that give wrong
English when applied, quote rules that contradict each other, and the
severities `tqcheck rules` shows. Each case was reproduced before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import check_text

from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.inputs import read_document
from tqcheck.model import Severity
from tqcheck.rules import (
    tq201_calque,
    tq203_perspective_leak,
    tq302_mixed_script_word,
    tq303_bulgarian_abbreviation,
)
from tqcheck.rules.tables import load_table

ROOT = Path(__file__).resolve().parent.parent


def found(text: str, code: str, **kw):
    return [f for f in check_text(text, **kw) if f.code == code]


def applied(text: str, code: str, **kw) -> str:
    """The text with every suggestion of ``code`` applied (right to left)."""
    out = text
    for f in sorted(found(text, code, **kw), key=lambda f: f.start, reverse=True):
        assert f.suggestion is not None, f"{code} at {f.start} has no suggestion"
        out = out[: f.start] + f.suggestion + out[f.end :]
    return out


# --- TQ402: only label-like lines are boilerplate -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on this story as it develops, the minister said.",
        "Follow us on the road to the summit, the guide told the group.",
        "Read more books, the minister urged pupils.",
        "Read also the small print before you sign, the regulator warned.",
        "All rights reserved to the author, the court ruled on Monday.",
    ],
)
def test_tq402_leaves_sentences_alone(line):
    assert found(f"The story starts here.\n\n{line}\n\nIt ends here.", "TQ402") == []


@pytest.mark.parametrize("line", ["Photo: BTA", "Source: BNR", "Photo: Reuters/Stoyan Nenov"])
def test_tq402_keeps_credit_lines(line):
    """A credit line is an attribution in a published article, not page
    furniture: nothing deletes it."""
    assert [f for f in check_text(f"The story starts here.\n\n{line}\n") if f.suggestion == ""] == []


@pytest.mark.parametrize(
    "line",
    ["Follow us on Facebook", "Follow us on Facebook and Instagram", "Read more: Prices in Bulgaria rise",
     "Last news in Fakti", "Tags: Iraq, militias", "Subscribe."],
)
def test_tq402_still_deletes_labels(line):
    (f,) = found(f"{line}\n\nThe story starts here.", "TQ402")
    assert (f.severity, f.suggestion) == (Severity.MAJOR, "")


# --- TQ101/TQ102/TQ105/TQ106: one fix per quote mark --------------------------------

# The review's case: more straight marks than typographic ones, and a „
# that TQ101 corrects to “ (TQ106 used to suggest " for the same mark).
MIXED = (
    'The minister of finance said that "the budget is stable". '
    'The report called it "a plan". '
    "The Prime Minister said „We will not raise taxes“."
)


def test_quote_rules_never_suggest_two_marks_for_one_character():
    by_char: dict[int, set[str]] = {}
    for f in check_text(MIXED):
        if f.code.startswith("TQ1") and f.end - f.start == 1 and f.suggestion is not None:
            by_char.setdefault(f.start, set()).add(f.suggestion)
    assert by_char and all(len(s) == 1 for s in by_char.values()), by_char


@pytest.mark.parametrize(
    "text",
    [
        MIXED,
        # mostly straight, one typographic pair: still towards curly quotes
        'He said "no". She said "yes". They said "maybe". The paper called it “a farce”.',
    ],
)
def test_tq106_never_suggests_uncurling(text):
    (f,) = found(text, "TQ106")
    assert text[f.start] == '"' and f.suggestion == "“"


def test_tq106_leaves_marks_other_rules_fix_to_them():
    # „...“ is TQ101's and TQ102's; a pair of straight quotes is the mix.
    text = 'The Prime Minister said „We will not raise taxes“. He called it "a lie" and "a farce".'
    (f,) = found(text, "TQ106")
    assert f.start == text.index('"a lie')
    assert found("The Prime Minister said „We will not raise taxes“. He called it “a lie”.", "TQ106") == []


def test_tq106_ignores_quotes_in_markup_and_code():
    text = (ROOT / "fixtures" / "hostile.txt").read_text(encoding="utf-8")
    (f,) = found(text, "TQ106")
    assert text[f.start : f.start + 10] == '"Kataib He'
    positions = dict(f.details)["positions"]
    assert all(text[p] == '"' for p in positions)
    assert len(positions) == 4  # "Kataib Hezbollah" and "Islamic Resistance" only


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The Prime Minister said „We will not raise taxes“.", "The Prime Minister said „We will not raise taxes.”"),
        ("„The attack was repelled,“, the message said.", "„The attack was repelled,” the message said."),
        ("“The attack was repelled,”, the message said.", "“The attack was repelled,” the message said."),
    ],
)
def test_tq105_writes_the_right_closing_mark(text, fixed):
    assert applied(text, "TQ105") == fixed


# --- TQ301: translate common words, name the places -----------------------------------


@pytest.mark.parametrize(
    ("text", "span", "suggestion", "says"),
    [
        ("The talks were held in Брюксел on Monday.", "Брюксел", "Brussels", "Brussels"),
        ("The summit in Атина ended.", "Атина", "Athens", "Athens"),
        ("The so-called „съдебна реформа“ is stalled.", "съдебна реформа", None, "translate"),
        ("The reform of the съд is stalled.", "съд", None, "translate"),
        ("Съдът ruled on Monday.", "Съдът", None, "translate"),
        ("The accident happened in the village of Присад near Sozopol.", "Присад", "Prisad", "transliterated"),
    ],
)
def test_tq301_suggestion_fits_the_word(text, span, suggestion, says):
    (f,) = found(text, "TQ301")
    assert (text[f.start : f.end], f.suggestion) == (span, suggestion)
    assert says in f.message


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The company paid the state on 5 Ян. 2025 in cash.", "The company paid the state on 5 January 2025 in cash."),
        ("The deadline is Дек. 31, 2025 for all.", "The deadline is December 31, 2025 for all."),
        ("The state was paid on 5 Ян. The rest came later.", "The state was paid on 5 January. The rest came later."),
    ],
)
def test_tq301_abbreviated_month_takes_its_period(text, fixed):
    assert applied(text, "TQ301") == fixed


def test_exonym_table_is_well_formed():
    from tqcheck.rules.tq301_cyrillic_in_latin_text import exonyms

    table = exonyms()
    assert table["брюксел"] == "Brussels" and table["софия"] == "Sofia"
    assert all(k == k.lower() and v and v[0].isupper() for k, v in table.items())


# --- TQ303: the suggestion reads as English in place --------------------------------


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        (
            "The Syrian was taken for examination to UMBAL - Burgas with a chest injury.",
            "The Syrian was taken for examination to the university hospital in Burgas with a chest injury.",
        ),
        ("He was taken to the UMBAL in Plovdiv.", "He was taken to the university hospital in Plovdiv."),
        ("UMBAL said the boy was stable.", "The university hospital said the boy was stable."),
        ("According to the MVR, the man was detained.", "According to the Interior Ministry, the man was detained."),
    ],
)
def test_tq303_suggestion_is_a_noun_phrase(text, fixed):
    assert applied(text, "TQ303") == fixed


def test_tq303_does_not_call_a_phrase_an_acronym():
    text = "The OD of the Burgas Ministry of Internal Affairs specifies that the boy was driving."
    (f,) = found(text, "TQ303")
    assert "keeps the Bulgarian acronym 'OD'" in f.message
    assert "Affairs' is a Bulgarian acronym" not in f.message


def test_tq303_instruction_is_not_a_suggestion():
    (f,) = found("The meeting is on ул. Dondukov in гр. Sofia.", "TQ303")[1:]
    assert f.suggestion is None and "write the town's name" in f.message


# --- TQ203: whose country -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We must protect the jobs in our country, President Biden said on Monday.",
        "Prices in our country rose, said the minister.",
        "The minister said that in our country wages are low.",
    ],
)
def test_tq203_attributed_speech_gets_no_suggestion(text):
    (f,) = found(text, "TQ203")
    assert (f.severity, f.suggestion) == (Severity.INFO, None)


def test_tq203_narrator_voice_still_minor_with_suggestion():
    text = "A drop in temperatures is expected in our country as well, reported BNT."
    (f,) = found(text, "TQ203")
    assert (f.severity, f.suggestion) == (Severity.MINOR, "in Bulgaria")


# --- TQ504: dotted dates and times ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "fixed"),
    [
        ("en", "It opens on 12.05.2025 at 10.30 h. in Sofia.", "It opens on May 12, 2025 at 10:30 in Sofia."),
        ("en-GB", "It opens on 12.05.2025 at 10.30 h. in Sofia.", "It opens on 12 May 2025 at 10:30 in Sofia."),
        ("en", "It opened at 9.05 h. The crowd left.", "It opened at 9:05. The crowd left."),
    ],
)
def test_tq504_dotted_date_and_time(lang, text, fixed):
    assert applied(text, "TQ504", target_lang=lang) == fixed


@pytest.mark.parametrize(
    "text",
    ["The deadline was 31.02.2025 in the draft.", "It rose by 10.30 percent.", "Install version 1.12.2025 now."],
)
def test_tq504_leaves_non_dates_alone(text):
    assert found(text, "TQ504") == []


# --- severities: what `tqcheck rules` lists is what the rule reports ------------------------

VARYING = (tq201_calque, tq203_perspective_leak, tq302_mixed_script_word, tq303_bulgarian_abbreviation)


@pytest.mark.parametrize("module", VARYING, ids=lambda m: m.RULE.code)
def test_declared_severity_is_in_the_range(module):
    levels = module.severities()
    assert list(levels) == sorted(set(levels)) and len(levels) > 1
    assert module.RULE.severity in levels


def test_tq201_range_is_the_table():
    assert set(tq201_calque.severities()) == {e.severity for e in load_table("calques.tsv")}
    assert tq201_calque.RULE.severity is Severity.MINOR  # the table's common case


@pytest.mark.parametrize("module", (tq302_mixed_script_word, tq303_bulgarian_abbreviation), ids=lambda m: m.RULE.code)
def test_default_severity_is_the_common_case(module):
    assert module.RULE.severity is Severity.MINOR


def test_findings_stay_inside_the_declared_range():
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    text += "\n\nThe ОД МВР in Sofiя said so. Тhe police agreed. The RZI in Varna checked it."
    ranges = {m.RULE.code: set(m.severities()) for m in VARYING}
    seen = set()
    for f in check_text(text):
        if f.code in ranges:
            assert f.severity in ranges[f.code], (f.code, f.severity)
            seen.add((f.code, f.severity))
    assert {("TQ302", Severity.MINOR), ("TQ302", Severity.MAJOR), ("TQ303", Severity.MINOR),
            ("TQ303", Severity.MAJOR), ("TQ201", Severity.MAJOR)} <= seen


def test_tq201_label_follows_the_category():
    text = "A 19-year-old Syrian crashed after a race with the law enforcement authorities."
    (f,) = found(text, "TQ201")
    assert f.message.startswith("mistranslation ") and "false friend" not in f.message
    (f,) = found("The government puts an accent on education.", "TQ201")
    assert f.message.startswith("calque ")


def test_seed_report_has_no_contradictory_suggestions():
    """On every seed, two findings on the same single character agree."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        result = check_document(read_document(str(path), "en"), Config())
        by_char: dict[int, set[str]] = {}
        for f in result.findings:
            if f.end - f.start == 1 and f.suggestion is not None:
                by_char.setdefault(f.start, set()).add(f.suggestion)
        assert all(len(s) == 1 for s in by_char.values()), (path.name, by_char)

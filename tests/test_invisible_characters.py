"""TQ506: invisible format characters (Unicode Cf) in a published text."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from helpers import check_text

from tqcheck.model import Severity
from tqcheck.rules.tq506_invisible_character import FORMAT_CHARACTERS, SCRIPT_SIGNS


def found(text: str, fmt: str = "text", target_lang: str = "en"):
    return [f for f in check_text(text, select=("TQ506",), fmt=fmt, target_lang=target_lang) if f.code == "TQ506"]


def test_the_character_class_is_every_format_character_of_unicode():
    """FORMAT_CHARACTERS and SCRIPT_SIGNS together hold every Cf character
    this Python knows, and nothing that is assigned to another category."""
    listed = re.compile(f"[{FORMAT_CHARACTERS}{SCRIPT_SIGNS}]")
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        category = unicodedata.category(ch)
        if category == "Cf":
            assert listed.match(ch), f"U+{cp:04X} is Cf and not listed"
        elif listed.match(ch):
            assert category == "Cn", f"U+{cp:04X} is listed but is {category}"


@pytest.mark.parametrize(
    ("char", "severity"),
    [
        ("\u200b", Severity.MINOR),
        ("\u200c", Severity.MINOR),
        ("\u200d", Severity.MINOR),
        ("\u00ad", Severity.MINOR),
        ("\ufeff", Severity.MINOR),
        ("\u2060", Severity.MINOR),
        ("\u200e", Severity.MINOR),
        ("\u202a", Severity.MAJOR),
        ("\u202e", Severity.MAJOR),
        ("\u2066", Severity.MAJOR),
        ("\u2069", Severity.MAJOR),
    ],
)
def test_each_character_is_flagged_with_its_exact_span_and_deleted(char, severity):
    text = f"The minister{char} said the talks would continue."
    (f,) = found(text)
    assert (f.start, f.end, f.suggestion, f.severity) == (12, 13, "", severity)
    assert f"U+{ord(char):04X}" in f.message


def test_a_run_is_one_finding_and_applying_it_restores_the_text():
    text = "Ten officials\u200b\u200b\u2060 told Reuters."
    (f,) = found(text)
    assert text[: f.start] + f.suggestion + text[f.end :] == "Ten officials told Reuters."


def test_the_same_in_every_language():
    assert found("Der Minister\u200b sagte.", target_lang="de")
    assert found("Министърът\u200b каза.", target_lang="bg")


def test_an_html_entity_is_flagged_whole():
    text = "<p>The minister&#8203; said&shy;so.</p>"
    spans = [text[f.start : f.end] for f in found(text, fmt="html")]
    assert spans == ["&#8203;", "&shy;"]


@pytest.mark.parametrize(
    "text",
    [
        "The family emoji 👩\u200d👩\u200d👧 was added in 2015.",
        "The flag 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f flew.",
        "The word is written \u05e9\u05dc\u05d5\u05dd\u200f in Hebrew.",
        "The Persian word \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 means I want.",
        "The sign \u0600\u0661 is Arabic.",
        "Plain text with a café and no format character.",
    ],
)
def test_characters_a_script_needs_are_left_alone(text):
    assert found(text) == []


def test_a_joiner_between_latin_letters_is_flagged():
    (f,) = found("The co\u200doperation was signed.")
    assert f.severity is Severity.MINOR


def test_a_stray_tag_character_above_the_basic_plane_is_flagged():
    text = "The deal\U000e0041 was signed."
    (f,) = found(text)
    assert text[f.start : f.end] == "\U000e0041"

"""Hard-wrapped plain text: one paragraph over several lines of about the
same width is one paragraph, so sentences and quotations may cross a line
break; text with one paragraph per line keeps every line a paragraph."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import check_text, codes

from tqcheck.segment import paragraphs, segment

ROOT = Path(__file__).resolve().parent.parent
WRAPPED = (ROOT / "fixtures" / "hard-wrapped.txt").read_text(encoding="utf-8")


def sentences(text: str) -> list[str]:
    return [" ".join(text[s.start : s.end].split()) for s in segment(text, "en")]


def line_spans(text: str) -> list[tuple[int, int]]:
    """Every non-blank line, trimmed: the paragraphs of unwrapped text."""
    return [m.span() for m in re.finditer(r"\S(?:[^\r\n]*\S)?", text)]


def test_fixture_has_no_false_alarms_at_line_ends():
    # Before: every line was a paragraph, so the quotations opened on one
    # line and closed on the next were unbalanced (TQ104) and lines ending
    # mid-sentence lacked final punctuation (TQ505).
    found = codes(check_text(WRAPPED))
    assert "TQ104" not in found
    assert "TQ505" not in found


def test_fixture_segments_are_whole_sentences():
    assert sentences(WRAPPED) == [
        "Harbour town opens its new ferry terminal",
        "The new ferry terminal in the old harbour opened on Saturday morning after three years of building "
        "work, and the first boat left for the islands at a quarter past eight with more than two hundred "
        "passengers on board.",
        "“We have waited a long time for this day, and the people who live on the islands have waited longer "
        "than anyone,” the mayor told the crowd that had gathered on the quay despite the cold wind.",
        "She thanked the engineers and the dock workers by name.",
        "The terminal replaces a wooden pier that was closed in the spring of 2021, when an inspection found "
        "that several of its supports had rotted through.",
        "Since then the ferries have used a temporary landing stage at the fishing port, which had no shelter "
        "and no space for cars.",
        "Local traders said the opening would bring visitors back to the harbour front.",
        "“Last summer we lost half of our customers because nobody wanted to walk all the way from the "
        "fishing port,” said the owner of a small café near the ticket office.",
        "The council expects about 400,000 passengers a year to use the terminal.",
        "A second berth, for larger ships, is due to open next year.",
    ]
    segs = segment(WRAPPED, "en")
    assert segs[0].headline and not any(s.headline for s in segs[1:])
    assert len({s.paragraph for s in segs}) == 6  # the headline and five wrapped paragraphs


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_offsets_point_into_the_original_text(newline):
    text = WRAPPED.replace("\n", newline)
    position = 0
    for seg in segment(text, "en"):
        assert text[position : seg.start].strip() == ""  # gaps are white space only
        assert text[seg.start].strip() and text[seg.end - 1].strip()
        position = seg.end
    assert text[position:].strip() == ""
    assert sentences(text) == sentences(WRAPPED)


def test_seed_articles_keep_one_paragraph_per_line():
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert paragraphs(text, True) == line_spans(text), path.name


def test_one_sentence_per_line_is_not_joined():
    # MT output: one sentence per line, no blank lines, lines of any length.
    text = (
        "The minister met the mayor of Sofia on Monday.\n"
        "They talked about the new metro line and the budget for next year.\n"
        "Both said the talks went well.\n"
        "The next meeting is planned for the spring, after the local elections.\n"
    )
    assert paragraphs(text, True) == line_spans(text)


def test_short_lines_and_headlines_are_not_joined():
    headlines = (
        "Militias are ready to disarm\n"
        "Euro campaign decided in Brussels\n"
        "Drone sets fire to a garage\n"
        "Weather: sunny and cold\n"
    )
    assert paragraphs(headlines, True) == line_spans(headlines)
    # Headlines of about the same width, none with a full stop: every line
    # looks full and open, but none goes on in lower case.
    similar = (
        "Iraqi militias backed by Iran are ready to disarm to avoid conflict\n"
        "A Ukrainian drone set fire to a garage in Russia's Kaluga region\n"
        "Russia's air defense shot down 14 drones over Bryansk and Rostov\n"
        "They are deciding on an information campaign about the euro today\n"
    )
    assert paragraphs(similar, True) == line_spans(similar)
    # A headline right above a wrapped paragraph stays a paragraph of its own.
    body = WRAPPED.split("\n\n", 2)[1]
    text = "Harbour town opens its new ferry terminal\n" + body + "\n\n" + WRAPPED.split("\n\n", 2)[2]
    segs = segment(text, "en")
    assert text[segs[0].start : segs[0].end] == "Harbour town opens its new ferry terminal"
    assert segs[0].headline and segs[1].paragraph == segs[0].paragraph + 1


def test_wrapped_line_that_ends_early_joins_when_the_next_goes_on_in_lower_case():
    text = WRAPPED.replace("She thanked the\nengineers", "She thanked\nthe engineers")
    assert "She thanked the engineers and the dock workers by name." in sentences(text)

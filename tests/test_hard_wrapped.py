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


# --- findings that cross a soft line break ---------------------------------


def _findings_by_text(text: str) -> list[tuple[str, str, str | None]]:
    """Each finding as (code, its span with white space runs as one space,
    suggestion): comparable between a text and the same text folded."""
    return sorted((f.code, " ".join(text[f.start : f.end].split()), f.suggestion) for f in check_text(text))


@pytest.mark.parametrize(
    "seed, folded",
    [
        ("weather-2024-11-28.txt", "hard-wrapped-weather.txt"),
        ("fakti-iraq-militias-disarm.txt", "hard-wrapped-iraq.txt"),
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_folded_text_has_the_findings_of_the_unfolded_one(seed, folded, newline):
    # The fixtures are the seeds run through `fold -s -w 72` (trailing space
    # at each wrap). Before: a phrase across a soft break was missed (TQ201
    # "low cloudiness", TQ202 "reports News.bg"), or cut at the line end
    # (TQ201 "This was revealed by ten ", TQ403 "with the US - 1").
    original = (ROOT / "seeds" / seed).read_text(encoding="utf-8").replace("\n", newline)
    wrapped = (ROOT / "fixtures" / folded).read_text(encoding="utf-8").replace("\n", newline)
    assert paragraphs(wrapped, True) != line_spans(wrapped)  # the fixture is taken for hard-wrapped
    assert _findings_by_text(wrapped) == _findings_by_text(original)


def test_phrases_do_not_cross_a_paragraph_break_in_line_per_paragraph_text():
    # One paragraph per line: a line break is a hard break, so "low" at the
    # end of one paragraph and "cloudiness" at the start of the next are no
    # phrase.
    text = "Fog will lift in the afternoon with low\nCloudiness will stay over the east.\n"
    assert "TQ201" not in codes(check_text(text))
    assert "TQ201" in codes(check_text(text.replace("low\nC", "low c")))


def test_soft_break_is_no_double_space():
    # The rules read the soft break as spaces (" \r\n" -> three); TQ501 must
    # still flag only real double spaces.
    wrapped = (ROOT / "fixtures" / "hard-wrapped-weather.txt").read_text(encoding="utf-8")
    for text in (wrapped, wrapped.replace("\n", "\r\n")):
        assert "TQ501" not in codes(check_text(text))


# --- detection: a typical width, not the widest line -----------------------


def _refold(text: str, width: int) -> str:
    import textwrap

    return "\n".join(textwrap.fill(line, width) if line.strip() else "" for line in text.split("\n"))


def _paragraph_texts(text: str) -> list[str]:
    return [" ".join(text[s:e].split()) for s, e in paragraphs(text, True)]


def test_one_long_url_line_does_not_switch_detection_off():
    text = WRAPPED + "\nSource: https://www.example.com/news/2024/11/28/harbour-town-opens-its-new-ferry-terminal-after-three-years-of-building-work\n"
    assert _paragraph_texts(text) == _paragraph_texts(WRAPPED) + [text.rstrip().rsplit("\n", 1)[1]]
    found = codes(check_text(text))
    assert "TQ104" not in found and "TQ505" not in found


@pytest.mark.parametrize("width", [30, 35, 60, 110, 130])
def test_wrapped_at_other_widths_is_detected(width):
    unwrapped = re.sub(r"(?<=\S)\n(?=\S)", " ", WRAPPED)  # one paragraph per line
    folded = _refold(unwrapped, width)
    assert _paragraph_texts(folded) == _paragraph_texts(unwrapped)


def test_spaced_hyphen_at_a_soft_break():
    # fold -s leaves the space before the break: "pier -" / "that" reads as
    # a hyphen and three spaces; a range across the break stays a range.
    dash = WRAPPED.replace("a wooden pier that", "a wooden pier - \nthat", 1)
    assert [text for code, text, _ in _findings_by_text(dash) if code == "TQ503"] == ["-"]
    span = WRAPPED.replace("the spring of\n2021", "the spring of 2020 - \n2021", 1)
    assert span != WRAPPED
    assert "TQ503" not in codes(check_text(span))
    assert "TQ503" in codes(check_text(span.replace("2020 - \n2021", "2020 - \nlate")))

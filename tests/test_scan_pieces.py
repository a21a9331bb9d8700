"""Scanning a text a piece at a time (rules.base.pieces_at_spaces) finds
what scanning it whole finds."""

from __future__ import annotations

import random

import pytest

from tqcheck.rules import tq601_name_spelled_two_ways as tq601
from tqcheck.rules.base import pieces_at_spaces

WORDS = ["Ivan", "Iwan", "the", "mayor", "Todorov", "Todorow", "said", "\n", "  ", "Łódź", "über", "x", "", "—"]


def _texts():
    rng = random.Random(7)
    yield ""
    yield " "
    yield "Ivan"
    for _ in range(60):
        yield " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 60)))


@pytest.mark.parametrize("piece", [1, 2, 5, 17, 1 << 18])
def test_the_pieces_tile_the_text_and_end_where_a_space_begins(piece):
    for text in _texts():
        spans = list(pieces_at_spaces(text, piece))
        assert [a for a, _ in spans[1:]] == [b for _, b in spans[:-1]]
        assert (spans[0][0], spans[-1][1]) == (0, len(text)) if text else spans == []
        assert all(text[b] == " " for _, b in spans[:-1])


@pytest.mark.parametrize("piece", [1, 3, 8, 1 << 18])
@pytest.mark.parametrize("pattern", [tq601._NAME, tq601._LOWER_WORD])
def test_a_pattern_finds_in_the_pieces_what_it_finds_in_the_whole_text(pattern, piece):
    for text in _texts():
        whole = [m.span() for m in pattern.finditer(text)]
        pieces = [m.span() for a, b in pieces_at_spaces(text, piece) for m in pattern.finditer(text, a, b)]
        assert pieces == whole


def test_tq601_reads_the_words_the_whole_text_holds(monkeypatch):
    monkeypatch.setattr("tqcheck.rules.base.SCAN_PIECE", 4)
    for text in _texts():
        words, starts, lower = tq601._words(text)
        tokens = list(tq601._NAME.finditer(text))
        assert words == [m.group() for m in tokens] and list(starts) == [m.start() for m in tokens]
        assert lower == set(tq601._LOWER_WORD.findall(text))


@pytest.mark.parametrize("piece", [1, 20, 70, 1 << 18])
def test_tq404_finds_the_repeats_whatever_the_piece_its_quote_marks_are_replaced_in(piece, monkeypatch):
    from helpers import check_text

    from tqcheck.rules import tq404_duplicated_sentence as tq404

    text = ("The talks will resume on Monday in Baghdad. „Officials confirmed it,” he said in Sofia today.\n"
            "The “talks” will resume on Monday in Baghdad. 'Officials confirmed it,' he said in Sofia today.\n") * 3
    whole = [(f.start, f.end, f.message, f.details) for f in check_text(text, select=("TQ404",))]
    monkeypatch.setattr(tq404, "PIECE", piece)
    assert [(f.start, f.end, f.message, f.details) for f in check_text(text, select=("TQ404",))] == whole
    assert len(whole) == 10


def _line_texts():
    rng = random.Random(11)
    lines = ["12 March 2024 10:15", "Read more: the talks", "read more", ": next", "1200", " 34 ", "Tags: a, b",
             "The minister spoke.", "", "\r", "2024-03-12", "Share", "Последни новини от днес"]
    yield ""
    yield "1200"
    yield "read more\n: next"
    for _ in range(200):
        yield rng.choice(["\n", "\r\n", "\n\n"]).join(rng.choice(lines) for _ in range(rng.randrange(1, 8)))


def test_line_patterns_find_what_they_found_in_the_text_with_a_line_break_in_front():
    from tqcheck.rules import tq401_dateline as tq401
    from tqcheck.rules.tq402_site_boilerplate import boilerplate_pattern

    for text in _line_texts():
        for pattern in (tq401._DATELINE, boilerplate_pattern()):
            expected = [(m.start(), m.end() - 1) for m in pattern.finditer("\n" + text)]
            assert list(tq401.line_spans(pattern, text)) == expected, text
        lines = [m.start() for m in tq401._DIGIT_LINE.finditer("\n" + text)]
        assert [s for s, _ in tq401._bare_counts(text)] == [
            s for s in lines if tq401._BARE_COUNT.fullmatch(text, s, _line_end(text, s))]


def _line_end(text, start):
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return end - 1 if text[end - 1 : end] == "\r" else end

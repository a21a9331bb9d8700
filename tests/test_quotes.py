"""The quote-mark scanner (tqcheck/rules/_quotes.py) on human English:
straight quotes nested in straight quotes, and apostrophes typed as `"`."""

from __future__ import annotations

import pytest
from helpers import check_text

from tqcheck.rules.kinds.quotes import scan


def unbalanced(text: str) -> list[int]:
    return [f.start for f in check_text(text, select=("TQ104",))]


def pairs(text: str) -> list[tuple[int, int]]:
    result = scan(text, lambda pos: text.count("\n", 0, pos))
    return [(q.open.pos, q.close.pos) for q in result.quotations]


@pytest.mark.parametrize(
    "text",
    [
        # A quotation inside a quotation, both straight, closed together.
        '"He said, "Because he makes me laugh,"" Ms. Scovell told me.',
        '"People said, "This is the beginning of the end of Western civilization,"" Mr. Fleiss told me.',
        '"Somebody called it "Snow White and the Seven Dwarfs.""',
        '""Peppa the pig," yes."',
        # An apostrophe typed as a quote mark.
        'Holly Willoughby has left Dragons" Den star Peter Jones fuming.',
        'The research, by the Headmasters" and Headmistresses" Conference (HMC), was published.',
        'The team orders of Mercedes" team were clear.',
        'He took power in a coup d"état in 1991.',
        'The author of "Sneaking Into the Hollywood Boys" Club," has another theory.',
    ],
)
def test_human_english_quotes_are_balanced(text):
    assert unbalanced(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ('He said "the talks will continue and left the room.', ['"the']),
        ('The minister said the talks were over." Then he left.', ['" T']),
        ('"He said, "Because he makes me laugh," Ms. Scovell told me.', ['"He']),
        ('He said "yes" and then "no.', ['"no']),
        # Only a possessive's s: other letters before a mark still close.
        ('It was over" Then he left.', ['" T']),
    ],
)
def test_a_quote_without_partner_is_still_flagged(text, flagged):
    found = unbalanced(text)
    assert [text[i : i + len(f)] for i, f in zip(found, flagged)] == flagged
    assert len(found) == len(flagged)


@pytest.mark.parametrize(
    "text",
    [
        # A suffix written onto the quotation (Turkish, Finnish, Hungarian):
        # the mark before it closes the quotation, it is no apostrophe.
        'Destekçileri 19 milyon "eylem"de bulunduğunu bildirdi.',
        'Amiral gemisi "Rheinland-Pfalz"ın hizmete girme tarihi ertelendi.',
        'Hän luki "Helsingin Sanomat"ista uutisen.',
    ],
)
def test_a_suffix_after_a_closing_straight_mark_does_not_unbalance(text):
    assert unbalanced(text) == []
    assert len(pairs(text)) == 1


def test_a_suffix_after_a_quotation_with_another_quotation_later():
    # The next mark opens another quotation: it closes nothing, so the
    # mark between letters is "eylem"'s end.
    text = 'Bakan "eylem"de kararlı olduklarını ve "yeni" bir plan hazırladıklarını söyledi.'
    assert unbalanced(text) == []
    assert len(pairs(text)) == 2


def test_an_apostrophe_between_letters_does_not_hide_the_possessive_rules_next_mark():
    # Lakers" before a word closes the quotation: the next mark that may
    # close is "bad", which opens; d"état between them is an apostrophe.
    text = 'He called it "the Lakers" plan, a coup d"état, and "bad" too.'
    assert unbalanced(text) == []
    assert pairs(text) == [(text.index('"the'), text.index('" plan')), (text.index('"bad'), text.rindex('"'))]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_breaks_of_every_kind_end_a_quotation_at_a_blank_line(newline):
    text = newline.join(['He said "we will go.', "", "A new paragraph.", "", "Then we left." + '"' + " She nodded.", ""])
    assert len(unbalanced(text)) == 2
    one_line_each = newline.join(['He said: "We have five weeks left.', 'It will be hard," he added.', ""])
    assert unbalanced(one_line_each) == []


def test_pairing_over_line_breaks_does_not_depend_on_earlier_text():
    from tqcheck.rules.kinds.quotes import _over_line_breaks

    tail = 'He said "x.\r\rThen" ok.'
    for head in ("A\r\r", "Intro\n\nMore.\nA\r\r", "Intro\nMore.\nA\r\r"):
        text = head + tail
        assert _over_line_breaks(text, text.index('"x'), text.index('" ok')) is False


def test_a_word_internal_mark_stays_an_apostrophe_when_a_later_mark_closes():
    text = 'He said "the coup d"état failed" and left.'
    assert pairs(text) == [(text.index('"the'), text.rindex('"'))]
    assert unbalanced(text) == []


def test_nested_straight_quotations_pair_inside_out():
    text = '"He said, "Because he makes me laugh,"" she wrote.'
    inner_open, inner_close = text.index('"Because'), text.index(',"') + 1
    assert sorted(pairs(text)) == [(0, inner_close + 1), (inner_open, inner_close)]


def test_an_apostrophe_is_not_a_quote_mark():
    text = 'He said "the Dragons" Den is fun" and left.'
    # Inside a quotation the s" before a word closes nothing when the next mark closes it.
    assert pairs(text) == [(text.index('"the'), text.rindex('"'))]
    assert unbalanced(text) == []


def test_a_quotation_continued_in_the_next_paragraph_is_not_unbalanced():
    assert unbalanced('"The first paragraph of his words.\n\n"And the second," he said.\n') == []


def test_a_quotation_over_a_line_break_is_balanced():
    """One sentence per line (a TMX, a subtitle file, a sentence-split
    corpus): a quotation of two sentences opens on one line and closes on
    the next."""
    text = 'He said: "We have five weeks left.\nIt will be hard," he added.\n'
    assert unbalanced(text) == []
    assert pairs(text) == [(text.index('"We'), text.index(',"') + 1)]


@pytest.mark.parametrize(
    "text",
    [
        # A blank line ends the paragraph: the quotation was left open.
        'He said: "We have five weeks left.\n\nIt will be hard," he added.\n',
        # The next line opens a quotation of its own before it closes one.
        'He said: "We have five weeks left.\nShe called it "hard" then.\n',
    ],
)
def test_a_quotation_does_not_close_across_a_paragraph_or_an_opening(text):
    assert unbalanced(text) != []


def test_an_open_quotation_that_held_others_is_not_continued():
    """Left open at a paragraph end after quotations nested in it, the
    outer mark lacks its close: the next paragraph's opening mark does not
    make it a continued quotation."""
    text = 'He is not talking to "Facebook about it. "We are not asking." She left.\n\n"Next," he said.\n'
    assert unbalanced(text) == [text.index('"Facebook')]


def test_encloses_agrees_with_asking_every_quotation():
    # QuoteScan.encloses bisects; the question it answers is this scan.
    import random

    from tqcheck.locale import LocaleFacts
    from tqcheck.rules.kinds.quotes import scan

    rng = random.Random(7)
    pieces = ["“", "”", "‘", "’", '"', " a ", "word", ".\n", " "]
    text = "".join(rng.choice(pieces) for _ in range(3000))
    found = scan(text, lambda pos: text.count("\n", 0, pos), LocaleFacts("bg", "en").target_conventions)
    assert len(found.quotations) > 20
    for _ in range(2000):
        start = rng.randrange(len(text))
        end = start + rng.randrange(30)
        expected = any(q.open.pos < start and end <= q.close.pos for q in found.quotations)
        assert found.encloses(start, end) is expected

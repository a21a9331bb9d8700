"""The rule model's contracts: what Rule.finding builds, and what the engine
lets through to a report."""

from __future__ import annotations

import re

import pytest
from helpers import document

from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.model import NO_SEGMENT, Category, Finding, Severity
from tqcheck.rules.base import make_rule

HTML = "<p>The mayor spoke.</p>\n<!-- tqcheck internal note -->\n<p>He left.</p>\n"


def _rule(check):
    return make_rule(
        "A test rule.", code="TQ999", name="test-rule", severity=Severity.MINOR,
        category=Category.GRAMMAR, check=check,
    )


def _every_word(rule, ctx):
    # Offsets into the original text: the markup is blanked out in ctx.text,
    # so the words of the comment are found in document.text instead.
    for m in re.finditer(r"\w+", ctx.document.text):
        yield rule.finding(ctx, m.start(), m.end(), "a word")


def test_finding_is_never_none_a_span_in_markup_is_marked():
    rule = _rule(_every_word)
    result = check_document(document(HTML, fmt="html"), Config(), rules=())
    from tqcheck.rules.base import RuleContext

    ctx = RuleContext(
        document=result.document, segments=result.segments, source_lang="bg", target_lang="en", locale=None
    )
    findings = list(rule.check(rule, ctx))
    assert all(isinstance(f, Finding) for f in findings)
    in_markup = [f for f in findings if f.segment_id == NO_SEGMENT]
    assert {HTML[f.start : f.end] for f in in_markup} >= {"p", "tqcheck", "internal", "note"}


def test_engine_drops_findings_on_invisible_text_in_one_place():
    rule = _rule(_every_word)
    result = check_document(document(HTML, fmt="html"), Config(select=("TQ999",)), rules=(rule,))
    words = [HTML[f.start : f.end] for f in result.findings]
    assert words == ["The", "mayor", "spoke", "He", "left"]
    assert all(f.segment_id != NO_SEGMENT for f in result.findings)


def test_a_rule_that_yields_none_is_a_bug_not_a_silent_gap():
    rule = _rule(lambda rule, ctx: iter([None]))
    with pytest.raises(TypeError, match="TQ999 yielded None"):
        check_document(document("One sentence."), Config(select=("TQ999",)), rules=(rule,))


def test_the_two_length_deviations_differ_and_are_kept_apart():
    # A translation far too short: the symmetric (Gale–Church) deviation
    # scales by the mean of both lengths, the source one by the source's.
    from tqcheck.alignment.align import PairModel

    model = PairModel(1.0, 2.0)
    assert model.deviation(100, 100) == model.deviation_from_source(100, 100) == 0.0
    assert model.deviation_from_source(100, 20) == pytest.approx(-80 / (200**0.5))
    assert model.deviation(100, 20) == pytest.approx(-80 / (120**0.5))


def test_an_empty_span_is_a_position_on_the_nearest_segment():
    from tqcheck.rules.base import RuleContext

    text = "First one.\n\n\n\nSecond one.\n"
    result = check_document(document(text), Config(), rules=())
    ctx = RuleContext(document=result.document, segments=result.segments, source_lang="bg", target_lang="en", locale=None)
    rule = _rule(lambda rule, ctx: ())
    first, second = result.segments
    assert rule.finding(ctx, 11, 11, "m").segment_id == first.id  # just after the first
    assert rule.finding(ctx, 13, 13, "m").segment_id == second.id  # just before the second
    assert rule.finding(ctx, 11, 13, "m").segment_id == NO_SEGMENT  # text: blank, invisible
    empty = check_document(document(""), Config(), rules=())
    nothing = RuleContext(document=empty.document, segments=(), source_lang="bg", target_lang="en", locale=None)
    assert rule.finding(nothing, 0, 0, "m").segment_id == NO_SEGMENT


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII Text",
        "İstanbul and ISTANBUL",  # İ lowers to two characters: kept as it is
        "ΟΔΟΣ ΑΘΗΝΑΣ İzmir ΣΑΣ",  # with İ, every Σ lowers alone (σ), word end or not
        "ΟΔΟΣ ΑΘΗΝΑΣ",  # without İ, str.lower()'s final sigma (ς)
        "İ",
        "",
        "Ünïcödé ẞ and İİ twice, ΣΣ.",
    ],
)
def test_lower_keeping_offsets_is_lower_case_of_each_character_where_lengths_differ(text):
    from tqcheck.rules.base import lower_keeping_offsets

    expected = text.lower() if len(text.lower()) == len(text) else "".join(
        c if len(c.lower()) != 1 else c.lower() for c in text
    )
    for piece in (None, 1, 2, 3, 5):  # lowered a piece at a time, cut anywhere
        lowered = lower_keeping_offsets(text, piece)
        assert len(lowered) == len(text)
        assert lowered == expected, piece


@pytest.mark.parametrize("piece", [1, 3, 7, 64])
def test_lowering_a_piece_at_a_time_is_str_lower(piece):
    # Σ lowers to ς at a word's end: its neighbours must be the same in a
    # piece as in the whole text, wherever the pieces are cut.
    from tqcheck.rules.base import lower_text

    text = "ΟΔΟΣ ΑΘΗΝΑΣ.\nΣΑΣ Σ ΣΣ'Σ Ünïcödé ẞ, ΣΟΦΙΑ ΚΑΙ ΟΔΥΣΣΕΑΣ\n\nΑ" * 3 + "ΟΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣΣ"
    assert lower_text(text, piece) == text.lower()
    assert lower_text("ΟΔΟΣ", 1) == "οδος"

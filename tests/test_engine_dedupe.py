"""The engine reports each problem once: two rules that flag the same
characters with the same fix give one finding (the MQM score must not count
one wrong mark twice), and the report says which other rule agreed."""

from __future__ import annotations

import pytest
from helpers import check_text

MIXED_PAIR = "„This evening, the attack was repelled,” the message said."


def test_same_span_and_fix_from_two_rules_is_one_finding():
    at_start = [f for f in check_text(MIXED_PAIR) if f.start == 0]
    assert [(f.code, f.suggestion) for f in at_start] == [("TQ101", "“")]
    assert dict(at_start[0].details).get("also") == "TQ103"


def test_the_other_rule_still_reports_when_the_first_is_ignored():
    at_start = [f for f in check_text(MIXED_PAIR, ignore=("TQ101",)) if f.start == 0]
    assert [(f.code, f.suggestion) for f in at_start] == [("TQ103", "“")]
    assert "also" not in dict(at_start[0].details)


def test_different_fixes_on_the_same_span_are_both_kept():
    # Two rules that disagree are both shown: the editor has to choose.
    from tqcheck.engine import _dedupe
    from tqcheck.model import Category, Finding, Severity

    def finding(code, suggestion):
        return Finding(code, Severity.MINOR, Category.PUNCTUATION, 0, 0, 1, "m", suggestion)

    kept = _dedupe([finding("TQ101", "“"), finding("TQ106", '"')])
    assert [f.code for f in kept] == ["TQ101", "TQ106"]


def test_an_ignored_rule_does_not_take_the_other_rules_finding_with_it(tmp_path):
    from helpers import document

    from tqcheck.config import Config
    from tqcheck.engine import check_document

    text = "<!-- tqcheck: ignore TQ101 -->\nThe agency told „Reuters” that the talks failed.\n"
    result = check_document(document(text, "en", "md"), Config())
    at_mark = [f for f in result.findings if text[f.start : f.end] == "„"]
    assert [f.code for f in at_mark] == ["TQ103"]


def test_a_severity_override_applies_to_the_rule_it_names_only():
    from helpers import document

    from tqcheck.config import Config
    from tqcheck.engine import check_document
    from tqcheck.model import Severity

    config = Config(severity_overrides={"TQ101": Severity.INFO})
    result = check_document(document(MIXED_PAIR), config)
    at_start = [f for f in result.findings if f.start == 0]
    # TQ101 demoted to info no longer outranks TQ103 (minor): TQ103 is kept.
    assert [(f.code, f.severity) for f in at_start] == [("TQ103", Severity.MINOR)]
    assert dict(at_start[0].details).get("also") == "TQ101"


def test_the_text_report_names_the_rule_that_agreed(capsys, tmp_path):
    from tqcheck.cli import main

    article = tmp_path / "a.txt"
    article.write_text(MIXED_PAIR + "\n", "utf-8")
    main(["check", str(article), "--backtranslation", "off", "--no-baseline"])
    out = capsys.readouterr().out
    assert "TQ101" in out and "(also TQ103)" in out
    assert "TQ103 minor" not in out


@pytest.mark.parametrize("piece", [1, 2, 5, 1 << 20])
def test_words_counted_a_piece_at_a_time_are_str_split(piece):
    from tqcheck.engine import count_words

    for text in ("", " ", "a", "one two\tthree\u00a0four\n\nfive   six ", "\u2003x\u2003y", "word" * 9, " a b " * 7,
                 "a\n\nb c\n d", "  x  y\n", "x \n\n y"):
        assert count_words(text, piece) == len(text.split())
        assert count_words(text) == len(text.split())


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("政府は月曜日、新しい対策を発表した。", 16),  # Han and kana: one word a character (CAT tools' count)
        ("部长说内阁将于周一开会。", 11),
        ("東京（共同）政府は発表した。", 11),  # brackets and the full stop are not words
        ("The 部长 said 内阁 met.", 7),  # 3 spaced words + 4 characters
        ("정부는 월요일 대책을 발표했다.", 4),  # Korean is written with spaces: tokens
        ("Το υπουργικό συμβούλιο συνεδρίασε.", 4),
    ],
)
def test_han_and_kana_count_a_word_a_character(text, words):
    from tqcheck.engine import count_words

    assert count_words(text) == words

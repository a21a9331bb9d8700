"""The engine reports each problem once: two rules that flag the same
characters with the same fix give one finding (the MQM score must not count
one wrong mark twice), and the report says which other rule agreed."""

from __future__ import annotations

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

"""TQ701: a span of time given in another unit is the same span (issue 12).

A translator may give 60 days as two months, two weeks as 14 days, 48 hours
as two days: CLDR's long unit names of every language (days, недели,
个月, Stunden) make the figure and its unit one span, in years, and a span
converted with its unit is no changed number. Only months are rounded (28
to 31 days): a span converts within a tenth of its value, so 16 days are
still not two weeks. The first sentence from NTREX-128 (CC BY-SA 4.0),
shortened."""

from __future__ import annotations

import pytest

from tests.helpers import number_findings

DETENTION_EN = (
    "Officials now require some children to appear in court within a month of detention, "
    "rather than the previous 60 days."
)
DETENTION_ZH = "官员们要求其中一些人在被拘留后一个月内出庭受审，而不是之前的两个月。"


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        (DETENTION_EN, DETENTION_ZH, "en", "zh-Hans"),
        ("The talks lasted two weeks.", "Переговоры длились 14 дней.", "en", "ru"),
        ("The talks lasted 14 days.", "Переговоры длились две недели.", "en", "ru"),
        ("He was held for 48 hours.", "Er wurde zwei Tage lang festgehalten.", "en", "de"),
        ("The strike lasted six months.", "La grève a duré 26 semaines.", "en", "fr"),
    ],
)
def test_a_span_given_in_another_unit_is_no_finding(source, target, source_lang, target_lang):
    assert [f.message for f in number_findings(source, target, source_lang, target_lang)] == []


@pytest.mark.parametrize(
    ("target", "figure"),
    [("Переговоры длились 3 недели.", "'3'"), ("Переговоры длились 16 дней.", "'16'")],
)
def test_a_span_of_another_length_is_still_reported(target, figure):
    messages = [f.message for f in number_findings("The talks lasted 14 days.", target, "en", "ru")]
    assert any(figure in m for m in messages), messages


def test_a_span_converted_past_rounding_is_reported():
    messages = [f.message for f in number_findings("The talks lasted two weeks.", "Переговоры длились 16 дней.", "en", "ru")]
    assert any("'16'" in m for m in messages), messages

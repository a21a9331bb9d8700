"""TQ701: a time written as two figures with words between (issue 12).
Chinese writes the time 11:35 pm as `晚上 11 点 35 分` (evening, 11 o'clock,
35 minutes), Russian `в 7 часов 19 минут`: the hour and the minutes are two
figures of their own, where the other side writes one time, 11:35 or
7:19 a.m. A time on one side is the two figures on the other that stand
close together (a few letters between them, no figure), the hour first:
the same clock reading, whatever the hours' count (11 ~ 23:35). Another
minute or hour is still a changed number. The Chinese sentence is
FLORES-200's (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import number_findings
from tqcheck.model import Severity

CASES = [
    ("zh-to-en", "消防救援人员最终在晚上 11 点 35 分扑灭了大火。", "Fire rescue crews eventually doused the fire by 11:35 pm.",
     "zh-Hans", "en", "11:35", "11:45"),
    ("en-to-zh", "Fire rescue crews eventually doused the fire by 11:35 pm.", "消防救援人员最终在晚上 11 点 35 分扑灭了大火。",
     "en", "zh-Hans", "35 分", "45 分"),
    ("en-to-ru", "The earthquake struck at 7:19 a.m. local time.", "Землетрясение произошло в 7 часов 19 минут по местному времени.",
     "en", "ru", "19 минут", "29 минут"),
]


@pytest.mark.parametrize(("case", "source", "target", "sl", "tl", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_a_time_in_two_figures_is_the_same_time(case, source, target, sl, tl, right, wrong):
    found = number_findings(source, target, sl, tl)
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])


@pytest.mark.parametrize(("case", "source", "target", "sl", "tl", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_another_minute_is_a_changed_number(case, source, target, sl, tl, right, wrong):
    found = number_findings(source, target.replace(right, wrong), sl, tl)
    assert any(f.severity >= Severity.MAJOR for f in found), (case, [f.message for f in found])


def test_two_figures_far_apart_are_no_time():
    # Eleven people and thirty-five cars: no clock reading.
    source = "The fire killed 11 people and destroyed 35 cars parked in the street nearby."
    target = "Пожар унёс жизни 11:35 человек."
    found = number_findings(source, target, "en", "ru")
    assert any(f.severity >= Severity.MAJOR for f in found), [f.message for f in found]

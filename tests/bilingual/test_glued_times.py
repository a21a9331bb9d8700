"""TQ701: a time written right after a letter of a script without spaces
(issue 12). Chinese and Japanese glue every number to the word before it
(`大约为10:15`), as Arabic glues its prefixes (`و10:15`); a time there is
still one time, 10:15, not the figures 10 and 15 that the source lacks.
So is 10.15 where the other side writes 10:15 (German `10.15 Uhr`), and
10：15 with the full-width colon of Chinese and Japanese.
The first sentence
is NTREX-128's (CC BY-SA 4.0); its translation is NTREX's, shortened."""

from __future__ import annotations

import pytest

from tests.helpers import number_findings
from tqcheck.model import Severity

CRASH = (
    "The crash happened near the junction of Bestwood Street and Evelyn Street, a busy road in Deptford, "
    "south-east London, at about 10:15 BST."
)

CASES = [
    ("han", "zh-Hans", "此次交通事故发生在伦敦东南部 Deptford 的 Bestwood 街与 Evelyn 街的交汇处附近，事故时间大约为10:15 BST。"),
    ("han-dot", "zh-Hans", "此次交通事故发生在伦敦东南部 Deptford 的 Bestwood 街与 Evelyn 街的交汇处附近，时间大约为10.15。"),
    ("arabic", "ar", "وقع الحادث بالقرب من تقاطع شارع Bestwood وشارع Evelyn في Deptford جنوب شرق لندن، في حوالي الساعة و10:15."),
    # The full-width colon of Chinese and Japanese text.
    ("wide-colon", "zh-Hans", "此次交通事故发生在伦敦东南部 Deptford 的 Bestwood 街与 Evelyn 街的交汇处附近，时间大约为 10：15。"),
    # A time with a point, the hour word no CLDR unit (Uhr, hodin): the
    # same time written the German and Czech way.
    ("point-de", "de", "Der Unfall geschah an der Kreuzung Bestwood Street und Evelyn Street in Deptford gegen 10.15 Uhr."),
    ("point-cs", "cs", "Nehoda se stala u křižovatky Bestwood Street a Evelyn Street v Deptfordu kolem 10.15 hodin."),
]


@pytest.mark.parametrize(("case", "target_lang", "target"), CASES, ids=[c[0] for c in CASES])
def test_a_time_glued_to_a_word_is_the_sources_time(case, target_lang, target):
    found = number_findings(CRASH, target, "en", target_lang)
    assert all(f.severity < Severity.MAJOR for f in found), (case, [f.message for f in found])


@pytest.mark.parametrize(("case", "target_lang", "target"), CASES, ids=[c[0] for c in CASES])
def test_another_glued_time_is_a_changed_number(case, target_lang, target):
    wrong = target.replace("10", "11", 1)
    found = number_findings(CRASH, wrong, "en", target_lang)
    assert any(f.severity >= Severity.MAJOR and "11" in f.message for f in found), (case, [f.message for f in found])

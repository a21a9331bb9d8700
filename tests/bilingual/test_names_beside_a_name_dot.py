"""TQ702 out of Chinese: the two words of a foreign name's dot (拉卡·辛格,
Lakkha Singh), one kept in the translation, the other a name's place
(issue 12).

Chinese writes no spaces and no capitals, but it puts a dot between a
foreign name's words. Out of Chinese, a name of the translation in
another's place (Lakkha Singh -> Lakkha Jakarta) was found only where the
source's name is a run of the letters that spell names by sound and
respells no name of the translation; 辛格 (Singh) is not looked at alone.
Where the translation keeps one word of a run (Lakkha, 拉卡) beside the
source's dot, the source's word on the dot's other side
(anynames.dotted_name_parts: the letters CLDR's names spelled by sound
have, up to a word of the grammar) is the place of the translation's next
word; where no word of the translation respells it, even loosely, that
word took its place.

Not into Chinese: there the word beside the dot is more often the missing
name itself, respelled past the search (福特 for Ford, 加西亚 for Garcia),
than another name: on the benchmark's nine samples, one name change found
(奈杰尔·里德 for Nigel Farage) for 18 false alarms. The test pins that.

Sentences from NTREX-128 and FLORES-200 devtest (CC BY-SA 4.0); Jakarta is
the benchmark's injected replacement.
"""

from __future__ import annotations

import pytest

from tests.helpers import flagged_after_replacing, major_name_findings
from tqcheck.alignment.anynames import dotted_name_parts

FORD_EN = (
    "SNL started the show with a skit starring Matt Damon in which the Hollywood star made fun of Brett "
    "Kavanaugh's testimony before the Senate Judicial Committee on sexual assault claims made by Christine Blasey "
    "Ford."
)
FORD_ZH = (
    "《周六夜现场》以马特·达蒙主演的小品开场，在该小品中好莱坞明星调侃克里斯汀·布莱西·福特对参议院司法委员会进行"
    "性侵指控之前布雷特·卡瓦诺所做的证词。"
)
SINGH_ZH = "然后，拉卡·辛格带头唱了拜赞歌。"
SINGH_EN = "Then, Lakkha Singh took the lead in singing the bhajans."


def test_into_chinese_the_word_beside_a_name_dot_is_not_taken_for_another_name():
    # 福特 is Ford, which the search does not find (Fute has no r): beside
    # 布莱西 (Blasey) it would read as a name in Ford's place.
    assert major_name_findings(FORD_EN, FORD_ZH, "en", "zh-Hans") == []


def test_from_chinese_the_name_beside_a_kept_one_took_the_place_of_the_word_beside_the_dot():
    flagged, messages = flagged_after_replacing(SINGH_ZH, SINGH_EN, "zh-Hans", "en", "Singh", "Jakarta")
    assert flagged == ["Jakarta"], messages


def test_the_right_translation_has_no_name_in_anothers_place():
    assert major_name_findings(SINGH_ZH, SINGH_EN, "zh-Hans", "en") == []


def test_a_name_the_translation_respells_beside_the_dot_is_none_replaced():
    # Lakkha Sing: the translation's own spelling of 辛格.
    assert major_name_findings(SINGH_ZH, SINGH_EN.replace("Singh", "Sing"), "zh-Hans", "en") == []


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # Up to a word of the grammar (在, at) or a letter no CLDR name
        # spelled by sound has (相 of 首相, prime minister).
        ("奈杰尔·里德在保守党大会上", [("奈杰尔", "里德")]),
        ("但美国国务卿汤姆森·蓬佩奥则向联合国表示", [("汤姆森", "蓬佩奥")]),
        # Not a letter that makes a common word with the one beyond it:
        # 以及, and.
        ("卡迪·B以及加内尔·莫奈参与", [("加内尔", "莫奈")]),
    ],
)
def test_the_words_of_a_name_dot(text, parts):
    assert [(a.text, b.text) for a, b in dotted_name_parts(text, 0, len(text), "zh-Hans")] == parts

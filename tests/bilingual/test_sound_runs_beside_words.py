"""TQ702 into and out of Chinese: the letters beside a run spelled by sound
(issue 12).

Chinese has no spaces and no capitals: a foreign name shows as a run of the
letters it is spelled with by sound (CLDR's own Chinese names tell which),
and a run's likeness to a name of the other side decides whether it is
that name or one put in another's place. Two things made runs look like
names they are not:

- a run was compared, even loosely, with the letter before or after it, so
  that a letter the table misses still counts (恩 of 托比约恩, Thorbjørn);
  but any ordinary word's letter made chance likenesses (长利亚姆 ~ Johnson,
  持哈莱姆 ~ China's), and a name put in another's place passed for a
  name of the source. A letter beside a run now joins a loose likeness
  only where CLDR's names spelled by sound have it (恩 is in 恩贾梅纳,
  N'Djamena; 长, long, is in none); the search for the very name (弗吉尼亚,
  Virginia, with 弗) takes any letter, as before;
- a run whose edge letter makes, with an ordinary letter beside it, one of
  the language's common words (施加, to exert) is that word's there:
  施加拉力, to exert a pull, holds no name 加拉力.

Sentences from NTREX-128 (CC BY-SA 4.0); Chinese 利亚姆 (Liam) and 坎耶哥 are
the benchmark's injected replacements.
"""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings
from tqcheck.alignment.anynames import sound_runs

BORIS_EN = (
    "In another interview next to the one with her on the newspaper's front page, her former foreign "
    "minister Boris Johnson pressed his attack of her so-called Chequers plan for Brexit."
)
BORIS_ZH = "在紧挨着该新闻报纸头版登载的另一篇访谈中，其前外交部长{}·约翰逊进一步抨击其所谓的脱欧契克斯方案。"
GLASGOW_EN = (
    "The actor declined to comment on the story, though a Scottish Sun source hinted that Kiernan was "
    "looking to get involved in Glasgow's \"thriving restaurant trade.\""
)
GLASGOW_ZH = "他对该消息不置可否，尽管“苏格兰太阳报”的消息暗示 Kiernan 想要踏足{}“生意兴隆的餐饮业。”"


@pytest.mark.parametrize(
    ("source", "target", "gone"),
    [(BORIS_EN, BORIS_ZH.format("利亚姆"), "Boris"), (GLASGOW_EN, GLASGOW_ZH.format("坎耶哥"), "Glasgow")],
)
def test_a_name_in_anothers_place_is_not_excused_by_the_word_beside_it(source, target, gone):
    findings = major_name_findings(source, target, "en", "zh-Hans")
    assert [f"'{gone}'" in f.message for f in findings] == [True]


@pytest.mark.parametrize(
    ("source", "target"),
    [(BORIS_EN, BORIS_ZH.format("鲍里斯")), (GLASGOW_EN, GLASGOW_ZH.format("格拉斯哥"))],
)
def test_the_names_themselves_pass(source, target):
    assert not major_name_findings(source, target, "en", "zh-Hans")


def test_a_letter_of_names_spelled_by_sound_still_joins_a_run():
    # 恩 is no sound letter by the table, so the run is 托比约; with 恩 it is
    # Thorbjorn, the name of the source, not one put in Jordan's place.
    source = "American Jordan Spieth was blown out 5&4 by Thorbjorn Olesen, the lowest-ranked player in Europe's team."
    target = "美国选手乔丹·斯皮思以5-4的比分不敌丹麦选手托比约恩·奥尔森，他是欧洲排名最低的选手。"
    assert not major_name_findings(source, target, "en", "zh-Hans")


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("就像月球对地球施加拉力，引起潮汐一样", []),  # 施加 + 拉力: words, no name
        ("美国总统特朗普表示", ["特朗普"]),
        ("丹麦选手托比约恩·奥尔森", ["托比约", "奥尔森"]),
    ],
)
def test_a_run_is_less_an_edge_letter_of_a_common_word(text, runs):
    assert [r.text for r in sound_runs(text, 0, len(text), "zh-Hans")] == runs

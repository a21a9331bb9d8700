"""TQ702 into and out of Chinese: the letters beside a run spelled by sound
(issue 12).

Chinese has no spaces and no capitals: a foreign name shows as a run of the
letters it is spelled with by sound (CLDR's own Chinese names tell which),
and a run's likeness to a name of the other side decides whether it is
that name or one put in another's place. Four things made runs and windows look
like names they are not:

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
  施加拉力, to exert a pull, holds no name 加拉力;
- a run was loosely like a source name the translation renders by meaning
  (China, 中国) or a month (Nov.): 哈莱姆, Harlem, in Trump's place, passed
  for China. Such a name is no name a run may loosely be;
- out of Chinese, a name of the translation was found in any window of the
  source's letters, two words' pieces too (为人 of 作为人质, as hostages, for
  Germy in Manila's place). A window with such an edge letter is no
  candidate now.

Sentences from NTREX-128 (CC BY-SA 4.0); Chinese 利亚姆 (Liam) and 坎耶哥 are
the benchmark's injected replacements.
"""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings
from tqcheck.alignment.anynames import Side, sound_runs

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


# A source name the translation renders by meaning (China, 中国) or a month
# (Nov.) is no name a run of sound letters may loosely be: 哈莱姆 (Harlem) is
# like China only by chance, and 中国 is China's rendering already.
IOWA_EN = (
    "China's retaliatory tariffs early in the trade war were designed to hit exporters in states such as Iowa "
    "that supported Trump's Republican Party, Chinese and U.S. experts say."
)
IOWA_ZH = "美国专家表示，在贸易战初期中国制定的报复性关税旨在打击各个州的出口企业，例如支持{}的共和党的爱荷华州出口企业。"
VOTE_EN = (
    "With the confirmation vote on hold for his pick to fill the Supreme Court vacancy, Trump is aiming to build "
    "support for upcoming mid-term elections since Republicans are at risk of losing control of Congress in the "
    "Nov. elections."
)
# (安东尼奥斯别 is the benchmark's injection as it was: Antonios in the place
# of 特朗普特, Trump and the first letter of 特别, especially.)
VOTE_ZH = (
    "考虑到共和党在11月份的投票中可能会失去对国会的管控，{}暂停了投票确认，提名了填补最高法院职位空缺的候选人，"
    "以期为即将到来的中期选举赢得支持。"
)


@pytest.mark.parametrize(
    ("source", "target"), [(IOWA_EN, IOWA_ZH.format("哈莱姆")), (VOTE_EN, VOTE_ZH.format("安东尼奥斯别"))]
)
def test_a_name_rendered_by_meaning_or_a_month_excuses_no_run(source, target):
    findings = major_name_findings(source, target, "en", "zh-Hans")
    assert ["'Trump'" in f.message for f in findings] == [True]


@pytest.mark.parametrize(("source", "target"), [(IOWA_EN, IOWA_ZH.format("特朗普")), (VOTE_EN, VOTE_ZH.format("特朗普特别"))])
def test_trump_himself_passes(source, target):
    assert not major_name_findings(source, target, "en", "zh-Hans")


# Out of Chinese, a name of the translation is looked for in every window of
# letters of the source; a window whose edge letter is a common word's with
# the letter beside it (作为 + 人质 around 为人; 等 + 节目 around 等节) is two
# words' pieces, no name respelled: 为人 passed for Germy, 等节 for Dani, in
# Manila's and Ullman's places. Sentences from FLORES-200 (CC BY-SA 4.0);
# Germy and Dani are the benchmark's injected replacements.
ULLMAN_ZH = "20 世纪 80 年代，他在《出租车》、《欢呼》以及《特蕾西·厄尔曼秀》等节目工作。"
ULLMAN_EN = "During the 1980s he worked on shows such as Taxi, Cheers, and The Tracy {} Show."


def test_a_window_of_two_words_pieces_is_no_name():
    source = "菲律宾一名前警察在首都马尼拉劫持旅游大巴，将车上的香港游客作为人质。"
    assert not Side(source, "zh-Hans").has("Germy", "en")
    assert Side(source, "zh-Hans").has("Manila", "en")


def test_out_of_chinese_a_name_in_anothers_place_is_found():
    findings = major_name_findings(ULLMAN_ZH, ULLMAN_EN.format("Dani"), "zh-Hans", "en")
    assert ["'厄尔曼'" in f.message for f in findings] == [True]


def test_out_of_chinese_the_name_itself_passes():
    assert not major_name_findings(ULLMAN_ZH, ULLMAN_EN.format("Ullman"), "zh-Hans", "en")

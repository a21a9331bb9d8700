"""TQ702 from Chinese: a run of letters spelled by sound is no respelling of
a word it cannot be (issue 12). Chinese spells a foreign name by sound,
loosely, so a run resembles many capitalised words a little: 马尼拉
(Manila) resembles Germany, 特斯拉 (Tesla) Edison. So a source name put
out of the translation by another went unreported wherever some other
capitalised word of the translation resembled it. Two words are no
candidates: a place or language CLDR translates by meaning (Germany is
德国, no respelling), and a name that the rest of the source sentence
spells with its very skeleton (Edison is 爱迪生's). A source that gives a
name in both letters (托马斯•爱迪生（Thomas Edison）) has one name there,
not two: another in its place is reported. Sentences from FLORES-200
(CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import flagged_after_replacing
from tests.helpers import major_name_findings as majors
from tqcheck.alignment.anynames import Side, sound_runs
from tqcheck.alignment.name_evidence import meaning_forms, sound_run_explained

MANILA_ZH = "菲律宾一名前警察在首都马尼拉劫持旅游大巴，将车上的香港游客作为人质。"
MANILA_EN = (
    "A former Filipino policeman has kept Hong Kong tourists hostage by hijacking their bus in Manila, "
    "the capital of the Philippines."
)
TESLA_ZH = "1884 年，特斯拉搬到了美国，接受了纽约市爱迪生公司的一份工作。"
TESLA_EN = "In 1884, Tesla moved to the United States of America to accept a job with the Edison Company in New York City."
EDISON_ZH = (
    "他在抵达美国时，身上带着 4 美分、一本诗集，还有一封查尔斯•巴舍勒（Charles Batchelor）"
    "（他前份工作的经理）写给托马斯•爱迪生（Thomas Edison）的推荐信。"
)
EDISON_EN = (
    "He arrived in the US with 4 cents to his name, a book of poetry, and a letter of recommendation from "
    "Charles Batchelor (his manager in his previous job) to Thomas Edison."
)


def explained(source: str, target: str, run: str) -> bool:
    (r,) = [r for r in sound_runs(source, 0, len(source), "zh-Hans") if r.text == run]
    side = Side(target, "en")
    names = tuple(dict.fromkeys(t.text for t in side.tokens if t.capitalised))
    return sound_run_explained(r, source, side, "zh-Hans", names, (0, len(source)))


def test_a_place_cldr_translates_by_meaning_is_no_respelling():
    assert meaning_forms("Germany", "en", "zh-Hans")  # 德国
    assert not meaning_forms("Manila", "en", "zh-Hans")  # 马尼拉
    assert explained(MANILA_ZH, MANILA_EN, "马尼拉")
    assert not explained(MANILA_ZH, MANILA_EN.replace("Manila", "Germany"), "马尼拉")


def test_a_name_the_rest_of_the_sentence_spells_is_taken():
    assert explained(TESLA_ZH, TESLA_EN, "特斯拉")
    assert not explained(TESLA_ZH, TESLA_EN.replace("Tesla", "Gibson"), "特斯拉")


def test_a_name_given_in_brackets_too_is_still_the_runs():
    # The rest of the sentence has Charles in Latin letters: the run is
    # still its respelling, and nothing is reported.
    assert explained(EDISON_ZH, EDISON_EN, "查尔斯")
    assert majors(EDISON_ZH, EDISON_EN, "zh-Hans", "en") == []


def test_a_name_given_in_both_letters_replaced_is_found():
    flagged, messages = flagged_after_replacing(EDISON_ZH, EDISON_EN, "zh-Hans", "en", "Thomas", "John")
    assert flagged == ["John"], messages

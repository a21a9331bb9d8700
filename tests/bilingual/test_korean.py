"""Korean, a language outside the benchmark's data (issue 12: "other
languages than these will be tried").

CLDR lists Korean's scripts as Hangul and Han (Hanja, seldom used), and
Han is written without spaces; so Korean was taken for a language written
without spaces. Its text was then measured as Chinese is (a Latin letter
worth a fraction of a character), except that its own letters, Hangul,
were measured at that fraction too: a right translation was a third of the
length expected, and TQ700 called it a different document. A language is
written without spaces only where every script it is written in is
(Japanese: Han and kana).

CLDR writes Korean's compact numbers joined to the figure, as Chinese and
Japanese do (0만, 0억: ten thousand, a hundred million), in one letter:
those were left out as one-letter abbreviations (5 B), so 1200만 달러 was
read as 1200 where the source has 12 million. A one-letter word of a
script without capitals is a word; a word CLDR joins to its figure may have
more letters after it (12억원, won).

The sentences are the project's own."""

from __future__ import annotations

import pytest

from tests.helpers import check_text, number_findings
from tqcheck.alignment.lengths import text_length
from tqcheck.alignment.numbers import scale_words
from tqcheck.alignment.scripts import written_without_spaces
from tqcheck.model import Severity

SOURCE = (
    "The city council approved a new budget on Tuesday after a long debate.\n"
    "The plan sets aside 12 million dollars for road repairs and public transport.\n"
    "Mayor Kim Min-jun said the money would be spent over the next three years.\n"
    "Opposition members argued that the budget ignored the needs of older residents.\n"
    "A final vote on the housing programme is expected next month.\n"
    "Residents can read the full plan on the council's website.\n"
)
TARGET = (
    "시의회는 오랜 논쟁 끝에 화요일 새 예산안을 승인했다.\n"
    "이 계획은 도로 보수와 대중교통에 1200만 달러를 배정한다.\n"
    "김민준 시장은 이 돈이 앞으로 3년에 걸쳐 쓰일 것이라고 말했다.\n"
    "야당 의원들은 예산안이 노년층 주민들의 필요를 외면했다고 주장했다.\n"
    "주택 프로그램에 대한 최종 표결은 다음 달로 예상된다.\n"
    "주민들은 시의회 웹사이트에서 전체 계획을 읽을 수 있다.\n"
)


@pytest.mark.parametrize(
    ("lang", "unspaced"),
    [("ko", False), ("ja", True), ("zh-Hans", True), ("th", True), ("en", False), ("ar", False)],
)
def test_a_language_is_unspaced_only_where_all_its_scripts_are(lang, unspaced):
    assert written_without_spaces(lang) is unspaced


def test_korean_counts_every_letter():
    line = "주민들은 시의회 웹사이트에서 전체 계획을 읽을 수 있다."
    assert text_length(line, "ko") == len(line)


def test_a_right_korean_translation_is_the_same_document():
    found = check_text(TARGET, select=("TQ7",), source=SOURCE, source_lang="en", target_lang="ko")
    assert not [f for f in found if f.code in ("TQ700", "TQ703")], [f.message for f in found]


def test_a_sentence_dropped_from_korean_is_found():
    dropped = "".join(line + "\n" for line in TARGET.splitlines() if not line.startswith("야당"))
    found = check_text(dropped, select=("TQ700", "TQ703"), source=SOURCE, source_lang="en", target_lang="ko")
    assert [f.code for f in found] == ["TQ703"], [f.message for f in found]
    assert "Opposition members" in found[0].message


def test_korean_scale_words_from_cldr():
    words = scale_words("ko")
    assert words["만"] == 10_000 and words["억"] == 100_000_000
    # (Still no one-letter abbreviation of a script with capitals: 5 B.)
    assert "b" not in scale_words("en")


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The plan sets aside 12 million dollars for road repairs.", "이 계획은 도로 보수에 1200만 달러를 배정한다."),
        ("The plan sets aside 12 million dollars for road repairs.", "이 계획은 도로 보수에 1,200만 달러를 배정한다."),
        ("The plan sets aside 1.2 billion won for road repairs.", "이 계획은 도로 보수에 12억원을 배정한다."),
    ],
)
def test_korean_myriads_are_read(source, target):
    assert number_findings(source, target, "en", "ko") == []


def test_a_changed_korean_amount_is_found():
    found = number_findings(
        "The plan sets aside 12 million dollars for road repairs.", "이 계획은 도로 보수에 1300만 달러를 배정한다.", "en", "ko"
    )
    assert [f.severity for f in found] == [Severity.MAJOR], [f.message for f in found]

"""TQ703: a full stop after a lone capital inside a sentence (issue 12).
The omission analysis splits a link's source again at a sentence end the
segmenter kept whole; a full stop after a lone capital counts as one when a
lower-case word stands before it (`от А до Б. Авиокомпаниите`). An
abbreviation's last letter (`the U.N. Security Council`) and an initial
after a name or another initial (`George W. Bush`, `D. K. Arya`) end no
sentence: split there, the first half read as a sentence the translation
left out. The Pompeo sentence and its translation are NTREX-128's (CC BY-SA
4.0)."""

from __future__ import annotations

import pytest

from tests.bilingual.helpers import run
from tqcheck.alignment.omissions import units
from tqcheck.model import Segment
from tqcheck.rules.bilingual.tq703_omitted_sentence import RULE as TQ703

POMPEO = (
    'However, U.S. Secretary of State Mike Pompeo told the U.N. Security Council on Thursday that: "Enforcement '
    "of Security Council sanctions must continue vigorously and without fail until we realize the fully, final, "
    'verified denuclearization."'
)
POMPEO_ZH = "但美国国务卿迈克·蓬佩奥则向联合国表示：“安理会应继续保持制裁力度，直到我们认定朝鲜最终切实实现无核化为止。”"


def _units(text: str) -> list[str]:
    return [text[a:b] for a, b in units(text, [Segment(0, 0, 0, len(text))])]


@pytest.mark.parametrize(
    "text",
    [
        POMPEO,
        'Deputy Inspector General D. K. Arya said, "We have arrested five persons."',
        "President George W. Bush signed the bill on Tuesday.",
    ],
    ids=["abbreviation", "initials", "middle-initial"],
)
def test_an_initial_or_abbreviation_ends_no_sentence(text):
    assert _units(text) == [text]


def test_a_lone_capital_after_a_word_ends_one():
    text = "Полетите са от А до Б. Авиокомпаниите не казват кога."
    assert _units(text) == ["Полетите са от А до Б.", "Авиокомпаниите не казват кога."]


def test_a_sentence_with_an_abbreviation_is_not_reported_left_out():
    assert run(TQ703, POMPEO, POMPEO_ZH, source_lang="en", target_lang="zh-Hans") == []

"""A source sentence that TQ703 reports as omitted is one finding: its
numbers (TQ701), names (TQ702) and quotation marks (TQ707) are not reported
again by the rules that compare the rest of its link with the translation.
Each test fails without that (review 2: the first sentence of an article
dropped, "source number 4 is missing" reported next to the omission)."""

from __future__ import annotations

from tests.bilingual.helpers import run
from tqcheck.rules.bilingual.tq701_number_mismatch import RULE as TQ701
from tqcheck.rules.bilingual.tq702_name_mismatch import RULE as TQ702
from tqcheck.rules.bilingual.tq703_omitted_sentence import RULE as TQ703
from tqcheck.rules.bilingual.tq707_quotation_missing import RULE as TQ707

SECOND_BG = (
    "Д - р Ехуд Ур, професор по медицина в университета „Далхаузи“ в Халифакс, Нова Скотия и председател на "
    "клиничния и научен отдел на Канадската асоциация за диабет, предупреди, че изследването все още е в началото си."
)
SECOND_EN = (
    "Dr Ehud Ur, a professor of medicine at Dalhousie University in Halifax, Nova Scotia and chairman of the "
    "clinical and scientific department of the Canadian Diabetes Association, warned that the study was still "
    "in its infancy."
)
# The first sentence is dropped: the aligner pairs both source sentences
# with the one translated sentence (a 2-1 link), and TQ703 reports the first.
NUMBER_BG = '"Сега имаме мишки на 4 месеца, които преди имаха диабет, но сега нямат, добави той.\n' + SECOND_BG
NAME_BG = "Сега мишките на Бантинг вече нямат диабет, съобщиха изследователите от лабораторията.\n" + SECOND_BG


def test_omission_is_reported():
    # The premise of the tests below: TQ703 sees the omitted sentence.
    for source, lost in ((NUMBER_BG, "Сега имаме мишки"), (NAME_BG, "Бантинг")):
        findings = run(TQ703, source, SECOND_EN)
        assert len(findings) == 1 and lost in findings[0].message


def test_number_of_omitted_sentence_not_reported_again():
    assert run(TQ701, NUMBER_BG, SECOND_EN) == []


def test_quotation_of_omitted_sentence_not_reported_again():
    # („Далхаузи“ in quotation marks is itself a quotation to TQ707.)
    quote_bg = (
        "„Сега имаме мишки на четири месеца, които преди имаха диабет, но сега нямат“, добави той.\n"
        + SECOND_BG.replace("„Далхаузи“", "Далхаузи")
    )
    assert run(TQ703, quote_bg, SECOND_EN)
    assert run(TQ707, quote_bg, SECOND_EN) == []


def test_name_of_omitted_sentence_not_reported_again():
    assert run(TQ702, NAME_BG, SECOND_EN) == []


def test_rest_of_the_link_is_still_checked():
    # Only the omitted sentence is left out: a number or name changed in the
    # sentence that was translated is still reported.
    changed_en = SECOND_EN.replace("Halifax", "Hamilton")
    findings = run(TQ702, NUMBER_BG, changed_en)
    assert run(TQ703, NUMBER_BG, changed_en)
    assert any("Халифакс" in f.message for f in findings)
    number_bg = NUMBER_BG.replace("в началото си", "в началото си, от 3 години")
    number_en = SECOND_EN.replace("in its infancy", "in its infancy, for 5 years")
    assert run(TQ703, number_bg, number_en)
    messages = [f.message for f in run(TQ701, number_bg, number_en)]
    assert any("'5'" in m for m in messages) and not any("4" in m for m in messages)

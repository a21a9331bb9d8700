"""A source sentence that TQ703 reports as omitted is one finding: its
numbers (TQ701), names (TQ702) and quotation marks (TQ707) are not reported
again by the rules that compare the rest of its link with the translation
(review 2: the first sentence of an article dropped, "source number 4 is
missing" reported next to the omission).

Only between findings a report keeps: when TQ703 is not selected (or its
finding is silenced), the omitted sentence's number is reported by TQ701,
as it is not reported at all otherwise (the analysis once ran inside TQ703
even when it was off, and `--select TQ701` said nothing)."""

from __future__ import annotations

import json

from helpers import check_text

from tests.bilingual.helpers import run
from tqcheck.cli import main
from tqcheck.rules.bilingual.tq703_omitted_sentence import RULE as TQ703

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
QUOTE_BG = (
    "„Сега имаме мишки на четири месеца, които преди имаха диабет, но сега нямат“, добави той.\n"
    + SECOND_BG.replace("„Далхаузи“", "Далхаузи")
)  # („Далхаузи“ in quotation marks is itself a quotation to TQ707.)


def reported(select, source, target):
    return [(f.code, f.message) for f in check_text(target, select=select, source=source)]


def test_omission_is_reported():
    # The premise of the tests below: TQ703 sees the omitted sentence.
    for source, lost in ((NUMBER_BG, "Сега имаме мишки"), (NAME_BG, "Бантинг"), (QUOTE_BG, "Сега имаме мишки")):
        findings = run(TQ703, source, SECOND_EN)
        assert len(findings) == 1 and lost in findings[0].message


def test_number_name_and_quotation_of_omitted_sentence_not_reported_again():
    for source, other in ((NUMBER_BG, "TQ701"), (NAME_BG, "TQ702"), (QUOTE_BG, "TQ707")):
        assert [code for code, _ in reported(("TQ",), source, SECOND_EN)] == ["TQ703"]
        assert [code for code, _ in reported(("TQ703", other), source, SECOND_EN)] == ["TQ703"]


def test_without_tq703_the_omitted_sentence_is_reported_by_the_rule_that_sees_it():
    assert [m for _, m in reported(("TQ701",), NUMBER_BG, SECOND_EN)] == [
        "the source number 4 is missing from the translation"
    ]
    assert ["Бантинг" in m for _, m in reported(("TQ702",), NAME_BG, SECOND_EN)] == [True]
    assert [code for code, _ in reported(("TQ707",), QUOTE_BG, SECOND_EN)] == ["TQ707"]
    # Selected but silenced by an inline comment: not reported, so no cover.
    silenced = "<!-- tqcheck: ignore TQ703 -->\n" + SECOND_EN
    found = check_text(silenced, select=("TQ701", "TQ703"), source=NUMBER_BG, fmt="markdown")
    assert [f.code for f in found] == ["TQ701"]


def test_select_tq701_reports_the_lost_number(tmp_path, capsys):
    source = tmp_path / "bg.txt"
    source.write_text(
        "Правителството прие бюджета за следващата година след дълъг дебат в парламента. "
        "Разходите ще са 52 милиарда лева.\n",
        "utf-8",
    )
    target = tmp_path / "en.txt"
    target.write_text("The government adopted next year's budget after a long debate in parliament.\n", "utf-8")

    def check(select):
        out = tmp_path / f"{select}.json"
        main(["check", str(target), "--source", str(source), "--source-lang", "bg", "--select", select,
              "--backtranslation", "off", "--no-baseline", "--format", "json", "-o", str(out)])
        return [(f["code"], f["message"]) for f in json.loads(out.read_text("utf-8"))["documents"][0]["findings"]]

    assert check("TQ701") == [("TQ701", "the source number 52 is missing from the translation")]
    once = check("TQ701,TQ703")
    assert [code for code, _ in once] == ["TQ703"] and "Разходите ще са 52" in once[0][1]
    assert check("TQ") == once


def test_rest_of_the_link_is_still_checked():
    # Only the omitted sentence is left out: a number or name changed in the
    # sentence that was translated is still reported.
    changed_en = SECOND_EN.replace("Halifax", "Hamilton")
    found = reported(("TQ",), NUMBER_BG, changed_en)
    assert "TQ703" in [code for code, _ in found]
    assert any(code == "TQ702" and "Халифакс" in m for code, m in found)
    number_bg = NUMBER_BG.replace("в началото си", "в началото си, от 3 години")
    number_en = SECOND_EN.replace("in its infancy", "in its infancy, for 5 years")
    found = reported(("TQ",), number_bg, number_en)
    assert "TQ703" in [code for code, _ in found]
    numbers = [m for code, m in found if code == "TQ701"]
    assert any("'5'" in m for m in numbers) and not any("4" in m for m in numbers)
    # Without TQ703 the same rule names the omitted sentence's 4 as well.
    alone = [m for _, m in reported(("TQ701",), number_bg, number_en)]
    assert any("'5'" in m and "4" in m for m in alone)

"""A sentence TQ704 reports as added (here inside its neighbour's link) is
the one finding on what it says: its figures, which the source lacks too,
were reported again by TQ701 ('29' is not in the source, '2018' is not in
the source). They still are where TQ704 is not selected. NTREX-128's
sentence (CC BY-SA 4.0), with one of another article's added."""

from __future__ import annotations

from tests.helpers import check_text
from tests.test_rule_independence import ADDED_EN, ADDED_RU


def bilingual(**options) -> list[tuple[str, str]]:
    found = check_text(ADDED_RU, source=ADDED_EN, source_lang="en", target_lang="ru", **options)
    return [(f.code, ADDED_RU[f.start : f.end]) for f in found if f.code.startswith("TQ7")]


def test_an_added_sentence_is_reported_once():
    found = bilingual()
    assert [code for code, _ in found] == ["TQ704"]
    assert found[0][1].startswith("Премьер-министр Великобритании")


def test_its_figures_are_reported_where_tq704_is_not_selected():
    assert bilingual(ignore=("TQ704",)) == [("TQ701", "29"), ("TQ701", "2018")]

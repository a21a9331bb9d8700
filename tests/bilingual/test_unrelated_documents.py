"""Truly unrelated documents (a FLORES-200 excerpt as source, an NTREX-128
excerpt as translation; fixtures/bilingual, CC BY-SA 4.0) must end in a
TQ700 finding and an explicit low-confidence alignment, never in a silent
one-to-one pairing checked as if it were right."""

from __future__ import annotations

import json
from pathlib import Path

from tqcheck.cli import main
from tqcheck.rules.bilingual import RULES
from tests.bilingual.helpers import context

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"


def _text(name: str) -> str:
    return " ".join(line.strip() for line in (FIXTURES / name).read_text("utf-8").splitlines())


def _findings(source: str, target: str):
    ctx = context(source, target)
    return [f for rule in RULES for f in rule.check(rule, ctx)]


def test_unrelated_documents_give_tq700_and_nothing_else():
    found = _findings(_text("flores200-devtest-excerpt.bul"), _text("ntrex128-excerpt.eng"))
    assert [f.code for f in found] == ["TQ700"]
    assert "different documents" in found[0].message or "no partner" in found[0].message


def test_the_real_pairs_are_not_called_unrelated():
    for name in ("flores200-devtest-excerpt", "ntrex128-excerpt"):
        found = _findings(_text(name + ".bul"), _text(name + ".eng"))
        assert "TQ700" not in [f.code for f in found], name


def test_cli_reports_low_confidence_not_a_silent_pairing(capsys, tmp_path):
    source, target = tmp_path / "s.txt", tmp_path / "t.txt"
    source.write_text(_text("flores200-devtest-excerpt.bul") + "\n", encoding="utf-8")
    target.write_text(_text("ntrex128-excerpt.eng") + "\n", encoding="utf-8")
    code = main(["check", "--backtranslation", "off", str(target), "--source", str(source), "--format", "json"])
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert doc["alignment"]["low_confidence"] is True and doc["alignment"]["warnings"]
    codes = [f["code"] for f in doc["findings"] if f["code"].startswith("TQ7")]
    assert codes == ["TQ700"]
    assert code != 0

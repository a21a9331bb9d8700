"""Truly unrelated documents (a FLORES-200 excerpt as source, an NTREX-128
excerpt as translation; fixtures/bilingual, CC BY-SA 4.0) must end in a
TQ700 finding and an explicit low-confidence alignment, never in a silent
one-to-one pairing checked as if it were right."""

from __future__ import annotations

import json
from pathlib import Path

from tests.bilingual.helpers import context
from tqcheck.cli import main
from tqcheck.rules import bilingual_rules

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"


def _text(name: str) -> str:
    return " ".join(line.strip() for line in (FIXTURES / name).read_text("utf-8").splitlines())


def _findings(source: str, target: str):
    ctx = context(source, target)
    return [f for rule in bilingual_rules() for f in rule.check(rule, ctx)]


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


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_tq700_survives_a_first_line_that_must_be_deleted(capsys):
    # Review bug: the seed article opens with site boilerplate ("Last news in
    # Fakti", TQ402 says delete it). TQ700 was anchored on the first sentence,
    # the engine drops findings inside text to be deleted, and a wrong
    # --source ended in notes only, with exit 0.
    for source in ("ntrex128-excerpt.bul", "flores200-devtest-excerpt.bul"):
        code = main([
            "check", "--backtranslation", "off", "--no-baseline", str(SEEDS / "weather-2024-11-28.txt"),
            "--source", str(FIXTURES / source), "--format", "json",
        ])
        doc = json.loads(capsys.readouterr().out)["documents"][0]
        assert doc["alignment"]["low_confidence"] is True, source
        codes = [f["code"] for f in doc["findings"] if f["code"].startswith("TQ7")]
        assert codes == ["TQ700"], source
        assert code == 1, source


def _lines(name: str) -> list[str]:
    return (FIXTURES / name).read_text("utf-8").splitlines()


def test_a_translation_missing_most_sentences_is_an_omission_not_another_document():
    # The first three FLORES sentences translated well, the other five
    # missing: 0.4 times the expected length. The links that exist share
    # numbers and names and their lengths fit, so this is an omission
    # (TQ703 over the untranslated run), not unrelated documents (TQ700).
    bul, eng = _lines("flores200-devtest-excerpt.bul"), _lines("flores200-devtest-excerpt.eng")
    source = " ".join(bul)
    ctx = context(source, " ".join(eng[:3]))
    found = [f for rule in bilingual_rules() for f in rule.check(rule, ctx)]
    codes = [f.code for f in found]
    assert "TQ700" not in codes and not ctx.alignment.low_confidence
    assert "0.4 times the length" in ctx.alignment.warnings[0]
    omitted = [f for f in found if f.code == "TQ703"]
    assert len(omitted) == 1 and "in a row have no translation" in omitted[0].message
    start, end = dict(omitted[0].details)["source"]
    assert source[start:end].startswith(bul[3][:20]) and source[start:end].endswith(bul[7][-20:])


def test_a_short_translation_of_another_document_is_still_tq700():
    # As short against the source as the omission above, but its sentences
    # translate another text: the links are poor, so TQ700 and nothing else.
    for source, target in (
        (_lines("flores200-devtest-excerpt.bul"), _lines("ntrex128-excerpt.eng")[:3]),
        (_lines("ntrex128-excerpt.bul"), _lines("flores200-devtest-excerpt.eng")[:3]),
        (_lines("flores200-devtest-excerpt.bul"), _lines("flores200-devtest-excerpt.eng")[:1] + _lines("ntrex128-excerpt.eng")),
    ):
        found = _findings(" ".join(source), " ".join(target))
        assert [f.code for f in found] == ["TQ700"], target[0]


def test_a_translation_with_added_sentences_reports_them_not_another_document():
    # The reverse: three source sentences, the full eight-sentence
    # translation (2.7 times the expected length). The three pairs are
    # good, so the five extra sentences are additions (TQ704).
    bul, eng = _lines("flores200-devtest-excerpt.bul"), _lines("flores200-devtest-excerpt.eng")
    found = _findings(" ".join(bul[:3]), " ".join(eng))
    codes = [f.code for f in found]
    assert "TQ700" not in codes and codes.count("TQ704") >= 5

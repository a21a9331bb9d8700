"""Bilingual mode through the command line: --source and --pairs feed the
same report, JSON and exit codes as monolingual checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tqcheck.cli import main

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "bilingual"


def run(capsys, *argv):
    code = main(["check", "--backtranslation", "off", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_source_mode_reports_alignment_and_a_changed_number(capsys, tmp_path):
    import re

    eng = (FIX / "flores200-devtest-excerpt.eng").read_text("utf-8").splitlines()
    bul = (FIX / "flores200-devtest-excerpt.bul").read_text("utf-8").splitlines()
    i = next(i for i, line in enumerate(eng) if re.search(r"\b\d{2,}\b", line))
    lines = eng[: i + 1]
    lines[i] = re.sub(r"\b(\d{2,})\b", lambda m: str(int(m.group(1)) + 3), lines[i], count=1)
    target = tmp_path / "t.txt"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = tmp_path / "s.txt"
    source.write_text("\n".join(bul[: i + 1]) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, str(target), "--source", str(source), "--format", "json")
    doc = json.loads(out)["documents"][0]
    assert doc["alignment"]["status"] == "ran" and len(doc["alignment"]["links"]) >= i + 1
    assert doc["source"]["path"] == str(source)
    changed = [f for f in doc["findings"] if f["code"] == "TQ701"]
    assert changed and changed[0]["severity"] == "major"
    assert code == 1


def test_pairs_tsv(capsys):
    code, out, _ = run(capsys, "--pairs", str(FIX / "pairs.tsv"), "--format", "json")
    doc = json.loads(out)["documents"][0]
    assert doc["alignment"]["method"] == "given by the input file"
    assert code == 0


@pytest.mark.parametrize("name", ["bad-columns.tsv", "broken.po", "broken.tmx", "broken.xlf"])
def test_broken_bilingual_files_are_one_line_errors(capsys, name):
    code, _, err = run(capsys, "--pairs", str(FIX / name))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and name in err and "Traceback" not in err


def test_source_and_pairs_together_is_an_error(capsys):
    code, _, err = run(capsys, "x.txt", "--source", "y.txt", "--pairs", str(FIX / "pairs.tsv"))
    assert code == 2 and "either --source or --pairs" in err


def test_no_paths_is_an_error(capsys):
    code, _, err = run(capsys)
    assert code == 2 and "nothing to check" in err

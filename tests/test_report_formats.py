"""The report formats: the JSON schema, the text report, GitHub annotations,
exit codes."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from tqcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "fakti-iraq-militias-disarm.txt")


def run(capsys, *argv):
    code = main(["check", "--backtranslation", "off", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def schema():
    return json.loads(resources.files("tqcheck.data").joinpath("report.schema.json").read_text("utf-8"))


def test_json_report_validates_against_schema(capsys, schema):
    code, out, _ = run(capsys, SEED, "--format", "json")
    report = json.loads(out)
    jsonschema.validate(report, schema)
    assert code == 1  # the seed has major findings


def test_json_spans_are_exact(capsys):
    _, out, _ = run(capsys, SEED, "--format", "json")
    doc = json.loads(out)["documents"][0]
    text = Path(SEED).read_text("utf-8")
    assert doc["findings"]
    for f in doc["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]
        seg = doc["segments"][f["segment_id"]]
        assert seg["start"] <= f["start"] < seg["end"]
    for seg in doc["segments"]:
        assert text[seg["start"] : seg["end"]] == seg["text"]


def test_schema_rejects_a_broken_report(schema):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"schema": "tqcheck-report/1.0", "signature": "", "summary": {}, "documents": []}, schema)


def test_text_report_groups_by_sentence_and_ends_with_summary(capsys):
    code, out, _ = run(capsys, SEED)
    lines = out.rstrip("\n").splitlines()
    assert lines[-1].startswith(tuple(f"{n} finding" for n in range(1000)))
    assert "MQM score" in lines[-1] and "tqcheck:" in lines[-1]
    assert f"{SEED}:1:1: TQ402 major" in out
    assert "\033[" not in out  # no colour when not a terminal
    assert code == 1


def test_colour_when_forced(capsys):
    _, out, _ = run(capsys, SEED, "--color", "always")
    assert "\033[" in out


def test_github_annotations(capsys):
    _, out, _ = run(capsys, SEED, "--format", "github")
    first = out.splitlines()[0]
    assert first.startswith("::error file=") and ",line=1,col=1," in first and "TQ402" in first


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [("never", 0), ("critical", 0), ("major", 1), ("info", 1)],
)
def test_exit_code_follows_fail_on(capsys, fail_on, expected):
    code, _, _ = run(capsys, SEED, "--fail-on", fail_on)
    assert code == expected


def test_select_and_ignore(capsys):
    _, out, _ = run(capsys, SEED, "--format", "json", "--select", "TQ1", "--ignore", "TQ10")
    codes = {f["code"] for f in json.loads(out)["documents"][0]["findings"]}
    assert codes == {"TQ110"}


def test_output_file_written_atomically(tmp_path, capsys):
    target = tmp_path / "report.json"
    code, out, _ = run(capsys, SEED, "--format", "json", "--output", str(target))
    assert out == ""
    assert json.loads(target.read_text("utf-8"))["documents"][0]["path"] == SEED
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_rules_command_lists_and_explains(capsys):
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "TQ101" in listing and "TQ505" in listing
    assert main(["rules", "tq101"]) == 0
    explained = capsys.readouterr().out
    assert "## What it does" in explained and "## Use instead" in explained
    assert main(["rules", "TQ999"]) == 2

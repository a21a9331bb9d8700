"""Baselines are kept per file: an entry accepts a finding in the file it was
recorded for, and nowhere else. Scenarios from the review (a.txt is the
weather seed, b.md the Syrian-crash seed: both start with "Last news in
Fakti", the same sentence with the same finding), plus where the file lives
and how it is rewritten."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tqcheck.baseline import SCHEMA, load_baseline
from tqcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
WEATHER = ROOT / "seeds" / "weather-2024-11-28.txt"
SYRIAN = ROOT / "seeds" / "syrian-crash-police-chase-2024-11-21.txt"


@pytest.fixture()
def project(tmp_path, monkeypatch):
    """A project folder (its tqcheck.toml is where the default baseline
    lives) holding a.txt and b.md, as the current folder."""
    (tmp_path / "tqcheck.toml").write_text("")
    shutil.copy(WEATHER, tmp_path / "a.txt")
    shutil.copy(SYRIAN, tmp_path / "b.md")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def tq(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def findings(capsys, *argv) -> list[tuple[str, str, int]]:
    """(path, code, line) of every finding `check --format json` reports."""
    code, out, err = tq(capsys, "check", "--format", "json", "--backtranslation", "off", "--no-language-check", *argv)
    assert code in (0, 1), err
    report = json.loads(out)
    return sorted((d["path"], f["code"], f["line"]) for d in report["documents"] for f in d["findings"])


def test_the_review_files_share_a_finding(project, capsys):
    """The scenarios below prove something only if a.txt and b.md have a
    finding with the same code, sentence and text."""
    a = {(c, l) for _, c, l in findings(capsys, "--no-baseline", "a.txt")}
    b = {(c, l) for _, c, l in findings(capsys, "--no-baseline", "b.md")}
    assert ("TQ402", 1) in a and ("TQ402", 1) in b


def test_accepting_a_file_accepts_nothing_in_another(project, capsys):
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    assert findings(capsys, "a.txt") == []
    assert findings(capsys, "b.md") == findings(capsys, "--no-baseline", "b.md")


def test_another_file_does_not_use_up_the_entries(project, capsys):
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    code, out, err = tq(capsys, "hook", "run", "b.md", "a.txt")
    assert code == 1, err
    assert "b.md:" in out and "a.txt:" not in out
    assert findings(capsys, "b.md", "a.txt") == findings(capsys, "--no-baseline", "b.md")


def test_a_copy_under_another_name_is_a_new_file(project, capsys):
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    shutil.copy(project / "a.txt", project / "copy.txt")
    code, out, _ = tq(capsys, "hook", "run", "copy.txt")
    assert code == 1 and "copy.txt:" in out and "0 accepted" in out
    # A rename is the same: the new name's findings are new until recorded.
    (project / "a.txt").rename(project / "renamed.txt")
    assert tq(capsys, "hook", "run", "renamed.txt")[0] == 1


def test_moving_a_paragraph_keeps_its_findings_accepted(project, capsys):
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    paragraphs = (project / "a.txt").read_text("utf-8").split("\n\n")
    # The last two paragraphs (both with findings) change places: lines move, sentences do not.
    moved = paragraphs[:-2] + [paragraphs[-1], paragraphs[-2]]
    (project / "a.txt").write_text("\n\n".join(moved), "utf-8")
    assert findings(capsys, "--no-baseline", "a.txt") != []
    assert findings(capsys, "a.txt") == []


def test_entry_paths_are_relative_to_the_baseline_with_forward_slashes(project, capsys, monkeypatch):
    (project / "news").mkdir()
    shutil.copy(WEATHER, project / "news" / "a.txt")
    assert tq(capsys, "baseline", "write", str(project / "news" / "a.txt"))[0] == 0
    baseline = load_baseline(project / "tqcheck-baseline.json")
    assert {e.path for e in baseline.entries} == {"news/a.txt"}
    # Found from other current folders, by other spellings of the path.
    (project / "elsewhere").mkdir()
    monkeypatch.chdir(project / "news")
    assert tq(capsys, "hook", "run", "a.txt")[0] == 0
    monkeypatch.chdir(project / "elsewhere")
    assert tq(capsys, "hook", "run", "../news/a.txt")[0] == 0


def test_standard_input_is_never_accepted(project, capsys, monkeypatch):
    import io

    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    text = (project / "a.txt").read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert tq(capsys, "hook", "run", "-")[0] == 1


def test_rewriting_keeps_other_files_and_drops_deleted_ones(project, capsys):
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    code, _, err = tq(capsys, "baseline", "write", "b.md")
    assert code == 0 and "kept the entries of 1 other file" in err
    path = project / "tqcheck-baseline.json"
    assert {e.path for e in load_baseline(path).entries} == {"a.txt", "b.md"}
    assert findings(capsys, "a.txt", "b.md") == []
    (project / "a.txt").unlink()
    code, _, err = tq(capsys, "baseline", "write", "b.md")
    assert code == 0 and "no longer exist" in err
    assert {e.path for e in load_baseline(path).entries} == {"b.md"}


def test_an_old_format_baseline_is_one_line_telling_to_rewrite_it(project, capsys):
    old = {"schema": "tqcheck-baseline/1", "tool": "tqcheck 0.1.0",
           "entries": [{"code": "TQ402", "sentence": "sha256:0", "context": "x", "count": 1, "path": "a.txt"}]}
    (project / "tqcheck-baseline.json").write_text(json.dumps(old))
    for argv in (["hook", "run", "a.txt"], ["check", "--backtranslation", "off", "a.txt"]):
        code, out, err = tq(capsys, *argv)
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and err.startswith("tqcheck: error: ")
        assert "tqcheck-baseline/1" in err and "tqcheck baseline write" in err
    # ... and `baseline write` replaces it.
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    assert json.loads((project / "tqcheck-baseline.json").read_text())["schema"] == SCHEMA


# --- where the file is -------------------------------------------------------------


def test_a_configured_baseline_not_written_yet_is_no_baseline(project, capsys):
    (project / "tqcheck.toml").write_text('[baseline]\nfile = "review/accepted.json"\n')
    code, out, err = tq(capsys, "hook", "run", "a.txt")
    assert code == 1 and "tqcheck: error" not in err and "blocked" in out
    code, out, err = tq(capsys, "check", "--backtranslation", "off", "a.txt")
    assert code == 1 and err == ""
    # A file named on the command line must exist.
    code, _, err = tq(capsys, "check", "--backtranslation", "off", "--baseline", "review/accepted.json", "a.txt")
    assert code == 2 and "no such baseline" in err


def test_baseline_write_creates_the_configured_folder_inside_the_project(project, capsys):
    (project / "tqcheck.toml").write_text('[baseline]\nfile = "review/2025/accepted.json"\n')
    code, _, err = tq(capsys, "baseline", "write", "a.txt")
    assert code == 0, err
    assert load_baseline(project / "review" / "2025" / "accepted.json").entries
    code, out, err = tq(capsys, "hook", "run", "a.txt")
    assert code == 0 and "from [tool.tqcheck.baseline]" not in out  # the hook's verdict names the file
    assert "review/2025/accepted.json" in out


def test_baseline_write_refuses_a_configured_folder_outside_the_project(project, capsys):
    (project / "tqcheck.toml").write_text('[baseline]\nfile = "../outside/accepted.json"\n')
    code, out, err = tq(capsys, "baseline", "write", "a.txt")
    assert code == 2 and err.count("\n") == 1 and "outside the project" in err
    assert not (project.parent / "outside").exists()
    # An explicit -o never creates folders.
    code, _, err = tq(capsys, "baseline", "write", "-o", "missing/b.json", "a.txt")
    assert code == 2 and "does not exist" in err and not (project / "missing").exists()


def test_the_report_says_where_a_configured_baseline_came_from(project, capsys):
    (project / "tqcheck.toml").write_text('[baseline]\nfile = "accepted.json"\n')
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    code, out, _ = tq(capsys, "check", "--backtranslation", "off", "--no-language-check", "a.txt")
    assert code == 0 and "[tool.tqcheck.baseline]" in out and "--no-baseline" in out


def test_a_file_named_twice_is_recorded_once(project, capsys):
    # Counted twice, the baseline would later accept a new copy of a finding.
    baseline = project / "tqcheck-baseline.json"
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    once = json.loads(baseline.read_text("utf-8"))["entries"]
    assert tq(capsys, "baseline", "write", "--force", "./a.txt", "a.txt")[0] == 0
    assert json.loads(baseline.read_text("utf-8"))["entries"] == once
    with (project / "a.txt").open("a", encoding="utf-8") as f:
        f.write("Apr 12, 2024 06:22 144\n")  # a second dateline: new
    assert ("a.txt", "TQ401") in {(p, c) for p, c, _ in findings(capsys, "a.txt")}


def test_check_reports_a_file_named_twice_once(project, capsys):
    once = findings(capsys, "--no-baseline", "a.txt")
    assert findings(capsys, "--no-baseline", "a.txt", "./a.txt") == once

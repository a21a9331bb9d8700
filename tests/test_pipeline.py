"""`check`, `hook run` and `baseline write` share one pipeline
(tqcheck.pipeline): the same inputs, options and checks give the same
findings, whatever the command."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tqcheck.cli import main
from tqcheck.config import Config
from tqcheck.engine import build_report, check_document
from tqcheck.inputs import read_document
from tqcheck.pipeline import EMPTY_NOTE, Inputs, check_documents

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
BULGARIAN = "Министърът на външните работи заяви, че правителството ще подкрепи плана. Решението беше взето вчера."


def tq(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def check_blocking(capsys, *argv, threshold: str = "major") -> set[tuple[str, int, int, str]]:
    """(path, line, col, code) at or above ``threshold``, as `check --format json` reports them."""
    code, out, err = tq(capsys, "check", "--format", "json", "--backtranslation", "off", *argv)
    assert code in (0, 1), err
    rank = ("info", "minor", "major", "critical")
    return {
        (d["path"], f["line"], f["column"], f["code"])
        for d in json.loads(out)["documents"]
        for f in d["findings"]
        if rank.index(f["severity"]) >= rank.index(threshold)
    }


def hook_blocking(capsys, *argv) -> tuple[int, set[tuple[str, int, int, str]], str]:
    code, out, err = tq(capsys, "hook", "run", *argv)
    found = set()
    for line in out.splitlines()[:-1]:
        path, row, col, rest = line.split(":", 3)
        found.add((path, int(row), int(col), rest.split()[0]))
    return code, found, err


@pytest.fixture()
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tqcheck.toml").write_text("")  # a project of its own: no baseline or config from outside
    shutil.copy(SEED, tmp_path / "seed.txt")
    return tmp_path


@pytest.mark.parametrize(
    ("options", "threshold"),
    [([], "major"), (["--select", "TQ4"], "major"), (["--ignore", "TQ1,TQ401"], "major"), (["--fail-on", "minor"], "minor")],
)
def test_hook_and_check_report_the_same_findings(here, capsys, options, threshold):
    expected = check_blocking(capsys, *options, "seed.txt", threshold=threshold)
    code, found, _ = hook_blocking(capsys, *options, "seed.txt")
    assert found == expected and code == 1
    if "--select" in options:
        assert all(c.startswith("TQ4") for *_, c in found)
    if "--ignore" in options:
        assert not any(c.startswith(("TQ1", "TQ401")) for *_, c in found)


def test_hook_run_reads_other_encodings_and_respects_max_bytes(here, capsys):
    (here / "cp.txt").write_bytes("The minister said „yes“ on Monday.\n".encode("cp1251"))
    code, _, err = tq(capsys, "hook", "run", "cp.txt")
    assert code == 2 and "not valid utf-8" in err
    # Decoded, not merely accepted: the Bulgarian quote marks of the cp1251
    # bytes are found as the characters they are.
    code, out, _ = tq(capsys, "hook", "run", "--encoding", "cp1251", "--fail-on", "minor", "cp.txt")
    assert code == 1 and "TQ101" in out and "„" in out
    code, _, err = tq(capsys, "hook", "run", "--max-bytes", "10", "seed.txt")
    assert code == 2 and "larger than allowed" in err and err.count("\n") == 1


def test_hook_run_checks_the_language_like_check(here, capsys):
    (here / "bg.txt").write_text(BULGARIAN + "\n", "utf-8")
    code, out, err = tq(capsys, "check", "--backtranslation", "off", "bg.txt")
    assert "--target-lang is en" in out
    code, out, err = tq(capsys, "hook", "run", "bg.txt")
    assert "tqcheck: warning: bg.txt: " in err and "--target-lang is en" in err
    assert "--target-lang" not in tq(capsys, "hook", "run", "--no-language-check", "bg.txt")[2]
    assert "--target-lang" not in tq(capsys, "hook", "run", "--target-lang", "bg", "bg.txt")[2]


@pytest.mark.parametrize("content", ["", "  \n\n \t\n", "<p> </p>\n"])
def test_an_empty_document_passes_with_a_note(here, capsys, content):
    name = "empty.html" if "<" in content else "empty.txt"
    (here / name).write_text(content, "utf-8")
    code, out, err = tq(capsys, "check", "--backtranslation", "off", name)
    assert code == 0 and f"note: {EMPTY_NOTE}" in out
    code, out, _ = tq(capsys, "check", "--backtranslation", "off", "--format", "json", name)
    assert EMPTY_NOTE in json.loads(out)["documents"][0]["notes"]
    code, out, err = tq(capsys, "hook", "run", name)
    assert code == 0 and f"tqcheck: note: {name}: {EMPTY_NOTE}" in err and out.startswith("tqcheck: ok:")


def test_a_text_with_words_has_no_empty_note(here, capsys):
    assert EMPTY_NOTE not in tq(capsys, "check", "--backtranslation", "off", "seed.txt")[1]


def test_check_documents_is_the_engine_plus_notes_and_baseline(here):
    config = Config()
    doc = read_document("seed.txt", "en")
    outcome = check_documents(Inputs(documents=(doc,), first="seed.txt"), config, language_check=False)
    plain = build_report([check_document(doc, config)], config)
    assert outcome.report.findings == plain.findings and outcome.baseline is None and outcome.accepted == 0
    assert outcome.input_notes == ((),)


def test_hook_run_staged_from_a_subfolder_uses_the_baseline(tmp_path, capsys, monkeypatch):
    """Staged paths are shown relative to the current folder and key the
    baseline like a path given on the command line."""
    repo = tmp_path / "repo"
    (repo / "news").mkdir(parents=True)
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path)}
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    shutil.copy(SEED, repo / "news" / "a.txt")
    subprocess.run(["git", "add", "news/a.txt"], cwd=repo, check=True, env=env)
    monkeypatch.chdir(repo / "news")
    code, out, _ = tq(capsys, "hook", "run", "--staged")
    assert code == 1 and out.startswith("a.txt:")
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0  # at the repository root: no configuration
    assert (repo / "tqcheck-baseline.json").is_file()
    subprocess.run(["git", "add", "tqcheck-baseline.json"], cwd=repo, check=True, env=env)  # --staged reads the index
    code, out, _ = tq(capsys, "hook", "run", "--staged")
    assert code == 0, out
    monkeypatch.chdir(repo)
    assert tq(capsys, "hook", "run", "--staged")[0] == 0


def test_hook_run_reads_standard_input_through_the_pipeline(here, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    code, found, _ = hook_blocking(capsys, "-")
    assert code == 1 and {p for p, *_ in found} == {"<stdin>"}


def test_hook_run_on_standard_input_names_no_baseline(here, capsys, monkeypatch):
    # Standard input is never baselined, so the verdict must not suggest it was.
    assert tq(capsys, "baseline", "write", "seed.txt")[0] == 0
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    code, out, _ = tq(capsys, "hook", "run", "-")
    assert code == 1
    assert "baseline" not in out.splitlines()[-1]  # neither "accepted by" nor "accept them with"
    code, out, _ = tq(capsys, "hook", "run", "seed.txt")
    assert code == 0 and "accepted by baseline" in out


def test_hook_run_with_no_files_says_so(here, capsys):
    code, out, err = tq(capsys, "hook", "run")
    assert code == 0 and out == ""
    assert err.strip() == "tqcheck: note: no files to check"

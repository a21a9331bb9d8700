"""The files a command writes (`check -o/--html`, `baseline write -o`): a
regular file is replaced atomically; anything else (a FIFO, a device node, a
link) is written through, never replaced by a regular file; `-` is standard
output; the inputs and the configuration in use are never overwritten; and a
write that fails is one line and exit 2."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from tqcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
CHECK = ["check", "--backtranslation", "off", "--no-baseline", "--no-language-check"]


@pytest.fixture()
def here(tmp_path, monkeypatch):
    """A project of its own as the current folder, with a.txt to check."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tqcheck.toml").write_text("")
    (tmp_path / "a.txt").write_text("The price rose  sharply today.\n", "utf-8")
    return tmp_path


def tq(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(capsys, *argv) -> str:
    code, out, err = tq(capsys, *argv)
    assert code == 2, (code, out, err)
    assert len(err.strip().splitlines()) == 1 and err.startswith("tqcheck: error: "), err
    return err.strip()


def read_fifo_in_background(path: Path) -> tuple[threading.Thread, dict[str, bytes]]:
    got: dict[str, bytes] = {}

    def read() -> None:
        with open(path, "rb") as fifo:  # blocks until a writer opens it
            got["data"] = fifo.read()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, got


# --- what is written through, what is replaced ------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_written_through_and_stays_a_fifo(here, capsys):
    expected = tq(capsys, *CHECK, "a.txt")[1]
    assert "TQ501" in expected
    os.mkfifo(here / "pipe")
    reader, got = read_fifo_in_background(here / "pipe")
    code, out, err = tq(capsys, *CHECK, "a.txt", "-o", "pipe")
    reader.join(10)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(here / "pipe").st_mode)
    assert got.get("data", b"").decode("utf-8") == expected and out == ""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_html_and_baseline_write_go_through_a_fifo_too(here, capsys):
    os.mkfifo(here / "pipe")
    reader, got = read_fifo_in_background(here / "pipe")
    assert tq(capsys, *CHECK, "a.txt", "--html", "pipe")[0] == 0
    reader.join(10)
    assert stat.S_ISFIFO(os.lstat(here / "pipe").st_mode) and got["data"].startswith(b"<!DOCTYPE html>")
    reader, got = read_fifo_in_background(here / "pipe")
    code, _, err = tq(capsys, "baseline", "write", "--force", "-o", "pipe", "a.txt")
    reader.join(10)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(here / "pipe").st_mode) and b'"schema": "tqcheck-baseline/2"' in got["data"]


def test_a_link_stays_a_link_and_its_file_gets_the_report(here, capsys):
    (here / "reports").mkdir()
    (here / "reports" / "r.txt").write_text("old\n")
    os.symlink("reports/r.txt", here / "latest.txt")
    expected = tq(capsys, *CHECK, "a.txt")[1]
    assert tq(capsys, *CHECK, "a.txt", "-o", "latest.txt")[0] == 0
    assert (here / "latest.txt").is_symlink()
    assert (here / "reports" / "r.txt").read_text("utf-8") == expected


def test_a_regular_file_is_replaced_whole(here, capsys):
    (here / "r.txt").write_text("x" * 100_000)
    expected = tq(capsys, *CHECK, "a.txt")[1]
    assert tq(capsys, *CHECK, "a.txt", "-o", "r.txt")[0] == 0
    assert (here / "r.txt").read_text("utf-8") == expected
    assert sorted(p.name for p in here.iterdir()) == ["a.txt", "r.txt", "tqcheck.toml"]  # no temporary file left


def test_device_nodes_are_written_through_never_replaced(here, capsys):
    """As root, replacing /dev/null with a regular file would break the
    system: the decision is checked before anything is written."""
    from tqcheck.commands.output import replaces_atomically

    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    assert not replaces_atomically("/dev/null") and not replaces_atomically("/dev/stdout")
    assert replaces_atomically(str(here / "new.txt")) and replaces_atomically(str(here / "a.txt"))
    before = os.stat("/dev/null")
    assert tq(capsys, *CHECK, "a.txt", "-o", "/dev/null")[0] == 0
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


def test_a_write_that_fails_is_one_line(here, capsys):
    from tqcheck.commands.output import replaces_atomically

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    assert not replaces_atomically("/dev/full")
    line = one_line_error(capsys, *CHECK, "a.txt", "-o", "/dev/full")
    assert "/dev/full" in line and "cannot write" in line
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


# --- `-` is standard output ------------------------------------------------------------------


def test_dash_is_standard_output(here, capsys):
    expected = tq(capsys, *CHECK, "a.txt")[1]
    code, out, _ = tq(capsys, *CHECK, "a.txt", "-o", "-")
    assert (code, out) == (0, expected)
    assert not (here / "-").exists()
    code, out, _ = tq(capsys, *CHECK, "a.txt", "--html", "-", "-o", "r.txt")
    assert code == 0 and out.startswith("<!DOCTYPE html>") and (here / "r.txt").read_text("utf-8") == expected
    assert not (here / "-").exists()


def test_two_reports_on_standard_output_are_refused(here, capsys):
    for argv in (["--html", "-"], ["--html", "-", "-o", "-"]):
        assert "standard output" in one_line_error(capsys, *CHECK, "a.txt", *argv)
    assert not (here / "-").exists()


# --- what is never overwritten ------------------------------------------------------------


@pytest.mark.parametrize("flag", ["-o", "--html"])
def test_the_configuration_in_use_is_never_overwritten(tmp_path, monkeypatch, capsys, flag):
    monkeypatch.chdir(tmp_path)
    config = '[tool.tqcheck]\nfail-on = "critical"\n'
    (tmp_path / "pyproject.toml").write_text(config)
    (tmp_path / "a.txt").write_text("The price rose  sharply today.\n", "utf-8")
    line = one_line_error(capsys, *CHECK, "a.txt", flag, "pyproject.toml")
    assert "configuration" in line and "pyproject.toml" in line
    assert (tmp_path / "pyproject.toml").read_text() == config
    # Named with --config, and through another spelling of the path.
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "tq.toml").write_text('fail-on = "critical"\n')
    one_line_error(capsys, *CHECK, "--config", "sub/tq.toml", "a.txt", flag, "sub/../sub/tq.toml")
    assert (tmp_path / "sub" / "tq.toml").read_text() == 'fail-on = "critical"\n'


@pytest.mark.parametrize("flag", ["-o", "--html"])
@pytest.mark.parametrize("named", [True, False])
def test_the_baseline_in_use_is_never_overwritten(here, capsys, flag, named):
    """The baseline the run reads (named, or found beside the configuration)
    is what makes a reviewed article pass: a report never replaces it."""
    assert tq(capsys, "baseline", "write", "a.txt")[0] == 0
    baseline = (here / "tqcheck-baseline.json").read_text("utf-8")
    args = ["check", "--backtranslation", "off", "--no-language-check", "a.txt", flag, "sub/../tqcheck-baseline.json"]
    (here / "sub").mkdir()
    line = one_line_error(capsys, *args, *(["--baseline", "tqcheck-baseline.json"] if named else []))
    assert "baseline" in line and "tqcheck-baseline.json" in line
    assert (here / "tqcheck-baseline.json").read_text("utf-8") == baseline
    # With --no-baseline the file is not in use: the user's choice.
    assert tq(capsys, *args, "--no-baseline")[0] == 0
    assert (here / "tqcheck-baseline.json").read_text("utf-8") != baseline


def test_baseline_write_never_overwrites_the_configuration_even_with_force(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tqcheck.toml").write_text('fail-on = "minor"\n')
    (tmp_path / "a.txt").write_text("The price rose  sharply today.\n", "utf-8")
    assert "configuration" in one_line_error(capsys, "baseline", "write", "--force", "-o", "tqcheck.toml", "a.txt")
    assert (tmp_path / "tqcheck.toml").read_text() == 'fail-on = "minor"\n'


def test_a_pyproject_without_tqcheck_settings_is_not_the_configuration(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (tmp_path / "a.txt").write_text("The price rose  sharply today.\n", "utf-8")
    assert tq(capsys, *CHECK, "a.txt", "-o", "pyproject.toml")[0] == 0  # the user's choice: no configuration read it
    assert "TQ501" in (tmp_path / "pyproject.toml").read_text("utf-8")


# --- folders that cannot be written ---------------------------------------------------------


def test_a_folder_that_cannot_be_written_is_one_line(here, capsys, monkeypatch):
    import tempfile

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    line = one_line_error(capsys, *CHECK, "a.txt", "-o", "r.txt")
    assert "r.txt" in line and "Permission denied" in line
    line = one_line_error(capsys, "baseline", "write", "-o", "b.json", "a.txt")
    assert "b.json" in line and "Permission denied" in line


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into any folder")
def test_a_read_only_folder_is_one_line(here, capsys):
    (here / "ro").mkdir()
    (here / "ro").chmod(0o555)
    try:
        line = one_line_error(capsys, *CHECK, "a.txt", "-o", "ro/r.txt")
    finally:
        (here / "ro").chmod(0o755)
    assert "ro/r.txt" in line and not (here / "ro" / "r.txt").exists()

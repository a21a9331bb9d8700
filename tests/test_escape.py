"""Terminal safety: input text reaches the text and GitHub reports with its
control characters and bidi controls escaped ("Trojan Source"), and the
JSON report with them written as \\u escapes (the same values)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tqcheck.cli import main
from tqcheck.display import printable

ROOT = Path(__file__).resolve().parent.parent
ESCAPES = ROOT / "fixtures" / "escape-sequences.txt"

# What must never reach a terminal raw: C0 except tab and the line breaks a
# report writes itself, DEL, C1, bidi embedding/override/isolate controls.
UNSAFE = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def run(capsys, *argv):
    code = main(["check", "--backtranslation", "off", "--no-baseline", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),
        ("\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"),
        ("a\x7fb\x9bc", "a\\x7fb\\x9bc"),  # DEL, and C1 CSI (an 8-bit escape)
        ("x\u202ey\u2066z\u2069", "x\\u202ey\\u2066z\\u2069"),
        ("line\nbreak\r", "line\\x0abreak\\x0d"),
        ("tab\tstays", "tab\tstays"),
        ("Министър „цитат“ ␣ 😀 \u200f", "Министър „цитат“ ␣ 😀 \u200f"),  # text, marks and all, untouched
    ],
)
def test_printable_escapes_controls_and_bidi_overrides_only(raw, shown):
    assert printable(raw) == shown


def test_printable_keeps_what_the_caller_asks_for():
    assert printable("a\nb\x1b", keep="\n") == "a\nb\\x1b"


def test_text_report_shows_escape_sequences_escaped(capsys):
    code, out, _ = run(capsys, str(ESCAPES))
    assert not UNSAFE.search(out), repr(out)
    assert "\\x1b[2J" in out and "\\x1b]0;pwned\\x07" in out  # visible, so the reader knows they are there
    assert "TQ201" in out  # the sentence is still checked


def test_text_report_escapes_bidi_overrides_and_controls_in_paths(capsys, tmp_path):
    name = tmp_path / "a\x1b[2Jb.txt"
    name.write_text("The official cabinet \u202emet\u202c, reported BNT.\n", "utf-8")
    _, out, _ = run(capsys, str(name))
    assert not UNSAFE.search(out), repr(out)
    assert "a\\x1b[2Jb.txt:1:5: TQ201" in out
    assert "\\u202emet\\u202c" in out


def test_github_annotations_carry_no_control_characters(capsys, tmp_path):
    # The job log is a terminal too; the file name is the input here.
    name = tmp_path / "a\x1b]0;pwned\x07b.txt"
    name.write_bytes(ESCAPES.read_bytes())
    _, out, _ = run(capsys, str(name), "--format", "github")
    assert out.startswith("::error file=")
    assert not UNSAFE.search(out), repr(out)
    assert "a\\x1b]0;pwned\\x07b.txt" in out


def test_json_escapes_them_and_keeps_the_values(capsys, tmp_path):
    path = tmp_path / "bidi.txt"
    text = "The official cabinet \u202emet\x9b\x7f\u2066, reported BNT.\n"
    path.write_text(text, "utf-8")
    _, out, _ = run(capsys, str(path), "--format", "json")
    assert not UNSAFE.search(out), repr(out)
    assert "\\u202e" in out and "\\u009b" in out
    doc = json.loads(out)["documents"][0]
    assert doc["segments"][0]["text"] == text.strip()  # the same characters after parsing
    for f in doc["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]


def test_hook_output_and_notes_carry_no_control_characters(capsys, tmp_path):
    # `hook run` prints blocking findings to a terminal (or a git client's
    # log): the flagged text, the path and the notes must come out escaped.
    name = tmp_path / "a\x1b[2Jb.txt"
    headline = "Iraqi militias \u202eagree\u202c to \x1b]0;pwned\x07disarm"
    name.write_text(f"{headline}\nThe official cabinet met today.\n{headline}  - 1\n", "utf-8")
    code = main(["hook", "run", "--backtranslation", "off", "--no-baseline", str(name)])
    out, err = capsys.readouterr()
    assert code == 1, out
    assert not UNSAFE.search(out), repr(out)
    assert not UNSAFE.search(err), repr(err)
    assert "a\\x1b[2Jb.txt:" in out
    assert "\\u202eagree\\u202c to \\x1b]0;pwned\\x07disarm" in out  # the repeated headline, flagged


def test_error_lines_escape_control_characters_in_paths(capsys, tmp_path):
    missing = tmp_path / "no\x1b[2Jpe.txt"
    code = main(["check", "--backtranslation", "off", str(missing)])
    err = capsys.readouterr().err
    assert code == 2
    assert not UNSAFE.search(err), repr(err)
    assert "no\\x1b[2Jpe.txt" in err and err.count("\n") == 1

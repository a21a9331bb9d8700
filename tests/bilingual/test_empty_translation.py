"""An empty translation of a source with text leaves out everything: TQ703
reports it once, at the start of the translation (an empty span 0..0, as
the translation has no sentence), and every report format shows it. It
used to exit 0 with no finding."""

from __future__ import annotations

import json

import pytest

from tqcheck.cli import main

SOURCE = "Правителството прие бюджета. Разходите ще са 52 милиарда лева.\n"


@pytest.fixture
def files(tmp_path):
    source = tmp_path / "source.txt"
    source.write_text(SOURCE, "utf-8")
    return tmp_path, source


def _check(tmp_path, target, source, *extra):
    return main(["check", str(target), "--source", str(source), "--source-lang", "bg",
                 "--backtranslation", "off", "--no-baseline", *extra])


@pytest.mark.parametrize("content", ["", "\n\n", "<p></p>\n"], ids=["empty", "blank lines", "markup only"])
def test_empty_translation_is_one_omission_of_the_whole_source(files, content):
    tmp_path, source = files
    target = tmp_path / ("empty.html" if "<" in content else "empty.txt")
    target.write_text(content, "utf-8")
    out = tmp_path / "report.json"
    assert _check(tmp_path, target, source, "--format", "json", "-o", str(out)) == 1
    (finding,) = json.loads(out.read_text("utf-8"))["documents"][0]["findings"]
    assert finding["code"] == "TQ703" and finding["severity"] == "major"
    assert (finding["start"], finding["end"], finding["line"], finding["column"]) == (0, 0, 1, 1)
    assert "the translation is empty" in finding["message"] and "Разходите ще са 52" in finding["message"]
    start, end = finding["details"]["source"]
    assert SOURCE[start:end] == SOURCE.strip()


def test_every_format_shows_it(files, capsys):
    tmp_path, source = files
    target = tmp_path / "empty.txt"
    target.write_text("", "utf-8")
    assert _check(tmp_path, target, source, "--format", "text") == 1
    assert "TQ703 major" in capsys.readouterr().out
    assert _check(tmp_path, target, source, "--format", "github") == 1
    assert "title=TQ703 major::the translation is empty" in capsys.readouterr().out
    page = tmp_path / "report.html"
    assert _check(tmp_path, target, source, "--format", "json", "--html", str(page)) == 1
    assert "the translation is empty" in page.read_text("utf-8")


def test_an_empty_source_and_an_empty_translation_is_nothing_to_report(files):
    tmp_path, _ = files
    source, target = tmp_path / "s.txt", tmp_path / "t.txt"
    source.write_text("", "utf-8")
    target.write_text("", "utf-8")
    assert _check(tmp_path, target, source) == 0

"""The terminal report: a window around each span with the span underlined,
cut to the width; notes said once per run; --quiet and --statistics. All
through ``render(report, options)``, a pure function."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck.cli import main
from tqcheck.config import Config
from tqcheck.display import columns
from tqcheck.engine import build_report, check_document, summarise
from tqcheck.formats import RenderOptions, RuleText
from tqcheck.formats.text import render, statistics, window
from tqcheck.inputs import read_document
from tqcheck.model import Category, Document, DocumentResult, Finding, Report, Segment, Severity

ROOT = Path(__file__).resolve().parent.parent
FAKTI = sorted((ROOT / "fixtures" / "fakti-dev").glob("*.txt"))


def report_of(text: str, findings: list[Finding], path: str = "a.txt", notes=()) -> Report:
    result = DocumentResult(
        document=Document(text=text, path=path, language="en"),
        segments=(Segment(0, 0, 0, len(text)),),
        findings=tuple(findings),
        summary=summarise(findings, len(text.split())),
        notes=tuple(notes),
    )
    return build_report([result], Config())


def finding(start: int, end: int, code="TQ201", severity=Severity.MINOR, suggestion=None) -> Finding:
    return Finding(code, severity, Category.UNIDIOMATIC, 0, start, end, f"{code} says so", suggestion)


def caret_span(out: str, code: str) -> tuple[str, str]:
    """(the shown line's text after the gutter, the underlined part of it)."""
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if f" {code} " in line)
    shown, carets = lines[at + 2], lines[at + 3]
    bar = shown.index("│") + 2
    first, last = carets.index("^"), carets.rindex("^") + 1
    return shown[bar:], shown[first:last]


def test_a_span_far_along_a_long_line_is_shown_and_underlined():
    # The old report cut the sentence at 100 characters: a finding at column 317 was not visible.
    text = ("Filler words go on and on here. " * 10) + "The official cabinet met." + (" More words." * 20)
    start = text.index("official cabinet")
    out = render(report_of(text, [finding(start, start + 16)]), RenderOptions(width=80))
    shown, underlined = caret_span(out, "TQ201")
    assert underlined == "official cabinet"
    assert shown.startswith("…") and shown.endswith("…")  # cut on both sides, and says so
    assert f"a.txt:1:{start + 1}: TQ201" in out
    assert all(columns(line) <= 80 for line in out.splitlines()[:-1])


@pytest.mark.parametrize("width", [40, 60, 100, 160])
def test_every_window_fits_the_width_and_underlines_the_span_exactly(width):
    config = Config()
    docs = [read_document(str(p), "en") for p in FAKTI]
    report = build_report([check_document(d, config) for d in docs], config)
    out = render(report, RenderOptions(width=width, wrap=True))
    lines = out.splitlines()
    for line in lines[:-1]:  # the last line is the run's, kept whole for scripts
        if not line.startswith(str(ROOT.name)) and "fixtures/" not in line:  # a path is never broken
            assert columns(line) <= width, line
    # Each underline sits under the finding's own text (as far as the window shows it).
    checked = 0
    for result in report.results:
        for f in result.findings:
            win = window(result.document, f.start, f.end, width)
            span = result.document.text[f.start : f.end].split("\n")[0]
            shown = by_columns(win.text, win.indent, win.indent + win.length)
            if span and not span.isspace() and not shown.endswith("…"):
                assert shown == span, (f.code, shown, span)
                checked += 1
    assert checked > len(report.findings) / 2


def by_columns(text: str, start: int, end: int) -> str:
    out, col = [], 0
    for c in text:
        if start <= col < end:
            out.append(c)
        col += columns(c)
    return "".join(out)


def test_wide_characters_and_escapes_keep_the_carets_aligned():
    text = "中文中文 \x1b[2J then the official cabinet met."
    start = text.index("official")
    win = window(Document(text=text, path="a", language="en"), start, start + 8, 100)
    assert win.text.startswith("中文中文 \\x1b[2J then ")
    assert columns(win.text[: win.text.index("official")]) == win.indent and win.length == 8


def test_a_span_over_several_lines_marks_the_first_and_says_where_it_ends():
    text = "Start here and\ncontinue there\nand end here.\n"
    out = render(report_of(text, [finding(6, 36)]), RenderOptions())
    assert "(continues to line 3)" in out
    _, underlined = caret_span(out, "TQ201")
    assert underlined == "here and"


def test_an_insertion_point_gets_one_caret():
    text = "A sentence without its full stop"
    out = render(report_of(text, [finding(len(text), len(text), "TQ505")]), RenderOptions())
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if " TQ505 " in line)
    assert lines[at + 3].count("^") == 1


def test_suggestion_and_rule_pointer():
    text = "The official cabinet met."
    out = render(report_of(text, [finding(4, 20, suggestion="caretaker cabinet")]), RenderOptions())
    assert "= suggestion: caretaker cabinet" in out
    assert out.count("tqcheck rules CODE") == 1 and "(TQ201)" in out


def test_messages_wrap_on_a_terminal_and_stay_one_line_elsewhere():
    text = "The official cabinet met."
    long = Finding("TQ201", Severity.MINOR, Category.UNIDIOMATIC, 0, 4, 20, "word " * 40)
    piped = render(report_of(text, [long]), RenderOptions(width=60))
    assert any(line.startswith("a.txt:1:5: TQ201 minor word") and columns(line) > 60 for line in piped.splitlines())
    wrapped = render(report_of(text, [long]), RenderOptions(width=60, wrap=True))
    assert all(columns(line) <= 60 for line in wrapped.splitlines()[:-1])


def test_a_note_shared_by_several_files_is_said_once(capsys, tmp_path):
    # e.g. "back-translation skipped: ..." used to be printed once per file.
    results = []
    for name in ("a.txt", "b.txt", "c.txt"):
        report = report_of("Fine text.", [], path=name, notes=("back-translation skipped: no model", f"own {name}"))
        results.append(report.results[0])
    out = render(build_report(results, Config()), RenderOptions())
    assert out.count("back-translation skipped: no model") == 1
    assert out.index("back-translation skipped") < out.index("b.txt")  # said under the first file
    assert all(out.count(f"own {name}") == 1 for name in ("a.txt", "b.txt", "c.txt"))


def test_quiet_shows_only_what_decides_the_verdict(capsys):
    seed = str(ROOT / "seeds" / "fakti-iraq-militias-disarm.txt")
    assert main(["check", seed, "--backtranslation", "off", "--no-baseline", "--quiet"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert all(" major " in line or " critical " in line for line in lines[:-1]) and len(lines) > 1
    assert lines[-1].startswith(tuple(f"{n} finding" for n in range(1000))) and "verdict fail" in lines[-1]
    assert main(["check", seed, "--backtranslation", "off", "--no-baseline", "-q", "--fail-on", "never"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and "verdict pass (fail-on never)" in lines[0]


def test_quiet_still_says_what_was_skipped():
    results = [report_of("Fine text.", [], path=p, notes=("back-translation: skipped (no model)",)).results[0]
               for p in ("a.txt", "b.txt")]
    lines = render(build_report(results, Config()), RenderOptions(quiet=True)).splitlines()
    assert lines[0] == "note: back-translation: skipped (no model)" and len(lines) == 2


@pytest.mark.parametrize("flag", ["--statistics", "--quiet"])
def test_text_report_flags_with_another_format_are_refused(capsys, flag):
    seed = str(ROOT / "seeds" / "fakti-iraq-militias-disarm.txt")
    assert main(["check", seed, "--backtranslation", "off", flag, "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert flag in err and len(err.strip().splitlines()) == 1


def test_statistics_count_per_rule_with_names(capsys):
    seed = str(ROOT / "seeds" / "fakti-iraq-militias-disarm.txt")
    assert main(["check", seed, "--backtranslation", "off", "--no-baseline", "--format", "json"]) == 1
    import json

    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    main(["check", seed, "--backtranslation", "off", "--no-baseline", "--statistics"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["count", "code", "severity", "name"]
    rows = [line.split(maxsplit=3) for line in lines[1:-2]]
    assert {code: int(n) for n, code, *_ in rows} == {
        code: sum(f["code"] == code for f in findings) for code in {f["code"] for f in findings}
    }
    assert [int(r[0]) for r in rows] == sorted((int(r[0]) for r in rows), reverse=True)
    assert all(len(r) == 4 and r[3] for r in rows)  # every rule named


def test_statistics_is_a_pure_function():
    fs = [finding(0, 1, "TQ501"), finding(1, 2, "TQ501", Severity.MAJOR), finding(2, 3, "TQ101")]
    assert statistics(fs, {"TQ501": "double space"}) == [(2, "TQ501", "minor/major", "double space"), (1, "TQ101", "minor", "")]
    out = render(report_of("abc", fs), RenderOptions(statistics=True, rules=(RuleText("TQ501", "double space", ""),)))
    assert "double space" in out and "^" not in out


@pytest.mark.parametrize("size", [1, 2, 3, 4096])
def test_lines_joined_a_batch_at_a_time_join_to_the_same_text(size):
    # A document's lines are kept a batch to a string (TextPiece.after);
    # the report joins them by line breaks as it would the lines.
    from tqcheck.formats.text import _batched

    for lines in ([], [""], ["", ""], ["a", "", "b", "c", "", ""], ["x"] * 9):
        assert "\n".join(_batched(lines, size)) == "\n".join(lines)
        assert bool(_batched(lines, size)) == bool(lines)


def test_columns_of_narrow_and_wide_text_as_counted_a_character_at_a_time():
    """display.columns/head_columns/tail_columns take a short cut for text
    whose every character is one column wide; the same answers as the
    character loop, for every width."""
    from tqcheck import display

    def head(s, width):
        used = 0
        for i, c in enumerate(s):
            used += display.char_columns(c)
            if used > width:
                return s[:i]
        return s

    def tail(s, width):
        used = 0
        for i in range(len(s) - 1, -1, -1):
            used += display.char_columns(s[i])
            if used > width:
                return s[i + 1:]
        return s

    texts = ["", "plain ascii", "Café – „quoted“ — done…", "e\u0301 combining", "zero\u200bwidth", "全角 wide",
             "\u00ad soft", "ÿĀ\u02ff", "mixed 全 and „q“ e\u0301"]
    for s in texts:
        assert display.columns(s) == sum(display.char_columns(c) for c in s), s
        for width in range(-2, len(s) + 3):
            assert display.head_columns(s, width) == head(s, width), (s, width)
            assert display.tail_columns(s, width) == tail(s, width), (s, width)

"""Fixes: which rules' suggestions are fixes (rules/fixability.py), how the
engine makes the fixes of a document agree (engine.resolve_fixes), and
``tqcheck check --fix / --unsafe-fixes / --diff`` on real articles and on
bad input. Expectations come from re-checking the fixed text, never from
fixed counts."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import stat
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import pytest
from helpers import check_text, document

from tqcheck.cli import main
from tqcheck.config import Config
from tqcheck.engine import check_document, resolve_fixes
from tqcheck.fixes import clashes, fix_document, lookalikes_only, removal_edit, unified_diff, word_edits
from tqcheck.model import SAFE, UNSAFE, Category, Edit, Finding, Fix, Severity, apply_edits, fixed_text
from tqcheck.rules import REGISTRY, all_rules
from tqcheck.rules.fixability import NONE, TABLE

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
DEV = sorted((ROOT / "fixtures" / "fakti-dev").glob("*.txt"))
ARTICLES = [SEED, *DEV]
# Markup, hard-wrapped text, hostile input, UTF-16: --fix must hold there too.
OTHER_FIXTURES = sorted(p for p in (ROOT / "fixtures").iterdir() if p.suffix in (".txt", ".md", ".html"))
REUTERS = "This was revealed by ten commanders and Iraqi officials to “Reuters“, reports News.bg.\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["check", "--backtranslation", "off", "--no-baseline", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def json_document(capsys, path: Path, *argv: str) -> dict:
    code, out, err = run(capsys, str(path), "--format", "json", *argv)
    assert code in (0, 1), err
    return json.loads(out)["documents"][0]


def finding(code: str, start: int, end: int, suggestion: str, fix: Fix) -> Finding:
    return Finding(code, Severity.MINOR, Category.PUNCTUATION, 0, start, end, "m", suggestion, fix=fix)


def all_edits(findings) -> list[Edit]:
    return [e for f in findings if f.fix is not None for e in f.fix.edits]


# --- the table ------------------------------------------------------------------------


def test_every_registered_rule_has_a_fixability_entry():
    missing = [code for code, _ in REGISTRY if code not in TABLE]
    assert missing == []
    # and the rules other helpers are adding now
    assert {"TQ107", "TQ506", "TQ507", "TQ709", "TQ801", "TQ802"} <= set(TABLE)


def test_each_rule_carries_its_entry_by_default():
    for rule in all_rules():
        assert rule.fix is TABLE[rule.code]


def test_rules_without_a_suggestion_have_no_fix():
    # A rule whose findings never carry a suggestion cannot be fixable.
    for code in ("TQ104", "TQ304", "TQ700", "TQ701", "TQ703", "TQ704", "TQ705", "TQ706", "TQ801", "TQ901"):
        assert TABLE[code].applicability == NONE


def test_advice_is_no_fix():
    # TQ301 asks to translate common words: no suggestion, so no fix.
    found = check_text("The so-called съдебна реформа is stalled.\n", select=("TQ301",))
    assert found and all(f.fix is None for f in found)


# --- edits ----------------------------------------------------------------------------


def test_clashes():
    assert clashes(Edit(0, 2, "x"), Edit(1, 3, "y"))
    assert clashes(Edit(2, 2, "x"), Edit(2, 2, "y"))  # two insertions at one point: order unknown
    assert not clashes(Edit(0, 2, "x"), Edit(2, 4, "y"))
    assert not clashes(Edit(2, 2, "x"), Edit(2, 4, "y"))  # an insertion before a replacement
    assert not clashes(Edit(0, 2, "x"), Edit(2, 2, "y"))


def test_word_edits_leave_out_what_stays():
    old = "revealed by ten officials to “Reuters“"
    new = "Ten officials told “Reuters“"
    edits = word_edits(100, old, new)
    assert apply_edits("." * 100 + old, edits) == "." * 100 + new
    kept = old.index("“Reuters“") + 100
    assert not any(e.start < kept + 9 and kept < e.end for e in edits)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_removed_line_leaves_no_empty_line(newline):
    lines = ["Last news in Fakti", "", "Title", "", "Apr 7, 2025 09:34 144", "", "Body.", "", "Tail 12"]
    text = newline.join(lines)

    def without(line: str) -> str:
        start = text.index(line)
        return apply_edits(text, [removal_edit(text, start, start + len(line))])

    assert without("Last news in Fakti") == newline.join(lines[2:])
    assert without("Apr 7, 2025 09:34 144") == newline.join(lines[:4] + lines[6:])
    assert without("Tail 12") == newline.join(lines[:7])  # the last line: the break before it goes
    # part of a line: with the blanks after it
    assert apply_edits("One. Two. Three.", [removal_edit("One. Two. Three.", 5, 9)]) == "One. Three."
    assert apply_edits("One. Two.", [removal_edit("One. Two.", 5, 9)]) == "One."


@pytest.mark.parametrize("name,text,fixed", [
    ("a.md", "# Last news in Fakti\n\nThe talks - about peace - went on.\n",
     "The talks – about peace – went on.\n"),
    ("a.html", "<body>\n<p>Last news in Fakti</p>\n<p>The talks - about peace - went on.</p>\n</body>\n",
     "<body>\n<p>The talks – about peace – went on.</p>\n</body>\n"),
])
def test_a_removed_line_takes_its_markup_along(capsys, tmp_path, name, text, fixed):
    target = tmp_path / name
    target.write_text(text, "utf-8")
    run(capsys, str(target), "--fix")
    assert target.read_text("utf-8") == fixed


def test_lookalikes():
    assert lookalikes_only("Sofi\u0430", "Sofia")
    assert not lookalikes_only("Sofi\u044f", "Sofiya")


def test_mixed_script_fix_is_safe_for_look_alike_letters_only():
    lookalike = check_text("The minister arrived in Sofi\u0430 on Monday.\n", select=("TQ302",))
    other = check_text("The minister arrived in Sofi\u044f on Monday.\n", select=("TQ302",))
    assert [f.fix.applicability for f in lookalike] == [SAFE]
    assert [f.fix.applicability for f in other if f.fix] == [UNSAFE]


# --- overlapping findings: one coherent edit ----------------------------------------------


def test_reuters_gets_fixes_that_agree():
    findings = check_text(REUTERS)
    codes = {f.code for f in findings}
    assert {"TQ202", "TQ110", "TQ102"} <= codes  # the passive attribution, the quoted name, the glyph
    edits = all_edits(findings)
    assert not any(clashes(a, b) for a, b in combinations(edits, 2))
    safe, _ = fixed_text(REUTERS, findings)
    assert "“Reuters”" in safe  # the glyph, and nothing unsafe
    everything, _ = fixed_text(REUTERS, findings, unsafe=True)  # one pass
    assert "“Reuters”" in everything and "News.bg reports" in everything


def test_reuters_fixed_to_clean_english_in_passes(tmp_path, capsys):
    # The rewrite that lost to the glyph in the first pass applies in the next.
    target = tmp_path / "r.txt"
    target.write_text(REUTERS, "utf-8")
    assert main(["check", str(target), "--backtranslation", "off", "--fix", "--unsafe-fixes"]) == 0
    capsys.readouterr()
    assert target.read_text("utf-8") == "Ten commanders and Iraqi officials told Reuters, News.bg reports.\n"
    assert not [f for f in check_text(target.read_text("utf-8")) if f.fix]


def test_the_safer_and_then_the_wider_fix_is_kept():
    doc = document("ab")
    inner = finding("TQ102", 1, 2, "X", Fix(SAFE, (Edit(1, 2, "X"),)))
    outer = finding("TQ110", 0, 2, "", Fix(UNSAFE, (Edit(0, 2, ""),)))
    kept = resolve_fixes([outer, inner], doc.text)
    assert kept[1].fix is not None and kept[0].fix is None
    wide = replace(outer, fix=Fix(SAFE, (Edit(0, 2, "Y"),)))
    kept = resolve_fixes([wide, inner], doc.text)
    assert kept[0].fix is not None and kept[1].fix is None


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_no_two_fixes_of_an_article_clash(path):
    from tqcheck.inputs import read_document

    result = check_document(read_document(str(path), "en"), Config())
    edits = sorted(all_edits(result.findings), key=lambda e: (e.start, e.end))
    assert not any(clashes(a, b) for a, b in zip(edits, edits[1:]))
    for f in result.findings:
        if f.fix is not None:
            assert f.suggestion is not None


# --- --fix on the seed and the dev articles ------------------------------------------------


@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
@pytest.mark.parametrize("path", [*ARTICLES, *OTHER_FIXTURES], ids=lambda p: p.parent.name + "/" + p.name)
def test_fix_is_idempotent_and_leaves_nothing_fixable(capsys, tmp_path, path, unsafe):
    target = tmp_path / path.name
    shutil.copyfile(path, target)
    flags = ["--unsafe-fixes"] if unsafe else []
    before = json_document(capsys, target)
    code, out, err = run(capsys, str(target), "--fix", *flags)
    assert code in (0, 1), err
    fixable = [f for f in before["findings"] if f.get("fix") and (unsafe or f["fix"]["applicability"] == SAFE)]
    assert (target.read_bytes() != path.read_bytes()) == bool(fixable)
    after = json_document(capsys, target)
    left = [f for f in after["findings"] if f.get("fix") and (unsafe or f["fix"]["applicability"] == SAFE)]
    assert left == []
    once = target.read_bytes()
    code, out, err = run(capsys, str(target), "--fix", *flags)
    assert target.read_bytes() == once  # a second --fix changes nothing
    assert "fixed:" not in out and "note: fixed" not in out


def test_fix_report_is_of_the_fixed_text_and_says_so(capsys, tmp_path):
    target = tmp_path / "seed.txt"
    shutil.copyfile(SEED, target)
    doc = json_document(capsys, target, "--fix")
    assert doc["fixed"] >= 1
    assert any(n.startswith(f"fixed {doc['fixed']} finding") for n in doc["notes"])
    text = target.read_text("utf-8")
    assert "".join(s["text"] for s in doc["segments"][:1]) in text
    for f in doc["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]


def test_without_fix_the_input_is_never_touched(capsys, tmp_path):
    target = tmp_path / "seed.txt"
    shutil.copyfile(SEED, target)
    os.utime(target, (1_000_000, 1_000_000))
    for flags in ([], ["--unsafe-fixes"], ["--diff"], ["--format", "json"]):
        run(capsys, str(target), *flags)
    assert target.read_bytes() == SEED.read_bytes() and target.stat().st_mtime == 1_000_000


def test_diff_prints_the_change_and_writes_nothing(capsys, tmp_path):
    target = tmp_path / "seed.txt"
    shutil.copyfile(SEED, target)
    code, out, err = run(capsys, str(target), "--diff")
    assert code == 1 and target.read_bytes() == SEED.read_bytes()
    assert out.startswith(f"--- {target}\n+++ {target}\n@@ ")
    assert "-Last news in Fakti\n" in out and "+" in out and "would be fixed" in err
    run(capsys, str(target), "--fix")
    code, out, err = run(capsys, str(target), "--diff")
    assert (code, out) == (0, "")


def test_unified_diff_keeps_line_endings():
    diff = unified_diff("a.txt", "one\r\ntwo\r\n", "one\r\nTwo\r\n")
    assert "-two\r\n+Two\r\n" in diff


# --- keeping the file as it was --------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding,bom,flag",
    [
        ("utf-8", b"", []),
        ("utf-8", codecs.BOM_UTF8, []),
        ("utf-16-le", codecs.BOM_UTF16_LE, []),
        ("utf-16-be", codecs.BOM_UTF16_BE, []),
        ("utf-16-le", b"", ["--encoding", "utf-16"]),
        ("cp1251", b"", ["--encoding", "cp1251"]),
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_fix_keeps_encoding_bom_and_line_endings(capsys, tmp_path, encoding, bom, flag, newline):
    text = newline.join(["Last news in Fakti", "", "He spoke to „Reuters“ in Sofia  on Monday.", ""])
    target = tmp_path / "article.txt"
    target.write_bytes(bom + text.encode(encoding))
    code, out, err = run(capsys, str(target), "--fix", *flag)
    assert code in (0, 1), err
    data = target.read_bytes()
    assert data.startswith(bom)
    fixed = data[len(bom) :].decode(encoding)
    assert fixed == newline.join(["He spoke to “Reuters” in Sofia on Monday.", ""])


def test_fix_that_the_encoding_cannot_hold_is_refused(capsys, tmp_path):
    target = tmp_path / "latin.txt"
    target.write_bytes("He called the plan \xaba disaster\xbb on Monday.\n".encode("latin-1"))  # « » are TQ101's
    original = target.read_bytes()
    code, out, err = run(capsys, str(target), "--fix", "--encoding", "latin-1")
    assert code == 2 and target.read_bytes() == original
    assert err.startswith(f"tqcheck: error: {target}: the fixed text holds '“' (U+201C), which latin-1 cannot write")
    assert "Traceback" not in err


def test_fix_keeps_the_file_mode_and_replaces_through_a_link(capsys, tmp_path):
    real = tmp_path / "real.txt"
    real.write_text(REUTERS, "utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    run(capsys, str(link), "--fix")
    assert link.is_symlink() and "“Reuters”" in real.read_text("utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tqcheck")] == []


def test_a_read_only_file_is_one_error_line_and_exit_2(capsys, tmp_path):
    target = tmp_path / "ro.txt"
    target.write_text(REUTERS, "utf-8")
    target.chmod(0o444)
    code, out, err = run(capsys, str(target), "--fix")
    assert code == 2 and target.read_text("utf-8") == REUTERS
    assert err.splitlines()[0] == f"tqcheck: error: {target}: the file is read-only; not fixed"
    assert "Traceback" not in err


# --- standard input, bilingual input, folders, formats -------------------------------------------


def test_fix_on_standard_input_writes_the_fixed_text_to_standard_output(capsys, monkeypatch):
    import io

    stdin = io.TextIOWrapper(io.BytesIO(REUTERS.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out_bytes = io.BytesIO()
    stdout = io.TextIOWrapper(out_bytes, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stdout)
    code = main(["check", "--backtranslation", "off", "-", "--fix"])
    stdout.flush()
    err = capsys.readouterr().err
    assert code in (0, 1)
    fixed = out_bytes.getvalue().decode("utf-8")
    assert "“Reuters”" in fixed and fixed.endswith("\n") and "TQ" not in fixed
    assert "<stdin>" in err and "fixed 1 finding" in err  # the report went to standard error


def test_fix_with_pairs_is_refused(capsys):
    pairs = ROOT / "fixtures" / "bilingual" / "pairs.tsv"
    code, out, err = run(capsys, "--pairs", str(pairs), "--fix")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "bilingual" in err


def test_fix_in_a_folder_fixes_each_file_and_leaves_bilingual_files(capsys, tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(REUTERS, "utf-8")
    pairs = ROOT / "fixtures" / "bilingual" / "pairs.tsv"
    shutil.copyfile(pairs, tmp_path / "pairs.tsv")
    code, out, err = run(capsys, str(tmp_path), "--fix", "--jobs", "2", "--format", "json")
    report = json.loads(out)
    assert all("“Reuters”" in (tmp_path / f"a{i}.txt").read_text("utf-8") for i in range(3))
    assert (tmp_path / "pairs.tsv").read_bytes() == pairs.read_bytes()
    notes = {Path(d["path"]).name: d["notes"] for d in report["documents"]}
    assert any("not fixed" in n for n in notes["pairs.tsv"])


def test_json_fix_field_validates_and_html_offers_the_fixed_text(capsys, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "tqcheck" / "data" / "report.schema.json").read_text("utf-8"))
    code, out, err = run(capsys, str(SEED), "--format", "json")
    report = json.loads(out)
    jsonschema.validate(report, schema)
    assert report["schema"] == "tqcheck-report/1.2"
    doc = report["documents"][0]
    assert any(f.get("fix", {}).get("applicability") == SAFE for f in doc["findings"])
    text = SEED.read_text("utf-8")
    safe = sorted((e for f in doc["findings"] if f.get("fix", {}).get("applicability") == SAFE
                   for e in f["fix"]["edits"]), key=lambda e: -e["start"])
    for e in safe:  # last to first, as the schema says
        text = text[: e["start"]] + e["replacement"] + text[e["end"] :]
    # The report's safe fixes, applied by hand, are what the page copies and
    # what a --fix pass applies.
    from tqcheck.inputs import read_document

    result = check_document(read_document(str(SEED), "en"), Config())
    assert text == fixed_text(result.document.text, result.findings)[0]


def test_text_report_marks_fixable_findings(capsys):
    code, out, err = run(capsys, str(SEED))
    marked = [line for line in out.splitlines() if " [*] " in line and ": TQ" in line]
    assert marked and all(" TQ4" in line or " minor [*]" in line or " info [*]" in line for line in marked)
    assert any(line.startswith("[*] ") and "fixable with `tqcheck check --fix`" in line for line in out.splitlines())
    code, out, err = run(capsys, str(SEED), "--unsafe-fixes")
    assert "fixable with `tqcheck check --fix --unsafe-fixes`" in out


def test_hook_offers_the_fix_command(capsys, tmp_path):
    target = tmp_path / "seed.txt"
    shutil.copyfile(SEED, target)
    code = main(["hook", "run", str(target), "--no-baseline"])
    out = capsys.readouterr().out
    assert code == 1 and f"fixable with `tqcheck check --fix {target}`" in out.splitlines()[-1]


def test_baseline_accepted_findings_are_not_fixed(capsys, tmp_path):
    target = tmp_path / "article.txt"
    target.write_text("Last news in Fakti\n\nHe spoke to „Reuters“ on Monday.\n", "utf-8")
    baseline = tmp_path / "tqcheck-baseline.json"
    assert main(["baseline", "write", str(target), "--output", str(baseline), "--select", "TQ402"]) == 0
    capsys.readouterr()
    assert main(["check", "--backtranslation", "off", str(target), "--baseline", str(baseline), "--fix"]) == 0
    capsys.readouterr()
    text = target.read_text("utf-8")
    assert text.startswith("Last news in Fakti\n") and "“Reuters”" in text


def test_fix_document_stops_when_fixes_go_round_in_a_circle():
    def flip(text: str):
        new = "ba" if text == "ab" else "ab"
        f = finding("TQ101", 0, 2, new, Fix(SAFE, (Edit(0, 2, new),)))
        return replace(check_document(document(text), Config(select=("TQ101",))), findings=(f,))

    fixed = fix_document(flip("ab"), lambda d: flip(d.text), unsafe=False)
    assert not fixed.settled and fixed.passes == 2  # ab -> ba -> ab: seen before, stop


# --- progress bars ---------------------------------------------------------------------------


class _Terminal:
    def __init__(self):
        self.written = []

    def isatty(self):
        return True

    def write(self, s):
        self.written.append(s)

    def flush(self):
        pass


def test_progress_bar_only_on_a_terminal(monkeypatch):
    from tqcheck.progress import progress_bar

    assert progress_bar(10, "x", "file") is None  # captured: no terminal
    monkeypatch.setattr(sys, "stderr", _Terminal())
    bar = progress_bar(10, "x", "file")
    assert bar is not None
    bar.close()


def test_progress_translator_gives_the_models_outputs_in_order(monkeypatch):
    from tqcheck.backtranslation.stage import ProgressTranslator

    class Upper:
        identity = "upper"
        last_truncated: list[str] = []

        def translate(self, texts):
            return [t.upper() for t in texts]

    texts = [f"sentence {'x' * (i % 7)} {i}" for i in range(50)]
    wrapped = ProgressTranslator(Upper(), "bg-en", 8)
    assert wrapped.translate(texts) == [t.upper() for t in texts] and wrapped.identity == "upper"
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert wrapped.translate(texts) == [t.upper() for t in texts]


def test_copy_fixed_text_copies_the_text_with_its_safe_fixes(browser, tmp_path, capsys):
    from test_html import Opened, _html_report

    opened = Opened(browser, _html_report(tmp_path, SEED))
    try:
        opened.context.grant_permissions(["clipboard-read", "clipboard-write"])
        assert opened.page.locator("button.copy-fixed").count() == 1
        opened.page.click("button.copy-fixed")
        opened.page.wait_for_function("document.querySelector('button.copy-fixed').textContent === 'Copied'")
        copied = opened.page.evaluate("navigator.clipboard.readText()")
        assert opened.errors == []
    finally:
        opened.close()
    # What --fix writes (the seed is fixed in one pass), and by the JSON
    # report's safe edits applied by hand.
    doc = json_document(capsys, SEED)
    text = SEED.read_text("utf-8")
    for e in sorted((e for f in doc["findings"] if f.get("fix", {}).get("applicability") == SAFE
                     for e in f["fix"]["edits"]), key=lambda e: -e["start"]):
        text = text[: e["start"]] + e["replacement"] + text[e["end"] :]
    target = tmp_path / "seed.txt"
    shutil.copyfile(SEED, target)
    run(capsys, str(target), "--fix")
    assert copied == text == target.read_text("utf-8") != SEED.read_text("utf-8")

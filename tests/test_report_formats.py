"""The report formats: the JSON schema, the text report, GitHub annotations,
exit codes."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from tqcheck.cli import main
from tqcheck.engine import summarise
from tqcheck.model import Severity
from tqcheck.rules import all_rules

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
        jsonschema.validate({"schema": "tqcheck-report/1.2", "signature": "", "fail_on": "major", "verdict": "pass",
                             "summary": {}, "documents": []}, schema)


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


def test_text_report_gives_one_summary_for_one_file(capsys):
    _, out, _ = run(capsys, SEED)
    assert sum("MQM score" in line for line in out.splitlines()) == 1


def test_text_report_gives_a_summary_per_file_and_a_total_for_several(capsys, tmp_path):
    other = tmp_path / "b.txt"
    other.write_text("The price rose  sharply today.\n", "utf-8")
    _, out, _ = run(capsys, SEED, str(other))
    summaries = [line for line in out.splitlines() if "MQM score" in line]
    assert len(summaries) == 3 and "tqcheck:" in summaries[-1]


def _report_with(suggestion):
    from tqcheck.config import Config
    from tqcheck.engine import build_report, summarise
    from tqcheck.model import Category, Document, DocumentResult, Finding, Segment, Severity

    text = "Sofia, 3 May 2025 - The minister spoke.\n"
    doc = Document(text=text, path="a.txt", language="en")
    finding = Finding(code="TQ401", severity=Severity.MAJOR, category=Category.MARKUP, segment_id=0, start=0,
                      end=20, message="dateline left in", suggestion=suggestion)
    summary = summarise([finding], 7)
    result = DocumentResult(document=doc, segments=(Segment(id=0, paragraph=0, start=0, end=len(text) - 1),),
                            findings=(finding,), summary=summary)
    return build_report([result], Config())


@pytest.mark.parametrize(
    ("suggestion", "github", "text"),
    [
        ("", "(delete)", "suggestion: (delete)"),
        (None, None, None),
        ("Sofia", "(use: Sofia)", "suggestion: Sofia"),
        (" ", "(use: ' ')", "suggestion: ' '"),  # a space: shown so it can be seen
    ],
)
def test_suggestions_empty_none_and_blank_in_every_format(suggestion, github, text):
    from tqcheck.formats import RenderOptions, renderer

    report = _report_with(suggestion)
    rendered = {name: renderer(name)(report, RenderOptions()) for name in ("github", "text", "json")}
    if github is None:
        assert "(use:" not in rendered["github"] and "(delete)" not in rendered["github"]
        assert "suggestion:" not in rendered["text"]
    else:
        assert rendered["github"].rstrip("\n").endswith(github)
        assert text in rendered["text"]
    assert json.loads(rendered["json"])["documents"][0]["findings"][0]["suggestion"] == suggestion


def test_signature_counts_only_rules_that_ran(capsys):
    from tqcheck.config import Config
    from tqcheck.engine import selected_rules

    _, out, _ = run(capsys, SEED, "--format", "json")
    signature = json.loads(out)["signature"]
    count = int(signature.split("|rules:")[1].split("@")[0])
    selected = selected_rules(Config())
    assert any(r.stage is not None for r in selected), "the TQ9xx rules are selected by default"
    from tqcheck.rules import bilingual_rules

    bilingual = {r.code for r in selected if r in bilingual_rules()}  # TQ7xx, TQ801: they need a source
    assert bilingual, "the TQ7xx rules are selected by default"
    assert count == len([r for r in selected if r.stage is None and r.code not in bilingual])
    _, out_ignored, _ = run(capsys, SEED, "--format", "json", "--ignore", "TQ9", "--ignore", "TQ7")
    assert json.loads(out_ignored)["signature"] == signature  # TQ7xx and TQ9xx did not run either way


def test_signature_counts_bilingual_rules_when_a_source_is_given(capsys):
    from tqcheck.config import Config
    from tqcheck.engine import selected_rules

    excerpt = ROOT / "fixtures" / "bilingual" / "flores200-devtest-excerpt"
    _, out, _ = run(capsys, f"{excerpt}.eng", "--source", f"{excerpt}.bul", "--format", "json")
    count = int(json.loads(out)["signature"].split("|rules:")[1].split("@")[0])
    assert count == len([r for r in selected_rules(Config()) if r.stage is None])


# --- the signature records severity overrides and rule options ------------------------


def _signature(capsys, tmp_path, config: str) -> str:
    folder = tmp_path / f"run{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    (folder / "article.txt").write_text(Path(SEED).read_text("utf-8"), "utf-8")
    if config:
        (folder / "tqcheck.toml").write_text(config, "utf-8")
    _, out, _ = run(capsys, str(folder / "article.txt"), "--format", "json", "--no-baseline")
    return json.loads(out)["signature"]


def test_signature_records_severity_overrides_and_rule_options(capsys, tmp_path):
    plain = _signature(capsys, tmp_path, "")
    british = _signature(capsys, tmp_path, '[rules.TQ105]\nstyle = "british"\n')
    info = _signature(capsys, tmp_path, '[severity]\nTQ4 = "info"\n')
    assert "opts:" not in plain
    assert len({plain, british, info}) == 3
    for signed in (british, info):
        assert re.search(r"\|rules:\d+@[0-9a-f]{8}\|opts:[0-9a-f]{8}\|cldr:", signed)
        assert signed.replace(re.search(r"\|opts:[0-9a-f]{8}", signed).group(0), "") == plain


def test_signature_hashes_effective_settings_not_their_spelling(capsys, tmp_path):
    by_family = _signature(capsys, tmp_path, '[severity]\nTQ4 = "info"\n')
    codes = [r.code for r in all_rules() if r.code.startswith("TQ4")]
    by_rule = _signature(capsys, tmp_path, "[severity]\n" + "".join(f'{c} = "info"\n' for c in codes))
    assert by_family == by_rule
    # An option set to its default, or an override of a rule that did not run, changes nothing.
    assert _signature(capsys, tmp_path, '[rules.TQ105]\nstyle = "american"\n') == _signature(capsys, tmp_path, "")
    assert _signature(capsys, tmp_path, '[severity]\nTQ9 = "info"\n') == _signature(capsys, tmp_path, "")
    # Restating a rule's only severity changes nothing; a rule whose findings
    # range over several (TQ201: its table's entries) is changed by any override.
    assert _signature(capsys, tmp_path, '[severity]\nTQ401 = "major"\n') == _signature(capsys, tmp_path, "")
    assert "opts:" in _signature(capsys, tmp_path, '[severity]\nTQ201 = "minor"\n')


# --- verdict and fail_on in the JSON report -------------------------------------------


@pytest.mark.parametrize("fail_on", ["never", "critical", "major", "minor", "info"])
def test_json_report_carries_the_verdict_the_exit_code_follows(capsys, tmp_path, schema, fail_on):
    clean = tmp_path / "clean.txt"
    clean.write_text("The minister spoke on Monday.\n", "utf-8")
    code, out, _ = run(capsys, SEED, str(clean), "--format", "json", "--fail-on", fail_on, "--no-baseline")
    report = json.loads(out)
    jsonschema.validate(report, schema)
    assert report["fail_on"] == fail_on
    assert report["verdict"] == ("fail" if code == 1 else "pass")
    for doc in report["documents"]:
        worst = max((Severity.parse(f["severity"]) for f in doc["findings"]), default=None)
        failing = fail_on != "never" and worst is not None and worst >= Severity.parse(fail_on)
        assert doc["verdict"] == ("fail" if failing else "pass")
        assert doc["accepted"] == []
    assert report["documents"][1]["verdict"] == "pass"


def test_json_lists_accepted_findings_apart(schema):
    from dataclasses import replace

    from tqcheck.formats import RenderOptions, renderer

    report = _report_with("")
    result = report.results[0]
    accepted = replace(result, findings=(), accepted=result.findings, summary=summarise([], result.summary.words))
    report = replace(report, results=(accepted,), summary=accepted.summary)
    out = json.loads(renderer("json")(report, RenderOptions()))
    jsonschema.validate(out, schema)
    doc = out["documents"][0]
    assert doc["findings"] == [] and [f["code"] for f in doc["accepted"]] == ["TQ401"]
    assert out["verdict"] == doc["verdict"] == "pass"


# --- wording and excerpts --------------------------------------------------------------


def test_text_report_counts_in_the_singular_when_there_is_one(capsys, tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("Hi.\n", "utf-8")
    _, out, _ = run(capsys, str(one), "--no-baseline")
    assert "(1 sentence, 1 word)" in out
    _, out, _ = run(capsys, SEED, "--no-baseline")
    assert re.search(r"\(\d+ sentences, \d+ words\)", out)


def test_a_double_space_span_is_visible(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The price rose  sharply today.\n", "utf-8")
    _, out, _ = run(capsys, str(path), "--no-baseline")
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if " TQ501 " in line)
    shown, carets = lines[at + 2], lines[at + 3]
    assert shown.endswith("│ The price rose␣␣sharply today.")
    assert carets[shown.index("␣␣") :].startswith("^^") and carets.count("^") == 2


def test_markdown_excerpts_hide_the_markup_but_keep_the_offsets(capsys):
    path = ROOT / "fixtures" / "markdown-markup.md"
    _, out, _ = run(capsys, str(path), "--no-baseline")
    header = next(line for line in out.splitlines() if "│ The official cabinet" in line)  # the window of 3:7
    assert header.endswith("│ The official cabinet approved the plan on Monday, reported BNT.")
    assert "**" not in out and "](http" not in out and "*minister*" not in out
    assert f"{path}:3:7: TQ201" in out  # line and column of the original file
    _, out, _ = run(capsys, str(path), "--no-baseline", "--format", "json")
    text = path.read_text("utf-8")
    doc = json.loads(out)["documents"][0]
    for f in doc["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]


def test_excerpt_drops_blanked_markup_and_keeps_entities_and_breaks():
    from tqcheck.display import excerpt
    from tqcheck.inputs import document_from_bytes

    html = document_from_bytes(b"<p>AT&amp;T <b>said</b></p><p>so</p>", "a.html", "en")
    shown = excerpt(html, 0, len(html.text))
    assert shown.split() == ["AT&T", "said", "so"] and "said\n" in shown  # a block tag is still a break
    residue = document_from_bytes(b"Text </p> left.", "a.md", "en")
    start = residue.text.index("</p>")
    assert excerpt(residue, start, start + 4) == "</p>"  # all markup: shown as written


def test_mqm_score_is_not_clamped(capsys):
    """The MQM linear scoring model has no floor (themqm.org, "The MQM
    Scoring Models"); a text with more than 100 penalty points per 100 words
    scores below zero, which tells more than a 0 would."""
    _, out, _ = run(capsys, str(ROOT / "fixtures" / "hostile.txt"), "--format", "json", "--no-baseline")
    mqm = json.loads(out)["summary"]["mqm"]
    assert mqm["per_100_words"] > 100
    assert mqm["score"] == pytest.approx(100 - mqm["per_100_words"]) and mqm["score"] < 0


def _results_of_every_shape():
    """Document results with findings, fixes, accepted findings, none, a
    source and its alignment stage, segment data: every field the JSON
    report writes."""
    from dataclasses import replace

    from helpers import document

    from tqcheck.config import Config
    from tqcheck.engine import check_document
    from tqcheck.model import StageResult

    config = Config()
    seed = (ROOT / "seeds" / "fakti-iraq-militias-disarm.txt").read_text("utf-8")
    plain = check_document(document(seed, path="seed.txt"), config)
    accepted = replace(plain, findings=plain.findings[3:], accepted=plain.findings[:3], fixed=2)
    empty = check_document(document("", path="empty.txt"), config)
    source = document((ROOT / "fixtures" / "bilingual" / "ntrex128-excerpt.bul").read_text("utf-8"), "bg")
    target = document((ROOT / "fixtures" / "bilingual" / "ntrex128-excerpt.eng").read_text("utf-8"))
    bilingual = check_document(target, config, source=source)
    stage = StageResult(name="backtranslation", status="ran", block={"models": [], "ratio": 0.5},
                        segment_data={0: {"chrf": 51.25, "text": "a\nb \u202e"}})
    with_stage = replace(bilingual, stages=(*bilingual.stages, stage))
    assert plain.findings and bilingual.source_segments and any(f.fix for f in plain.findings)
    return [plain, accepted, empty, bilingual, with_stage, _long_finding_result(plain)]


def _long_finding_result(plain):
    """``plain`` with a finding like TQ106's on a long document: every
    straight quotation mark in its details and in its fix's edits."""
    from dataclasses import replace

    from tqcheck.model import SAFE, Edit, Fix

    first = plain.findings[0]
    positions = list(range(0, 2000, 2))
    edits = [Edit(p, p + 1, "“" if k % 2 == 0 else "”") for k, p in enumerate(positions)]
    long = replace(first, details=(("positions", positions), ("pairs", 500)), fix=Fix(SAFE, edits))
    quoted = replace(first, details=(("positions", positions[:4]),), fix=Fix(SAFE, edits[:4]))
    return replace(plain, findings=(long, quoted, *plain.findings[1:]))


@pytest.mark.parametrize(("indent", "depth"), [(2, 0), (2, 2), (None, 0)])
def test_json_documents_written_a_piece_at_a_time_are_json_dumps(indent, depth):
    # The streamed JSON report writes each segment and finding on its own:
    # the text must be what json.dumps gives for the whole document.
    from tqcheck.display import json_printable
    from tqcheck.formats.json import document_json, document_pieces, document_text

    for result in _results_of_every_shape():
        whole = json.dumps(document_json(result), ensure_ascii=False, indent=indent)
        if indent is not None:
            whole = whole.replace("\n", "\n" + " " * (indent * depth))
        assert "".join(document_pieces(result, indent=indent, depth=depth)) == whole
        assert document_text(result, indent=indent, depth=depth) == json_printable(whole)


def test_a_finding_with_thousands_of_edits_is_written_a_piece_at_a_time():
    # TQ106 lists every straight quotation mark of a document (48,000 in
    # 16 MB of English) in one finding: dumped whole, its JSON took 31 MB
    # for a moment, the peak of the run. Its long lists go an item at a time.
    from helpers import document

    from tqcheck.config import Config
    from tqcheck.engine import check_document
    from tqcheck.formats.json import document_pieces

    result = _long_finding_result(check_document(document(Path(SEED).read_text("utf-8"), path="seed.txt"), Config()))
    assert len(result.findings[0].fix.edits) == 1000
    assert max(len(piece) for piece in document_pieces(result)) < 2000


def test_the_json_report_written_a_piece_at_a_time_is_json_dumps():
    from tqcheck.config import Config
    from tqcheck.display import json_printable
    from tqcheck.engine import build_report
    from tqcheck.formats.json import render, report_json

    config = Config()
    for results in ([], _results_of_every_shape()):
        report = build_report(results, config)
        assert render(report) == json_printable(json.dumps(report_json(report), ensure_ascii=False, indent=2)) + "\n"

"""The JSON report: one documented, versioned schema
(``tqcheck/data/report.schema.json``). Field names never change within a
schema version; additions bump the minor number.

1.1 added ``fail_on`` and ``verdict`` (for the report and each document, so a
pipeline need not recompute what the exit code says) and each document's
``accepted`` findings (those a baseline accepted; not counted in its summary).

1.2 added each finding's ``fix`` (applicability and edits, when it can be
fixed: see tqcheck.engine for how the fixes of a document are made to agree)
and each document's ``fixed`` (how many findings ``--fix`` fixed in it).
"""

from __future__ import annotations

import json
from typing import Any

from tqcheck.display import json_printable
from tqcheck.model import DocumentResult, Finding, Report, Segment, Severity, Summary, verdict_of
from tqcheck.positions import line_col, line_start_offsets

SCHEMA_ID = "tqcheck-report"
SCHEMA_VERSION = "1.2"


def summary_json(summary: Summary) -> dict[str, Any]:
    return {
        "words": summary.words,
        "counts": dict(summary.counts),
        "mqm": {"penalty": summary.penalty, "per_100_words": summary.per_100_words, "score": summary.score},
    }


def finding_json(f: Finding, text: str, starts: list[int]) -> dict[str, Any]:
    line, col = line_col(text, f.start, starts)
    out = {
        "code": f.code,
        "severity": f.severity.label,
        "category": f.category.value,
        "segment_id": f.segment_id,
        "start": f.start,
        "end": f.end,
        "line": line,
        "column": col,
        "text": text[f.start : f.end],
        "message": f.message,
        "suggestion": f.suggestion,
    }
    if f.details:
        out["details"] = dict(f.details)
    if f.fix is not None:
        out["fix"] = {
            "applicability": f.fix.applicability,
            "edits": [{"start": e.start, "end": e.end, "replacement": e.replacement} for e in f.fix.edits],
        }
    return out


def segment_json(s: Segment, text: str, stage_data: dict[str, dict]) -> dict[str, Any]:
    out = {"id": s.id, "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": text[s.start : s.end]}
    if s.headline:
        out["headline"] = True
    for name, data in stage_data.items():
        if s.id in data:
            out[name] = data[s.id]
    return out


def fail_on_label(fail_on: Severity | None) -> str:
    return "never" if fail_on is None else fail_on.label


def document_json(result: DocumentResult, fail_on: Severity | None = Severity.MAJOR) -> dict[str, Any]:
    doc = result.document
    text = doc.text
    starts = line_start_offsets(text)
    stage_data = {r.name: dict(r.segment_data) for r in result.stages}
    out: dict[str, Any] = {
        "path": doc.path,
        "language": doc.language,
        "format": doc.format,
        "verdict": verdict_of(result.findings, fail_on),
        "summary": summary_json(result.summary),
        "notes": list(result.notes),
        "segments": [segment_json(s, text, stage_data) for s in result.segments],
        "findings": [finding_json(f, text, starts) for f in result.findings],
        "accepted": [finding_json(f, text, starts) for f in result.accepted],
    }
    if result.fixed:
        out["fixed"] = result.fixed
    for stage in result.stages:
        out[stage.name] = {"status": stage.status, "reason": stage.reason, **dict(stage.block)}
    if result.source is not None:
        out["source"] = {
            "path": result.source.path,
            "language": result.source.language,
            "segments": [segment_json(s, result.source.text, {}) for s in result.source_segments],
        }
    return out


def report_json(report: Report) -> dict[str, Any]:
    return {
        "schema": f"{SCHEMA_ID}/{SCHEMA_VERSION}",
        "signature": report.signature,
        "fail_on": fail_on_label(report.fail_on),
        "verdict": report.verdict,
        "summary": summary_json(report.summary),
        "documents": [document_json(r, report.fail_on) for r in report.results],
    }


def render(report: Report, options: Any = None) -> str:
    return json_printable(json.dumps(report_json(report), ensure_ascii=False, indent=2)) + "\n"

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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
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


def finding_json(f: Finding, text: str, starts: Sequence[int]) -> dict[str, Any]:
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


# A finding whose fix has more edits than this, or whose details hold a
# longer list, is written a piece at a time (_written).
_LONG = 64


def _long(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and len(value) > _LONG


def _long_finding(f: Finding) -> bool:
    if f.fix is not None and f.fix.edit_count > _LONG:
        return True
    for _, value in f.details:  # no generator: asked of every finding
        if _long(value):
            return True
    return False


def _written(f: Finding, text: str, starts: Sequence[int]) -> Any:
    """A finding as the streamed report writes it: finding_json, dumped
    whole (nearly every finding), or for a long one its fields, so that its
    long lists are written an item at a time. TQ106's finding lists every
    straight quotation mark of the document, in its details and its fix's
    edits: 48,000 of each in 16 MB of English, whose dict dumped whole took
    31 MB for a moment (json.dumps with an indent keeps a list of every
    token), the peak of the run."""
    fix = f.fix
    if not _long_finding(f):
        return finding_json(f, text, starts)
    fields = list(finding_json(replace(f, details=(), fix=None), text, starts).items())
    if f.details:
        details = [(k, _Items(iter(v)) if _long(v) else v) for k, v in dict(f.details).items()]
        fields.append(("details", _Fields(iter(details))))
    if fix is not None:
        edits = ({"start": e.start, "end": e.end, "replacement": e.replacement} for e in fix.edits)
        fields.append(("fix", _Fields(iter((("applicability", fix.applicability), ("edits", _Items(edits)))))))
    return _Fields(iter(fields))


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
    return _plain(_Fields(_document(result, fail_on)))


class _Items:
    """A list built as it is written (document_pieces): the documents of a
    report, the segments and findings of a document."""

    def __init__(self, items: Iterator[Any]) -> None:
        self.items = items

    def __iter__(self) -> Iterator[Any]:
        return self.items


class _Fields(_Items):
    """An object's fields, (name, value) pairs built as they are written."""


def _plain(value: Any) -> Any:
    """_Fields and _Items made the dicts and lists they stand for."""
    if isinstance(value, _Fields):
        return {k: _plain(v) for k, v in value}
    if isinstance(value, _Items):
        return [_plain(v) for v in value]
    return value


def _document(result: DocumentResult, fail_on: Severity | None) -> Iterator[tuple[str, Any]]:
    """The fields of a document, in the schema's order; its long lists as _Items."""
    doc = result.document
    text = doc.text
    starts = line_start_offsets(text)
    stage_data = {r.name: dict(r.segment_data) for r in result.stages}
    yield "path", doc.path
    yield "language", doc.language
    yield "format", doc.format
    yield "verdict", verdict_of(result.findings, fail_on)
    yield "summary", summary_json(result.summary)
    yield "notes", list(result.notes)
    yield "segments", _Items(segment_json(s, text, stage_data) for s in result.segments)
    yield "findings", _Items(_written(f, text, starts) for f in result.findings)
    yield "accepted", _Items(_written(f, text, starts) for f in result.accepted)
    if result.fixed:
        yield "fixed", result.fixed
    for stage in result.stages:
        yield stage.name, {"status": stage.status, "reason": stage.reason, **dict(stage.block)}
    if result.source is not None:
        source = result.source
        segments = _Items(segment_json(s, source.text, {}) for s in result.source_segments)
        yield "source", _Fields(iter((("path", source.path), ("language", source.language), ("segments", segments))))


# --- written a piece at a time -----------------------------------------------------
# json.dumps of a whole report holds the report as dicts, then every token
# of it in a list, then the text, then an indented copy: 80 times the input
# for a file with many findings. The pieces below are what json.dumps
# writes, item by item: each segment or finding is dumped alone and
# indented to its depth (json.dumps escapes line breaks inside strings, so
# every "\n" of its text is a line of the layout).


def _dumped(value: Any, indent: int | None, depth: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return text.replace("\n", "\n" + " " * (indent * depth)) if indent is not None and depth else text


def _pieces(value: Any, indent: int | None, depth: int) -> Iterator[str]:
    """``value`` (_Fields, _Items, or anything json.dumps takes) as
    ``json.dumps(_plain(value), ensure_ascii=False, indent=indent)`` writes
    it at nesting ``depth``."""
    if isinstance(value, _Fields):
        yield from _container("{", "}", iter(value), indent, depth)
    elif isinstance(value, _Items):
        yield from _container("[", "]", ((None, v) for v in value), indent, depth)
    else:
        yield _dumped(value, indent, depth)


def _container(
    opening: str, closing: str, entries: Iterator[tuple[str | None, Any]], indent: int | None, depth: int
) -> Iterator[str]:
    inner = "" if indent is None else "\n" + " " * (indent * (depth + 1))
    separator = ", " if indent is None else ","
    first = True
    for key, value in entries:
        head = json.dumps(key, ensure_ascii=False) + ": " if key is not None else ""
        yield (opening if first else separator) + inner + head
        first = False
        yield from _pieces(value, indent, depth + 1)
    if first:
        yield opening + closing
    else:
        yield ("" if indent is None else "\n" + " " * (indent * depth)) + closing


def document_pieces(
    result: DocumentResult, fail_on: Severity | None = Severity.MAJOR, indent: int | None = 2, depth: int = 0
) -> Iterator[str]:
    """``json.dumps(document_json(result, fail_on), ensure_ascii=False,
    indent=indent)``, nested ``depth`` levels deep, a piece at a time
    (json_printable not yet applied)."""
    yield from _container("{", "}", _document(result, fail_on), indent, depth)


def document_text(
    result: DocumentResult, fail_on: Severity | None = Severity.MAJOR, indent: int | None = 2, depth: int = 0
) -> str:
    """``json_printable(json.dumps(document_json(result, fail_on),
    ensure_ascii=False, indent=indent))``, nested ``depth`` levels deep,
    made from its pieces."""
    return "".join(document_chunks(result, fail_on, indent, depth))


def document_chunks(
    result: DocumentResult, fail_on: Severity | None = Severity.MAJOR, indent: int | None = 2, depth: int = 0
) -> Iterator[str]:
    """:func:`document_text` a string of about 64 KB at a time (a streamed
    report's document, written as it is made)."""
    return _printable(document_pieces(result, fail_on, indent, depth))


def _printable(pieces: Iterable[str]) -> Iterator[str]:
    """The pieces joined and made printable (json_printable) a batch at a
    time: one string per batch, not per token."""
    batch, size = [], 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= _BATCH:
            yield json_printable("".join(batch))
            batch, size = [], 0
    yield json_printable("".join(batch))


_BATCH = 1 << 16


def report_pieces(report: Report) -> Iterator[str]:
    """``json.dumps(report_json(report), ensure_ascii=False, indent=2)`` a piece at a time."""
    fields = (
        ("schema", f"{SCHEMA_ID}/{SCHEMA_VERSION}"),
        ("signature", report.signature),
        ("fail_on", fail_on_label(report.fail_on)),
        ("verdict", report.verdict),
        ("summary", summary_json(report.summary)),
        ("documents", _Items(_Fields(_document(r, report.fail_on)) for r in report.results)),
    )
    yield from _container("{", "}", iter(fields), 2, 0)


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
    return "".join(_printable(report_pieces(report))) + "\n"

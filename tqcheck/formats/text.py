"""The editor's report: findings grouped by sentence, each with
``path:line:col``, code, severity, message and suggestion; a one-line summary
per file when there are several, and one for the run at the end. Colour only
when asked (the CLI asks on a terminal).

Input text reaches the terminal only through ``printable`` (control and
bidi characters escaped) and, for excerpts, ``excerpt`` (markup hidden)."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from tqcheck.display import clip, excerpt, printable, suggestion_label, visible_blank
from tqcheck.model import Report, Severity, Summary
from tqcheck.positions import line_col, line_start_offsets

_COLORS = {
    Severity.CRITICAL: "\033[1;31m",
    Severity.MAJOR: "\033[31m",
    Severity.MINOR: "\033[33m",
    Severity.INFO: "\033[36m",
}
_DIM, _BOLD, _RESET = "\033[2m", "\033[1m", "\033[0m"
_WIDTH = 100


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _span(text: str, width: int = 40) -> str:
    """A flagged span: white space alone is made visible ([␣␣], not [])."""
    if text and text.isspace():
        return printable(visible_blank(text))
    return clip(text, width)


def summary_line(summary: Summary, signature: str | None = None) -> str:
    counts = ", ".join(f"{summary.count(s)} {s.label}" for s in reversed(Severity))
    total = sum(n for _, n in summary.counts)
    line = (
        f"{total} finding{'s' if total != 1 else ''} ({counts}); "
        f"MQM score {summary.score:g} (penalty {summary.penalty:g} over {summary.words} words)"
    )
    return f"{line}; {signature}" if signature else line


def render(report: Report, options: Any = None) -> str:
    color = bool(getattr(options, "color", False))

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    out: list[str] = []
    for result in report.results:
        doc = result.document
        text = doc.text
        starts = line_start_offsets(text)
        path = printable(doc.path)
        counts = f"{_plural(len(result.segments), 'sentence')}, {_plural(result.summary.words, 'word')}"
        out.append(paint(_BOLD, path) + f"  ({counts})")
        for note in result.notes:
            out.append(f"  note: {printable(note)}")
        segments = {s.id: s for s in result.segments}
        by_segment = groupby(sorted(result.findings, key=lambda f: (f.segment_id, f.start)), key=lambda f: f.segment_id)
        for seg_id, group in by_segment:
            seg = segments.get(seg_id)  # none: a finding on a document without sentences (an empty translation)
            out.append("")
            if seg is not None:
                line, _ = line_col(text, seg.start, starts)
                out.append(paint(_DIM, f"  {line:>4} │ {clip(excerpt(doc, seg.start, seg.end), _WIDTH)}"))
            for f in group:
                f_line, f_col = line_col(text, f.start, starts)
                label = paint(_COLORS[f.severity], f"{f.severity.label:<8}")
                span = _span(excerpt(doc, f.start, f.end))
                message = printable(f.message)
                also = dict(f.details).get("also")
                if also:  # another rule found the same error with the same fix (engine._merge_agreeing)
                    message += f" (also {also})"
                out.append(f"  {path}:{f_line}:{f_col}: {f.code} {label} {message} [{span}]")
                fix = suggestion_label(f.suggestion, lambda s: clip(s, _WIDTH))
                if fix is not None:
                    out.append(f"      suggestion: {fix}")
        out.append("")
        if len(report.results) > 1:  # one file: the last line is its summary
            out.append("  " + summary_line(result.summary))
            out.append("")
    out.append(summary_line(report.summary, report.signature))
    return "\n".join(out) + "\n"

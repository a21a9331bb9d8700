"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice``
line per finding, so findings show on the pull request's diff. The lines
also land in the job's log, a terminal: control and bidi characters from the
input are escaped (``printable``)."""

from __future__ import annotations

from typing import Any

from tqcheck.display import printable, suggestion_label
from tqcheck.model import Report, Severity
from tqcheck.positions import line_col, line_start_offsets

_LEVEL = {Severity.CRITICAL: "error", Severity.MAJOR: "error", Severity.MINOR: "warning", Severity.INFO: "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, options: Any = None) -> str:
    lines = []
    for result in report.results:
        text = result.document.text
        starts = line_start_offsets(text)
        for f in result.findings:
            line, col = line_col(text, f.start, starts)
            end_line, end_col = line_col(text, f.end, starts)
            fix = suggestion_label(f.suggestion)
            # "" is a suggestion too: delete the span.
            message = f.message + ("" if fix is None else " (delete)" if f.suggestion == "" else f" (use: {fix})")
            props = ",".join(
                [
                    f"file={_escape_property(result.document.path)}",
                    f"line={line}",
                    f"col={col}",
                    f"endLine={end_line}",
                    f"endColumn={end_col}",
                    f"title={_escape_property(f'{f.code} {f.severity.label}')}",
                ]
            )
            # Line breaks are %0A-escaped above; everything else goes here.
            lines.append(printable(f"::{_LEVEL[f.severity]} {props}::{_escape_data(message)}"))
    return "\n".join(lines) + ("\n" if lines else "")

"""Output formats. Each is a small module with ``render(report, options) -> str``;
every format reads the same Report and the options, nothing else. What a
format needs from outside the report (rule documentation, where a baseline
file would record each finding) is computed by the command and handed over
in :class:`RenderOptions`, so the formats import no rule and no baseline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tqcheck.model import Report

__all__ = ["FORMATS", "BaselineTarget", "DocumentKeys", "RenderOptions", "RuleText", "renderer"]

DEFAULT_WIDTH = 100  # the text report's window when not on a terminal
DEFAULT_HTML_FINDINGS = 3000  # findings the HTML page lists and highlights


@dataclass(frozen=True)
class RuleText:
    """A rule's documentation as the reports show it (``tqcheck rules CODE``)."""

    code: str
    name: str
    summary: str
    sections: tuple[tuple[str, str], ...] = ()  # (title, body): What it does, Why, Example, Use instead


@dataclass(frozen=True)
class DocumentKeys:
    """Where a document's findings go in a baseline file: the entry path
    and the sentence hash of each finding, in the order of
    ``DocumentResult.findings`` and ``DocumentResult.accepted``
    (tqcheck.baseline.finding_key computes them)."""

    path: str
    findings: tuple[str, ...]
    accepted: tuple[str, ...] = ()


@dataclass(frozen=True)
class BaselineTarget:
    """The baseline file a reviewer's decisions are written for."""

    folder: str  # entries' paths are relative to it
    file: str  # the file `check` reads (the --baseline given, else where it looks by default)
    documents: tuple[DocumentKeys | None, ...]  # per report document; None: standard input, never baselined
    schema: str  # the baseline file format (tqcheck.baseline.SCHEMA)


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    fail_on_label: str = "major"
    verbose: bool = False
    # --- report options (text: window width, wrapping, --quiet, --statistics; html: findings listed)
    width: int = DEFAULT_WIDTH
    wrap: bool = False  # wrap messages at ``width`` too (on a terminal)
    quiet: bool = False
    statistics: bool = False
    rules: tuple[RuleText, ...] = ()  # the rules that appear in the report
    baseline: BaselineTarget | None = None
    max_findings: int = DEFAULT_HTML_FINDINGS


def renderer(name: str) -> Callable[[Report, RenderOptions], str]:
    # Imported on demand: the HTML renderer pulls in Jinja2.
    if name == "text":
        from tqcheck.formats.text import render
    elif name == "json":
        from tqcheck.formats.json import render
    elif name == "github":
        from tqcheck.formats.github import render
    elif name == "html":
        from tqcheck.formats.html import render
    else:
        raise ValueError(f"unknown format {name!r}")
    return render


FORMATS = ("text", "json", "github", "html")

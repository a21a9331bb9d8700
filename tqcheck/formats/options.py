"""What a format is given besides the Report: :class:`RenderOptions`, and
what the command computes for it (rules' documentation, baseline keys).
A leaf of the formats package: the formats import it, it imports none of
them."""

from __future__ import annotations

from dataclasses import dataclass

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
    """What the report formats need besides the report: the terminal, the
    report flags, the rules' documentation and the reviewer page's settings."""

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
    # --unsafe-fixes: the text report counts unsafe fixes as fixable too ([*]).
    unsafe_fixes: bool = False

"""The data model: one frozen type per idea.

Document -> Segment -> Finding -> Report. The types made once per sentence
or finding (Segment, Finding, Fix, Edit) have slots: a document of 100,000
sentences holds as many of each. Offsets are Python string indices
into ``Document.text`` (the decoded text: UTF-8 unless a UTF-16/32 byte order
mark or ``--encoding`` says otherwise, BOM removed, line endings kept), so
``document.text[finding.start:finding.end]`` is exactly the flagged span.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any


class Severity(enum.IntEnum):
    INFO = 0
    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None


class Category(str, enum.Enum):
    """MQM error categories (the subset tqcheck reports)."""

    MISTRANSLATION = "Accuracy/Mistranslation"
    UNTRANSLATED = "Accuracy/Untranslated"
    OMISSION = "Accuracy/Omission"
    ADDITION = "Accuracy/Addition"
    PUNCTUATION = "Fluency/Punctuation"
    GRAMMAR = "Fluency/Grammar"
    INCONSISTENCY = "Fluency/Inconsistency"
    UNIDIOMATIC = "Style/Unidiomatic"
    LOCALE = "Locale convention"
    TERMINOLOGY = "Terminology"
    MARKUP = "Design/Markup"

    @classmethod
    def parse(cls, value: str) -> "Category":
        for member in cls:
            if value.strip().lower() in (member.value.lower(), member.name.lower()):
                return member
        raise ValueError(f"unknown MQM category {value!r}")


@dataclass(frozen=True)
class Document:
    """A decoded input text. ``masked`` has the same length as ``text`` with
    markup (HTML tags, Markdown syntax, comments) blanked out; rules read it."""

    text: str
    path: str
    language: str
    format: str = "text"  # text | markdown | html
    masked: str | None = None

    @property
    def checked_text(self) -> str:
        return self.text if self.masked is None else self.masked


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or headline: ``text[start:end]`` with no surrounding space."""

    id: int
    paragraph: int
    start: int
    end: int
    headline: bool = False


# The segment_id of a finding whose span starts in no segment (markup, the
# blank between sentences): rules may build one, the engine never reports it.
NO_SEGMENT = -1


# How sure a fix is (Ruff's fix applicability): a safe fix cannot change
# what the text says (a quote glyph, a space, a dash, a number or date
# format, a page-furniture line deleted) and ``--fix`` applies it; an unsafe
# one may (a calque rewritten, a name, an acronym) and needs
# ``--unsafe-fixes``.
SAFE = "safe"
UNSAFE = "unsafe"
APPLICABILITIES = (SAFE, UNSAFE)


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement`` ("" deletes, an
    empty span inserts)."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True, init=False, repr=False)
class Fix:
    """The edits that fix a finding, sorted, none overlapping. The engine
    builds them from a rule's suggestion and makes the fixes of one report
    agree (engine.resolve_fixes): applying every fix of a report, or every
    safe one, gives one coherent text. ``Fix(applicability, edits)``; read
    ``fix.edits``."""

    applicability: str  # SAFE | UNSAFE
    # Nearly every fix is one edit: it is held as its three fields, not as
    # an Edit in a 1-tuple (64 bytes a fix, not 152; a document can have
    # 200,000 fixes). Several edits: _start and _end are -1 and _replacement
    # is their tuple.
    _start: int
    _end: int
    _replacement: str | tuple[Edit, ...]

    def __init__(self, applicability: str, edits: Iterable[Edit]) -> None:
        edits = tuple(edits)
        one = edits[0] if len(edits) == 1 else None
        object.__setattr__(self, "applicability", applicability)
        object.__setattr__(self, "_start", -1 if one is None else one.start)
        object.__setattr__(self, "_end", -1 if one is None else one.end)
        object.__setattr__(self, "_replacement", edits if one is None else one.replacement)

    @property
    def edits(self) -> tuple[Edit, ...]:
        held = self._replacement
        return held if isinstance(held, tuple) else (Edit(self._start, self._end, held),)

    @property
    def edit_count(self) -> int:
        """len(self.edits), without making them."""
        held = self._replacement
        return len(held) if isinstance(held, tuple) else 1

    def __repr__(self) -> str:
        return f"Fix(applicability={self.applicability!r}, edits={self.edits!r})"

    def applies(self, unsafe: bool) -> bool:
        """Whether a ``--fix`` run applies it (``unsafe``: --unsafe-fixes)."""
        return self.applicability == SAFE or unsafe


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with ``edits`` applied; they must not overlap (fixes.clashes)."""
    out = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < pos:
            raise ValueError(f"overlapping edits at {edit.start}")
        out.append(text[pos : edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


def fixed_text(text: str, findings: Iterable["Finding"], unsafe: bool = False) -> tuple[str, int]:
    """(``text`` with the fixes a ``--fix`` pass applies: the safe ones, and
    the unsafe ones with ``unsafe``; how many findings they fix). The
    engine made the fixes of a document agree, so they never overlap."""
    chosen = [f.fix for f in findings if f.fix is not None and f.fix.applies(unsafe)]
    return apply_edits(text, (e for fix in chosen for e in fix.edits)), len(chosen)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a rule found: its code, severity and MQM category, the span
    ``[start, end)`` of the document's text in segment ``segment_id``, the
    message and the suggested replacement."""

    code: str
    severity: Severity
    category: Category
    segment_id: int
    start: int
    end: int
    message: str
    suggestion: str | None = None
    # Free-form, JSON-serialisable extras (back-translation scores, diffs...).
    details: tuple[tuple[str, Any], ...] = ()
    # One problem seen by two rules is reported once, and only between
    # findings a report keeps (engine.report_once; never shown): ``covers``
    # names what this finding reports ("omitted:3", the sentence omitted in
    # link 3; "copied:7", segment 7 left untranslated by the model). A
    # finding is dropped when a kept finding covers a name in its
    # ``unless_covered``, and one with ``if_covered`` is kept only when a
    # kept finding covers a name there (the variant of a finding that leaves
    # the covered part out, say the numbers of the omitted sentence).
    covers: tuple[str, ...] = ()
    unless_covered: tuple[str, ...] = ()
    if_covered: tuple[str, ...] = ()
    # The edits that fix it, when the rule's suggestion is an exact
    # replacement (set by the engine, never by a rule: rules.fixability).
    # Not part of what the finding is: whether it keeps its fix depends on
    # the other findings of the document (engine.resolve_fixes), so two
    # findings that differ only there are the same finding.
    fix: Fix | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """sorted(findings, key=Finding.sort_key), stable, without a key tuple
    per finding (a document can have 200,000: 20 MB of tuples): three
    stable sorts, least significant field first, on fields the findings
    hold."""
    ordered = sorted(findings, key=attrgetter("code"))
    ordered.sort(key=attrgetter("end"))
    ordered.sort(key=attrgetter("start"))
    return ordered


@dataclass(frozen=True)
class DocumentResult:
    """What checking one document gave: its segments, findings and summary,
    the notes and stage results shown with them."""

    document: Document
    segments: tuple[Segment, ...]
    findings: tuple[Finding, ...]
    summary: "Summary"
    notes: tuple[str, ...] = ()  # plain-words remarks: skipped capabilities, warnings
    stages: tuple["StageResult", ...] = ()  # back-translation, alignment...
    source: Document | None = None
    source_segments: tuple[Segment, ...] = ()
    # Findings a baseline accepted: no longer in ``findings`` (nor in the
    # summary), kept so a reviewer can still see what was accepted.
    accepted: tuple[Finding, ...] = ()
    # How many findings ``--fix`` fixed in this document (over every pass);
    # the findings are then those of the fixed text.
    fixed: int = 0

    def stage(self, name: str) -> "StageResult | None":
        return next((s for s in self.stages if s.name == name), None)


@dataclass(frozen=True)
class Summary:
    """A document's or a run's totals: words, findings per severity, and the
    MQM penalty and score."""

    words: int
    counts: tuple[tuple[str, int], ...]  # severity label -> count, in severity order
    penalty: float
    per_100_words: float
    score: float

    def count(self, severity: Severity) -> int:
        return dict(self.counts).get(severity.label, 0)


@dataclass(frozen=True)
class Report:
    """The results of a run, its summary, signature and the ``--fail-on``
    threshold it is judged by."""

    results: tuple[DocumentResult, ...]
    summary: Summary
    signature: str
    settings: tuple[tuple[str, Any], ...] = field(default=())
    # The threshold the run was judged by (``--fail-on``); None: never fail.
    fail_on: Severity | None = Severity.MAJOR

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for r in self.results for f in r.findings)

    @property
    def verdict(self) -> str:
        return verdict_of(self.findings, self.fail_on)


def verdict_of(findings: Iterable[Finding], fail_on: Severity | None) -> str:
    """"fail" when a finding is at or above ``fail_on``, else "pass": the
    rule the exit code follows."""
    failing = fail_on is not None and any(f.severity >= fail_on for f in findings)
    return "fail" if failing else "pass"


# --- stages: analyses that run before the rules ---------------------------------
# Back-translation is a stage: any callable ``(StageInput) -> StageResult``.
# The engine runs the ones the command line built, hands their analysis to
# the rules (which alone make findings), and every output format shows what
# they return (blocks, per-segment data, notes) through the same Report.


@dataclass(frozen=True)
class StageInput:
    """What a stage (back-translation...) reads for one document."""

    document: Document
    segments: tuple[Segment, ...]
    source_lang: str
    target_lang: str
    # The aligned source document, when the user gave one (--source).
    source: Document | None = None
    source_segments: tuple[Segment, ...] = ()
    # The [tool.tqcheck.<stage name>] table of the configuration.
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StageResult:
    """What a stage gives for one document: its status, its report block and
    per-segment data, notes, and the analysis it hands the rules."""

    name: str  # JSON key: "backtranslation", "alignment", ...
    status: str  # "ran" | "skipped" | "failed"
    findings: tuple[Finding, ...] = ()  # kept for callers; the engine takes findings from rules only
    block: Mapping[str, Any] = field(default_factory=dict)  # per-document JSON block
    segment_data: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)  # by segment id
    notes: tuple[str, ...] = ()  # plain-words lines shown to the user
    reason: str | None = None  # why skipped or failed
    # What the stage hands the rules through RuleContext (back-translation:
    # the round trips and their thresholds, read by TQ901-904); None when it
    # did not run. Never shown in a report.
    analysis: Any = None


Stage = Callable[[StageInput], StageResult]

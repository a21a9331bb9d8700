"""The reviewer page's view-model: plain frozen data made from a Report
(nothing escaped, no markup), and the one way the text is cut into pieces
for highlighting (:func:`pieces`). :mod:`tqcheck.formats.html_layout`
arranges the pieces (side by side, in blocks, the strip);
:mod:`tqcheck.formats.html` builds the page from both."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tqcheck.display import excerpt, visible_blank
from tqcheck.formats.json import finding_json
from tqcheck.formats.options import DEFAULT_HTML_FINDINGS, RuleText
from tqcheck.model import DocumentResult, Finding, Severity, Summary
from tqcheck.positions import line_start_offsets

# Rule families by code prefix (issue 2); an unknown prefix shows as "TQ7xx".
FAMILIES = {
    "TQ1": "Quotes",
    "TQ2": "Calques",
    "TQ3": "Untranslated",
    "TQ4": "Page furniture",
    "TQ5": "Typography & locale",
    "TQ6": "Names & consistency",
    "TQ7": "Bilingual",
    "TQ9": "Back-translation",
}
BACKTRANSLATION_FAMILY = "TQ9"
BILINGUAL_FAMILY = "TQ7"
SCORE_NAMES = (("chrf", "chrF++"), ("bleu", "BLEU"), ("ter", "TER"))
SEVERITY_LABELS = tuple(s.label for s in reversed(Severity))  # worst first
STRIP_CELLS = 120  # at most this many cells in a document's paragraph strip

# Languages written right to left (primary subtags), and scripts that are.
RTL_LANGUAGES = frozenset("ar arb arc ary arz ckb dv fa he iw ks ku pes ps sd syr ug ur yi".split())
RTL_SCRIPTS = frozenset("arab hebr syrc thaa nkoo adlm rohg".split())


def direction(language: str | None) -> str:
    """``rtl`` for a language written right to left (``ar``, ``he-IL``,
    ``az-Arab``), else ``ltr``."""
    parts = (language or "").replace("_", "-").lower().split("-")
    if parts[0] in RTL_LANGUAGES or any(p in RTL_SCRIPTS for p in parts[1:]):
        return "rtl"
    return "ltr"


# --- the view-model ------------------------------------------------------------


@dataclass(frozen=True)
class FindingView:
    id: str  # unique in the page: "d<doc>f<n>" ("d<doc>a<n>" when accepted)
    doc: int
    code: str
    family: str  # "TQ1"
    severity: str  # label
    rank: int  # Severity value, for sorting and the "worst" colour
    category: str
    segment_id: int
    start: int
    end: int
    line: int
    column: int
    text: str  # the flagged span, exactly text[start:end]
    message: str
    suggestion: str | None
    target: str = ""  # element id of the highlight where the finding starts
    shown: str = ""  # the span as a reader sees it: markup hidden, blanks visible (␣␣)
    accepted: bool = False  # accepted by the baseline: listed greyed, not counted
    sentence: str = ""  # its baseline entry's sentence hash ("" when it cannot be baselined)
    fix: tuple[tuple[str, str], ...] = ()  # (text replaced, replacement) per edit of the finding's fix
    source_spans: tuple[tuple[int, int], ...] = ()  # offsets in the source document the finding is about

    @property
    def suggestion_shown(self) -> str:
        """The suggestion as displayed: a blank one visible (␣); the copy
        button still copies ``suggestion`` itself."""
        return visible_blank(self.suggestion or "")


@dataclass(frozen=True)
class Piece:
    """A run of text covered by the same set of findings."""

    text: str
    findings: tuple[str, ...] = ()  # ids, in document order
    severity: str | None = None  # the highest among them
    starts: tuple[str, ...] = ()  # findings that start here: this piece is their focus target
    tip: str = ""  # hover/focus details: one "CODE severity: message" line each
    # Baseline-accepted findings covering it: greyed in the article, outside
    # the filters and navigation (those read only ``findings``).
    accepted: tuple[str, ...] = ()
    accepted_starts: tuple[str, ...] = ()  # accepted ones that start here: their link target

    @property
    def anchor(self) -> str:
        """The element id of this piece, "" when nothing starts here."""
        first = self.starts or self.accepted_starts
        return f"m-{first[0]}" if first else ""


@dataclass(frozen=True)
class Bar:
    segment_id: int
    line: int
    x: float
    y: float
    width: float
    height: float
    chrf: float
    suspect: bool
    href: str = ""  # the sentence's row, "" when it has none of its own


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    median_y: float | None
    median: float | None


@dataclass(frozen=True)
class BackTranslation:
    """What the back-translation stage gave for one sentence."""

    segment_id: int
    text: str | None  # the back-translation (source language)
    round_trip: str | None  # brought forward again (target language)
    forward: str | None  # the source's own forward translation, when a source was given
    scores: tuple[tuple[str, float], ...]  # (display name, value)


@dataclass(frozen=True)
class Row:
    """One row of the side-by-side view: an aligned pair, or a sentence
    with its back-translation. ``source`` None: no source column; ``()``:
    an empty cell (an addition). ``target`` ``()``: an empty cell (an
    omission). The target cells of all rows, in order, are the document's
    text exactly."""

    anchor: str
    kind: str  # "pair" | "omission" | "addition" | "sentence"
    line: int
    target: tuple[Piece, ...]
    source: tuple[Piece, ...] | None = None
    source_flags: tuple[str, ...] = ()  # findings about this pair whose source span is not known
    back: tuple[BackTranslation, ...] = ()
    confidence: float | None = None


@dataclass(frozen=True)
class StripCell:
    """Some paragraphs of a document, with the findings in them."""

    first: int  # 1-based paragraph numbers
    last: int
    counts: tuple[tuple[str, str, int], ...]  # (severity, family, n), all findings, listed or not
    heights: tuple[tuple[str, float, float], ...]  # (severity, y, height) stacked, worst at the bottom
    href: str  # the first listed finding in it, "" when none is listed
    title: str

    @property
    def data(self) -> str:
        return " ".join(f"{s}:{fam}:{n}" for s, fam, n in self.counts)


@dataclass(frozen=True)
class Strip:
    cells: tuple[StripCell, ...]
    height: int
    cell_width: int
    paragraphs: int


@dataclass(frozen=True)
class SummaryView:
    words: int
    counts: tuple[tuple[str, int], ...]  # severity label -> count, worst first
    total: int
    score: float
    penalty: float
    per_100_words: float
    categories: tuple[tuple[str, int], ...]
    accepted: int = 0  # findings a baseline accepted, counted apart


@dataclass(frozen=True)
class DocumentView:
    index: int
    anchor: str
    path: str
    language: str
    format: str
    summary: SummaryView
    notes: tuple[str, ...]
    pieces: tuple[Piece, ...]  # the article, when there is no side-by-side view
    findings: tuple[FindingView, ...]  # listed ones
    accepted: tuple[FindingView, ...]  # greyed, outside filters and navigation
    chart: Chart | None
    comparison: str | None  # what the back-translation compares with
    stages: tuple[tuple[str, str, str | None], ...]  # (name, status, reason)
    models: tuple[str, ...]
    scoring_signature: tuple[str, ...]  # sacreBLEU's, one per metric
    verdict: str = "pass"
    direction: str = "ltr"
    rows: tuple[Row, ...] = ()  # the side-by-side view; () when the article is shown instead
    source_path: str | None = None
    source_language: str | None = None
    source_direction: str = "ltr"
    has_back: bool = False  # a back-translation column
    strip: Strip | None = None
    unlisted: int = 0  # findings not listed (over the page's limit)
    unlisted_accepted: int = 0
    baseline_path: str | None = None  # the path its baseline entries record; None: cannot be baselined
    chunk_starts: tuple[int, ...] = ()  # indexes into ``pieces`` where a block of paragraphs begins
    # The text with its safe fixes applied (model.fixed_text), for
    # the page's "Copy fixed text"; None when no finding has a safe fix.
    fixed_text: str | None = None
    safe_fixes: int = 0

    @property
    def article(self) -> tuple[tuple[Piece, ...], ...]:
        """``pieces`` in blocks of whole paragraphs: the browser lays out
        only the blocks on screen (CSS content-visibility), so a long
        article opens and filters quickly."""
        starts = [*(self.chunk_starts or (0,)), len(self.pieces)]
        return tuple(self.pieces[a:b] for a, b in zip(starts, starts[1:]) if b > a)


@dataclass(frozen=True)
class Decisions:
    """Where the page's accept/reject decisions go."""

    folder: str
    file: str
    schema: str


@dataclass(frozen=True)
class PageView:
    title: str
    verdict: str  # "pass" | "fail"
    fail_on: str  # severity label or "never"
    summary: SummaryView
    documents: tuple[DocumentView, ...]
    severities: tuple[tuple[str, int], ...]  # filter buttons: worst first
    families: tuple[tuple[str, str, int], ...]  # (prefix, label, count)
    signature: tuple[tuple[str, str], ...]
    signature_line: str
    models: tuple[str, ...]
    scoring_signatures: tuple[str, ...]
    version: str
    rules: tuple[RuleText, ...] = ()
    decisions: Decisions | None = None
    max_findings: int = DEFAULT_HTML_FINDINGS
    unlisted: int = 0

    @property
    def rule_codes(self) -> frozenset[str]:
        return frozenset(r.code for r in self.rules)

    def data(self) -> dict[str, Any]:
        """What the page's JavaScript reads (embedded as JSON)."""

        def entry(d: DocumentView, f: FindingView) -> dict[str, Any]:
            key = None
            if d.baseline_path is not None and f.sentence:
                key = {"path": d.baseline_path, "code": f.code, "sentence": f.sentence, "context": f.text}
            return {
                "id": f.id,
                "doc": f.doc,
                "code": f.code,
                "family": f.family,
                "severity": f.severity,
                "rank": f.rank,
                "line": f.line,
                "column": f.column,
                "text": f.text,
                "message": f.message,
                "suggestion": f.suggestion,
                "fix": [list(e) for e in f.fix],
                "path": d.path,
                "accepted": f.accepted,
                "key": key,
            }

        return {
            "findings": [entry(d, f) for d in self.documents for f in d.findings],
            "accepted": [entry(d, f) for d in self.documents for f in d.accepted],
            "fixed_text": [d.fixed_text for d in self.documents],
            "baseline": None
            if self.decisions is None
            else {"schema": self.decisions.schema, "tool": f"tqcheck {self.version}", "file": self.decisions.file},
        }


def family_of(code: str) -> str:
    return code[:3]


def family_label(prefix: str) -> str:
    return FAMILIES.get(prefix, f"{prefix}xx")


def summary_view(summary: Summary, findings: Iterable[Finding | FindingView], accepted: int = 0) -> SummaryView:
    categories: dict[str, int] = {}
    for f in findings:
        category = f.category if isinstance(f, FindingView) else f.category.value
        categories[category] = categories.get(category, 0) + 1
    return SummaryView(
        words=summary.words,
        counts=tuple((s.label, summary.count(s)) for s in reversed(Severity)),
        total=sum(n for _, n in summary.counts),
        score=summary.score,
        penalty=summary.penalty,
        per_100_words=summary.per_100_words,
        categories=tuple(sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))),
        accepted=accepted,
    )


def fix_edits(finding: Finding, text: str) -> tuple[tuple[str, str], ...]:
    """The edits of a finding's fix as (text replaced, replacement). A
    finding carries a fix when a rule knows the exact edit (``--fix``): an
    object in ``finding.fix`` with ``edits``, each with ``start``, ``end``
    (offsets in the document) and ``replacement``. None yet: the page shows
    one as soon as a rule gives it."""
    fix = getattr(finding, "fix", None)
    if fix is None:
        return ()
    out = []
    for edit in getattr(fix, "edits", ()) or ():
        start, end = int(edit.start), int(edit.end)
        out.append((text[start:end], str(edit.replacement)))
    return tuple(out)


def source_spans(finding: Finding, length: int) -> tuple[tuple[int, int], ...]:
    """The source text a finding is about, when its details say:
    ``source_spans`` (a list of [start, end] offsets in the source
    document: TQ701's number, TQ702's name), or TQ703's ``source`` when it
    is one such pair; a finding with neither flags its pair as a whole."""
    details = dict(finding.details)
    spans = details.get("source_spans")
    if spans is None:
        spans = [details.get("source")]
    out = []
    for span in spans or ():
        if (
            isinstance(span, Sequence)
            and not isinstance(span, str)
            and len(span) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in span)
            and 0 <= span[0] <= span[1] <= length
        ):
            out.append((int(span[0]), int(span[1])))
    return tuple(out)


def finding_views(
    result: DocumentResult,
    doc: int,
    accepted: bool = False,
    sentences: Sequence[str] | None = None,
    limit: int | None = None,
) -> tuple[FindingView, ...]:
    """The document's findings (or with ``accepted`` those its baseline
    accepted, ids "d<doc>a<n>"), in document order, the first ``limit``
    only; ``sentences``: each finding's baseline sentence hash, in the
    order of the result."""
    text = result.document.text
    starts = line_start_offsets(text)
    chosen = result.accepted if accepted else result.findings
    keyed = list(zip(chosen, sentences if sentences is not None else [""] * len(chosen)))
    keyed.sort(key=lambda fk: fk[0].sort_key())
    source_length = len(result.source.text) if result.source is not None else -1
    views = []
    for n, (f, sentence) in enumerate(keyed[:limit]):
        j = finding_json(f, text, starts)  # the JSON view's fields: line, column, text
        views.append(
            FindingView(
                id=f"d{doc}{'a' if accepted else 'f'}{n}",
                doc=doc,
                code=f.code,
                family=family_of(f.code),
                severity=f.severity.label,
                rank=int(f.severity),
                category=f.category.value,
                segment_id=f.segment_id,
                start=f.start,
                end=f.end,
                line=j["line"],
                column=j["column"],
                text=j["text"],
                message=f.message,
                suggestion=f.suggestion,
                shown=visible_blank(excerpt(result.document, f.start, f.end)),
                accepted=accepted,
                sentence=sentence,
                fix=fix_edits(f, text),
                source_spans=source_spans(f, source_length) if source_length >= 0 else (),
            )
        )
    return tuple(views)


def visible_span(f: FindingView, length: int) -> tuple[int, int]:
    """A zero-width finding (an insertion point) still needs one character
    to carry its highlight: the next one, or the last of the text."""
    start, end = max(0, min(f.start, length)), max(0, min(f.end, length))
    if end > start or length == 0:
        return start, end
    return (start, start + 1) if start < length else (length - 1, length)


def tip_line(f: FindingView) -> str:
    line = f"{f.code} {f.severity}{' (accepted by baseline)' if f.accepted else ''}: {f.message}"
    if f.suggestion is not None:
        line += " → delete" if f.suggestion == "" else f" → {visible_blank(f.suggestion)}"
    return line


def pieces(
    text: str,
    findings: tuple[FindingView, ...],
    accepted: tuple[FindingView, ...] = (),
    cuts: Iterable[int] = (),
) -> tuple[Piece, ...]:
    """Split the text at every finding boundary (and at ``cuts``: row
    boundaries); each piece lists the findings covering it, so overlapping
    and nested spans both work and the concatenated pieces are exactly the
    text. ``accepted`` (the baseline's) cut the text the same way but are
    listed apart, in ``Piece.accepted``.

    One sweep over the sorted boundaries, keeping the set of open findings
    as it goes: a finding is looked at where it opens and where it closes,
    never once per cut (scanning every finding at every cut was quadratic:
    a 2 MB article took half a minute)."""
    length = len(text)
    every = (*findings, *accepted)  # an index below len(findings) is a live finding
    live = len(findings)
    opening: dict[int, list[int]] = {}  # offset -> indexes (into every) of those starting there
    closing: dict[int, list[int]] = {}
    bounds = {0, length, *(c for c in cuts if 0 <= c <= length)}
    for i, f in enumerate(every):
        s, e = visible_span(f, length)
        bounds.update((s, e))
        if s < e:
            opening.setdefault(s, []).append(i)
            closing.setdefault(e, []).append(i)
    order = sorted(bounds)
    active: list[int] = []  # open findings, by index: the covering ones, in the order given
    out: list[Piece] = []
    for a, b in zip(order, order[1:]):
        for i in closing.get(a, ()):
            del active[bisect.bisect_left(active, i)]
        for i in opening.get(a, ()):
            bisect.insort(active, i)
        if not active:
            out.append(Piece(text=text[a:b]))
            continue
        split = bisect.bisect_left(active, live)
        covering = tuple(every[i] for i in active[:split])
        taken = tuple(every[i] for i in active[split:])
        starting = opening.get(a, ())
        out.append(
            Piece(
                text=text[a:b],
                findings=tuple(f.id for f in covering),
                severity=max(covering, key=lambda f: f.rank).severity if covering else None,
                starts=tuple(every[i].id for i in starting if i < live),
                tip="\n".join(tip_line(f) for f in covering + taken),
                accepted=tuple(f.id for f in taken),
                accepted_starts=tuple(every[i].id for i in starting if i >= live),
            )
        )
    return tuple(out)


def grouped(split: tuple[Piece, ...], bounds: Sequence[int]) -> list[tuple[Piece, ...]]:
    """``split`` (pieces cut at every one of ``bounds``) grouped into the
    ranges ``[bounds[i], bounds[i + 1])``."""
    groups: list[list[Piece]] = [[] for _ in bounds]
    at = 0
    for p in split:
        i = bisect.bisect_right(bounds, at) - 1
        if 0 <= i < len(groups):
            groups[i].append(p)
        at += len(p.text)
    return [tuple(g) for g in groups]

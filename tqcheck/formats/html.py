"""The reviewer's HTML summary: one self-contained page.

Two steps. ``page_view`` turns a Report (and the RenderOptions: rules'
documentation, baseline keys, how many findings to list) into plain frozen
data (no markup, nothing escaped); ``render`` feeds that to one Jinja2
template with autoescape on. Escaping happens in exactly one place, the
Jinja2 environment: autoescape for text and attributes, ``tojson`` (which
writes ``<``, ``>``, ``&`` and ``'`` as ``\\u003c``...) for the JSON data
block. Nothing in this module builds markup from strings. The page's own
CSS and JavaScript are package files, inlined verbatim and allowed by the
Content-Security-Policy through their sha256 hashes, computed here at render
time; the policy allows nothing else (no remote source at all).

What the page shows of each document:

- a strip of its paragraphs, coloured by the findings in each (clusters at
  a glance; a click jumps to the first finding there);
- with a source (alignment) or back-translation, the whole text side by
  side, one row per aligned pair or sentence: source | translation |
  back-translation; an omission or addition has an empty cell, and a
  finding that names its source span (``details["source_spans"]``, or
  TQ703's ``details["source"]``) is highlighted on both sides;
- without either, the article with its findings highlighted;
- the findings, at most ``RenderOptions.max_findings`` in the whole page
  (a 20 MB article has tens of thousands: the rest are counted, and all are
  in the JSON report), each with accept/reject buttons whose decisions
  download as a baseline file (entries computed by the command from
  tqcheck.baseline, embedded per finding).

Characters a reader cannot see (bidi controls, zero-width and other format
characters, controls) are kept in the text but marked visibly
(:func:`tqcheck.display.hidden_parts`), and never reorder what is around
them; file names are isolated (``<bdi>``).
"""

from __future__ import annotations

import base64
import bisect
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from tqcheck import __version__
from tqcheck.display import char_name, excerpt, hidden_parts, reveal, visible_blank
from tqcheck.formats import DEFAULT_HTML_FINDINGS, BaselineTarget, DocumentKeys, RuleText
from tqcheck.formats.json import finding_json
from tqcheck.model import DocumentResult, Finding, Report, Segment, Severity, Summary, verdict_of
from tqcheck.positions import line_col, line_start, line_start_offsets

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
    document), or TQ703's ``source`` when it is one such pair. TQ701/TQ702
    give only a quotation of the source sentence today: their pair is
    flagged as a whole."""
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


def _visible_span(f: FindingView, length: int) -> tuple[int, int]:
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
        s, e = _visible_span(f, length)
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


def _grouped(split: tuple[Piece, ...], bounds: Sequence[int]) -> list[tuple[Piece, ...]]:
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


# --- the side-by-side view ---------------------------------------------------------


@dataclass(frozen=True)
class _Link:
    source: tuple[int, int] | None
    target: tuple[int, int] | None
    source_segments: tuple[int, ...]
    target_segments: tuple[int, ...]
    confidence: float | None


def _span(raw: Any, segment_ids: Sequence[int], segments: Mapping[int, Segment]) -> tuple[int, int] | None:
    if isinstance(raw, Sequence) and not isinstance(raw, str) and len(raw) == 2:
        return int(raw[0]), int(raw[1])
    found = [segments[i] for i in segment_ids if i in segments]
    return (min(s.start for s in found), max(s.end for s in found)) if found else None


def alignment_links(result: DocumentResult) -> list[_Link]:
    """The alignment stage's links, with their offsets (from the segments
    when a link gives none), in the order given."""
    stage = result.stage("alignment")
    if stage is None or stage.status != "ran" or result.source is None:
        return []
    targets = {s.id: s for s in result.segments}
    sources = {s.id: s for s in result.source_segments}
    out = []
    for link in stage.block.get("links", ()) or ():
        if not isinstance(link, Mapping):
            continue
        src_ids = tuple(int(i) for i in link.get("source_segments", ()) or ())
        tgt_ids = tuple(int(i) for i in link.get("target_segments", ()) or ())
        confidence = link.get("confidence")
        out.append(
            _Link(
                source=_span(link.get("source"), src_ids, sources),
                target=_span(link.get("target"), tgt_ids, targets),
                source_segments=src_ids,
                target_segments=tgt_ids,
                confidence=float(confidence) if isinstance(confidence, (int, float)) else None,
            )
        )
    return out


def _back(result: DocumentResult, segment_ids: Iterable[int]) -> tuple[BackTranslation, ...]:
    stage = result.stage("backtranslation")
    if stage is None or stage.status != "ran":
        return ()
    out = []
    for seg_id in segment_ids:
        data = stage.segment_data.get(seg_id)
        if not data:
            continue
        scores = data.get("scores") or {}
        forward = data.get("forward") or {}
        out.append(
            BackTranslation(
                segment_id=seg_id,
                text=data.get("text"),
                round_trip=data.get("round_trip"),
                forward=forward.get("text") if isinstance(forward, Mapping) else None,
                scores=tuple((label, float(scores[key])) for key, label in SCORE_NAMES if key in scores),
            )
        )
    return tuple(out)


def _in_text_order(links: list[_Link]) -> list[tuple[int, _Link]]:
    """Links with a target in text order, each source-only link kept after
    the link it followed (a monotone alignment keeps its order as is);
    (where the row sits in the target text, link)."""
    keyed, at = [], 0
    for n, link in enumerate(links):
        if link.target is not None:
            at = link.target[0]
        keyed.append((at, n, link))
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [(at, link) for at, _, link in keyed]


def _cells(text: str, split: tuple[Piece, ...], spans: Sequence[tuple[int, int]]) -> list[tuple[Piece, ...]]:
    """The pieces of ``split`` (cut at every span boundary) inside each span."""
    offsets, at = [], 0
    for p in split:
        offsets.append(at)
        at += len(p.text)
    out = []
    for a, b in spans:
        i = bisect.bisect_left(offsets, a)
        j = bisect.bisect_left(offsets, b)
        out.append(split[i:j])
    return out


def rows(
    result: DocumentResult, doc_anchor: str, findings: tuple[FindingView, ...], accepted: tuple[FindingView, ...]
) -> tuple[Row, ...]:
    """The side-by-side rows: one per alignment link when a source was
    aligned, else one per sentence when back-translation ran, else none."""
    text = result.document.text
    links = alignment_links(result)
    aligned = bool(links)
    bt = result.stage("backtranslation")
    if not aligned and (bt is None or bt.status != "ran"):
        return ()
    if not aligned:  # back-translation alone: one row per sentence
        links = [_Link(None, (s.start, s.end), (), (s.id,), None) for s in sorted(result.segments, key=lambda s: s.start)]
    ordered = _in_text_order(links)
    # The target column: the text cut where each row's target starts (the
    # first row from 0, each to the next row's start), so together the
    # cells are the text exactly, line breaks between sentences included.
    with_target = [n for n, (_, link) in enumerate(ordered) if link.target is not None]
    bounds = [0] + [ordered[n][1].target[0] for n in with_target[1:]]  # type: ignore[index]
    ends = [link.target[1] for _, link in ordered if link.target is not None]  # trailing breaks: their own piece
    target_cells = _grouped(pieces(text, findings, accepted, [*bounds, *ends]), bounds)
    target_of = {n: target_cells[k] for k, n in enumerate(with_target)}

    source = result.source
    source_of: dict[int, tuple[Piece, ...]] = {}
    flags_of: dict[int, tuple[str, ...]] = {}
    if aligned and source is not None:
        spans = {n: link.source for n, (_, link) in enumerate(ordered) if link.source is not None}
        cuts = sorted({b for span in spans.values() for b in span})

        def on_source(views: tuple[FindingView, ...]) -> tuple[FindingView, ...]:
            moved = [replace(f, start=a, end=b) for f in views for a, b in f.source_spans]
            return tuple(sorted(moved, key=lambda f: (f.start, f.end)))

        split = pieces(source.text, on_source(findings), on_source(accepted), cuts)
        for n, cell in zip(spans, _cells(source.text, split, list(spans.values()))):
            source_of[n] = cell
        # A bilingual finding that names no source span flags its pair's source cell as a whole.
        unplaced: dict[int, list[str]] = {}
        for f in findings:
            if f.family == BILINGUAL_FAMILY and not f.source_spans:
                unplaced.setdefault(f.segment_id, []).append(f.id)
        for n, (_, link) in enumerate(ordered):
            flags_of[n] = tuple(fid for seg in link.target_segments for fid in unplaced.get(seg, ()))

    starts = line_start_offsets(text)
    out = []
    for n, (at, link) in enumerate(ordered):
        if link.target_segments:
            anchor = f"{doc_anchor}-s{min(link.target_segments)}"
        else:
            anchor = f"{doc_anchor}-r{n}"
        if not aligned:
            kind = "sentence"
        elif link.target is None:
            kind = "omission"
        elif link.source is None:
            kind = "addition"
        else:
            kind = "pair"
        out.append(
            Row(
                anchor=anchor,
                kind=kind,
                line=line_col(text, min(at, len(text)), starts)[0],
                target=target_of.get(n, ()),
                source=source_of.get(n, ()) if aligned else None,
                source_flags=flags_of.get(n, ()),
                back=_back(result, link.target_segments),
                confidence=link.confidence,
            )
        )
    return tuple(out)


# --- blocks of the article -----------------------------------------------------------

CHUNK_CHARS = 20_000  # about a few screens of text per block


def chunk_bounds(result: DocumentResult, size: int = CHUNK_CHARS) -> list[int]:
    """Where the article is cut into blocks: at the first paragraph start
    after every ``size`` characters (0 first)."""
    bounds, last, paragraph = [0], 0, None
    for seg in sorted(result.segments, key=lambda s: s.start):
        if seg.paragraph != paragraph:
            paragraph = seg.paragraph
            if seg.start - last >= size:
                start = line_start(result.document.text, seg.start)  # the block starts with its line
                if start > last:
                    bounds.append(start)
                    last = start
    return bounds


def _chunk_starts(split: tuple[Piece, ...], bounds: Sequence[int]) -> list[tuple[int, int]]:
    """(piece index, offset) where each bound begins; pieces are cut at every bound."""
    wanted, out, at = set(bounds), [], 0
    for i, p in enumerate(split):
        if at in wanted:
            out.append((i, at))
        at += len(p.text)
    return out


# --- the paragraph strip ------------------------------------------------------------


def strip(
    result: DocumentResult, listed: tuple[FindingView, ...], height: int = 28, cells: int = STRIP_CELLS
) -> Strip | None:
    """The document's paragraphs in at most ``cells`` cells, each with the
    count of findings in it by severity and family (all findings, listed
    or not), linked to the first listed one."""
    segments = sorted(result.segments, key=lambda s: s.start)
    if not result.findings or not segments:
        return None
    paragraphs = sorted({s.paragraph for s in segments})
    index = {p: i for i, p in enumerate(paragraphs)}
    seg_starts = [s.start for s in segments]

    def paragraph_at(offset: int) -> int:
        i = max(0, bisect.bisect_right(seg_starts, offset) - 1)
        return index[segments[i].paragraph]

    size = -(-len(paragraphs) // cells)  # paragraphs per cell, rounded up
    count = -(-len(paragraphs) // size)
    counts: list[dict[tuple[str, str], int]] = [{} for _ in range(count)]
    for f in result.findings:
        c = paragraph_at(f.start) // size
        key = (f.severity.label, family_of(f.code))
        counts[c][key] = counts[c].get(key, 0) + 1
    first_listed: dict[int, str] = {}
    for f in listed:  # in document order
        first_listed.setdefault(paragraph_at(f.start) // size, f"m-{f.id}")
    most = max(sum(c.values()) for c in counts) or 1
    out = []
    for i, c in enumerate(counts):
        by_severity = {s: sum(n for (sev, _), n in c.items() if sev == s) for s in SEVERITY_LABELS}
        total = sum(by_severity.values())
        heights, y = [], float(height)
        for s in SEVERITY_LABELS:  # worst at the bottom
            h = round(height * by_severity[s] / most, 2) if total else 0.0
            y = round(y - h, 2)
            heights.append((s, y, h))
        first, last = i * size + 1, min((i + 1) * size, len(paragraphs))
        where = f"Paragraph {first}" if first == last else f"Paragraphs {first}–{last}"
        said = ", ".join(f"{by_severity[s]} {s}" for s in SEVERITY_LABELS if by_severity[s])
        out.append(
            StripCell(
                first=first,
                last=last,
                counts=tuple(sorted((s, fam, n) for (s, fam), n in c.items())),
                heights=tuple(heights),
                href=first_listed.get(i, ""),
                title=f"{where}: {said or 'no findings'}" + ("" if first_listed.get(i) or not total else " (not listed: see the JSON report)"),
            )
        )
    return Strip(cells=tuple(out), height=height, cell_width=8, paragraphs=len(paragraphs))


# --- the back-translation chart --------------------------------------------------------


def chart(
    result: DocumentResult, suspect_ids: frozenset[int], anchors: frozenset[str] = frozenset(), doc_anchor: str = "",
    width: int = 640, height: int = 120,
) -> Chart | None:
    """Per-sentence chrF++ as bars, when back-translation ran."""
    stage = result.stage("backtranslation")
    if stage is None or stage.status != "ran" or not stage.segment_data:
        return None
    starts = line_start_offsets(result.document.text)
    data_rows = []
    for seg in result.segments:
        data = stage.segment_data.get(seg.id)
        scores = (data or {}).get("scores") or {}
        if "chrf" in scores:
            data_rows.append((seg, float(scores["chrf"])))
    if not data_rows:
        return None
    step = width / len(data_rows)
    bar_w = max(1.0, step * 0.8)
    bars = []
    for i, (seg, chrf) in enumerate(data_rows):
        h = round(max(0.0, min(100.0, chrf)) / 100 * height, 2)
        anchor = f"{doc_anchor}-s{seg.id}"
        bars.append(
            Bar(
                segment_id=seg.id,
                line=line_col(result.document.text, seg.start, starts)[0],
                x=round(i * step, 2),
                y=round(height - h, 2),
                width=round(bar_w, 2),
                height=h,
                chrf=round(chrf, 1),
                suspect=seg.id in suspect_ids,
                href=f"#{anchor}" if anchor in anchors else "",
            )
        )
    median = stage.block.get("chrf_median")
    median_y = None if median is None else round(height - float(median) / 100 * height, 2)
    return Chart(width=width, height=height, bars=tuple(bars), median_y=median_y, median=median)


def suspect_segments(findings: Iterable[Finding], fail_rank: int | None) -> frozenset[int]:
    """Sentences with a back-translation finding, or a finding at or above
    the blocking threshold: red in the chart."""
    return frozenset(
        f.segment_id
        for f in findings
        if family_of(f.code) == BACKTRANSLATION_FAMILY or (fail_rank is not None and int(f.severity) >= fail_rank)
    )


def _models(result: DocumentResult) -> tuple[str, ...]:
    stage = result.stage("backtranslation")
    if stage is None:
        return ()
    out = []
    for model in stage.block.get("models", ()) or ():
        if isinstance(model, Mapping):
            out.append(" ".join(f"{k}={v}" for k, v in model.items() if v is not None))
        else:
            out.append(str(model))
    return tuple(out)


def scoring_signatures(signature: Any) -> tuple[str, ...]:
    """sacreBLEU's signature as the stage block gives it: one string, or one
    per metric (``{"chrf": "nrefs:1|...", "bleu": ...}``) shown as
    ``chrf: nrefs:1|...``; none when back-translation did not run."""
    if not signature:
        return ()
    if isinstance(signature, Mapping):
        return tuple(f"{metric}: {value}" for metric, value in signature.items())
    return (str(signature),)


def document_view(
    result: DocumentResult,
    index: int,
    fail_rank: int | None,
    keys: DocumentKeys | None = None,
    limit: int | None = None,
    accepted_limit: int | None = None,
) -> DocumentView:
    anchor = f"doc-{index}"
    findings = finding_views(result, index, sentences=keys.findings if keys else None, limit=limit)
    accepted = finding_views(result, index, accepted=True, sentences=keys.accepted if keys else None, limit=accepted_limit)
    side_by_side = rows(result, anchor, findings, accepted)
    if side_by_side:
        split = tuple(p for row in side_by_side for p in row.target)
        article: tuple[Piece, ...] = ()
        chunks: tuple[int, ...] = ()
    else:
        bounds = chunk_bounds(result)
        split = article = pieces(result.document.text, findings, accepted, bounds)
        chunks = tuple(i for i, _ in _chunk_starts(article, bounds))
    targets = {fid: p.anchor for p in split for fid in (*p.starts, *p.accepted_starts)}
    findings = tuple(replace(f, target=targets.get(f.id, "")) for f in findings)
    accepted = tuple(replace(f, target=targets.get(f.id, "")) for f in accepted)
    bt = result.stage("backtranslation")
    ran = bt is not None and bt.status == "ran"
    comparison = str(bt.block.get("comparison") or "round trip") if ran else None
    fail_on = None if fail_rank is None else Severity(fail_rank)
    row_anchors = frozenset(r.anchor for r in side_by_side)
    source = result.source if any(r.source is not None for r in side_by_side) else None
    return DocumentView(
        index=index,
        anchor=anchor,
        path=result.document.path,
        language=result.document.language,
        format=result.document.format,
        summary=summary_view(result.summary, result.findings, len(result.accepted)),
        notes=result.notes,
        pieces=article,
        chunk_starts=chunks,
        findings=findings,
        accepted=accepted,
        chart=chart(result, suspect_segments(result.findings, fail_rank), row_anchors, anchor),
        comparison=comparison,
        stages=tuple((s.name, s.status, s.reason) for s in result.stages),
        models=_models(result),
        scoring_signature=scoring_signatures(bt.block.get("signature") if ran else None),
        verdict=verdict_of(result.findings, fail_on),
        direction=direction(result.document.language),
        rows=side_by_side,
        source_path=source.path if source is not None else None,
        source_language=source.language if source is not None else None,
        source_direction=direction(source.language if source is not None else None),
        has_back=ran and bool(side_by_side),
        strip=strip(result, findings),
        unlisted=len(result.findings) - len(findings),
        unlisted_accepted=len(result.accepted) - len(accepted),
        baseline_path=keys.path if keys is not None else None,
    )


def _fail_rank(label: str) -> int | None:
    if label == "never":
        return None
    try:
        return int(Severity.parse(label))
    except ValueError:
        return int(Severity.MAJOR)


def page_view(
    report: Report,
    fail_on_label: str = "major",
    *,
    rules: tuple[RuleText, ...] = (),
    baseline: BaselineTarget | None = None,
    max_findings: int = DEFAULT_HTML_FINDINGS,
) -> PageView:
    fail_rank = _fail_rank(fail_on_label)
    keys: Sequence[DocumentKeys | None] = baseline.documents if baseline is not None else [None] * len(report.results)
    documents = []
    left, left_accepted = max_findings, max_findings
    for i, (r, k) in enumerate(zip(report.results, keys)):
        view = document_view(r, i, fail_rank, k, limit=left, accepted_limit=left_accepted)
        left -= len(view.findings)
        left_accepted -= len(view.accepted)
        documents.append(view)
    all_findings = report.findings
    failing = fail_rank is not None and any(int(f.severity) >= fail_rank for f in all_findings)
    families: dict[str, int] = {}
    for f in all_findings:
        families[family_of(f.code)] = families.get(family_of(f.code), 0) + 1
    signature = tuple(
        (key, value) if sep else ("", key) for key, sep, value in (p.partition(":") for p in report.signature.split("|"))
    )
    paths = [d.path for d in documents]
    used = {f.code for r in report.results for f in (*r.findings, *r.accepted)}
    return PageView(
        title="tqcheck: " + (paths[0] if len(paths) == 1 else f"{len(paths)} files"),
        verdict="fail" if failing else "pass",
        fail_on=fail_on_label,
        summary=summary_view(report.summary, all_findings, sum(len(r.accepted) for r in report.results)),
        documents=tuple(documents),
        severities=tuple((s.label, report.summary.count(s)) for s in reversed(Severity)),
        families=tuple((p, family_label(p), n) for p, n in sorted(families.items())),
        signature=signature,
        signature_line=report.signature,
        models=tuple(dict.fromkeys(m for d in documents for m in d.models)),
        scoring_signatures=tuple(dict.fromkeys(s for d in documents for s in d.scoring_signature)),
        version=__version__,
        rules=tuple(r for r in rules if r.code in used),
        decisions=None if baseline is None else Decisions(baseline.folder, baseline.file, baseline.schema),
        max_findings=max_findings,
        unlisted=sum(d.unlisted for d in documents),
    )


# --- rendering -------------------------------------------------------------------


def _asset(name: str) -> str:
    return (resources.files("tqcheck.formats") / "html" / name).read_text("utf-8")


def csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _environment():  # -> jinja2.Environment; imported here so only HTML output pays for Jinja2
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: _asset(name)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # Text for places that hold no markup (attributes, <title>): hidden
    # characters as visible tokens. In element content the template marks
    # them with the `t` macro (hidden_parts), keeping the characters.
    env.filters["reveal"] = reveal
    env.filters["hidden_parts"] = hidden_parts
    env.filters["char_name"] = char_name
    return env


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    css, js = _asset("report.css"), _asset("report.js")
    for name, code, closing in (("report.css", css, "</style"), ("report.js", js, "</script")):
        # Inlined verbatim, so it must not be able to close its own element.
        if closing in code.lower():
            raise RuntimeError(f"{name} contains {closing!r}")
    return css, js


def render(report: Report, options: Any = None) -> str:
    from markupsafe import Markup

    view = page_view(
        report,
        getattr(options, "fail_on_label", "major"),
        rules=tuple(getattr(options, "rules", ()) or ()),
        baseline=getattr(options, "baseline", None),
        max_findings=int(getattr(options, "max_findings", DEFAULT_HTML_FINDINGS) or DEFAULT_HTML_FINDINGS),
    )
    css, js = _assets()
    policy = "; ".join(
        (
            "default-src 'none'",
            "img-src data:",
            f"style-src {csp_hash(css)}",
            f"script-src {csp_hash(js)}",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )
    # css and js are this package's own files (checked above), not report
    # data: the only strings that go into the page unescaped.
    return _environment().get_template("report.html.j2").render(
        page=view, data=view.data(), csp=policy, css=Markup(css), js=Markup(js)
    )


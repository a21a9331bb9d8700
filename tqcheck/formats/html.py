"""The reviewer's HTML summary: one self-contained page.

Two steps. ``page_view`` turns a Report into plain frozen data (no markup,
nothing escaped); ``render`` feeds that to one Jinja2 template with
autoescape on. Escaping happens in exactly one place, the Jinja2
environment: autoescape for text and attributes, ``tojson`` (which writes
``<``, ``>``, ``&`` and ``'`` as ``\\u003c``...) for the JSON data block.
Nothing in this module builds markup from strings. The page's own CSS and
JavaScript are package files, inlined verbatim and allowed by the
Content-Security-Policy through their sha256 hashes, computed here at render
time; the policy allows nothing else (no remote source at all).
"""

from __future__ import annotations

import base64
import bisect
import hashlib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

from tqcheck import __version__
from tqcheck.display import excerpt, visible_blank
from tqcheck.formats.json import finding_json
from tqcheck.model import DocumentResult, Report, Severity, Summary
from tqcheck.positions import line_col, line_start_offsets

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
SCORE_NAMES = (("chrf", "chrF++"), ("bleu", "BLEU"), ("ter", "TER"))


# --- the view-model ------------------------------------------------------------


@dataclass(frozen=True)
class FindingView:
    id: str  # unique in the page: "d<doc>f<n>"
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

    @property
    def suggestion_shown(self) -> str:
        """The suggestion as displayed: a blank one visible (␣); the copy
        button still copies ``suggestion`` itself."""
        return visible_blank(self.suggestion or "")


@dataclass(frozen=True)
class Piece:
    """A run of article text covered by the same set of findings."""

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


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    median_y: float | None
    median: float | None


@dataclass(frozen=True)
class Suspect:
    """One suspect sentence for the side-by-side table."""

    segment_id: int
    line: int
    text: str
    back_translation: str | None
    round_trip: str | None
    source: str | None
    scores: tuple[tuple[str, float], ...]  # (display name, value)
    findings: tuple[FindingView, ...]


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
    pieces: tuple[Piece, ...]
    findings: tuple[FindingView, ...]
    accepted: tuple[FindingView, ...]  # greyed, outside filters and navigation
    chart: Chart | None
    suspects: tuple[Suspect, ...]
    comparison: str | None  # what the side-by-side compares with
    stages: tuple[tuple[str, str, str | None], ...]  # (name, status, reason)
    models: tuple[str, ...]
    scoring_signature: tuple[str, ...]  # sacreBLEU's, one per metric


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

    def data(self) -> dict[str, Any]:
        """What the page's JavaScript reads (embedded as JSON)."""
        return {
            "findings": [
                {
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
                    "path": self.documents[f.doc].path,
                }
                for d in self.documents
                for f in d.findings
            ]
        }


def family_of(code: str) -> str:
    return code[:3]


def family_label(prefix: str) -> str:
    return FAMILIES.get(prefix, f"{prefix}xx")


def summary_view(summary: Summary, findings: tuple[FindingView, ...], accepted: int = 0) -> SummaryView:
    categories: dict[str, int] = {}
    for f in findings:
        categories[f.category] = categories.get(f.category, 0) + 1
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


def finding_views(result: DocumentResult, doc: int, accepted: bool = False) -> tuple[FindingView, ...]:
    """The document's findings, or with ``accepted`` those its baseline
    accepted (ids "d<doc>a<n>", so they never collide)."""
    text = result.document.text
    starts = line_start_offsets(text)
    views = []
    chosen = result.accepted if accepted else result.findings
    for n, f in enumerate(sorted(chosen, key=lambda f: f.sort_key())):
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


def _tip_line(f: FindingView) -> str:
    return f"{f.code} {f.severity}{' (accepted by baseline)' if f.accepted else ''}: {f.message}"


def pieces(
    text: str, findings: tuple[FindingView, ...], accepted: tuple[FindingView, ...] = ()
) -> tuple[Piece, ...]:
    """Split the text at every finding boundary; each piece lists the
    findings covering it, so overlapping and nested spans both work and the
    concatenated pieces are exactly the text. ``accepted`` (the baseline's)
    cut the text the same way but are listed apart, in ``Piece.accepted``.

    One sweep over the sorted boundaries, keeping the set of open findings
    as it goes: a finding is looked at where it opens and where it closes,
    never once per cut (scanning every finding at every cut was quadratic:
    a 2 MB article took half a minute)."""
    length = len(text)
    every = (*findings, *accepted)  # an index below len(findings) is a live finding
    live = len(findings)
    opening: dict[int, list[int]] = {}  # offset -> indexes (into every) of those starting there
    closing: dict[int, list[int]] = {}
    cuts = {0, length}
    for i, f in enumerate(every):
        s, e = _visible_span(f, length)
        cuts.update((s, e))
        if s < e:
            opening.setdefault(s, []).append(i)
            closing.setdefault(e, []).append(i)
    order = sorted(cuts)
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
                tip="\n".join(_tip_line(f) for f in covering + taken),
                accepted=tuple(f.id for f in taken),
                accepted_starts=tuple(every[i].id for i in starting if i >= live),
            )
        )
    return tuple(out)


def _aligned_sources(result: DocumentResult) -> dict[int, str]:
    """Target segment id -> its aligned source text (the "alignment" stage)."""
    stage = result.stage("alignment")
    if stage is None or result.source is None:
        return {}
    by_id = {s.id: result.source.text[s.start : s.end] for s in result.source_segments}
    out: dict[int, str] = {}
    for link in stage.block.get("links", ()) or ():
        text = " ".join(by_id[i] for i in link.get("source_segments", ()) if i in by_id)
        for target in link.get("target_segments", ()):
            if text:
                out[target] = text
    return out


def chart(result: DocumentResult, suspect_ids: frozenset[int], width: int = 640, height: int = 120) -> Chart | None:
    """Per-sentence chrF++ as bars, when back-translation ran."""
    stage = result.stage("backtranslation")
    if stage is None or stage.status != "ran" or not stage.segment_data:
        return None
    starts = line_start_offsets(result.document.text)
    rows = []
    for seg in result.segments:
        data = stage.segment_data.get(seg.id)
        scores = (data or {}).get("scores") or {}
        if "chrf" in scores:
            rows.append((seg, float(scores["chrf"])))
    if not rows:
        return None
    step = width / len(rows)
    bar_w = max(1.0, step * 0.8)
    bars = []
    for i, (seg, chrf) in enumerate(rows):
        h = round(max(0.0, min(100.0, chrf)) / 100 * height, 2)
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
            )
        )
    median = stage.block.get("chrf_median")
    median_y = None if median is None else round(height - float(median) / 100 * height, 2)
    return Chart(width=width, height=height, bars=tuple(bars), median_y=median_y, median=median)


def suspects(
    result: DocumentResult, findings: tuple[FindingView, ...], fail_rank: int | None
) -> tuple[Suspect, ...]:
    """Sentences with a back-translation finding, or a finding at or above
    the blocking threshold: the ones a reviewer should compare."""
    bt = result.stage("backtranslation")
    bt_data: Mapping[int, Mapping[str, Any]] = bt.segment_data if bt is not None and bt.status == "ran" else {}
    sources = _aligned_sources(result)
    starts = line_start_offsets(result.document.text)
    by_segment: dict[int, list[FindingView]] = {}
    for f in findings:
        if f.family == BACKTRANSLATION_FAMILY or (fail_rank is not None and f.rank >= fail_rank):
            by_segment.setdefault(f.segment_id, [])
    for f in findings:
        if f.segment_id in by_segment:
            by_segment[f.segment_id].append(f)
    segments = {s.id: s for s in result.segments}  # looked up once per suspect, not scanned
    out = []
    for seg_id in sorted(by_segment):
        seg = segments.get(seg_id)
        if seg is None:
            continue
        text, start = excerpt(result.document, seg.start, seg.end), seg.start
        data = bt_data.get(seg_id) or {}
        scores = data.get("scores") or {}
        forward = data.get("forward") or {}
        out.append(
            Suspect(
                segment_id=seg_id,
                line=line_col(result.document.text, start, starts)[0],
                text=text,
                back_translation=data.get("text"),
                round_trip=data.get("round_trip") or forward.get("text"),
                source=sources.get(seg_id),
                scores=tuple((label, float(scores[key])) for key, label in SCORE_NAMES if key in scores),
                findings=tuple(by_segment[seg_id]),
            )
        )
    return tuple(out)


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


def document_view(result: DocumentResult, index: int, fail_rank: int | None) -> DocumentView:
    findings = finding_views(result, index)
    accepted = finding_views(result, index, accepted=True)
    split = pieces(result.document.text, findings, accepted)
    targets = {fid: p.anchor for p in split for fid in (*p.starts, *p.accepted_starts)}
    findings = tuple(replace(f, target=targets.get(f.id, "")) for f in findings)
    accepted = tuple(replace(f, target=targets.get(f.id, "")) for f in accepted)
    suspect_list = suspects(result, findings, fail_rank)
    bt = result.stage("backtranslation")
    ran = bt is not None and bt.status == "ran"
    comparison = None
    if ran:
        comparison = str(bt.block.get("comparison") or "round trip")
    elif result.stage("alignment") is not None:
        comparison = "source"
    return DocumentView(
        index=index,
        anchor=f"doc-{index}",
        path=result.document.path,
        language=result.document.language,
        format=result.document.format,
        summary=summary_view(result.summary, findings, len(accepted)),
        notes=result.notes,
        pieces=split,
        findings=findings,
        accepted=accepted,
        chart=chart(result, frozenset(s.segment_id for s in suspect_list)),
        suspects=suspect_list,
        comparison=comparison,
        stages=tuple((s.name, s.status, s.reason) for s in result.stages),
        models=_models(result),
        scoring_signature=scoring_signatures(bt.block.get("signature") if ran else None),
    )


def _fail_rank(label: str) -> int | None:
    if label == "never":
        return None
    try:
        return int(Severity.parse(label))
    except ValueError:
        return int(Severity.MAJOR)


def page_view(report: Report, fail_on_label: str = "major") -> PageView:
    fail_rank = _fail_rank(fail_on_label)
    documents = tuple(document_view(r, i, fail_rank) for i, r in enumerate(report.results))
    all_findings = tuple(f for d in documents for f in d.findings)
    failing = fail_rank is not None and any(f.rank >= fail_rank for f in all_findings)
    families: dict[str, int] = {}
    for f in all_findings:
        families[f.family] = families.get(f.family, 0) + 1
    signature = tuple(
        (key, value) if sep else ("", key) for key, sep, value in (p.partition(":") for p in report.signature.split("|"))
    )
    paths = [d.path for d in documents]
    return PageView(
        title="tqcheck: " + (paths[0] if len(paths) == 1 else f"{len(paths)} files"),
        verdict="fail" if failing else "pass",
        fail_on=fail_on_label,
        summary=summary_view(report.summary, all_findings, sum(len(d.accepted) for d in documents)),
        documents=documents,
        severities=tuple((s.label, report.summary.count(s)) for s in reversed(Severity)),
        families=tuple((p, family_label(p), n) for p, n in sorted(families.items())),
        signature=signature,
        signature_line=report.signature,
        models=tuple(dict.fromkeys(m for d in documents for m in d.models)),
        scoring_signatures=tuple(dict.fromkeys(s for d in documents for s in d.scoring_signature)),
        version=__version__,
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

    view = page_view(report, getattr(options, "fail_on_label", "major"))
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

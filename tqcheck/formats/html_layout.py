"""How the reviewer page arranges a document's text: side by side with
its source and back-translation (:func:`rows`), in blocks of paragraphs
(:func:`chunk_bounds`), the paragraph strip (:func:`strip`) and the
back-translation chart (:func:`chart`)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from tqcheck.formats.html_model import (
    BACKTRANSLATION_FAMILY,
    BILINGUAL_FAMILY,
    SCORE_NAMES,
    SEVERITY_LABELS,
    STRIP_CELLS,
    BackTranslation,
    Bar,
    Chart,
    FindingView,
    Piece,
    Row,
    Strip,
    StripCell,
    family_of,
    grouped,
    pieces,
)
from tqcheck.model import DocumentResult, Finding, Segment
from tqcheck.positions import line_col, line_start, line_start_offsets

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
    target_cells = grouped(pieces(text, findings, accepted, [*bounds, *ends]), bounds)
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


def block_starts(split: tuple[Piece, ...], bounds: Sequence[int]) -> list[tuple[int, int]]:
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


def model_lines(result: DocumentResult) -> tuple[str, ...]:
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

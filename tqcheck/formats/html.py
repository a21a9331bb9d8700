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
- "Copy fixed text": the document with every safe fix applied (the
  findings' fixes, model.fixed_text), copied as a ``--fix`` pass writes it;
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
import hashlib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from tqcheck import __version__
from tqcheck.display import char_name, hidden_parts, reveal
from tqcheck.formats.html_layout import (
    block_starts,
    chart,
    chunk_bounds,
    model_lines,
    rows,
    scoring_signatures,
    strip,
    suspect_segments,
)
from tqcheck.formats.html_model import (
    Decisions,
    DocumentView,
    PageView,
    Piece,
    direction,
    family_label,
    family_of,
    finding_views,
    pieces,
    summary_view,
)
from tqcheck.formats.options import DEFAULT_HTML_FINDINGS, BaselineTarget, DocumentKeys, RuleText
from tqcheck.model import DocumentResult, Report, Severity, fixed_text, verdict_of


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
        chunks = tuple(i for i, _ in block_starts(article, bounds))
    targets = {fid: p.anchor for p in split for fid in (*p.starts, *p.accepted_starts)}
    findings = tuple(replace(f, target=targets.get(f.id, "")) for f in findings)
    accepted = tuple(replace(f, target=targets.get(f.id, "")) for f in accepted)
    bt = result.stage("backtranslation")
    ran = bt is not None and bt.status == "ran"
    fixed, safe_fixes = fixed_text(result.document.text, result.findings)
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
        models=model_lines(result),
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
        fixed_text=fixed if safe_fixes else None,
        safe_fixes=safe_fixes,
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


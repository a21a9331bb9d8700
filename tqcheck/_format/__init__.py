"""Output formats. Each is a small module with ``render(report, options) -> str``;
every format reads the same Report and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tqcheck._format._escape import clip, printable, visible_blank
from tqcheck.model import Document, Report

__all__ = ["FORMATS", "RenderOptions", "clip", "excerpt", "printable", "renderer", "suggestion_label", "visible_blank"]


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    fail_on_label: str = "major"
    verbose: bool = False


def suggestion_label(suggestion: str | None, clip: Callable[[str], str] = str) -> str | None:
    """How a suggestion reads in a report: None when there is none; "" means
    the span must go, shown as "(delete)"; a blank one (a single space for a
    double space) is quoted so it can be seen."""
    if suggestion is None:
        return None
    if suggestion == "":
        return "(delete)"
    if not suggestion.strip():
        return repr(suggestion)
    return clip(suggestion)


def excerpt(document: Document, start: int, end: int) -> str:
    """What a reader should see of ``text[start:end]``: the text without the
    markup the document masks (``**``, tags, link targets), so a Markdown
    sentence reads "The official cabinet approved", not "The official
    cabinet** approved". Offsets stay those of the original file; only the
    display changes. Blanked markup is dropped, not turned into spaces (so
    ``AT&amp;T`` reads ``AT&T``, and ``&nbsp;`` a no-break space, the
    character the mask writes for it); a block tag's line break stays a break. A
    span that is nothing but markup (a finding about the markup itself) is
    shown as written."""
    raw = document.text[start:end]
    if document.masked is None:
        return raw
    masked = document.masked[start:end]
    if masked == raw:
        return raw
    shown = "".join(m for m, r in zip(masked, raw) if m == r or m != " ")
    return shown if shown.strip() or not raw.strip() else raw


def renderer(name: str) -> Callable[[Report, RenderOptions], str]:
    # Imported on demand: the HTML renderer pulls in Jinja2.
    if name == "text":
        from tqcheck._format.text import render
    elif name == "json":
        from tqcheck._format.json import render
    elif name == "github":
        from tqcheck._format.github import render
    elif name == "html":
        from tqcheck._format.html import render
    else:
        raise ValueError(f"unknown format {name!r}")
    return render


FORMATS = ("text", "json", "github", "html")

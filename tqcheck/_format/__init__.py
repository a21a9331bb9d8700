"""Output formats. Each is a small module with ``render(report, options) -> str``;
every format reads the same Report and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tqcheck.model import Report


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

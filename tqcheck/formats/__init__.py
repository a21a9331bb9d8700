"""Output formats. Each is a small module with ``render(report, options) -> str``;
every format reads the same Report and the options, nothing else. What a
format needs from outside the report (rule documentation, where a baseline
file would record each finding) is computed by the command and handed over
in :class:`RenderOptions`, so the formats import no rule and no baseline."""

from __future__ import annotations

from collections.abc import Callable

from tqcheck.formats.options import (
    DEFAULT_HTML_FINDINGS,
    DEFAULT_WIDTH,
    BaselineTarget,
    DocumentKeys,
    RenderOptions,
    RuleText,
)
from tqcheck.model import Report

__all__ = [
    "DEFAULT_HTML_FINDINGS",
    "DEFAULT_WIDTH",
    "FORMATS",
    "BaselineTarget",
    "DocumentKeys",
    "RenderOptions",
    "RuleText",
    "renderer",
]


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

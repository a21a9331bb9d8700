"""Output formats. Each is a small module with ``render(report, options) -> str``;
every format reads the same Report and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tqcheck.model import Report

__all__ = ["FORMATS", "RenderOptions", "renderer"]


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    fail_on_label: str = "major"
    verbose: bool = False


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

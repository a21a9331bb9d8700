"""Stages: analyses that run after the rules over a segmented document.

Back-translation and bilingual alignment are stages. A stage is any callable
``(StageInput) -> StageResult``; the engine runs the ones the CLI built and
every output format shows what they return through the same Report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tqcheck.model import Document, Finding, Segment


class StageError(Exception):
    """A stage cannot run as asked (``--backtranslation=require`` without a
    model, a corrupt model folder...). The CLI prints it as one line, exit 2."""


@dataclass(frozen=True)
class StageInput:
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
    name: str  # JSON key: "backtranslation", "alignment", ...
    status: str  # "ran" | "skipped" | "failed"
    findings: tuple[Finding, ...] = ()
    block: Mapping[str, Any] = field(default_factory=dict)  # per-document JSON block
    segment_data: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)  # by segment id
    notes: tuple[str, ...] = ()  # plain-words lines shown to the user
    reason: str | None = None  # why skipped or failed


Stage = Callable[[StageInput], StageResult]

"""Baselines: findings a reviewer has accepted, so a reviewed article passes
until its text changes.

An entry names a finding by its rule code, a hash of the sentence it is in,
and its context (the flagged text itself). The path is recorded for people
reading the file but not matched on, so a moved or renamed article stays
accepted, and editing the sentence (its hash changes) brings the finding
back. Counts make two identical findings in one sentence two entries.

Where it lives: ``--baseline FILE``, else ``[tool.tqcheck.baseline] file``
(relative to the configuration file), else ``tqcheck-baseline.json`` beside the
configuration file, or at the root of the git repository holding the first
input, or in the current folder. ``baseline write``, ``hook run`` and ``check``
all use that one rule, so what one writes the others read; the default file
is read only when it exists, and the report says it was (``--no-baseline``
ignores it).

File format (JSON, sorted, one entry per line-ish for readable diffs)::

    {"schema": "tqcheck-baseline/1", "tool": "tqcheck 0.1.0",
     "entries": [{"code": "TQ110", "sentence": "sha256:…", "context": "“Reuters“",
                  "count": 1, "path": "seeds/article.txt"}]}
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tqcheck import __version__
from tqcheck.config import Config
from tqcheck.inputs import InputError
from tqcheck.model import DocumentResult, Finding, Report

SCHEMA = "tqcheck-baseline/1"
DEFAULT_NAME = "tqcheck-baseline.json"

Key = tuple[str, str, str]  # (code, sentence hash, context)


def sentence_hash(sentence: str) -> str:
    # Line endings only are normalised (a CRLF checkout must not un-accept
    # everything); any other change to the sentence is a new sentence.
    text = sentence.replace("\r\n", "\n").replace("\r", "\n").strip()
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _sentence_of(result: DocumentResult, finding: Finding) -> str:
    text = result.document.text
    seg = next((s for s in result.segments if s.id == finding.segment_id), None)
    if seg is not None:
        return text[seg.start : seg.end]
    # A finding outside any segment: its line stands in for the sentence.
    start = text.rfind("\n", 0, finding.start) + 1
    end = text.find("\n", finding.end)
    return text[start : len(text) if end == -1 else end]


def finding_key(result: DocumentResult, finding: Finding) -> Key:
    context = result.document.text[finding.start : finding.end]
    return (finding.code, sentence_hash(_sentence_of(result, finding)), context)


@dataclass(frozen=True)
class Entry:
    code: str
    sentence: str
    context: str
    count: int
    path: str


@dataclass(frozen=True)
class Baseline:
    entries: tuple[Entry, ...]
    path: str = "<baseline>"
    automatic: bool = False  # read from the default place, not named by the user

    def counts(self) -> Counter[Key]:
        counts: Counter[Key] = Counter()
        for e in self.entries:
            counts[(e.code, e.sentence, e.context)] += e.count
        return counts

    def apply(self, report: Report) -> Report:
        """A new Report without the accepted findings; summaries recomputed
        and each document that lost findings says how many in a note."""
        from tqcheck.engine import summarise

        remaining = self.counts()
        results = []
        for result in report.results:
            kept = []
            for f in result.findings:
                key = finding_key(result, f)
                if remaining[key] > 0:
                    remaining[key] -= 1
                else:
                    kept.append(f)
            accepted = len(result.findings) - len(kept)
            notes = result.notes
            if accepted:
                found = " (found automatically; --no-baseline shows them)" if self.automatic else ""
                notes += (
                    f"baseline {self.path}: {accepted} accepted finding{'s' if accepted != 1 else ''} not shown{found}",
                )
            results.append(
                replace(result, findings=tuple(kept), summary=summarise(kept, result.summary.words), notes=notes)
            )
        findings = [f for r in results for f in r.findings]
        words = sum(r.summary.words for r in results)
        return replace(report, results=tuple(results), summary=summarise(findings, words))


def from_report(report: Report, path: str = "<baseline>") -> Baseline:
    """Accept every finding of ``report``."""
    counts: Counter[Key] = Counter()
    paths: dict[Key, str] = {}
    for result in report.results:
        for f in result.findings:
            key = finding_key(result, f)
            counts[key] += 1
            paths.setdefault(key, result.document.path)
    entries = tuple(
        Entry(code=k[0], sentence=k[1], context=k[2], count=n, path=paths[k])
        for k, n in sorted(counts.items(), key=lambda kv: (paths[kv[0]], kv[0]))
    )
    return Baseline(entries=entries, path=path)


def dumps(baseline: Baseline) -> str:
    payload = {
        "schema": SCHEMA,
        "tool": f"tqcheck {__version__}",
        "entries": [
            {"code": e.code, "sentence": e.sentence, "context": e.context, "count": e.count, "path": e.path}
            for e in baseline.entries
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def _entry(raw: Any, where: str) -> Entry:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where} is not an object")
    fields = {"code": str, "sentence": str, "context": str}
    for name, kind in fields.items():
        if not isinstance(raw.get(name), kind):
            raise ValueError(f"{where} has no string '{name}'")
    count = raw.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ValueError(f"{where}: 'count' must be a positive integer")
    if not raw["sentence"].startswith("sha256:"):
        raise ValueError(f"{where}: 'sentence' must be a sha256: hash")
    return Entry(raw["code"], raw["sentence"], raw["context"], count, str(raw.get("path", "")))


def loads(text: str, path: str = "<baseline>") -> Baseline:
    try:
        data = json.loads(text)
        if not isinstance(data, Mapping) or data.get("schema") != SCHEMA:
            found = data.get("schema") if isinstance(data, Mapping) else type(data).__name__
            raise ValueError(f"expected schema {SCHEMA!r}, found {found!r}")
        entries = data.get("entries")
        if not isinstance(entries, list):
            raise ValueError("'entries' must be a list")
        return Baseline(entries=tuple(_entry(e, f"entry {i + 1}") for i, e in enumerate(entries)), path=path)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: corrupt baseline (invalid JSON at line {exc.lineno} column {exc.colno})") from None
    except ValueError as exc:
        raise InputError(f"{path}: not a tqcheck baseline ({exc}); rewrite it with `tqcheck baseline write`") from None


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; any problem is an InputError (exit 2), never a pass."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline file (create it with `tqcheck baseline write`)") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a baseline file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read baseline ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: corrupt baseline (not UTF-8 at byte offset {exc.start})") from None
    return loads(text, str(path))


def default_folder(config: Config, first_input: str | None) -> Path:
    """Beside the configuration file; else the root of the git repository
    holding the first input (the current folder for stdin); else the current
    folder."""
    if config.path:
        return Path(config.path).parent
    start = Path.cwd() if first_input in (None, "-") else Path(first_input).resolve().parent
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return Path.cwd()


def baseline_path(given: str | None, config: Config, first_input: str | None = None) -> tuple[Path, bool]:
    """(the baseline file for a run, whether it is the default one)."""
    if given:
        return Path(given), False
    name = config.section("baseline").get("file")
    if name:
        folder = Path(config.path).parent if config.path else Path.cwd()
        return folder / str(name), False
    return default_folder(config, first_input) / DEFAULT_NAME, True


def find_baseline(given: str | None, config: Config, first_input: str | None, *, disabled: bool = False) -> Baseline | None:
    """The baseline to apply, or None. A file the user named must exist; the
    default one is read when it is there."""
    if disabled:
        return None
    path, default = baseline_path(given, config, first_input)
    if default and not path.is_file():
        return None
    return replace(load_baseline(path), automatic=default)


_HEADER = re.compile(rb'\A\s*\{\s*"schema"\s*:\s*"tqcheck-baseline/')


def is_baseline_file(path: Path) -> bool:
    """Whether ``path`` holds a tqcheck baseline (even a damaged one, so it
    can be rewritten): its header names the schema, or it parses as JSON with
    that schema."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
            if _HEADER.match(head):
                return True
            if path.stat().st_size > 20 * 1024 * 1024:
                return False
            data = json.loads(head + handle.read())
    except (OSError, ValueError):
        return False
    return isinstance(data, Mapping) and str(data.get("schema", "")).startswith("tqcheck-baseline/")

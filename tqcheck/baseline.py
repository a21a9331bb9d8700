"""Baselines: findings a reviewer has accepted, so a reviewed article passes
until its text changes.

An entry names a finding by the file it is in, its rule code, a hash of the
sentence it is in and its context (the flagged text itself), and is counted
per file: accepting a finding in ``a.txt`` accepts nothing in ``b.md``, and
two identical findings in one sentence are a count of two. The sentence hash
and the context, not line numbers, make the fingerprint, so moving a
paragraph keeps its findings accepted and editing the sentence brings them
back.

Paths are relative to the baseline file's folder (``-o -``: the current
folder), with forward slashes. A renamed or copied file is a new file: its
findings are new until ``baseline write`` records them, as with ruff's and
eslint's baselines. Standard input has no path, so nothing read from it is
ever accepted.

``baseline write PATHS`` replaces the entries of PATHS and keeps those of the
other files still on disk (a deleted or renamed file's entries are dropped).

Where it lives: ``--baseline FILE`` (must exist), else ``[tool.tqcheck.baseline]
file`` (relative to the configuration file), else ``tqcheck-baseline.json``
beside the configuration file, or at the root of the git repository holding
the first input, or in the current folder. ``baseline write``, ``hook run``
and ``check`` all use that one rule, so what one writes the others read; the
configured and default files are read only when they exist (a project can
name its baseline before writing it), and the report says one was
(``--no-baseline`` ignores it).

File format (JSON, sorted, one entry per line-ish for readable diffs)::

    {"schema": "tqcheck-baseline/2", "tool": "tqcheck 0.1.0",
     "entries": [{"path": "seeds/article.txt", "code": "TQ110", "sentence": "sha256:…",
                  "context": "“Reuters“", "count": 1}]}

Version 1 entries had no paths (they matched in any file); such a file is an
error that says to rerun ``tqcheck baseline write``, never read half-right.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tqcheck import __version__
from tqcheck.config import Config
from tqcheck.digest import sha256
from tqcheck.errors import InputError
from tqcheck.model import Document, DocumentResult, Finding, Report, Segment
from tqcheck.positions import line_end, line_start

SCHEMA = "tqcheck-baseline/2"
OLD_SCHEMAS = ("tqcheck-baseline/1",)
DEFAULT_NAME = "tqcheck-baseline.json"
STDIN = "<stdin>"

Key = tuple[str, str, str, str]  # (path, code, sentence hash, context)


def sentence_hash(sentence: str) -> str:
    # Line endings only are normalised (a CRLF checkout must not un-accept
    # everything); any other change to the sentence is a new sentence.
    text = sentence.replace("\r\n", "\n").replace("\r", "\n").strip()
    return "sha256:" + sha256(text.encode("utf-8")).hexdigest()[:32]


def _segment(result: DocumentResult, segment_id: int | None) -> Segment | None:
    """The segment ``segment_id``: at that index (the segmenter numbers them
    so); looked for only otherwise. A search per finding made a baseline of
    a long article quadratic."""
    segments = result.segments
    if segment_id is None:
        return None
    if 0 <= segment_id < len(segments) and segments[segment_id].id == segment_id:
        return segments[segment_id]
    return next((s for s in segments if s.id == segment_id), None)


def _sentence_of(result: DocumentResult, finding: Finding) -> str:
    text = result.document.text
    seg = _segment(result, finding.segment_id)
    if seg is not None:
        return text[seg.start : seg.end]
    # A finding outside any segment: its line stands in for the sentence.
    return text[line_start(text, finding.start) : line_end(text, finding.end)]


def key_path(document: Document, folder: Path) -> str | None:
    """The path an entry records for ``document``: relative to ``folder``
    (the baseline file's), forward slashes; None for standard input."""
    if document.path == STDIN:
        return None
    where = os.path.realpath(document.path)
    try:
        relative = os.path.relpath(where, os.path.realpath(folder))
    except ValueError:  # another drive (Windows): no relative path exists
        relative = where
    return Path(relative).as_posix()


def finding_key(result: DocumentResult, finding: Finding, path: str) -> Key:
    context = result.document.text[finding.start : finding.end]
    return (path, finding.code, sentence_hash(_sentence_of(result, finding)), context)


def _file_counts(result: DocumentResult, path: str) -> Counter[Key]:
    return Counter(finding_key(result, f, path) for f in result.findings)


@dataclass(frozen=True)
class Entry:
    """One accepted finding: the file, the rule, the sentence and its context,
    and how many times it is accepted there."""

    path: str
    code: str
    sentence: str
    context: str
    count: int

    @property
    def key(self) -> Key:
        return (self.path, self.code, self.sentence, self.context)


# How a run found its baseline: named with --baseline, [tool.tqcheck.baseline]
# file, or the default place. Only a named one must exist.
FLAG, CONFIGURED, DEFAULT = "flag", "config", "default"
_FOUND = {
    FLAG: "",
    CONFIGURED: " (from [tool.tqcheck.baseline] file; --no-baseline shows them)",
    DEFAULT: " (found automatically; --no-baseline shows them)",
}


@dataclass(frozen=True)
class Baseline:
    """The accepted findings of a baseline file, with where it was read from."""

    entries: tuple[Entry, ...]
    path: str = "<baseline>"
    folder: Path = Path(".")  # entries' paths are relative to it
    origin: str = FLAG

    def counts(self) -> Counter[Key]:
        counts: Counter[Key] = Counter()
        for e in self.entries:
            counts[e.key] += e.count
        return counts

    def apply(self, report: Report) -> Report:
        """A new Report with the accepted findings moved from ``findings`` to
        ``accepted``, matched file by file; summaries recomputed and each
        document that lost findings says how many in a note."""
        from tqcheck.engine import summarise

        by_file: dict[str, Counter[Key]] = {}
        for key, n in self.counts().items():
            by_file.setdefault(key[0], Counter())[key] += n
        results = []
        for result in report.results:
            path = key_path(result.document, self.folder)
            # Per file: what one file used up is not taken from another.
            remaining = Counter(by_file.get(path, {})) if path else Counter()
            kept, gone = [], []
            for f in result.findings:
                key = finding_key(result, f, path) if path else None
                if key is not None and remaining[key] > 0:
                    remaining[key] -= 1
                    gone.append(f)
                else:
                    kept.append(f)
            n = len(gone)
            notes = result.notes
            if n:
                notes += (f"baseline {self.path}: {n} finding{'s' if n != 1 else ''} accepted, reported apart and not counted{_FOUND[self.origin]}",)
            results.append(
                replace(
                    result,
                    findings=tuple(kept),
                    accepted=result.accepted + tuple(gone),  # the reports still show them, apart
                    summary=summarise(kept, result.summary.words),
                    notes=notes,
                )
            )
        findings = [f for r in results for f in r.findings]
        words = sum(r.summary.words for r in results)
        return replace(report, results=tuple(results), summary=summarise(findings, words))


def _entries(counts: Mapping[Key, int]) -> tuple[Entry, ...]:
    return tuple(Entry(*key, count=n) for key, n in sorted(counts.items()) if n > 0)


def from_report(report: Report, folder: Path, path: str = "<baseline>") -> Baseline:
    """Accept every finding of ``report``, paths relative to ``folder``."""
    counts: Counter[Key] = Counter()
    for result in report.results:
        where = key_path(result.document, folder)
        if where is None:
            raise InputError("-: a baseline records files; give their paths")
        counts.update(_file_counts(result, where))
    return Baseline(entries=_entries(counts), path=path, folder=folder)


def merged(new: Baseline, old: Baseline | None, written: Iterable[str]) -> tuple[Baseline, int]:
    """``new`` plus ``old``'s entries for files not written this time that
    still exist beside it; (the result, how many old entries were dropped
    because their file is gone)."""
    if old is None:
        return new, 0
    done = set(written)
    counts = Counter({e.key: e.count for e in new.entries})
    dropped = 0
    for e in old.entries:
        if e.path in done:
            continue
        if not (new.folder / e.path).is_file():
            dropped += 1  # deleted or renamed: a file of that name later is a new file
            continue
        counts[e.key] += e.count
    return replace(new, entries=_entries(counts)), dropped


def dumps(baseline: Baseline) -> str:
    payload = {
        "schema": SCHEMA,
        "tool": f"tqcheck {__version__}",
        "entries": [
            {"path": e.path, "code": e.code, "sentence": e.sentence, "context": e.context, "count": e.count}
            for e in baseline.entries
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def _entry(raw: Any, where: str) -> Entry:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where} is not an object")
    for name in ("path", "code", "sentence", "context"):
        if not isinstance(raw.get(name), str):
            raise ValueError(f"{where} has no string '{name}'")
    if not raw["path"] or "\\" in raw["path"]:
        raise ValueError(f"{where}: 'path' must be a relative path with forward slashes")
    count = raw.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise ValueError(f"{where}: 'count' must be a positive integer")
    if not raw["sentence"].startswith("sha256:"):
        raise ValueError(f"{where}: 'sentence' must be a sha256: hash")
    return Entry(raw["path"], raw["code"], raw["sentence"], raw["context"], count)


class OldBaseline(InputError):
    """A baseline in an earlier format: rewrite it, do not guess."""


def loads(text: str, path: str = "<baseline>", folder: Path = Path(".")) -> Baseline:
    try:
        data = json.loads(text)
        found = data.get("schema") if isinstance(data, Mapping) else None
        if found in OLD_SCHEMAS:
            raise OldBaseline(
                f"{path}: baseline format {found} is from an older tqcheck (its entries name no file); "
                "rerun `tqcheck baseline write PATHS` to rewrite it"
            )
        if found != SCHEMA:
            what = repr(found) if isinstance(data, Mapping) else type(data).__name__
            raise ValueError(f"expected schema {SCHEMA!r}, found {what}")
        entries = data.get("entries")
        if not isinstance(entries, list):
            raise ValueError("'entries' must be a list")
        parsed = tuple(_entry(e, f"entry {i + 1}") for i, e in enumerate(entries))
        return Baseline(entries=parsed, path=path, folder=folder)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: corrupt baseline (invalid JSON at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:  # json parses nested arrays recursively; a baseline nests three deep
        raise InputError(f"{path}: corrupt baseline (JSON nested too deeply)") from None
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
    return loads(text, str(path), Path(os.path.realpath(p)).parent)


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


def baseline_path(given: str | None, config: Config, first_input: str | None = None) -> tuple[Path, str]:
    """(the baseline file for a run, how it was found: FLAG, CONFIGURED or DEFAULT)."""
    if given:
        return Path(given), FLAG
    name = config.section("baseline").get("file")
    if name:
        return config_folder(config) / str(name), CONFIGURED
    return default_folder(config, first_input) / DEFAULT_NAME, DEFAULT


def config_folder(config: Config) -> Path:
    return Path(config.path).parent if config.path else Path.cwd()


def find_baseline(given: str | None, config: Config, first_input: str | None, *, disabled: bool = False) -> Baseline | None:
    """The baseline to apply, or None. A file named with --baseline must
    exist; the configured or default one is read when it is there (a
    configured file not written yet is no baseline, as the default is)."""
    if disabled:
        return None
    path, origin = baseline_path(given, config, first_input)
    if origin != FLAG and not path.exists():
        return None
    return replace(load_baseline(path), origin=origin)


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
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(data, Mapping) and str(data.get("schema", "")).startswith("tqcheck-baseline/")

"""Checking many files: an archive, a translation memory, a corpus.

``tqcheck check`` turns its paths into work items (:func:`work_items`), checks
them with an engine, and hands the results, in the order of the items, to
the report writers (:mod:`tqcheck.formats.stream`). Three engines run the
same function, :func:`check_batch`, so their findings are the same
document for document:

- in this process (``--jobs 1``, or a small input);
- a pool of processes (:func:`run_pool`, ``--jobs N``): each worker gets
  paths, reads and checks them and sends back the results; the parent keeps
  a bounded window of items in flight and writes them in order, buffering
  only those that finish early;
- Ray Data (:mod:`tqcheck.ray_engine`, ``--engine ray``).

A file that cannot be read is one line on standard error and the others
are checked (the command exits 2 at the end). A worker that dies (killed,
out of memory) takes down the pool: the files it had in hand are checked
again one by one in fresh processes, so only a file that kills its worker
again is reported as lost.

Bilingual files (TSV, XLIFF, PO, TMX) are checked as ``--pairs`` checks
one. A file of more than :data:`CHUNK_UNITS` units is checked that many
units at a time, one document each in the report (rules that compare
sentences across a document, TQ601 for one, compare within a chunk), with
a note saying which units it holds; a file larger than
:data:`STREAM_BYTES` is read as a stream by the parent, which sends the
chunks to the workers, so no process holds the whole file.

With ``--fix`` (``Job.fix``) each worker fixes the files it checked
(:func:`fix_checked`, tqcheck.fixes): the fixed text is checked again, the
file replaced, and the result is that of the fixed text. Bilingual files
are checked, not fixed (a note says so).
"""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from tqcheck.config import Config
from tqcheck.discover import PAIRS, TEXT, Target
from tqcheck.errors import InputError, TqcheckError
from tqcheck.model import Document, DocumentResult, Report, Stage

CHUNK_UNITS = 5_000
# A task of the --jobs pool: this many files at most, closed at this many bytes.
POOL_TASK_FILES = 16
POOL_TASK_BYTES = 256 * 1024
STREAM_BYTES = 8 * 1024 * 1024
# Below this many bytes in all, starting worker processes costs more than it saves.
SMALL_INPUT_BYTES = 256 * 1024


@dataclass(frozen=True)
class Rendering:
    """How the report shows a document, for a streamed format
    (tqcheck.formats.stream): with it, the process that checks a document
    (a pool worker, a Ray task) also applies the baseline to it and renders
    it, and sends back its text and what the run's totals count, not its
    findings; the parent only writes, in order. The same function runs in
    every engine, --jobs 1 too, so the bytes are the same."""

    format: str
    options: Any  # tqcheck.formats.RenderOptions
    fail_on: Any
    baseline: Any = None  # a tqcheck.baseline.Baseline, applied before rendering


@dataclass(frozen=True)
class Job:
    """What every item of a run is checked with: the same for all workers."""

    config: Config
    encoding: str = "utf-8"
    max_bytes: int = 20 * 1024 * 1024
    language_check: bool = True
    source: str | None = None  # --source: the one file's source text
    bt_mode: str = "off"
    bt_overrides: tuple[tuple[str, Any], ...] = ()
    # --fix: "safe" (safe fixes), "unsafe" (--unsafe-fixes too), None: check only.
    fix: str | None = None
    write: bool = True  # False for --diff: the fixed text comes back, the file stays
    baseline: Any = None  # a tqcheck.baseline.Baseline: the findings it accepts are never fixed
    render: Rendering | None = None  # render each document where it is checked (see Rendering)


@dataclass(frozen=True)
class Item:
    """One unit of work: a file to read, or a chunk of a large bilingual
    file the parent has read (``units``; ``first`` is the number of units
    before it, ``chunked`` whether the file has more than one chunk)."""

    path: str
    kind: str
    units: tuple[tuple[str, str], ...] | None = None
    first: int = 0
    chunked: bool = False
    error: str | None = None  # reading it in the parent failed: checking it reports this


@dataclass(frozen=True)
class Checked:
    """What checking one item gave: its documents' results, or one error
    line (the file could not be read, or its worker died)."""

    path: str
    results: tuple[DocumentResult, ...] = ()
    error: str | None = None
    # With --diff, or --fix on standard input: (path, text before, text
    # after) of each document the fixes changed.
    changes: tuple[tuple[str, str, str], ...] = ()
    # With Job.render: each document rendered (tqcheck.formats.stream.Rendered)
    # in place of ``results``.
    rendered: tuple[Any, ...] = ()


# --- work items ------------------------------------------------------------------


def work_items(targets: Iterable[Target], stream_bytes: float = STREAM_BYTES) -> Iterator[Item]:
    """One item per file; a bilingual file over ``stream_bytes`` is read
    here, as a stream, and becomes one item per chunk of units."""
    for target in targets:
        if target.kind != PAIRS or target.path == "-" or _size(target.path) <= stream_bytes:
            yield Item(target.path, target.kind)
            continue
        try:
            for first, units, chunked in unit_chunks(target.path):
                yield Item(target.path, PAIRS, units=units, first=first, chunked=chunked)
        except InputError as exc:  # the chunks before it are checked; the file is reported
            yield Item(target.path, PAIRS, error=str(exc))


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the worker's read says what is wrong


def unit_chunks(path: str, size: int = CHUNK_UNITS) -> Iterator[tuple[int, tuple[tuple[str, str], ...], bool]]:
    """(units before it, the chunk, whether the file has several chunks),
    reading one unit past a chunk to know whether another follows."""
    from tqcheck.bilingual_inputs import iter_units

    units = iter_units(path)
    chunk: list[tuple[str, str]] = []
    first, chunked = 0, False
    for unit in units:
        if len(chunk) == size:
            chunked = True
            yield first, tuple(chunk), True
            first += size
            chunk = []
        chunk.append(unit)
    if chunk or first == 0:
        yield first, tuple(chunk), chunked


# --- checking one batch of items: what every engine runs ---------------------------


def build_stages(job: Job) -> tuple[Stage, ...]:
    """The back-translation stage a worker runs (none when off): built once
    per worker, so a model loads once per worker, not once per file."""
    if job.bt_mode == "off":
        return ()
    from tqcheck.backtranslation.batching import BatchedStage

    return (BatchedStage(job.bt_mode, dict(job.bt_overrides)),)


def check_batch(items: Sequence[Item], job: Job, stages: Sequence[Stage] = ()) -> list[Checked]:
    """Read and check ``items``: each file's documents, or its error line.
    With back-translation, the sentences of every document of the batch are
    translated together first (see :mod:`tqcheck.backtranslation.batching`)."""
    read: list[tuple[Item, list[tuple[Document, Document | None, tuple | None, tuple[str, ...]]] | str]] = []
    for item in items:
        try:
            read.append((item, _read(item, job)))
        except InputError as exc:
            read.append((item, str(exc)))
        except TqcheckError:
            raise  # not about this file: the whole run stops
        except Exception as exc:  # noqa: BLE001 - a bug on one file must not lose the others
            read.append((item, internal_error(item.path, exc)))
    for stage in stages:
        prepare = getattr(stage, "prepare", None)
        if prepare is not None:
            prepare([(d, s) for _, docs in read if not isinstance(docs, str) for d, s, _, _ in docs], job.config)
    out = []
    for item, docs in read:
        if isinstance(docs, str):
            out.append(Checked(item.path, error=docs))
            continue
        try:
            results = [_check(d, s, links, notes, job, stages) for d, s, links, notes in docs]
            if job.fix is None:
                out.append(Checked(item.path, tuple(results)))
            else:
                out.append(fix_checked(item, results, docs, job, stages))
        except InputError as exc:  # the fixed text could not be written back
            out.append(Checked(item.path, error=str(exc)))
        except TqcheckError:
            raise
        except Exception as exc:  # noqa: BLE001
            out.append(Checked(item.path, error=internal_error(item.path, exc)))
    return out


def internal_error(path: str, exc: BaseException) -> str:
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"{path}: internal error while checking it ({type(exc).__name__}: {first}); please report it"


def _read(item: Item, job: Job) -> list[tuple[Document, Document | None, tuple | None, tuple[str, ...]]]:
    """(document, source, given links, notes) for each document of ``item``."""
    from tqcheck.pipeline import input_notes

    config = job.config
    if item.error:
        raise InputError(item.error)
    if item.kind == PAIRS:
        if item.units is not None:
            chunks = [(item.first, item.units, item.chunked)]
        else:
            chunks = list(unit_chunks(item.path))
        docs = []
        for first, units, chunked in chunks:
            docs.append(_pairs_document(item.path, first, units, chunked, config, job.language_check))
        return docs
    from tqcheck.heap import LARGE_INPUT, fix_mmap_threshold
    from tqcheck.inputs import read_document

    if _size(item.path) >= LARGE_INPUT:
        fix_mmap_threshold()  # before its text is read: see tqcheck.heap
    document = read_document(item.path, config.target_lang, encoding=job.encoding, max_bytes=job.max_bytes)
    source = None
    if job.source:
        source = read_document(job.source, config.source_lang, encoding=job.encoding, max_bytes=job.max_bytes)
    return [(document, source, None, input_notes(document, source, config, job.language_check))]


def _pairs_document(path: str, first: int, units: Sequence[tuple[str, str]], chunked: bool, config: Config,
                    language_check: bool) -> tuple[Document, Document | None, tuple | None, tuple[str, ...]]:
    from tqcheck.bilingual_inputs import pairs_documents
    from tqcheck.pipeline import input_notes

    source, document, links = pairs_documents(units, path, config.source_lang, config.target_lang)
    notes = input_notes(document, source, config, language_check)
    if chunked:
        last = first + len(units)
        notes = (f"units {first + 1:,}-{last:,} of this file (line N is unit {first:,}+N): a file of more than "
                 f"{CHUNK_UNITS:,} units is checked {CHUNK_UNITS:,} at a time", *notes)
    return document, source, links, notes


def _check(document: Document, source: Document | None, links: tuple | None, notes: tuple[str, ...], job: Job,
           stages: Sequence[Stage]) -> DocumentResult:
    from tqcheck.engine import check_document

    return check_document(document, job.config, stages=tuple(stages), source=source, given_links=links, notes=notes)


# --- --fix ------------------------------------------------------------------------------


NOT_FIXED_PAIRS = ("not fixed: --fix rewrites .txt, .md and .html files; a bilingual file (TSV, XLIFF, PO, TMX) "
                   "is fixed in the tool that wrote it")


def fix_checked(item: Item, results: Sequence[DocumentResult], docs: Sequence[tuple], job: Job,
                stages: Sequence[Stage]) -> Checked:
    """``results`` (the item's documents, checked) fixed as ``job.fix``
    says: the fixed text checked again (rules only, until nothing more is
    fixable: tqcheck.fixes.fix_document), the file replaced (unless
    ``job.write`` is off: --diff; standard input: the parent writes the
    text out), and the result is that of the fixed text, stages included."""
    from dataclasses import replace

    from tqcheck.engine import check_document
    from tqcheck.fixes import STDIN, fix_document, fix_notes, write_back

    if item.kind == PAIRS:
        return Checked(item.path, tuple(replace(r, notes=(*r.notes, NOT_FIXED_PAIRS)) for r in results))
    unsafe = job.fix == "unsafe"
    accepted = accepted_by(job.baseline)
    out, changes = [], []
    for result, (_, source, links, notes) in zip(results, docs):
        def recheck(document: Document, source=source, links=links, notes=notes) -> DocumentResult:
            return check_document(document, job.config, source=source, given_links=links, notes=notes)

        fixed = fix_document(result, recheck, unsafe, accepted)
        final = fixed.result
        path = result.document.path
        if path == STDIN:  # a filter: the text goes out, changed or not
            changes.append((path, fixed.before, fixed.after))
        if fixed.after == fixed.before:
            out.append(result)
            continue
        if path == STDIN:
            written = "the fixed text is on standard output"
        elif job.write:
            write_back(item.path, fixed.before, fixed.after, job.encoding, job.max_bytes)
            written = "the file was rewritten"
        else:
            written = "the file was left as it is (--diff)"
            changes.append((path, fixed.before, fixed.after))
        if stages and job.write:
            # The report is of the fixed text: back-translated too (the cache
            # answers for the sentences the fixes left alone).
            final = replace(check_document(final.document, job.config, stages=tuple(stages), source=source,
                                           given_links=links, notes=notes), fixed=final.fixed)
        out.append(replace(final, notes=(*final.notes, *fix_notes(fixed, unsafe, written))))
    return Checked(item.path, tuple(out), changes=tuple(changes))


def accepted_by(baseline: Any) -> Callable[[DocumentResult], tuple]:
    """The findings of a result that ``baseline`` accepts: what --fix leaves alone."""
    if baseline is None:
        return lambda result: ()
    accept = acceptor(baseline)
    return lambda result: accept(result).accepted


def acceptor(baseline: Any) -> Callable[[DocumentResult], DocumentResult]:
    """The baseline applied to one document at a time (the same as applying
    it to the whole report: it matches file by file), each document matched
    against its own file's entries only."""
    if baseline is None:
        return lambda result: result
    from dataclasses import replace

    from tqcheck.baseline import key_path

    by_path: dict[str, list] = {}
    for entry in baseline.entries:
        by_path.setdefault(entry.path, []).append(entry)

    def accept(result: DocumentResult) -> DocumentResult:
        key = key_path(result.document, baseline.folder)
        own = replace(baseline, entries=tuple(by_path.get(key, ()))) if key else replace(baseline, entries=())
        single = Report(results=(result,), summary=result.summary, signature="", fail_on=None)
        return own.apply(single).results[0]

    return accept


# --- engines ---------------------------------------------------------------------------


def batches(items: Iterable[Item], size: int, max_bytes: int | None = None) -> Iterator[list[Item]]:
    """``items`` ``size`` at a time, a batch also closing once its files
    hold ``max_bytes`` (a chunk of units read here counts as full)."""
    batch: list[Item] = []
    held = 0
    for item in items:
        batch.append(item)
        if max_bytes is not None:
            held += max_bytes if item.units is not None else _size(item.path) if not item.error else 0
        if len(batch) >= size or (max_bytes is not None and held >= max_bytes):
            yield batch
            batch = []
            held = 0
    if batch:
        yield batch


def rendered(checked: list[Checked], job: Job, seen: set) -> list[Checked]:
    """With ``job.render``, each document of ``checked`` accepted by the
    baseline and rendered (tqcheck.formats.stream.render) in place of its
    results, with what Totals counts of it; ``seen``: the document shapes
    this process has sent already (Totals.tally), for one run."""
    spec = job.render
    if spec is None:
        return checked
    from dataclasses import replace

    from tqcheck.formats.stream import render

    text_report = None
    if spec.format == "text":
        from tqcheck.formats.text import TextReport

        text_report = TextReport(spec.options, spec.fail_on)
    accept = acceptor(spec.baseline)
    out = []
    for one in checked:
        pieces = []
        for result in one.results:
            result = accept(result)
            piece = render(spec.format, result, spec.options, spec.fail_on, text_report)
            pieces.append(replace(piece, totals=Totals.tally(result, seen)))
        out.append(replace(one, results=(), rendered=tuple(pieces)) if pieces else one)
    return out


def run_here(items: Iterable[Item], job: Job, stages: Sequence[Stage], batch_size: int = 1) -> Iterator[Checked]:
    seen: set = set()
    for batch in batches(items, batch_size):
        yield from rendered(check_batch(batch, job, stages), job, seen)


# The worker's state, set once by _start_worker: the job, its stages and
# the document shapes it has sent (Totals.tally).
_WORKER: tuple[Job, tuple[Stage, ...], set] | None = None


def _start_worker(job: Job, stages: tuple[Stage, ...]) -> None:
    global _WORKER
    _WORKER = (job, stages, set())


def _work(batch: list[Item]) -> list[Checked]:
    assert _WORKER is not None, "worker not started"
    job, stages, seen = _WORKER
    return rendered(check_batch(batch, job, stages), job, seen)


# What the parent checks before the pool forks (warm_up): a few sentences
# down the rules' common paths (numbers, a date, quotes, brackets, an
# abbreviation, a URL, a name in another script), so the rule modules are
# imported, their lazy tables built and their patterns compiled once, here,
# and every worker inherits them instead of building them again.
WARM_UP_TEXT = (
    "Warm-up\n\n"
    "The minister said on 12 May 2024 that 1,250 new homes would be built in the city by 2026.\n"
    '"We will not wait," she told reporters (in Sofia) at 10:30 a.m., according to www.example.com.\n'
    "Mr. Smith's report, published on Monday, cost 3.5 million euros - about 12% more than planned.\n"
    "The mayor of Sofia, Иван Петров, met the delegation; the talks lasted two hours.\n"
)


def warm_up(job: Job, kinds: Iterable[str] = ("text",)) -> None:
    """Build in this process what each worker would otherwise build at its
    first file: langdetect's profiles where something may ask them (the
    language check, TQ304; in the bench's corpus one English article in a
    hundred does), then WARM_UP_TEXT read, checked and rendered as the job
    says, as a text and, for ``kinds`` holding "pairs", as a bilingual file
    (its first check imports wordfreq and langcodes: 0.3 s); stages aside
    (a model is loaded by each worker). Only before a pool forks, whose
    workers inherit it copy-on-write: a --jobs 1 run builds what it uses as
    it goes. Nothing of a user's file is checked here, so a file that kills
    its checker still kills only a worker."""
    from tqcheck.inputs import document_from_bytes
    from tqcheck.pipeline import input_notes

    config = job.config
    if job.language_check or config.enabled("TQ304"):
        from tqcheck.langdetect_profiles import factory

        factory()
    for kind in sorted(set(kinds)):
        try:
            if kind == PAIRS:
                lines = [line for line in WARM_UP_TEXT.splitlines() if line]
                units = tuple(zip(lines, lines))
                docs = [_pairs_document("warm-up.tsv", 0, units, False, config, job.language_check)]
            else:
                document = document_from_bytes(WARM_UP_TEXT.encode("utf-8"), "warm-up.txt", config.target_lang)
                docs = [(document, None, None, input_notes(document, None, config, job.language_check))]
            results = tuple(_check(d, s, links, notes, job, ()) for d, s, links, notes in docs)
            rendered([Checked(docs[0][0].path, results)], job, set())
        except Exception:  # noqa: BLE001 - only a head start: each worker still builds what it lacks
            pass


def _pool(jobs: int, job: Job, stages: tuple[Stage, ...]) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork where there is one: a worker starts with the parent's modules
    # already imported (the rules, their compiled data), copy-on-write.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    if method == "fork":
        # The parent's objects so far (modules, tables) live as long as the
        # run: out of the collector's way, a worker's collections neither
        # walk them nor copy their pages (the gc module's advice for fork).
        gc.freeze()
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=multiprocessing.get_context(method), initializer=_start_worker,
        initargs=(job, stages),
    )


def run_pool(
    items: Iterable[Item], job: Job, stages: tuple[Stage, ...], jobs: int, batch_size: int = 1,
    window: int | None = None,
) -> Iterator[Checked]:
    """Check ``items`` in ``jobs`` processes; yield in the items' order.

    At most ``window`` batches are in flight (default 4 per process), so
    memory stays bounded whatever the number of files: results that finish
    before those ahead of them wait, and no more is submitted until the
    first in line is written."""
    from concurrent.futures.process import BrokenProcessPool

    window = window or 4 * jobs
    # Several small files to a task: a task costs the parent ~70 µs of CPU
    # (pickling, queues, a wake-up), which it takes from the workers.
    source = batches(items, max(batch_size, POOL_TASK_FILES), POOL_TASK_BYTES)
    # The first task's kinds of file say what the warm-up checks (a TMX
    # archive: the bilingual path too).
    head = next(source, None)
    warm_up(job, {item.kind for item in head or ()} or {TEXT})
    if head is not None:
        source = chain([head], source)
    pool = _pool(jobs, job, stages)
    pending: deque[tuple[list[Item], Any | None]] = deque()  # None: the pool broke before it took the batch
    finished = False
    try:
        while True:
            while len(pending) < window:
                batch = next(source, None)
                if batch is None:
                    break
                try:
                    pending.append((batch, pool.submit(_work, batch)))
                except BrokenProcessPool:  # a worker died while the window was filling
                    pending.append((batch, None))
            if not pending:
                finished = True
                return
            batch, future = pending.popleft()
            if future is not None:
                try:
                    yield from future.result()
                    continue
                except BrokenProcessPool:
                    pass
            # A worker died. Every batch not finished is suspect: each of
            # their files is checked again on its own, in a fresh process.
            pool.shutdown(wait=True, cancel_futures=True)
            suspects = [(batch, future), *pending]
            pending.clear()
            for items_of, done in suspects:
                if done is not None and done.done() and not done.cancelled() and done.exception() is None:
                    yield from done.result()
                else:
                    for item in items_of:
                        yield _alone(item, job, stages)
            pool = _pool(jobs, job, stages)
    finally:
        # Every file written: the idle workers are joined now. Left to the
        # interpreter's exit, a pool shut down without waiting can race its
        # own clean-up ("OSError: Bad file descriptor" on standard error,
        # CPython gh-83279). Stopped early (the reader went away, ^C): no wait.
        pool.shutdown(wait=finished, cancel_futures=True)


def _alone(item: Item, job: Job, stages: tuple[Stage, ...]) -> Checked:
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1, job, stages)
    try:
        return pool.submit(_work, [item]).result()[0]
    except BrokenProcessPool:
        return Checked(item.path, error=f"{item.path}: the worker process checking it stopped abruptly "
                                        "(killed, or out of memory); the other files were checked")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def choose_jobs(jobs: int, targets: Sequence[Target]) -> int:
    """``--jobs`` for this input: 1 for standard input, one file, or a small
    input, where starting processes costs more than it saves."""
    if jobs <= 1 or len(targets) <= 1 or any(t.path == "-" for t in targets):
        return 1
    total = 0
    for t in targets:
        total += _size(t.path)
        if total > SMALL_INPUT_BYTES:
            return min(jobs, len(targets))
    return 1


Engine = Callable[[Iterable[Item]], Iterator[Checked]]


def with_progress(results: Iterator[Checked], files: int) -> Iterator[Checked]:
    """``results`` as they come, counted on a progress bar of ``files``
    files (tqcheck.progress: only on a terminal); closing it closes them."""
    from tqcheck.progress import progress_bar

    bar = progress_bar(files, "checking", "file")
    try:
        if bar is None:
            yield from results
            return
        with bar:
            last = None
            for checked in results:
                if checked.path != last:  # the chunks of a large bilingual file count once
                    bar.update(1)
                    last = checked.path
                yield checked
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()


# --- the run's totals, kept small whatever the number of documents -----------------


class _Kind:
    """What summarise reads of a finding: its severity and whether it is punctuation."""

    __slots__ = ("severity", "category")

    def __init__(self, severity: Any, category: Any) -> None:
        self.severity, self.category = severity, category


class Totals:
    """The run's summary, verdict and signature, built as documents come:
    per finding one byte (its severity and whether it is punctuation, in
    order, so the penalty adds up exactly as for a whole Report), and one
    findings-free copy of each distinct kind of document for the
    signature (which rules and stages ran)."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.kinds = bytearray()
        self.words = 0
        self.documents = 0
        self._shapes: dict[tuple, DocumentResult] = {}

    def add(self, result: DocumentResult) -> None:
        self.add_tally(self.tally(result, set(self._shapes)))

    @staticmethod
    def tally(result: DocumentResult, seen: set) -> tuple[int, bytes, tuple, DocumentResult | None]:
        """What the totals count of one document: its words, a byte per
        finding, its shape, and the findings-free copy of it the signature
        reads when ``seen`` (the shapes sent before by this process) lacks
        its shape. A process checks its documents in the run's order, so
        the first document of a shape in the run always brings its copy."""
        from dataclasses import replace

        from tqcheck.model import Category

        kinds = bytes(2 * int(f.severity) + (f.category is Category.PUNCTUATION) for f in result.findings)
        stages = tuple((s.name, s.status, _stage_key(s)) for s in result.stages)
        shape = (result.source is not None, stages)
        copy = None
        if shape not in seen:
            seen.add(shape)
            copy = replace(
                result, findings=(), accepted=(), segments=(), source_segments=(),
                stages=tuple(replace(s, findings=(), segment_data={}) for s in result.stages),
            )
        return result.summary.words, kinds, shape, copy

    def add_tally(self, tally: tuple[int, bytes, tuple, DocumentResult | None]) -> None:
        words, kinds, shape, copy = tally
        self.documents += 1
        self.words += words
        self.kinds += kinds
        if shape not in self._shapes:
            if copy is None:  # cannot happen while each process checks its documents in order
                raise RuntimeError("internal error: a document shape came without its copy")
            self._shapes[shape] = copy

    def report(self) -> tuple[Report, str]:
        """(a Report with the run's summary and signature and no results, its verdict)."""
        from dataclasses import replace

        from tqcheck.engine import build_report, summarise
        from tqcheck.model import Category, Severity, verdict_of

        light = [_Kind(Severity(s), c) for s in range(4) for c in (Category.GRAMMAR, Category.PUNCTUATION)]
        findings = [light[k] for k in self.kinds]
        summary = summarise(findings, self.words)
        signed = build_report(tuple(self._shapes.values()), self.config)
        return replace(signed, results=(), summary=summary), verdict_of(findings, self.config.fail_on)  # type: ignore[arg-type]


def _stage_key(stage: Any) -> str:
    block = stage.block or {}
    models = block.get("models") or ()
    return repr(([(m.get("id"), m.get("revision")) for m in models if isinstance(m, dict)],
                 block.get("signature"), block.get("settings", {}).get("beam") if isinstance(block.get("settings"), dict) else None,
                 block.get("settings", {}).get("quantize") if isinstance(block.get("settings"), dict) else None))

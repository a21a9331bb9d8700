"""``--engine ray``: the checking of :mod:`tqcheck.archive` on Ray Data.

Ray is the engine; tqcheck writes no scheduler. The dataset is the list of
files (path and kind, in the run's order); the work is the same function
the local engines run, so the findings are the same document for document:

- rules only: ``map_batches`` of :func:`tqcheck.archive.check_batch` in CPU
  tasks (one CPU each), a few files per batch;
- with back-translation: first an actor pool (``map_batches`` with a
  callable class, ``compute=ActorPoolStrategy``) in which each actor loads
  the models once and back-translates the sentences of a whole batch of
  documents at once (:class:`tqcheck.backtranslation.batching.BatchedStage`),
  on a GPU each when the cluster has GPUs (``num_gpus=1``), else on CPUs;
  then CPU tasks run the rules and merge the stage's results exactly as the
  engine does in one process.

The driver (this process) reads the results back in order (Ray Data's
``preserve_order``) and writes the report as the local engines do, document
by document: for a streamed format each task renders its documents
(:func:`tqcheck.archive.rendered`) and the driver only writes them.
``--ray-output DIR`` also writes one Parquet row per document from the
workers (path, verdict, counts, score, the JSON document; findings
as checked, before any baseline, which is the driver's).

``--ray-address`` joins a running cluster (whose nodes have tqcheck
installed); without it a local Ray instance starts with ``--jobs`` CPUs.
A Ray task that fails after Ray's own retries loses its block: its files are
reported, one line each, and the others written.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

from tqcheck.archive import Checked, Item, Job, check_batch, internal_error, rendered
from tqcheck.errors import UsageError

RAY_EXTRA = "pip install 'tqcheck[ray]'"
RAY_TASK_FILES = 256  # at most, in a rules-only task


def import_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - the Data library is part of the extra
    except ImportError:
        raise UsageError(f"--engine ray needs Ray, which is not installed: {RAY_EXTRA}") from None
    return ray


def start(ray: Any, jobs: int, address: str | None) -> bool:
    """Join ``address`` or start a local instance; True when this call started it."""
    if ray.is_initialized():
        return False
    _hush()
    common = {"include_dashboard": False, "logging_level": logging.WARNING, "log_to_driver": False,
              "configure_logging": True}
    try:
        if address:
            ray.init(address=address, **common)
        else:
            ray.init(num_cpus=jobs, **common)
    except Exception as exc:  # noqa: BLE001 - ConnectionError, RuntimeError...: one line
        where = f"the Ray cluster at {address}" if address else "a local Ray instance"
        raise UsageError(f"--engine ray: cannot start or join {where} ({type(exc).__name__}: {exc})") from None
    return True


def _quiet(ray: Any) -> None:
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # the report's order is the files' order
    context.enable_progress_bars = False
    context.enable_operator_progress_bars = False
    context.max_errored_blocks = -1  # a failed block is reported by the driver, the rest written
    _hush()


def _hush() -> None:
    """Ray's notices (token set-up, progress bars off) are not the report's;
    its warnings about failures still show."""
    for name in ("ray", "ray.data", "ray._private"):
        logging.getLogger(name).setLevel(logging.ERROR)


# --- the work, as Ray calls it ----------------------------------------------------------


def _items(batch: dict[str, Any]) -> list[Item]:
    return [Item(str(p), str(k)) for p, k in zip(batch["path"], batch["kind"])]


def check_rows(batch: dict[str, Any], job: Job) -> dict[str, Any]:
    """Rules (and a stage's results worked out before, in ``batch["stages"]``)
    for a batch of files: the pickled :class:`Checked` of each."""
    items = _items(batch)
    if "stages" in batch:
        out = [_with_stages(item, pickle.loads(bytes(blob)), job) for item, blob in zip(items, batch["stages"])]
    else:
        out = check_batch(items, job)
    # With job.render, each document rendered here (as a pool worker does),
    # so the driver receives its text, not its findings.
    out = rendered(out, job, set())
    return {"index": batch["index"], "checked": [pickle.dumps(c, protocol=5) for c in out]}


def _with_stages(item: Item, read: Any, job: Job) -> Checked:
    """Check a file read by the back-translation actor with the stage
    results it worked out: the engine merges them as in one process."""
    from tqcheck.archive import _check

    if isinstance(read, str):
        return Checked(item.path, error=read)
    try:
        results = tuple(_check(d, s, links, notes, job, (_Precomputed(result),)) for (d, s, links, notes), result in read)
    except Exception as exc:  # noqa: BLE001 - one file's bug is its own line
        return Checked(item.path, error=internal_error(item.path, exc))
    return Checked(item.path, results)


class _Precomputed:
    """A stage whose result for the one document it is given was computed elsewhere."""

    section = "backtranslation"

    def __init__(self, result: Any) -> None:
        self.result = result

    def __call__(self, inp: Any) -> Any:
        return self.result


class Backtranslator:
    """A Ray actor: the stage built (and its models loaded) once, then for
    each batch of files the documents read, their sentences translated
    together, and each document's stage result returned."""

    def __init__(self, job: Job) -> None:
        from tqcheck.archive import build_stages

        self.job = job
        (self.stage,) = build_stages(job)
        config = job.config
        # Load now, once per actor, not on the first file.
        self.stage.translators(config.source_lang, config.target_lang, config.section(self.stage.section))

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        from dataclasses import replace

        from tqcheck.archive import _read
        from tqcheck.engine import segment_document
        from tqcheck.errors import InputError
        from tqcheck.model import StageInput

        config = self.job.config
        read: list[Any] = []
        for item in _items(batch):
            try:
                read.append(_read(item, self.job))
            except InputError as exc:
                read.append(str(exc))
            except Exception as exc:  # noqa: BLE001
                read.append(internal_error(item.path, exc))
        documents = [(d, s) for docs in read if not isinstance(docs, str) for d, s, _, _ in docs]
        self.stage.prepare(documents, config)
        out = []
        for docs in read:
            if isinstance(docs, str):
                out.append(pickle.dumps(docs, protocol=5))
                continue
            with_results = []
            for document, source, links, notes in docs:
                inp = StageInput(document, segment_document(document), config.source_lang, config.target_lang, source,
                                 segment_document(source) if source is not None else ())
                result = self.stage(replace(inp, options=config.section(self.stage.section)))
                with_results.append(((document, source, links, notes), result))
            out.append(pickle.dumps(with_results, protocol=5))
        return {"index": batch["index"], "path": batch["path"], "kind": batch["kind"], "stages": out}


PARQUET_COLUMNS = (
    ("index", "int64"), ("path", "string"), ("language", "string"), ("format", "string"), ("verdict", "string"),
    ("words", "int64"), ("score", "float64"), ("critical", "int64"), ("major", "int64"), ("minor", "int64"),
    ("info", "int64"), ("findings", "int64"), ("error", "string"), ("document", "string"),
)


def parquet_rows(batch: dict[str, Any], fail_on: Any) -> Any:
    """One flat row per document for --ray-output (Parquet)."""
    import json

    from tqcheck.formats.json import document_json

    rows: dict[str, list] = {name: [] for name, _ in PARQUET_COLUMNS}
    for index, blob in zip(batch["index"], batch["checked"]):
        checked: Checked = pickle.loads(bytes(blob))
        documents = [document_json(r, fail_on) for r in checked.results] or [None]
        for document in documents:
            rows["index"].append(int(index))
            rows["path"].append(checked.path)
            rows["error"].append(checked.error)
            rows["document"].append(json.dumps(document, ensure_ascii=False) if document else None)
            summary = document["summary"] if document else {"words": 0, "counts": {}, "mqm": {"score": None}}
            rows["language"].append(document["language"] if document else None)
            rows["format"].append(document["format"] if document else None)
            rows["verdict"].append(document["verdict"] if document else None)
            rows["words"].append(summary["words"])
            rows["score"].append(summary["mqm"]["score"])
            for level in ("critical", "major", "minor", "info"):
                rows[level].append(summary["counts"].get(level, 0))
            rows["findings"].append(len(document["findings"]) if document else 0)
    import pyarrow as pa

    # One schema for every file: a block with no error would otherwise make "error" a null column.
    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in PARQUET_COLUMNS])
    return pa.table(rows, schema=schema)


# --- the driver ------------------------------------------------------------------------


def run_ray(items: Iterable[Item], job: Job, jobs: int, *, address: str | None = None, output: str | None = None,
            batch: int = 1) -> Iterator[Checked]:
    """Check ``items`` on Ray; yield in their order."""
    ray = import_ray()
    listed = [i for i in items]
    if any(i.units is not None or i.error for i in listed):
        raise UsageError("--engine ray reads every file in its workers; internal: give it files, not chunks")
    started = start(ray, jobs, address)
    try:
        _quiet(ray)
        _hush()
        yield from _run(ray, listed, job, jobs, output, batch)
    finally:
        if started:
            ray.shutdown()


def _run(ray: Any, items: list[Item], job: Job, jobs: int, output: str | None, batch: int) -> Iterator[Checked]:
    rows = [{"index": i, "path": item.path, "kind": item.kind} for i, item in enumerate(items)]
    # A Ray task costs ~20 ms of CPU (driver, raylet, worker) whatever it
    # holds: rules-only tasks take many files, about eight tasks per CPU
    # (1,000 files on 2 CPUs: 62 a task; 16 a task took 1.5x the CPU).
    per_task = batch if job.bt_mode != "off" else max(1, min(RAY_TASK_FILES, len(rows) // (8 * jobs)))
    # Ray Data holds back part of the CPUs for each operator so that one
    # cannot starve another; rules only, there is one operator, and the
    # reservation left it one task at a time on 2 CPUs (1.75x the local
    # --jobs 2 time; 1.1x without it).
    ray.data.DataContext.get_current().op_resource_reservation_enabled = job.bt_mode != "off"
    blocks = max(1, min(len(rows), -(-len(rows) // per_task)))
    dataset = ray.data.from_items(rows, override_num_blocks=blocks)
    if job.bt_mode != "off":
        gpus = int(ray.cluster_resources().get("GPU", 0))
        actors = gpus or max(1, jobs // 2)
        dataset = dataset.map_batches(
            Backtranslator, fn_constructor_kwargs={"job": job}, batch_size=per_task, batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors), num_gpus=1 if gpus else 0,
            num_cpus=0 if gpus else 1,
            # A dead actor's batch is lost and said (below), not retried with
            # constructor arguments Ray may have dropped (ray-project/ray#53727).
        )
    dataset = dataset.map_batches(check_rows, fn_kwargs={"job": job}, batch_size=per_task, batch_format="numpy",
                                  num_cpus=1)
    if output:
        dataset = dataset.materialize()  # written to Parquet and read back by the driver: computed once
        dataset.map_batches(parquet_rows, fn_kwargs={"fail_on": job.config.fail_on}, batch_format="numpy").write_parquet(output)
    expected = 0
    for block in dataset.iter_batches(batch_size=None, batch_format="numpy"):
        for index, blob in zip(block["index"], block["checked"]):
            index = int(index)
            while expected < index:  # a block Ray gave up on: its files are said, not lost silently
                yield _lost(items[expected])
                expected += 1
            expected = index + 1
            yield pickle.loads(bytes(blob))
    while expected < len(items):
        yield _lost(items[expected])
        expected += 1


def _lost(item: Item) -> Checked:
    return Checked(item.path, error=f"{item.path}: its Ray task failed after Ray's retries (see Ray's logs); "
                                    "the other files were checked")

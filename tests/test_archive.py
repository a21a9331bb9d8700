"""Checking archives: folders searched (formats, hidden and git-ignored
files, --include/--exclude, sorted), a process pool giving what one process
gives, JSON Lines, an unreadable file among many, a worker that dies, large
bilingual files in chunks."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import tqcheck.archive as archive
from tqcheck.archive import Checked, Item, Job, check_batch, run_pool
from tqcheck.bilingual_inputs import iter_units, read_units
from tqcheck.cli import main
from tqcheck.config import Config
from tqcheck.discover import Globs, targets

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "fixtures" / "fakti-dev"
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
PAIRS = ROOT / "fixtures" / "bilingual"


def check(capsys, *argv):
    code = main(["check", "--backtranslation", "off", "--no-baseline", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out: str) -> tuple[list[dict], dict]:
    lines = [json.loads(line) for line in out.splitlines()]
    assert "summary" in lines[-1] and all("summary" not in line or "path" in line for line in lines[:-1])
    return lines[:-1], lines[-1]["summary"]


@pytest.fixture
def archive_dir(tmp_path):
    """Eleven dev articles in two folders, a Markdown and an HTML file, a
    TSV of pairs, and what must be skipped: a PDF, a hidden folder, a hidden
    file."""
    root = tmp_path / "archive"
    for i, path in enumerate(sorted(DEV.glob("*.txt"))):
        folder = root / ("2024" if i % 2 else "2025")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, folder / path.name)
    shutil.copy(ROOT / "fixtures" / "markdown-markup.md", root / "notes.md")
    shutil.copy(ROOT / "fixtures" / "hostile.html", root / "page.html")
    shutil.copy(PAIRS / "pairs.tsv", root / "2025" / "memory.tsv")
    (root / "scan.pdf").write_bytes(b"%PDF-1.4")
    (root / ".drafts").mkdir()
    (root / ".drafts" / "draft.txt").write_text("An draft.\n", "utf-8")
    (root / ".hidden.txt").write_text("Hidden.\n", "utf-8")
    return root


def found(root, **globs) -> list[str]:
    return [Path(t.path).relative_to(root).as_posix() for t in targets([str(root)], Globs(**globs))]


# --- which files ---------------------------------------------------------------------


def test_a_folder_gives_its_readable_files_sorted_and_skips_hidden_ones(archive_dir):
    files = found(archive_dir)
    assert files == sorted(files, key=lambda p: p.split("/"))
    assert "notes.md" in files and "page.html" in files and "2025/memory.tsv" in files
    assert not any(p.startswith(".") or "/." in p or p.endswith(".pdf") for p in files)
    assert len(files) == 11 + 3


def test_bilingual_files_in_a_folder_are_checked_as_pairs(archive_dir, capsys):
    code, out, _ = check(capsys, archive_dir / "2025", "--format", "jsonl", "--include", "*.tsv")
    (document,), _ = jsonl(out)
    assert document["path"].endswith("memory.tsv")
    assert document["alignment"]["method"] == "given by the input file"  # as with --pairs


def test_include_and_exclude(archive_dir):
    assert found(archive_dir, include=("*.md", "*.html")) == ["notes.md", "page.html"]
    assert not any(p.startswith("2024/") for p in found(archive_dir, exclude=("2024",)))
    assert found(archive_dir, include=("2025/*.tsv",)) == ["2025/memory.tsv"]
    kept = found(archive_dir, exclude=("weather-*",))
    assert kept and not any("weather" in p for p in kept)


def test_a_file_named_is_checked_whatever_the_globs(archive_dir):
    named = archive_dir / "notes.md"
    assert [t.path for t in targets([str(named)], Globs(exclude=("*.md",)))] == [str(named)]


def test_gitignore_rules_are_respected(archive_dir):
    (archive_dir / ".git").mkdir()  # a repository root
    (archive_dir / ".gitignore").write_text("2024/\n*.html\n", "utf-8")
    (archive_dir / "2025" / ".gitignore").write_text("weather-*\n!weather-2024-11-28.txt\nmemory.tsv\n", "utf-8")
    files = found(archive_dir)
    assert not any(p.startswith("2024/") or p.endswith(".html") for p in files)
    assert "2025/memory.tsv" not in files
    assert "notes.md" in files


def test_gitignore_above_the_folder_given_counts_inside_a_repository(archive_dir):
    (archive_dir / ".git").mkdir()
    (archive_dir / ".gitignore").write_text("2025/*.tsv\n", "utf-8")
    assert not any(p.endswith(".tsv") for p in found(archive_dir / "2025"))
    # Outside a repository only the folder's own .gitignore files count.
    shutil.rmtree(archive_dir / ".git")
    assert any(p.endswith(".tsv") for p in found(archive_dir / "2025"))


# --- the same findings however it runs ---------------------------------------------------


@pytest.fixture
def force_pool(monkeypatch):
    """Small inputs are checked in-process; these tests want the pool."""
    monkeypatch.setattr(archive, "SMALL_INPUT_BYTES", 0)


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "github"])
def test_jobs_2_writes_what_jobs_1_writes(archive_dir, capsys, force_pool, fmt):
    one = check(capsys, archive_dir, "--jobs", "1", "--format", fmt)
    two = check(capsys, archive_dir, "--jobs", "2", "--format", fmt)
    assert one == two
    assert one[0] == 1 and one[1]


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_reports_written_as_documents_come_equal_the_whole_report(capsys, fmt):
    # The streamed writers against the format's render() of one Report built
    # the way every version before them built it.
    from tqcheck.formats import RenderOptions, renderer
    from tqcheck.inputs import read_document
    from tqcheck.pipeline import Inputs, check_documents

    paths = [str(p) for p in sorted(DEV.glob("*.txt"))[:5]] + [str(ROOT / "fixtures" / "hostile.html")]
    code, out, _ = check(capsys, *paths, "--format", fmt)
    config = Config()
    documents = tuple(read_document(p, "en") for p in paths)
    report = check_documents(Inputs(documents=documents), config).report
    assert out == renderer(fmt)(report, RenderOptions())


def test_jsonl_lines_are_the_json_reports_documents(archive_dir, capsys):
    _, whole, _ = check(capsys, archive_dir, "--format", "json")
    _, lines, _ = check(capsys, archive_dir, "--format", "jsonl")
    report = json.loads(whole)
    documents, summary = jsonl(lines)
    assert documents == report["documents"]
    assert {k: summary[k] for k in ("schema", "signature", "fail_on", "verdict")} == {
        k: report[k] for k in ("schema", "signature", "fail_on", "verdict")}
    assert {k: summary[k] for k in ("words", "counts", "mqm")} == report["summary"]
    assert summary["documents"] == len(documents) == 14 and summary["unreadable"] == 0


def test_one_file_checked_gives_the_report_it_always_gave(capsys):
    code, out, _ = check(capsys, SEED)
    assert code == 1 and out.count("MQM score") == 1  # no per-file summary line for a single file


# --- bad input -----------------------------------------------------------------------------


def test_an_unreadable_file_among_many_is_its_own_line_and_exit_2_after_the_report(tmp_path, capsys, force_pool):
    for i in range(40):
        (tmp_path / f"article-{i:02}.txt").write_text(f"The minister spoke on day {i}.\n", "utf-8")
    (tmp_path / "article-17.txt").write_bytes(b"Broken \xff\xfe text.\n")
    code, out, err = check(capsys, tmp_path, "--format", "jsonl", "--jobs", "2")
    assert code == 2
    documents, summary = jsonl(out)
    assert len(documents) == 39 and summary["unreadable"] == 1
    assert "article-17" not in out
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in err
    assert "article-17.txt" in lines[0] and "byte offset 7" in lines[0]
    assert "1 file could not be checked" in lines[1] and "39 documents checked" in lines[1]


def test_a_worker_that_dies_loses_only_its_file(tmp_path, capsys, monkeypatch, force_pool):
    for i in range(12):
        (tmp_path / f"a{i:02}.txt").write_text(f"The report was published on day {i}.\n", "utf-8")
    _, expected, _ = check(capsys, tmp_path, "--format", "jsonl", "--jobs", "1", "--exclude", "a05.txt")
    real_read = archive._read

    def dying_read(item, job):  # the pool forks: its workers run this
        if item.path.endswith("a05.txt"):
            os._exit(9)  # as if killed
        return real_read(item, job)

    monkeypatch.setattr(archive, "_read", dying_read)
    code, out, err = check(capsys, tmp_path, "--format", "jsonl", "--jobs", "2")
    assert code == 2
    assert out == expected.replace('"unreadable": 0', '"unreadable": 1')
    assert "a05.txt: the worker process checking it stopped abruptly" in err and "Traceback" not in err


def test_nothing_readable_is_one_line_and_no_report(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    code, out, err = check(capsys, tmp_path)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


# --- bounded memory -------------------------------------------------------------------


def test_the_pool_keeps_a_bounded_window_of_files_in_flight(tmp_path):
    from tqcheck.archive import POOL_TASK_FILES

    paths = []
    for i in range(5 * POOL_TASK_FILES):
        path = tmp_path / f"{i:03}.txt"
        path.write_text(f"Sentence number {i}.\n", "utf-8")
        paths.append(str(path))
    pulled = []

    def items():
        for p in paths:
            pulled.append(p)
            yield Item(p, "text")

    job = Job(Config(), language_check=False)
    results = run_pool(items(), job, (), jobs=2, window=3)
    first = next(results)
    # three tasks of small files in flight, one file being read
    assert first.path == paths[0] and len(pulled) <= 3 * POOL_TASK_FILES + 1
    rest = list(results)
    assert [c.path for c in [first, *rest]] == paths  # in order


def test_a_pool_task_closes_at_its_files_or_its_bytes(tmp_path):
    from tqcheck.archive import batches

    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text("A sentence.\n", "utf-8")
    big.write_text("A sentence.\n" * 1000, "utf-8")  # 12,000 bytes
    items = [Item(str(small), "text")] * 5 + [Item(str(big), "text")] * 3 + [Item(str(small), "text")] * 2
    sizes = [len(b) for b in batches(items, 4, max_bytes=20_000)]
    # 4 small files; then a small one and two big (24,012 bytes: closed); the rest
    assert sizes == [4, 3, 3]
    assert [len(b) for b in batches(items, 4)] == [4, 4, 2]
    chunk = Item(str(big), "pairs", units=(("a", "b"),))
    assert [len(b) for b in batches([chunk, chunk], 16, max_bytes=20_000)] == [1, 1]



def test_a_pool_that_breaks_while_taking_batches_checks_them_alone(monkeypatch):
    # A worker can die while the parent is still filling the window: submit
    # then raises BrokenProcessPool itself (this once escaped as a traceback).
    from concurrent.futures.process import BrokenProcessPool

    class DeadPool:
        def submit(self, fn, batch):
            raise BrokenProcessPool("a child process terminated abruptly")

        def shutdown(self, **_):
            pass

    monkeypatch.setattr(archive, "_pool", lambda *_: DeadPool())
    monkeypatch.setattr(archive, "_alone", lambda item, job, stages: Checked(item.path, error="checked alone"))
    paths = [f"{i:02}.txt" for i in range(7)]
    out = list(run_pool((Item(p, "text") for p in paths), Job(Config()), (), jobs=2, window=3))
    assert [(c.path, c.error) for c in out] == [(p, "checked alone") for p in paths]



def test_the_pool_is_joined_when_every_file_is_written_and_not_when_stopped_early(tmp_path, monkeypatch):
    shutdowns = []
    real_pool = archive._pool

    def recording_pool(*args):
        pool = real_pool(*args)
        real_shutdown = pool.shutdown

        def shutdown(wait=True, **kwargs):
            shutdowns.append(wait)
            real_shutdown(wait=wait, **kwargs)

        pool.shutdown = shutdown
        return pool

    monkeypatch.setattr(archive, "_pool", recording_pool)
    paths = []
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(f"Sentence {i}.\n", "utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    job = Job(Config(), language_check=False)
    assert [c.path for c in run_pool((Item(p, "text") for p in paths), job, (), jobs=2)] == paths
    assert shutdowns == [True]
    results = run_pool((Item(p, "text") for p in paths), job, (), jobs=2)
    next(results)
    results.close()
    assert shutdowns == [True, False]


# --- large bilingual files -------------------------------------------------------------


@pytest.mark.parametrize("name", ["pairs.tsv", "pairs.tmx", "pairs.xlf", "pairs2.xlf", "pairs.po"])
def test_streamed_units_are_the_units_read_whole(name):
    assert list(iter_units(PAIRS / name)) == read_units(PAIRS / name)


def test_a_large_pairs_file_is_checked_in_chunks_read_by_the_parent_or_the_worker(tmp_path, capsys, monkeypatch):
    lines = (ROOT / "fixtures" / "bt" / "flores200-devtest-head150.en").read_text("utf-8").splitlines()[:40]
    sources = (ROOT / "fixtures" / "bt" / "flores200-devtest-head150.bg").read_text("utf-8").splitlines()[:40]
    big = tmp_path / "memory.tsv"
    big.write_text("".join(f"{s}\t{t}\n" for s, t in zip(sources, lines)), "utf-8")
    monkeypatch.setattr(archive, "CHUNK_UNITS", 7)
    monkeypatch.setattr(archive.unit_chunks, "__defaults__", (7,))
    _, in_worker, _ = check(capsys, "--pairs", big, "--format", "jsonl")
    monkeypatch.setattr(archive, "STREAM_BYTES", 0)  # now the parent streams it
    _, in_parent, _ = check(capsys, "--pairs", big, "--format", "jsonl")
    assert in_worker == in_parent
    documents, summary = jsonl(in_parent)
    assert len(documents) == -(-len(lines) // 7) and summary["documents"] == len(documents)
    assert documents[1]["notes"][0].startswith("units 8-14 of this file (line N is unit 7+N)")
    assert [len(d["segments"]) > 0 for d in documents] == [True] * len(documents)


def test_check_batch_reports_a_file_it_cannot_read_and_checks_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The minister spoke.\n", "utf-8")
    out = check_batch([Item(str(tmp_path / "missing.txt"), "text"), Item(str(good), "text")], Job(Config()))
    assert "no such file" in out[0].error and out[1].error is None and len(out[1].results) == 1


# --- documents rendered where they are checked (Job.render) ------------------------------


@pytest.mark.parametrize(("fmt", "extra"), [
    *((fmt, extra) for fmt in ("text", "json", "jsonl", "github") for extra in ((), ("--fail-on", "never"))),
    ("text", ("--statistics",)), ("text", ("--quiet",)),
])
def test_rendering_in_the_workers_writes_the_bytes_the_parent_wrote(archive_dir, tmp_path, capsys, monkeypatch,
                                                                     force_pool, fmt, extra):
    """The report as the parent used to render it (every result sent back
    and rendered there) against the documents rendered by the engine's
    processes, --jobs 1 and --jobs 2, with a baseline accepting some
    findings: the same bytes, and the same exit code."""
    from tqcheck.commands import check as check_command

    baseline = tmp_path / "accepted.json"
    some = sorted(archive_dir.rglob("*.txt"))[:4]
    assert main(["baseline", "write", "--backtranslation", "off", "-o", str(baseline), *map(str, some)]) == 0
    capsys.readouterr()
    argv = ["check", "--backtranslation", "off", "--baseline", str(baseline), "--format", fmt, *extra, str(archive_dir)]
    outputs = {}
    for jobs in ("1", "2"):
        for where in ("parent", "engine"):
            with monkeypatch.context() as patch:
                if where == "parent":
                    patch.setattr(check_command, "rendering", lambda *a: None)
                code = main([*argv, "--jobs", jobs])
            outputs[where, jobs] = (code, *capsys.readouterr())
    assert len(set(outputs.values())) == 1, {k: v[1][:200] for k, v in outputs.items()}
    code, out, _ = outputs["parent", "1"]
    assert out and code in (0, 1)


def test_a_note_said_for_several_files_is_said_once_in_the_run_order(tmp_path, capsys, force_pool):
    # Notes are said once per run by the parent, whichever worker rendered the
    # document: here, every file gets the same note (the language check).
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text("Това е изречение на български език, не на английски.\n" * 3, "utf-8")
    outs = [check(capsys, tmp_path, "--jobs", jobs) for jobs in ("1", "2")]
    assert outs[0] == outs[1]
    notes = [line for line in outs[0][1].splitlines() if "note:" in line]
    assert notes and len(notes) == len(set(notes))


def test_totals_tally_sends_each_shape_once_per_process():
    from tqcheck.archive import Totals
    from tqcheck.inputs import read_document
    from tqcheck.pipeline import Inputs, check_documents

    config = Config()
    paths = [str(p) for p in sorted(DEV.glob("*.txt"))[:3]]
    report = check_documents(Inputs(documents=tuple(read_document(p, "en") for p in paths)), config).report
    seen: set = set()
    tallies = [Totals.tally(r, seen) for r in report.results]
    assert tallies[0][3] is not None and all(t[3] is None for t in tallies[1:])  # one shape, one copy
    whole, by_tally = Totals(config), Totals(config)
    for result, tally in zip(report.results, tallies):
        whole.add(result)
        by_tally.add_tally(tally)
    assert whole.report() == by_tally.report()
    with pytest.raises(RuntimeError):
        Totals(config).add_tally(tallies[1])


# --- the parent warms up before the pool forks ----------------------------------------------


def _langdetect_loaded() -> int:
    """Run in a pool worker: whether langdetect's profiles are loaded there."""
    from tqcheck.langdetect_profiles import factory

    return factory.cache_info().currsize


def test_the_pool_warms_up_the_parent_before_it_forks_and_jobs_1_does_not(tmp_path, monkeypatch):
    paths = []
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Sentence {i}.\n", "utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    shutil.copy(PAIRS / "pairs.tsv", tmp_path / "memory.tsv")
    paths.append(str(tmp_path / "memory.tsv"))
    kinds = ["text"] * 3 + ["pairs"]
    warmed = []
    monkeypatch.setattr(archive, "warm_up", lambda job, kinds: warmed.append((job, set(kinds))))
    job = Job(Config(), language_check=False)
    items = [Item(p, kind) for p, kind in zip(paths, kinds)]
    assert [c.path for c in archive.run_here(iter(items), job, ())] == paths
    assert warmed == []
    assert [c.path for c in run_pool(iter(items), job, (), jobs=2)] == paths
    assert warmed == [(job, {"text", "pairs"})]  # the first task's kinds of file
    assert [c.path for c in run_pool(iter(items[:3]), job, (), jobs=2)] == paths[:3]
    assert warmed[1] == (job, {"text"})


@pytest.mark.parametrize("kinds", [{"text"}, {"text", "pairs"}])
def test_the_warm_up_checks_its_text_as_each_kind_of_file_the_pool_has(monkeypatch, kinds):
    checked = []
    real = archive._check

    def recording(document, source, *rest):
        checked.append("pairs" if source is not None else "text")
        return real(document, source, *rest)

    monkeypatch.setattr(archive, "_check", recording)
    archive.warm_up(Job(Config(), language_check=True), kinds)
    assert sorted(checked) == sorted(kinds)


def test_workers_inherit_langdetect_where_something_may_ask_it():
    from tqcheck.langdetect_profiles import factory

    for config, language_check, loaded in ((Config(ignore=("TQ304",)), False, 0), (Config(ignore=("TQ304",)), True, 1),
                                           (Config(), False, 1)):
        factory.cache_clear()
        job = Job(config, language_check=language_check)
        archive.warm_up(job)
        assert factory.cache_info().currsize == loaded
        pool = archive._pool(1, job, ())
        try:
            assert pool.submit(_langdetect_loaded).result() == loaded
        finally:
            pool.shutdown(wait=True)


def test_a_warm_up_that_fails_costs_only_its_time(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("The minister spoke.\n", "utf-8")
    monkeypatch.setattr(archive, "WARM_UP_TEXT", None)  # not a text: the warm-up raises
    job = Job(Config(), language_check=False)
    out = list(run_pool([Item(str(tmp_path / "a.txt"), "text")], job, (), jobs=2))
    assert [(c.path, c.error) for c in out] == [(str(tmp_path / "a.txt"), None)] and out[0].results

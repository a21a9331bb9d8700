"""``--engine ray``: the same findings as the local engine, document for
document, on a local Ray instance (rules only, and back-translation through
the tiny MarianMT models in an actor pool); Parquet rows; Ray missing is one
line. Skipped only when Ray is not installed and TQCHECK_REQUIRE_RAY is not
set (scripts/test.sh sets it, so CI runs these)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from tqcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "fixtures" / "fakti-dev"
REQUIRE_RAY = os.environ.get("TQCHECK_REQUIRE_RAY") == "1"


def _ray_or_skip():
    if importlib.util.find_spec("ray") is None:
        if REQUIRE_RAY:
            pytest.fail("Ray is not installed (TQCHECK_REQUIRE_RAY=1): pip install 'tqcheck[ray]'")
        pytest.skip("Ray is not installed (pip install 'tqcheck[ray]')")


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray instance for the module (starting one takes seconds);
    the engine joins it instead of starting its own."""
    _ray_or_skip()
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    for i, path in enumerate(sorted(DEV.glob("*.txt"))[:6]):
        folder = root / ("a" if i % 2 else "b")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, folder / path.name)
    shutil.copy(ROOT / "fixtures" / "bilingual" / "pairs.tsv", root / "memory.tsv")
    (root / "b" / "broken.txt").write_bytes(b"Bad \xff byte.\n")
    return root


def check(capsys, *argv):
    code = main(["check", "--no-baseline", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
def test_ray_gives_the_local_engines_report(local_ray, corpus, capsys, tmp_path):
    local = check(capsys, corpus, "--backtranslation", "off", "--format", "jsonl", "--jobs", "1")
    parquet = tmp_path / "rows"
    ray = check(capsys, corpus, "--backtranslation", "off", "--format", "jsonl", "--engine", "ray",
                "--ray-output", parquet)
    assert ray == local  # same lines, same error line, same exit code
    assert local[0] == 2 and "broken.txt" in local[2]
    documents = [json.loads(line) for line in local[1].splitlines()][:-1]
    assert len(documents) == 7

    import pyarrow.parquet as pq

    table = pq.read_table(parquet).sort_by("index").to_pylist()
    assert [r["path"] for r in table if r["error"] is None] == [d["path"] for d in documents]
    assert [json.loads(r["document"]) for r in table if r["document"]] == documents
    assert [r["findings"] for r in table if r["document"]] == [len(d["findings"]) for d in documents]
    assert [r["path"] for r in table if r["error"]] == [str(corpus / "b" / "broken.txt")]


@pytest.mark.slow
def test_ray_tasks_render_the_bytes_the_local_engine_writes(local_ray, corpus, capsys):
    # Without --ray-output, each Ray task renders its documents (Job.render)
    # and the driver only writes them, as the pool's parent does.
    for fmt in ("text", "json"):
        local = check(capsys, corpus, "--backtranslation", "off", "--format", fmt, "--jobs", "1")
        ray = check(capsys, corpus, "--backtranslation", "off", "--format", fmt, "--engine", "ray")
        assert ray == local and local[1]


@pytest.mark.slow
def test_ray_back_translation_in_an_actor_pool_finds_what_the_local_engine_finds(local_ray, corpus, capsys,
                                                                                  tmp_path, monkeypatch):
    pytest.importorskip("torch", reason="the back-translation extra (torch) is not installed")
    spec = importlib.util.spec_from_file_location("build_tiny_marian", ROOT / "scripts/build_tiny_marian.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    back = builder.build(tmp_path / "en-bg", "en", "bg")
    forward = builder.build(tmp_path / "bg-en", "bg", "en", seed=1)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    args = [corpus / "a", "--format", "jsonl", "--backtranslation", "require", "--bt-model", back,
            "--rt-model", forward]

    def documents(out):
        found = [json.loads(line) for line in out.splitlines()][:-1]
        for d in found:
            for model in d["backtranslation"]["models"]:
                model.pop("load_seconds")  # how long loading took: the one field that may differ
        return found

    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path / "cache-local"))
    code, out, _ = check(capsys, *args, "--jobs", "1")
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path / "cache-ray"))  # same misses, same statistics
    ray_code, ray_out, _ = check(capsys, *args, "--engine", "ray")
    assert documents(ray_out) == documents(out) and len(documents(out)) == 3
    assert all(d["backtranslation"]["status"] == "ran" for d in documents(out))
    assert ray_code == code


def test_ray_missing_is_one_line_naming_the_extra(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray raises ImportError
    code, out, err = check(capsys, DEV, "--backtranslation", "off", "--engine", "ray")
    assert code == 2 and out == ""
    assert err.strip().splitlines() == ["tqcheck: error: --engine ray needs Ray, which is not installed: "
                                        "pip install 'tqcheck[ray]'"]


def test_ray_options_without_the_ray_engine_are_refused(capsys):
    code, _, err = check(capsys, DEV, "--ray-address", "auto")
    assert code == 2 and "--engine ray" in err


@pytest.mark.slow
def test_a_rules_only_run_lets_its_one_operator_use_every_cpu(local_ray, corpus, capsys):
    # Ray Data reserves part of the CPUs for each operator by default; with
    # one operator (rules only) on 2 CPUs that left one task running at a
    # time: 1,000 articles took 1.75x the local --jobs 2 time, and 1.1x
    # with the reservation off (scripts/bench_scale.py).
    context = local_ray.data.DataContext.get_current()
    context.op_resource_reservation_enabled = True
    check(capsys, corpus, "--backtranslation", "off", "--format", "jsonl", "--engine", "ray")
    assert context.op_resource_reservation_enabled is False

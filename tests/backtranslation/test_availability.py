"""Deciding whether back-translation can run, without importing torch:
missing models, offline hub, corrupt folders, the require mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.backtranslation.helpers import stage_input
from tqcheck.backtranslation import make_stage
from tqcheck.backtranslation.cache import TranslationCache
from tqcheck.backtranslation.hub import ModelSpec, ModelUnavailable, cached_snapshot, pairs, resolve, spec_for
from tqcheck.errors import StageError

SENTENCES = ["The weather will be sunny tomorrow.", "It will snow in the mountains."]


def test_off_builds_no_stage():
    assert make_stage("off", {}) is None
    with pytest.raises(StageError, match="off, auto, require"):
        make_stage("sometimes", {})


def test_model_table_has_both_directions_for_its_pairs():
    assert {"bg-en", "en-bg", "de-en", "fr-en", "ru-en"} <= set(pairs())
    assert spec_for("bg", "en").model == "Helsinki-NLP/opus-mt-bg-en"
    assert spec_for("en", "bg").model == "Helsinki-NLP/opus-mt-en-bg"
    assert spec_for("en", "mk").target_token == ">>mkd<<"
    assert spec_for("en-GB", "bg").model == "Helsinki-NLP/opus-mt-en-bg"
    assert spec_for("en", "bg", "/models/mine").model == "/models/mine"
    with pytest.raises(ModelUnavailable, match="no xx->en translation model"):
        spec_for("xx", "en")


def test_auto_without_models_is_skipped_with_one_line_naming_model_and_fix():
    result = make_stage("auto", {})(stage_input(SENTENCES))
    assert result.status == "skipped" and result.block["status"] == "skipped"
    assert "Helsinki-NLP/opus-mt-en-bg" in result.reason
    assert "HF_HUB_OFFLINE" in result.reason and "`tqcheck models pull bg-en`" in result.reason
    assert "\n" not in result.reason
    assert result.notes == (f"back-translation: skipped ({result.reason})",)
    assert result.block["cache"] == {"hits": 0, "misses": 0} and result.block["model_calls"] == 0


def test_require_without_models_is_a_stage_error():
    with pytest.raises(StageError, match=r"opus-mt-en-bg.*tqcheck models pull bg-en"):
        make_stage("require", {})(stage_input(SENTENCES))


@pytest.mark.parametrize("mode", ["auto", "require"])
def test_incomplete_local_folder_the_user_named_is_an_error(tmp_path, mode):
    """An explicit folder is the user's mistake, not a missing capability:
    auto must not quietly skip it."""
    folder = tmp_path / "half-model"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    with pytest.raises(StageError) as info:
        make_stage(mode, {"bt_model": str(folder), "rt_model": str(folder)})(stage_input(SENTENCES))
    reason = str(info.value)
    assert str(folder) in reason and "source.spm" in reason and "model.safetensors" in reason
    assert "--bt-model" in reason and "\n" not in reason


@pytest.mark.parametrize("mode", ["auto", "require"])
def test_missing_local_folder(tmp_path, mode):
    with pytest.raises(StageError, match="--rt-model.*does not exist"):
        make_stage(mode, {"rt_model": str(tmp_path / "nope")})(stage_input(SENTENCES))
    with pytest.raises(StageError, match="bt_model.*does not exist"):
        make_stage(mode, {})(stage_input(SENTENCES, options={"bt_model": str(tmp_path / "nope")}))


def test_an_explicit_folder_is_checked_before_the_extra(tmp_path, monkeypatch):
    from tqcheck.backtranslation import hub as models

    monkeypatch.setattr(models, "extra_missing", lambda: "torch")
    with pytest.raises(StageError, match="does not exist"):
        make_stage("auto", {"bt_model": str(tmp_path / "nope")})(stage_input(SENTENCES))
    assert make_stage("auto", {})(stage_input(SENTENCES)).status == "skipped"


def test_hf_cache_snapshot_is_found(tmp_path):
    root = Path(os.environ["HF_HUB_CACHE"]) / "models--Helsinki-NLP--opus-mt-en-bg"
    snap = root / "snapshots" / "abc123"
    snap.mkdir(parents=True)
    (root / "refs").mkdir()
    (root / "refs" / "main").write_text("abc123")
    for name in ("config.json", "source.spm", "target.spm", "vocab.json", "model.safetensors"):
        (snap / name).write_text("x")
    assert cached_snapshot("Helsinki-NLP/opus-mt-en-bg") == (snap, "abc123")
    r = resolve(ModelSpec("en", "bg", "Helsinki-NLP/opus-mt-en-bg"))
    assert r.where == "cache" and r.revision == "abc123"


def test_same_language_is_skipped():
    inp = stage_input(SENTENCES)
    from dataclasses import replace

    result = make_stage("auto", {})(replace(inp, source_lang="en"))
    assert result.status == "skipped" and "both 'en'" in result.reason


def test_rules_only_and_skipped_runs_do_not_import_torch(tmp_path):
    code = (
        "import sys\n"
        "from tests.backtranslation.helpers import stage_input\n"
        "from tqcheck.backtranslation import make_stage\n"
        "r = make_stage('auto', {})(stage_input(['One sentence here.']))\n"
        "assert r.status == 'skipped', r\n"
        "print(sorted(m for m in ('torch', 'transformers', 'sacrebleu') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[2], env=os.environ
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


# --- cache robustness ---------------------------------------------------------


def test_corrupt_cache_is_set_aside_with_a_warning(tmp_path):
    path = tmp_path / "translations.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = TranslationCache(path)
    assert cache.warnings and "moved it to" in cache.warnings[0]
    assert list(tmp_path.glob("translations.sqlite3.corrupt-*"))
    cache.put_many("k", "m", {"a": "b"})
    assert cache.get_many("k", ["a", "c"]) == {"a": "b"}


def test_cache_info_and_clear(tmp_path):
    cache = TranslationCache(tmp_path / "c.sqlite3")
    cache.put_many("k1", "model-a", {"a": "1", "b": "2"})
    cache.put_many("k2", "model-b", {"a": "3"})
    info = cache.info()
    assert info.entries == 3 and dict(info.models) == {"model-a": 2, "model-b": 1}
    assert cache.clear() == 3 and cache.info().entries == 0


_WRITER = """
import sys
from tqcheck.backtranslation.cache import TranslationCache
c = TranslationCache(sys.argv[1])
for i in range(40):
    c.put_many("key", "m", {f"{sys.argv[2]}-{i}-{j}": "x" for j in range(5)})
    c.get_many("key", [f"{sys.argv[2]}-{i}-0"])
"""


def test_two_processes_write_the_cache_at_once(tmp_path):
    path = tmp_path / "c.sqlite3"
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), name], cwd=Path(__file__).parents[2],
                         stderr=subprocess.PIPE, text=True)
        for name in ("a", "b")
    ]
    for p in procs:
        assert p.wait(timeout=60) == 0, p.stderr.read()
    assert TranslationCache(path).info().entries == 2 * 40 * 5


def test_a_run_without_models_never_opens_the_translation_cache(tmp_path):
    """The batched stage (what check and hook run) leaves opening the cache
    to the stage, which opens it only once it has models: a run with none
    creates no database and pays nothing for sqlite."""
    from tqcheck.backtranslation.batching import BatchedStage
    from tqcheck.backtranslation.cache import cache_path

    stage = BatchedStage("auto", {})
    for _ in range(2):
        result = stage(stage_input(SENTENCES))
        assert result.status == "skipped"
    assert not cache_path().exists() and not stage._cache_opened

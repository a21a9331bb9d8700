"""The whole pipeline through a real MarianMT model loaded with
``from_pretrained`` (offline), cache included.

The model is built by ``scripts/build_tiny_marian.py`` with RANDOM weights:
these tests prove the plumbing (loading, tokenising, batching, generation,
quantisation, caching, report fields), not translation quality.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("torch", reason="the back-translation extra (torch) is not installed")
pytest.importorskip("transformers", reason="the back-translation extra (transformers) is not installed")

from tests.backtranslation.helpers import stage_input  # noqa: E402
from tqcheck.backtranslation import make_stage  # noqa: E402
from tqcheck.errors import StageError  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SENTENCES = (ROOT / "fixtures/bt/flores200-devtest-head150.en").read_text("utf-8").splitlines()[:6]


def _builder():
    spec = importlib.util.spec_from_file_location("build_tiny_marian", ROOT / "scripts/build_tiny_marian.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny-marian")
    build = _builder().build
    return build(root / "en-bg", "en", "bg"), build(root / "bg-en", "bg", "en", seed=1)


@pytest.fixture
def overrides(tiny_models):
    back, forward = tiny_models
    return {"bt_model": str(back), "rt_model": str(forward), "bt_batch_size": 4}


def test_folder_has_what_an_opus_mt_folder_has(tiny_models):
    names = {p.name for p in tiny_models[0].iterdir()}
    assert {"source.spm", "target.spm", "vocab.json", "config.json", "tokenizer_config.json",
            "model.safetensors"} <= names


def test_round_trip_runs_and_reports_every_sentence(overrides, tiny_models):
    result = make_stage("require", overrides)(stage_input(SENTENCES))
    assert result.status == "ran"
    assert sorted(result.segment_data) == list(range(len(SENTENCES)))
    for data in result.segment_data.values():
        assert isinstance(data["text"], str) and isinstance(data["round_trip"], str)
        assert 0 <= data["scores"]["chrf"] <= 100
    models = result.block["models"]
    assert [m["found"] for m in models] == ["local", "local"]
    assert models[0]["id"] == str(tiny_models[0]) and models[0]["revision"].startswith("local-")
    assert result.block["model_calls"] == result.block["cache"]["misses"] > 0


def test_unchanged_article_zero_model_calls_one_edit_one_translation(overrides):
    make_stage("auto", overrides)(stage_input(SENTENCES))  # warm the cache (fresh per test)
    again = make_stage("auto", overrides)(stage_input(SENTENCES))
    assert again.block["model_calls"] == 0 and again.block["cache"]["misses"] == 0
    assert again.block["cache"]["hits"] == 2 * len(SENTENCES)

    edited = list(SENTENCES)
    edited[2] = edited[2].replace(".", ", they said.")
    third = make_stage("auto", overrides)(stage_input(edited))
    assert third.block["cache"]["back"] == {"hits": len(SENTENCES) - 1, "misses": 1}
    # The round trip of the new back-translation is new too, unless a random model happened to
    # produce a back-translation it had already seen.
    assert third.block["cache"]["forward"]["misses"] <= 1
    assert third.block["model_calls"] == 1 + third.block["cache"]["forward"]["misses"]


def test_int8_and_beam_settings_are_separate_cache_entries(overrides):
    make_stage("auto", overrides)(stage_input(SENTENCES[:2]))
    q = make_stage("auto", {**overrides, "bt_quantize": "int8", "bt_device": "cpu", "bt_beam": 2})(
        stage_input(SENTENCES[:2])
    )
    assert q.status == "ran" and q.block["cache"]["back"]["misses"] == 2
    assert q.block["settings"]["quantize"] == "int8" and q.block["settings"]["beam"] == 2


def test_cuda_asked_but_absent_is_a_clear_error(overrides):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA; the error path needs a machine without it")
    with pytest.raises(StageError, match="--bt-device cuda .* no CUDA device"):
        make_stage("require", {**overrides, "bt_device": "cuda"})(stage_input(SENTENCES[:1]))


@pytest.mark.parametrize("mode", ["auto", "require"])
def test_a_corrupt_folder_the_user_named_is_an_error_in_every_mode(tmp_path, tiny_models, mode):
    # The README: a model folder you name yourself that holds no usable
    # MarianMT model is a usage error (exit 2) in every mode; auto used to
    # turn corrupt weights into a "failed" note and exit 1.
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(tiny_models[0], broken)
    (broken / "model.safetensors").write_bytes(b"\x00" * 64)
    named = {"bt_model": str(broken), "rt_model": str(tiny_models[1])}
    with pytest.raises(StageError, match=r"^--bt-model .*broken: .*could not be loaded") as info:
        make_stage(mode, named)(stage_input(SENTENCES[:1]))
    assert "\n" not in str(info.value)
    with pytest.raises(StageError, match=r"^\[backtranslation\] bt_model .*could not be loaded"):
        make_stage(mode, {})(stage_input(SENTENCES[:1], options=named))


def test_a_corrupt_folder_exits_2_with_one_line(tmp_path, tiny_models, capsys):
    import shutil

    from tqcheck.cli import main

    broken = tmp_path / "broken"
    shutil.copytree(tiny_models[1], broken)
    (broken / "model.safetensors").write_bytes(b"\x00" * 64)
    article = tmp_path / "article.txt"
    article.write_text("\n".join(SENTENCES[:2]) + "\n", "utf-8")
    code = main(["check", str(article), "--no-baseline", "--bt-model", str(tiny_models[0]), "--rt-model", str(broken)])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and "--rt-model" in err and "could not be loaded" in err


def test_overlong_input_is_truncated_and_said(overrides):
    long = " ".join(SENTENCES * 6)  # far past the tiny model's 64 positions
    result = make_stage("auto", overrides)(stage_input([long, SENTENCES[0]]))
    # Segment 1 may be listed too: the random model's back-translation can itself be overlong.
    assert result.status == "ran" and 0 in result.block["truncated"]
    assert result.segment_data[0]["truncated"] is True
    assert any("truncated" in n for n in result.notes)


def test_models_verify_loads_and_translates(tiny_models, capsys):
    from tqcheck.cli import main

    assert main(["models", "verify", str(tiny_models[0]), "--text", "The weather is fine."]) == 0
    out = capsys.readouterr().out
    assert "input:    The weather is fine." in out and "output:" in out and "local" in out


def test_check_command_end_to_end_with_local_models(tiny_models, capsys):
    """`tqcheck check SEED --bt-model DIR --rt-model DIR`: per-sentence scores
    in the JSON report, models and sacreBLEU signature in the report
    signature, and a second run served from the cache. Random weights: this
    proves the plumbing, not the quality of any translation."""
    import json

    from tqcheck.cli import main

    seed = str(ROOT / "seeds" / "fakti-iraq-militias-disarm.txt")
    argv = ["check", seed, "--bt-model", str(tiny_models[0]), "--rt-model", str(tiny_models[1]),
            "--backtranslation", "require", "--format", "json"]
    assert main(argv) in (0, 1)
    first = json.loads(capsys.readouterr().out)
    doc = first["documents"][0]
    assert doc["backtranslation"]["status"] == "ran"
    scored = [s for s in doc["segments"] if "backtranslation" in s]
    assert scored and all(set(s["backtranslation"]["scores"]) >= {"chrf", "bleu", "ter"} for s in scored)
    assert "|bt:" in first["signature"] and "chrF2++:nrefs:1" in first["signature"]
    assert main(argv) in (0, 1)
    second = json.loads(capsys.readouterr().out)["documents"][0]["backtranslation"]
    assert second["model_calls"] == 0 and second["cache"]["misses"] == 0


def test_check_without_models_says_skipped_and_still_runs_rules(capsys, tmp_path, monkeypatch):
    from tqcheck.cli import main

    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    seed = str(ROOT / "seeds" / "fakti-iraq-militias-disarm.txt")
    assert main(["check", seed]) == 1
    out = capsys.readouterr().out
    assert "back-translation: skipped (" in out and "tqcheck models pull bg-en" in out
    assert "TQ402" in out
    assert main(["check", seed, "--backtranslation", "require"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tqcheck: error: ") and len(err.strip().splitlines()) == 1

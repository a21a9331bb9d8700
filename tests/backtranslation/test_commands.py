"""The `models` and `cache` subcommands, through the command line."""

from __future__ import annotations

import os

from tqcheck.backtranslation.cache import TranslationCache, cache_path
from tqcheck.cli import main


def run(argv, capsys):
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_models_list_shows_pairs_and_cache_state(capsys):
    code, out, _ = run(["models", "list"], capsys)
    assert code == 0
    assert "bg-en" in out and "Helsinki-NLP/opus-mt-en-bg [not cached]" in out
    assert os.environ["HF_HUB_CACHE"] in out


def test_models_pull_offline_and_unknown_pair(capsys):
    code, _, err = run(["models", "pull", "bg-en"], capsys)
    assert code == 2 and "HF_HUB_OFFLINE" in err
    code, _, err = run(["models", "pull", "xx-yy"], capsys)
    assert code == 2 and "known pairs" in err


def test_models_verify_missing_folder(tmp_path, capsys):
    code, _, err = run(["models", "verify", str(tmp_path / "none")], capsys)
    assert code == 2 and "does not exist" in err


def test_cache_info_and_clear(capsys):
    code, out, _ = run(["cache", "info"], capsys)
    assert code == 0 and "not created yet" in out
    cache = TranslationCache()
    cache.put_many("k", "Helsinki-NLP/opus-mt-en-bg", {"a": "б", "c": "д"})
    cache.close()
    code, out, _ = run(["cache", "info"], capsys)
    assert code == 0 and str(cache_path()) in out and "entries: 2" in out and "opus-mt-en-bg" in out
    code, out, _ = run(["cache", "clear"], capsys)
    assert code == 0 and "removed 2 entries" in out
    assert TranslationCache().info().entries == 0


def test_models_verify_hub_id_not_cached_gives_a_command_that_works(capsys):
    # `models pull` takes an article pair, not a hub id: the hint must be a
    # command that accepts what the user typed, and no "(?-?)" direction.
    code, _, err = run(["models", "verify", "Helsinki-NLP/opus-mt-en-bg"], capsys)
    assert code == 2
    assert "`hf download Helsinki-NLP/opus-mt-en-bg`" in err
    assert "?" not in err.split("`")[0]

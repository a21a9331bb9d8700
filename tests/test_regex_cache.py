"""The compiled-regex cache of the command line (tqcheck.regex_cache):
a pattern rebuilt from the file is the pattern re compiles (Pattern.__eq__
compares flags, pattern and code), a check gives the same bytes with the
cache cold, warm and off, and a bad or foreign file is ignored."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck import regex_cache
from tqcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"


@pytest.fixture
def cache_on(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv(regex_cache.OFF_VARIABLE, "1")
    re.purge()  # patterns compiled earlier in this process would not reach the compiler
    return tmp_path / regex_cache.FILE_NAME


def _check(*argv: str) -> int:
    return main(["check", "--backtranslation", "off", *argv])


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    """The file a fresh process writes checking the seed (in this process
    the rules' patterns are compiled once and kept by the modules)."""
    folder = tmp_path_factory.mktemp("regex-cache")
    env = {**os.environ, "TQCHECK_CACHE_DIR": str(folder), regex_cache.OFF_VARIABLE: "1"}
    subprocess.run([sys.executable, "-m", "tqcheck", "check", "--backtranslation", "off", str(SEED)],
                   capture_output=True, cwd=ROOT, env=env, timeout=120, check=False)
    return folder / regex_cache.FILE_NAME


def test_every_stored_pattern_is_what_re_compiles(filled):
    stored = regex_cache.load(filled)
    assert len(stored) > 100  # the rules' patterns, not a handful
    store = regex_cache.CodeStore(dict(stored))
    for (pattern, flags) in stored:
        assert store.compile(pattern, flags) == regex_cache._ORIGINAL(pattern, flags), pattern[:80]
    assert store.used == set(stored) and not store.added  # every one came from the file


def test_cold_warm_and_off_give_the_same_report(cache_on, monkeypatch, capsys):
    reports = []
    for state in ("1", "1", "0"):  # cold (writes), warm (reads), off
        monkeypatch.setenv(regex_cache.OFF_VARIABLE, state)
        re.purge()
        _check("--format", "json", str(SEED))
        reports.append(capsys.readouterr().out)
        if state == "1":
            assert cache_on.is_file()
    assert reports[0] == reports[1] == reports[2]


def test_a_warm_run_compiles_nothing_and_leaves_the_file_alone(cache_on, capsys):
    _check(str(SEED))
    before = cache_on.stat().st_mtime_ns, cache_on.read_bytes()
    from tqcheck.cli import build_parser
    from tqcheck.commands.check import run

    args = build_parser().parse_args(["check", "--backtranslation", "off", str(SEED)])  # outside, as in cli.main
    re.purge()
    with regex_cache.kept() as store:
        run(args)
    capsys.readouterr()
    assert store is not None and not store.added
    assert (cache_on.stat().st_mtime_ns, cache_on.read_bytes()) == before


def test_the_compiler_is_restored_after_the_command(cache_on, capsys):
    _check(str(SEED))
    assert re._compiler.compile is regex_cache._ORIGINAL


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps(("other", {})), marshal.dumps(42)])
def test_a_corrupt_or_foreign_file_is_ignored_and_replaced(cache_on, content):
    cache_on.write_bytes(content)
    assert regex_cache.load(cache_on) == {}
    with regex_cache.kept():
        assert re.compile(r"(?P<fresh>corrupt-file test)").groupindex == {"fresh": 1}
    assert set(regex_cache.load(cache_on)) == {(r"(?P<fresh>corrupt-file test)", 0)}


def test_a_file_of_another_interpreter_or_version_is_ignored(cache_on):
    entry = regex_cache.CodeStore({})
    entry.compile(r"\bword\b")
    foreign = (*regex_cache.identity()[:-1], "0.0.0-other")
    cache_on.write_bytes(marshal.dumps((foreign, entry.added)))
    assert regex_cache.load(cache_on) == {}


def test_code_the_engine_refuses_is_compiled_again():
    key = (r"a+b", 0)
    store = regex_cache.CodeStore({key: (32, b"\xff\xff\xff\xff" * 3, 0, {}, (None,))})
    assert store.compile(*key) == regex_cache._ORIGINAL(*key)
    assert key in store.added and key not in store.entries


def test_named_groups_and_inline_flags_survive():
    source = regex_cache.CodeStore({})
    pattern = r"(?i)(?P<word>\w+)\s+(?P=word)(?P<tail>!)?"
    source.compile(pattern)
    warm = regex_cache.CodeStore(dict(source.added))
    compiled = warm.compile(pattern)
    assert compiled == regex_cache._ORIGINAL(pattern, 0)
    assert compiled.groupindex == {"word": 1, "tail": 2} and compiled.flags & re.I
    assert compiled.search("x Hello hello!").group("word", "tail") == ("Hello", "!")


def test_bytes_patterns_are_kept_and_debug_is_not():
    store = regex_cache.CodeStore({})
    assert store.compile(rb"\d+") == regex_cache._ORIGINAL(rb"\d+", 0)
    assert (rb"\d+", 0) in store.added
    store.compile("x", re.DEBUG)  # prints re's dump, as re would
    assert ("x", re.DEBUG) not in store.added


def test_the_file_is_bounded(cache_on, monkeypatch):
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    old = regex_cache.CodeStore({})
    for word in ("a", "b", "c"):
        old.compile(word)
    regex_cache.save(cache_on, old)
    store = regex_cache.CodeStore(regex_cache.load(cache_on))
    store.compile("a")  # used this run
    store.compile("d")  # new
    regex_cache.save(cache_on, store)
    assert set(regex_cache.load(cache_on)) == {("a", 0), ("d", 0)}


def test_off_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv(regex_cache.OFF_VARIABLE, "0")
    _check(str(SEED))
    assert not (tmp_path / regex_cache.FILE_NAME).exists()


def test_unwritable_folder_costs_nothing_but_the_cache(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(blocker))
    monkeypatch.setenv(regex_cache.OFF_VARIABLE, "1")
    re.purge()
    assert _check(str(SEED)) == 1
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the folder rule written out is Linux's")
def test_same_folder_as_the_translation_cache(tmp_path, monkeypatch):
    from tqcheck.backtranslation.cache import cache_dir

    monkeypatch.delenv("TQCHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv(regex_cache.OFF_VARIABLE, raising=False)
    for xdg in (str(tmp_path / "xdg"), ""):
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
        assert regex_cache.cache_file() == cache_dir() / regex_cache.FILE_NAME


def test_two_processes_from_the_command_line(tmp_path):
    """The real entry point, cold then warm, against the cache off: same bytes."""
    env = {**os.environ, "TQCHECK_CACHE_DIR": str(tmp_path)}
    outputs = []
    for state in ("1", "1", "0"):
        env[regex_cache.OFF_VARIABLE] = state
        done = subprocess.run([sys.executable, "-m", "tqcheck", "check", "--backtranslation", "off", str(SEED)],
                              capture_output=True, cwd=ROOT, env=env, timeout=120)
        outputs.append((done.returncode, done.stdout, done.stderr))
    assert outputs[0] == outputs[1] == outputs[2]
    assert (tmp_path / regex_cache.FILE_NAME).is_file()

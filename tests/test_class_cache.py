"""The command line's cache of dataclasses' generated methods
(tqcheck.class_cache): stored code is what the source compiles to, a class
made through the cache has the very methods dataclasses makes without it,
a check gives the same bytes cold, warm and off, and a bad or foreign file
is ignored."""

from __future__ import annotations
import __future__

import dataclasses
import marshal
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from tqcheck import class_cache, regex_cache

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
CHECK = [sys.executable, "-m", "tqcheck", "check", "--backtranslation", "off", str(SEED)]


def _run(folder: Path, state: str = "1") -> tuple[int, bytes, bytes]:
    env = {**os.environ, "TQCHECK_CACHE_DIR": str(folder), regex_cache.OFF_VARIABLE: state}
    done = subprocess.run(CHECK, capture_output=True, cwd=ROOT, env=env, timeout=120)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("class-cache")
    _run(folder)
    return folder / class_cache.FILE_NAME


@pytest.fixture
def cache_on(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv(regex_cache.OFF_VARIABLE, "1")
    return tmp_path / class_cache.FILE_NAME


def test_every_stored_method_is_what_its_source_compiles_to(filled):
    stored = class_cache.load(filled)
    assert len(stored) > 200  # the methods of the classes a check defines, not a handful
    for (source, flags), code in stored.items():
        assert code == compile(source, "<string>", "exec", flags, dont_inherit=True), source[:80]


CLASS = '''
from dataclasses import dataclass, field

@dataclass(frozen=True)
class Probe:
    """A probe."""
    name: str
    count: int = 0
    tags: tuple = field(default=(), compare=False)

@dataclass(frozen=True, slots=True, order=True)
class Slotted:
    """Another."""
    start: int
    end: int
'''
METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__", "__ge__")


def _define(module: str, future: bool) -> dict:
    """CLASS as the body of a module ``module`` (with or without ``from
    __future__ import annotations``): dataclasses reads a class's module's globals."""
    sys.modules[module] = types.ModuleType(module)
    namespace = sys.modules[module].__dict__
    flags = __future__.annotations.compiler_flag if future else 0
    try:
        exec(compile(CLASS, module, "exec", flags, dont_inherit=True), namespace)
    finally:
        del sys.modules[module]
    return namespace


def _methods(namespace: dict) -> dict:
    found = {}
    for cls in ("Probe", "Slotted"):
        for name in METHODS:
            method = namespace[cls].__dict__.get(name)
            if method is not None:
                found[cls, name] = (method.__code__, method.__annotations__, method.__defaults__,
                                    method.__qualname__, method.__module__)
    return found


@pytest.mark.parametrize("future", [False, True])
def test_a_class_made_through_the_cache_has_the_methods_dataclasses_makes(cache_on, future):
    """With and without ``from __future__ import annotations`` in the class's module."""
    plain = _methods(_define("tqcheck.probe", future))
    for _ in ("cold", "warm"):
        with class_cache.kept() as store:
            assert store is not None
            cached = _methods(_define("tqcheck.probe", future))
        assert cached == plain
    assert store.used and not store.added  # the warm block took every method from the file


CALLER = """
def call(exec_, source, module):
    namespace = {}
    exec_(source, {"__name__": module}, namespace)
    return namespace["f"]
"""


@pytest.mark.parametrize("module", ["tqcheck.probe", "someone_else"])
@pytest.mark.parametrize("future", [False, True])
def test_the_text_is_compiled_with_the_callers_future_flags(module, future):
    """exec inherits its caller's ``from __future__`` flags; so does the store,
    for the classes it keeps and for the others."""
    flags = __future__.annotations.compiler_flag if future else 0
    caller: dict = {}
    exec(compile(CALLER, "caller", "exec", flags, dont_inherit=True), caller)
    source = "def f(x: int) -> list[int]:\n    return [x]"
    plain = caller["call"](exec, source, module)
    cached = caller["call"](class_cache.CodeStore({}).exec, source, module)
    assert plain.__code__ == cached.__code__ and plain.__annotations__ == cached.__annotations__
    assert plain.__annotations__["x"] == ("int" if future else int)


def test_other_modules_classes_are_left_to_dataclasses(cache_on):
    with class_cache.kept() as store:
        _define("someone_else", False)
    assert store is not None and not store.added
    assert not cache_on.exists()


def test_exec_is_restored_after_the_command(cache_on, capsys):
    from tqcheck.cli import main

    main(["check", "--backtranslation", "off", str(SEED)])
    assert "exec" not in vars(dataclasses)
    with class_cache.kept() as outer, class_cache.kept() as inner:
        assert outer is not None and inner is None  # an inner block leaves the outer's store in place
        assert dataclasses.exec == outer.exec
    assert "exec" not in vars(dataclasses)


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps(("other", {})), marshal.dumps(42)])
def test_a_corrupt_or_foreign_file_is_ignored_and_replaced(cache_on, content):
    cache_on.write_bytes(content)
    assert class_cache.load(cache_on) == {}
    with class_cache.kept():
        _define("tqcheck.probe", False)
    assert len(class_cache.load(cache_on)) >= 5


def test_a_file_of_another_interpreter_or_version_is_ignored(cache_on):
    foreign = (*class_cache.identity()[:-1], "0.0.0-other")
    cache_on.write_bytes(marshal.dumps((foreign, {("x = 1", 0): compile("x = 2", "<string>", "exec")})))
    assert class_cache.load(cache_on) == {}


def test_off_writes_nothing(tmp_path):
    assert _run(tmp_path, "0")[0] == 1
    assert not (tmp_path / class_cache.FILE_NAME).exists()


def test_cold_warm_and_off_give_the_same_report_and_a_warm_run_writes_nothing(tmp_path):
    outputs = [_run(tmp_path)]
    file = tmp_path / class_cache.FILE_NAME
    before = file.stat().st_mtime_ns, file.read_bytes()
    outputs += [_run(tmp_path), _run(tmp_path, "0")]
    assert outputs[0] == outputs[1] == outputs[2]
    assert (file.stat().st_mtime_ns, file.read_bytes()) == before  # the warm run compiled nothing new


def test_the_command_line_module_defines_no_dataclass_before_the_cache_is_on():
    """cli.main turns the cache on; any dataclass made while tqcheck.cli is
    imported would be compiled every time."""
    probe = "import sys, tqcheck.cli; print(sorted(m for m in sys.modules if m.startswith('tqcheck')))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.stdout.strip() == repr(["tqcheck", "tqcheck.class_cache", "tqcheck.cli", "tqcheck.commands",
                                        "tqcheck.errors", "tqcheck.regex_cache"])

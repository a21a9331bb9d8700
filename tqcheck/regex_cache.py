"""Compiled regular expressions kept between runs of the command line.

Python's re compiles a pattern in pure Python (parse, then code
generation), and tqcheck's rules and readers compile a few hundred, some of
them alternations of thousands of characters: about a third of the
instructions of a one-article check. The code re generates depends only on
the pattern, its flags and the interpreter, so it is kept in one file in
the cache folder, and a later run hands the stored code to ``_sre.compile``
(re's own last step) instead of compiling again. Safe by construction:

- an entry's key is the whole pattern and its flags: a changed pattern is a
  miss, never a stale hit;
- the file belongs to one interpreter build (cache tag, version, the regex
  engine's MAGIC and code size) and one tqcheck version; any other file is
  ignored and replaced;
- ``_sre.compile`` validates the code it is given; a file that cannot be
  read, or an entry the engine refuses, means compiling as usual;
- the file is written only when a run compiled something new, to a
  temporary name and renamed over the old (two runs never see half a file),
  and it holds at most MAX_ENTRIES patterns (beyond that it starts again
  from the run's own).

Only the command line uses it (``cli.main``, for the span of one command);
``TQCHECK_REGEX_CACHE=0`` turns it off. Nothing here changes what a pattern
matches: a test compares every cached pattern with re's own compile
(``Pattern.__eq__`` compares the code).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import os
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:  # re's private steps: a Python without them runs with the cache off
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _parse, _code, _ORIGINAL = _parser.parse, _compiler._code, _compiler.compile
    _INTERNALS = True
except (ImportError, AttributeError):
    _INTERNALS = False

FORMAT = 1
MAX_ENTRIES = 6000
FILE_NAME = "regex-code.marshal"
OFF_VARIABLE = "TQCHECK_REGEX_CACHE"
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)


def identity() -> tuple:
    """What the stored code is valid for: this format, this interpreter and
    its regex engine, this tqcheck."""
    from tqcheck import __version__

    return (FORMAT, sys.implementation.cache_tag, sys.hexversion, _sre.MAGIC, _sre.CODESIZE, __version__)


def cache_file() -> Path | None:
    """The file, in the folder of the translation cache (TQCHECK_CACHE_DIR,
    else the user cache folder); None when turned off."""
    if os.environ.get(OFF_VARIABLE, "1") == "0":
        return None
    if os.environ.get("TQCHECK_CACHE_DIR"):
        folder = Path(os.environ["TQCHECK_CACHE_DIR"]).expanduser()
    elif sys.platform.startswith("linux"):  # platformdirs' rule there, without importing it
        folder = Path(os.environ.get("XDG_CACHE_HOME", "").strip() or "~/.cache").expanduser() / "tqcheck"
    else:
        from platformdirs import user_cache_dir

        folder = Path(user_cache_dir("tqcheck", appauthor=False))
    return folder / FILE_NAME


class CodeStore:
    """The stored code by (pattern, flags), and what this run used and added."""

    def __init__(self, entries: dict) -> None:
        self.entries = entries
        self.used: set = set()
        self.added: dict = {}

    def compile(self, pattern, flags=0):
        """re._compiler.compile, from stored code when there is some."""
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return _ORIGINAL(pattern, flags)
        key = (pattern, int(flags))
        stored = self.entries.get(key)
        if stored is not None:
            all_flags, code, groups, groupindex, indexgroup = stored
            try:
                compiled = _sre.compile(pattern, all_flags, array(_CODE_TYPE, code).tolist(), groups,
                                        groupindex, indexgroup)
            except Exception:  # refused by the engine: compile it as re does, and store that
                del self.entries[key]
            else:
                self.used.add(key)
                return compiled
        # re._compiler.compile's own steps, keeping the code. They are private:
        # where a Python does them otherwise, re compiles and nothing is kept.
        try:
            parsed = _parse(pattern, flags)
            code = _code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            entry = (int(flags | parsed.state.flags), array(_CODE_TYPE, code).tobytes(), parsed.state.groups - 1,
                     groupindex, tuple(indexgroup))
            compiled = _sre.compile(pattern, entry[0], code, entry[2], groupindex, entry[4])
        except Exception:  # noqa: BLE001 - re's own compile says what is wrong, if anything is
            return _ORIGINAL(pattern, flags)
        self.added[key] = entry
        return compiled


def load(path: Path) -> dict:
    """The file's entries; none when it is missing, unreadable, or made for
    another interpreter or tqcheck."""
    return read_entries(path, identity())


def save(path: Path, store: CodeStore) -> None:
    """The entries with this run's new ones, replacing the file whole."""
    write_entries(path, identity(), store, MAX_ENTRIES)


def read_entries(path: Path, expected: tuple) -> dict:
    """The entries of a cache file written with identity ``expected``; none
    when it is missing, unreadable or written for something else (this
    module's file and tqcheck.class_cache's)."""
    try:
        stored_identity, entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if stored_identity == expected and isinstance(entries, dict) else {}


def write_entries(path: Path, expected: tuple, store, limit: int) -> None:
    """``store``'s entries (``entries``, ``added``, ``used``) with this run's
    new ones, replacing the file whole; beyond ``limit`` entries, only
    those this run used or added."""
    if not store.added:
        return
    entries = {**store.entries, **store.added}
    if len(entries) > limit:
        entries = {**{k: store.entries[k] for k in store.used if k in store.entries}, **store.added}
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps((expected, entries)))
        os.replace(temporary, path)
    except (OSError, ValueError):  # a read-only cache folder only costs the next run its compiles
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


@contextmanager
def kept() -> Iterator[CodeStore | None]:
    """re compiles from and into the file while the block runs (this
    process only; pool workers forked from it inherit it and store nothing)."""
    path = cache_file()
    if path is None or not _INTERNALS or _CODE_TYPE is None or _compiler.compile is not _ORIGINAL:
        yield None
        return
    store = CodeStore(load(path))
    _compiler.compile = store.compile
    try:
        yield store
    finally:
        _compiler.compile = _ORIGINAL
        save(path, store)

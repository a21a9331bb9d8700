"""Dataclasses' generated methods kept compiled between runs of the command line.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` and frozen ``__setattr__``/``__delattr__`` and
compiles it with ``exec``, one compile per method: for the seventy-odd
frozen dataclasses a check defines, about 0.04 s, a third of a one-article
check's own start-up. The code a source compiles to depends only on that
source, its compiler flags and the interpreter, so it is kept in one file
beside the compiled regexes (:mod:`tqcheck.regex_cache`) and a later run
hands dataclasses the stored code object instead of compiling the text
again. The classes stay ordinary dataclasses. Safe by construction:

- an entry's key is the whole generated source and its compiler flags: a
  changed class is a miss, never a stale hit;
- the file belongs to one interpreter build (cache tag, version) and one
  tqcheck version; any other file is ignored and replaced;
- only tqcheck's own classes go through it (their module's name), and the
  code is compiled as ``exec`` would compile the text where dataclasses
  calls it (file ``<string>``, the caller's ``__future__`` flags);
- the file is written only when a run compiled something new, to a
  temporary name and renamed over the old, and holds at most MAX_ENTRIES.

Only the command line uses it (``cli.main``, for the span of one command);
``TQCHECK_REGEX_CACHE=0`` turns it off with the regex cache. A test
compiles every stored source again and compares the code
(``CodeType.__eq__``).
"""

from __future__ import annotations
import __future__

import builtins
import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType

from tqcheck.regex_cache import cache_file as regex_file
from tqcheck.regex_cache import read_entries, write_entries

FORMAT = 1
MAX_ENTRIES = 3000
FILE_NAME = "dataclass-code.marshal"
# The flags a caller's __future__ imports give exec (CPython's PyCF_MASK).
FUTURE_FLAGS = 0
for _name in __future__.all_feature_names:
    FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag
_MISSING = object()


def identity() -> tuple:
    """What the stored code is valid for: this format, this interpreter, this tqcheck."""
    from tqcheck import __version__

    return (FORMAT, sys.implementation.cache_tag, sys.hexversion, __version__)


def cache_file() -> Path | None:
    """The file, in the regex cache's folder; None when that cache is off."""
    path = regex_file()
    return None if path is None else path.with_name(FILE_NAME)


def ours(globals_: object) -> bool:
    """A class of tqcheck's own (dataclasses passes its module's globals)."""
    name = globals_.get("__name__") if isinstance(globals_, dict) else None
    return isinstance(name, str) and (name == "tqcheck" or name.startswith("tqcheck."))


class CodeStore:
    """The stored code by (source, flags), and what this run used and added."""

    def __init__(self, entries: dict) -> None:
        self.entries = entries
        self.used: set = set()
        self.added: dict = {}

    def code(self, source: str, flags: int) -> CodeType:
        key = (source, flags)
        stored = self.entries.get(key)
        if isinstance(stored, CodeType):
            self.used.add(key)
            return stored
        compiled = compile(source, "<string>", "exec", flags, dont_inherit=True)
        self.added[key] = compiled
        return compiled

    def exec(self, source, globals_=None, locals_=None, /):
        """builtins.exec as dataclasses calls it, the text's code from the store."""
        if not isinstance(source, str):
            return builtins.exec(source, globals_, locals_)
        # The text compiled as exec compiles it there: with the caller's
        # __future__ flags (called from here, exec would inherit this module's).
        flags = sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        if not ours(globals_):
            return builtins.exec(compile(source, "<string>", "exec", flags, dont_inherit=True), globals_, locals_)
        return builtins.exec(self.code(source, flags), globals_, locals_)


def load(path: Path) -> dict:
    """The file's entries; none when it is missing, unreadable, or made for
    another interpreter or tqcheck."""
    return read_entries(path, identity())


def save(path: Path, store: CodeStore) -> None:
    """The entries with this run's new ones, replacing the file whole."""
    write_entries(path, identity(), store, MAX_ENTRIES)


@contextmanager
def kept() -> Iterator[CodeStore | None]:
    """dataclasses compiles from and into the file while the block runs
    (this process only; pool workers forked from it store nothing)."""
    path = cache_file()
    before = dataclasses.__dict__.get("exec", _MISSING)
    if path is None or before is not _MISSING:  # off, or already kept by an outer block
        yield None
        return
    store = CodeStore(load(path))
    dataclasses.exec = store.exec  # dataclasses looks exec up in its module first
    try:
        yield store
    finally:
        del dataclasses.exec
        save(path, store)

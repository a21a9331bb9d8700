"""The files a command writes: ``check --output/--html`` and ``baseline
write -o``, all through :func:`write_output`.

``-`` is standard output. A regular file, or a new one, is replaced
atomically (a temporary file beside it, then a rename), so a reader never
sees half a report. Anything else is opened and written through: a FIFO, a
device node (``/dev/null``, ``/dev/stdout``), a link (which stays a link to
its file). Replacing those would turn them into regular files, and as root
would destroy a device node.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from tqcheck.errors import InputError

STDOUT = "-"


def same_file(a: str, b: str) -> bool:
    """Whether two paths name one file, existing or not (links and hard links too)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)


def refuse_overwriting(path: str, inputs: Sequence[str], config_file: str | None) -> None:
    """An InputError when ``path`` is an input or the configuration file the
    run loaded: output never destroys what the run read."""
    if path == STDOUT:
        return
    for given in inputs:
        if given != STDOUT and same_file(path, given):
            raise InputError(f"{path}: refusing to overwrite an input file with the report")
    if config_file and same_file(path, config_file):
        raise InputError(f"{path}: refusing to overwrite the configuration file in use ({config_file})")


def refuse_overwriting_baseline(path: str | None, baseline_file: str | None) -> None:
    """An InputError when a report would replace the baseline the run reads:
    it is what lets reviewed articles pass."""
    if path and path != STDOUT and baseline_file and same_file(path, baseline_file):
        raise InputError(f"{path}: refusing to overwrite the baseline file in use ({baseline_file})")


def replaces_atomically(path: str) -> bool:
    """Whether ``path`` is written by replacing it: a regular file (not a
    link to one), or nothing yet."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False  # opening it will say what is wrong


def write_output(path: str, content: str, inputs: Sequence[str], config_file: str | None = None) -> None:
    """Write ``content`` to ``path`` (``-``: standard output). Refuses to
    overwrite an input or the configuration in use and to create folders;
    a write that fails is an InputError (one line, exit 2)."""
    with streamed_output(path, inputs, config_file) as out:
        out.write(content)


@contextmanager
def streamed_output(path: str, inputs: Sequence[str], config_file: str | None = None) -> Iterator[IO[str]]:
    """A text stream to write a report to as it is made. Refuses to
    overwrite an input or the configuration in use and to create folders; a
    write that fails is an InputError (one line, exit 2). Anything that is
    not a regular file (a FIFO, a device, a link) is written through; a
    regular file is written beside it and renamed into place only when the
    report is complete (an interrupted run leaves the old file as it was)."""
    if path == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    refuse_overwriting(path, inputs, config_file)
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory")
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        raise InputError(f"{path}: folder {folder} does not exist")
    try:
        if not replaces_atomically(path):
            with open(path, "w", encoding="utf-8", newline="") as out:
                yield out
            return
        import tempfile

        handle, tmp = tempfile.mkstemp(dir=folder, prefix=".tqcheck-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
                yield out
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None

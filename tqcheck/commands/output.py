"""The files a command writes: ``check --output/--html`` and ``baseline
write -o``, all through :func:`write_output`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tqcheck.errors import InputError


def same_file(a: str, b: str) -> bool:
    """Whether two paths name one file, existing or not (links and hard links too)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)


def write_output(path: str, content: str, inputs: list[str]) -> None:
    """Write atomically; refuse to overwrite an input or to create folders."""
    target = Path(path)
    for given in inputs:
        if given != "-" and same_file(path, given):
            raise InputError(f"{path}: refusing to overwrite an input file with the report")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: folder {folder} does not exist")
    if target.is_dir():
        raise InputError(f"{path}: is a directory")
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".tqcheck-", suffix=".tmp")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(content)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write report ({exc.strerror or exc})") from None

"""The data files the rules and locale facts read, and :func:`data_text`.

An installed package (a wheel unpacked into site-packages, or an editable
checkout) has its data files beside this module: reading them from there
costs an open, where importlib.resources first loads its readers (with
zipfile and tempfile: a few milliseconds of every start-up). A package
imported from a zip archive has no such folder; importlib.resources reads
it from there.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).parent


def data_text(*parts: str) -> str:
    """The UTF-8 text of ``tqcheck/data/<parts...>``."""
    try:
        return _HERE.joinpath(*parts).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        from importlib import resources

        return resources.files(__name__).joinpath(*parts).read_text(encoding="utf-8")


def data_bytes(*parts: str) -> bytes:
    """The bytes of ``tqcheck/data/<parts...>``."""
    try:
        return _HERE.joinpath(*parts).read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        from importlib import resources

        return resources.files(__name__).joinpath(*parts).read_bytes()


def has_data_file(*parts: str) -> bool:
    """Whether ``tqcheck/data/<parts...>`` is a file."""
    if _HERE.is_dir():
        return _HERE.joinpath(*parts).is_file()
    from importlib import resources

    return resources.files(__name__).joinpath(*parts).is_file()


def data_files(suffixes: tuple[str, ...]) -> list[tuple[str, bytes]]:
    """(name, bytes) of the files directly in ``tqcheck/data`` whose names
    end with one of ``suffixes``, in name order."""
    if _HERE.is_dir():
        entries = sorted(_HERE.iterdir(), key=lambda e: e.name)
    else:
        from importlib import resources

        entries = sorted(resources.files(__name__).iterdir(), key=lambda e: e.name)
    return [(e.name, e.read_bytes()) for e in entries if e.is_file() and e.name.endswith(suffixes)]

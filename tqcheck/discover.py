"""Which files ``tqcheck check PATH...`` checks: a file named is checked as
it is; a folder is searched recursively for the formats tqcheck reads.

In a folder:

- ``.txt``, ``.md``/``.markdown``, ``.html``/``.htm``/``.xhtml`` are checked
  as translated text (their source, when there is one, is not known);
- ``.tsv``, ``.xlf``/``.xliff``/``.sdlxliff``, ``.po`` and ``.tmx`` hold both
  texts, so each is checked as ``--pairs FILE`` would check it;
- hidden files and folders (a name starting with a dot) are skipped, and so is
  whatever a ``.gitignore`` ignores: those in the folder and below it, those
  above it up to the repository root, and ``.git/info/exclude``; outside a
  repository the ``.gitignore`` files in the folder still count (an archive
  copied out of git keeps its ignores). Patterns follow git's rules
  (pathspec's ``GitIgnoreSpec``: negation, anchoring, ``dir/``), read in
  Python so no git is needed and no process is started;
- ``--include GLOB`` keeps only files matching one of them, ``--exclude GLOB``
  drops files and folders matching one; a glob with a ``/`` is matched
  against the path relative to the folder given, one without against the
  name, as Ruff's ``extend-exclude`` does. A file named on the command line
  is always checked, whatever the globs say.

The order is deterministic: the command line's, and inside a folder sorted
by path (code point order of each name), whatever the file system returns.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import PurePosixPath

from tqcheck.errors import InputError

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"})
PAIRS_SUFFIXES = frozenset({".tsv", ".xlf", ".xliff", ".sdlxliff", ".po", ".tmx"})
TEXT, PAIRS = "text", "pairs"


@dataclass(frozen=True)
class Target:
    """A file to check and how: ``text`` (translated text) or ``pairs``
    (a bilingual file, as with ``--pairs``)."""

    path: str
    kind: str = TEXT


def kind_of(path: str) -> str | None:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in TEXT_SUFFIXES:
        return TEXT
    if suffix in PAIRS_SUFFIXES:
        return PAIRS
    return None


@dataclass(frozen=True)
class Globs:
    """The ``--include`` and ``--exclude`` patterns of a folder search."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def excluded(self, relative: str) -> bool:
        return any(_matches(g, relative) for g in self.exclude)

    def included(self, relative: str) -> bool:
        return not self.include or any(_matches(g, relative) for g in self.include)


def _matches(glob: str, relative: str) -> bool:
    glob = glob.rstrip("/")
    if "/" in glob:
        return fnmatchcase(relative, glob.removeprefix("./")) or PurePosixPath(relative).match(glob)
    return fnmatchcase(relative.rsplit("/", 1)[-1], glob)


def targets(paths: Sequence[str], globs: Globs = Globs()) -> Iterator[Target]:
    """The files to check, in order. A file named is checked as text unless
    its suffix names a bilingual format; a folder is searched (see the
    module's docstring)."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path, globs)
        else:
            yield Target(path, PAIRS if kind_of(path) == PAIRS else TEXT)


def _walk(root: str, globs: Globs) -> Iterator[Target]:
    real = os.path.realpath(root)
    yield from _folder(root, real, "", _Ignores.above(real).below(root, real), globs)


def _folder(folder: str, real: str, relative: str, rules: "_Ignores", globs: Globs) -> Iterator[Target]:
    """Depth first, each folder's entries in name order: the files come out
    sorted by their path's components. Links to folders are not followed (a
    link cycle would never end); links to files are."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        raise InputError(f"{folder}: cannot list the folder ({exc.strerror or exc})") from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        rel = f"{relative}{entry.name}"
        full = f"{real}/{rel}"  # the path .gitignore rules are matched against
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            if not globs.excluded(rel) and not rules.ignored(full, is_dir=True):
                yield from _folder(entry.path, real, rel + "/", rules.below(entry.path, full), globs)
            continue
        kind = kind_of(entry.name)
        if kind is None or globs.excluded(rel) or not globs.included(rel) or rules.ignored(full):
            continue
        yield Target(entry.path, kind)


class _Ignores:
    """The .gitignore rules in force in one folder: (base folder, spec)
    pairs, outermost first; the last spec with an opinion decides, as in
    git."""

    def __init__(self, specs: tuple[tuple[str, object], ...]) -> None:
        self.specs = specs

    @classmethod
    def above(cls, real_root: str) -> "_Ignores":
        """The rules from the folders above ``real_root`` (a real path) up to
        the repository root (none outside a repository), and the
        repository's ``.git/info/exclude``."""
        chain = []
        folder = real_root
        while True:
            parent = os.path.dirname(folder)
            if os.path.exists(os.path.join(folder, ".git")):
                chain.append(folder)
                break
            if parent == folder:
                chain = []  # no repository: only the given folder's own files count
                break
            chain.append(folder)
            folder = parent
        specs: list[tuple[str, object]] = []
        if chain:
            top = chain[-1]
            spec = _spec_from(os.path.join(top, ".git", "info", "exclude"))
            if spec is not None:
                specs.append((top, spec))
            for folder in reversed(chain[1:]):  # outermost first; the root folder itself comes in below()
                spec = _spec_from(os.path.join(folder, ".gitignore"))
                if spec is not None:
                    specs.append((folder, spec))
        return cls(tuple(specs))

    def below(self, folder: str, full: str) -> "_Ignores":
        """With the ``.gitignore`` of ``folder`` (whose path for matching is ``full``)."""
        spec = _spec_from(os.path.join(folder, ".gitignore"))
        if spec is None:
            return self
        return _Ignores((*self.specs, (full.rstrip("/"), spec)))

    def ignored(self, full: str, is_dir: bool = False) -> bool:
        """Whether git would ignore ``full`` (the real root's path joined
        with the path under it: no file system call per file)."""
        verdict = False
        for base, spec in self.specs:
            if not full.startswith(base + "/"):
                continue
            rel = full[len(base) + 1 :]
            result = spec.check_file(rel + "/" if is_dir else rel)  # type: ignore[attr-defined]
            if result.include is not None:
                verdict = result.include
        return verdict


def _spec_from(path: str) -> object | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    try:
        import pathspec
    except ImportError:
        raise InputError(
            f"{path}: reading .gitignore files needs the pathspec package (pip install pathspec)"
        ) from None
    return pathspec.GitIgnoreSpec.from_lines(lines)

"""The translation cache: SQLite in the user cache folder.

Keyed by the translator identity (model id, revision, generation settings)
and the exact input text, so a re-check of an unchanged article makes no
model calls. WAL mode and a busy timeout let several processes (two hook
runs) read and write at once; each write is one short transaction and uses
``INSERT OR IGNORE`` because two writers translating the same sentence
produce the same row. A file SQLite cannot read is renamed aside and a new
one created, with a warning.

SQLite's errors are told apart (:func:`error_kind`): only a locked or busy
database is waited for. A read-only folder or file, a file that cannot be
opened, or a database of another program (another table layout) raises
:class:`CacheUnusable` at once, with one line saying why: the check goes on
without a cache and says so, ``tqcheck cache info|clear`` print that line.
Someone else's database is never written to, cleared or moved.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from tqcheck.errors import TqcheckError

SCHEMA_VERSION = 1
# The columns of our tables, in order: anything else is not our cache.
_LAYOUT = {
    "translations": ("key", "model", "output", "created"),
    "meta": ("name", "value"),
}
BUSY_WAIT = 30.0  # seconds to wait for another process holding the database
_CHUNK = 500  # SQLite's bound-parameter limit is 999 on old builds


def cache_dir() -> Path:
    if os.environ.get("TQCHECK_CACHE_DIR"):
        return Path(os.environ["TQCHECK_CACHE_DIR"]).expanduser()
    from platformdirs import user_cache_dir  # respects XDG_CACHE_HOME

    return Path(user_cache_dir("tqcheck", appauthor=False))


def cache_path() -> Path:
    return cache_dir() / "translations.sqlite3"


def _digest(identity_key: str, text: str) -> str:
    return hashlib.sha256(identity_key.encode() + b"\x00" + text.encode()).hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    exists: bool
    entries: int
    size_bytes: int
    models: tuple[tuple[str, int], ...]


class CacheUnusable(TqcheckError):
    """The cache cannot be used (read-only, cannot be opened, not ours); the
    message says why in one line. A TqcheckError: the ``cache`` commands
    print it and exit 2; a check translates without a cache."""


# Primary result codes (the low byte of an extended code such as
# SQLITE_READONLY_DIRECTORY) and what each means for the cache.
_KINDS = {
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_READONLY: "read-only",
    sqlite3.SQLITE_PERM: "read-only",
    sqlite3.SQLITE_AUTH: "read-only",
    sqlite3.SQLITE_CANTOPEN: "cannot open",
    sqlite3.SQLITE_CORRUPT: "corrupt",
    sqlite3.SQLITE_NOTADB: "corrupt",
    sqlite3.SQLITE_ERROR: "layout",  # no such table, no such column: SQL that fits another layout
}


def error_kind(exc: sqlite3.Error) -> str:
    """busy, read-only, cannot open, corrupt, layout or other."""
    code = getattr(exc, "sqlite_errorcode", None)
    return _KINDS.get(code & 0xFF, "other") if isinstance(code, int) else "other"


class TranslationCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else cache_path()
        self.warnings: list[str] = []
        self._conn = self._open()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_WAIT, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_WAIT * 1000)}")
            tables = self._tables(conn)
            if not tables:  # a new file: make our tables, in one transaction with concurrent creators
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS translations ("
                    " key TEXT PRIMARY KEY, model TEXT NOT NULL, output TEXT NOT NULL, created REAL NOT NULL)"
                )
                conn.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
                conn.execute("COMMIT")
                tables = self._tables(conn)
            self._check_layout(conn, tables)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            # Can we write? Found now, not on the first write after the
            # model has translated: a write undone at once.
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            finally:
                conn.execute("ROLLBACK")
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _tables(conn: sqlite3.Connection) -> set[str]:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {name for (name,) in rows if not name.startswith("sqlite_")}

    def _check_layout(self, conn: sqlite3.Connection, tables: set[str]) -> None:
        for table, columns in _LAYOUT.items():
            found = tuple(row[1] for row in conn.execute(f"PRAGMA table_info({table})")) if table in tables else ()
            if found != columns:
                what = f"table {table} has columns {', '.join(found)}" if found else f"no table {table}"
                raise CacheUnusable(self._not_ours(f"{what}; tables: {', '.join(sorted(tables))}"))
        row = conn.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
        if row is None or row[0] != str(SCHEMA_VERSION):
            raise CacheUnusable(self._not_ours(f"schema {row[0] if row else 'not recorded'}, expected {SCHEMA_VERSION}"))

    def _not_ours(self, detail: str) -> str:
        return (
            f"translation cache {self.path} holds another table layout ({detail}); it is left as it is: "
            "move it away or set TQCHECK_CACHE_DIR to another folder"
        )

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CacheUnusable(
                f"translation cache folder {self.path.parent} cannot be made ({exc.strerror or exc}); "
                "set TQCHECK_CACHE_DIR to a writable folder"
            ) from None
        deadline = time.monotonic() + BUSY_WAIT
        set_aside = False
        while True:
            try:
                return self._connect()
            except sqlite3.Error as exc:
                kind = error_kind(exc)
                if kind == "busy" and time.monotonic() < deadline:
                    # Another process is creating the file or switching it
                    # to WAL (that step does not always wait on the busy
                    # handler). Not corruption: wait and try again.
                    time.sleep(0.05)
                    continue
                if kind == "corrupt" and not set_aside:  # "file is not a database", "malformed"...
                    self._set_aside(exc)
                    set_aside = True
                    continue
                raise CacheUnusable(self._describe(kind, exc)) from None

    def _describe(self, kind: str, exc: sqlite3.Error) -> str:
        where = f"translation cache {self.path}"
        if kind == "read-only":
            return f"{where} is read-only ({exc}); set TQCHECK_CACHE_DIR to a writable folder"
        if kind == "cannot open":
            # In a read-only folder SQLite cannot make its journal and says only "unable to open".
            if not os.access(self.path.parent, os.W_OK):
                return f"{where} is in a read-only folder ({exc}); set TQCHECK_CACHE_DIR to a writable folder"
            return f"{where}: cannot open it ({exc}); set TQCHECK_CACHE_DIR to a writable folder"
        if kind == "busy":
            return f"{where} stayed locked by another process for {BUSY_WAIT:.0f} s ({exc})"
        if kind == "layout":
            return self._not_ours(str(exc))
        return f"{where}: {exc}"

    def _set_aside(self, exc: Exception) -> None:
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        try:
            for suffix in ("", "-wal", "-shm"):
                p = Path(str(self.path) + suffix)
                if p.exists():
                    p.replace(Path(str(aside) + suffix))
        except OSError as moving:
            raise CacheUnusable(
                f"translation cache {self.path} is unreadable ({exc}) and cannot be moved aside "
                f"({moving.strerror or moving}); remove it or set TQCHECK_CACHE_DIR to another folder"
            ) from None
        self.warnings.append(
            f"translation cache {self.path} was unreadable ({exc}); moved it to {aside} and started a new one"
        )

    @contextlib.contextmanager
    def _in_use(self) -> Iterator[None]:
        """An error after opening (the disk filled up, another program
        changed the file) is a CacheUnusable too, said the same way."""
        try:
            yield
        except sqlite3.Error as exc:
            raise CacheUnusable(self._describe(error_kind(exc), exc)) from None

    def get_many(self, identity_key: str, texts: Iterable[str]) -> dict[str, str]:
        by_digest = {_digest(identity_key, t): t for t in texts}
        digests = list(by_digest)
        found: dict[str, str] = {}
        with self._in_use():
            for i in range(0, len(digests), _CHUNK):
                chunk = digests[i : i + _CHUNK]
                rows = self._conn.execute(
                    f"SELECT key, output FROM translations WHERE key IN ({','.join('?' * len(chunk))})", chunk
                ).fetchall()
                found.update((by_digest[k], out) for k, out in rows)
        return found

    def put_many(self, identity_key: str, model: str, translations: Mapping[str, str]) -> None:
        now = time.time()
        rows = [(_digest(identity_key, src), model, out, now) for src, out in translations.items()]
        with self._in_use(), self._conn:  # isolation_level=None: explicit transaction below
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany("INSERT OR IGNORE INTO translations VALUES (?, ?, ?, ?)", rows)
            self._conn.execute("COMMIT")

    def info(self) -> CacheInfo:
        with self._in_use():
            entries = self._conn.execute("SELECT count(*) FROM translations").fetchone()[0]
            models = tuple(
                self._conn.execute(
                    "SELECT model, count(*) FROM translations GROUP BY model ORDER BY model"
                ).fetchall()
            )
        size = sum(
            Path(str(self.path) + s).stat().st_size for s in ("", "-wal") if Path(str(self.path) + s).exists()
        )
        return CacheInfo(self.path, True, entries, size, models)

    def clear(self) -> int:
        with self._in_use():
            n = self._conn.execute("SELECT count(*) FROM translations").fetchone()[0]
            self._conn.execute("DELETE FROM translations")
            self._conn.execute("VACUUM")
        return n

    def close(self) -> None:
        self._conn.close()


def open_cache() -> tuple[TranslationCache | None, list[str]]:
    """The user's translation cache and what opening it said; None (and
    why) when it cannot be used: the check goes on without it."""
    try:
        cache = TranslationCache()
    except Exception as exc:  # noqa: BLE001 - an unusable cache must not stop the check
        return None, [f"translation cache unusable ({exc}); translating without it"]
    return cache, list(cache.warnings)


def failed_mid_run(reason: str) -> str:
    return f"translation cache failed ({reason}); translating without it"


"""The translation cache: SQLite in the user cache folder.

Keyed by the translator identity (model id, revision, generation settings)
and the exact input text, so a re-check of an unchanged article makes no
model calls. WAL mode and a busy timeout let several processes (two hook
runs) read and write at once; each write is one short transaction and uses
``INSERT OR IGNORE`` because two writers translating the same sentence
produce the same row. A file SQLite cannot read is renamed aside and a new
one created, with a warning.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

SCHEMA_VERSION = 1
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


class TranslationCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else cache_path()
        self.warnings: list[str] = []
        self._conn = self._open()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS translations ("
            " key TEXT PRIMARY KEY, model TEXT NOT NULL, output TEXT NOT NULL, created REAL NOT NULL)"
        )
        conn.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        conn.execute("SELECT count(*) FROM translations WHERE key = ''").fetchone()
        return conn

    def _open(self) -> sqlite3.Connection:
        deadline = time.monotonic() + 30.0
        while True:
            try:
                return self._connect()
            except sqlite3.OperationalError:
                # Locked or busy: another process is creating the file or
                # switching it to WAL (that step does not always wait on the
                # busy handler). Not corruption: wait and try again.
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"...
                self._set_aside(exc)

    def _set_aside(self, exc: Exception) -> None:
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                p.replace(Path(str(aside) + suffix))
        self.warnings.append(
            f"translation cache {self.path} was unreadable ({exc}); moved it to {aside} and started a new one"
        )

    def get_many(self, identity_key: str, texts: Iterable[str]) -> dict[str, str]:
        by_digest = {_digest(identity_key, t): t for t in texts}
        digests = list(by_digest)
        found: dict[str, str] = {}
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
        with self._conn:  # isolation_level=None: explicit transaction below
            self._conn.execute("BEGIN IMMEDIATE")
            self._conn.executemany("INSERT OR IGNORE INTO translations VALUES (?, ?, ?, ?)", rows)
            self._conn.execute("COMMIT")

    def info(self) -> CacheInfo:
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
        n = self._conn.execute("SELECT count(*) FROM translations").fetchone()[0]
        self._conn.execute("DELETE FROM translations")
        self._conn.execute("VACUUM")
        return n

    def close(self) -> None:
        self._conn.close()

"""``tqcheck cache info|clear``: the back-translation cache."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqcheck.errors import EXIT_OK


def info(args: argparse.Namespace) -> int:
    """``tqcheck cache info``: where the cache is, its size and entries per model."""
    from tqcheck.backtranslation.cache import TranslationCache, cache_path

    path = cache_path()
    if not path.exists():
        print(f"translation cache: {path} (empty: not created yet)")
        return EXIT_OK
    cache = TranslationCache(path)
    for w in cache.warnings:
        print(f"tqcheck: warning: {w}", file=sys.stderr)
    summary = cache.info()
    print(f"translation cache: {summary.path}")
    print(f"entries: {summary.entries}; size: {summary.size_bytes / 1e6:.1f} MB")
    for model, n in summary.models:
        print(f"  {n:8d}  {model}")
    return EXIT_OK


def clear(args: argparse.Namespace) -> int:
    """``tqcheck cache clear``: delete every cached translation."""
    from tqcheck.backtranslation.cache import TranslationCache, cache_path

    path: Path = cache_path()
    if not path.exists():
        print(f"translation cache: {path} is already empty")
        return EXIT_OK
    n = TranslationCache(path).clear()
    print(f"translation cache: removed {n} entries from {path}")
    return EXIT_OK

"""The translator interface: the one model-bound service, passed in.

The stage only needs ``translate(texts) -> list[str]`` and an ``identity``
that says which model, revision and generation settings produced the text
(cache keys depend on all three). The real implementation is
:class:`tqcheck.backtranslation.marian.MarianTranslator`; tests use a table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class TranslatorIdentity:
    model: str
    revision: str
    settings: tuple[tuple[str, Any], ...] = ()

    @property
    def key(self) -> str:
        """Stable text for cache keys: same model, revision and settings give the
        same key, any difference gives another."""
        return json.dumps([self.model, self.revision, sorted(self.settings)], sort_keys=True, default=str)


@runtime_checkable
class Translator(Protocol):
    identity: TranslatorIdentity

    def translate(self, texts: Sequence[str]) -> list[str]:
        """Translate a batch; one output per input, in order."""
        ...


@dataclass
class CallStats:
    hits: int = 0
    misses: int = 0
    model_calls: int = 0  # sentences the model actually translated
    batches: int = 0  # translate() calls reaching the model
    truncated: list[str] = field(default_factory=list)


class CachedTranslator:
    """A translator behind the translation cache. ``stats`` counts what came
    from the cache and what the model had to translate. A cache that fails
    mid-run (disk full, the file gone) is dropped, never the translation:
    ``cache_failure`` says why, for the stage to say once."""

    def __init__(self, inner: Translator, cache: Any | None) -> None:
        self.inner = inner
        self.cache = cache
        self.identity = inner.identity
        self.stats = CallStats()
        self.cache_failure: str | None = None

    def _cached(self, method: str, *args: Any) -> Any:
        from tqcheck.backtranslation.cache import CacheUnusable

        if self.cache is None:
            return None
        try:
            return getattr(self.cache, method)(*args)
        except CacheUnusable as exc:
            self.cache, self.cache_failure = None, str(exc)
            return None

    def translate(self, texts: Sequence[str]) -> list[str]:
        texts = list(texts)
        found = self._cached("get_many", self.identity.key, texts) or {}
        todo = list(dict.fromkeys(t for t in texts if t not in found))
        self.stats.hits += sum(1 for t in texts if t in found)
        self.stats.misses += len(todo)
        if todo:
            outputs = self.inner.translate(todo)
            if len(outputs) != len(todo):
                raise RuntimeError(f"translator returned {len(outputs)} outputs for {len(todo)} inputs")
            self.stats.model_calls += len(todo)
            self.stats.batches += 1
            self.stats.truncated += [t for t in getattr(self.inner, "last_truncated", ()) if t in todo]
            new = dict(zip(todo, outputs))
            self._cached("put_many", self.identity.key, self.identity.model, new)
            found = {**found, **new}
        return [found[t] for t in texts]

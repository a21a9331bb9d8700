"""Back-translation across documents: the sentences of many documents
translated in one go, then each document scored by the ordinary stage.

The stage (:mod:`tqcheck.backtranslation.stage`) translates one document at
a time; on an archive that is one model call per direction per article,
small batches and a GPU mostly idle. :class:`BatchedStage` wraps it, using
only its public construction (``make_stage(mode, overrides, loader=...,
cache=...)``):

1. :meth:`BatchedStage.prepare` gets every document of a batch, looks their
   sentences up in the translation cache and has the model translate those
   it lacks, all documents together (back-translations first, then the
   round trip or the source's forward translation);
2. the stage then runs per document as always; its translators are the
   same models behind :class:`Prefetched`, which answers from what step 1
   translated. The cache, the statistics (hits, misses, sentences
   translated) and the findings are those of a document-by-document run.

The model is loaded once per worker (a process of the pool, a Ray actor),
whatever the number of files, and all workers on one machine share the
SQLite translation cache (WAL: safe across processes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from tqcheck.model import Document, StageInput, StageResult


class Prefetched:
    """A translator whose outputs were computed ahead for a batch; a text
    not computed ahead goes to the model as usual."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.identity = inner.identity
        self.load_seconds = getattr(inner, "load_seconds", 0.0)
        self.ready: dict[str, str] = {}
        self.truncated: set[str] = set()
        self.last_truncated: list[str] = []

    def fill(self, texts: Sequence[str]) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self.ready]
        if not todo:
            return
        outputs = self.inner.translate(todo)
        if len(outputs) != len(todo):
            raise RuntimeError(f"translator returned {len(outputs)} outputs for {len(todo)} inputs")
        self.ready.update(zip(todo, outputs))
        self.truncated.update(getattr(self.inner, "last_truncated", ()))

    def translate(self, texts: Sequence[str]) -> list[str]:
        self.fill(texts)
        self.last_truncated = [t for t in texts if t in self.truncated]
        return [self.ready[t] for t in texts]

    def forget(self) -> None:
        self.ready.clear()
        self.truncated.clear()


class BatchedStage:
    """The back-translation stage with :meth:`prepare` for a batch of
    documents. ``translators`` (back, forward) and ``cache`` as for
    :func:`tqcheck.backtranslation.make_stage`."""

    section = "backtranslation"

    def __init__(self, mode: str, overrides: Mapping[str, Any], translators: tuple[Any, Any] | None = None,
                 cache: Any | None = None) -> None:
        from tqcheck.backtranslation import make_stage

        self.mode, self.overrides = mode, dict(overrides)
        self.given = None if translators is None else (Prefetched(translators[0]), Prefetched(translators[1]))
        self._loaded: dict[tuple[str, str, str], Prefetched] = {}
        self._cache, self._cache_opened, self._warnings = cache, cache is not None, []
        kwargs: dict[str, Any] = {"cache": cache if cache is not None else False}
        if self.given is not None:
            kwargs["translators"] = self.given
        else:
            kwargs["loader"] = self._load
        self.stage = make_stage(mode, self.overrides, **kwargs)

    # --- what the stage calls ------------------------------------------------------

    def __call__(self, inp: StageInput) -> StageResult:
        stage: Any = self.stage
        if self._cache_opened:  # by prepare, or by the stage on an earlier document: shared
            stage.cache = self._cache if self._cache is not None else False
        # else the stage opens it itself once it has models: a run without
        # one never opens the database (sqlite, a file, its schema check).
        result = stage(inp)
        if not self._cache_opened and stage._cache_opened:
            self._cache_opened = True
            self._cache = stage.cache or None
        elif self._cache is not None and stage.cache is False:
            self._cache = None  # the stage found it failing mid-run and said so: not again
        if self._warnings and result.status == "ran":  # as the stage says its own: once, on the first document
            block = dict(result.block)
            block["warnings"] = [*self._warnings, *block.get("warnings", [])]
            notes = tuple(f"back-translation: warning: {w}" for w in self._warnings) + result.notes
            self._warnings = []
            result = replace(result, block=block, notes=notes)
        return result

    def _load(self, resolved: Any, settings: Any) -> Prefetched:
        from tqcheck.backtranslation.stage import marian_loader

        key = (str(resolved.path or resolved.spec.model), resolved.revision, repr(settings))
        if key not in self._loaded:
            self._loaded[key] = Prefetched(marian_loader(resolved, settings))
        return self._loaded[key]

    def _settings(self, options: Mapping[str, Any]) -> Any:
        from tqcheck.backtranslation.stage import Settings

        return Settings.merge(self.mode, self.overrides, options)

    def _open_cache(self, settings: Any) -> Any | None:
        if not settings.use_cache:
            return None
        if not self._cache_opened:
            self._cache_opened = True
            from tqcheck.backtranslation.cache import open_cache

            self._cache, said = open_cache()
            self._warnings += said
        return self._cache

    # --- the batch -------------------------------------------------------------------

    def translators(self, source_lang: str, target_lang: str, options: Mapping[str, Any]) -> tuple[Prefetched, Prefetched] | None:
        """(back, forward) for a language pair, loaded once; None when the
        stage will report back-translation unavailable (it says why)."""
        if self.given is not None:
            return self.given
        import tqcheck.backtranslation.hub as mdl

        settings = self._settings(options)
        src, tgt = mdl.base_lang(source_lang), mdl.base_lang(target_lang)
        if src == tgt or mdl.extra_missing():
            return None
        pair = f"{src}-{tgt}"
        try:
            specs = (mdl.spec_for(tgt, src, settings.bt_model), mdl.spec_for(src, tgt, settings.rt_model))
            resolved = [mdl.resolve(s, pair=pair if pair in mdl.pairs() else None) for s in specs]
            back, forward = (self._load(r, settings) for r in resolved)
        except Exception:  # noqa: BLE001 - the stage meets the same problem and reports it per document
            return None
        return back, forward

    def prepare(self, documents: Sequence[tuple[Document, Document | None]], config: Any) -> None:
        """Translate the sentences of all ``documents`` (each with its source
        or None) that the cache lacks: one model call per direction."""
        from tqcheck.backtranslation.stage import aligned_sources
        from tqcheck.engine import segment_document

        if not documents:
            return
        options = config.section(self.section)
        pair = self.translators(config.source_lang, config.target_lang, options)
        if pair is None:
            return
        back, forward = pair
        back.forget()
        forward.forget()
        cache = self._open_cache(self._settings(options))
        originals, sources = [], []
        for document, source in documents:
            segments = segment_document(document)
            text = document.checked_text
            found = [text[s.start : s.end] for s in segments]
            originals += found
            inp = StageInput(document, segments, config.source_lang, config.target_lang, source,
                             segment_document(source) if source is not None else ())
            aligned = aligned_sources(inp)
            sources.append((found, aligned))
        backs = self._through(back, originals, cache)
        trips = [backs[o] for found, aligned in sources if aligned is None for o in found]
        self._through(forward, trips + [s for _, aligned in sources if aligned for s in aligned], self._cache and cache)

    def _through(self, translator: Prefetched, texts: Sequence[str], cache: Any | None) -> dict[str, str]:
        """Outputs for ``texts``: from the cache, else translated ahead (kept
        in ``translator`` for the stage; the stage writes them to the cache).
        A cache failing here is dropped for the rest of the run, said once."""
        from tqcheck.backtranslation.cache import CacheUnusable, failed_mid_run

        unique = list(dict.fromkeys(texts))
        known: dict[str, str] = {}
        if cache is not None:
            try:
                known = cache.get_many(translator.identity.key, unique)
            except CacheUnusable as exc:
                self._cache = None
                self._warnings.append(failed_mid_run(str(exc)))
        translator.fill([t for t in unique if t not in known])
        return {t: known[t] if t in known else translator.ready[t] for t in unique}

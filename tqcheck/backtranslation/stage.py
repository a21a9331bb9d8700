"""The back-translation stage: resolve models, translate (through the cache),
score, and describe what happened in plain words. The rules TQ901-904 judge
what it hands them (StageResult.analysis: the round trips and thresholds,
read as ``ctx.backtranslation``); the stage itself flags nothing.

Monolingual: every sentence goes target -> source (the back-translation) ->
target (the round trip) and is scored against itself. With a source whose
sentences line up one to one with the target: the back-translation is scored
against the source sentence and the source's forward translation against the
target sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import tqcheck.backtranslation.hub as mdl
from tqcheck.backtranslation.translator import CachedTranslator, Translator
from tqcheck.errors import StageError
from tqcheck.model import StageInput, StageResult
from tqcheck.rules.backtranslation.base import RoundTrips, Thresholds, Trip

NAME = "backtranslation"
NORMALISATION = "quotes, dashes and spaces unified before scoring"


# The [backtranslation] keys Settings.merge reads (besides the thresholds).
SETTING_OPTIONS = ("bt_model", "rt_model", "beam", "quantize", "device", "batch_size", "worst", "cache")


@dataclass(frozen=True)
class Settings:
    mode: str = "auto"
    bt_model: str | None = None
    rt_model: str | None = None
    beam: int = 1
    quantize: str = "none"
    device: str = "auto"
    batch_size: int = 16
    worst: int = 3  # sentences listed in the text report
    use_cache: bool = True

    @classmethod
    def merge(cls, mode: str, overrides: Mapping[str, Any], options: Mapping[str, Any]) -> "Settings":
        """Command line over config over defaults."""

        def pick(flag: str, option: str, default: Any, kind: Callable[[Any], Any]) -> Any:
            value = overrides.get(flag)
            if value is None:
                value = options.get(option, default)
            try:
                return kind(value) if value is not None else None
            except (TypeError, ValueError):
                raise StageError(f"back-translation: {option} must be a {kind.__name__}, not {value!r}") from None

        return cls(
            mode=mode,
            bt_model=pick("bt_model", "bt_model", None, str),
            rt_model=pick("rt_model", "rt_model", None, str),
            beam=pick("bt_beam", "beam", 1, int),
            quantize=pick("bt_quantize", "quantize", "none", str),
            device=pick("bt_device", "device", "auto", str),
            batch_size=pick("bt_batch_size", "batch_size", 16, int),
            worst=pick("", "worst", 3, int),
            use_cache=pick("", "cache", True, bool),
        )


# (resolved model, settings) -> Translator. The default loads MarianMT.
Loader = Callable[[mdl.Resolved, Settings], Translator]


def marian_loader(resolved: mdl.Resolved, settings: Settings) -> Translator:
    from tqcheck.backtranslation.marian import GenerationSettings, MarianTranslator

    model = MarianTranslator(
        resolved, GenerationSettings(settings.beam, settings.quantize, settings.device, settings.batch_size)
    )
    return ProgressTranslator(model, resolved.spec.direction, settings.batch_size)


class ProgressTranslator:
    """A translator that shows its sentences going through on a progress
    bar (tqdm, on standard error): five articles took 34 s without a sign
    of life. Only on a terminal and in the main process (pool workers would
    draw over each other): there the sentences go to the model a batch at a
    time, in order of length as the model batches them itself; anywhere
    else (a pipe, a log, tests) the call goes through unchanged."""

    def __init__(self, inner: Any, label: str, batch_size: int) -> None:
        self.inner, self.label, self.batch_size = inner, label, max(1, batch_size)
        self.last_truncated: list[str] = []

    def __getattr__(self, name: str) -> Any:  # identity, load_seconds...: the model's
        return getattr(self.inner, name)

    def translate(self, texts: Sequence[str]) -> list[str]:
        from tqcheck.progress import progress_bar

        bar = progress_bar(len(texts), f"translating {self.label}", "sentence")
        if bar is None:
            outputs = self.inner.translate(texts)
            self.last_truncated = list(getattr(self.inner, "last_truncated", ()))
            return outputs
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        outputs = [""] * len(texts)
        truncated: list[str] = []
        with bar:
            for b in range(0, len(order), self.batch_size):
                idx = order[b : b + self.batch_size]
                for i, out in zip(idx, self.inner.translate([texts[i] for i in idx])):
                    outputs[i] = out
                truncated += getattr(self.inner, "last_truncated", ())
                bar.update(len(idx))
        self.last_truncated = truncated
        return outputs



class Unavailable(Exception):
    """Back-translation cannot run; ``status`` is skipped (models, extra) or
    failed (a model that would not load)."""

    def __init__(self, reason: str, status: str = "skipped") -> None:
        super().__init__(reason)
        self.reason, self.status = reason, status


@dataclass
class BacktranslationStage:
    mode: str
    overrides: Mapping[str, Any]
    loader: Loader = marian_loader
    # Translators given directly (tests, embedding): (back, forward); no model lookup then.
    translators: tuple[Translator, Translator] | None = None
    cache: Any | None = None  # a TranslationCache; opened on first use when None; False: no cache
    _loaded: dict[tuple[str, str, str], Translator] = field(default_factory=dict)
    _cache_opened: bool = False
    _cache_warnings: list[str] = field(default_factory=list)

    def __call__(self, inp: StageInput) -> StageResult:
        settings = Settings.merge(self.mode, self.overrides, inp.options)
        try:
            thresholds = Thresholds.from_options(inp.options)
        except ValueError as exc:
            raise StageError(f"back-translation: {exc}") from None
        try:
            back, forward, described = self._translators(inp, settings)
        except Unavailable as exc:
            if settings.mode == "require":
                raise StageError(f"back-translation {exc.status}: {exc.reason}") from None
            return unavailable_result(exc.reason, exc.status, settings)
        cache = self._open_cache(settings)
        back_c, forward_c = CachedTranslator(back, cache), CachedTranslator(forward, cache)
        try:
            result = run(inp, back_c, forward_c, thresholds, settings)
        except StageError:
            raise
        except Exception as exc:  # noqa: BLE001 - a model failing mid-run is reported, not a traceback
            reason = f"translation failed ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
            if settings.mode == "require":
                raise StageError(f"back-translation failed: {reason}") from None
            return unavailable_result(reason, "failed", settings)
        failures = [c.cache_failure for c in (back_c, forward_c) if c.cache_failure]
        if failures:  # gone bad mid-run: the rest of the run goes without it, said once
            from tqcheck.backtranslation.cache import failed_mid_run

            self.cache = False
            self._cache_warnings.append(failed_mid_run(failures[0]))
        block = dict(result.block)
        block["models"] = described
        warnings = list(self._cache_warnings) + list(block.get("warnings", []))
        block["warnings"] = warnings
        notes = tuple(f"back-translation: warning: {w}" for w in self._cache_warnings) + result.notes
        self._cache_warnings.clear()  # said once, on the first document
        return replace(result, block=block, notes=notes)

    def _open_cache(self, settings: Settings) -> Any | None:
        if not settings.use_cache or self.cache is False:
            return None
        if self.cache is None and not self._cache_opened:
            self._cache_opened = True
            from tqcheck.backtranslation.cache import open_cache

            self.cache, said = open_cache()
            self._cache_warnings += said
        return self.cache

    def _translators(self, inp: StageInput, settings: Settings) -> tuple[Translator, Translator, list[dict]]:
        if self.translators is not None:
            back, forward = self.translators
            return back, forward, [
                {"role": "back", **_identity(back)},
                {"role": "forward", **_identity(forward)},
            ]
        mdl.check_explicit_models(self.overrides, inp.options)  # a StageError in auto mode too
        src, tgt = mdl.base_lang(inp.source_lang), mdl.base_lang(inp.target_lang)
        if src == tgt:
            raise Unavailable(f"source and target language are both {src!r}: nothing to translate back")
        missing = mdl.extra_missing()
        if missing:
            raise Unavailable(
                f"the back-translation extra is not installed ({missing} missing); "
                "install it with `pip install 'tqcheck[backtranslation]'`"
            )
        pair = f"{src}-{tgt}"
        pair_hint = pair if pair in mdl.pairs() else None
        try:
            back_spec = mdl.spec_for(tgt, src, settings.bt_model)
            fwd_spec = mdl.spec_for(src, tgt, settings.rt_model)
            resolved = [mdl.resolve(s, pair=pair_hint) for s in (back_spec, fwd_spec)]
        except mdl.ModelUnavailable as exc:
            raise Unavailable(str(exc)) from None
        translators = []
        for r, role in zip(resolved, ("bt_model", "rt_model")):
            key = (str(r.path or r.spec.model), r.revision, repr(settings))
            if key not in self._loaded:
                try:
                    self._loaded[key] = self.loader(r, settings)
                except Exception as exc:  # TranslatorError or anything else while loading
                    reason = str(exc) or type(exc).__name__
                    named = mdl.explicit_folder(role, self.overrides, inp.options)
                    if named is not None and r.where == "local":
                        # A folder the user named that will not load is their
                        # mistake, as a missing one is: exit 2 in every mode.
                        raise StageError(f"{named[1]} {named[0]}: {reason}") from None
                    raise Unavailable(reason, status="failed") from None
            translators.append(self._loaded[key])
        described = [
            {"role": role, **mdl.describe(r), "load_seconds": round(getattr(t, "load_seconds", 0.0), 2)}
            for role, r, t in zip(("back", "forward"), resolved, translators)
        ]
        return translators[0], translators[1], described


def _identity(t: Translator) -> dict[str, Any]:
    return {"id": t.identity.model, "revision": t.identity.revision}


def settings_block(settings: Settings, thresholds: Thresholds | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {
        "mode": settings.mode,
        "beam": settings.beam,
        "quantize": settings.quantize,
        "device": settings.device,
        "batch_size": settings.batch_size,
        "normalisation": NORMALISATION,
    }
    if thresholds is not None:
        block["thresholds"] = dict(thresholds.__dict__)
    return block


def unavailable_result(reason: str, status: str, settings: Settings) -> StageResult:
    return StageResult(
        name=NAME,
        status=status,
        reason=reason,
        block={
            "status": status,
            "reason": reason,
            "models": [],
            "settings": settings_block(settings),
            "signature": None,
            "cache": {"hits": 0, "misses": 0},
            "model_calls": 0,
        },
        notes=(f"back-translation: {status} ({reason})",),
    )


def aligned_sources(inp: StageInput) -> list[str] | None:
    """Source sentences one to one with the target's, or None."""
    if inp.source is None or len(inp.source_segments) != len(inp.segments) or not inp.segments:
        return None
    text = inp.source.checked_text
    return [text[s.start : s.end] for s in inp.source_segments]


def run(
    inp: StageInput,
    back: CachedTranslator,
    forward: CachedTranslator,
    thresholds: Thresholds,
    settings: Settings,
) -> StageResult:
    # Scoring (statistics, difflib) only once there is something to score:
    # a run without a model never needs it.
    import statistics

    from tqcheck.backtranslation.scoring import content_words, length_ratio, log_ratios, robust_z, score, signature

    text = inp.document.checked_text
    originals = [text[s.start : s.end] for s in inp.segments]
    sources = aligned_sources(inp)
    notes: list[str] = []
    if inp.source is not None and sources is None:
        notes.append(
            f"back-translation: the source has {len(inp.source_segments)} sentences and the translation "
            f"{len(inp.segments)}, so they do not line up one to one; scored the monolingual round trip instead"
        )
    backs = back.translate(originals) if originals else []
    if sources is None:
        trips_out = forward.translate(backs) if backs else []
        pairs = [(o, b, rt, o, rt, None) for o, b, rt in zip(originals, backs, trips_out)]
    else:
        forwards = forward.translate(sources)
        pairs = [(o, b, None, s, b, f) for o, b, s, f in zip(originals, backs, sources, forwards)]

    trips: list[Trip] = []
    forward_scores: dict[int, dict] = {}
    for seg, (orig, bt, rt, ref, hyp, fwd) in zip(inp.segments, pairs):
        trips.append(
            Trip(
                segment=seg,
                original=orig,
                back=bt,
                round_trip=rt,
                reference=ref,
                hypothesis=hyp,
                scores=score(hyp, ref),
                length_ratio=length_ratio(hyp, ref),
                content_words=content_words(ref),
            )
        )
        if fwd is not None:
            forward_scores[seg.id] = {"text": fwd, "scores": score(fwd, orig).as_dict()}
    chrf_z = robust_z([t.scores.chrf for t in trips])
    len_z = robust_z(log_ratios([t.length_ratio for t in trips]))
    trips = [replace(t, chrf_z=z, length_z=lz) for t, z, lz in zip(trips, chrf_z, len_z)]

    truncated_texts = set(back.stats.truncated) | set(forward.stats.truncated)
    truncated = sorted(t.segment.id for t in trips if t.original in truncated_texts or t.back in truncated_texts)
    if truncated:
        notes.append(
            f"back-translation: {len(truncated)} sentence(s) longer than the model's maximum length were "
            f"truncated before translation (segments {', '.join(map(str, truncated))})"
        )
    segment_data = {}
    for t in trips:
        entry: dict[str, Any] = {
            "text": t.back,
            "round_trip": t.round_trip,
            "scores": t.scores.as_dict(),
            "robust_z": round(t.chrf_z, 2),
            "length_ratio": round(t.length_ratio, 3),
            "truncated": t.segment.id in truncated,
        }
        if t.segment.id in forward_scores:
            entry["forward"] = forward_scores[t.segment.id]
        segment_data[t.segment.id] = entry

    hits = back.stats.hits + forward.stats.hits
    misses = back.stats.misses + forward.stats.misses
    model_calls = back.stats.model_calls + forward.stats.model_calls
    chrfs = [t.scores.chrf for t in trips]
    block = {
        "status": "ran",
        "reason": None,
        "comparison": "round trip" if sources is None else "back-translation vs source",
        "settings": settings_block(settings, thresholds),
        "signature": signature(),
        "cache": {
            "hits": hits,
            "misses": misses,
            "back": {"hits": back.stats.hits, "misses": back.stats.misses},
            "forward": {"hits": forward.stats.hits, "misses": forward.stats.misses},
        },
        "model_calls": model_calls,
        "sentences": len(trips),
        "chrf_median": round(statistics.median(chrfs), 2) if chrfs else None,
        "truncated": truncated,
    }
    what = "round trip" if sources is None else "back-translation vs source"
    notes.append(
        f"back-translation: ran ({what}, {len(trips)} sentences, median chrF++ "
        f"{block['chrf_median'] if chrfs else '-'}; cache {hits} hits, {misses} misses; {model_calls} translated)"
    )
    notes += worst_lines(trips, settings.worst)
    return StageResult(
        name=NAME,
        status="ran",
        block=block,
        segment_data=segment_data,
        notes=tuple(notes),
        analysis=RoundTrips(tuple(trips), thresholds),
    )


def worst_lines(trips: Sequence[Trip], n: int) -> list[str]:
    worst = sorted((t for t in trips if t.scores.chrf < 100), key=lambda t: t.scores.chrf)[: max(0, n)]
    if not worst:
        return []
    lines = [f"back-translation: the {len(worst)} lowest-scoring sentence(s):"]
    for t in worst:
        s = t.scores
        lines.append(
            f"  [{t.segment.id}] chrF++ {s.chrf:.1f} BLEU {s.bleu:.1f} TER {s.ter:.1f}: "
            f"“{t.reference}” → “{t.hypothesis}”"
        )
    return lines

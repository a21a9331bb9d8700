"""``tqcheck models list|pull|verify``: the back-translation models.

Exit codes: 0 done, 1 the check itself failed (verify: the model loaded but
would not translate), 2 could not do what was asked (offline, no such pair,
unreadable folder). Every failure is one line on standard error starting
``tqcheck: error:``; an unreachable hub is found with one short connection
before huggingface_hub is asked (it would retry for ~23 s).
"""

from __future__ import annotations

import argparse
import sys
import time

from tqcheck.backtranslation import hub as mdl
from tqcheck.commands import error_line
from tqcheck.errors import EXIT_FINDINGS, EXIT_OK, StageError, UsageError


def _where(model: str) -> str:
    snap = mdl.cached_snapshot(model)
    return f"cached ({snap[1][:12]})" if snap else "not cached"


def list_models(args: argparse.Namespace) -> int:
    """``tqcheck models list``: the model table and what the cache holds."""
    table = mdl.model_table()
    print(f"Hugging Face cache: {mdl.hub_cache_dir()}")
    print(f"{'pair':7} {'back-translation (target->source)':42} {'round trip (source->target)':42}")
    for pair in mdl.pairs():
        src, tgt = pair.split("-")
        back, fwd = table[f"{tgt}-{src}"], table[pair]

        def cell(spec: mdl.ModelSpec) -> str:
            token = f" {spec.target_token}" if spec.target_token else ""
            return f"{spec.model}{token} [{_where(spec.model)}]"

        print(f"{pair:7} {cell(back):42} {cell(fwd):42}")
    missing = mdl.extra_missing()
    if missing:
        print(f"note: back-translation cannot run: {missing} not installed (pip install 'tqcheck[backtranslation]')")
    return EXIT_OK


def pull(args: argparse.Namespace) -> int:
    """``tqcheck models pull PAIR``: download a pair's two models."""
    pair = args.pair.lower()
    if pair not in mdl.pairs():
        raise UsageError(f"no models for pair {pair!r}; known pairs: {', '.join(mdl.pairs())}")
    if mdl.offline():
        raise StageError("HF_HUB_OFFLINE is set: unset it to download models")
    try:
        from huggingface_hub import HfApi, snapshot_download
        from huggingface_hub.utils import logging as hub_logging
    except ImportError:
        raise StageError("huggingface_hub is not installed (pip install 'tqcheck[backtranslation]')") from None
    problem = mdl.hub_problem()
    if problem is not None:
        raise StageError(
            f"cannot download the {pair} models: the Hugging Face hub cannot be reached ({problem}); "
            "retry when online, or copy the model folders here and name them with --bt-model/--rt-model"
        )
    hub_logging.set_verbosity_error()  # its retry warnings are not ours to print; the failure is one line
    src, tgt = pair.split("-")
    for direction in (f"{tgt}-{src}", pair):
        model = mdl.model_table()[direction].model
        try:
            files = HfApi().list_repo_files(model)
            # One weights format is enough: safetensors when the repository has it.
            weights = ["*.safetensors"] if any(f.endswith(".safetensors") for f in files) else ["pytorch_model.bin"]
            path = snapshot_download(model, allow_patterns=["*.json", "*.spm", *weights])
        except Exception as exc:  # noqa: BLE001 - network errors become one line
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StageError(f"could not download {model}: {first}") from None
        print(f"{direction}: {model} -> {path}")
    return EXIT_OK


def _failed(message: str) -> int:
    """The model loaded but the check failed: exit 1, not a usage error."""
    print(error_line(message), file=sys.stderr)
    return EXIT_FINDINGS


def verify(args: argparse.Namespace) -> int:
    """``tqcheck models verify PATH``: load a model and translate one sentence."""
    from tqcheck.backtranslation.marian import GenerationSettings, TranslatorError, load

    spec = mdl.ModelSpec(source="?", target="?", model=args.path)
    try:
        resolved = mdl.resolve(spec)
        started = time.perf_counter()
        translator = load(resolved, GenerationSettings(device=args.bt_device))
        loaded = time.perf_counter() - started
        text = args.text or _sample_text(translator)
        started = time.perf_counter()
        (out,) = translator.translate([text])
    except (mdl.ModelUnavailable, TranslatorError) as exc:
        raise StageError(str(exc)) from None
    except Exception as exc:  # noqa: BLE001
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return _failed(f"translating with {args.path} failed: {type(exc).__name__}: {first}")
    print(f"model:    {resolved.spec.model} ({resolved.where}, revision {resolved.revision})")
    print(f"device:   {translator.device}; loaded in {loaded:.1f} s; translated in {time.perf_counter() - started:.2f} s")
    print(f"input:    {text}")
    print(f"output:   {out}")
    if not out.strip():
        return _failed("the model returned an empty translation")
    return EXIT_OK


_SAMPLES = {
    "en": "The weather will be sunny tomorrow.",
    "bg": "Утре времето ще бъде слънчево.",
    "de": "Morgen wird das Wetter sonnig.",
    "fr": "Demain, le temps sera ensoleillé.",
    "ru": "Завтра будет солнечная погода.",
    "es": "Mañana hará sol.",
    "mk": "Утре времето ќе биде сончево.",
}


def _sample_text(translator) -> str:
    lang = getattr(translator.tokenizer, "source_lang", None) or ""
    name = str(translator.spec.model).rstrip("/").rsplit("/", 1)[-1]
    if not lang and name.startswith("opus-mt-"):
        lang = name.split("-")[2]
    return _SAMPLES.get(mdl.base_lang(lang) if lang else "en", _SAMPLES["en"])

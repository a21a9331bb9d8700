"""``tqcheck models list|pull|verify`` and ``tqcheck cache info|clear``.

Handlers return an exit code: 0 done, 1 the check itself failed (verify),
2 could not do what was asked (offline, no such pair, unreadable folder).
Every failure is one line on standard error starting ``tqcheck: error:``,
as in the rest of the command line; an unreachable hub is found with one
short connection before huggingface_hub is asked (it would retry for ~23 s).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tqcheck.backtranslation import hub as mdl


def register(subparsers: argparse._SubParsersAction) -> None:
    m = subparsers.add_parser("models", help="list, download and verify back-translation models")
    msub = m.add_subparsers(dest="models_command", required=True)
    p = msub.add_parser("list", help="the model table and what is in the local cache")
    p.set_defaults(func=cmd_models_list)
    p = msub.add_parser("pull", help="download a pair's two models into the Hugging Face cache")
    p.add_argument("pair", help="article pair, source-target: bg-en for a Bulgarian->English article")
    p.set_defaults(func=cmd_models_pull)
    p = msub.add_parser("verify", help="load a model folder (or hub id) and translate one sentence")
    p.add_argument("path", help="a MarianMT folder or a hub id")
    p.add_argument("--text", default=None, help="sentence to translate (default: one in the model's language)")
    p.add_argument("--bt-device", choices=("auto", "cpu", "cuda"), default="auto")
    p.set_defaults(func=cmd_models_verify)

    c = subparsers.add_parser("cache", help="the back-translation cache")
    csub = c.add_subparsers(dest="cache_command", required=True)
    p = csub.add_parser("info", help="where the cache is, its size and entries per model")
    p.set_defaults(func=cmd_cache_info)
    p = csub.add_parser("clear", help="delete every cached translation")
    p.set_defaults(func=cmd_cache_clear)


def _error(message: str, code: int = 2) -> int:
    from tqcheck.display import printable  # a path can hold terminal escapes

    print(printable(f"tqcheck: error: {message}"), file=sys.stderr)
    return code


def _where(model: str) -> str:
    snap = mdl.cached_snapshot(model)
    return f"cached ({snap[1][:12]})" if snap else "not cached"


def cmd_models_list(args: argparse.Namespace) -> int:
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
    return 0


def cmd_models_pull(args: argparse.Namespace) -> int:
    pair = args.pair.lower()
    if pair not in mdl.pairs():
        return _error(f"no models for pair {pair!r}; known pairs: {', '.join(mdl.pairs())}")
    if mdl.offline():
        return _error("HF_HUB_OFFLINE is set: unset it to download models")
    try:
        from huggingface_hub import HfApi, snapshot_download
        from huggingface_hub.utils import logging as hub_logging
    except ImportError:
        return _error("huggingface_hub is not installed (pip install 'tqcheck[backtranslation]')")
    problem = mdl.hub_problem()
    if problem is not None:
        return _error(
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
            return _error(f"could not download {model}: {first}")
        print(f"{direction}: {model} -> {path}")
    return 0


def cmd_models_verify(args: argparse.Namespace) -> int:
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
        return _error(str(exc))
    except Exception as exc:  # noqa: BLE001
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        return _error(f"translating with {args.path} failed: {type(exc).__name__}: {first}", 1)
    print(f"model:    {resolved.spec.model} ({resolved.where}, revision {resolved.revision})")
    print(f"device:   {translator.device}; loaded in {loaded:.1f} s; translated in {time.perf_counter() - started:.2f} s")
    print(f"input:    {text}")
    print(f"output:   {out}")
    if not out.strip():
        return _error("the model returned an empty translation", 1)
    return 0


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


def cmd_cache_info(args: argparse.Namespace) -> int:
    from tqcheck.backtranslation.cache import TranslationCache, cache_path

    path = cache_path()
    if not path.exists():
        print(f"translation cache: {path} (empty: not created yet)")
        return 0
    cache = TranslationCache(path)
    for w in cache.warnings:
        print(f"tqcheck: warning: {w}", file=sys.stderr)
    info = cache.info()
    print(f"translation cache: {info.path}")
    print(f"entries: {info.entries}; size: {info.size_bytes / 1e6:.1f} MB")
    for model, n in info.models:
        print(f"  {n:8d}  {model}")
    return 0


def cmd_cache_clear(args: argparse.Namespace) -> int:
    from tqcheck.backtranslation.cache import TranslationCache, cache_path

    path: Path = cache_path()
    if not path.exists():
        print(f"translation cache: {path} is already empty")
        return 0
    n = TranslationCache(path).clear()
    print(f"translation cache: removed {n} entries from {path}")
    return 0

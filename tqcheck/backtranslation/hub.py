"""The model table and cheap availability checks (no torch, no transformers).

Whether back-translation can run is decided here by looking at folders only:
a local model folder, the Hugging Face cache folder ``models--Org--name``, or
(when not offline) a reachable hub. Importing torch costs seconds, so it
happens only once we know there is something to load.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from tqcheck.data import data_text

# Files a MarianMT folder must have for MarianTokenizer + MarianMTModel.
REQUIRED_FILES = ("config.json", "source.spm", "target.spm", "vocab.json")
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
DEFAULT_MAX_LENGTH = 512


class ModelUnavailable(Exception):
    """The model cannot be had: the message is one line for the user."""


@dataclass(frozen=True)
class ModelSpec:
    """One translation direction: which model, and how to feed it."""

    source: str  # language the model reads
    target: str  # language it writes
    model: str  # hub id or local folder
    target_token: str = ""
    max_length: int = DEFAULT_MAX_LENGTH

    @property
    def direction(self) -> str:
        return f"{self.source}-{self.target}"


@dataclass(frozen=True)
class Resolved:
    """Where a model was found: ``where`` is "local", "cache" or "hub"."""

    spec: ModelSpec
    where: str
    path: Path | None  # folder to load from (None: download from the hub)
    revision: str


@cache
def model_table() -> Mapping[str, ModelSpec]:
    raw = tomllib.loads(data_text("models.toml"))
    table = {}
    for direction, entry in raw.get("directions", {}).items():
        source, target = direction.split("-", 1)
        table[direction] = ModelSpec(
            source=source,
            target=target,
            model=entry["model"],
            target_token=entry.get("target_token", ""),
            max_length=int(entry.get("max_length", DEFAULT_MAX_LENGTH)),
        )
    return table


def pairs() -> list[str]:
    """Article pairs ("bg-en": Bulgarian source, English translation) with both
    directions in the table."""
    table = model_table()
    return sorted(d for d in table if f"{table[d].target}-{table[d].source}" in table)


def base_lang(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


def spec_for(source: str, target: str, override: str | None = None) -> ModelSpec:
    """The model translating ``source`` -> ``target``; ``override`` (a hub id
    or a folder from --bt-model/--rt-model or config) replaces the table's."""
    source, target = base_lang(source), base_lang(target)
    entry = model_table().get(f"{source}-{target}")
    if override:
        token = entry.target_token if entry and entry.model == override else ""
        return ModelSpec(source, target, override, token, entry.max_length if entry else DEFAULT_MAX_LENGTH)
    if entry is None:
        known = ", ".join(pairs())
        raise ModelUnavailable(
            f"no {source}->{target} translation model in tqcheck's table (pairs known: {known}); "
            f"give one with --bt-model/--rt-model (a hub id or a local folder)"
        )
    return entry


def extra_missing() -> str | None:
    """Which of the back-translation extra's packages cannot be imported."""
    missing = [name for name in ("torch", "transformers", "sentencepiece", "sacrebleu") if find_spec(name) is None]
    return ", ".join(missing) or None


def hub_cache_dir() -> Path:
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"])
    if os.environ.get("HUGGINGFACE_HUB_CACHE"):
        return Path(os.environ["HUGGINGFACE_HUB_CACHE"])
    home = os.environ.get("HF_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "huggingface"
    )
    return Path(home) / "hub"


def offline() -> bool:
    return any(
        os.environ.get(v, "").strip().lower() in ("1", "true", "yes", "on")
        for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


def looks_like_path(model: str) -> bool:
    # Hub ids are "Org/name": one slash, no leading dot, slash or tilde.
    return model.startswith((".", "/", "~")) or model.count("/") > 1 or Path(model).expanduser().exists()


def check_folder(path: Path) -> None:
    """Raise ModelUnavailable when ``path`` is not a complete MarianMT folder."""
    if not path.is_dir():
        raise ModelUnavailable(f"model folder {path} does not exist")
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if not any((path / f).is_file() for f in WEIGHT_FILES):
        missing.append(" or ".join(WEIGHT_FILES))
    if missing:
        raise ModelUnavailable(
            f"model folder {path} is incomplete or not a MarianMT model (missing {', '.join(missing)})"
        )


def explicit_folder(key: str, overrides: Mapping[str, Any], options: Mapping[str, Any]) -> tuple[str, str] | None:
    """The model folder the user named for ``key`` (bt_model or rt_model:
    --bt-model/--rt-model, else the [backtranslation] table) and where it
    was named; None when the model is the table's or a hub id."""
    value, where = overrides.get(key), "--" + key.replace("_", "-")
    if value is None:
        value, where = options.get(key), f"[backtranslation] {key}"
    if value is None or not looks_like_path(str(value)):
        return None
    return str(value), where


def check_explicit_models(overrides: Mapping[str, Any], options: Mapping[str, Any]) -> None:
    """A model folder the user named must exist and hold a MarianMT model:
    otherwise a StageError (exit 2) in every mode, never a quiet "skipped".
    Hub ids are left to resolve(): whether they can be had is availability,
    not a typo. (A folder that holds the files but will not load is the
    same mistake: the stage says so when loading it.)"""
    from tqcheck.errors import StageError

    for key in ("bt_model", "rt_model"):
        named = explicit_folder(key, overrides, options)
        if named is None:
            continue
        value, where = named
        try:
            check_folder(Path(value).expanduser())
        except ModelUnavailable as exc:
            raise StageError(f"{where} {value}: {exc}") from None


def folder_revision(path: Path) -> str:
    """A content fingerprint of a local folder, for cache keys: the config, the
    vocabulary and the weights' size, head and tail (cheap even for 300 MB)."""
    import hashlib  # here: a run with no local model never needs it

    h = hashlib.sha256()
    for name in ("config.json", "vocab.json", "generation_config.json"):
        if (path / name).is_file():
            h.update((path / name).read_bytes())
    for name in WEIGHT_FILES:
        weights = path / name
        if weights.is_file():
            size = weights.stat().st_size
            h.update(f"{name}:{size}".encode())
            with weights.open("rb") as f:
                h.update(f.read(1 << 20))
                f.seek(max(0, size - (1 << 20)))
                h.update(f.read(1 << 20))
    return "local-" + h.hexdigest()[:16]


def cached_snapshot(model_id: str) -> tuple[Path, str] | None:
    """The newest complete snapshot of ``model_id`` in the Hugging Face cache."""
    root = hub_cache_dir() / ("models--" + model_id.replace("/", "--"))
    ref = root / "refs" / "main"
    snapshots = root / "snapshots"
    if not snapshots.is_dir():
        return None
    candidates = []
    if ref.is_file():
        candidates.append(snapshots / ref.read_text().strip())
    candidates += sorted(snapshots.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
    for snap in candidates:
        try:
            check_folder(snap)
        except ModelUnavailable:
            continue
        return snap, snap.name
    return None


def hub_problem(timeout: float = 1.5) -> str | None:
    """Why the hub cannot be reached, in a few words; None when it can. One
    TCP connection with a short timeout: huggingface_hub itself retries a
    dead network five times with backoff (about 23 s of warnings), so the
    commands ask this first. Asked once per process and endpoint: a run
    without models looks them up for every document (auto mode), and the
    answer would not change between two documents."""
    if offline():
        return "HF_HUB_OFFLINE is set"
    return _probe(os.environ.get("HF_ENDPOINT", "https://huggingface.co"), timeout)


@cache
def _probe(url: str, timeout: float) -> str | None:
    import _socket  # socket's own core: the socket module adds enums that cost more than the question

    endpoint = url.split("://", 1)[-1].split("/")[0]
    host, _, port = endpoint.partition(":")
    default = 80 if url.startswith("http://") else 443
    try:
        _connect(host, int(port or default), timeout)
        return None
    except _socket.gaierror as exc:
        return f"cannot resolve {host} ({exc.strerror or exc})"
    except OSError as exc:
        return f"cannot connect to {host}:{port or default} ({exc.strerror or exc})"
    except ValueError:
        return f"HF_ENDPOINT {url!r} is not a URL"


def _connect(host: str, port: int, timeout: float) -> None:
    """socket.create_connection((host, port), timeout), closed at once: each
    address getaddrinfo gives, in order, until one connects; else the last
    address's error."""
    import _socket

    error: OSError | None = None
    for family, kind, proto, _, address in _socket.getaddrinfo(host, port, 0, _socket.SOCK_STREAM):
        sock = None
        try:
            sock = _socket.socket(family, kind, proto)
            sock.settimeout(timeout)
            sock.connect(address)
            sock.close()
            return
        except OSError as exc:
            error = exc
            if sock is not None:
                sock.close()
    raise error if error is not None else OSError("getaddrinfo returns an empty list")


def hub_reachable(timeout: float = 1.5) -> bool:
    return hub_problem(timeout) is None


def pull_hint(spec: ModelSpec, pair: str | None) -> str:
    # `models pull` takes an article pair; a model named by hub id alone is
    # fetched with Hugging Face's own command into the same cache.
    return f"tqcheck models pull {pair}" if pair else f"hf download {spec.model}"


def resolve(spec: ModelSpec, *, pair: str | None = None, allow_hub: bool = True) -> Resolved:
    """Find ``spec``'s model without importing torch; ModelUnavailable (one line:
    which model, why, how to get it) when it cannot be had."""
    model = spec.model
    path = Path(model).expanduser()
    if path.is_dir() or looks_like_path(model):
        check_folder(path)
        return Resolved(spec, "local", path.resolve(), folder_revision(path))
    snap = cached_snapshot(model)
    if snap is not None:
        return Resolved(spec, "cache", snap[0], snap[1])
    hint = pull_hint(spec, pair)
    what = f"model {model}" + (f" ({spec.direction})" if "?" not in spec.direction else "")
    if offline():
        raise ModelUnavailable(
            f"{what} is not in the Hugging Face cache ({hub_cache_dir()}) and "
            f"HF_HUB_OFFLINE is set; fetch it while online with `{hint}`"
        )
    if not allow_hub or not hub_reachable():
        raise ModelUnavailable(
            f"{what} is not in the Hugging Face cache ({hub_cache_dir()}) and "
            f"the hub cannot be reached; fetch it while online with `{hint}`"
        )
    return Resolved(spec, "hub", None, "main")


def describe(resolved: Resolved) -> dict[str, Any]:
    return {
        "id": resolved.spec.model,
        "revision": resolved.revision,
        "direction": resolved.spec.direction,
        "found": resolved.where,
        "target_token": resolved.spec.target_token or None,
    }

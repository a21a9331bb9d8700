"""MarianMT through Hugging Face transformers: the only code that imports
torch. Imports happen inside functions so importing this module stays cheap.

Speed: inputs sorted by length and cut into batches (little padding), greedy
decoding unless a beam is asked for, ``torch.inference_mode``, threads set to
the cores this process may use, optional dynamic int8 on CPU, GPU when there
is one and the user did not say cpu.
"""

from __future__ import annotations

import os
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tqcheck.backtranslation.hub import ModelSpec, Resolved
from tqcheck.backtranslation.translator import TranslatorIdentity


class TranslatorError(Exception):
    """The model cannot be loaded or run: one line for the user."""


@dataclass(frozen=True)
class GenerationSettings:
    beam: int = 1
    quantize: str = "none"  # none | int8
    device: str = "auto"  # auto | cpu | cuda
    batch_size: int = 16

    def validate(self) -> None:
        if self.beam < 1:
            raise TranslatorError(f"beam size must be 1 or more, not {self.beam}")
        if self.batch_size < 1:
            raise TranslatorError(f"batch size must be 1 or more, not {self.batch_size}")
        if self.quantize not in ("none", "int8"):
            raise TranslatorError(f"--bt-quantize must be none or int8, not {self.quantize!r}")
        if self.device not in ("auto", "cpu", "cuda"):
            raise TranslatorError(f"--bt-device must be auto, cpu or cuda, not {self.device!r}")


def usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


class MarianTranslator:
    """A loaded MarianMT model. ``last_truncated`` lists inputs of the last
    call that were longer than the model's maximum length and were cut."""

    def __init__(self, resolved: Resolved, settings: GenerationSettings = GenerationSettings()) -> None:
        settings.validate()
        self.resolved = resolved
        self.spec: ModelSpec = resolved.spec
        self.settings = settings
        self.last_truncated: list[str] = []
        # Extra generate() arguments; the benchmark forces the output length with them.
        self.generate_overrides: dict[str, Any] = {}
        started = time.perf_counter()
        self._load()
        self.load_seconds = time.perf_counter() - started
        self.identity = TranslatorIdentity(
            model=self.spec.model if resolved.where != "local" else str(resolved.path),
            revision=resolved.revision,
            settings=(
                ("beam", settings.beam),
                ("quantize", self.quantized),
                ("target_token", self.spec.target_token),
                ("max_length", self.max_length),
                ("decoding", "greedy" if settings.beam == 1 else "beam"),
            ),
        )

    def _load(self) -> None:
        try:
            import torch
            from transformers import MarianMTModel, MarianTokenizer
            from transformers.utils import logging as hf_logging
        except ImportError as exc:
            raise TranslatorError(
                f"back-translation needs torch, transformers and sentencepiece ({_first_line(exc)}); "
                "install them with `pip install 'tqcheck[backtranslation]'`"
            ) from None
        hf_logging.set_verbosity_error()  # no "some weights were not initialised" chatter on stderr
        hf_logging.disable_progress_bar()
        self._torch = torch
        if "OMP_NUM_THREADS" not in os.environ:
            torch.set_num_threads(usable_cores())
        device = self.settings.device
        if device == "cuda" and not torch.cuda.is_available():
            raise TranslatorError("--bt-device cuda was asked for, but torch finds no CUDA device")
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        self.device = device
        source = str(self.resolved.path) if self.resolved.path is not None else self.spec.model
        local_only = self.resolved.where != "hub"
        try:
            with warnings.catch_warnings():  # "Recommended: pip install sacremoses": not needed here
                warnings.simplefilter("ignore")
                self.tokenizer = MarianTokenizer.from_pretrained(source, local_files_only=local_only)
                model = MarianMTModel.from_pretrained(source, local_files_only=local_only)
        except Exception as exc:  # noqa: BLE001 - every loading failure becomes one clear line
            raise TranslatorError(
                f"model {self.spec.model} could not be loaded from {source} ({_first_line(exc)}); "
                "the folder may be corrupt or incomplete: fetch it again or check the path"
            ) from None
        model.eval()
        self.quantized = "none"
        if self.settings.quantize == "int8":
            if device != "cpu":
                raise TranslatorError("--bt-quantize int8 runs on the CPU only; add --bt-device cpu")
            with warnings.catch_warnings():  # torch 2.13 marks the quantized dtypes deprecated
                warnings.simplefilter("ignore")
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
            self.quantized = "int8"
        self.model = model.to(device)
        cfg_max = getattr(model.config, "max_position_embeddings", None) or self.spec.max_length
        self.max_length = min(self.spec.max_length, cfg_max)

    def translate(self, texts: Sequence[str]) -> list[str]:
        torch = self._torch
        self.last_truncated = []
        prefix = f"{self.spec.target_token} " if self.spec.target_token else ""
        inputs = [prefix + t for t in texts]
        lengths = [len(ids) for ids in self.tokenizer(inputs, add_special_tokens=True)["input_ids"]]
        self.last_truncated = [t for t, n in zip(texts, lengths) if n > self.max_length]
        order = sorted(range(len(inputs)), key=lambda i: lengths[i])
        outputs: list[str] = [""] * len(inputs)
        bs = self.settings.batch_size
        with torch.inference_mode():
            for b in range(0, len(order), bs):
                idx = order[b : b + bs]
                batch = self.tokenizer(
                    [inputs[i] for i in idx],
                    return_tensors="pt",
                    padding=True,
                    truncation=True,
                    max_length=self.max_length,
                ).to(self.device)
                longest = int(batch["input_ids"].shape[1])
                kwargs: dict[str, Any] = {
                    "num_beams": self.settings.beam,
                    "do_sample": False,
                    # A translation rarely needs 3x the input; the cap stops a
                    # looping model from running to the maximum length.
                    "max_new_tokens": min(self.max_length, 3 * longest + 16),
                }
                kwargs.update(self.generate_overrides)
                generated = self.model.generate(**batch, **kwargs)
                decoded = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
                for i, text in zip(idx, decoded):
                    outputs[i] = text.strip()
        return outputs


def load(resolved: Resolved, settings: GenerationSettings) -> Any:
    return MarianTranslator(resolved, settings)

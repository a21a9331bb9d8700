"""Benchmark back-translation speed on a model with the opus-mt architecture.

    python scripts/bench_bt.py [--sentences 32] [--naive-sentences 8] [--tokens 30]

Builds a MarianMT with the real opus-mt shape (6+6 layers, d_model 512, 8
heads, FFN 2048, vocabulary padded to ~60k) and RANDOM weights, then
translates the same sentences (cut to --tokens tokens) with every engine,
output length forced to --tokens (min = max new tokens) so runs compare:

  naive     one sentence at a time, beam 4 (what transformers'
            pipeline("translation") did; transformers 5 removed that task, so
            this is its loop: tokenize one, generate(num_beams=4), decode)
  fp32      tqcheck's MarianTranslator: length-sorted batches, greedy
  int8      the same with dynamic int8 quantisation
  ct2-int8  CTranslate2 int8, greedy (only when ctranslate2 is installed)

--device cuda runs naive and fp32 on the GPU (int8 and CTranslate2 rows are
CPU-only and left out); --batch-sizes 16,64 gives one fp32 row per batch size.

Each engine gets one untimed warm-up call and runs in its own process, so load time and peak memory (max RSS)
are its own. Random weights: speed only, the output is meaningless.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _builder():
    spec = importlib.util.spec_from_file_location("build_tiny_marian", ROOT / "scripts" / "build_tiny_marian.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sentences(model_dir: Path, n: int, tokens: int) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(model_dir / "source.spm"))
    lines = [l for l in (ROOT / "fixtures/bt/flores200-devtest-head150.en").read_text("utf-8").splitlines() if l]
    out = []
    for line in lines:
        pieces = sp.encode(line, out_type=str)
        if len(pieces) >= tokens:
            out.append(sp.decode(pieces[: tokens - 1]))  # + </s> = tokens
        if len(out) == n:
            break
    # Fewer long-enough lines than asked for: repeat them (speed only, and
    # nothing is cached between sentences, so a repeat costs the same).
    return [out[i % len(out)] for i in range(n)] if out else out


def _peak_mb() -> float:
    # VmHWM is this process's own peak; ru_maxrss survives exec, so a spawned
    # child would report its parent's peak.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(engine: str, model_dir: str, texts: list[str], tokens: int, batch_size: int, device: str, queue) -> None:
    try:
        queue.put(_engine(engine, Path(model_dir), texts, tokens, batch_size, device))
    except Exception as exc:  # noqa: BLE001
        queue.put({"engine": engine, "error": f"{type(exc).__name__}: {exc}"})


def _engine(engine: str, model_dir: Path, texts: list[str], tokens: int, batch_size: int = 16, device: str = "cpu") -> dict:
    import torch

    from tqcheck.backtranslation.marian import usable_cores

    torch.set_num_threads(usable_cores())
    started = time.perf_counter()
    if engine == "naive":
        from transformers import MarianMTModel, MarianTokenizer

        tok = MarianTokenizer.from_pretrained(model_dir)
        model = MarianMTModel.from_pretrained(model_dir).eval().to(device)
        load = time.perf_counter() - started
        with torch.no_grad():  # warm-up, untimed, as for every engine
            model.generate(**tok([texts[0]], return_tensors="pt").to(device), num_beams=4, max_new_tokens=4)
        t0 = time.perf_counter()
        with torch.no_grad():  # what the pipeline did
            for text in texts:
                batch = tok([text], return_tensors="pt").to(device)
                out = model.generate(**batch, num_beams=4, min_new_tokens=tokens, max_new_tokens=tokens)
                tok.batch_decode(out, skip_special_tokens=True)
        elapsed = time.perf_counter() - t0
    elif engine in ("fp32", "int8"):
        from tqcheck.backtranslation.hub import ModelSpec, resolve
        from tqcheck.backtranslation.marian import GenerationSettings, MarianTranslator

        translator = MarianTranslator(
            resolve(ModelSpec("en", "bg", str(model_dir))),
            GenerationSettings(
                beam=1, quantize="none" if engine == "fp32" else "int8", device=device, batch_size=batch_size
            ),
        )
        translator.generate_overrides = {"min_new_tokens": tokens, "max_new_tokens": tokens}
        load = time.perf_counter() - started
        translator.translate(texts[:2])  # warm-up, untimed
        t0 = time.perf_counter()
        translator.translate(texts)
        elapsed = time.perf_counter() - t0
    elif engine == "ct2-int8":
        import ctranslate2
        from transformers import MarianTokenizer

        ct2_dir = model_dir.parent / "ct2-int8"
        if not ct2_dir.exists():
            ctranslate2.converters.TransformersConverter(str(model_dir)).convert(str(ct2_dir), quantization="int8")
        tok = MarianTokenizer.from_pretrained(model_dir)
        translator = ctranslate2.Translator(str(ct2_dir), device="cpu", intra_threads=usable_cores())
        load = time.perf_counter() - started
        translator.translate_batch([tok.convert_ids_to_tokens(tok(texts[0])["input_ids"])], max_decoding_length=4)
        t0 = time.perf_counter()
        source = [tok.convert_ids_to_tokens(tok(t)["input_ids"]) for t in texts]
        results = translator.translate_batch(
            source, beam_size=1, max_batch_size=batch_size, min_decoding_length=tokens, max_decoding_length=tokens
        )
        [tok.convert_tokens_to_string(r.hypotheses[0]) for r in results]
        elapsed = time.perf_counter() - t0
    else:
        raise ValueError(engine)
    return {
        "engine": engine if engine not in ("fp32", "int8") else f"{engine}-b{batch_size}",
        "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
        "sentences": len(texts),
        "per_s": len(texts) / elapsed,
        "load_s": load,
        "peak_mb": _peak_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sentences", type=int, default=32)
    p.add_argument("--naive-sentences", type=int, default=8, help="the naive baseline is slow: fewer sentences")
    p.add_argument("--tokens", type=int, default=30, help="input and (forced) output length in tokens")
    p.add_argument("--vocab-size", type=int, default=60000)
    p.add_argument("--batch-size", type=int, default=16, help="tqcheck's and CTranslate2's batch size")
    p.add_argument("--batch-sizes", default=None, help="comma-separated: one fp32 row per batch size (e.g. 16,64)")
    p.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    p.add_argument("--model-dir", type=Path, default=None, help="reuse a folder built by an earlier run")
    a = p.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="tqcheck-bench-") as tmp:
        model_dir = a.model_dir or Path(tmp) / "opus-size"
        if not (model_dir / "config.json").exists():
            t0 = time.perf_counter()
            _builder().build(model_dir, "en", "bg", spm_vocab=4000, vocab_size=a.vocab_size, opus_size=True)
            import json

            cfg = json.loads((model_dir / "config.json").read_text())
            cfg["forced_eos_token_id"] = None  # CTranslate2 has no forced EOS: keep outputs the same length
            (model_dir / "config.json").write_text(json.dumps(cfg))
            gen = model_dir / "generation_config.json"
            g = json.loads(gen.read_text())
            g.pop("forced_eos_token_id", None)
            gen.write_text(json.dumps(g))
            print(f"built opus-mt-sized model in {time.perf_counter() - t0:.1f} s: {model_dir}")
        texts = _sentences(model_dir, a.sentences, a.tokens)
        sizes = [int(b) for b in a.batch_sizes.split(",")] if a.batch_sizes else [a.batch_size]
        runs = [("naive", 1)] + [("fp32", b) for b in sizes]
        if a.device == "cpu":
            runs.append(("int8", a.batch_size))
            if importlib.util.find_spec("ctranslate2") is not None:
                runs.append(("ct2-int8", a.batch_size))
            else:
                print("ctranslate2 is not installed: its row is left out (pip install ctranslate2)")
        ctx = mp.get_context("spawn")
        rows = []
        for engine, size in runs:
            batch = texts[: a.naive_sentences] if engine == "naive" else texts
            queue = ctx.Queue()
            proc = ctx.Process(target=_run, args=(engine, str(model_dir), batch, a.tokens, size, a.device, queue))
            proc.start()
            row = queue.get()
            proc.join()
            rows.append(row)
            if "error" in row:
                print(f"{engine}: failed: {row['error']}")
            else:
                print(f"{row['engine']:9} done: {row['per_s']:.2f} sentences/s")

    cores = os.cpu_count()
    print()
    print(f"{len(texts)} sentences of {a.tokens} tokens (naive: {min(a.naive_sentences, len(texts))}), "
          f"output forced to {a.tokens} tokens, vocab {a.vocab_size}, {cores} cores, "
          f"device {next((r['device'] for r in rows if 'device' in r), a.device)}, random weights")
    ok = [r for r in rows if "error" not in r]
    base = next((r["per_s"] for r in ok if r["engine"] == "naive"), None)
    ct2 = next((r["per_s"] for r in ok if r["engine"] == "ct2-int8"), None)
    print(f"{'engine':10} {'beam':>4} {'sent/s':>8} {'x naive':>8} {'x ct2':>7} {'load s':>7} {'peak MB':>8}")
    for r in ok:
        beam = 4 if r["engine"] == "naive" else 1
        xn = f"{r['per_s'] / base:.1f}" if base else "-"
        xc = f"{r['per_s'] / ct2:.2f}" if ct2 else "-"
        print(f"{r['engine']:10} {beam:>4} {r['per_s']:>8.2f} {xn:>8} {xc:>7} {r['load_s']:>7.2f} {r['peak_mb']:>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

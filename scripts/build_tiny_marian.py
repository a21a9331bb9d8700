"""Build a tiny MarianMT model folder with random weights, for tests.

    python scripts/build_tiny_marian.py OUTDIR [--src en --tgt bg]

The folder has what a real opus-mt folder has (``source.spm``,
``target.spm``, ``vocab.json``, ``config.json``, ``generation_config.json``,
``model.safetensors``, ``tokenizer_config.json``...), so tqcheck loads it
through the same ``from_pretrained`` path. The SentencePiece vocabularies are
trained on the FLORES-200 excerpt in ``fixtures/bt/`` (CC BY-SA 4.0, see its
README). The weights are random: the model's output is meaningless and only
proves the plumbing.

``--opus-size`` gives the real opus-mt architecture (6+6 layers, d_model 512,
8 heads, FFN 2048) and ``--vocab-size`` pads the vocabulary (benchmarks).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import warnings
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bt"
SPECIAL = ("</s>", "<unk>")  # <pad> goes last, as in opus-mt (CTranslate2 expects it there)


def _train_spm(lines: list[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        # Marian's ids: </s>=0, <unk>=1; no <s>; <pad> lives in vocab.json only.
        unk_id=1,
        eos_id=0,
        bos_id=-1,
        pad_id=-1,
        minloglevel=2,
        num_threads=1,
        hard_vocab_limit=False,
    )
    return model.getvalue()


def _pieces(model_bytes: bytes) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=model_bytes)
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def build(
    out: Path,
    src: str = "en",
    tgt: str = "bg",
    *,
    spm_vocab: int = 400,
    vocab_size: int | None = None,
    opus_size: bool = False,
    seed: int = 0,
) -> Path:
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out.mkdir(parents=True, exist_ok=True)
    texts = {lang: (FIXTURES / f"flores200-devtest-head150.{lang}").read_text("utf-8").splitlines() for lang in (src, tgt)}
    src_spm, tgt_spm = _train_spm(texts[src], spm_vocab), _train_spm(texts[tgt], spm_vocab)
    (out / "source.spm").write_bytes(src_spm)
    (out / "target.spm").write_bytes(tgt_spm)

    # One joint vocabulary, as opus-mt has: </s> and <unk> first, both models' pieces, <pad> last.
    vocab: dict[str, int] = {}
    for piece in [*SPECIAL, *_pieces(src_spm), *_pieces(tgt_spm)]:
        vocab.setdefault(piece, len(vocab))
    i = 0
    while vocab_size and len(vocab) < vocab_size:  # padding rows, never produced by the spm models
        vocab.setdefault(f"<extra_{i}>", len(vocab))
        i += 1
    vocab.pop("<pad>", None)
    if vocab_size and len(vocab) >= vocab_size:
        vocab.pop(next(reversed(vocab)))
    vocab["<pad>"] = len(vocab)
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, indent=1), "utf-8")

    size = (
        dict(d_model=512, encoder_layers=6, decoder_layers=6, encoder_attention_heads=8,
             decoder_attention_heads=8, encoder_ffn_dim=2048, decoder_ffn_dim=2048, max_position_embeddings=512)
        if opus_size
        else dict(d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
                  decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=64)
    )
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        decoder_vocab_size=len(vocab),
        pad_token_id=pad,
        eos_token_id=vocab["</s>"],
        decoder_start_token_id=pad,
        forced_eos_token_id=vocab["</s>"],
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        activation_function="swish",
        static_position_embeddings=True,
        **size,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.generation_config.bad_words_ids = [[pad]]
    model.generation_config.num_beams = 1
    model.save_pretrained(out)

    with warnings.catch_warnings():  # "Recommended: pip install sacremoses": not used by Marian's spm path
        warnings.simplefilter("ignore")
        tokenizer = MarianTokenizer(
            source_spm=str(out / "source.spm"),
            target_spm=str(out / "target.spm"),
            vocab=str(out / "vocab.json"),
            source_lang=src,
            target_lang=tgt,
            model_max_length=size["max_position_embeddings"],
        )
    tokenizer.save_pretrained(out)
    (out / "README.md").write_text(
        f"Tiny MarianMT {src}->{tgt} with RANDOM weights, built by scripts/build_tiny_marian.py for tests.\n"
        "Its output is meaningless. SentencePiece vocabularies trained on FLORES-200 devtest lines\n"
        "(CC BY-SA 4.0, NLLB Team et al. 2022).\n",
        "utf-8",
    )
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("outdir", type=Path)
    p.add_argument("--src", default="en")
    p.add_argument("--tgt", default="bg")
    p.add_argument("--spm-vocab", type=int, default=400)
    p.add_argument("--vocab-size", type=int, default=None, help="pad the joint vocabulary to this size")
    p.add_argument("--opus-size", action="store_true", help="6+6 layers, d_model 512 (the opus-mt architecture)")
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args(argv)
    build(a.outdir, a.src, a.tgt, spm_vocab=a.spm_vocab, vocab_size=a.vocab_size, opus_size=a.opus_size, seed=a.seed)
    print(f"wrote {a.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

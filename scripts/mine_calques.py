"""Candidate calques: n-grams that real Bulgarian->English MT writes and human English does not.

Input (../shared/data): the three OPUS-MT outputs of FLORES-200 devtest
(mt-outputs/*.en), line-aligned with the human English reference
(flores200/flores200-devtest.eng), and human English to compare against:
the whole FLORES reference, NTREX-128 English (news) and Tatoeba English.

    .venv/bin/python scripts/mine_calques.py [--data ../shared/data] [--min-lines 2]
        [--max-human 0] [--min-zipf 3.0] [--top 80] [--sizes 2,3,4]

An n-gram (2-4 words, not crossing punctuation) is a candidate when
- an MT output writes it in a line whose human reference does not have it,
- in at least --min-lines different source lines (a habit, not one sentence),
- and the human corpora hold it at most --max-human times;
- every word is an ordinary English word (wordfreq Zipf >= --min-zipf), so
  that names, numbers and misspellings, which are not calques, drop out.
A shorter candidate contained in a longer one with the same lines is left
out, and so is one made of function words alone. Each candidate gets its
source anchor: the Bulgarian word or word pair that most of its source lines
share (the rarest on a tie), as the phrase it probably renders. Ranked by
lines times the anchor's share (one Bulgarian phrase rendered the same way
in different sentences is a habit), then systems, then the commonest word.
Each candidate is printed with an MT line and its human reference line, for
a person to judge: no n-gram is a calque until someone has read it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HUMAN = (
    "flores200/flores200-devtest.eng",
    "ntrex128/ntrex128-newstest2019.eng",
    "tatoeba/tatoeba-test-v2021-08-07.bul-eng.eng",
)
REFERENCE = "flores200/flores200-devtest.eng"
SOURCE = "flores200/flores200-devtest.bul"
_CHUNK = re.compile(r"[^.,;:!?()\[\]\"“”„«»…–—]+")
_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
_BUL_WORD = re.compile(r"[а-яѐ-ӿ]+(?:-[а-яѐ-ӿ]+)*")
# Function words: an n-gram made of these alone is syntax, not a phrase a
# table could list.
_FUNCTION = frozenset(
    "a an the of in on at to for from by with as and or but if that this these those which who whom whose what "
    "it its is are was were be been being has have had do does did not no can could may might must shall should "
    "will would there here than then so such very also only even all any some each most more many much one two "
    "he she they we you i his her their our your him them us me my about into over after before while when where "
    "how why up out".split()
)


def ngrams(line: str, sizes: tuple[int, ...]) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for chunk in _CHUNK.findall(line.lower()):
        words = _WORD.findall(chunk)
        for n in sizes:
            out.update(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return out


def source_anchor(lines: set[int], source: list[str], df: Counter) -> tuple[str, float]:
    """The Bulgarian word or word pair that the candidate's source lines share
    most, the rarest across the source first: the phrase the n-gram renders."""
    seen: Counter[str] = Counter()
    for i in lines:
        seen.update(bulgarian_terms(source[i]))
    if not seen:
        return "", 0.0
    term = max(seen, key=lambda t: (seen[t], -df[t]))
    return term, seen[term] / len(lines)


def bulgarian_terms(line: str) -> set[str]:
    words = _BUL_WORD.findall(line.lower())
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--min-lines", type=int, default=2)
    parser.add_argument("--max-human", type=int, default=0)
    parser.add_argument("--min-zipf", type=float, default=3.0)
    parser.add_argument("--min-systems", type=int, default=1)
    parser.add_argument("--top", type=int, default=80)
    parser.add_argument("--sizes", default="2,3,4")
    args = parser.parse_args()
    try:
        sizes = tuple(int(s) for s in args.sizes.split(","))
        systems = sorted((args.data / "mt-outputs").glob("*.en"))
        if not systems:
            raise FileNotFoundError(f"no MT outputs in {args.data / 'mt-outputs'}")
        reference = (args.data / REFERENCE).read_text("utf-8").splitlines()
        source = (args.data / SOURCE).read_text("utf-8").splitlines()
        human_lines = [line for rel in HUMAN for line in (args.data / rel).read_text("utf-8").splitlines()]
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from wordfreq import zipf_frequency

    human: Counter[tuple[str, ...]] = Counter()
    for line in human_lines:
        human.update(ngrams(line, sizes))
    where: dict[tuple[str, ...], set[int]] = defaultdict(set)
    by: dict[tuple[str, ...], set[str]] = defaultdict(set)
    example: dict[tuple[str, ...], tuple[str, int]] = {}
    outputs = {p.name.split(".")[0]: p.read_text("utf-8").splitlines() for p in systems}
    for name, lines in outputs.items():
        for i, line in enumerate(lines):
            ref = ngrams(reference[i], sizes) if i < len(reference) else set()
            for g in ngrams(line, sizes) - ref:
                if human[g] > args.max_human:
                    continue
                where[g].add(i)
                by[g].add(name)
                example.setdefault(g, (name, i))
    zipf_cache: dict[str, float] = {}

    def zipf(word: str) -> float:
        if word not in zipf_cache:
            zipf_cache[word] = zipf_frequency(word, "en")
        return zipf_cache[word]

    kept = {
        g: lines
        for g, lines in where.items()
        if len(lines) >= args.min_lines
        and len(by[g]) >= args.min_systems
        and min(map(zipf, g)) >= args.min_zipf
        and not all(w in _FUNCTION for w in g)
    }
    # Leave out a sub-n-gram that a longer candidate covers on the same lines.
    longer = sorted(kept, key=len, reverse=True)
    covered = set()
    for g in longer:
        for n in range(2, len(g)):
            for i in range(len(g) - n + 1):
                sub = g[i : i + n]
                if sub in kept and kept[sub] == kept[g]:
                    covered.add(sub)
    df: Counter[str] = Counter()
    for line in source:
        df.update(bulgarian_terms(line))
    anchors = {g: source_anchor(kept[g], source, df) for g in kept if g not in covered}
    # A habit renders one Bulgarian phrase the same way in different
    # sentences: lines weighted by the share that share one source term.
    ranked = sorted(
        anchors,
        key=lambda g: (-len(kept[g]) * anchors[g][1], -len(by[g]), -min(map(zipf, g)), g),
    )
    print(f"{len(ranked)} candidates (of {len(where)} MT-only n-grams); human corpora: {len(human_lines)} lines\n")
    for rank, g in enumerate(ranked[: args.top], 1):
        name, i = example[g]
        print(
            f"{rank:>3}. {' '.join(g)!r}  lines {len(kept[g])}, systems {len(by[g])}, "
            f"human {human[g]}, min zipf {min(map(zipf, g)):.1f}, source {anchors[g][0]!r} in {anchors[g][1]:.0%}"
        )
        print(f"     MT  ({name}, line {i + 1}): {outputs[name][i][:200]}")
        print(f"     REF: {reference[i][:200]}")
        print(f"     BUL: {source[i][:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

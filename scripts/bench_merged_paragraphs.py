"""False alarms of TQ703 where a translator merges two paragraphs (not a test; reads ../shared).

The multilingual benchmark (bench_multilingual.py) checks line-aligned
corpora: every translation has as many paragraphs as its source, so a
translation that joins two paragraphs into one, which translators and
publishing systems often do, is never seen there. This script takes the same
NTREX-128 articles (en->X), joins two neighbouring target lines (with a space;
nothing for a language written without spaces), keeping every word, and counts the
merges after which tqcheck reports an omission (TQ703) that the untouched
article did not have: each such finding is a false alarm, since nothing was
left out.

    .venv/bin/python scripts/bench_merged_paragraphs.py [--langs ar,zh,el] [--merges 3] [--seed N] [--show]

Prints, per language, the merges with a new TQ703 finding out of those tried,
and the total.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_multilingual as bench  # noqa: E402

from tqcheck.alignment.scripts import UNSPACED, language_scripts  # noqa: E402


def merged(lines: list[str], i: int, tag: str) -> list[str]:
    """``lines`` with line ``i`` and the next joined into one: with no space
    in a language written without spaces (Chinese, Japanese, Thai)."""
    scripts = language_scripts(tag)
    glue = "" if scripts and scripts <= UNSPACED else " "
    return lines[:i] + [lines[i] + glue + lines[i + 1]] + lines[i + 2 :]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=bench.DEFAULT_DATA)
    parser.add_argument("--langs", help="comma-separated: ISO 639-3 file stems (deu) or tags (de); default all")
    parser.add_argument("--max-docs", type=int, default=20, help="articles sampled per language")
    parser.add_argument("--merges", type=int, default=3, help="merges tried per article")
    parser.add_argument("--seed", type=int, default=bench.SEED)
    parser.add_argument("--show", action="store_true", help="print each new TQ703 finding")
    args = parser.parse_args()
    total = flagged = 0
    with tempfile.TemporaryDirectory() as tmp:
        runner = bench.Runner(Path(tmp))
        for stem in bench.parse_langs(args.langs):
            pair = bench.load_pair(args.data, stem, "en-x", args.max_docs, args.seed)
            if pair is None:
                continue
            rng = random.Random(args.seed)
            tried = hits = 0
            for a, b in pair.docs:
                if b - a < 3:
                    continue
                source, target = pair.source[a:b], pair.target[a:b]
                before = runner.check(source, target, "en", pair.target_lang)
                for _ in range(args.merges):
                    i = rng.randrange(0, b - a - 1)
                    changed = merged(target, i, pair.target_lang)
                    after = runner.check(source, changed, "en", pair.target_lang)
                    new = [f for f in bench.new_findings(before, after, target, changed) if f["code"] == "TQ703"]
                    tried += 1
                    hits += bool(new)
                    if args.show:
                        for f in new:
                            print(f"    {pair.name} lines {i}+{i + 1}: {f['severity']} {f['message'][:150]}")
            print(f"{pair.name:14} {hits:3} of {tried} merges raise TQ703", flush=True)
            total += tried
            flagged += hits
    print(f"all pairs: {flagged} of {total} merges raise TQ703 ({100 * flagged / max(total, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

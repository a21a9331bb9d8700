"""What fixes cost, in one run:

1. the engine's check with the fixes made (engine.attach_fixes) against
   the same check without, on one long document (the seed and the dev
   articles, fixtures/fakti-dev, joined and repeated: thousands of
   findings, many overlapping);
2. ``--fix`` on each article (fixes.fix_document: apply, check again until
   nothing applicable is left) against one check of it.

    .venv/bin/python scripts/bench_fixes.py [--repeat 40] [--runs 5]

Prints medians and ratios; no assertion.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the shared data folder: its FLORES MT outputs are a long document of ordinary findings")
    args = parser.parse_args()

    import tqcheck.engine as engine
    from tqcheck.config import Config
    from tqcheck.fixes import fix_document
    from tqcheck.inputs import document_from_bytes

    paths = [ROOT / "seeds" / "fakti-iraq-militias-disarm.txt", *sorted((ROOT / "fixtures" / "fakti-dev").glob("*.txt"))]
    text = "\n\n".join(p.read_text("utf-8") for p in paths)
    text = "\n\n".join([text] * args.repeat)
    document = document_from_bytes(text.encode("utf-8"), "bench.txt", "en")
    config = Config()
    long_documents = [("articles repeated", document)]
    outputs = sorted((args.data / "mt-outputs").glob("*.en"))
    if outputs:
        joined = "".join(p.read_text("utf-8") for p in outputs)
        long_documents.append(("FLORES MT outputs", document_from_bytes(joined.encode("utf-8"), "mt.en", "en")))
    else:
        print(f"(no {args.data / 'mt-outputs'}: the FLORES MT outputs are left out)")
    for name, long in long_documents:
        engine.check_document(long, config)
        with_fixes = median_time(lambda: engine.check_document(long, config), args.runs)
        real = engine.attach_fixes
        engine.attach_fixes = lambda findings, ctx, rules: findings
        try:
            without = median_time(lambda: engine.check_document(long, config), args.runs)
        finally:
            engine.attach_fixes = real
        result = engine.check_document(long, config)
        fixable = sum(f.fix is not None for f in result.findings)
        print(f"{name}: {len(long.text):,} characters, {len(result.findings):,} findings, {fixable:,} with a fix")
        print(f"  check without fixes  {without * 1000:8.1f} ms")
        print(f"  check with fixes     {with_fixes * 1000:8.1f} ms   ratio {with_fixes / without:.3f}")

    articles = [document_from_bytes(p.read_bytes(), str(p), "en") for p in paths]
    results = [engine.check_document(d, config) for d in articles]

    def checks():
        for d in articles:
            engine.check_document(d, config)

    def fixes(unsafe: bool):
        return [fix_document(r, lambda d: engine.check_document(d, config), unsafe) for r in results]

    check_all = median_time(checks, args.runs)
    print(f"{len(articles)} articles: one check each {check_all * 1000:8.1f} ms")
    for unsafe in (False, True):
        spent = median_time(lambda: fixes(unsafe), args.runs)
        done = fixes(unsafe)
        label = "--fix --unsafe-fixes" if unsafe else "--fix"
        print(f"  {label:<21}{spent * 1000:8.1f} ms   ratio {spent / check_all:.2f} of a check; "
              f"{sum(f.result.fixed for f in done)} findings fixed, at most {max(f.passes for f in done)} passes, "
              f"{'all settled' if all(f.settled for f in done) else 'NOT SETTLED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

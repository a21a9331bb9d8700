"""Rules-only throughput of tqcheck against proselint and pofilter, side by
side in one run, plus the seed check's wall time and peak memory.

Input: the three real FLORES-200 English MT outputs from ../shared/data/
(one sentence per line), repeated to at least 10,000 sentences. pofilter
gets the same sentences as PO units (Bulgarian source, English target).

    .venv/bin/python scripts/bench_rules.py [--min-sentences 10000] [--data ../shared/data] [--end-to-end]

Prints sentences per second for each tool and the ratios. No assertion:
the numbers are for people to read (targets: tqcheck >= 10x proselint;
seed check < 0.3 s including interpreter start; peak memory < 150 MB).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load(data: Path, minimum: int) -> tuple[list[str], list[str], int]:
    targets, sources = [], []
    source_lines = (data / "flores200" / "flores200-devtest.bul").read_text("utf-8").splitlines()
    for path in sorted((data / "mt-outputs").glob("*.en")):
        lines = path.read_text("utf-8").splitlines()
        targets += lines
        sources += source_lines[: len(lines)]
    repeat = -(-minimum // len(targets))
    return targets * repeat, sources * repeat, repeat


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def bench_tqcheck(lines: list[str], copies: int) -> tuple[float, int]:
    """One document per copy of the corpus, as when checking many files
    (one huge document would make every repeated line a duplicate)."""
    from tqcheck.config import Config
    from tqcheck.engine import check_document
    from tqcheck.model import Document

    size = len(lines) // copies
    docs = [
        Document(text="\n".join(lines[i * size : (i + 1) * size]) + "\n", path=f"<bench {i}>", language="en")
        for i in range(copies)
    ]
    config = Config()
    seconds, results = timed(lambda: [check_document(doc, config) for doc in docs])
    return seconds, sum(len(r.findings) for r in results)


def bench_proselint(lines: list[str]) -> tuple[float, int]:
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)  # what proselint's CLI does first
    config = {**DEFAULT, "max_errors": 10**9}  # its default stops after 1,000 findings
    text = "\n".join(lines) + "\n"
    seconds, results = timed(lambda: LintFile("<bench>", text).lint(config))
    return seconds, len(results)


def bench_pofilter(lines: list[str], sources: list[str]) -> tuple[float, int]:
    from translate.filters import checks
    from translate.storage import po

    store = po.pofile()
    for i, (src, tgt) in enumerate(zip(sources, lines)):
        unit = store.addsourceunit(src)
        unit.target = tgt
        unit.addlocation(f"bench:{i}")
    checker = checks.TeeChecker(
        checkerclasses=[checks.StandardChecker, checks.StandardUnitChecker],
        checkerconfig=checks.CheckerConfig(targetlanguage="en"),
        languagecode="en",
    )

    def run():
        return sum(len(checker.run_filters(unit)) for unit in store.units if not unit.isheader())

    return timed(run)


def bench_segmenters(lines: list[str]) -> dict[str, float]:
    from tqcheck.segment import segment

    paragraph = " ".join(lines[:2000])
    ours, segs = timed(lambda: segment(paragraph, "en"))
    out = {"tqcheck segmenter": len(segs) / ours}
    try:
        import pysbd
    except ImportError:
        return out
    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    # pysbd slows down on long inputs; give it paragraph-sized pieces.
    paragraphs = [" ".join(lines[i : i + 5]) for i in range(0, 1000, 5)]
    theirs, counts = timed(lambda: [len(seg.segment(p)) for p in paragraphs])
    out["pysbd (5-sentence paragraphs)"] = sum(counts) / theirs
    return out


def bench_langdetect(lines: list[str]) -> float:
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    detect(lines[0])  # profile loading is a one-off; measure steady state
    sample = lines[:300]
    seconds, _ = timed(lambda: [detect(s) for s in sample])
    return len(sample) / seconds


MEASURE_CHILD = """
import sys
sys.argv = ["tqcheck", "check", "--backtranslation", "off", sys.argv[1]]
from tqcheck.cli import main
code = main()
# VmHWM, not ru_maxrss: ru_maxrss survives exec and would report the
# parent's peak (the benchmark process) instead of ours.
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print("\\nPEAK_KB", hwm, file=sys.stderr)
"""


def bench_seed(seed: Path, runs: int) -> dict[str, float]:
    def wall(cmd: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=ROOT)
        return time.perf_counter() - start

    python = sys.executable
    baseline = statistics.median(wall([python, "-c", "pass"]) for _ in range(runs))
    check = statistics.median(
        wall([python, "-m", "tqcheck", "check", "--backtranslation", "off", str(seed)]) for _ in range(runs)
    )
    proc = subprocess.run([python, "-c", MEASURE_CHILD, str(seed)], capture_output=True, text=True, cwd=ROOT)
    peak_kb = int(proc.stderr.rsplit("PEAK_KB", 1)[1].split()[0])
    return {"python -c pass (s)": baseline, "tqcheck check seed (s)": check, "seed peak RSS (MB)": peak_kb / 1024}


def bench_end_to_end(data: Path, runs: int, articles: int = 10) -> dict[str, tuple[float, float]]:
    """Whole process, one command over ``articles`` FLORES-sized articles
    (the 1,012 devtest sentences of one MT system cut into ``articles``
    files), as a hook or an editor's on-save check runs: tqcheck (rules only)
    and proselint, side by side: (median wall time, best CPU time) of
    ``runs`` each. CPU time (user + system of the process and the children
    it waited for, from wait4) is what a busy machine inflates least."""
    import tempfile

    lines = (data / "mt-outputs" / "opus-mt-tc-big-bul-eng-2022-03-09.flores200-devtest.en").read_text("utf-8").splitlines()
    size = -(-len(lines) // articles)
    python = sys.executable
    proselint = str(Path(python).with_name("proselint"))

    def wall(cmd: list[str], cwd: str) -> tuple[float, float]:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(child.pid, 0)
        return time.perf_counter() - start, usage.ru_utime + usage.ru_stime

    with tempfile.TemporaryDirectory(prefix="tqcheck-e2e-") as tmp:
        paths = []
        for i in range(articles):
            path = Path(tmp) / f"article-{i:02}.txt"
            path.write_text("\n".join(lines[i * size : (i + 1) * size]) + "\n", "utf-8")
            paths.append(str(path))
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "tqcheck check (rules only)": [python, "-m", "tqcheck", "check", "--backtranslation", "off", *paths],
            "tqcheck hook run": [python, "-m", "tqcheck", "hook", "run", *paths],
            "proselint check": [proselint, "check", *paths],
        }
        for cmd in commands.values():  # bytecode, the regex cache and the file cache warm, as on every later save
            wall(cmd, str(ROOT))
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so a busy moment hits every tool alike
            for name, cmd in commands.items():
                times[name].append(wall(cmd, str(ROOT)))
    return {name: (statistics.median(w for w, _ in t), min(c for _, c in t)) for name, t in times.items()}


def print_end_to_end(data: Path, runs: int) -> None:
    print("\nend to end: 10 FLORES-sized articles (1,012 devtest sentences in 10 files), one command, "
          f"whole process, wall median and CPU best of {runs} runs (proselint {_version('proselint')}; "
          f"load average {os.getloadavg()[0]:.1f}):")
    e2e = bench_end_to_end(data, runs)
    wall_base, cpu_base = e2e["proselint check"]
    for name, (seconds, cpu) in e2e.items():
        print(f"  {name:<28}{seconds:>8.3f} s wall ({wall_base / seconds:5.1f}x)  {cpu:>7.3f} s CPU "
              f"({cpu_base / cpu:5.1f}x proselint)")


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--min-sentences", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--end-to-end", action="store_true", help="only the end-to-end row (whole processes)")
    args = parser.parse_args()
    if args.end_to_end:
        print_end_to_end(args.data, args.runs)
        return 0
    lines, sources, copies = load(args.data, args.min_sentences)
    n = len(lines)
    print(f"input: {n} sentences (FLORES-200 devtest MT outputs, repeated)")
    rows = {}
    t, found = bench_tqcheck(lines, copies)
    rows["tqcheck rules-only"] = (n / t, found)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t, found = bench_proselint(lines)
    rows["proselint"] = (n / t, found)
    t, found = bench_pofilter(lines, sources)
    rows["pofilter (StandardChecker)"] = (n / t, found)
    base = rows["proselint"][0]
    print(f"\n{'tool':<30}{'sentences/s':>14}{'findings':>10}{'x proselint':>13}")
    for name, (rate, found) in rows.items():
        print(f"{name:<30}{rate:>14,.0f}{found:>10,}{rate / base:>13.1f}")
    print(f"\ntqcheck vs pofilter: {rows['tqcheck rules-only'][0] / rows['pofilter (StandardChecker)'][0]:.1f}x")
    print(f"peak RSS after the tqcheck run (this process): {peak_mb:.0f} MB")
    print("\nsegmenters (sentences/s):")
    for name, rate in bench_segmenters(lines).items():
        print(f"  {name:<24}{rate:>12,.0f}")
    print(f"langdetect per sentence (steady state): {bench_langdetect(lines):,.0f} sentences/s")
    print_end_to_end(args.data, args.runs)
    print("\nseed article, whole process (median of %d runs):" % args.runs)
    for name, value in bench_seed(ROOT / "seeds" / "fakti-iraq-militias-disarm.txt", args.runs).items():
        print(f"  {name:<28}{value:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

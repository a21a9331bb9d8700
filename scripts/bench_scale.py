"""Checking an archive: throughput with --jobs 1 and --jobs 2, the Ray
engine on the same CPUs, and peak memory of --format jsonl on a large
corpus; then per-sentence costs projected onto 10^5 articles.

Corpus (built in a temporary folder, deterministic): 1,000 articles of 30
sentences cut in order from the English texts under ../shared/data
(FLORES-200 devtest MT outputs and reference, NTREX-128, Tatoeba), every
tenth one a Fakti dev article (fixtures/fakti-dev) instead, in ten folders.
The memory corpus repeats that pattern until it holds --memory-mb MB.

    .venv/bin/python scripts/bench_scale.py [--data ../shared/data] [--memory-mb 100] [--skip-ray] [--skip-memory]

Every tqcheck run is the whole command line (`tqcheck check DIR
--backtranslation off --format jsonl -o /dev/null`), rules only. Then the
same check with start-up excluded (the second run in one process, best of
--runs): --jobs 1 and --jobs 2, and the Ray row in a process where Ray was
started first, beside --jobs 2 timed the same way. No assertion: ratios are
printed for people to read (targets: --jobs 2 >= 1.8x --jobs 1; Ray within
25% of --jobs 2; peak memory of jsonl on 100 MB <= 300 MB). The machine's
load is printed: other work on it lowers the parallel ratios. So is its own
ceiling, measured in the same run: two processes of a pure Python loop
against one (on this 2-vCPU VM 1.6-1.8x, not 2.0x), which no --jobs 2 can
beat.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SENTENCES_PER_ARTICLE = 30


def sentence_pool(data: Path) -> list[str]:
    files = sorted((data / "mt-outputs").glob("*.en")) + [
        data / "flores200" / "flores200-devtest.eng",
        data / "ntrex128" / "ntrex128-newstest2019.eng",
        data / "tatoeba" / "tatoeba-test-v2021-08-07.bul-eng.eng",
    ]
    pool: list[str] = []
    for path in files:
        pool += [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]
    return pool


def build_corpus(folder: Path, pool: list[str], articles: int, target_bytes: int | None = None) -> tuple[int, int, int]:
    """(files, sentences, bytes) written under ``folder``."""
    dev = [p.read_text("utf-8") for p in sorted((ROOT / "fixtures" / "fakti-dev").glob("*.txt"))]
    files = sentences = size = 0
    i = 0
    while (target_bytes is None and i < articles) or (target_bytes is not None and size < target_bytes):
        sub = folder / f"part-{i % 10}"
        sub.mkdir(parents=True, exist_ok=True)
        if i % 10 == 9:
            text = dev[(i // 10) % len(dev)]
            count = text.count("\n")
        else:
            start = (i * SENTENCES_PER_ARTICLE) % len(pool)
            lines = (pool + pool)[start : start + SENTENCES_PER_ARTICLE]
            text = "\n".join(lines) + "\n"
            count = len(lines)
        data = text.encode("utf-8")
        (sub / f"article-{i:06}.txt").write_bytes(data)
        files, sentences, size, i = files + 1, sentences + count, size + len(data), i + 1
    return files, sentences, size


def tqcheck_argv(corpus: Path, *extra: str) -> list[str]:
    return [PY, "-m", "tqcheck", "check", str(corpus), "--backtranslation", "off", "--no-baseline",
            "--no-language-check", "--format", "jsonl", "-o", os.devnull, *extra]


def wall(argv: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(argv)}\n{proc.stderr[-2000:]}")
    return time.perf_counter() - start


IN_PROCESS = """
import sys, time
engine, jobs = sys.argv[1], sys.argv[3]
if engine == "ray":
    import ray
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
from tqcheck.cli import main
argv = ["check", sys.argv[2], "--backtranslation", "off", "--no-baseline", "--no-language-check",
        "--format", "jsonl", "-o", "/dev/null", "--jobs", jobs] + (["--engine", "ray"] if engine == "ray" else [])
main(argv)  # a first run: Ray's workers and the pool's imports warm
start = time.perf_counter()
main(argv)
print("SECONDS", time.perf_counter() - start)
"""


def in_process(engine: str, corpus: Path, jobs: int = 2) -> float:
    proc = subprocess.run([PY, "-c", IN_PROCESS, engine, str(corpus), str(jobs)], cwd=ROOT, capture_output=True,
                          text=True)
    if "SECONDS" not in proc.stdout:
        raise SystemExit(f"{engine} run failed:\n{proc.stderr[-3000:]}")
    return float(proc.stdout.rsplit("SECONDS", 1)[1])


def tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and its descendants, from /proc."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as handle:
                total += next(int(line.split()[1]) for line in handle if line.startswith("VmRSS"))
            with open(f"/proc/{p}/task/{p}/children") as handle:
                todo += [int(c) for c in handle.read().split()]
        except (OSError, StopIteration):
            continue
    return total


def peak_memory(argv: list[str]) -> tuple[float, float, float]:
    """(seconds, peak RSS summed over the process tree in MB (sampled every
    0.05 s), largest single process's peak RSS in MB (getrusage))."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))
            time.sleep(0.05)

    thread = threading.Thread(target=sample)
    thread.start()
    proc.wait()
    thread.join()
    seconds = time.perf_counter() - start
    single = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        raise SystemExit(f"failed: {proc.stderr.read().decode()[-2000:]}")
    return seconds, peak[0] / 1024, max(single, before) / 1024


def _burn(n: int) -> int:
    """Pure interpreter work, nothing shared: what two cores give any Python
    program at best."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ceiling(runs: int, n: int = 8_000_000) -> float:
    """The machine's own speedup of two busy processes over one (best of
    ``runs`` each): on a virtual machine two vCPUs seldom give 2.0x, and no
    --jobs 2 can beat this ratio."""
    import multiprocessing

    def timed(fn) -> float:
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        return best

    one = timed(lambda: _burn(n))
    with multiprocessing.get_context("fork").Pool(2) as pool:
        two = timed(lambda: pool.map(_burn, [n, n]))
    return 2 * one / two


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = next((f / "shared" / "data" for f in (ROOT.parent, ROOT.parent.parent) if (f / "shared").is_dir()),
                  ROOT.parent / "shared" / "data")  # a worktree sits one folder deeper
    parser.add_argument("--data", type=Path, default=shared)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--memory-mb", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-ray", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} (other work lowers the ratios)")
    pool = sentence_pool(args.data)
    with tempfile.TemporaryDirectory(prefix="tqcheck-bench-scale-") as tmp:
        corpus = Path(tmp) / "corpus"
        files, sentences, size = build_corpus(corpus, pool, args.articles)
        print(f"corpus: {files} articles, {sentences:,} sentences, {size / 1e6:.1f} MB")
        rows = {}
        for jobs in (1, 2):
            best = min(wall(tqcheck_argv(corpus, "--jobs", str(jobs))) for _ in range(args.runs))
            rows[f"--jobs {jobs} (whole process)"] = best
        print(f"\n{'run':<36}{'seconds':>9}{'articles/s':>12}{'sentences/s':>13}{'x jobs 1':>10}")
        for name, seconds in rows.items():
            print(f"{name:<36}{seconds:>9.2f}{files / seconds:>12.0f}{sentences / seconds:>13,.0f}"
                  f"{rows['--jobs 1 (whole process)'] / seconds:>10.2f}")
        # The same two runs with start-up excluded (the second run in one
        # process): the throughput an archive of 10^5 files sees, where the
        # interpreter's start is paid once.
        one = min(in_process("local", corpus, 1) for _ in range(args.runs))
        local = min(in_process("local", corpus, 2) for _ in range(args.runs))
        print("\nstart-up excluded (second run in one process), 2 CPUs:")
        print(f"  --jobs 1 local      {one:7.2f} s  {sentences / one:9,.0f} sentences/s")
        print(f"  --jobs 2 local      {local:7.2f} s  {sentences / local:9,.0f} sentences/s  "
              f"({one / local:.2f}x --jobs 1; target >= 1.8x)")
        ceiling = machine_ceiling(args.runs)
        print(f"  this machine's own ceiling: two processes of pure Python loops run {ceiling:.2f}x one "
              f"(--jobs 2 reaches {one / local / ceiling:.0%} of it)")
        if not args.skip_ray:
            ray = in_process("ray", corpus)
            print(f"  --engine ray        {ray:7.2f} s  {sentences / ray:9,.0f} sentences/s  "
                  f"({ray / local:.2f}x the local --jobs 2 time; target <= 1.25x)")
        print(f"\nper sentence, rules only, one core: {1e6 * rows['--jobs 1 (whole process)'] / sentences:.0f} µs "
              "(whole process, start-up included)")
        if not args.skip_memory:
            big = Path(tmp) / "big"
            files, sentences, size = build_corpus(big, pool, 0, args.memory_mb * 1_000_000)
            print(f"\nmemory corpus: {files:,} articles, {sentences:,} sentences, {size / 1e6:.0f} MB")
            for jobs in (1, 2):
                seconds, tree, single = peak_memory(tqcheck_argv(big, "--jobs", str(jobs)))
                print(f"  --format jsonl --jobs {jobs}: {seconds:6.1f} s, peak RSS of the process tree {tree:5.0f} MB "
                      f"(largest process {single:4.0f} MB); {sentences / seconds:,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

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
against one (on this 2-vCPU VM 1.6-2.0x from run to run, not 2.0x), which
no --jobs 2 can beat. And CPU time, which the load changes far less than
wall time: of the whole process (wait4), and of the second run's parent
and pool workers (getrusage) against --jobs 1's, where the excess is what
the pool adds to the work (each worker's own set-up, the parent's part) and
what two busy vCPUs cost each other; the last row runs both on one CPU,
where the workers take turns, leaving the pool's own cost alone.
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


def wall(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its workers, from wait4)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    err = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"failed ({code}): {' '.join(argv)}\n{err[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime


IN_PROCESS = """
import os, resource, sys, time
engine, jobs = sys.argv[1], sys.argv[3]
if sys.argv[4] == "pin":  # one CPU for this process and the workers it forks
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
if engine == "ray":
    import ray
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
from tqcheck.cli import main
argv = ["check", sys.argv[2], "--backtranslation", "off", "--no-baseline", "--no-language-check",
        "--format", "jsonl", "-o", "/dev/null", "--jobs", jobs] + (["--engine", "ray"] if engine == "ray" else [])
main(argv)  # a first run: Ray's workers and the pool's imports warm
def cpu(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime
own, workers = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
main(argv)  # the pool's workers are joined at its end: their CPU is in RUSAGE_CHILDREN
print("SECONDS", time.perf_counter() - start, cpu(resource.RUSAGE_SELF) - own, cpu(resource.RUSAGE_CHILDREN) - workers)
"""


def in_process(engine: str, corpus: Path, jobs: int = 2, pin: bool = False) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of this process, of its pool's workers)
    of the second run in one process; ``pin``: on one CPU, workers and all."""
    proc = subprocess.run([PY, "-c", IN_PROCESS, engine, str(corpus), str(jobs), "pin" if pin else ""], cwd=ROOT,
                          capture_output=True, text=True)
    if "SECONDS" not in proc.stdout:
        raise SystemExit(f"{engine} run failed:\n{proc.stderr[-3000:]}")
    seconds, own, workers = proc.stdout.rsplit("SECONDS", 1)[1].split()
    return float(seconds), float(own), float(workers)


def best(runs: list[tuple[float, ...]]) -> tuple[float, ...]:
    """Each column's least over the runs: what the work costs, less what the other work on the machine added."""
    return tuple(min(column) for column in zip(*runs))


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
            rows[f"--jobs {jobs} (whole process)"] = best([wall(tqcheck_argv(corpus, "--jobs", str(jobs)))
                                                           for _ in range(args.runs)])
        first = rows["--jobs 1 (whole process)"]
        print(f"\n{'run':<30}{'seconds':>9}{'articles/s':>12}{'sentences/s':>13}{'x jobs 1':>10}"
              f"{'CPU s':>8}{'CPU x jobs 1':>14}")
        for name, (seconds, cpu) in rows.items():
            print(f"{name:<30}{seconds:>9.2f}{files / seconds:>12.0f}{sentences / seconds:>13,.0f}"
                  f"{first[0] / seconds:>10.2f}{cpu:>8.2f}{cpu / first[1]:>14.2f}")
        # The same two runs with start-up excluded (the second run in one
        # process): the throughput an archive of 10^5 files sees, where the
        # interpreter's start is paid once.
        one = best([in_process("local", corpus, 1) for _ in range(args.runs)])
        local = best([in_process("local", corpus, 2) for _ in range(args.runs)])
        print("\nstart-up excluded (second run in one process), 2 CPUs:")
        print(f"  --jobs 1 local      {one[0]:7.2f} s  {sentences / one[0]:9,.0f} sentences/s  CPU {one[1]:.2f} s")
        print(f"  --jobs 2 local      {local[0]:7.2f} s  {sentences / local[0]:9,.0f} sentences/s  "
              f"({one[0] / local[0]:.2f}x --jobs 1; target >= 1.8x)")
        # CPU does not depend on the load as wall time does: what the pool
        # costs beyond --jobs 1's work (each worker's own set-up, the
        # parent's part) is the excess here, and 2 / this is the most
        # --jobs 2 can reach on two free cores.
        print(f"  --jobs 2 CPU: workers {local[2]:.2f} s + parent {local[1]:.2f} s = "
              f"{(local[1] + local[2]) / one[1]:.2f}x --jobs 1's CPU ({one[1]:.2f} s; "
              f"at most {2 * one[1] / (local[1] + local[2]):.2f}x on two free cores)")
        if hasattr(os, "sched_setaffinity"):
            # The same on one CPU: the workers take turns, so neither slows
            # the other down (two vCPUs sharing a core do): what is left over
            # --jobs 1 is the pool's own cost alone.
            one_pinned = best([in_process("local", corpus, 1, pin=True) for _ in range(args.runs)])
            two_pinned = best([in_process("local", corpus, 2, pin=True) for _ in range(args.runs)])
            print(f"  on one CPU: --jobs 2 CPU: workers {two_pinned[2]:.2f} s + parent {two_pinned[1]:.2f} s = "
                  f"{(two_pinned[1] + two_pinned[2]) / one_pinned[1]:.2f}x --jobs 1's ({one_pinned[1]:.2f} s)")
        ceiling = machine_ceiling(args.runs)
        print(f"  this machine's own ceiling: two processes of pure Python loops run {ceiling:.2f}x one "
              f"(--jobs 2 reaches {one[0] / local[0] / ceiling:.0%} of it)")
        if not args.skip_ray:
            ray = in_process("ray", corpus)[0]
            print(f"  --engine ray        {ray:7.2f} s  {sentences / ray:9,.0f} sentences/s  "
                  f"({ray / local[0]:.2f}x the local --jobs 2 time; target <= 1.25x)")
        print(f"\nper sentence, rules only, one core: {1e6 * first[0] / sentences:.0f} µs "
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

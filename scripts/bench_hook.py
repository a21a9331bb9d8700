"""Hook latency: the whole `tqcheck hook run FILE` process, start to exit.

Runs the hook N times (rules only, as a pipeline would) and `python -c pass`
N times with the same interpreter, and prints the medians side by side, so
the figure separates tqcheck's own cost from interpreter start-up.

    python scripts/bench_hook.py [--runs 21] [FILE]

Target (issue 4): under 0.3 s for the seed article.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
TARGET_S = 0.3


def timed(cmd: list[str], env: dict[str, str], runs: int) -> tuple[list[float], int]:
    times, code = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        code = done.returncode
        if code not in (0, 1):
            sys.exit(f"bench_hook: {' '.join(cmd)} failed ({code}): {done.stderr.decode(errors='replace').strip()}")
    return times, code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(SEED))
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with bytecode caches, as installed
    python = sys.executable
    subprocess.run([python, "-m", "tqcheck", "hook", "run", args.file], env=env, cwd=ROOT, capture_output=True)  # warm caches
    base, _ = timed([python, "-c", "pass"], env, args.runs)
    hook, code = timed([python, "-m", "tqcheck", "hook", "run", args.file], env, args.runs)
    b, h = statistics.median(base), statistics.median(hook)
    print(f"file: {os.path.relpath(args.file, ROOT)}   runs: {args.runs}   python: {python}")
    print(f"{'command':<40} {'median':>9} {'min':>9} {'max':>9}")
    print(f"{'python -c pass':<40} {b:>8.3f}s {min(base):>8.3f}s {max(base):>8.3f}s")
    print(f"{'python -m tqcheck hook run FILE':<40} {h:>8.3f}s {min(hook):>8.3f}s {max(hook):>8.3f}s")
    print(f"tqcheck's own share: {h - b:.3f}s; hook exit code {code}; target < {TARGET_S}s: {'met' if h < TARGET_S else 'MISSED'}")
    return 0 if h < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())

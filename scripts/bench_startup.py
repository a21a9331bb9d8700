"""Start-up cost of the seed check and the hook, over a bare interpreter,
in CPU time (and optionally instruction counts), old and new side by side.

Runs, interleaved round by round so that a busy moment hits every command
alike, with the same interpreter:

    python -c pass
    python -m tqcheck check SEED
    python -m tqcheck hook run SEED

for this checkout and, with ``--baseline DIR``, for another checkout of
tqcheck (e.g. ``git archive OLD | tar -x -C DIR``; it runs with
PYTHONPATH=DIR). The time is the child's CPU time (user + system, from
wait4), which a loaded machine inflates far less than wall time; the table
shows the best and the median of ``--runs``. ``--callgrind`` adds one run
of each under ``valgrind --tool=callgrind`` and prints the instructions
executed, which do not depend on the load at all (slow: ~30 s).

    python scripts/bench_startup.py [--runs 15] [--baseline DIR] [--callgrind] [FILE]

Target (issue: hook on every save): tqcheck's share (check minus python -c
pass) at most 0.08 s.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"
TARGET_S = 0.08


def env_for(checkout: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(checkout)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with bytecode caches, as installed
    return env


def cpu_seconds(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    child = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        err = child.stderr.read().decode(errors="replace").strip() if child.stderr else ""
        sys.exit(f"bench_startup: {' '.join(cmd)} failed ({code}): {err}")
    if child.stderr:
        child.stderr.close()
    return usage.ru_utime + usage.ru_stime


def instructions(cmd: list[str], env: dict[str, str], cwd: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        out = Path(tmp) / "callgrind.out"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
            env=env, cwd=cwd, capture_output=True, text=True,
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if not found:
            sys.exit(f"bench_startup: valgrind gave no count: {done.stderr.strip()[-300:]}")
        return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default=str(SEED))
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--baseline", type=Path, metavar="DIR", help="another tqcheck checkout to compare with")
    parser.add_argument("--callgrind", action="store_true", help="also count instructions (valgrind)")
    args = parser.parse_args()
    seed = str(Path(args.file).resolve())
    python = sys.executable
    checkouts = {"new": ROOT}
    if args.baseline:
        checkouts = {"old": args.baseline.resolve(), **checkouts}
    commands: dict[str, tuple[list[str], Path]] = {"python -c pass": ([python, "-c", "pass"], ROOT)}
    for label, checkout in checkouts.items():
        commands[f"{label}: check SEED"] = ([python, "-m", "tqcheck", "check", seed], checkout)
        commands[f"{label}: hook run SEED"] = ([python, "-m", "tqcheck", "hook", "run", seed], checkout)
    for cmd, checkout in commands.values():  # warm the file cache and bytecode
        cpu_seconds(cmd, env_for(checkout), checkout)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, (cmd, checkout) in commands.items():
            times[name].append(cpu_seconds(cmd, env_for(checkout), checkout))
    bare = min(times["python -c pass"])
    print(f"file: {os.path.relpath(seed, ROOT)}   runs: {args.runs}   python: {python}")
    print("CPU time (user+sys) of the whole process; 'over bare' = best minus best of python -c pass")
    print(f"{'command':<26} {'best':>8} {'median':>8} {'over bare':>10}")
    for name, values in times.items():
        over = "" if name == "python -c pass" else f"{min(values) - bare:>9.3f}s"
        print(f"{name:<26} {min(values):>7.3f}s {statistics.median(values):>7.3f}s {over:>10}")
    if args.callgrind:
        print("\ninstructions executed (valgrind --tool=callgrind, one run each):")
        counts = {name: instructions(cmd, env_for(checkout), checkout) for name, (cmd, checkout) in commands.items()}
        for name, count in counts.items():
            over = "" if name == "python -c pass" else f"  over bare {(count - counts['python -c pass']) / 1e6:,.0f} M"
            print(f"{name:<26} {count / 1e6:>10,.0f} M{over}")
    worst = max(min(v) for k, v in times.items() if k.startswith("new")) - bare
    print(f"\ntqcheck's share (new, worst of check/hook): {worst:.3f}s; target <= {TARGET_S}s: "
          f"{'met' if worst <= TARGET_S else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

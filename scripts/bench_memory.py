"""Peak memory and CPU time of checking one large file, old beside new.

Inputs (built in a temporary folder, deterministic), each at 2, 4 and 8 MB
(--sizes):

- ``english``: clean human English, the English sides of NTREX-128,
  FLORES-200 devtest and Tatoeba under ../shared/data, one sentence a
  line, repeated in order until the size is reached;
- ``fakti``: the eleven Fakti dev articles (fixtures/fakti-dev) one after
  another, repeated (many TQ404 duplicated sentences: ~150k findings at 4 MB);
- ``mixed``: the English lines with every third line taken from the
  Bulgarian side of the same corpora (a mixed-script text: TQ301/TQ304).

Every run is the whole command line in its own process, rules only:
``python -m tqcheck check FILE --no-baseline --backtranslation off
--format FMT -o /dev/null``, for FMT in text and json. Peak memory is the
child's peak RSS (wait4's ru_maxrss), CPU time its user + system seconds, so
other processes on a shared machine do not count (the load average is
printed). The old code is a checkout of --baseline-commit (default: main)
made with ``git archive``, or --baseline DIR, run by the same interpreter.

For each row: peak RSS, RSS per input byte (the target of issue 10 is at
most 15x), CPU seconds, and per doubling of the size the growth of RSS and
of CPU time (2.0 is linear). No assertion: ratios for people to read.

    .venv/bin/python scripts/bench_memory.py [--sizes 2,4,8] [--kinds english,fakti,mixed]
        [--formats text,json] [--baseline DIR | --baseline-commit main] [--no-baseline]
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
MB = 1_000_000
ENGLISH = ("ntrex128/ntrex128-newstest2019.eng", "flores200/flores200-devtest.eng",
           "tatoeba/tatoeba-test-v2021-08-07.bul-eng.eng")
BULGARIAN = ("ntrex128/ntrex128-newstest2019.bul", "flores200/flores200-devtest.bul",
             "tatoeba/tatoeba-test-v2021-08-07.bul-eng.bul")


def _lines(data: Path, names: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for name in names:
        out += [line.strip() for line in (data / name).read_text("utf-8").splitlines() if line.strip()]
    return out


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated and cut at a line end to about ``size`` UTF-8 bytes."""
    per_char = len(unit.encode("utf-8")) / len(unit)
    text = unit * (int(size / per_char / len(unit)) + 1)
    cut = text.rfind("\n", 0, int(size / per_char)) + 1
    return text[:cut]


def units(data: Path) -> dict[str, str]:
    english = _lines(data, ENGLISH)
    bulgarian = _lines(data, BULGARIAN)
    mixed = [bulgarian[i % len(bulgarian)] if i % 3 == 2 else line for i, line in enumerate(english)]
    fakti = "".join(p.read_text("utf-8") for p in sorted((ROOT / "fixtures" / "fakti-dev").glob("*.txt")))
    return {"english": "\n".join(english) + "\n", "fakti": fakti if fakti.endswith("\n") else fakti + "\n",
            "mixed": "\n".join(mixed) + "\n"}


def measure(code_root: Path, path: Path, fmt: str) -> tuple[float, float, int]:
    """(peak RSS in MB (10^6 bytes, as the input sizes), CPU seconds, exit code) of one check in its own process."""
    argv = [PY, "-m", "tqcheck", "check", str(path), "--no-baseline", "--backtranslation", "off",
            "--format", fmt, "-o", os.devnull]
    env = dict(os.environ, PYTHONPATH=str(code_root), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.Popen(argv, cwd=code_root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} (in {code_root}) exited {proc.returncode}: {err.decode()[-500:]}")
    return usage.ru_maxrss * 1024 / MB, usage.ru_utime + usage.ru_stime, proc.returncode


def checkout(commit: str, folder: Path) -> Path:
    archive = folder / "baseline.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", commit], cwd=ROOT, stdout=out, check=True)
    target = folder / "baseline"
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = next((f / "shared" / "data" for f in (ROOT.parent, ROOT.parent.parent) if (f / "shared").is_dir()),
                  ROOT.parent / "shared" / "data")  # a worktree sits one folder deeper
    parser.add_argument("--data", type=Path, default=shared)
    parser.add_argument("--sizes", default="2,4,8", help="input sizes in MB, comma-separated")
    parser.add_argument("--kinds", default="english,fakti,mixed")
    parser.add_argument("--formats", default="text,json")
    parser.add_argument("--baseline", type=Path, help="a checkout of the old code (default: --baseline-commit)")
    parser.add_argument("--baseline-commit", default="main")
    parser.add_argument("--no-baseline", action="store_true", help="measure the new code only")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="tqcheck-memory-") as tmp:
        folder = Path(tmp)
        codes = [("new", ROOT)]
        if not args.no_baseline:
            old = args.baseline.resolve() if args.baseline else checkout(args.baseline_commit, folder)
            codes.insert(0, ("old", old))
        made = units(args.data)
        print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; "
              f"old: {codes[0][1] if len(codes) > 1 else '-'}")
        print(f"{'kind':<8}{'fmt':<5}{'MB':>5}" + "".join(
            f"  {name}: {'RSS MB':>7} {'x in':>5} {'CPU s':>6} {'2x RSS':>6} {'2x CPU':>6}" for name, _ in codes))
        for kind in args.kinds.split(","):
            for fmt in args.formats.split(","):
                previous: dict[str, tuple[float, float, float]] = {}
                for mb in sizes:
                    path = folder / f"{kind}-{mb:g}mb.txt"
                    if not path.exists():
                        path.write_text(_repeat(made[kind], int(mb * MB)), "utf-8")
                    size = path.stat().st_size
                    row = f"{kind:<8}{fmt:<5}{size / MB:>5.1f}"
                    for name, code_root in codes:
                        rss, cpu, _ = measure(code_root, path, fmt)
                        grow = ""
                        if name in previous:
                            p_size, p_rss, p_cpu = previous[name]
                            doubling = size / p_size
                            # growth per doubling of the size: ratio ** (1 / log2(size ratio))
                            k = 1 / math.log2(doubling)
                            grow = f" {(rss / p_rss) ** k:>6.2f} {(cpu / p_cpu) ** k:>6.2f}"
                        else:
                            grow = f" {'':>6} {'':>6}"
                        previous[name] = (size, rss, cpu)
                        row += f"  {name}: {rss:>7.0f} {rss * MB / size:>5.1f} {cpu:>6.1f}{grow}"
                    print(row, flush=True)


if __name__ == "__main__":
    main()

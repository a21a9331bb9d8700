"""HTML report size, time and peak memory on large inputs, against the JSON
report of the same run as the baseline.

Builds an article of each size from the Fakti dev articles in fixtures/
(repeated, paragraphs kept), then runs the whole command twice per size:

    tqcheck check BIG --backtranslation off --no-language-check --format json -o BIG.json
    tqcheck check BIG --backtranslation off --no-language-check --format html -o BIG.html

and prints wall time, peak resident memory (the child's, from wait4) and
output size for each, with the HTML/JSON ratios and memory per input byte.

    python scripts/bench_html.py [--sizes 4,20] [--keep DIR]

Sizes are in MB (10^6 bytes; 20 stays under the default --max-bytes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "fixtures" / "fakti-dev").glob("*.txt"))


def big_article(size: int) -> str:
    parts = [p.read_text("utf-8").strip() + "\n\n" for p in ARTICLES]
    out, total, i = [], 0, 0
    while total < size:
        part = parts[i % len(parts)]
        out.append(part)
        total += len(part.encode("utf-8"))
        i += 1
    text = "".join(out)
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in bytes, exit code) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        err = child.stderr.read().decode(errors="replace").strip() if child.stderr else ""
        sys.exit(f"bench_html: {' '.join(cmd)} failed ({code}): {err}")
    return wall, usage.ru_maxrss * 1024, code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="4,20", help="input sizes in MB, comma-separated")
    parser.add_argument("--keep", metavar="DIR", help="leave the inputs and reports in DIR")
    args = parser.parse_args()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-html-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'input':>8} {'format':>6} {'wall':>8} {'peak RSS':>10} {'RSS/input':>9} {'output':>10}")
    for size_mb in (float(s) for s in args.sizes.split(",")):
        size = int(size_mb * 1_000_000)
        article = folder / f"big-{size_mb:g}mb.txt"
        article.write_text(big_article(size), "utf-8")
        rows = {}
        for fmt in ("json", "html"):
            out = folder / f"big-{size_mb:g}mb.{fmt}"
            cmd = [sys.executable, "-m", "tqcheck", "check", str(article), "--backtranslation", "off",
                   "--no-language-check", "--format", fmt, "-o", str(out)]
            wall, rss, _ = measure(cmd, env)
            rows[fmt] = (wall, rss, out.stat().st_size)
            print(f"{size_mb:>6g}MB {fmt:>6} {wall:>7.1f}s {rss / 1e6:>8.0f}MB {rss / size:>8.1f}x {out.stat().st_size / 1e6:>8.1f}MB")
        (jw, jr, js), (hw, hr, hs) = rows["json"], rows["html"]
        print(f"{'':>8} {'html/json':>6}  time {hw / jw:.2f}x  memory {hr / jr:.2f}x  size {hs / js:.2f}x")
        if not args.keep:
            for p in folder.glob(f"big-{size_mb:g}mb.*"):
                p.unlink()
    if not args.keep:
        folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

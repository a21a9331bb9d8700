"""Golden findings: what tqcheck reports on a fixed set of texts, so a
refactor can show that behaviour did not change (and a deliberate change
shows exactly which findings moved).

    .venv/bin/python scripts/golden.py write tests/data/golden-findings.json
    .venv/bin/python scripts/golden.py check tests/data/golden-findings.json
    .venv/bin/python scripts/golden.py write /tmp/shared.json --shared ../shared   # dev articles, bench corpora
    .venv/bin/python scripts/golden.py diff OLD.json NEW.json

The in-repo set (fixtures, seeds, the copied dev articles, the bilingual
fixtures) is checked by tests/test_golden.py; ``--shared`` adds the larger
material under ../shared (bench corpora, FLORES/NTREX/Tatoeba, with and
without their Bulgarian source), which tests may not need.

Each case runs the command line in-process (``tqcheck check ... --format
json``) with back-translation off and no baseline, and keeps for every
finding its code, severity, span, message and suggestion, plus the
document's notes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MONOLINGUAL_SUFFIXES = (".txt", ".md", ".html")
PAIR_FILES = ("pairs.tsv", "pairs.po", "pairs.xlf", "pairs2.xlf", "pairs.tmx")


def repo_cases() -> dict[str, list[str]]:
    """name -> the arguments after `tqcheck check`; paths relative to ROOT."""
    cases: dict[str, list[str]] = {}
    for folder in ("seeds", "fixtures"):
        for path in sorted((ROOT / folder).rglob("*")):
            rel = path.relative_to(ROOT).as_posix()
            if path.suffix in MONOLINGUAL_SUFFIXES and path.name != "README.md" and "/bt/" not in rel:
                cases[rel] = [rel]
                if rel.startswith(("fixtures/multilingual/", "fixtures/languages/")):  # from English into its name
                    cases[rel] += ["--target-lang", path.stem, "--source-lang", "en"]
    bi = "fixtures/bilingual"
    for stem in ("flores200-devtest-excerpt", "ntrex128-excerpt"):
        cases[f"{bi}/{stem} (bilingual)"] = [f"{bi}/{stem}.eng", "--source", f"{bi}/{stem}.bul", "--source-lang", "bg"]
    for name in PAIR_FILES:
        cases[f"{bi}/{name}"] = ["--pairs", f"{bi}/{name}", "--source-lang", "bg"]
    return cases


def shared_cases(shared: Path) -> dict[str, list[str]]:
    data = shared / "data"
    cases: dict[str, list[str]] = {}
    for path in sorted((shared / "fakti-dev").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt")):
        cases[f"shared/{path.relative_to(shared).as_posix()}"] = [str(path)]
    bul = data / "flores200" / "flores200-devtest.bul"
    for path in sorted((data / "mt-outputs").glob("*.en")):
        cases[f"shared/mt-outputs/{path.name}"] = [str(path), "--max-bytes", "50000000"]
        cases[f"shared/mt-outputs/{path.name} (bilingual)"] = [str(path), "--source", str(bul), "--source-lang", "bg"]
    for eng, src in (
        (data / "flores200" / "flores200-devtest.eng", bul),
        (data / "ntrex128" / "ntrex128-newstest2019.eng", data / "ntrex128" / "ntrex128-newstest2019.bul"),
        (data / "tatoeba" / "tatoeba-test-v2021-08-07.bul-eng.eng", None),
    ):
        cases[f"shared/{eng.relative_to(data).as_posix()}"] = [str(eng)]
        if src is not None:
            cases[f"shared/{eng.relative_to(data).as_posix()} (bilingual)"] = [str(eng), "--source", str(src), "--source-lang", "bg"]
    return cases


def run_case(args: list[str]) -> dict:
    from contextlib import redirect_stderr
    from io import StringIO

    from tqcheck.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        errors = StringIO()
        with redirect_stderr(errors):
            code = main(["check", *args, "--format", "json", "-o", str(out), "--no-baseline", "--backtranslation", "off"])
        if code == 2:
            return {"error": errors.getvalue().strip()}
        report = json.loads(out.read_text("utf-8"))
    return {
        "documents": [
            {
                "notes": doc["notes"],
                "findings": [
                    [f["code"], f["severity"], f["start"], f["end"], f["message"], f["suggestion"]] for f in doc["findings"]
                ],
            }
            for doc in report["documents"]
        ]
    }


def snapshot(cases: dict[str, list[str]]) -> dict[str, dict]:
    import os

    here = os.getcwd()
    os.chdir(ROOT)  # case paths are relative to the repository
    try:
        return {name: run_case(args) for name, args in cases.items()}
    finally:
        os.chdir(here)


def diff(old: dict[str, dict], new: dict[str, dict], limit: int = 40) -> list[str]:
    """Human-readable differences, one line each (at most ``limit`` per case)."""
    lines = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        if a is None or b is None or "error" in a or "error" in b:
            lines.append(f"{name}: {a and a.get('error', 'ok')!r} -> {b and b.get('error', 'ok')!r}")
            continue
        for i, (da, db) in enumerate(zip(a["documents"], b["documents"])):
            fa = {json.dumps(f, ensure_ascii=False) for f in da["findings"]}
            fb = {json.dumps(f, ensure_ascii=False) for f in db["findings"]}
            shown = 0
            for f in sorted(fa - fb):
                lines.append(f"{name}[{i}]: - {f}")
                shown += 1
            for f in sorted(fb - fa):
                lines.append(f"{name}[{i}]: + {f}")
                shown += 1
            if da["notes"] != db["notes"]:
                lines.append(f"{name}[{i}]: notes {da['notes']} -> {db['notes']}")
            if shown > limit:
                lines.append(f"{name}[{i}]: ...")
        if len(a["documents"]) != len(b["documents"]):
            lines.append(f"{name}: {len(a['documents'])} documents -> {len(b['documents'])}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("write", "check", "diff"))
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--shared", type=Path, help="also the material under this folder (../shared)")
    args = parser.parse_args(argv)
    if args.action == "diff":
        old, new = (json.loads(Path(f).read_text("utf-8")) for f in args.files[:2])
        lines = diff(old, new)
        print("\n".join(lines) or "identical")
        return 1 if lines else 0
    cases = repo_cases() if args.shared is None else shared_cases(args.shared.resolve())
    current = snapshot(cases)
    target = Path(args.files[0])
    if args.action == "write":
        target.write_text(json.dumps(current, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {target}: {len(current)} cases, {sum(len(d['findings']) for c in current.values() for d in c.get('documents', []))} findings")
        return 0
    lines = diff(json.loads(target.read_text("utf-8")), current)
    print("\n".join(lines) or "identical")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())

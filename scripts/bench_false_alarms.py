"""False alarms of the rules on human English, per code per 100 sentences.

Human reference translations from ../shared/data/ (FLORES-200 devtest English,
NTREX-128 English, a slice of Tatoeba English) are checked rules-only, with
every input line its own paragraph (lines inside one quotation joined back
into one paragraph) and 50 paragraphs per document (so document-wide
rules such as TQ404/TQ601 see article-sized texts, not one huge file). Every
finding on this text is a false alarm or a flaw of the human text itself.

    .venv/bin/python scripts/bench_false_alarms.py [--data ../shared/data]
        [--show CODE[,CODE]] [--min-severity minor] [--tatoeba 2000]

Prints findings per 100 lines for each code and severity; --show prints the
flagged spans of the codes given (with the suggestion) for reading.
No assertion: the figures are for people to read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPORA = (
    ("flores200", "flores200/flores200-devtest.eng"),
    ("ntrex128", "ntrex128/ntrex128-newstest2019.eng"),
    ("tatoeba", "tatoeba/tatoeba-test-v2021-08-07.bul-eng.eng"),
)
PER_DOC = 50


def load(data: Path, tatoeba: int) -> dict[str, list[str]]:
    corpora = {}
    for name, rel in CORPORA:
        lines = [line for line in (data / rel).read_text("utf-8").splitlines() if line.strip()]
        if name == "tatoeba":
            # The test set repeats English sentences (one per Bulgarian variant):
            # real duplicates, not a rule's false alarm.
            lines = list(dict.fromkeys(lines))[:tatoeba]
        corpora[name] = lines
    return corpora


def paragraphs(lines: list[str]) -> list[str]:
    """The corpora are split into sentences; a quotation that runs over
    several sentences then spans lines. Such lines are joined back into one
    paragraph (a line continues the previous one while a quote is open, at
    most four lines, so that a stray mark in the data does not swallow the
    article), as in the articles they come from."""
    out: list[str] = []
    joined = 0
    for line in lines:
        if out and joined < 3 and _open_quote(out[-1]):
            out[-1] += " " + line
            joined += 1
        else:
            out.append(line)
            joined = 0
    return out


def _open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def check(lines: list[str]):
    from tqcheck.config import Config
    from tqcheck.engine import check_document
    from tqcheck.inputs import mask
    from tqcheck.model import Document

    config = Config()
    paras = paragraphs(lines)
    for i in range(0, len(paras), PER_DOC):
        text = "\n\n".join(paras[i : i + PER_DOC]) + "\n"
        doc = Document(text=text, path=f"<doc {i // PER_DOC}>", language="en", format="text", masked=mask(text, "text"))
        yield text, check_document(doc, config)


def main() -> int:
    from tqcheck.model import Severity

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--tatoeba", type=int, default=2000, help="Tatoeba lines to use (default 2000)")
    parser.add_argument("--show", default="", help="codes whose findings to print, comma-separated")
    parser.add_argument("--min-severity", default="info", help="lowest severity counted (default info)")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"error: no data folder {args.data}", file=sys.stderr)
        return 2
    lowest = Severity.parse(args.min_severity)
    show = tuple(c.strip() for c in args.show.split(",") if c.strip())
    corpora = load(args.data, args.tatoeba)
    total_lines = sum(len(v) for v in corpora.values())
    counts: Counter[tuple[str, str]] = Counter()
    per_corpus: Counter[tuple[str, str]] = Counter()
    for name, lines in corpora.items():
        for text, result in check(lines):
            for f in result.findings:
                if f.severity < lowest:
                    continue
                counts[(f.code, f.severity.label)] += 1
                per_corpus[(name, f.code)] += 1
                if f.code.startswith(show) and show:
                    line = text[text.rfind("\n", 0, f.start) + 1 : text.find("\n", f.end) if "\n" in text[f.end :] else None]
                    print(f"{f.code} {f.severity.label:<8} [{text[f.start:f.end]}] -> {f.suggestion!r}\n    {line[:220]}")
    sizes = ", ".join(f"{n} {len(v)}" for n, v in corpora.items())
    print(f"\ninput: {total_lines} human English lines ({sizes})")
    print(f"{'code':<8}{'severity':<10}{'count':>7}{'per 100':>9}   " + "  ".join(f"{n:>9}" for n in corpora))
    for (code, sev), n in sorted(counts.items()):
        cols = "  ".join(f"{per_corpus[(c, code)]:>9}" for c in corpora)
        print(f"{code:<8}{sev:<10}{n:>7}{100 * n / total_lines:>9.2f}   {cols}")
    print(f"{'all':<18}{sum(counts.values()):>7}{100 * sum(counts.values()) / total_lines:>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

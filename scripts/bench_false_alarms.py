"""False alarms of the rules on human English, per code per 100 sentences.

Human reference translations from ../shared/data/ (FLORES-200 devtest English,
NTREX-128 English, a slice of Tatoeba English) are checked rules-only, with
every input line its own paragraph (lines inside one quotation joined back
into one paragraph) and 50 paragraphs per document (so document-wide
rules such as TQ404/TQ601 see article-sized texts, not one huge file). Every
finding on this text is a false alarm or a flaw of the human text itself.

    .venv/bin/python scripts/bench_false_alarms.py [--data ../shared/data]
        [--show CODE[,CODE]] [--min-severity minor] [--tatoeba 2000]
        [--entries CODE[,CODE]] [--patterns FILE]

Prints findings per 100 lines for each code and severity, then per rule
family (TQ1xx quote marks, TQ2xx wording...) and per artifact class (the
classes of the detection bench: attribution, quoted-name, calque...), each
with the share of lines flagged; --show prints the flagged spans of the
codes given (with the suggestion) for reading; --entries counts a code's
findings per table entry (the message's explanation after the colon: one
line of calques.tsv, one acronym), so that an entry that fires on human
English stands out.

--patterns FILE checks candidate patterns before they become rules: one
Python regular expression a line (case-insensitive; # starts a comment),
each counted on the same human English with up to three examples (write
(?-i:...) for a part that must keep its case). A pattern
meant to flag MT output should find (almost) nothing here.
No assertion: the figures are for people to read.
"""

from __future__ import annotations

import argparse
import re
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

FAMILIES = {
    "TQ1": "quote marks",
    "TQ2": "wording (calques, attribution, perspective)",
    "TQ3": "script and untranslated text",
    "TQ4": "page furniture and structure",
    "TQ5": "typography and numbers",
    "TQ6": "consistency",
    "TQ7": "bilingual",
    "TQ8": "back-translation",
    "TQ9": "other",
}
# The artifact classes of scripts/bench_detection.py, by code: TQ202 by the
# frame it found (an outlet after its verb, a speaker after one, the other
# attribution formulas), TQ201 by the entry's explanation (an attribution
# frame is class 1, the rest calques).
_ATTRIBUTION_NOTE = re.compile(r"attribution|reporting|speaker|who told whom|'X said'", re.I)
_TQ202_FRAMES = {"outlet-inversion": "reporting-inversion", "speaker-inversion": "inverted-attribution"}


def family(code: str) -> str:
    return f"{code[:3]}xx {FAMILIES.get(code[:3], '')}".rstrip()


def artifact_class(code: str, message: str, details=()) -> str:
    """The class of a finding (a category of the annotations of
    tests/data/fakti-dev-annotations.md)."""
    if code == "TQ201":
        return "attribution" if _ATTRIBUTION_NOTE.search(entry(message)) else "calque"
    if code == "TQ202":
        return _TQ202_FRAMES.get(dict(details).get("frame", ""), "attribution")
    return {
        "TQ108": "unquoted-speech",
        "TQ110": "quoted-name",
        "TQ203": "perspective",
        "TQ204": "calque",
        "TQ301": "untranslated-cyrillic",
        "TQ302": "untranslated-cyrillic",
        "TQ303": "bg-acronym",
        "TQ401": "page-furniture",
        "TQ402": "page-furniture",
        "TQ403": "page-furniture",
        "TQ504": "number-format",
    }.get(code, "quote-marks" if code.startswith("TQ10") else "typography" if code.startswith("TQ5") else "other")


def entry(message: str) -> str:
    """The table entry a finding came from: its message's explanation (after
    the quoted match and a colon), else the message itself."""
    match = re.search(r"['\"]: (.+)$", message)
    return (match.group(1) if match else message)[:110]


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
    parser.add_argument("--entries", default="", help="codes whose findings to count per table entry")
    parser.add_argument("--patterns", type=Path, help="candidate regular expressions to count on the same text")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"error: no data folder {args.data}", file=sys.stderr)
        return 2
    try:
        candidates = read_patterns(args.patterns) if args.patterns else []
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    entry_codes = tuple(c.strip() for c in args.entries.split(",") if c.strip())
    lowest = Severity.parse(args.min_severity)
    show = tuple(c.strip() for c in args.show.split(",") if c.strip())
    corpora = load(args.data, args.tatoeba)
    total_lines = sum(len(v) for v in corpora.values())
    counts: Counter[tuple[str, str]] = Counter()
    per_corpus: Counter[tuple[str, str]] = Counter()
    groups: dict[str, Counter[str]] = {"family": Counter(), "class": Counter()}
    flagged: dict[str, dict[str, set[tuple[str, int]]]] = {"family": {}, "class": {}}
    entries: Counter[tuple[str, str]] = Counter()
    paragraphs_seen = 0
    for name, lines in corpora.items():
        for number, (text, result) in enumerate(check(lines)):
            starts = paragraph_starts(text)
            paragraphs_seen += len(starts)
            for f in result.findings:
                if f.severity < lowest:
                    continue
                counts[(f.code, f.severity.label)] += 1
                per_corpus[(name, f.code)] += 1
                where = (f"{name}/{number}", _paragraph_of(starts, f.start))
                for kind, key in (("family", family(f.code)), ("class", artifact_class(f.code, f.message, f.details))):
                    groups[kind][key] += 1
                    flagged[kind].setdefault(key, set()).add(where)
                flagged["family"].setdefault("all", set()).add(where)
                if f.code.startswith(entry_codes) and entry_codes:
                    entries[(f.code, entry(f.message))] += 1
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
    all_flagged = len(flagged["family"].get("all", ()))
    print(f"paragraphs flagged: {all_flagged} of {paragraphs_seen} ({100 * all_flagged / max(paragraphs_seen, 1):.2f}%)")
    for kind in ("family", "class"):
        print(f"\n{'by ' + kind:<52}{'count':>7}{'per 100':>9}{'paras':>7}")
        for key, n in sorted(groups[kind].items()):
            print(f"{key:<52}{n:>7}{100 * n / total_lines:>9.2f}{len(flagged[kind][key]):>7}")
    if entry_codes:
        print(f"\n{'code':<7}{'count':>6}  entry")
        for (code, note), n in sorted(entries.items(), key=lambda x: (x[0][0], -x[1])):
            print(f"{code:<7}{n:>6}  {note}")
    if candidates:
        report_patterns(candidates, corpora, total_lines)
    return 0


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n\n", text):
        starts.append(m.end())
    return starts


def _paragraph_of(starts: list[int], pos: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, pos) - 1


def read_patterns(path: Path) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            out.append((line, re.compile(line, re.I)))
        except re.error as exc:
            raise ValueError(f"{path}:{number}: not a regular expression ({exc})") from None
    return out


def report_patterns(candidates, corpora: dict[str, list[str]], total_lines: int) -> None:
    print(f"\n{'pattern':<60}{'hits':>6}{'per 100':>9}   " + "  ".join(f"{n:>9}" for n in corpora))
    for source, pattern in candidates:
        per = {name: [m for line in lines for m in [pattern.search(line)] if m] for name, lines in corpora.items()}
        hits = sum(len(v) for v in per.values())
        cols = "  ".join(f"{len(per[n]):>9}" for n in corpora)
        print(f"{source[:59]:<60}{hits:>6}{100 * hits / total_lines:>9.2f}   {cols}")
        shown = [m for v in per.values() for m in v][:3]
        for m in shown:
            line = m.string
            start = max(0, m.start() - 60)
            print(f"      ...{line[start:m.start()]}[{m.group()}]{line[m.end():m.end() + 60]}...")


if __name__ == "__main__":
    sys.exit(main())

"""Detection on real articles: tqcheck's findings scored against hand annotations.

The annotations (tests/data/fakti-dev-annotations.tsv, format in
tests/data/fakti-dev-annotations.md) mark every MT artifact a careful English
news editor would flag in the real Fakti.bg articles of fixtures/fakti-dev/.
Each article is checked in-process, rules only, monolingual (no source, no
back-translation), as `tqcheck check FILE --backtranslation off` would.

    .venv/bin/python scripts/bench_detection.py [--annotations TSV] [--articles DIR]
        [--split all|build|holdout] [--files GLOB[,GLOB]] [--strict] [--min-severity info]
        [--no-lists] [--patterns FILE]

Scoring:
- an annotation is found when a finding's span overlaps it (--strict: a
  finding of a code that belongs to the annotation's category, so that a
  quoted name counts as found by TQ110, not by TQ102 on its closing glyph);
- recall is over the rule-detectable annotations (rule_detectable = yes);
  the recall over all annotations is printed beside it;
- a finding is real when it overlaps any annotation (a second finding on an
  annotated span is real too); precision = real findings / findings;
- a sentence (tqcheck's own segmentation) is clean when no annotation
  overlaps it; a clean sentence is flagged when a finding starts in it.

--patterns FILE scores candidate regular expressions (one a line, as for
scripts/bench_false_alarms.py --patterns, which counts them on human English)
as if each were a rule: its matches on the selected articles, how many fall
on an annotation, and which annotations it would add to those found.

The articles are split so that new rules can be built on one part and
measured on the other (SPLITS below); without --files the closing table gives
the figures for all, build and holdout. No assertion: the figures are for
people to read.
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_ANNOTATIONS = ROOT / "tests" / "data" / "fakti-dev-annotations.tsv"
DEFAULT_ARTICLES = ROOT / "fixtures" / "fakti-dev"

# Build new rules on "build"; keep "holdout" unseen and measure on it. Each
# part has attribution frames, quoted names, page furniture, acronyms and
# calques; the mobile-site furniture (lyubenov) and the party acronym (ITN)
# are held out on purpose: rules written from the description must
# find them without having seen them.
SPLITS = {
    "build": (
        "euro-information-campaign-2024-04-12.txt",
        "harizanov-kutev-president-project-2025-06.txt",
        "metro-ground-transport-protest-2025-05-15.txt",
        "rosen-stoyanov-facti-radev-2026-02-23.txt",
        "syrian-crash-police-chase-2024-11-21.txt",
        "weather-2024-11-28.txt",
    ),
    "holdout": (
        "lyubenov-every-vote-2026-01.txt",
        "petkova-no-confidence-eurozone-2025-07.txt",
        "prodanov-bsp-itn-2025-01.txt",
        "truck-ban-heat-north-bulgaria-2024-08.txt",
        "ukrainian-drone-kaluga-garage-2024-11-10.txt",
    ),
}

CATEGORIES = (
    "attribution",
    "inverted-attribution",
    "quoted-name",
    "page-furniture",
    "bg-acronym",
    "calque",
    "number-format",
    "quote-marks",
    "unquoted-speech",
    "typography",
    "untranslated-cyrillic",
    "perspective",
    "reporting-inversion",
    "other",
)
# --strict: the code prefixes whose findings count for a category (None: any).
CATEGORY_CODES: dict[str, tuple[str, ...] | None] = {
    "attribution": ("TQ202", "TQ201"),
    "inverted-attribution": ("TQ202",),
    "quoted-name": ("TQ110",),
    "page-furniture": ("TQ401", "TQ402", "TQ403"),
    "bg-acronym": ("TQ303",),
    "calque": ("TQ201", "TQ204"),
    "number-format": ("TQ504",),
    "quote-marks": ("TQ10",),
    "unquoted-speech": ("TQ108",),
    "typography": ("TQ5",),
    "untranslated-cyrillic": ("TQ30",),
    "perspective": ("TQ203",),
    "reporting-inversion": ("TQ202",),
    "other": None,
}


class BadInput(Exception):
    pass


@dataclass(frozen=True)
class Annotation:
    file: str
    quote: str
    occurrence: int
    category: str
    detectable: bool
    note: str
    start: int
    end: int
    line: int  # 1-based, for the lists


def read_annotations(path: Path, articles: Path) -> list[Annotation]:
    rows = []
    texts: dict[str, str] = {}
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("file\t"):
            continue
        cols = raw.split("\t")
        if len(cols) != 6:
            raise BadInput(f"{path}:{number}: expected 6 TAB-separated columns, got {len(cols)}")
        file, quote, occurrence, category, detectable, note = cols
        if category not in CATEGORIES:
            raise BadInput(f"{path}:{number}: unknown category {category!r}")
        if detectable not in ("yes", "no"):
            raise BadInput(f"{path}:{number}: rule_detectable must be yes or no, not {detectable!r}")
        if not occurrence.isdigit() or int(occurrence) < 1:
            raise BadInput(f"{path}:{number}: occurrence must be a positive number, not {occurrence!r}")
        if file not in texts:
            article = articles / file
            if not article.is_file():
                raise BadInput(f"{path}:{number}: no article {article}")
            texts[file] = article.read_text("utf-8")
        text = texts[file]
        start = -1
        for _ in range(int(occurrence)):
            start = text.find(quote, start + 1)
            if start < 0:
                raise BadInput(f"{path}:{number}: {quote!r} does not occur {occurrence} time(s) in {file}")
        line = text.count("\n", 0, start) + 1
        rows.append(
            Annotation(
                file, quote, int(occurrence), category, detectable == "yes", note, start, start + len(quote), line
            )
        )
    return rows


def check(path: Path, min_severity):
    from tqcheck.config import Config
    from tqcheck.engine import check_document
    from tqcheck.inputs import mask
    from tqcheck.model import Document

    text = path.read_text("utf-8")
    doc = Document(text=text, path=str(path), language="en", format="text", masked=mask(text, "text"))
    result = check_document(doc, Config())
    return text, result.segments, [f for f in result.findings if f.severity >= min_severity]


def overlaps(start: int, end: int, a: Annotation) -> bool:
    # A zero-width finding (a missing mark) counts at its position.
    return start < a.end and a.start < max(end, start + 1)


def counts_for(code: str, category: str, strict: bool) -> bool:
    prefixes = CATEGORY_CODES[category]
    return not strict or prefixes is None or code.startswith(prefixes)


@dataclass
class Score:
    annotations: list
    found: list
    findings: list  # (file, text, finding, real)
    clean: int
    clean_flagged: int
    clean_flagged_lines: list
    clean_flagged_classes: list


def score(files: list[str], annotations: list[Annotation], articles: Path, strict: bool, min_severity) -> Score:
    from bench_false_alarms import artifact_class

    by_file = defaultdict(list)
    for a in annotations:
        by_file[a.file].append(a)
    s = Score([], [], [], 0, 0, [], [])
    for file in files:
        text, segments, findings = check(articles / file, min_severity)
        marks = by_file.get(file, [])
        s.annotations += marks
        for a in marks:
            hit = [f for f in findings if overlaps(f.start, f.end, a) and counts_for(f.code, a.category, strict)]
            if hit:
                s.found.append((a, sorted({f.code for f in hit})))
        for f in findings:
            s.findings.append((file, text, f, any(overlaps(f.start, f.end, a) for a in marks)))
        for seg in segments:
            if any(seg.start < a.end and a.start < seg.end for a in marks):
                continue
            s.clean += 1
            flags = [f for f in findings if seg.start <= f.start < seg.end]
            if flags:
                s.clean_flagged += 1
                s.clean_flagged_lines.append((file, text[seg.start : seg.end], sorted({f.code for f in flags})))
                s.clean_flagged_classes.append((file, {artifact_class(f.code, f.message, f.details) for f in flags}))
    return s


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def summary_line(name: str, s: Score) -> str:
    det = [a for a in s.annotations if a.detectable]
    found_ids = {id(a) for a, _ in s.found}
    det_found = sum(id(a) in found_ids for a in det)
    real = sum(r for *_, r in s.findings)
    return (
        f"{name:<9}{len(s.annotations):>6}{len(det):>6}{det_found:>7}{ratio(det_found, len(det)):>8}"
        f"{ratio(len(found_ids), len(s.annotations)):>9}{len(s.findings):>8}{real:>6}{ratio(real, len(s.findings)):>7}"
        f"{s.clean:>7}{s.clean_flagged:>6}{ratio(s.clean_flagged, s.clean):>7}"
    )


SUMMARY_HEADER = (
    f"{'part':<9}{'annot':>6}{'detec':>6}{'found':>7}{'recall':>8}{'rec(all)':>9}{'finds':>8}{'real':>6}{'prec':>7}"
    f"{'clean':>7}{'flag':>6}{'rate':>7}"
)


def print_classes(s: Score) -> None:
    """Per class: recall over its annotations (found by any finding), and
    the precision and clean-sentence flags of the findings of its class
    (scripts/bench_false_alarms.artifact_class: a finding's class is its
    code's, TQ202 by frame)."""
    from bench_false_alarms import artifact_class

    found_ids = {id(a) for a, _ in s.found}
    finds: Counter[str] = Counter()
    real: Counter[str] = Counter()
    for _, _, f, is_real in s.findings:
        cls = artifact_class(f.code, f.message, f.details)
        finds[cls] += 1
        real[cls] += is_real
    clean_flags = Counter(c for *_, classes in s.clean_flagged_classes for c in classes)
    print(f"\n{'class':<22}{'detec':>6}{'found':>7}{'recall':>8}{'finds':>7}{'real':>6}{'prec':>7}{'clean-flags':>13}{'rate':>7}")
    for cat in CATEGORIES:
        det = [a for a in s.annotations if a.category == cat and a.detectable]
        if not det and not finds[cat]:
            continue
        hit = sum(id(a) in found_ids for a in det)
        print(
            f"{cat:<22}{len(det):>6}{hit:>7}{ratio(hit, len(det)):>8}{finds[cat]:>7}{real[cat]:>6}"
            f"{ratio(real[cat], finds[cat]):>7}{clean_flags[cat]:>13}{ratio(clean_flags[cat], s.clean):>7}"
        )


def report(s: Score, show_lists: bool) -> None:
    found_codes = {id(a): codes for a, codes in s.found}
    print(SUMMARY_HEADER)
    print(summary_line("selected", s))
    print(f"\n{'category':<22}{'annot':>6}{'detec':>6}{'found':>7}{'recall':>8}   found by")
    for cat in CATEGORIES:
        rows = [a for a in s.annotations if a.category == cat]
        if not rows:
            continue
        det = [a for a in rows if a.detectable]
        hit = [a for a in det if id(a) in found_codes]
        by = Counter(c for a in rows if id(a) in found_codes for c in found_codes[id(a)])
        print(
            f"{cat:<22}{len(rows):>6}{len(det):>6}{len(hit):>7}{ratio(len(hit), len(det)):>8}   "
            + " ".join(f"{c}:{n}" for c, n in sorted(by.items()))
        )
    print_classes(s)
    per_code: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, _, f, real in s.findings:
        per_code[f.code][0] += 1
        per_code[f.code][1] += real
    clean_by_code = Counter(c for *_, codes in s.clean_flagged_lines for c in codes)
    print(f"\n{'code':<8}{'finds':>6}{'real':>6}{'prec':>7}{'clean-flags':>13}")
    for code, (n, real) in sorted(per_code.items()):
        print(f"{code:<8}{n:>6}{real:>6}{ratio(real, n):>7}{clean_by_code[code]:>13}")
    if not show_lists:
        return
    print("\nmisses (rule-detectable, not found):")
    for a in s.annotations:
        if a.detectable and id(a) not in found_codes:
            print(f"  {a.file}:{a.line} {a.category:<21} [{a.quote[:70]}]  {a.note[:90]}")
    print("\nfalse positives (findings on no annotation):")
    for file, text, f, real in s.findings:
        if not real:
            line = text.count("\n", 0, f.start) + 1
            print(f"  {file}:{line} {f.code} [{text[f.start : f.end][:60]}]  {f.message[:90]}")
    print("\nclean sentences flagged:")
    for file, sentence, codes in s.clean_flagged_lines:
        print(f"  {file} {','.join(codes)} [{sentence[:100]}]")


def report_patterns(path: Path, files: list[str], annotations: list[Annotation], articles: Path, found) -> None:
    import re

    patterns = []
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            try:
                patterns.append((line, re.compile(line, re.I | re.M)))
            except re.error as exc:
                raise BadInput(f"{path}:{number}: not a regular expression ({exc})") from None
    texts = {f: (articles / f).read_text("utf-8") for f in files}
    marks = [a for a in annotations if a.file in texts]
    print(f"\n{'pattern':<60}{'hits':>5}{'real':>5}{'new':>5}")
    for source, pattern in patterns:
        hits, real, new = 0, 0, set()
        for file, text in texts.items():
            for m in pattern.finditer(text):
                hits += 1
                on = [a for a in marks if a.file == file and overlaps(m.start(), m.end(), a)]
                real += bool(on)
                new.update(id(a) for a in on if a.detectable and id(a) not in found)
        print(f"{source[:59]:<60}{hits:>5}{real:>5}{len(new):>5}")


def main() -> int:
    from tqcheck.model import Severity

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=Path, default=DEFAULT_ANNOTATIONS)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="folder of the annotated articles")
    parser.add_argument("--split", choices=("all", *SPLITS), default="all", help="which articles to detail")
    parser.add_argument("--files", default="", help="file-name globs, comma-separated (instead of --split)")
    parser.add_argument(
        "--strict", action="store_true", help="an annotation counts only as found by its category's codes"
    )
    parser.add_argument("--min-severity", default="info", help="lowest severity counted (default info)")
    parser.add_argument("--no-lists", action="store_true", help="leave out the misses and false positives")
    parser.add_argument("--patterns", type=Path, help="candidate regular expressions to score like rules")
    args = parser.parse_args()
    try:
        lowest = Severity.parse(args.min_severity)
        if not args.articles.is_dir():
            raise BadInput(f"no articles folder {args.articles}")
        if not args.annotations.is_file():
            raise BadInput(f"no annotations file {args.annotations}")
        annotations = read_annotations(args.annotations, args.articles)
        annotated = sorted({a.file for a in annotations})
        if args.files:
            globs = [g.strip() for g in args.files.split(",") if g.strip()]
            files = [f for f in annotated if any(fnmatch.fnmatch(f, g) for g in globs)]
            if not files:
                raise BadInput(f"--files {args.files!r} matches no annotated article")
        else:
            files = annotated if args.split == "all" else [f for f in SPLITS[args.split] if f in annotated]
    except (BadInput, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    unannotated = sorted(p.name for p in args.articles.glob("*.txt") if p.name not in annotated)
    if unannotated:
        print(f"note: {len(unannotated)} article(s) without annotations left out: {', '.join(unannotated)}")
    mode = "strict (category codes only)" if args.strict else "any overlapping finding"
    print(f"{len(files)} article(s), {mode}, severity >= {lowest.label}\n")
    selected = score(files, annotations, args.articles, args.strict, lowest)
    report(selected, not args.no_lists)
    if args.patterns:
        try:
            report_patterns(args.patterns, files, annotations, args.articles, {id(a) for a, _ in selected.found})
        except (OSError, BadInput) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    if not args.files:
        print("\nby split")
        print(SUMMARY_HEADER)
        for name, part in (("all", annotated), *SPLITS.items()):
            print(
                summary_line(
                    name, score([f for f in part if f in annotated], annotations, args.articles, args.strict, lowest)
                )
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

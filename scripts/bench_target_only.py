"""Target-only (monolingual) rules in every language: false alarms on human
text and detection of injected errors (not a test; reads ../shared).

For English and the 14 languages of shared/data/multilingual, each text is
checked rules-only and without a source, as a monolingual check of a
translation from English (from Bulgarian for English, the product's pair):

- NTREX-128: the professional translations of 123 English news articles,
  rebuilt with DOCUMENT_IDS.tsv; FLORES-200 devtest: chunks of 10-20
  consecutive lines. One line a paragraph; lines inside one quotation are
  joined back into one paragraph (at most four lines), as in the articles.

Printed per language:

1. false alarms: findings per 100 sentences (the checker's segments) at
   major or above and at every severity, and the codes that give them
   (every finding on human text is a false alarm or a flaw of the human
   text itself);
2. detection per injected error type: one error injected into one line of
   one NTREX article per try; detected when the checked copy has a finding
   of the expected rules, at the expected severity or above, that the
   untouched article lacks (compared by code and message: offsets move).
   "-" where the language gives no line to inject into.

The injector is independent of the checker: its own patterns, and CLDR's
marks and symbols (tqcheck.locale, the tables the checker reads too):

- quotes: the line's quotation written in the locale's primary marks gets
  straight marks, or, with none, two words of the line are put in straight
  quotes (two Han characters in Chinese); only where CLDR's primary marks
  are not straight (every locale);
- number: a decimal number written with the locale's decimal separator
  gets the other one (3,5 -> 3.5), else a grouped number the other group
  separator (12.000 -> 12,000; 50,000 -> 50 000);
- count: a grouped count of four digits loses its separator (1,777 ->
  1777); only where the locale groups four-digit numbers;
- spacing: in French, which wants a space before ; : ! ? and inside « »,
  one such space is removed; elsewhere one is added before a ! ? ; or : of
  the line (the French habit);
- script: a lower-case content word (4 letters or more, not among the
  corpus' 300 commonest; two Han characters in Chinese) is replaced by the
  content word at the nearest relative position in the same line of a
  language in another script: English for non-Latin targets, Russian for
  Latin ones, Bulgarian for English (the check is told that language is
  the source);
- language: the line is replaced by the same line in English (in German
  for English), the source sentence left untranslated.

    .venv/bin/python scripts/bench_target_only.py [--data ../shared/data/multilingual]
        [--langs de,fr | deu,fra] [--tries 40] [--seed N] [--json OUT] [--before FILE]
        [--show CODE[,CODE]] [--misses N]

--json writes the figures; --before reads such a file (an earlier run, e.g.
on the main branch) and prints before -> after. --show prints the flagged
spans of the codes given on human text, for reading; --misses prints
undetected injections (the line before and after). No assertion: the
figures are for people to read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def default_data() -> Path:
    for folder in ROOT.parents:
        if (folder / "shared" / "data" / "multilingual").is_dir():
            return folder / "shared" / "data" / "multilingual"
    return ROOT.parent / "shared" / "data" / "multilingual"


SEED = 20240611
# NTREX stem -> (BCP-47 tag, FLORES stem, script)
LANGUAGES: dict[str, tuple[str, str, str]] = {
    "eng": ("en", "eng", "Latn"),
    "deu": ("de", "deu", "Latn"),
    "fra": ("fr", "fra", "Latn"),
    "spa": ("es", "spa", "Latn"),
    "pol": ("pl", "pol", "Latn"),
    "ces": ("cs", "ces", "Latn"),
    "ron": ("ro", "ron", "Latn"),
    "tur": ("tr", "tur", "Latn"),
    "bul": ("bg", "bul", "Cyrl"),
    "rus": ("ru", "rus", "Cyrl"),
    "ukr": ("uk", "ukr", "Cyrl"),
    "srp-Cyrl": ("sr-Cyrl", "", "Cyrl"),
    "ell": ("el", "ell", "Grek"),
    "zho_Hans": ("zh-Hans", "cmn_Hans", "Hani"),
    "arb": ("ar", "ara", "Arab"),
}
KINDS = ("quotes", "number", "count", "spacing", "script", "language")
# kind -> (codes that should report it, lowest severity that counts)
EXPECTED: dict[str, tuple[frozenset[str], str]] = {
    "quotes": (frozenset({"TQ101", "TQ103", "TQ104", "TQ106", "TQ107"}), "info"),
    "number": (frozenset({"TQ504"}), "minor"),
    "count": (frozenset({"TQ504"}), "info"),
    "spacing": (frozenset({"TQ507"}), "info"),
    "script": (frozenset({"TQ301", "TQ302", "TQ304"}), "minor"),
    "language": (frozenset({"TQ301", "TQ304"}), "major"),
}
RANK = {"info": 0, "minor": 1, "major": 2, "critical": 3}


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text("utf-8").splitlines()]


@dataclass(frozen=True)
class Corpus:
    stem: str
    tag: str
    script: str
    ntrex: list[str]
    flores: list[str]
    articles: list[tuple[int, int]]  # NTREX line ranges


def ntrex_articles(data: Path) -> list[tuple[int, int]]:
    ids = [line.split("\t")[0] for line in read_lines(data / "ntrex128" / "DOCUMENT_IDS.tsv")]
    spans, start = [], 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            spans.append((start, i))
            start = i
    return spans


def flores_chunks(total: int, seed: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    spans, start = [], 0
    while start < total:
        end = min(total, start + rng.randint(10, 20))
        spans.append((start, end))
        start = end
    return spans


def load(data: Path, stem: str) -> Corpus:
    tag, flores, script = LANGUAGES[stem]
    ntrex_name = "arb" if stem == "arb" else stem
    ntrex = read_lines(data / "ntrex128" / f"{ntrex_name}.txt")
    flores_lines = read_lines(data / "flores200" / f"{flores}.devtest") if flores else []
    return Corpus(stem, tag, script, ntrex, flores_lines, ntrex_articles(data))


# --- building and checking documents -------------------------------------------


def paragraphs(lines: list[str], tag: str) -> list[str]:
    """Lines joined while a quotation is open (at most four lines)."""
    from tqcheck.locale import quote_marks

    marks = quote_marks(tag)
    out: list[str] = []
    joined = 0
    for line in lines:
        if not line:
            continue
        if out and joined < 3 and _open_quote(out[-1], marks.open, marks.close):
            out[-1] += " " + line
            joined += 1
        else:
            out.append(line)
            joined = 0
    return out


def _open_quote(text: str, open_mark: str, close_mark: str) -> bool:
    if text.count('"') % 2:
        return True
    if open_mark != close_mark:
        return text.count(open_mark) > text.count(close_mark)
    return text.count(open_mark) % 2 == 1


def source_for(tag: str) -> str:
    return "bg" if tag == "en" else "en"


def run_check(lines: list[str], tag: str, source_lang: str | None = None):
    from tqcheck.config import Config
    from tqcheck.engine import check_document
    from tqcheck.inputs import mask
    from tqcheck.model import Document

    text = "\n".join(paragraphs(lines, tag)) + "\n"
    config = Config(source_lang=source_lang or source_for(tag), target_lang=tag)
    doc = Document(text=text, path="<bench>", language=tag, format="text", masked=mask(text, "text"))
    return text, check_document(doc, config)


# --- false alarms -----------------------------------------------------------------


@dataclass
class Alarms:
    sentences: int = 0
    major: int = 0
    all: int = 0
    by_code: Counter | None = None
    seconds: float = 0.0


def false_alarms(corpus: Corpus, seed: int, show: tuple[str, ...]) -> Alarms:
    result = Alarms(by_code=Counter())
    docs = [corpus.ntrex[s:e] for s, e in corpus.articles]
    docs += [corpus.flores[s:e] for s, e in flores_chunks(len(corpus.flores), seed)] if corpus.flores else []
    start = time.perf_counter()
    for lines in docs:
        text, checked = run_check(lines, corpus.tag)
        result.sentences += len(checked.segments)
        for f in checked.findings:
            result.all += 1
            result.major += f.severity.label in ("major", "critical")
            result.by_code[f"{f.code}:{f.severity.label}"] += 1
            if show and f.code.startswith(show):
                line_start = text.rfind("\n", 0, f.start) + 1
                line_end = text.find("\n", f.end)
                print(f"  {corpus.tag} {f.code} {f.severity.label:<6} [{text[f.start:f.end]}] -> {f.suggestion!r}: "
                      f"{f.message[:120]}\n      {text[line_start:line_end][:240]}")
    result.seconds = time.perf_counter() - start
    return result


# --- injection ----------------------------------------------------------------------

_LETTERS = r"[^\W\d_]"
_WORD = re.compile(rf"{_LETTERS}+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2}")


def common_words(lines: list[str], n: int = 300) -> frozenset[str]:
    counts = Counter(w.lower() for line in lines for w in _WORD.findall(line))
    return frozenset(w for w, _ in counts.most_common(n))


def content_words(line: str, common: frozenset[str], han: bool) -> list[re.Match[str]]:
    if han:
        return [m for m in _HAN_WORD.finditer(line)]
    return [
        m for m in _WORD.finditer(line)
        if len(m.group()) >= 4 and not any(c.isupper() for c in m.group()) and m.group() not in common
        and not _HAN.search(m.group())
    ]


def inject_quotes(line: str, tag: str, rng: random.Random) -> str | None:
    from tqcheck.locale import quote_marks

    marks = quote_marks(tag)
    o, c = marks.open, marks.close
    pattern = re.compile(f"{re.escape(o)}([^{re.escape(o + c)}\n]{{1,200}}){re.escape(c)}")
    found = pattern.search(line)
    if found:
        return line[: found.start()] + '"' + found.group(1) + '"' + line[found.end() :]
    if '"' in line or o in line or c in line:
        return None
    if _HAN.search(line):
        words = list(_HAN_WORD.finditer(line))
        if not words:
            return None
        m = rng.choice(words)
        return line[: m.start()] + '"' + m.group() + '"' + line[m.end() :]
    words = list(re.finditer(rf"{_LETTERS}+ {_LETTERS}+", line))
    words = [m for m in words if m.start() > 0]
    if not words:
        return None
    m = rng.choice(words)
    return line[: m.start()] + '"' + m.group() + '"' + line[m.end() :]


def _number_patterns(tag: str) -> tuple[str, str]:
    from tqcheck.locale import number_symbols

    symbols = number_symbols(tag)
    return symbols.decimal, symbols.group


def inject_number(line: str, tag: str, rng: random.Random) -> str | None:
    decimal, group = _number_patterns(tag)
    other_decimal = "." if decimal != "." else ","
    # a decimal number standing alone: digits, the separator, 1-2 digits, not another group
    dec = re.compile(rf"(?<![\d.,\u00a0\u202f])(\d{{1,3}}){re.escape(decimal)}(\d{{1,2}})(?![\d])(?![.,]\d)")
    found = [m for m in dec.finditer(line)]
    if found:
        m = rng.choice(found)
        return line[: m.start()] + m.group(1) + other_decimal + m.group(2) + line[m.end() :]
    groups = re.escape(group) if group not in "\u00a0\u202f " else "[ \u00a0\u202f]"
    grouped = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:{groups}\d{{3}})+(?![\d])(?![.,]\d)")
    found = [m for m in grouped.finditer(line)]
    if found:
        m = rng.choice(found)
        new_group = "," if group != "," else " "
        digits = re.sub(r"\D", "", m.group())
        rewritten = f"{int(digits):,}".replace(",", new_group)
        return line[: m.start()] + rewritten + line[m.end() :]
    return None


def groups_four_digits(tag: str) -> bool:
    """CLDR's minimumGroupingDigits is 1 (es, pl, bg: 2, no group in 1234)."""
    from tqcheck.locale import number_symbols

    return number_symbols(tag).groups_four_digits


def inject_count(line: str, tag: str, rng: random.Random) -> str | None:
    _, group = _number_patterns(tag)
    groups = re.escape(group) if group not in "\u00a0\u202f " else "[ \u00a0\u202f]"
    four = re.compile(rf"(?<![\d.,])([1-9]){groups}(\d{{3}})(?![\d])(?![.,]\d)")
    found = list(four.finditer(line))
    if not found:
        return None
    m = rng.choice(found)
    return line[: m.start()] + m.group(1) + m.group(2) + line[m.end() :]


# Where a language wants a space before these marks or inside « » (French
# typography; its own table here, independent of the checker's).
SPACED_MARKS = {"fr": ";:!?«"}


def inject_spacing(line: str, tag: str, rng: random.Random) -> str | None:
    wanted = set(SPACED_MARKS.get(tag.split("-")[0], ""))
    if wanted:
        spots = [m for m in re.finditer(r"(?<=\w)[ \u00a0\u202f\u2009]([;:!?])", line) if m.group(1) in wanted]
        spots += [m for m in re.finditer(r"«[ \u00a0\u202f\u2009]", line) if "«" in wanted]
        if not spots:
            return None
        m = rng.choice(spots)
        kept = m.group().strip(" \u00a0\u202f\u2009")
        return line[: m.start()] + kept + line[m.end() :]
    spots = [m for m in re.finditer(r"(?<=[^\W\d_])[!?;:](?=\s|$)", line)]
    if not spots:
        return None
    m = rng.choice(spots)
    return line[: m.start()] + " " + line[m.start() :]


SCRIPT_DONOR = {"Latn": "rus", "Cyrl": "eng", "Grek": "eng", "Hani": "eng", "Arab": "eng"}
DONOR_LANG = {"rus": "ru", "eng": "en", "bul": "bg", "deu": "de"}


def inject_script(line: str, donor: str, common: frozenset[str], donor_common: frozenset[str],
                  han: bool, rng: random.Random) -> str | None:
    mine = content_words(line, common, han)
    theirs = content_words(donor, donor_common, False)
    if not mine or not theirs:
        return None
    m = rng.choice(mine)
    rel = m.start() / max(len(line), 1)
    best = min(theirs, key=lambda t: abs(t.start() / max(len(donor), 1) - rel))
    replacement = best.group()
    if han:
        replacement = f" {replacement} "
    return line[: m.start()] + replacement + line[m.end() :]


# --- detection ------------------------------------------------------------------------


def new_findings(before, after) -> list:
    seen = Counter((f.code, f.message) for f in before.findings)
    out = []
    for f in after.findings:
        key = (f.code, f.message)
        if seen[key]:
            seen[key] -= 1
        else:
            out.append(f)
    return out


def detection(
    corpus: Corpus, donors: dict[str, list[str]], tries: int, seed: int, misses: int = 0
) -> dict[str, tuple[int, int]]:
    rng = random.Random(seed)
    common = common_words(corpus.ntrex)
    han = corpus.script == "Hani"
    results: dict[str, tuple[int, int]] = {}
    baseline: dict[tuple[int, int], object] = {}
    for kind in KINDS:
        if kind == "count" and not groups_four_digits(corpus.tag):
            continue
        codes, floor = EXPECTED[kind]
        source_lang = source_for(corpus.tag)
        donor_stem = None
        if kind == "script":
            donor_stem = "bul" if corpus.tag == "en" else SCRIPT_DONOR[corpus.script]
            source_lang = DONOR_LANG[donor_stem]
        elif kind == "language":
            donor_stem = "deu" if corpus.tag == "en" else "eng"
        donor_common = common_words(donors[donor_stem]) if donor_stem else frozenset()
        candidates = []
        for start, end in corpus.articles:
            for i in range(start, end):
                line = corpus.ntrex[i]
                if not line:
                    continue
                if kind == "quotes":
                    new = inject_quotes(line, corpus.tag, rng)
                elif kind == "number":
                    new = inject_number(line, corpus.tag, rng)
                elif kind == "count":
                    new = inject_count(line, corpus.tag, rng)
                elif kind == "spacing":
                    new = inject_spacing(line, corpus.tag, rng)
                elif kind == "script":
                    new = inject_script(line, donors[donor_stem][i], common, donor_common, han, rng)
                else:
                    new = donors[donor_stem][i] or None
                if new and new != line:
                    candidates.append(((start, end), i, new))
        if not candidates:
            continue
        picked = rng.sample(candidates, min(tries, len(candidates)))
        hits = 0
        for (start, end), i, new in picked:
            key = (start, end, source_lang)
            if key not in baseline:
                baseline[key] = run_check(corpus.ntrex[start:end], corpus.tag, source_lang)[1]
            lines = list(corpus.ntrex[start:end])
            lines[i - start] = new
            after = run_check(lines, corpus.tag, source_lang)[1]
            found = [f for f in new_findings(baseline[key], after)
                     if f.code in codes and RANK[f.severity.label] >= RANK[floor]]
            hits += bool(found)
            if not found and misses > 0:
                misses -= 1
                print(f"  miss {corpus.tag} {kind}: {corpus.ntrex[i][:160]!r}\n"
                      f"          -> {new[:160]!r}")
        results[kind] = (hits, len(picked))
    return results


# --- report -------------------------------------------------------------------------------


def per100(n: int, sentences: int) -> float:
    return 100 * n / max(sentences, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data())
    parser.add_argument("--langs", default="", help="languages (tags or file stems), comma-separated; default all")
    parser.add_argument("--tries", type=int, default=40, help="injections per language and kind (default 40)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--before", type=Path, help="figures of an earlier run (--json) to compare with")
    parser.add_argument("--show", default="", help="codes whose findings on human text to print")
    parser.add_argument("--misses", type=int, default=0, help="print this many undetected injections per language")
    args = parser.parse_args()
    if not (args.data / "ntrex128").is_dir():
        print(f"error: no data folder {args.data}/ntrex128", file=sys.stderr)
        return 2
    wanted = {w.strip() for w in args.langs.split(",") if w.strip()}
    stems = [s for s, (tag, _, _) in LANGUAGES.items() if not wanted or s in wanted or tag in wanted]
    if not stems:
        print(f"error: no language among {args.langs!r}", file=sys.stderr)
        return 2
    before = json.loads(args.before.read_text("utf-8")) if args.before else {}
    show = tuple(c.strip() for c in args.show.split(",") if c.strip())
    donors = {stem: read_lines(args.data / "ntrex128" / f"{stem}.txt") for stem in ("eng", "rus", "bul", "deu")}
    figures: dict[str, dict] = {}
    for stem in stems:
        corpus = load(args.data, stem)
        alarms = false_alarms(corpus, args.seed, show)
        found = detection(corpus, donors, args.tries, args.seed, args.misses)
        figures[corpus.tag] = {
            "sentences": alarms.sentences,
            "major_per100": round(per100(alarms.major, alarms.sentences), 2),
            "all_per100": round(per100(alarms.all, alarms.sentences), 2),
            "codes": dict(alarms.by_code.most_common()),
            "sentences_per_s": round(alarms.sentences / max(alarms.seconds, 1e-9)),
            "detection": {k: list(v) for k, v in found.items()},
        }
        print(f"... {corpus.tag}: done", file=sys.stderr)
    print_table(figures, before)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return 0


def _det(entry: dict, kind: str) -> str:
    got = entry.get("detection", {}).get(kind)
    if not got:
        return "-"
    hits, total = got
    return f"{round(100 * hits / total)}%"


def print_table(figures: dict[str, dict], before: dict[str, dict]) -> None:
    arrow = " -> " if before else ""
    floors = ", ".join(f"{k} >= {EXPECTED[k][1]}" for k in KINDS)
    print("\nfalse alarms per 100 sentences (human NTREX-128 articles + FLORES-200 chunks, target-only)")
    print(f"detection: share of injected errors reported by the expected rules ({floors})\n")
    head = f"{'lang':<8}{'sents':>6}  {'major+':>14}  {'all':>14}  " + "".join(f"{k:>14}" for k in KINDS)
    print(head)
    for tag, entry in figures.items():
        old = before.get(tag, {})

        def cell(value: str, old_value: str | None) -> str:
            return f"{old_value}{arrow}{value}" if before else value

        major = cell(f"{entry['major_per100']:.2f}", f"{old['major_per100']:.2f}" if old else "?")
        every = cell(f"{entry['all_per100']:.2f}", f"{old['all_per100']:.2f}" if old else "?")
        dets = "".join(f"{cell(_det(entry, k), _det(old, k) if old else '?'):>14}" for k in KINDS)
        print(f"{tag:<8}{entry['sentences']:>6}  {major:>14}  {every:>14}  {dets}")
    print("\ncodes on human text (per language, count by code:severity):")
    for tag, entry in figures.items():
        codes = ", ".join(f"{c} {n}" for c, n in list(entry["codes"].items())[:10])
        print(f"  {tag:<8}{entry['sentences_per_s']:>7} sents/s  {codes or '-'}")


if __name__ == "__main__":
    sys.exit(main())

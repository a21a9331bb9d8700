#!/usr/bin/env python3
"""Languages outside the benchmark's data (not a test; a measurement).

`fixtures/languages/` holds one short news text, written for this project
in English and translated by hand into languages `scripts/bench_multilingual.py`
cannot measure (no FLORES or NTREX file here): Italian, Portuguese, Dutch,
Swedish, Japanese, Korean, Hindi, Vietnamese, Bengali, Thai, Hebrew, Persian,
Finnish, Hungarian, Lithuanian, Latvian, Croatian, Indonesian, Swahili,
Georgian, Armenian, Tamil, Urdu, Estonian, Albanian, Azerbaijani, and
Chinese in both scripts (Simplified and Traditional, one text).
For each language, both directions (en->X, X->en), it prints the major+
findings on the right translation (false alarms) and whether each injected
error is found, with the same expectations as bench_multilingual (a
quotation of straight marks kept from the English source counts through
TQ107 too; the other side's marks kept where CLDR gives them to the
language as well, “…” in English, are no error and not injected). One text per language: a smoke test of the checks' reach, not a
rate.

  usage: python scripts/bench_languages.py [--langs it,ja,...] [--misses]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "languages"
KINDS = ("number", "drop", "left", "word", "quotes", "name", "name2", "place")
NUMBER_LINE, QUOTE_LINE, GROWTH_LINE, DROPPED_LINE = 1, 2, 3, 5


def read_table() -> dict[str, dict[str, str]]:
    rows = [line.split("\t") for line in (HERE / "injections.tsv").read_text("utf-8").splitlines() if line and not line.startswith("#")]
    header = rows[0]
    return {row[0]: dict(zip(header, row)) for row in rows[1:]}


def seven(figure: str) -> str:
    """``figure`` with its last digit made 7 in the same digits (2.4 -> 2.7, ২.৪ -> ২.৭)."""
    last = max(i for i, ch in enumerate(figure) if ch.isdigit())
    digit = figure[last]
    return figure[:last] + chr(ord(digit) - unicodedata.digit(digit) + 7) + figure[last + 1 :]


def locale_quotes(marks: str, lang: str) -> bool:
    """Whether ``marks`` (an opening and a closing one) are ``lang``'s own
    quotation marks by CLDR, main or alternate."""
    from tqcheck.locale import quote_marks

    q = quote_marks(lang)
    return (marks[0], marks[1]) in {(q.open, q.close), (q.alt_open, q.alt_close)}


def inject(kind: str, src: list[str], tgt: list[str], sl: str, tl: str, table) -> list[str] | None:
    out = list(tgt)
    if kind == "number":
        figure = table[tl]["number"]
        out[NUMBER_LINE] = out[NUMBER_LINE].replace(figure, seven(figure), 1)
    elif kind == "drop":
        del out[DROPPED_LINE]
    elif kind == "left":
        out[DROPPED_LINE] = src[DROPPED_LINE]
    elif kind == "word":
        out[GROWTH_LINE] = out[GROWTH_LINE].replace(table[tl]["growth"], table[sl]["growth"], 1)
    elif kind == "quotes":
        mine, theirs = table[tl]["quotes"], table[sl]["quotes"]
        if mine == theirs or locale_quotes(theirs, tl):
            return None  # (the other side's marks are this language's too: “…” in English is no error)
        line = out[QUOTE_LINE].replace(mine[0], theirs[0], 1)
        end = line.rfind(mine[1])
        out[QUOTE_LINE] = line[:end] + theirs[1] + line[end + 1 :] if end >= 0 else line
    else:
        old, new = table[tl][kind].split(">")
        for i, line in enumerate(out):
            if old in line:
                out[i] = line.replace(old, new, 1)
                break
    return None if out == tgt else out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--langs", help="comma-separated tags (default: every fixture language)")
    parser.add_argument("--misses", action="store_true", help="print the new findings of each miss")
    args = parser.parse_args(argv)
    # (Imported here: the tests read this module's injections without it.)
    from bench_multilingual import EXPECTED, Runner, at_least, new_findings

    expect = {
        "number": EXPECTED["number changed"],
        "drop": EXPECTED["sentence dropped"],
        "left": EXPECTED["left in source language"],
        "word": EXPECTED["word untranslated"],
        # The English text quotes with straight marks: kept, they are TQ107's.
        "quotes": (EXPECTED["source quotes kept"][0] | {"TQ107"}, EXPECTED["source quotes kept"][1]),
        "name": EXPECTED["name changed"],
        "name2": EXPECTED["name changed"],
        "place": EXPECTED["name changed"],
    }
    table = read_table()
    langs = args.langs.split(",") if args.langs else [tag for tag in table if tag != "en"]
    english = (HERE / "en.txt").read_text("utf-8").splitlines()
    totals: dict[str, list[bool]] = {kind: [] for kind in KINDS}
    false_alarms = 0
    with tempfile.TemporaryDirectory() as tmp:
        runner = Runner(Path(tmp))
        print(f"{'pair':10} FA  " + " ".join(f"{kind:>6}" for kind in KINDS))
        for tag in langs:
            other = (HERE / f"{tag}.txt").read_text("utf-8").splitlines()
            for sl, tl, src, tgt in (("en", tag, english, other), (tag, "en", other, english)):
                before = runner.check(src, tgt, sl, tl)
                majors = [f for f in before if at_least(f, "major")]
                false_alarms += len(majors)
                cells, notes = [], []
                for kind in KINDS:
                    changed = inject(kind, src, tgt, sl, tl, table)
                    if changed is None:
                        cells.append(f"{'-':>6}")
                        continue
                    after = runner.check(src, changed, sl, tl)
                    fresh = new_findings(before, after, tgt, changed)
                    codes, severity = expect[kind]
                    hit = any(f["code"] in codes and at_least(f, severity) for f in fresh)
                    totals[kind].append(hit)
                    cells.append(f"{'yes' if hit else 'NO':>6}")
                    if not hit and args.misses:
                        notes.append(f"    missed {kind}: " + "; ".join(f"{f['code']} {f['severity']}: {f['message'][:80]}" for f in fresh))
                print(f"{sl + '->' + tl:10} {len(majors):<3} " + " ".join(cells))
                for f in majors:
                    print(f"    false alarm {f['code']} {f['severity']}: {f['message'][:100]}")
                for note in notes:
                    print(note)
    print(f"{'found':10} {false_alarms:<3} " + " ".join(f"{sum(v):>3}/{len(v):<2}" for v in totals.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

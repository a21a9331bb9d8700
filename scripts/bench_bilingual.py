"""Benchmark of the bilingual mode on real data (not a test; reads ../shared).

Prints:
1. alignment link accuracy on FLORES-200 devtest and NTREX-128, joined into
   paragraph-sized documents (5-10 sentences, lines joined with spaces so
   the one-sentence-per-line information is hidden), segmented by tqcheck
   and re-aligned;
2. findings per 100 sentences at major or above on those human translations;
3. for each real MT system, the share of its sentences flagged next to its
   corpus chrF from the leaderboard;
4. detection rate per injected error type (fixed seed);
5. throughput in sentence pairs per second.

A truth group is one source line with its target line, or several lines the
segmenter merged into one segment on either side. A group counts as right
when the predicted links inside it cover exactly it with no unpaired side
(a two-sentence line aligned as two 1-1 links is right; a link crossing the
group's edge is wrong). The strict figure (links identical to the groups)
is printed next to it.

    /tmp/venv/bin/python scripts/bench_bilingual.py [--data ../shared/data] [--quick]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.alignment.align import align_documents  # noqa: E402
from tqcheck.alignment.names import _exonym_forms  # noqa: E402
from tqcheck.alignment.translit import transliterate  # noqa: E402
from tqcheck.engine import report_once, run_rules  # noqa: E402
from tqcheck.locale import LocaleFacts  # noqa: E402
from tqcheck.model import Document, Finding, Severity  # noqa: E402
from tqcheck.rules import bilingual_rules  # noqa: E402
from tqcheck.rules.base import RuleContext  # noqa: E402
from tqcheck.segment import segment  # noqa: E402

SEED = 20240501
DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text("utf-8").splitlines()]


def paragraph_sizes(total: int, rng: random.Random) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < total:
        sizes.append(min(rng.randint(5, 10), total - sum(sizes)))
    return sizes


def join(lines: list[str], sizes: list[int]) -> tuple[str, list[tuple[int, int]]]:
    """Paragraphs of lines joined by spaces; the span of every line."""
    paragraphs, spans, pos, k = [], [], 0, 0
    for size in sizes:
        text = ""
        for line in lines[k : k + size]:
            if text:
                text += " "
            spans.append((pos + len(text), pos + len(text) + len(line)))
            text += line
        k += size
        paragraphs.append(text)
        pos += len(text) + 1
    return "\n".join(paragraphs), spans


def documents(src: list[str], tgt: list[str], seed: int, per_doc: int = 4):
    """(source text, source line spans, target text, target line spans) per document."""
    rng = random.Random(seed)
    sizes = paragraph_sizes(len(src), rng)
    start = 0
    for d in range(0, len(sizes), per_doc):
        chunk = sizes[d : d + per_doc]
        n = sum(chunk)
        s_text, s_spans = join(src[start : start + n], chunk)
        t_text, t_spans = join(tgt[start : start + n], chunk)
        yield s_text, s_spans, t_text, t_spans
        start += n


def truth_groups(s_segs, t_segs, s_spans, t_spans) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for side, segs, spans in (("s", s_segs, s_spans), ("t", t_segs, t_spans)):
        for seg in segs:
            for li, (a, b) in enumerate(spans):
                if a < seg.end and seg.start < b:
                    parent[find((side, seg.id))] = find(("l", li))
    groups: dict = {}
    for side, segs in (("s", s_segs), ("t", t_segs)):
        for seg in segs:
            groups.setdefault(find((side, seg.id)), ([], []))[0 if side == "s" else 1].append(seg.id)
    return {(tuple(a), tuple(b)) for a, b in groups.values()}


def context(s_text: str, t_text: str, s_lang: str = "bg", t_lang: str = "en") -> RuleContext:
    return RuleContext(
        document=Document(t_text, "target", t_lang),
        segments=segment(t_text, t_lang),
        source_lang=s_lang,
        target_lang=t_lang,
        locale=LocaleFacts(s_lang, t_lang),
        source=Document(s_text, "source", s_lang),
        source_segments=segment(s_text, s_lang),
    )


def bilingual_findings(ctx: RuleContext) -> list[Finding]:
    # As the engine runs them, each problem once (a sentence reported as omitted).
    rules = [rule for rule in bilingual_rules() if rule.applies(ctx.source_lang, ctx.target_lang)]
    return report_once(run_rules(ctx, rules))


def alignment_accuracy(src: list[str], tgt: list[str], s_lang: str, t_lang: str) -> tuple[float, float, int, int]:
    right = strict = total = low = 0
    for s_text, s_spans, t_text, t_spans in documents(src, tgt, SEED):
        s_segs, t_segs = segment(s_text, s_lang), segment(t_text, t_lang)
        alignment = align_documents(
            Document(s_text, "s", s_lang), s_segs, Document(t_text, "t", t_lang), t_segs,
            source_lang=s_lang, target_lang=t_lang,
        )
        low += alignment.low_confidence
        truth = truth_groups(s_segs, t_segs, s_spans, t_spans)
        predicted = {(link.source_ids, link.target_ids) for link in alignment.links}
        group_of = {}
        for group in truth:
            for i in group[0]:
                group_of[("s", i)] = group
            for j in group[1]:
                group_of[("t", j)] = group
        wrong: set = set()
        for a, b in predicted:
            touched = {group_of[("s", i)] for i in a} | {group_of[("t", j)] for j in b}
            if len(touched) != 1 or not a or not b:
                wrong |= touched
        right += len(truth - wrong)
        strict += len(truth & predicted)
        total += len(truth)
    return right / total, strict / total, total, low


def human_false_alarms(corpora) -> tuple[int, int, Counter]:
    sentences = 0
    by_code: Counter = Counter()
    for src, tgt in corpora:
        for s_text, _, t_text, t_spans in documents(src, tgt, SEED):
            sentences += len(t_spans)
            for f in bilingual_findings(context(s_text, t_text)):
                if f.severity >= Severity.MAJOR:
                    by_code[f.code] += 1
    return sum(by_code.values()), sentences, by_code


def flagged_share(src: list[str], hyp: list[str]) -> tuple[float, float, float, Counter]:
    """(share of sentences with a major finding, share with any finding at
    minor or above, mean findings per sentence, major findings by code)."""
    major = minor = total = count = 0
    by_code: Counter = Counter()
    for s_text, _, t_text, t_spans in documents(src, hyp, SEED):
        findings = [f for f in bilingual_findings(context(s_text, t_text)) if f.severity >= Severity.MINOR]
        by_code.update(f.code for f in findings if f.severity >= Severity.MAJOR)
        count += len(findings)
        for a, b in t_spans:
            total += 1
            touching = [f for f in findings if a <= f.start < b or (f.start <= a < f.end)]
            major += any(f.severity >= Severity.MAJOR for f in touching)
            minor += bool(touching)
    return major / total, minor / total, count / total, by_code


# --- injected errors -----------------------------------------------------

_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{3,})\b")
_NOT_NAMES = set(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday".split()
)
_BG_CAPITALISED = re.compile(r"(?<=[^\W\d_,;] |[,;:] )([А-Я][а-я]{2,})")


def _key3(word: str) -> str:
    """First letters of a spelling-neutral key of a name, Cyrillic or Latin.
    Frozen here rather than borrowed from the checker (``name_key``), so that
    improving the checker's matching does not change which errors are
    injected."""
    latin = unicodedata.normalize("NFKD", transliterate(word).lower())
    latin = "".join(ch for ch in latin if "a" <= ch <= "z")
    for old, new in (
        ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("c", "k"), ("q", "k"),
        ("x", "ks"), ("w", "v"), ("ts", "s"), ("z", "s"),
    ):
        latin = latin.replace(old, new)
    latin = re.sub(r"(.)\1+", r"\1", latin)
    return re.sub(r"[aeiouy]+", "a", latin)[:4]


# English adjectives of names (Canadian, Spanish, Eastern) are capitalised
# in English but not in Bulgarian: they are not names on both sides.
_ADJECTIVE = re.compile(r"(?:ian|ean|ese|ish|ern|ic|an)$")


def real_names(src_line: str, tgt_line: str) -> list[re.Match[str]]:
    """Capitalised words of an English line that are proper names by
    evidence independent of the rules: a capitalised Bulgarian word inside
    the source line (Bulgarian capitalises only names) romanises to the same
    first letters, or the English word is a listed exonym of one. Ordinary
    words capitalised in English titles (Book, Command) have no such partner."""
    bg_words = _BG_CAPITALISED.findall(src_line)
    keys = {_key3(w) for w in bg_words}
    exo = {f for w in bg_words for f in _exonym_forms(w)}
    out = []
    for m in _NAME.finditer(tgt_line):
        word = m.group(1)
        if word in _NOT_NAMES or _ADJECTIVE.search(word):
            continue
        if _key3(word) in keys or any(word.lower().startswith(f) for f in exo):
            out.append(m)
    return out


def name_pool(src: list[str], tgt: list[str], lowercase: frozenset[str] = frozenset()) -> list[str]:
    """Replacement names: every real name (as above) of the corpus that is
    never written in lower case in the English texts (``lowercase``). A
    word that also occurs in lower case (University, North, Earth, Super,
    Drive) is an ordinary word capitalised in a title: putting it in place
    of a name replaces a name with a word, not with another name."""
    return sorted({m.group(1) for s, t in zip(src, tgt) for m in real_names(s, t)} - _capitalised(lowercase))


def _capitalised(words: frozenset[str]) -> set[str]:
    return {w[:1].upper() + w[1:] for w in words}


def lowercase_words(*texts: list[str]) -> frozenset[str]:
    return frozenset(w for lines in texts for line in lines for w in re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", line))


def unrepeated(src_line: str, tgt_line: str, names: list[re.Match[str]]) -> list[re.Match[str]]:
    """The names of ``names`` that the English line does not mention more
    often than the Bulgarian line does. Changing one of two mentions of a
    name that the source gives once (Greenland ... named it Greenland, for
    "открил Гренландия и й дал името") leaves the name in the translation:
    what is injected is an added name, not an altered one."""
    bg_keys = [_key3(w) for w in _BG_CAPITALISED.findall(src_line)]
    en_keys = [_key3(w) for w in re.findall(r"(?<![\w'’-])[A-Z][a-z]+", tgt_line)]
    out = []
    for m in names:
        # Mentions counted by key: Filipino and Philippines are one name.
        in_target = sum(1 for k in en_keys if k == _key3(m.group(1)))
        in_source = sum(1 for k in bg_keys if k == _key3(m.group(1))) or 1
        if in_target <= in_source:
            out.append(m)
    return out


def inject(kind: str, src: list[str], tgt: list[str], index: int, rng: random.Random, name_pool: list[str]):
    """A changed copy of the target lines, or None when line ``index`` does
    not offer this kind of error."""
    out = list(tgt)
    line = tgt[index]
    if kind == "number changed":
        numbers = list(re.finditer(r"\d+", line))
        if not numbers:
            return None
        m = rng.choice(numbers)
        digits = list(m.group(0))
        pos = rng.randrange(len(digits))
        digits[pos] = rng.choice([d for d in "0123456789" if d != digits[pos] and (pos or d != "0" or len(digits) == 1)])
        out[index] = line[: m.start()] + "".join(digits) + line[m.end() :]
    elif kind == "sentence dropped":
        out[index] = ""
    elif kind == "name altered":
        names = unrepeated(src[index], line, real_names(src[index], line))
        if not names:
            return None
        m = rng.choice(names)
        # Another real name, spelled differently, and not one the source
        # line has anyway (that would be a repeated name, not a changed one).
        source_keys = {_key3(w) for w in _BG_CAPITALISED.findall(src[index])}
        others = [n for n in name_pool if _key3(n) != _key3(m.group(1)) and _key3(n) not in source_keys]
        out[index] = line[: m.start(1)] + rng.choice(others) + line[m.end(1) :]
    elif kind == "left in Bulgarian":
        out[index] = src[index]
    return out


def detection(
    src: list[str], tgt: list[str], per_kind: int, lowercase: frozenset[str] = frozenset()
) -> dict[str, tuple[int, int]]:
    expected = {
        "number changed": {"TQ701"},
        "sentence dropped": {"TQ703"},
        "name altered": {"TQ702"},
        "left in Bulgarian": {"TQ706"},
    }
    pool = name_pool(src, tgt, lowercase)
    sizes = paragraph_sizes(len(src), random.Random(SEED))
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    results = {}
    for number, (kind, codes) in enumerate(expected.items()):
        # One random stream per kind, so that a change to how one kind is
        # injected leaves the samples of the others alone.
        rng = random.Random(SEED + number)
        hits = tries = 0
        attempts = 0
        while tries < per_kind and attempts < 50 * per_kind:
            attempts += 1
            p = rng.randrange(len(sizes))
            lo, size = starts[p], sizes[p]
            index = rng.randrange(size)
            s_lines, t_lines = src[lo : lo + size], tgt[lo : lo + size]
            changed = inject(kind, s_lines, t_lines, index, rng, pool)
            if changed is None:
                continue
            tries += 1
            s_text = " ".join(s_lines)
            before = sum(
                1 for f in bilingual_findings(context(s_text, " ".join(t_lines)))
                if f.code in codes and f.severity >= Severity.MAJOR
            )
            after = sum(
                1 for f in bilingual_findings(context(s_text, " ".join(x for x in changed if x)))
                if f.code in codes and f.severity >= Severity.MAJOR
            )
            hits += after > before
        results[kind] = (hits, tries)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--quick", action="store_true", help="fewer injected errors (50 per kind)")
    args = parser.parse_args()
    data = args.data
    flores = (read_lines(data / "flores200/flores200-devtest.bul"), read_lines(data / "flores200/flores200-devtest.eng"))
    ntrex = (read_lines(data / "ntrex128/ntrex128-newstest2019.bul"), read_lines(data / "ntrex128/ntrex128-newstest2019.eng"))

    print("== alignment (paragraphs of 5-10 sentences, 4 paragraphs a document)")
    for name, (src, tgt) in (("FLORES-200 devtest bul->eng", flores), ("NTREX-128 bul<->eng", ntrex)):
        t0 = time.perf_counter()
        right, strict, total, low = alignment_accuracy(src, tgt, "bg", "en")
        dt = time.perf_counter() - t0
        print(f"{name}: link accuracy {right:.2%} of {total} links (strict {strict:.2%}); "
              f"low-confidence documents {low}; {len(src) / dt:.0f} pairs/s aligned")

    print("\n== false alarms on human translations (major or above)")
    t0 = time.perf_counter()
    count, sentences, by_code = human_false_alarms([flores, ntrex])
    dt = time.perf_counter() - t0
    print(f"FLORES + NTREX: {count} findings in {sentences} sentences = {100 * count / sentences:.2f} per 100 "
          f"({', '.join(f'{c} {n}' for c, n in sorted(by_code.items()))})")
    print(f"throughput (segment + align + all TQ7xx rules): {sentences / dt:.0f} sentence pairs/s")

    print("\n== real MT outputs of FLORES bul->eng: share of sentences with a finding (major+, minor+), findings per sentence")
    scores = {}
    board = data / "mt-outputs" / "leaderboard-scores-bul-eng-flores200-devtest.tsv"
    for line in board.read_text("utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and not line.startswith("#"):
            scores[cells[0]] = float(cells[1])
    human = flagged_share(flores[0], flores[1])
    print(f"{'system':42s} {'major+':>7s} {'minor+':>7s} {'per sent':>8s}  chrF")
    print(f"{'human reference':42s} {human[0]:7.2%} {human[1]:7.2%} {human[2]:8.3f}")
    for path in sorted((data / "mt-outputs").glob("opus-mt-*.en")):
        system = path.name.split(".")[0]
        chrf = next((v for k, v in scores.items() if _system_key(k) == _system_key(system)), None)
        share, any_share, per_sentence, codes = flagged_share(flores[0], read_lines(path))
        chrf_text = f"{chrf:.3f}" if chrf is not None else "?"
        print(f"{system:42s} {share:7.2%} {any_share:7.2%} {per_sentence:8.3f}  {chrf_text}  "
              f"(major: {', '.join(f'{c} {n}' for c, n in sorted(codes.items()))})")
    print("The TQ7xx rules look for checkable artifacts (a changed number or name, a dropped or untranslated\n"
          "sentence), not for adequacy or fluency: a fluent paraphrase with a wrong meaning passes them, so\n"
          "these shares need not follow chrF, which measures closeness to the reference.")

    per_kind = 50 if args.quick else 200
    print(f"\n== injected errors in FLORES paragraphs (seed {SEED}, {per_kind} per kind; detected = a new major finding of the matching rule)")
    lowercase = lowercase_words(flores[1], ntrex[1])
    for kind, (hits, tries) in detection(*flores, per_kind, lowercase).items():
        print(f"{kind:20s} {hits}/{tries} = {hits / tries:.1%}")
    every = name_pool(*flores)
    found = [real_names(s, t) for s, t in zip(*flores)]
    kept = [unrepeated(s, t, names) for s, t, names in zip(*flores, found)]
    print(f"(name altered: {len(every) - len(name_pool(*flores, lowercase))} of {len(every)} candidate replacements "
          f"left out as ordinary words also written in lower case; {sum(map(len, found)) - sum(map(len, kept))} of "
          f"{sum(map(len, found))} names in FLORES left out as mentioned more often in the line than in its source)")
    return 0


def _system_key(name: str) -> str:
    """'Tatoeba-MT-models/bul-eng/opus-2020-07-03' and 'opus-mt-bul-eng-2020-07-03' -> 'bul-eng 2020-07-03'."""
    date = re.search(r"\d{4}-\d{2}-\d{2}", name)
    pair = re.search(r"(bul|mul|zls)-eng", name)
    big = "big" if ("big" in name or "tc-big" in name) else ""
    return f"{pair.group(0) if pair else ''} {date.group(0) if date else ''} {big}"


if __name__ == "__main__":
    sys.exit(main())

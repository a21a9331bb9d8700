"""Benchmark of the bilingual mode across languages (not a test; reads ../shared).

For every language of shared/data/multilingual and both directions:

- en->X: NTREX-128 (English news originals and their professional
  translations), real articles rebuilt with DOCUMENT_IDS.tsv;
- X->en: FLORES-200 devtest (translated from English too, so this direction
  is checked "backwards": the human English is the reference translation of
  the X text), cut into pseudo-articles of 10-20 consecutive lines.

Each article is written one line per paragraph (as the files have it) and
checked by tqcheck in-process through its command line (``--format json``,
rules only: ``--backtranslation off``, no baseline). Printed per pair and
direction:

1. false alarms on the human translations: findings per 100 target
   sentences at major or above and at every severity, by rule code;
2. detection rate per injected error type: one error injected into one line
   of one article per try, detected when the checked copy has a finding of
   the expected rules (at the expected severity) that the untouched article
   did not have (compared by code, message and sentence, since offsets
   move; the sentence the injection changed or added is one key in both);
3. throughput: sentence pairs per second over the false-alarm runs (segment,
   align, every rule, JSON report).

The injector is independent of the checker (its own name and word finding,
frozen here) and language-aware:

- number changed: one digit of a number of the target line that the source
  line has too (digits compared without separators), so the number keeps the
  target's own format; the new value is not in the source line;
- sentence dropped: the target line removed;
- name changed: a name of the target line (a capitalised English word never
  written in lower case in the English texts, paired by a romanised consonant
  key with a word of the other side: a capitalised word, an Arabic word, or
  a run of Chinese transliteration characters) replaced by another name found
  the same way in the same target corpus, with another key and not in the
  source line;
- sentence left in source language: the target line replaced by its source;
- word left untranslated: a target content word replaced by the source
  content word at the nearest relative position (content: not among the
  corpus' 300 most frequent words; lower case, or for caseless scripts not
  matching a name of the other side; at least 4 letters; for Chinese two
  Han characters that are not transliteration characters);
- source quotes kept: the target line's primary quotation marks (CLDR) and
  straight double quotes replaced by the source language's CLDR primary
  marks; only for pairs whose primary marks differ;
- sentence added: a line of another sampled article of the same target
  corpus put in after the line (a sentence the source never said);
- date changed: a month or a day of the week of the target line, written
  as CLDR's full name (or, in Chinese, its 9月 form), that the source
  line names too (CLDR's name, or a word with all of its letters but the
  last two), replaced by another month or day of the same CLDR table;
- unit changed: a figure of the target line that the source line has too,
  followed by a unit as CLDR writes it in the target language for that
  figure (Babel's format_unit, long or short: 20 Meter, 20 km), whose unit
  is replaced by its metric or imperial counterpart written the same way
  (20 Fuß, 20 mi), the figure kept unconverted; not a unit written as one
  of the corpus' 300 most frequent words (German in, inch, after 2014);
- number word changed: a number from 3 to 20 (not 10 or 12, rough counts
  as often) that the target line writes as num2words' cardinal word and
  the source line has too (a figure, or num2words' word in its language),
  replaced by num2words' word for the next number (four for three; 11 for
  9, 13 for 11), its first letter's case kept; only for languages num2words
  spells (not Bulgarian, Greek, Chinese; its Serbian is Latin).

    .venv/bin/python scripts/bench_multilingual.py [--data ../shared/data/multilingual]
        [--langs deu,fra | de,fr] [--directions en-x,x-en] [--max-docs 8] [--per-kind 12] [--seed N]
        [--kinds num,drop,name,srcsent,word,quotes,added,date,unit,numword | none] [--examples N] [--misses N]
        [--dump FALSE_ALARMS.jsonl] [--dump-tries INJECTIONS.jsonl]

A second --seed samples other articles and chunks: a held-out check for a
change tuned on the default sample.

Needs anyascii (the bench extra) for romanising names, num2words for number words.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.cli import main as tqcheck_main  # noqa: E402


def default_data() -> Path:
    """../shared/data/multilingual beside the checkout, or beside a folder
    above it (a worktree lives one level deeper than the main checkout)."""
    root = Path(__file__).resolve().parent.parent
    for folder in root.parents:
        if (folder / "shared" / "data" / "multilingual").is_dir():
            return folder / "shared" / "data" / "multilingual"
    return root.parent / "shared" / "data" / "multilingual"


DEFAULT_DATA = default_data()
SEED = 20240501

# file stem (NTREX) -> (BCP-47 tag, FLORES stem or None)
LANGUAGES: dict[str, tuple[str, str | None]] = {
    "bul": ("bg", "bul"),
    "rus": ("ru", "rus"),
    "ukr": ("uk", "ukr"),
    "srp-Cyrl": ("sr-Cyrl", None),
    "deu": ("de", "deu"),
    "fra": ("fr", "fra"),
    "spa": ("es", "spa"),
    "pol": ("pl", "pol"),
    "ces": ("cs", "ces"),
    "ell": ("el", "ell"),
    "ron": ("ro", "ron"),
    "tur": ("tr", "tur"),
    "zho_Hans": ("zh-Hans", "cmn_Hans"),
    "arb": ("ar", "ara"),
}
DIRECTIONS = ("en-x", "x-en")

KINDS = (
    "number changed",
    "sentence dropped",
    "name changed",
    "left in source language",
    "word untranslated",
    "source quotes kept",
    "sentence added",
    "date changed",
    "unit changed",
    "number word changed",  # (added last: each kind draws from its own generator, seeded by its place here)
)
UNTRANSLATED_CODES = frozenset({"TQ301", "TQ302", "TQ303", "TQ304", "TQ706", "TQ709"})
# kind -> (rule codes that should report it, lowest severity that counts)
EXPECTED: dict[str, tuple[frozenset[str], str]] = {
    "number changed": (frozenset({"TQ701"}), "major"),
    "sentence dropped": (frozenset({"TQ703"}), "major"),
    "name changed": (frozenset({"TQ702"}), "major"),
    "left in source language": (UNTRANSLATED_CODES, "major"),
    "word untranslated": (UNTRANSLATED_CODES, "major"),
    "source quotes kept": (frozenset({"TQ101", "TQ103", "TQ104", "TQ106", "TQ707"}), "minor"),
    "sentence added": (frozenset({"TQ704"}), "major"),
    "date changed": (frozenset({"TQ710"}), "major"),
    "unit changed": (frozenset({"TQ701"}), "major"),
    "number word changed": (frozenset({"TQ701"}), "major"),
}
SEVERITY_RANK = {"info": 0, "minor": 1, "major": 2, "critical": 3}
SHORT = {
    "number changed": "num",
    "sentence dropped": "drop",
    "name changed": "name",
    "left in source language": "srcsent",
    "word untranslated": "word",
    "source quotes kept": "quotes",
    "sentence added": "added",
    "date changed": "date",
    "unit changed": "unit",
    "number word changed": "numword",
}


# --- corpora -----------------------------------------------------------------


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text("utf-8").splitlines()]


@dataclass(frozen=True)
class Pair:
    """One language pair in one direction, with its sampled articles."""

    name: str  # en->de
    corpus: str
    source_lang: str
    target_lang: str
    source: list[str]  # every line of the corpus
    target: list[str]
    docs: list[tuple[int, int]]  # sampled articles as [start, end) line ranges
    english_is_target: bool


def ntrex_articles(data: Path) -> list[tuple[int, int]]:
    ids = read_lines(data / "ntrex128" / "DOCUMENT_IDS.tsv")
    spans, start = [], 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i].split("\t")[0] != ids[start].split("\t")[0]:
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


def sample(spans: list[tuple[int, int]], max_docs: int, seed: int) -> list[tuple[int, int]]:
    if max_docs >= len(spans):
        return spans
    return sorted(random.Random(seed).sample(spans, max_docs))


def load_pair(data: Path, stem: str, direction: str, max_docs: int, seed: int) -> Pair | None:
    tag, flores = LANGUAGES[stem]
    if direction == "en-x":
        source = read_lines(data / "ntrex128" / "eng.txt")
        target = read_lines(data / "ntrex128" / f"{stem}.txt")
        docs = sample(ntrex_articles(data), max_docs, seed)
        return Pair(f"en->{tag}", "NTREX-128 articles", "en", tag, source, target, docs, False)
    if flores is None:
        return None
    source = read_lines(data / "flores200" / f"{flores}.devtest")
    target = read_lines(data / "flores200" / "eng.devtest")
    docs = sample(flores_chunks(len(source), seed), max_docs, seed)
    return Pair(f"{tag}->en", "FLORES-200 devtest chunks", tag, "en", source, target, docs, True)


# --- running tqcheck -----------------------------------------------------------


@dataclass
class Runner:
    workdir: Path
    seconds: float = 0.0
    calls: int = 0

    def check(self, source: list[str], target: list[str], source_lang: str, target_lang: str) -> list[dict]:
        src, tgt, out = self.workdir / "source.txt", self.workdir / "target.txt", self.workdir / "report.json"
        src.write_text("\n".join(source) + "\n", "utf-8")
        tgt.write_text("\n".join(line for line in target if line is not None) + "\n", "utf-8")
        argv = [
            "check", str(tgt), "--source", str(src), "--source-lang", source_lang, "--target-lang", target_lang,
            "--format", "json", "-o", str(out), "--no-baseline", "--backtranslation", "off", "--color", "never",
        ]
        t0 = time.perf_counter()
        with contextlib.redirect_stderr(io.StringIO()) as err:
            rc = tqcheck_main(argv)
        self.seconds += time.perf_counter() - t0
        self.calls += 1
        if rc not in (0, 1):
            raise SystemExit(f"tqcheck failed (exit {rc}) on {source_lang}->{target_lang}: {err.getvalue().strip()}")
        report = json.loads(out.read_text("utf-8"))
        findings = []
        for doc in report["documents"]:
            texts = {seg["id"]: seg["text"] for seg in doc["segments"]}
            for f in doc["findings"]:
                findings.append({**f, "segment": texts.get(f.get("segment_id"))})
        return findings


def at_least(finding: dict, severity: str) -> bool:
    return SEVERITY_RANK[finding["severity"]] >= SEVERITY_RANK[severity]


def _finding_key(f: dict, other_text: str) -> tuple[str, str, str | None]:
    """A finding by code, message and sentence, so that offsets may move. Its
    sentence is its segment's text where ``other_text`` (the other version
    of the article) has that sentence too, else "changed": the sentence the
    injection changed, added or removed, the same key in both versions. (By
    code and message alone, a finding whose message does not name what it
    found, TQ704's, would be new only if the document had none of its kind
    before: one on the added sentence, with one elsewhere before that the
    change realigned away, was counted as no detection.)"""
    segment = f.get("segment")
    where = None if segment is None else segment if segment in other_text else "changed"
    return f["code"], f["message"], where


def new_findings(before: list[dict], after: list[dict], target: list[str], changed: list[str | None]) -> list[dict]:
    """The findings of the changed article (``changed``) that the untouched
    one (``target``) did not have (see _finding_key)."""
    before_text = "\n".join(target)
    after_text = "\n".join(line for line in changed if line is not None)
    keys = [_finding_key(f, before_text) for f in after]
    new = Counter(keys) - Counter(_finding_key(f, after_text) for f in before)
    out = []
    for f, key in zip(after, keys):
        if new[key] > 0:
            new[key] -= 1
            out.append(f)
    return out


# --- romanised name keys (frozen here, not borrowed from the checker) -----------

_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Characters Chinese uses to transliterate foreign names (the most common of
# the Xinhua transliteration table); a run of two or more of them is a
# candidate name, confirmed only by matching an English name of the line.
TRANSLIT_HAN = frozenset(
    "阿埃艾安奥巴拜班邦鲍贝本比彼宾波伯博布查达戴丹德登迪蒂丁东杜多尔厄恩法菲费芬弗福盖冈戈格古哈海汉豪赫亨胡"
    "华霍基吉加贾杰金卡凯坎康考科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利丽莉连林琳隆卢鲁伦罗洛马玛迈麦曼梅蒙米敏莫穆姆"
    "纳奈南内尼妮涅宁纽努诺欧帕潘佩彭皮普奇齐乔切琼萨塞桑瑟森沙莎尚舍施什舒斯松苏索塔泰坦汤唐特提汀图托瓦旺威韦"
    "维温沃乌伍西希锡谢辛休亚扬耶伊因英尤约扎詹泽朱兹佐·"
)
_TRANSLIT_RUN = re.compile("[" + "".join(sorted(TRANSLIT_HAN - {"·"})) + "]{2,}")
_ARABIC_PROCLITICS = ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
NOT_NAMES = frozenset(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday The This That These Those There Their They When Where What Which "
    "While After Before However But And For From With Without".split()
)
_DIGRAPHS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("sh", "s"), ("ch", "k"), ("ph", "f"), ("th", "t"),
             ("ck", "k"), ("ng", "n"), ("ts", "s"), ("tz", "s"), ("gh", "g"))
_CLASSES = str.maketrans("cqgxzpbvwjdmr", "kkkssbbffktnl")


def romanise(text: str) -> str:
    from anyascii import anyascii  # the bench extra; checked in main()

    latin = unicodedata.normalize("NFKD", anyascii(text).lower())
    return "".join(ch for ch in latin if "a" <= ch <= "z")


def consonant_key(word: str) -> str:
    """A spelling-neutral consonant skeleton: Trump, Трампа, Τραμπ, ترامب and
    特朗普 (te-lang-pu) all give 'tlnb'. Vowels, h, w and y go (Arabic writes
    long vowels with w and y and no short ones); similar consonants merge."""
    latin = romanise(word)
    for old, new in _DIGRAPHS:
        latin = latin.replace(old, new)
    latin = latin[:1] + re.sub(r"[aeiouyhw]", "", latin[1:])  # a first W or Y is a consonant
    latin = re.sub(r"^[aeiouh]", "", latin).translate(_CLASSES)
    return re.sub(r"(.)\1+", r"\1", latin)


def _script(word: str) -> str:
    return unicodedata.name(word[0], "?").split()[0]


def keys_match(a: str, b: str, chinese: bool = False) -> bool:
    """Whether two words are one name: in one script, one begins with the
    other but for an ending (Trump, Trumpa, Trump'ın); across scripts, one
    consonant key begins with the other and the romanised spellings are
    alike (Трампа, Τραμπ, ترامب; for Chinese, te-lang-pu)."""
    if _script(a) == _script(b):
        ra, rb = romanise(a), romanise(b)
        short, long_ = sorted((ra, rb), key=len)
        return len(short) >= 3 and long_.startswith(short[: max(3, len(short) - 1)]) and len(long_) - len(short) <= 4
    ka, kb = consonant_key(a), consonant_key(b)
    if len(ka) < 2 or len(kb) < 2:
        return False
    if chinese:  # syllables add and drop consonants: compare the whole skeletons loosely
        return ka[0] == kb[0] and SequenceMatcher(None, ka, kb).ratio() >= 0.75
    short, long_ = sorted((ka, kb), key=len)
    return long_.startswith(short[:3]) and SequenceMatcher(None, romanise(a), romanise(b)).ratio() >= 0.6


def english_names(line: str, lowercase: frozenset[str]) -> list[re.Match[str]]:
    """Capitalised English words after a lower-case word or a comma that are
    never written in lower case in the English texts and are no month, day
    or adjective of a name (Canadian)."""
    out = []
    for m in re.finditer(r"(?<=[a-z,;] )([A-Z][a-z]{2,})\b", line):
        word = m.group(1)
        if word in NOT_NAMES or word.lower() in lowercase or re.search(r"(?:ian|ean|ese|ish|ern)$", word):
            continue
        out.append(m)
    return out


def other_candidates(line: str, lang: str, lowercase: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans of words of a non-English line that may be names: capitalised
    words not at a sentence start and never written in lower case in that
    language's texts (``lowercase``), words without their proclitics
    (Arabic), runs of transliteration characters (Chinese)."""
    if lang.startswith("zh"):
        return [m.span() for m in _TRANSLIT_RUN.finditer(line)]
    spans = []
    for m in _WORD.finditer(line):
        if lang != "ar" and (not line[: m.start()].strip() or re.search(r"[.!?:«„\"“]\s*$", line[: m.start()])):
            continue
        if m.group(0).lower() in lowercase:
            continue
        word = m.group(0)
        if lang == "ar":
            start = m.start()
            for p in _ARABIC_PROCLITICS:
                if word.startswith(p) and len(word) - len(p) >= 3:
                    start += len(p)
                    break
            spans.append((start, m.end()))
        elif word[0].isupper() and len(word) >= 3:
            spans.append(m.span())
    return spans


def name_pairs(
    en_line: str, x_line: str, x_lang: str, lowercase: frozenset[str], x_lowercase: frozenset[str] = frozenset()
) -> list[tuple[re.Match, tuple]]:
    """(English name, span of the same name in the other line) pairs."""
    chinese = x_lang.startswith("zh")
    out = []
    candidates = other_candidates(x_line, x_lang, x_lowercase)
    for m in english_names(en_line, lowercase):
        same = [s for s in candidates if keys_match(m.group(1), x_line[s[0] : s[1]], chinese)]
        if len(same) == 1:
            out.append((m, same[0]))
    return out


# --- injection -------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:(?:[.,\u00a0\u202f\u2009']| (?=\d{3}(?!\d)))\d{3})*(?:[.,]\d+)?")


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@dataclass
class Context:
    """What the injector knows of a pair beyond one line."""

    pair: Pair
    source_quotes: tuple[str, str]
    target_quotes: tuple[str, str]
    lowercase_en: frozenset[str]
    lowercase_x: frozenset[str]  # words of the other language's texts written in lower case
    frequent_source: frozenset[str]
    frequent_target: frozenset[str]
    name_pool: list[str] = field(default_factory=list)


def inject(kind: str, ctx: Context, src: list[str], tgt: list[str], i: int, rng: random.Random) -> list[str] | None:
    """A changed copy of the article's target lines, or None when line ``i``
    offers no such error."""
    out = list(tgt)
    line, source_line = tgt[i], src[i]
    pair = ctx.pair
    if kind == "number changed":
        source_values = {digits(m.group(0)) for m in _NUMBER.finditer(source_line)}
        numbers = [m for m in _NUMBER.finditer(line) if digits(m.group(0)) in source_values]
        if not numbers:
            return None
        m = rng.choice(numbers)
        text = m.group(0)
        places = [k for k, ch in enumerate(text) if ch.isdigit()]
        for _ in range(20):
            k = rng.choice(places)
            choices = [d for d in "0123456789" if d != text[k] and (k != places[0] or d != "0" or len(places) == 1)]
            new = text[:k] + rng.choice(choices) + text[k + 1 :]
            if digits(new) not in source_values:
                out[i] = line[: m.start()] + new + line[m.end() :]
                return out
        return None
    if kind == "sentence dropped":
        out[i] = None  # type: ignore[call-overload]
        return out
    if kind == "sentence added":
        others = [(a, b) for a, b in pair.docs if pair.target[a:b] != tgt]
        if not others:
            return None
        a, b = rng.choice(others)
        out.insert(i + 1, pair.target[rng.randrange(a, b)])
        return out
    if kind == "left in source language":
        if source_line == line:
            return None
        out[i] = source_line
        return out
    if kind == "name changed":
        return _change_name(ctx, source_line, line, out, i, rng)
    if kind == "date changed":
        return _change_date(ctx, source_line, line, out, i, rng)
    if kind == "unit changed":
        return _change_unit(ctx, source_line, line, out, i, rng)
    if kind == "number word changed":
        return _change_number_word(ctx, source_line, line, out, i, rng)
    if kind == "word untranslated":
        return _leave_word(ctx, source_line, line, out, i, rng)
    if kind == "source quotes kept":
        if ctx.source_quotes == ctx.target_quotes:
            return None
        mapping = {ctx.target_quotes[0]: ctx.source_quotes[0], ctx.target_quotes[1]: ctx.source_quotes[1]}
        new, opened = [], False
        for k, ch in enumerate(line):
            if ch == '"':
                new.append(ctx.source_quotes[1] if opened else ctx.source_quotes[0])
                opened = not opened
            elif ch in mapping:
                new.append(mapping[ch])
            elif ch in "\u00a0\u202f " and pair.target_lang == "fr" and (
                (k > 0 and line[k - 1] == "«") or (k + 1 < len(line) and line[k + 1] == "»")
            ):
                continue  # French spaces inside « » go with the marks
            else:
                new.append(ch)
        changed = "".join(new)
        if changed == line:
            return None
        out[i] = changed
        return out
    raise ValueError(kind)


def _change_name(ctx: Context, source_line: str, line: str, out: list[str], i: int, rng: random.Random):
    pair = ctx.pair
    if pair.english_is_target:
        spans = [m.span(1) for m, _ in name_pairs(line, source_line, pair.source_lang, ctx.lowercase_en, ctx.lowercase_x)]
        source_names = [source_line[a:b] for _, (a, b) in name_pairs(line, source_line, pair.source_lang, ctx.lowercase_en, ctx.lowercase_x)]
    else:
        found = name_pairs(source_line, line, pair.target_lang, ctx.lowercase_en, ctx.lowercase_x)
        spans = [span for _, span in found]
        source_names = [m.group(1) for m, _ in found]
    # A name said once in the line: changing one of two mentions adds a name.
    spans = [(a, b) for a, b in spans if line.count(line[a:b]) == 1]
    if not spans:
        return None
    a, b = rng.choice(spans)
    chinese = pair.target_lang.startswith("zh")
    others = [
        n for n in ctx.name_pool
        if not keys_match(n, line[a:b], chinese) and not any(keys_match(n, s, chinese) for s in source_names)
        and n not in line
    ]
    if not others:
        return None
    out[i] = line[:a] + rng.choice(others) + line[b:]
    return out


@cache
def calendar_tables(lang: str) -> list[dict[tuple[str, int], str]]:
    """CLDR's tables of full month and day names of ``lang`` (format and
    stand-alone), and for Chinese its months in figures (9月); each table
    is one kind in one form, so a name's replacement agrees with it."""
    from babel import Locale

    locale = Locale.parse(lang.replace("-", "_"))
    widths = ("wide", "abbreviated") if lang.startswith("zh") else ("wide",)
    return [
        {(kind, n): v for n, v in names[context][width].items()}
        for kind, names in (("M", locale.months), ("D", locale.days))
        for context in ("format", "stand-alone")
        for width in widths
    ]


def _names_in(line: str, form: str) -> list[tuple[int, int]]:
    if _HAN.search(form) or form[0].isdigit():
        return [m.span() for m in re.finditer(("(?<!\\d)" if form[0].isdigit() else "") + re.escape(form), line)]
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", line, re.I)]


def _source_names(line: str, lang: str, concept: tuple[str, int]) -> bool:
    """Whether the source line names ``concept``: a CLDR form of it, or a
    word with all of a full name's letters but the last two (среду)."""
    words = [w.lower() for w in _WORD.findall(line)]
    for table in calendar_tables(lang):
        form = table.get(concept)
        if not form:
            continue
        if _names_in(line, form):
            return True
        stem = form.lower()[: max(4, len(form) - 2)]
        if " " not in form and len(form) >= 5 and any(w.startswith(stem) and len(w) <= len(form) + 3 for w in words):
            return True
    return False


def _change_date(ctx: Context, source_line: str, line: str, out: list[str], i: int, rng: random.Random):
    pair = ctx.pair
    lowercase = ctx.lowercase_en if pair.target_lang == "en" else ctx.lowercase_x
    options = []
    for table in calendar_tables(pair.target_lang):
        for concept, form in table.items():
            for a, b in _names_in(line, form):
                before = _WORD.findall(line[:a])
                if before and before[-1][0].isupper() and (len(before) > 1 or before[-1].lower() not in lowercase):
                    continue  # Theresa May: after a capitalised word (not On at the line's start), a name's
                if _source_names(source_line, pair.source_lang, concept):
                    options.append((a, b, concept, table))
    if not options:
        return None
    a, b, concept, table = rng.choice(options)
    new = rng.choice([v for k, v in table.items() if k[0] == concept[0] and k != concept and v.lower() != line[a:b].lower()])
    if line[a].isupper():
        new = new[0].upper() + new[1:]
    elif line[a].islower():
        new = new[0].lower() + new[1:]
    out[i] = line[:a] + new + line[b:]
    return out


# CLDR units and their counterpart in the other system, for "unit changed".
UNIT_SWAPS = {
    "length-meter": "length-foot", "length-foot": "length-meter", "length-kilometer": "length-mile",
    "length-mile": "length-kilometer", "length-centimeter": "length-inch", "length-inch": "length-centimeter",
    "mass-kilogram": "mass-pound", "mass-pound": "mass-kilogram",
    "speed-kilometer-per-hour": "speed-mile-per-hour", "speed-mile-per-hour": "speed-kilometer-per-hour",
}
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])")


def _unit_word(value: float, unit: str, length: str, lang: str) -> str | None:
    """The unit as CLDR writes it after ``value`` in ``lang`` (Meter, m),
    or None where the number does not come first (每小时20公里)."""
    from babel.numbers import format_decimal
    from babel.units import format_unit

    tag = lang.replace("-", "_")
    written, number = format_unit(value, unit, length=length, locale=tag), format_decimal(value, locale=tag)
    if not written.startswith(number):
        return None
    word = written[len(number) :].strip(" \u00a0\u202f")
    return word or None


def _change_unit(ctx: Context, source_line: str, line: str, out: list[str], i: int, rng: random.Random):
    pair = ctx.pair
    source_figures = {digits(m.group(0)) for m in _FIGURE.finditer(source_line)}
    options = []
    for m in _FIGURE.finditer(line):
        if digits(m.group(0)) not in source_figures:
            continue
        value = float(m.group(0).replace(",", "."))
        gap = re.match(r"[ \u00a0\u202f]?", line[m.end() :]).end()
        for unit, other in UNIT_SWAPS.items():
            for length in ("long", "short"):
                word = _unit_word(value, unit, length, pair.target_lang)
                new = _unit_word(value, other, length, pair.target_lang)
                at = m.end() + gap
                if word and word.lower() in ctx.frequent_target:
                    continue  # German in (inch) after 2014 is the preposition
                if word and new and line[at : at + len(word)].lower() == word.lower() and not re.match(r"\w", line[at + len(word) : at + len(word) + 1]):
                    options.append((at, at + len(word), new))
    if not options:
        return None
    a, b, new = rng.choice(options)
    out[i] = line[:a] + new + line[b:]
    return out


NUMBER_WORDS = [n for n in range(3, 21) if n not in (10, 12)]  # for "number word changed"


def _spelled(n: int, lang: str) -> str | None:
    """num2words' cardinal word for ``n`` in ``lang``, lower case; None
    where num2words does not spell that language."""
    from num2words import num2words

    try:
        return num2words(n, lang=lang.split("-")[0]).lower()
    except (NotImplementedError, KeyError, ValueError):
        return None


def _change_number_word(ctx: Context, source_line: str, line: str, out: list[str], i: int, rng: random.Random):
    pair = ctx.pair
    source_figures = {digits(m.group(0)) for m in _FIGURE.finditer(source_line)}
    options = []
    for n in NUMBER_WORDS:
        word, in_source = _spelled(n, pair.target_lang), _spelled(n, pair.source_lang)
        if not word or str(n) not in source_figures and not (in_source and _names_in(source_line, in_source)):
            continue
        following = next(k for k in range(n + 1, 30) if k not in (10, 12))
        new = _spelled(following, pair.target_lang)
        if new and new != word:
            options += [(a, b, new) for a, b in _names_in(line, word)]
    if not options:
        return None
    a, b, new = rng.choice(options)
    if line[a].isupper():
        new = new[0].upper() + new[1:]
    out[i] = line[:a] + new + line[b:]
    return out


def content_words(line: str, lang: str, frequent: frozenset[str], other_line: str, lowercase_en) -> list[tuple[int, int]]:
    """Spans of content words: not frequent, not a name, not a number."""
    if lang.startswith("zh"):
        out = []
        for m in re.finditer(r"[\u4e00-\u9fff]{2}", line):
            chars = m.group(0)
            if not any(c in TRANSLIT_HAN or c in frequent for c in chars):
                out.append(m.span())
        return out
    out = []
    english_caps = [w for w in re.findall(r"[A-Z][a-z]+", other_line)]
    for m in _WORD.finditer(line):
        word = m.group(0)
        if len(word) < 4 or word.lower() in frequent or "-" in word or "'" in word or "’" in word:
            continue
        caseless = unicodedata.category(word[0]) == "Lo"
        if not caseless and not word[0].islower():
            continue
        if caseless and any(keys_match(w, word) for w in english_caps):
            continue  # a caseless word (Arabic) that may be a name of the English line
        out.append(m.span())
    return out


def _leave_word(ctx: Context, source_line: str, line: str, out: list[str], i: int, rng: random.Random):
    pair = ctx.pair
    sources = content_words(source_line, pair.source_lang, ctx.frequent_source, line, ctx.lowercase_en)
    sources = [s for s in sources if source_line[s[0] : s[1]].lower() not in line.lower()]
    targets = content_words(line, pair.target_lang, ctx.frequent_target, source_line, ctx.lowercase_en)
    if not sources or not targets:
        return None
    s = rng.choice(sources)
    where = (s[0] + s[1]) / 2 / max(len(source_line), 1)
    a, b = min(targets, key=lambda t: abs((t[0] + t[1]) / 2 / max(len(line), 1) - where))
    out[i] = line[:a] + source_line[s[0] : s[1]] + line[b:]
    return out


# --- per pair --------------------------------------------------------------------


def quote_marks(tag: str) -> tuple[str, str]:
    """CLDR primary quotation marks of a locale, from tqcheck's CLDR extract."""
    table = json.loads((Path(__file__).resolve().parent.parent / "tqcheck" / "data" / "cldr_delimiters.json").read_text("utf-8"))
    locales = table["locales"]
    for key in (tag.replace("-", "_"), tag, tag.split("-")[0]):
        if key in locales:
            return locales[key][0], locales[key][1]
    raise SystemExit(f"no CLDR quotation marks for {tag}")


def frequent_words(lines: list[str], lang: str, n: int = 300) -> frozenset[str]:
    if lang.startswith("zh"):
        counts = Counter(ch for line in lines for ch in line if _HAN.match(ch))
        return frozenset(w for w, _ in counts.most_common(40))
    counts = Counter(w.lower() for line in lines for w in _WORD.findall(line))
    return frozenset(w for w, _ in counts.most_common(n))


def lowercase_words(lines: list[str]) -> frozenset[str]:
    return frozenset(w for line in lines for w in _WORD.findall(line) if w[0].islower())


def make_context(pair: Pair, english: list[str]) -> Context:
    lowercase = frozenset(w for line in english for w in re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", line))
    other = pair.source if pair.english_is_target else pair.target
    ctx = Context(
        pair=pair,
        source_quotes=quote_marks(pair.source_lang),
        target_quotes=quote_marks(pair.target_lang),
        lowercase_en=lowercase,
        lowercase_x=lowercase_words(other),
        frequent_source=frequent_words(pair.source, pair.source_lang),
        frequent_target=frequent_words(pair.target, pair.target_lang),
    )
    pool: set[str] = set()
    for s, t in zip(pair.source, pair.target):
        if pair.english_is_target:
            pool.update(m.group(1) for m, _ in name_pairs(t, s, pair.source_lang, lowercase, ctx.lowercase_x))
        else:
            pool.update(t[a:b] for _, (a, b) in name_pairs(s, t, pair.target_lang, lowercase, ctx.lowercase_x))
    # Names in the target's own script only: a Latin name in a Greek text is
    # a name left in the source script, another error.
    script = Counter(_script(ch) for line in pair.target[:200] for ch in line if ch.isalpha()).most_common(1)[0][0]
    ctx.name_pool = sorted(n for n in pool if _script(n) == script)
    return ctx


@dataclass
class PairResult:
    pair: Pair
    sentences: int = 0
    major: Counter = field(default_factory=Counter)
    every: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)  # code -> messages of major+ false alarms
    false_alarms: list = field(default_factory=list)  # every finding on the human translations
    detection: dict = field(default_factory=dict)  # kind -> (hits, tries, any_new_major)
    pairs_per_second: float = 0.0
    pool_size: int = 0
    misses: dict = field(default_factory=dict)  # kind -> undetected injections
    tries: list = field(default_factory=list)  # every injection: kind, hit, the changed line, its new findings


def run_pair(
    pair: Pair, english: list[str], runner: Runner, per_kind: int, seed: int, kinds: tuple[str, ...] = KINDS
) -> PairResult:
    result = PairResult(pair)
    before: dict[tuple[int, int], list[dict]] = {}
    seconds0 = runner.seconds
    for a, b in pair.docs:
        findings = runner.check(pair.source[a:b], pair.target[a:b], pair.source_lang, pair.target_lang)
        before[(a, b)] = findings
        result.sentences += b - a
        for f in findings:
            result.false_alarms.append({**f, "document": [a, b]})
            result.every[f["code"]] += 1
            if at_least(f, "major"):
                result.major[f["code"]] += 1
                result.examples.setdefault(f["code"], []).append(f["message"])
    result.pairs_per_second = result.sentences / max(runner.seconds - seconds0, 1e-9)

    ctx = make_context(pair, english)
    result.pool_size = len(ctx.name_pool)
    for number, kind in enumerate(KINDS):
        if kind not in kinds:
            result.detection[kind] = (0, 0, 0)
            continue
        codes, severity = EXPECTED[kind]
        rng = random.Random(seed * 31 + number)
        hits = tries = other = attempts = 0
        while tries < per_kind and attempts < 40 * per_kind:
            attempts += 1
            a, b = rng.choice(pair.docs)
            i = rng.randrange(b - a)
            src, tgt = pair.source[a:b], pair.target[a:b]
            changed = inject(kind, ctx, src, tgt, i, rng)
            if changed is None:
                continue
            tries += 1
            after = runner.check(src, changed, pair.source_lang, pair.target_lang)
            fresh = new_findings(before[(a, b)], after, tgt, changed)
            hit = any(f["code"] in codes and at_least(f, severity) for f in fresh)
            hits += hit
            changed_line = next((c for c, t in zip(changed, tgt) if c != t), None) if len(changed) == len(tgt) else None
            result.tries.append({
                "kind": kind, "hit": hit, "document": [a, b], "line": i, "source": src[i], "target": tgt[i],
                "changed": changed_line,
                "new": [{k: f.get(k) for k in ("code", "severity", "message")} for f in fresh],
            })
            if not hit and len(result.misses.setdefault(kind, [])) < 30:
                result.misses[kind].append({
                    "line": i, "source": src[i], "target": tgt[i], "changed": changed_line,
                    "new": [f"{f['code']} {f['severity']}: {f['message'][:150]}" for f in fresh],
                })
            other += any(at_least(f, "major") for f in fresh)
        result.detection[kind] = (hits, tries, other)
    return result


# --- output ----------------------------------------------------------------------


def per_100(count: int, sentences: int) -> float:
    return 100 * count / sentences if sentences else 0.0


def codes_text(counter: Counter, sentences: int) -> str:
    return ", ".join(f"{c} {per_100(n, sentences):.1f}" for c, n in counter.most_common())


def print_pair(r: PairResult) -> None:
    p = r.pair
    print(f"\n== {p.name}  ({p.corpus}: {len(p.docs)} documents, {r.sentences} sentences)")
    print(f"false alarms per 100 sentences: major+ {per_100(sum(r.major.values()), r.sentences):.1f}"
          f"  all {per_100(sum(r.every.values()), r.sentences):.1f}")
    print(f"  major+ by code: {codes_text(r.major, r.sentences) or '-'}")
    print(f"  all by code:    {codes_text(r.every, r.sentences) or '-'}")
    print(f"detection (replacement names in pool: {r.pool_size}):")
    for kind in KINDS:
        hits, tries, other = r.detection[kind]
        codes, severity = EXPECTED[kind]
        if not tries:
            print(f"  {kind:24s}   n/a (no line offers it)")
            continue
        print(f"  {kind:24s} {hits:3d}/{tries:<3d} = {hits / tries:6.1%}   any new major+ finding {other / tries:6.1%}"
              f"   [{'/'.join(sorted(codes))} {severity}+]")
    print(f"throughput: {r.pairs_per_second:.0f} sentence pairs/s (check incl. JSON report)")


def print_summary(results: list[PairResult]) -> None:
    print("\n== summary (FA: false alarms per 100 sentences; detection %; pairs/s)")
    head = f"{'pair':12s} {'sent':>5s} {'FA maj+':>7s} {'FA all':>7s} " + " ".join(f"{SHORT[k]:>7s}" for k in KINDS)
    print(head + f" {'pairs/s':>7s}  top major+ codes")
    for r in results:
        cells = []
        for kind in KINDS:
            hits, tries, _ = r.detection[kind]
            cells.append(f"{100 * hits / tries:6.0f}%" if tries else f"{'n/a':>7s}")
        top = ", ".join(f"{c} {per_100(n, r.sentences):.1f}" for c, n in r.major.most_common(3))
        print(f"{r.pair.name:12s} {r.sentences:5d} {per_100(sum(r.major.values()), r.sentences):7.1f} "
              f"{per_100(sum(r.every.values()), r.sentences):7.1f} " + " ".join(cells) + f" {r.pairs_per_second:7.0f}  {top}")
    total = Counter()
    sentences = 0
    for r in results:
        total.update(r.major)
        sentences += r.sentences
    print(f"all pairs: {sentences} sentences, major+ false alarms {per_100(sum(total.values()), sentences):.1f} per 100 "
          f"({codes_text(total, sentences)})")


def parse_langs(value: str | None) -> list[str]:
    if not value:
        return list(LANGUAGES)
    by_tag = {tag.lower(): stem for stem, (tag, _) in LANGUAGES.items()}
    by_tag.update({tag.split("-")[0].lower(): stem for stem, (tag, _) in LANGUAGES.items()})
    out = []
    for item in value.split(","):
        item = item.strip()
        stem = item if item in LANGUAGES else by_tag.get(item.lower())
        if stem is None:
            raise SystemExit(f"unknown language {item!r}; known: {', '.join(LANGUAGES)}")
        out.append(stem)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--langs", help="comma-separated: ISO 639-3 file stems (deu) or tags (de); default all")
    parser.add_argument("--directions", default="en-x,x-en", help="en-x, x-en or both (default)")
    parser.add_argument("--max-docs", type=int, default=20, help="articles (en-x) or 10-20 line chunks (x-en) sampled per pair")
    parser.add_argument("--per-kind", type=int, default=40, help="injected errors per kind and pair")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--kinds", help="comma-separated injected error kinds to run "
                        "(num,drop,name,srcsent,word,quotes,added,date,unit,numword); default all, 'none' for false alarms only")
    parser.add_argument("--examples", type=int, default=0, help="print this many major+ false-alarm messages per code")
    parser.add_argument("--misses", type=int, default=0, help="print this many undetected injections per kind")
    parser.add_argument("--dump", type=Path, help="write every false alarm (JSON lines, with its segment) to this file")
    parser.add_argument("--dump-tries", type=Path,
                        help="write every injected error (JSON lines: kind, hit, lines, new findings) to this file")
    args = parser.parse_args()
    try:
        import anyascii  # noqa: F401
        import num2words  # noqa: F401
    except ImportError as error:
        raise SystemExit(f"bench_multilingual needs {error.name}: pip install -e '.[bench]'") from None
    directions = [d.strip() for d in args.directions.split(",") if d.strip()]
    by_short = {v: k for k, v in SHORT.items()}
    if args.kinds in (None, "all"):
        kinds = KINDS
    elif args.kinds == "none":
        kinds = ()
    else:
        wanted = [k.strip() for k in args.kinds.split(",") if k.strip()]
        if any(k not in by_short for k in wanted):
            raise SystemExit(f"--kinds takes {', '.join(SHORT.values())}, all or none")
        kinds = tuple(by_short[k] for k in wanted)
    if any(d not in DIRECTIONS for d in directions):
        raise SystemExit(f"--directions takes {', '.join(DIRECTIONS)}")
    print(f"seed {args.seed}; sampled: {args.max_docs} documents per pair for false alarms, {args.per_kind} injected "
          f"errors per kind and pair inside those documents; detected = a new finding of the expected rules")
    for dump in (args.dump, args.dump_tries):
        if dump:
            dump.write_text("", "utf-8")
    results = []
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        runner = Runner(Path(tmp))
        for stem in parse_langs(args.langs):
            for direction in directions:
                pair = load_pair(args.data, stem, direction, args.max_docs, args.seed)
                if pair is None:
                    print(f"\n== {stem} {direction}: not in FLORES-200; skipped")
                    continue
                english = pair.target if pair.english_is_target else pair.source
                result = run_pair(pair, english, runner, args.per_kind, args.seed, kinds)
                print_pair(result)
                if args.examples:
                    for code, messages in sorted(result.examples.items()):
                        for message in messages[: args.examples]:
                            print(f"    {code}: {message[:200]}")
                for kind, missed in sorted(result.misses.items()):
                    for miss in missed[: args.misses]:
                        print(f"    MISS {SHORT[kind]} line {miss['line']}: {miss['source'][:160]}")
                        print(f"         target: {miss['target'][:160]}")
                        if miss["changed"] is not None:
                            print(f"         now:    {miss['changed'][:160]}")
                        for note in miss["new"]:
                            print(f"         new: {note}")
                results.append(result)
                if args.dump:
                    with args.dump.open("a", encoding="utf-8") as out:
                        for f in result.false_alarms:
                            out.write(json.dumps({"pair": pair.name, **f}, ensure_ascii=False) + "\n")
                if args.dump_tries:
                    with args.dump_tries.open("a", encoding="utf-8") as out:
                        for entry in result.tries:
                            out.write(json.dumps({"pair": pair.name, **entry}, ensure_ascii=False) + "\n")
                sys.stdout.flush()
    print_summary(results)
    print(f"\n{runner.calls} checks in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fast scans give what the plain regex gives.

Some rules find their matches by a cheaper route than ``pattern.finditer``
(a trigger on a rare literal, a line break instead of ``^``). Each route is
compared here with the plain regex on many random texts built from the
pieces the patterns care about, so a change to either side that makes them
differ fails.
"""

from __future__ import annotations

import heapq
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.rules import (
    _scripts,
    tq303_bulgarian_abbreviation,
    tq401_dateline,
    tq402_site_boilerplate,
    tq405_markup_residue,
    tq502_capital_after_dash,
    tq503_hyphen_as_dash,
    tq504_number_format,
)

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 3000


def texts(pieces: list[str], seed: int, longest: int = 14):
    rng = random.Random(seed)
    for _ in range(ROUNDS):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(1, longest)))


# --- TQ504: patterns that open with a run of digits -------------------------

# Pieces for each pattern: whole numbers of its kind, and digits and
# separators that glue onto them ("٣" is a decimal digit too, "²" is not).
_GLUE = ["1", "12", "0", "123", "٣", "²", ".", ",", " ", "x", "\n", "+", ":"]
NUMBER_PIECES = {
    "date": _GLUE + ["12.05.2025", "1.5.1999", "31.12.20", "05.2025", "v "],
    "time": _GLUE + ["10.30", "9.05", "23.59", " h", " h.", "h", "hours", " o'clock", "hrs", "a"],
    "decimal": _GLUE + ["3,5", "2.8", "10,25", "1.5", "%", " million", "km", " euros", "°", "a"],
    "group": _GLUE + ["50 000", "1 234", " 567", "\u00a0000", "7\u00a0", "12\u202f345", "\u202f", " ", "\t"],
}


def _number_patterns():
    yield "date", tq504_number_format._DOTTED_DATE, tq504_number_format._DATE_TRIGGER, 2
    yield "time", tq504_number_format._DOTTED_TIME, tq504_number_format._TIME_TRIGGER, 2
    yield "decimal", *tq504_number_format._decimal("."), None
    yield "decimal", *tq504_number_format._decimal(","), None


@pytest.mark.parametrize(("kind", "pattern", "trigger", "lead"), list(_number_patterns()))
def test_tq504_trigger_scan_finds_what_the_pattern_finds(kind, pattern, trigger, lead):
    seen = 0
    for text in texts(NUMBER_PIECES[kind], seed=504):
        plain = [(m.span(), m.groups()) for m in re.finditer(pattern, text)]
        fast = [(m.span(), m.groups()) for m in tq504_number_format.digit_runs(text, pattern, trigger, lead)]
        assert fast == plain, (pattern, text)
        seen += bool(plain)
    assert seen > 100  # the random texts do hold matches


# The regex for numbers grouped with spaces, as the rule wrote it before it had a trigger.
_GROUP_BEFORE = re.compile(
    r"[1-9](?<![\d.,:+]\d)(?<!\d[ \u00a0\u202f]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})+"
    r"(?!\d)(?![.,]\d)(?![ \u00a0\u202f]\d)"
)


@pytest.mark.parametrize("spaces", [" ", "\u00a0", " \u00a0\u202f"])
def test_tq504_space_group_scan_finds_what_the_old_pattern_found(spaces):
    """The rule builds the trigger from the space characters the text holds."""
    rule = tq504_number_format
    pieces = [p for p in NUMBER_PIECES["group"] if not set(p) & (set(" \u00a0\u202f") - set(spaces))]
    seen = 0
    for text in texts(pieces, seed=len(spaces)):
        held = "".join(c for c in rule._SPACES if c in text)
        trigger = rule._space_group_trigger(held) if held else None
        fast = [m.span() for m in rule.digit_runs(text, rule._SPACE_GROUP, trigger, 3)] if held else []
        assert fast == [m.span() for m in _GROUP_BEFORE.finditer(text)], text
        seen += bool(fast)
    assert seen > 50


# --- TQ503: the scan starts at the hyphen -----------------------------------

# The single regex TQ503 used before its scan started at the hyphen.
_HYPHEN_BEFORE = re.compile(
    r"[ \u00a0](?<=[\w.,;:)”\"’%°][ \u00a0])"
    r"(?!(?:(?<=\d[ \u00a0])|(?<=\d[\w%°][ \u00a0])|(?<=\d\w\w[ \u00a0]))-[ \u00a0][$£€]?\d)"
    r"-[ \u00a0](?=[\w(“\"‘])"
)
HYPHEN_PIECES = [
    " ", "\u00a0", "-", " - ", "- ", " -", "a", "Sofia", "9", "10th", "5pm", "3am", "x2",
    ".", ",", ")", "(", "“", "‘", '"', "%", "°", "$", "€", "\n", "–", "--",
]


def test_tq503_hyphen_scan_finds_what_the_old_pattern_found():
    seen = 0
    for text in texts(HYPHEN_PIECES, seed=503):
        before = [m.start() + 1 for m in _HYPHEN_BEFORE.finditer(text)]
        now = [
            m.start()
            for m in tq503_hyphen_as_dash._SPACED_HYPHEN.finditer(text)
            if not tq503_hyphen_as_dash._NUMBER_RANGE.match(text, m.start())
        ]
        assert now == before, text
        seen += bool(before)
    assert seen > 50


# --- TQ401, TQ402: patterns tried at line starts -----------------------------

LINE_PIECES = [
    "\n", "\n", "\r\n", "\r", " ", "\t", "Apr", "7", ",", " 2025", "09:34", " 144", "|", "07.04.2025",
    "2025-04-07", "Nov 21, 2024", "x", "The story", ".", "Read more", ": ", "Tags: Iraq", "Subscribe",
    "follow us on facebook", "Share", "©", "Последни новини от", "яну", "12 май 2024",
]


@pytest.mark.parametrize(
    "pattern",
    [tq401_dateline._DATELINE, tq402_site_boilerplate.boilerplate_pattern()],
    ids=["TQ401", "TQ402"],
)
def test_line_start_scan_finds_what_caret_finds(pattern):
    # A line starts at the text's start, after LF, or after a bare CR.
    caret = re.compile("(?:^|(?<=\r))(?:" + pattern.pattern.removeprefix("[\\n\\r]") + ")", pattern.flags)
    seen = 0
    for text in texts(LINE_PIECES, seed=401, longest=10):
        plain = [m.span() for m in caret.finditer(text)]
        assert list(tq401_dateline.line_spans(pattern, text)) == plain, text
        seen += bool(plain)
    assert seen > 50


# --- TQ303: the acronym alternation grouped by first letter ------------------


@pytest.mark.parametrize("script", ["latin", "cyrillic"])
def test_tq303_grouped_alternation_finds_what_the_flat_one_finds(script):
    """The alternation as it was before the grouping: every spelling, longest first."""
    table = tq303_bulgarian_abbreviation.table()
    lookup = table.latin_lookup if script == "latin" else table.cyrillic_lookup
    spellings = {s for entry in lookup.values() for s in entry.spellings}
    variants = spellings | {s[:1].upper() + s[1:] for s in spellings if s == s.lower()}

    def alternative(s: str) -> str:
        return re.escape(s).replace(r"\ ", r"\s+") + ("" if s.endswith(".") else r"(?![^\W_])")

    flat = re.compile("(?:" + "|".join(alternative(s) for s in sorted(variants, key=len, reverse=True)) + ")")
    grouped = getattr(table, script)
    pieces = sorted(variants) + [s.lower() for s in variants] + [" ", "  ", "-", ".", "x", "\n", "s"]
    seen = 0
    for text in texts(pieces, seed=303, longest=6):
        plain = [m.span() for m in flat.finditer(text)]
        assert [m.span() for m in grouped.finditer(text)] == plain, text
        seen += bool(plain)
    assert seen > 1000


# --- TQ3xx: a letter of another script, without a class of every other block --


@pytest.mark.parametrize("lang", ["en", "bg", "zh", "ja", "ar", "el", "hy", "ko", "xx-unknown"])
def test_other_script_probe_finds_what_the_class_of_every_other_block_finds(lang):
    """The regex it replaced: one class of the blocks of every script but the target's."""
    from tqcheck.writing_systems import char_class

    blocks = char_class(_scripts._ALL_SCRIPTS - _scripts.target_scripts(lang))
    plain = re.compile(f"[{blocks}](?<=[^\\W\\d_])")
    probe = _scripts.other_script_letter(lang)
    letters = "".join(chr(c) for c in range(0x20, 0x30000) if chr(c).isalpha() or c % 97 == 0)
    hits = [m.start() for m in plain.finditer(letters)]
    found, pos = [], 0
    while (m := probe.search(letters, pos)) is not None:
        found.append(m.start())
        pos = m.end()
    assert found == hits and len(hits) > 1000
    for text in texts(["a", "я", "中", "α", "ʼ", "1", " ", "_", "́", "ﬀ", "Ａ", "ア", "𠀀"], seed=301):
        expected = plain.search(text, 1, len(text) - 1)
        got = probe.search(text, 1, len(text) - 1)
        assert (got and got.span()) == (expected and expected.span()), text


# --- TQ405, TQ502: one pattern per opening literal ---------------------------

# The single regexes the rules used before they were split by literal.
_RESIDUE_BEFORE = re.compile(
    r"<\s*/?\s*(?:p|br|div|span|a|b|i|u|em|strong|li|ul|ol|h[1-6]|img|table|tr|td|th|font|sup|sub|small|"
    r"blockquote|figure|figcaption|iframe|script|style|section|article|header|footer|nav|hr)\b[^<>\n]{0,200}?/?\s*>"
    r"|&(?:nbsp|amp|quot|apos|lt|gt|ndash|mdash|laquo|raquo|bdquo|ldquo|rdquo|hellip|#\d{2,6}|#x[0-9a-fA-F]{2,5});"
)
_AFTER_DASH_BEFORE = re.compile(r"[–—-](?<=\w[ \u00a0][–—-])[ \u00a0]([A-Z][a-z]*)\b")


def test_tq405_tag_and_entity_scans_find_what_the_old_pattern_found():
    pieces = ["<", ">", "/", "</p>", "< /p>", "<br/>", "<b", "p", "a title=", '"', "&", "&amp;", "&nbsp;",
              "&#123;", "&lt", ";", " ", "\n", "x"]
    seen = 0
    for text in texts(pieces, seed=405):
        plain = [m.span() for m in _RESIDUE_BEFORE.finditer(text)]
        assert [m.span() for m in tq405_markup_residue.residue(text)] == plain, text
        seen += bool(plain)
    assert seen > 50


def test_tq502_dash_scans_find_what_the_old_pattern_found():
    pieces = ["–", "—", "-", " – ", " - ", "\u00a0— ", " ", "\u00a0", "a", "9", "A", "The", "Former", "Sofia", ".", "\n"]
    seen = 0
    for text in texts(pieces, seed=502):
        plain = [m.span(1) for m in _AFTER_DASH_BEFORE.finditer(text)]
        now = heapq.merge(*(p.finditer(text) for p in tq502_capital_after_dash._AFTER_DASH), key=re.Match.start)
        assert [m.span(1) for m in now] == plain, text
        seen += bool(plain)
    assert seen > 50


# --- a check without a source leaves the bilingual rules unimported ------------


def test_a_check_without_a_source_imports_no_bilingual_rule():
    probe = (
        "import sys\n"
        "from tqcheck.config import Config\n"
        "from tqcheck.engine import check_document\n"
        "from tqcheck.model import Document\n"
        "check_document(Document(text='The talks began on 12.05.2025. They ended.\\n', path='x', language='en'),"
        " Config())\n"
        "print(sorted(m for m in sys.modules if m.startswith(('tqcheck.rules.bilingual', 'tqcheck.alignment'))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_the_command_line_without_a_source_imports_no_bilingual_module():
    # The whole `check` path (suppression warnings, signature) too, not only the engine.
    probe = (
        "import sys\n"
        "from tqcheck.cli import main\n"
        "main(['check', '--backtranslation', 'off', '--no-baseline', '-o', sys.argv[1], sys.argv[2]])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('tqcheck.rules.bilingual', 'tqcheck.alignment'))))\n"
    )
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        args = [f"{folder}/report.txt", str(ROOT / "seeds" / "fakti-iraq-militias-disarm.txt")]
        proc = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "fixtures").glob("*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_a_check_without_a_source_finds_what_every_rule_finds(path):
    from tqcheck.config import Config
    from tqcheck.engine import check_document
    from tqcheck.model import Document
    from tqcheck.rules import all_rules

    try:
        doc = Document(text=path.read_text("utf-8"), path=str(path), language="en")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8 (a fixture for the decoder)")
    assert check_document(doc, Config()).findings == check_document(doc, Config(), rules=all_rules()).findings


def test_tq303_alternation_is_the_same_whatever_the_order_of_spellings():
    # Built from a set: with string hashing randomised per process, a
    # length-only sort left equal-length spellings in a different order at
    # each run, a new pattern to compile (and cache) every time.
    spellings = tq303_bulgarian_abbreviation.table().latin_spellings
    shuffled = list(spellings)
    random.Random(7).shuffle(shuffled)
    first = tq303_bulgarian_abbreviation._compile(spellings)
    assert first is not None
    assert tq303_bulgarian_abbreviation._compile(tuple(shuffled)).pattern == first.pattern


# --- langid: function words counted over distinct words ------------------------


def test_function_word_scores_equal_the_share_over_every_word():
    """The definition it replaced: a list of every lowered word, scanned once
    per language (memory of a list of every word of a 20 MB text)."""
    from tqcheck import langid

    def over_every_word(text):
        words = [w.lower() for w in langid._WORD.findall(text)]
        if not words:
            return {}
        return {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in langid._profiles().items()}

    samples = ["", "123 456", "The cat and the dog were in the garden.", "Котката и кучето са в градината. И THE и the.",
               "Der Hund und die Katze sind im Garten, the end.", "Le chat et le chien. " * 50]
    for text in samples:
        assert langid.function_word_scores(text) == over_every_word(text), text

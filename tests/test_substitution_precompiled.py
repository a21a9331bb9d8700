"""The substitution tables' precompiled form (tqcheck.rules.tables.PRECOMPILED,
written by scripts/gen_substitution_tables.py): the file is exactly what
the tables give now, a check reads the tables from it and does not parse
them, and a table edited since is parsed as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.data import data_bytes, data_text
from tqcheck.rules import all_rules, tables
from tqcheck.rules.kinds import substitution

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"


@pytest.fixture
def fresh_caches():
    """The tables' per-process caches emptied before and after a test."""
    cached = (tables.load_table, tables.precompiled, tables._precompiled_file, substitution.compiled_table,
              substitution._scanner)

    def clear():
        for function in cached:
            function.cache_clear()

    clear()
    yield clear
    clear()


def test_the_file_is_what_the_tables_give():
    all_rules()  # every table registers as its rule loads
    assert sorted(substitution._REGISTERED) == ["calques.tsv", "perspective.tsv"]
    assert data_bytes(*tables.PRECOMPILED) == substitution.precompiled_bytes(), (
        "a substitution table changed: run python scripts/gen_substitution_tables.py"
    )


def test_tables_and_key_words_from_the_file_equal_those_parsed(fresh_caches, monkeypatch):
    all_rules()
    names = sorted(substitution._REGISTERED)
    from_file = {n: (tables.load_table(n), substitution.compiled_table(n)) for n in names}
    assert all(tables.precompiled(n) is not None for n in names)
    fresh_caches()
    monkeypatch.setattr(tables, "_precompiled_file", lambda: ({}, None))
    parsed = {n: (tables.load_table(n), substitution.compiled_table(n)) for n in names}
    for name in names:
        assert from_file[name][0] == parsed[name][0] == tables.parse_table(data_text(name), name)
        assert all("leads" in vars(e) for e in from_file[name][0])  # given, not read off the phrase again
        assert [e.leads for e in from_file[name][0]] == [e.leads for e in parsed[name][0]]
        assert from_file[name][1].by_keyword == parsed[name][1].by_keyword
        assert from_file[name][1].everywhere == parsed[name][1].everywhere
        assert len(from_file[name][0]) > 10


def test_the_scanner_from_the_file_equals_the_one_built(fresh_caches, monkeypatch):
    all_rules()
    names = frozenset(substitution._REGISTERED)
    assert tables.precompiled_extra()[0] == tuple(sorted(names))
    with monkeypatch.context() as patched:
        patched.setattr(substitution, "_scanner_parts", None)  # not built: read
        from_file = substitution._scanner(names)
    fresh_caches()
    monkeypatch.setattr(tables, "_precompiled_file", lambda: ({}, None))
    built = substitution._scanner(names)
    assert from_file[1] == built[1] and len(built[1]) > 100
    assert [p.pattern for p in from_file[0]] == [p.pattern for p in built[0]]
    # A set of tables other than the registered one builds its own.
    assert substitution._scanner(frozenset({"perspective.tsv"}))[1].keys() < built[1].keys()


def test_an_edited_table_is_parsed_not_read_from_the_file(fresh_caches, monkeypatch):
    text = data_text("calques.tsv")
    line = next(x for x in text.splitlines() if x.startswith("official (cabinet|government)\t"))
    edited = text.replace(line, line.replace("official", "officious", 1))
    monkeypatch.setattr(tables, "data_text", lambda name: edited if name == "calques.tsv" else data_text(name))
    assert tables.precompiled("calques.tsv") is None
    assert "officious (cabinet|government)" in {e.phrase for e in tables.load_table("calques.tsv")}
    assert "officious" in substitution.compiled_table("calques.tsv").by_keyword
    assert tables.precompiled("perspective.tsv") is not None  # the other table is unchanged
    names = frozenset({"calques.tsv", "perspective.tsv"})
    assert "officious" in substitution._scanner(names)[1]  # the stored scanner no longer fits: built again


@pytest.mark.parametrize("content", [b"", b"not marshal", b"\xe9*\x00\x00\x00"])
def test_an_unreadable_or_foreign_file_means_parsing(fresh_caches, monkeypatch, content):
    monkeypatch.setattr(tables, "data_bytes", lambda *parts: content)
    assert tables.precompiled("calques.tsv") is None
    assert len(tables.load_table("calques.tsv")) > 100


def test_a_check_does_not_parse_the_tables():
    probe = (
        "import sys; from tqcheck.rules import tables, regex_source; "
        "calls = []; tables.parse_table = lambda *a, **k: calls.append(a[1]); "
        "regex_source.phrase_keywords = lambda *a: calls.append(a[0]); "
        "from tqcheck.cli import main; code = main(sys.argv[1:]); print(code, calls)"
    )
    done = subprocess.run([sys.executable, "-c", probe, "check", "--backtranslation", "off", str(SEED)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "1 []", done.stderr[-2000:]

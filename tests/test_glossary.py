"""Terminology: a glossary (CSV, TSV, TBX) read by TQ801 (a source term's
required translation missing) and TQ802 (a forbidden target term used),
named with --glossary or `glossary = FILE` in the configuration."""

from __future__ import annotations

import json

import pytest

from tests.helpers import check_text
from tqcheck.cli import main
from tqcheck.errors import InputError
from tqcheck.glossary import find_term, load_glossary

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
 <termEntry id="c1">
  <langSet xml:lang="en"><tig><term>European Commission</term></tig></langSet>
  <langSet xml:lang="de">
   <tig><term>Europäische Kommission</term></tig>
   <tig><term>EU-Kommission</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
 </termEntry>
 <termEntry id="c2">
  <langSet xml:lang="en"><tig><term>weather</term></tig></langSet>
  <langSet xml:lang="de-DE"><tig><term>Wetter</term></tig></langSet>
  <langSet xml:lang="fr"><tig><term>temps</term></tig></langSet>
 </termEntry>
</body></text></martif>
"""
SOURCE = "The European Commission said the weather was fine.\n"
GOOD = "Die Europäische Kommission sagte, das Wetter sei gut.\n"
BAD = "Die EU-Kommission sagte, das Klima sei gut.\n"


@pytest.fixture
def glossaries(tmp_path):
    csv_path = tmp_path / "terms.csv"
    csv_path.write_text("source,target,forbidden\nEuropean Commission,Europäische Kommission,EU-Kommission\n"
                        "weather,Wetter,\n# a comment\n\n", "utf-8")
    tsv_path = tmp_path / "terms.tsv"
    tsv_path.write_text("European Commission\tEuropäische Kommission | Kommission\tEU-Kommission\n"
                        "weather\tWetter\t\n", "utf-8")
    tbx_path = tmp_path / "terms.tbx"
    tbx_path.write_text(TBX, "utf-8")
    return {"csv": str(csv_path), "tsv": str(tsv_path), "tbx": str(tbx_path)}


@pytest.mark.parametrize("kind", ["csv", "tsv", "tbx"])
def test_every_format_gives_the_same_terms(glossaries, kind):
    entries = load_glossary(glossaries[kind], "en", "de").entries
    assert [e.source for e in entries] == [("European Commission",), ("weather",)]
    assert entries[0].target[0] == "Europäische Kommission" and entries[0].forbidden == ("EU-Kommission",)
    assert entries[1].target == ("Wetter",)


@pytest.mark.parametrize("kind", ["csv", "tsv", "tbx"])
def test_required_and_forbidden_terms(glossaries, kind):
    options = {code: {"glossary": glossaries[kind]} for code in ("TQ801", "TQ802")}

    def found(target, source=SOURCE):
        return [(f.code, f.severity.label) for f in check_text(
            target, select=("TQ8",), source=source, source_lang="en", target_lang="de", options=options)]

    assert found(GOOD) == []
    assert sorted(found(BAD)) == [("TQ801", "major"), ("TQ802", "major")]
    # Without a source, the forbidden term is still found; the required ones need one.
    assert [f.code for f in check_text(BAD, select=("TQ8",), target_lang="de", options=options)] == ["TQ802"]


def test_inflected_terms_match():
    assert find_term("Kommission", "die Kommissionen der Union") is not None
    assert find_term("комисия", "Европейската комисията реши") is not None
    assert find_term("European Commission", "the European Commissioner") is not None  # one inflection step
    assert find_term("Wetter", "das Wettbewerbsrecht") is None
    assert find_term("欧盟委员会", "欧盟委员会表示") == (0, 5)


def test_without_a_glossary_the_rules_are_silent():
    assert check_text(BAD, select=("TQ8",), source=SOURCE, source_lang="en", target_lang="de") == []


def test_a_glossary_from_the_command_line_and_from_the_configuration(glossaries, tmp_path, capsys, monkeypatch):
    (tmp_path / "s.txt").write_text(SOURCE, "utf-8")
    (tmp_path / "t.txt").write_text(BAD, "utf-8")
    argv = ["check", str(tmp_path / "t.txt"), "--source", str(tmp_path / "s.txt"), "--source-lang", "en",
            "--target-lang", "de", "--backtranslation", "off", "--no-baseline", "--format", "json", "--select", "TQ8"]
    assert main([*argv, "--glossary", glossaries["csv"]]) == 1
    codes = sorted(f["code"] for f in json.loads(capsys.readouterr().out)["documents"][0]["findings"])
    assert codes == ["TQ801", "TQ802"]
    # glossary = "terms.tsv" in tqcheck.toml is read from the configuration's folder.
    (tmp_path / "tqcheck.toml").write_text('glossary = "terms.tsv"\n', "utf-8")
    monkeypatch.chdir(tmp_path.parent)
    assert main(argv) == 1
    codes = sorted(f["code"] for f in json.loads(capsys.readouterr().out)["documents"][0]["findings"])
    assert codes == ["TQ801", "TQ802"]


@pytest.mark.parametrize(("name", "content", "says"), [
    ("missing.csv", None, "cannot read the glossary"),
    ("terms.xlsx", "x", "unknown glossary format"),
    ("bad.csv", "weather,,\n", "bad.csv:1: the source term 'weather' has no target term"),
    ("bad.tsv", "\tWetter\t\n", "target terms without a source term"),
    ("bad.tbx", "<martif><text>", "not a well-formed TBX file"),
    ("latin1.csv", b"caf\xe9,Kaffee\n", "not UTF-8"),
    ("long.tsv", "a" * 200_000 + "\tb\n", "long.tsv:1: a cell is longer than 131,072 characters"),
    ("huge.csv", "weather,Wetter\n" * 20_000, "larger than 250,000 bytes"),
])
def test_a_bad_glossary_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch, name, content, says):
    monkeypatch.setattr("tqcheck.glossary.MAX_BYTES", 250_000)  # read whole, so bounded like any input
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, "utf-8")
    (tmp_path / "t.txt").write_text(BAD, "utf-8")
    code = main(["check", str(tmp_path / "t.txt"), "--target-lang", "de", "--glossary", str(path), "--no-baseline"])
    err = capsys.readouterr().err
    assert code == 2 and says in err and err.count("\n") == 1 and "Traceback" not in err
    with pytest.raises(InputError):
        load_glossary(str(path), "en", "de")


def test_a_rule_table_names_a_glossary_too(glossaries, tmp_path, capsys, monkeypatch):
    # [rules.TQ801] glossary = "FILE" is the rule's declared option, a string
    # like the top-level key, and read from the configuration's folder too.
    (tmp_path / "s.txt").write_text(SOURCE, "utf-8")
    (tmp_path / "t.txt").write_text(BAD, "utf-8")
    (tmp_path / "tqcheck.toml").write_text('[rules.TQ801]\nglossary = "terms.tsv"\n', "utf-8")
    monkeypatch.chdir(tmp_path.parent)
    argv = ["check", str(tmp_path / "t.txt"), "--source", str(tmp_path / "s.txt"), "--source-lang", "en",
            "--target-lang", "de", "--backtranslation", "off", "--no-baseline", "--format", "json", "--select", "TQ8"]
    assert main(argv) == 1
    assert [f["code"] for f in json.loads(capsys.readouterr().out)["documents"][0]["findings"]] == ["TQ801"]


@pytest.mark.parametrize("setting", ['glossary = 3', 'glossary = ""', '[rules.TQ802]\nglossary = 5'])
def test_a_glossary_setting_that_is_no_file_name_is_a_configuration_error(tmp_path, capsys, setting):
    (tmp_path / "t.txt").write_text(BAD, "utf-8")
    (tmp_path / "tqcheck.toml").write_text(setting + "\n", "utf-8")
    code = main(["check", str(tmp_path / "t.txt"), "--target-lang", "de", "--config", str(tmp_path / "tqcheck.toml"),
                 "--no-baseline", "--backtranslation", "off"])
    err = capsys.readouterr().err
    assert code == 2 and "glossary must be a string" in err and err.count("\n") == 1


# --- the term index: what a scan entry by entry finds, at the cost of the text's words ----------


def _scan(entries, terms_of, text):
    """The rules' old way: every term of every entry tried on the text."""
    return [(e, t, find_term(t, text)) for e in entries for t in terms_of(e) if find_term(t, text) is not None]


def test_the_term_index_finds_what_a_scan_of_every_entry_finds():
    from tqcheck.glossary import Entry, TermIndex

    terms = ["Commission", "European Commission", "tax", "Tax office", "комисия", "Kommission", "EU", "idea",
             "ideas", "İstanbul", "人工智能", "智", "data protection officer", "protect", "off", "offic"]
    entries = tuple(Entry((t,), (), (f"{t} x",), i + 1) for i, t in enumerate(terms))
    texts = ["The european commissioner met the Commission's tax officials.", "Комисията реши.",
             "Kommissionen und Kommissionsmitglieder", "EU, eu and Eu; the idea of ideas.",
             "İSTANBUL and istanbul", "我们研究人工智能和智慧。", "The data protection officers protected it.",
             "offer office officer offices", "", "x"]
    index = TermIndex(entries, lambda e: e.source)
    for text in texts:
        assert index.matches(text) == _scan(entries, lambda e: e.source, text), text


def test_a_large_glossary_costs_the_text_not_the_glossary():
    from tests.helpers import growth
    from tqcheck.glossary import Entry, TermIndex

    def word(i: int) -> str:  # eight letters, the first six (the stem find_term keeps) differ
        return "".join(chr(97 + (i // 26**k) % 26) for k in range(6)) + "on"

    def make(n: int) -> TermIndex:
        entries = tuple(Entry((f"{word(i)} {word(i + 1)}",), (f"ziel{i}",), (), i + 1) for i in range(n))
        return TermIndex(entries, lambda e: e.source)

    text = f"The {word(17)} {word(18)} and the {word(900)}s {word(901)} are here; " * 20
    wanted = [f"{word(17)} {word(18)}", f"{word(900)} {word(901)}"]
    small, large = make(1_000), make(64_000)
    assert [t for _, t, _ in small.matches(text)] == wanted
    assert [t for _, t, _ in large.matches(text)] == wanted
    # 64 times the glossary: about the same time for the same text (a scan took 64 times as long)
    ratio = growth(lambda index: index.matches(text), lambda n: small if n == 1 else large, 1, size_of=lambda _: 1)
    assert ratio < 2 * 4, ratio

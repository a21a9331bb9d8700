"""Hostile input: one line and exit 2 instead of a traceback, no waiting on
a cache that cannot work, no setting of the wrong type taken silently, and
time linear in the size of the input (the commit hook must not stall).

Each case here was a reproduction in the issue "Hostile input: no traceback,
no replaced device, no silent pass, no quadratic stall".
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import sqlite3
from pathlib import Path

import pytest
from helpers import growth, one_line_error
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tqcheck.backtranslation import cache as cache_module
from tqcheck.backtranslation.cache import CacheUnusable, TranslationCache
from tqcheck.cli import main
from tqcheck.config import Config, from_mapping, load_file, with_flags
from tqcheck.errors import ConfigError, InputError

ROOT = Path(__file__).resolve().parent.parent


def check(*argv):
    return ["check", "--backtranslation", "off", *map(str, argv)]


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The price rose sharply today.\n", "utf-8")
    return path


# --- 1. one line, exit 2 --------------------------------------------------------


@pytest.mark.parametrize("encoding", ["rot13", "rot_13", "base64", "bz2", "zlib", "hex", "uu", "quopri", "undefined"])
def test_a_codec_that_is_not_a_text_encoding_is_one_line(capsys, article, encoding):
    one_line_error(capsys, check(article, "--encoding", encoding), encoding, "not a text encoding")


@pytest.mark.parametrize("encoding", ["", "no-such-codec", "utf-8\x00"])
def test_an_unknown_encoding_is_one_line(capsys, article, encoding):
    one_line_error(capsys, check(article, "--encoding", encoding), "encoding")


def test_an_encoding_that_makes_lone_surrogates_is_not_text(capsys, tmp_path):
    # raw_unicode_escape turns "\ud800" into a lone surrogate, which no
    # report can be written in: refused like any undecodable input.
    path = tmp_path / "esc.txt"
    path.write_bytes(b"A sentence \\ud800 here.\n")
    one_line_error(capsys, check(path, "--encoding", "raw_unicode_escape"), "esc.txt", "surrogate")


def test_a_toml_nested_thousands_deep_is_one_line(capsys, tmp_path, article):
    (tmp_path / "tqcheck.toml").write_text("select = " + "[" * 5000 + "]" * 5000 + "\n")
    one_line_error(capsys, check(article), "tqcheck.toml", "nested too deeply")


def test_a_baseline_nested_thousands_deep_is_one_line(capsys, tmp_path, article):
    baseline = tmp_path / "b.json"
    baseline.write_text("[" * 100_000 + "]" * 100_000)
    one_line_error(capsys, check(article, "--baseline", baseline), "b.json", "nested too deeply")


def test_a_deeply_nested_file_is_not_taken_for_a_baseline(tmp_path):
    from tqcheck.baseline import is_baseline_file

    path = tmp_path / "b.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert is_baseline_file(path) is False


@pytest.mark.parametrize("limit", [50_000_000_000, 2**63 - 1, 2**63, 10**30])
def test_a_huge_size_limit_reads_a_small_file(tmp_path, limit):
    from tqcheck.inputs import read_bytes

    path = tmp_path / "a.txt"
    path.write_bytes(b"Small file.\n")
    assert read_bytes(str(path), limit) == b"Small file.\n"


@pytest.mark.parametrize("limit", [50_000_000_000, 2**63 - 1, 2**63])
def test_a_huge_size_limit_reads_standard_input(monkeypatch, limit):
    from tqcheck.inputs import read_bytes

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"From a pipe.\n")))
    assert read_bytes("-", limit) == b"From a pipe.\n"


def test_the_size_limit_still_holds_when_read_in_pieces(monkeypatch, tmp_path):
    from tqcheck.inputs import read_bytes

    data = b"x" * (3 * 1024 * 1024 + 5)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    with pytest.raises(InputError, match="larger than"):
        read_bytes("-", len(data) - 1)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert read_bytes("-", len(data)) == data


@pytest.mark.parametrize("limit", ["50000000000", "9223372036854775807", "9223372036854775808"])
def test_a_huge_max_bytes_flag_never_gives_a_traceback(capsys, article, limit):
    code = main(check(article, "--max-bytes", limit))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Error" not in err
    if code == 2:  # the argument parser may bound the flag: then one line
        assert len([line for line in err.splitlines() if line.strip()]) == 1, err
    else:
        assert code in (0, 1) and "1 sentence" in out


# --- 1 and 3. the translation cache -----------------------------------------------


def _foreign_database(path: Path) -> None:
    """Another program's database where the cache would be: same table
    name, another layout."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE translations (id INTEGER PRIMARY KEY, source TEXT, target TEXT)")
    conn.execute("INSERT INTO translations (source, target) VALUES ('a', 'b')")
    conn.commit()
    conn.close()


def _other_tables(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()


@pytest.fixture()
def no_waiting(monkeypatch):
    """Fail a test the moment the cache would sleep and retry."""

    def refuse(seconds):
        raise AssertionError(f"the cache waited {seconds} s and retried")

    monkeypatch.setattr(cache_module.time, "sleep", refuse)


def make_read_only(monkeypatch):
    """From now on SQLite opens the cache as it does in a read-only folder
    (as root, folder permissions do not stop writes, so SQLite is told to
    open read-only)."""
    real = sqlite3.connect

    def connect(path, *args, **kwargs):
        kwargs.pop("uri", None)
        return real(f"file:{path}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(cache_module.sqlite3, "connect", connect)


def _cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(folder))
    return folder


def _fill(folder: Path) -> None:
    cache = TranslationCache(folder / "translations.sqlite3")
    cache.put_many("k", "m", {"a": "b"})
    cache.close()


@pytest.mark.parametrize("command", ["info", "clear"])
def test_cache_commands_on_a_foreign_database_are_one_line_and_leave_it(capsys, tmp_path, monkeypatch, no_waiting,
                                                                         command):
    folder = _cache_dir(tmp_path, monkeypatch)
    db = folder / "translations.sqlite3"
    _foreign_database(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    one_line_error(capsys, ["cache", command], "translations.sqlite3", "another table layout")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in folder.iterdir()) == ["translations.sqlite3"]


@pytest.mark.parametrize("command", ["info", "clear"])
def test_cache_commands_on_another_programs_database_leave_it(capsys, tmp_path, monkeypatch, no_waiting, command):
    folder = _cache_dir(tmp_path, monkeypatch)
    db = folder / "translations.sqlite3"
    _other_tables(db)
    one_line_error(capsys, ["cache", command], "another table layout")
    conn = sqlite3.connect(db)
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    conn.close()
    assert tables == ["notes"]


@pytest.mark.parametrize("command", ["info", "clear"])
def test_cache_commands_on_a_read_only_cache_are_one_line(capsys, tmp_path, monkeypatch, no_waiting, command):
    folder = _cache_dir(tmp_path, monkeypatch)
    _fill(folder)
    make_read_only(monkeypatch)
    one_line_error(capsys, ["cache", command], "translations.sqlite3", "read-only")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders")
@pytest.mark.parametrize("command", ["info", "clear"])
def test_cache_commands_in_a_read_only_folder_are_one_line(capsys, tmp_path, monkeypatch, no_waiting, command):
    folder = _cache_dir(tmp_path, monkeypatch)
    _fill(folder)
    folder.chmod(0o555)
    try:
        one_line_error(capsys, ["cache", command], "translations.sqlite3")
    finally:
        folder.chmod(0o755)


def test_a_cache_folder_that_is_a_file_is_one_line(capsys, tmp_path, monkeypatch, no_waiting):
    folder = tmp_path / "cache"
    folder.write_text("not a folder")
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(folder))
    with pytest.raises(CacheUnusable, match="cache"):
        TranslationCache()


def test_a_cache_database_that_is_a_folder_is_one_line(capsys, tmp_path, monkeypatch, no_waiting):
    folder = _cache_dir(tmp_path, monkeypatch)
    (folder / "translations.sqlite3").mkdir()
    with pytest.raises(CacheUnusable, match="cannot open"):
        TranslationCache()
    one_line_error(capsys, ["cache", "clear"], "translations.sqlite3")


def test_a_cache_that_cannot_be_opened_in_a_read_only_folder_says_read_only(tmp_path, monkeypatch, no_waiting):
    # On a read-only file system SQLite cannot make the WAL index and says
    # only "unable to open database file" (SQLITE_CANTOPEN).
    (tmp_path / "translations.sqlite3").mkdir()  # another way to get SQLITE_CANTOPEN, as root too
    monkeypatch.setattr(cache_module.os, "access", lambda path, mode: False)
    with pytest.raises(CacheUnusable, match="read-only folder"):
        TranslationCache(tmp_path / "translations.sqlite3")


def test_a_read_only_cache_is_given_up_at_once(tmp_path, monkeypatch, no_waiting):
    path = tmp_path / "translations.sqlite3"
    sqlite3.connect(path).close()  # an empty database: opening it writes the tables
    make_read_only(monkeypatch)
    with pytest.raises(CacheUnusable, match="read-only"):
        TranslationCache(path)


def test_a_read_only_cache_with_our_tables_is_found_on_opening_not_on_the_first_write(tmp_path, monkeypatch,
                                                                                       no_waiting):
    _fill(tmp_path)
    make_read_only(monkeypatch)
    with pytest.raises(CacheUnusable, match="read-only"):
        TranslationCache(tmp_path / "translations.sqlite3")


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (sqlite3.SQLITE_BUSY, "busy"),
        (sqlite3.SQLITE_LOCKED, "busy"),
        (sqlite3.SQLITE_READONLY, "read-only"),
        (1544, "read-only"),  # SQLITE_READONLY_DIRECTORY
        (sqlite3.SQLITE_CANTOPEN, "cannot open"),
        (sqlite3.SQLITE_PERM, "read-only"),
        (sqlite3.SQLITE_CORRUPT, "corrupt"),
        (sqlite3.SQLITE_NOTADB, "corrupt"),
        (sqlite3.SQLITE_ERROR, "layout"),
        (sqlite3.SQLITE_FULL, "other"),
        (sqlite3.SQLITE_IOERR, "other"),
    ],
)
def test_sqlite_errors_are_told_apart(code, kind):
    exc = sqlite3.OperationalError("x")
    exc.sqlite_errorcode = code
    assert cache_module.error_kind(exc) == kind


def test_a_locked_cache_is_still_waited_for(tmp_path, monkeypatch):
    # Locked or busy is the one error worth a retry: another hook run is
    # creating the file. Once it is free, the cache opens.
    path = tmp_path / "translations.sqlite3"
    attempts = []
    real = TranslationCache._connect

    def busy_once(self):
        attempts.append(1)
        if len(attempts) == 1:
            exc = sqlite3.OperationalError("database is locked")
            exc.sqlite_errorcode = sqlite3.SQLITE_BUSY
            raise exc
        return real(self)

    monkeypatch.setattr(TranslationCache, "_connect", busy_once)
    monkeypatch.setattr(cache_module.time, "sleep", lambda s: None)
    TranslationCache(path).put_many("k", "m", {"a": "b"})
    assert len(attempts) == 2


def test_a_corrupt_cache_that_cannot_be_moved_aside_is_one_line(tmp_path, monkeypatch, no_waiting):
    path = tmp_path / "translations.sqlite3"
    path.write_bytes(b"this is not a database" * 100)

    def refuse(self, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(CacheUnusable, match="not a database.*Permission denied"):
        TranslationCache(path)


def test_a_cache_changed_under_a_run_is_one_line_too(tmp_path, no_waiting):
    cache = TranslationCache(tmp_path / "translations.sqlite3")
    other = sqlite3.connect(tmp_path / "translations.sqlite3")
    other.execute("DROP TABLE translations")
    other.commit()
    other.close()
    with pytest.raises(CacheUnusable, match="another table layout"):
        cache.get_many("k", ["a"])
    with pytest.raises(CacheUnusable, match="another table layout"):
        cache.put_many("k", "m", {"a": "b"})


def test_the_stage_translates_without_an_unusable_cache_and_says_so_once(tmp_path, monkeypatch, no_waiting):
    from tests.backtranslation.helpers import FILLER, round_trip_translators, stage_input
    from tqcheck.backtranslation import make_stage

    folder = _cache_dir(tmp_path, monkeypatch)
    _foreign_database(folder / "translations.sqlite3")
    triples = [(o, None, rt) for o, rt in FILLER]
    back, fwd = round_trip_translators(triples)
    stage = make_stage("auto", {}, translators=(back, fwd))
    first = stage(stage_input([t[0] for t in triples]))
    second = stage(stage_input([t[0] for t in triples]))
    assert first.status == "ran" and first.block["model_calls"] == 2 * len(triples)
    notes = [n for n in first.notes if "warning" in n]
    assert len(notes) == 1 and "another table layout" in notes[0] and "without it" in notes[0]
    assert not [n for n in second.notes if "warning" in n]


# --- 4. the types of settings -------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('[baseline]\nfile = ["x"]\n', ("[baseline] file", "a string")),
        ('[baseline]\nfile = ""\n', ("[baseline] file", "string")),
        ("[backtranslation]\nbt_model = 5\n", ("[backtranslation] bt_model", "a string")),
        ("[backtranslation]\nrt_model = true\n", ("[backtranslation] rt_model", "a string")),
        ('[backtranslation]\ncache = "no"\n', ("[backtranslation] cache", "true or false")),
        ("[backtranslation]\nbeam = 2.5\n", ("[backtranslation] beam", "a whole number")),
        ("[backtranslation]\nbeam = true\n", ("[backtranslation] beam", "a whole number")),
        ("[backtranslation]\nbeam = 0\n", ("[backtranslation] beam", "at least 1")),
        ("[backtranslation]\nbatch_size = -4\n", ("[backtranslation] batch_size", "at least 1")),
        ('[backtranslation]\nmin_chrf = "high"\n', ("[backtranslation] min_chrf", "a number")),
        ("[backtranslation]\nmin_chrf = false\n", ("[backtranslation] min_chrf", "a number")),
        ("[backtranslation]\nmin_content_words = 2.5\n", ("[backtranslation] min_content_words", "a whole number")),
        ('[backtranslation]\ndevice = "tpu"\n', ("[backtranslation] device", "auto, cpu or cuda")),
        ("[backtranslation]\nquantize = 8\n", ("[backtranslation] quantize", "none or int8")),
        ('[backtranslation]\nmode = "sometimes"\n', ("[backtranslation] mode", "off, auto or require")),
        ("fail-on = 3\n", ("fail-on", "info, minor, major, critical or never")),
        ('fail-on = "fatal"\n', ("fail-on", "info, minor, major, critical or never")),
        ('target-lang = ["en"]\n', ("target-lang", "a string")),
        ("source-lang = 1979-05-27\n", ("source-lang", "a string")),
        ("select = 5\n", ("select", "rule code prefixes")),
        ('select = [["TQ1"]]\n', ("select", "rule code prefixes")),
        ("[severity]\nTQ503 = 1\n", ("[severity] TQ503", "info, minor, major or critical")),
        ('severity = "info"\n', ("[severity]", "a table")),
        ("[hook]\nfail-on = true\n", ("[hook] fail-on", "info, minor, major, critical or never")),
        ("[hook]\nbacktranslation = false\n", ("[hook] backtranslation", "off, auto or require")),
        ('hook = "yes"\n', ("[hook]", "a table")),
        ('rules = "TQ105"\n', ("[rules]", "a table")),
        ("[rules.TQ105]\nstyle = 5\n", ("[rules.TQ105] style", "american or british")),
    ],
)
def test_a_setting_of_the_wrong_type_is_one_line(capsys, tmp_path, article, content, says):
    (tmp_path / "tqcheck.toml").write_text(content)
    one_line_error(capsys, check(article), "tqcheck.toml", *says)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('[tool]\ntqcheck = "yes"\n', ("[tool.tqcheck]", "a table")),
        ("tool = 5\n", ("[tool]", "a table")),
        ('[tool.tqcheck]\nbaseline = "b.json"\n', ("[baseline]", "a table")),
    ],
)
def test_a_pyproject_of_the_wrong_shape_is_one_line(capsys, tmp_path, article, content, says):
    (tmp_path / "pyproject.toml").write_text(content)
    line = one_line_error(capsys, check(article), "pyproject.toml", *says)
    assert "unknown setting" not in line


@pytest.mark.parametrize(
    "content",
    [
        '[backtranslation]\nbeam = 2\nbatch_size = 8\ncache = false\nmin_chrf = 35\nmax_length_ratio = 1.5\n'
        'bt_model = "Helsinki-NLP/opus-mt-en-bg"\ndevice = "cpu"\nquantize = "int8"\nmode = "off"\nworst = 0\n',
        '[hook]\nfail-on = "never"\nbacktranslation = "auto"\n[baseline]\nfile = "reviewed.json"\n',
        'fail-on = "Minor"\ntarget-lang = "en-GB"\nselect = "TQ1, TQ5"\n[severity]\nTQ503 = "info"\n',
    ],
)
def test_settings_of_the_right_type_are_accepted(tmp_path, content):
    path = tmp_path / "tqcheck.toml"
    path.write_text(content)
    assert isinstance(load_file(path), Config)


def test_every_backtranslation_setting_has_a_declared_type():
    from tqcheck.backtranslation import MODES, option_names
    from tqcheck.config import setting_types

    assert option_names() == set(setting_types("backtranslation"))
    assert all(setting_types("backtranslation")["mode"].accepts(mode) for mode in MODES)


def test_a_baseline_file_setting_that_is_a_list_writes_no_oddly_named_file(capsys, tmp_path, article):
    (tmp_path / "tqcheck.toml").write_text('[baseline]\nfile = ["x"]\n')
    code = main(["baseline", "write", str(article)])
    capsys.readouterr()
    assert code == 2
    assert not (tmp_path / "['x']").exists()


# --- 5. an empty selection -------------------------------------------------------


@pytest.mark.parametrize("content", ["select = []\n", 'select = ""\n', 'select = " , "\n'])
def test_an_empty_select_in_the_file_is_one_line(capsys, tmp_path, article, content):
    (tmp_path / "tqcheck.toml").write_text(content)
    one_line_error(capsys, check(article), "tqcheck.toml", "select", "no rule")


def test_an_empty_select_in_the_file_is_a_config_error():
    with pytest.raises(ConfigError, match="select"):
        from_mapping({"select": []}, "tqcheck.toml")


def test_an_empty_ignore_is_fine():
    assert from_mapping({"ignore": []}, "tqcheck.toml").ignore == ()


def test_an_explicitly_empty_select_flag_stays_distinct_from_none_given():
    config = from_mapping({"select": ["TQ1"]}, "tqcheck.toml")
    assert with_flags(config, select=None).select == ("TQ1",)
    assert with_flags(config, select=()).select == ()
    assert with_flags(Config(), select=None).select == ("TQ",)


# --- 2. time linear in the size of the input -----------------------------------------

# A shape is generated at two sizes; doubling the size may at most about
# double the time (best of three runs each; a quadratic scan gives four
# times). CPU time of this process, not wall time, so other processes on a
# busy machine do not count; two retries absorb the rest.


def _mask_md(text):
    from tqcheck.inputs import mask_markdown

    return mask_markdown(text)


def _mask_html(text):
    from tqcheck.inputs import mask_html

    return mask_html(text)


def _mask_text(text):
    from tqcheck.inputs import mask

    return mask(text, "text")


def _suppression_warnings(text):
    from tqcheck.inputs import suppression_warnings, suppressions

    suppressions(text)
    return suppression_warnings(text, "a.md", lambda: ["TQ201"])


def _segment(text):
    from tqcheck.segment import segment

    return segment(text, "en")


def _segment_markdown(text):
    from tqcheck.inputs import mask_markdown
    from tqcheck.segment import segment

    return segment(mask_markdown(text), "en", line_paragraphs=False)


def _report_with_findings(n):
    from helpers import document

    from tqcheck.engine import build_report, check_document

    text = "".join(f"Line {i} has a double  space.\n" for i in range(n))
    config = Config(select=("TQ501",))
    report = build_report([check_document(document(text, path=str(ROOT / "a.txt")), config)], config)
    assert len(report.findings) == n
    return report


def _baseline_round_trip(report):
    from tqcheck.baseline import from_report

    return from_report(report, ROOT).apply(report)


_SEED_TEXT = (ROOT / "seeds" / "fakti-iraq-militias-disarm.txt").read_text("utf-8")


def _check_article(text):
    from tqcheck.config import Config
    from tqcheck.engine import check_document
    from tqcheck.model import Document

    return check_document(Document(text=text, path="a.txt", language="en"), Config())


def _check_with(codes):
    def check(text):
        from tqcheck.config import Config
        from tqcheck.engine import check_document
        from tqcheck.model import Document

        return check_document(Document(text=text, path="a.txt", language="en"), Config(select=codes))

    return check


def _nested_list(n):
    # Each item one level deeper: the file grows with the square of the
    # item count, so n here counts items at about sqrt(size).
    items = int(n**0.5 * 20)
    return "".join("  " * i + f"- item {i}\n" for i in range(items))


LINEAR_SHAPES = {
    # Markdown link look-ahead and target: 16,000 repeats took 3 s.
    "md-link-opening": (_mask_md, lambda n: "[a](" * n, 4000),
    "md-brackets": (_mask_md, lambda n: "[" * n, 8000),
    "md-image-opening": (_mask_md, lambda n: "![a](" * n, 3000),
    "md-image-brackets": (_mask_md, lambda n: "![" * n, 6000),
    "md-targets": (_mask_md, lambda n: "](" * n, 6000),
    "md-autolink-opening": (_mask_md, lambda n: "<http://" * n, 3000),
    "md-tag-opening": (_mask_md, lambda n: "<a " * n, 6000),
    "md-emphasis-chain": (_mask_md, lambda n: "** " * n + "x", 5000),
    "html-tags": (_mask_html, lambda n: "<a href='x'>b</a> " * n, 4000),
    "text-unclosed-suppressions": (_mask_text, lambda n: "<!-- tqcheck: ignore " * n, 30000),
    # 16,000 comments each before a paragraph: the line of each comment was
    # counted from the start of the text.
    "suppression-comments": (
        _suppression_warnings, lambda n: "<!-- tqcheck: ignore TQ2O1 -->\nA short paragraph.\n\n" * n, 3000,
    ),
    "sentence-dots": (_segment, lambda n: "." * n + "x", 60000),
    "sentence-marks": (_segment, lambda n: "!?" * n + "x", 30000),
    "sentence-initials-with-tabs": (_segment, lambda n: "A.\t" * n, 5000),
    "nested-list": (_segment_markdown, _nested_list, 400),
    # Each finding's sentence was looked up among all the segments.
    "baseline-findings": (_baseline_round_trip, _report_with_findings, 2500),
    # A view count alone on its line (TQ401): the text before and after
    # each one was copied to see whether it stands alone (11 s at 20 MB).
    "view-count-lines": (_check_with(("TQ401",)), lambda n: "1234\n\nA short paragraph of text.\n\n" * n, 5000),
    # "our country" outside quotations (TQ203): each one was compared with
    # every quotation of the text.
    "our-country-beside-quotations": (
        _check_with(("TQ203",)), lambda n: 'He said "yes" to it. Prices rose in our country.\n' * n, 2000,
    ),
    # Every rule on an ordinary article repeated: a general guard for a rule
    # that rescans the text per finding. (A line lookup that searched to the
    # end of the text for a CR only showed at megabytes: tests/test_positions.py.)
    "long-article": (_check_article, lambda n: _SEED_TEXT * n, 12),
}


@pytest.mark.parametrize("shape", list(LINEAR_SHAPES))
def test_time_is_linear_in_the_size_of_the_input(shape):
    fn, make, n = LINEAR_SHAPES[shape]
    assert growth(fn, make, n) <= 2.5, shape


def test_the_growth_measure_catches_a_quadratic_scan():
    # The measure itself can fail: a scan that is quadratic on purpose (a
    # search that tries every start and runs to the end from each: four
    # times the time for twice the text, well clear of the 2.5 limit even on
    # a loaded machine; the Markdown link look-ahead it was first shown with
    # grows only about 3x at this size).
    # growth() keeps the lowest of its attempts (noise only slows a run
    # down, so for a linear scan the lowest is the truest); here one slowed
    # small run would lower that minimum (a fresh clone's CI once measured
    # 2.1), so the median of five single attempts is asserted.
    pattern = re.compile(r"a*b")
    ratios = sorted(growth(pattern.search, lambda n: "a" * n, 8000, attempts=1) for _ in range(5))

    assert ratios[2] > 3, ratios


# The Markdown masker read as one regex before it was made linear: the new
# scanner must find the same constructs at the same places.
_MD_AS_ONE_REGEX = re.compile(
    r"^(?P<fence>```|~~~)[^\n]*\n.*?(?:^(?P=fence)[^\n]*$|\Z)"
    r"|<!--.*?(?:-->|\Z)"
    r"|`+[^`\n]*`+"
    r"|!\[[^\]\n]*\]\([^)\n]*\)"
    r"|(?P<link>\[)(?=[^\]\n]*\]\()|(?P<target>\]\([^)\n]*\))"
    r"|<https?://[^>\s]*>"
    r"|^[ \t]{0,3}(?:(?P<rule>[-*_])(?:[ \t]*(?P=rule)){2,}|[-*+]|\d{1,9}[.)])[ \t]*(?=\r?\n|\r|\Z)"
    r"|^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])(?=[ \t])"
    r"|(?<!\S)(?:\*{2,}|_{2,})(?:[ \t]+(?:\*{2,}|_{2,}))*(?!\S)"
    r"|(?<![\w*])\*\*(?=\S)|(?<=\S)\*\*(?![\w*])|(?<!\w)__(?=\S)|(?<=\S)__(?!\w)"
    r"|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])"
    r"|</?[A-Za-z][A-Za-z0-9-]*\b[^>\n]*>",
    re.S | re.M,
)
_MD_PIECES = [
    "[", "]", "(", ")", "](", "![", "!", "<", ">", "a", "Word", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n",
    "*", "**", "_", "__", "`", "``", "```", "~~~", "#", "## ", "-", "- ", "* ", "1. ", "2) ", "> ", "---",
    "http://", "https://x.y", "<http://", "<!--", "-->", "<a", "</b", "<a-", "é", "x_y", "é>", "_a_",
]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_MD_PIECES), max_size=30).map("".join))
def test_the_linear_markdown_scan_finds_what_the_single_regex_found(text):
    from tqcheck.inputs import _md_tokens

    assert list(_md_tokens(text)) == [m.span() for m in _MD_AS_ONE_REGEX.finditer(text)]


_SUPPRESSION_AS_BEFORE = re.compile(r"<!--\s*tqcheck:\s*(ignore-file|ignore)(?![\w-])([^>]*?)-->", re.I)
_COMMENT_PIECES = ["<!--", "-->", "--", "-", ">", " ", "\n", "tqcheck:", "TQCHECK:", "ignore", "ignore-file", "x",
                   "TQ201", ",", ":", "<"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_COMMENT_PIECES), max_size=25).map("".join))
def test_the_linear_comment_scan_finds_what_the_lazy_regex_found(text):
    from tqcheck.inputs import _suppression_matches, mask_comments

    assert [m.span() for m in _suppression_matches(text)] == [m.span() for m in _SUPPRESSION_AS_BEFORE.finditer(text)]
    assert mask_comments(text) == _SUPPRESSION_AS_BEFORE.sub(lambda m: re.sub(r"[^\r\n]", " ", m.group()), text)


_CANDIDATE_AS_BEFORE = re.compile(r"[.!?…](?:(?<=[.!?])[.!?]*)?(?:[\"'”“’»)\]]|[ \u00a0\u202f]»)*(?=\s|$)")
_SENTENCE_PIECES = [".", "..", "!", "?", "…", "'", "”", "»", " »", ")", "]", " ", "\n", "\t", "A", "b", "Dr", "U.S",
                    "\u00a0", "x."]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=25).map("".join))
def test_the_sentence_candidates_are_those_the_backtracking_regex_found(text):
    from tqcheck.segment import _CANDIDATE

    assert [m.span() for m in _CANDIDATE.finditer(text)] == [m.span() for m in _CANDIDATE_AS_BEFORE.finditer(text)]


# --- waiting on other helpers' files ---------------------------------------------------


def test_an_empty_select_flag_is_one_line(capsys, article):
    one_line_error(capsys, check(article, "--select", ""), "no rule")


def _check_suppressed(text):
    from helpers import document

    from tqcheck.engine import check_document

    return check_document(document(text, fmt="markdown", path="a.md"), Config(select=("TQ201",)))


def test_suppression_comments_are_checked_in_linear_time_end_to_end():
    def make(n):
        return "<!-- tqcheck: ignore TQ201 -->\nA.\n\n" * n

    assert growth(_check_suppressed, make, 700) <= 2.5  # retried as the others: one slowed run read 2.6 in a fresh clone

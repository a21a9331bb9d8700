"""Bad input: one clear line, exit code 2, no traceback, input untouched."""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.cli import main
from tqcheck.inputs import mask_html, mask_markdown, read_document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "fakti-iraq-militias-disarm.txt"


def run(argv, capsys):
    code = main(["check", "--backtranslation", "off", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code, err, *words):
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0]


def test_missing_file(tmp_path, capsys):
    code, _, err = run([str(tmp_path / "nope.txt")], capsys)
    assert_one_line_error(code, err, "nope.txt", "no such file")


def test_a_folder_with_nothing_to_check(tmp_path, capsys):
    # `check` searches a folder (tests/test_archive.py); one with no file it reads is one line.
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    code, _, err = run([str(tmp_path)], capsys)
    assert_one_line_error(code, err, "no file to check")


def test_hook_run_still_takes_files_only(tmp_path, capsys):
    code = main(["hook", "run", str(tmp_path)])
    assert_one_line_error(code, capsys.readouterr().err, "is a directory")


def test_invalid_utf8_names_offset_and_suggests_encoding(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Hello world.\n\xff\xfe broken")
    code, _, err = run([str(path)], capsys)
    assert_one_line_error(code, err, "byte offset 13", "--encoding")


def test_other_encoding_is_read_with_flag(tmp_path, capsys):
    path = tmp_path / "cp1251.txt"
    path.write_bytes("The price is 5 лв. today.".encode("cp1251"))
    code, out, err = run([str(path), "--encoding", "cp1251", "--format", "json"], capsys)
    assert code in (0, 1), err
    assert "лв." in out


def test_binary_file(tmp_path, capsys):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, err = run([str(path)], capsys)
    assert_one_line_error(code, err, "binary")


def test_empty_file_is_valid(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    code, out, err = run([str(path)], capsys)
    assert code == 0, err
    assert "0 findings" in out


def test_huge_file_stops_with_limit_message(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing it
    code, _, err = run([str(path)], capsys)
    assert_one_line_error(code, err, "larger than allowed", "--max-bytes")


def test_unknown_encoding(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Hello.", encoding="utf-8")
    code, _, err = run([str(path), "--encoding", "klingon"], capsys)
    assert_one_line_error(code, err, "unknown encoding")


def test_bad_flag_is_usage_error(capsys):
    code = main(["check", "--format", "pdf", str(SEED)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in err


def test_crlf_and_bom_offsets_stay_exact(tmp_path):
    text = "Last news in Fakti\r\n\r\nThe price was 3,5 million euros.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    from tqcheck.config import Config
    from tqcheck.engine import check_document

    doc = read_document(str(path), "en")
    assert doc.text == text  # BOM removed, CRLF kept
    result = check_document(doc, Config())
    spans = {f.code: doc.text[f.start : f.end] for f in result.findings}
    assert spans["TQ402"] == "Last news in Fakti"
    assert spans["TQ504"] == "3,5"


def test_input_is_never_modified(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_bytes(SEED.read_bytes())
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    mtime = os.stat(path).st_mtime_ns
    run([str(path), "--format", "json"], capsys)
    code, _, err = run([str(path), "--output", str(path)], capsys)
    assert_one_line_error(code, err, "refusing to overwrite")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert os.stat(path).st_mtime_ns == mtime


def test_output_into_missing_folder(tmp_path, capsys):
    code, _, err = run([str(SEED), "--output", str(tmp_path / "no" / "r.json")], capsys)
    assert_one_line_error(code, err, "does not exist")


HOSTILE = (
    "<html><head><script>alert('x')</script><style>p{}</style></head><body>"
    "<p>Last news in Fakti</p><!-- unclosed comment <p>hidden</p>"
)


def test_hostile_html_is_masked_not_checked(tmp_path, capsys):
    path = tmp_path / "hostile.html"
    path.write_text(HOSTILE + "\n", encoding="utf-8")
    code, out, err = run([str(path), "--format", "json"], capsys)
    assert code in (0, 1), err
    assert "alert" not in out.split('"findings"')[1]


@pytest.mark.parametrize(
    "html",
    [
        "<p>a<b>b</b></p>",
        "<<<>>>&&&;;<!--",
        "<script>never closed",
        "<p title='x>y'>text</p>",
        "&#x110000; &#99999999; &bogus;",
        "<!DOCTYPE html><![CDATA[ x ]]>",
    ],
)
def test_html_mask_keeps_length_and_lines(html):
    masked = mask_html(html)
    assert len(masked) == len(html)
    assert masked.count("\n") >= html.count("\n")


def test_markdown_mask_keeps_offsets():
    md = "# Title\n\nSome **bold** and [a link](http://example.com) and `code`.\n\n```\nraw\n```\n"
    masked = mask_markdown(md)
    assert len(masked) == len(md)
    assert "http" not in masked and "code" not in masked and "raw" not in masked
    assert masked.index("bold") == md.index("bold")


def test_stdin(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Last news in Fakti\n")))
    code, out, _ = run(["-"], capsys)
    assert code == 1
    assert "<stdin>:1:1: TQ402" in out


def test_python_dash_m_entry_point():
    proc = subprocess.run(
        [sys.executable, "-m", "tqcheck", "check", "--backtranslation", "off", str(ROOT / "nope.txt")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"tqcheck: error: {ROOT / 'nope.txt'}: no such file"


@pytest.mark.parametrize(
    ("name", "content", "code", "span"),
    [
        ("a.html", "<html><body><p class='x'>Last news in Fakti</p>\n<p>Officials told <b>“Reuters“</b> so.</p>",
         "TQ102", "“"),
        ("a.html", "<p>Last news in Fakti</p>", "TQ402", "Last news in Fakti"),
        ("a.md", "# Title\n\nThey have **about 50 000** fighters.\n", "TQ504", "50 000"),
        ("a.md", "Officials told [“Reuters“](https://reuters.com) so.\n", "TQ110", "“Reuters“"),
    ],
)
def test_markup_offsets_point_into_the_original(tmp_path, name, content, code, span):
    from tqcheck.config import Config
    from tqcheck.engine import check_document

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    doc = read_document(str(path), "en")
    found = [f for f in check_document(doc, Config()).findings if f.code == code]
    assert found, f"{code} not found"
    assert content[found[0].start : found[0].end] == span


# --- UTF-16 and UTF-32 --------------------------------------------------------------

UTF16_FIXTURE = ROOT / "fixtures" / "utf16le-bom.txt"
QUOTED = "He told „Reuters“ the news.\n"


def _quote_spans(path: Path, *flags: str) -> list[tuple[str, str]]:
    from tqcheck.config import Config
    from tqcheck.engine import check_document

    doc = read_document(str(path), "en", **({"encoding": flags[0]} if flags else {}))
    return [(f.code, doc.text[f.start : f.end]) for f in check_document(doc, Config()).findings]


def test_utf16_with_bom_is_read_without_a_flag(capsys):
    assert read_document(str(UTF16_FIXTURE), "en").text == QUOTED  # BOM obeyed and removed
    code, out, err = run([str(UTF16_FIXTURE), "--format", "json"], capsys)
    assert code in (0, 1), err
    doc = json.loads(out)["documents"][0]
    assert {f["code"] for f in doc["findings"]} >= {"TQ101"}
    for f in doc["findings"]:  # offsets are string indices: exact whatever the bytes
        assert QUOTED[f["start"] : f["end"]] == f["text"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"])
def test_every_unicode_bom_is_obeyed(tmp_path, codec):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
           "utf-32-be": codecs.BOM_UTF32_BE, "utf-8": codecs.BOM_UTF8}[codec]
    path = tmp_path / "a.txt"
    path.write_bytes(bom + QUOTED.encode(codec))
    assert read_document(str(path), "en").text == QUOTED
    assert ("TQ101", "„") in _quote_spans(path)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_explicit_utf16_without_bom_is_read(tmp_path, codec):
    path = tmp_path / "a.txt"
    text = "Министър-председателят каза „да“.\n"  # Cyrillic: few NUL bytes, still the right byte order
    path.write_bytes(text.encode(codec))
    assert read_document(str(path), "en", encoding="utf-16").text == text
    assert read_document(str(path), "en", encoding=codec).text == text


def test_utf16_without_bom_or_flag_is_refused_with_a_hint(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes(QUOTED.encode("utf-16-le"))
    code, _, err = run([str(path)], capsys)
    assert_one_line_error(code, err, "binary", "NUL byte at offset 1", "(if it is UTF-16, pass --encoding utf-16)")


def test_real_binary_gets_no_utf16_hint(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes(bytes((i * 7919) % 251 for i in range(4000)))  # NUL bytes on even and odd offsets
    code, _, err = run([str(path)], capsys)
    assert_one_line_error(code, err, "binary")
    assert "UTF-16" not in err


def test_nul_character_in_utf16_is_still_binary(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "ab\x00cd".encode("utf-16-le"))
    code, _, err = run([str(path)], capsys)
    assert_one_line_error(code, err, "binary", "NUL character at character 2")


def test_broken_utf16_names_the_offset(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xdc")  # lone low surrogate
    code, _, err = run([str(path), "--encoding", "utf-16"], capsys)
    assert_one_line_error(code, err, "not valid utf-16", "byte offset 6")


def test_markdown_bullets_are_items_of_their_own():
    from tqcheck.engine import segment_document
    from tqcheck.inputs import document_from_bytes

    text = "Intro line.\n\n- item one with in our country\n- item  two\n\nSaid\n*the minister* today.\n"
    doc = document_from_bytes(text.encode(), "a.md", "en")
    assert [text[s.start : s.end] for s in segment_document(doc)] == [
        "Intro line.",
        "item one with in our country",
        "item  two",
        "Said\n*the minister* today.",  # emphasis at a line start is no bullet
    ]


@pytest.mark.parametrize(
    "markup",
    ["**", "__", "** **", "***", "---", "___", "* * *", "- - -", "_ _ _", "  ---  ", "-", "*", "1."],
)
def test_markdown_lines_of_bare_markup_are_blanked(markup):
    # Empty emphasis markers, thematic breaks and empty list items are
    # markup, not words: they were read as sentences "**" and "---".
    text = f"Intro.\n\n{markup}\n\nEnd.\r\n{markup}\r\n"
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert masked == text.replace(markup, " " * len(markup))


@pytest.mark.parametrize(
    "text",
    ["a * b\n", "2 * 3 = 6 and 4 - 1 = 3\n", "snake_case_name\n", "a -- b\n", "-- signed\n"],
)
def test_markdown_stars_and_dashes_in_prose_stay(text):
    assert mask_markdown(text) == text


def test_markdown_of_only_markup_is_an_empty_document(tmp_path, capsys):
    path = tmp_path / "x.md"
    path.write_text("<!-- tqcheck: ignore-file -->\n\n**\n\n---\n", encoding="utf-8")
    code, out, err = run([str(path)], capsys)
    assert code == 0, err
    assert "empty document: nothing to check" in out + err
    assert "0 words" in out


def test_html_space_entities_stay_spaces_for_the_reader():
    # "&nbsp;" was masked as padding like a tag, so the excerpt read
    # "cabinetapproved". It stands for a non-breaking space: the rules see one
    # and the excerpt shows one; offsets and text[start:end] stay the file's.
    from tqcheck.display import excerpt
    from tqcheck.inputs import document_from_bytes

    text = "<p>The cabinet&nbsp;&nbsp;approved it&#160;and AT&amp;T&#xA0;too.</p>"
    doc = document_from_bytes(text.encode(), "a.html", "en")
    assert len(doc.masked) == len(text)
    start, end = text.index("cabinet"), text.index(" it")
    assert excerpt(doc, start, end) == "cabinet\u00a0\u00a0approved"
    assert excerpt(doc, 0, len(text)).strip() == "The cabinet\u00a0\u00a0approved it\u00a0and AT&T\u00a0too."
    assert doc.masked[text.index("&nbsp;")] == "\u00a0"
    assert doc.text[start:end] == "cabinet&nbsp;&nbsp;approved"


def test_only_a_large_input_fixes_the_allocators_mmap_threshold(monkeypatch):
    # ctypes costs start-up time: an article never loads it.
    from tqcheck import inputs

    calls = []
    monkeypatch.setattr(inputs, "large_blocks_apart", lambda: calls.append(1))
    inputs.document_from_bytes(b"A short article.\n", "a.txt", "en")
    assert calls == []
    inputs.document_from_bytes(b"A sentence.\n" * (inputs.LARGE_INPUT // 12 + 1), "b.txt", "en")
    assert calls == [1]

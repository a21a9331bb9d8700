"""Segmentation: exact offsets, abbreviations, quotes, several languages,
and a property-based check that segments tile the text."""

from __future__ import annotations

import pytest
from helpers import document
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.config import Config
from tqcheck.engine import check_document, segment_document
from tqcheck.segment import paragraphs, segment


def sentences(text: str, lang: str = "en") -> list[str]:
    return [text[s.start : s.end] for s in segment(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Dr. Smith went to Washington. He arrived at 3 p.m. The meeting was long.",
         ["Dr. Smith went to Washington.", "He arrived at 3 p.m.", "The meeting was long."]),
        ("en", "The U.S. economy grew 3.5 percent. J. K. Rowling agreed.",
         ["The U.S. economy grew 3.5 percent.", "J. K. Rowling agreed."]),
        ("en", "Prof. Ivanov spoke, e.g. about prices. Wait... what? Yes.",
         ["Prof. Ivanov spoke, e.g. about prices.", "Wait... what?", "Yes."]),
        ("en", "“The factions are not stubborn. They know it,“ he stressed. Then he left.",
         ["“The factions are not stubborn.", "They know it,“ he stressed.", "Then he left."]),
        ("en", 'He said "I will." Then he left.', ['He said "I will."', "Then he left."]),
        ("bg", "Той каза в 2024 г. Това е вярно. Проф. Иванов дойде.",
         ["Той каза в 2024 г.", "Това е вярно.", "Проф. Иванов дойде."]),
        ("ru", "Он приехал в 5 ч. утра. Д-р Петров ждал. Это было в 2020 г. Потом все ушли.",
         ["Он приехал в 5 ч. утра.", "Д-р Петров ждал.", "Это было в 2020 г.", "Потом все ушли."]),
        ("de", "Er kam am 3. Oktober. Das war gut, z.B. im Sommer. Dr. Weber blieb.",
         ["Er kam am 3. Oktober.", "Das war gut, z.B. im Sommer.", "Dr. Weber blieb."]),
        ("fr", "« Bonjour. » Il est parti. M. Dupont est resté.",
         ["« Bonjour. »", "Il est parti.", "M. Dupont est resté."]),
    ],
)
def test_sentence_boundaries(lang, text, expected):
    assert sentences(text, lang) == expected


def test_headline_lines_are_their_own_segments():
    text = "Iraqi militias are ready to disarm\n\nSeveral militias said so. They agreed.\n"
    segs = segment(text, "en")
    assert [s.headline for s in segs] == [True, False, False]
    assert [s.paragraph for s in segs] == [0, 1, 1]


def test_html_paragraphs_come_from_block_tags():
    doc = document("<p>First one.</p><p>Second one</p>", fmt="html")
    segs = segment_document(doc)
    assert [doc.text[s.start : s.end] for s in segs] == ["First one.", "Second one"]
    assert segs[0].paragraph != segs[1].paragraph


TOKENS = list("abc ABC.!?…\"“”„'’-–,;:\n\r\t0123 Дж.д-р«»<>/&;#") + [
    "U.S.", "Dr.", "  ", "e.g. ", "<p>", "</p>", "<!--", "-->", "**", "[x](y)", "`", "&amp;", "\r\n", "г. ",
]
TEXT = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["en", "bg", "ru", "de", "fr"]))
def test_segments_tile_the_text(text, lang):
    segs = segment(text, lang)
    position = 0
    for i, seg in enumerate(segs):
        assert seg.id == i
        assert position <= seg.start < seg.end <= len(text)
        assert text[position : seg.start].strip() == ""  # gaps are white space only
        assert text[seg.start] .strip() and text[seg.end - 1].strip()  # trimmed
        position = seg.end
    assert text[position:].strip() == ""


@settings(max_examples=150, deadline=None)
@given(TEXT, st.sampled_from(["text", "markdown", "html"]))
def test_every_finding_lies_inside_its_segment(text, fmt):
    doc = document(text, fmt=fmt)
    result = check_document(doc, Config())
    assert len(doc.checked_text) == len(text)
    for f in result.findings:
        seg = result.segments[f.segment_id]
        assert seg.start <= f.start <= f.end <= len(text)
        assert f.start < seg.end or f.start == f.end == seg.end


def test_mask_gaps_are_markup_only():
    text = "<p>Hello <b>world</b>.</p>\n<p>Bye.</p>"
    doc = document(text, fmt="html")
    segs = segment_document(doc)
    masked = doc.checked_text
    position = 0
    for seg in segs:
        assert masked[position : seg.start].strip() == ""
        position = seg.end


# Lines shorter than the narrowest hard wrap (40 columns), so none are joined.
LINE = st.lists(st.sampled_from([t for t in TOKENS if "\n" not in t and "\r" not in t]), max_size=6).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, max_size=8), st.sampled_from(["en", "bg", "de"]))
def test_one_scan_of_the_document_splits_each_paragraph_as_on_its_own(lines, lang):
    # segment() looks for sentence ends once over the whole text; a line
    # segmented alone must give the same sentences (nothing leaks across).
    text = "\n".join(lines)
    whole = [(s.start, s.end) for s in segment(text, lang)]
    alone = []
    for start, end in paragraphs(text, True):
        alone += [(start + s.start, start + s.end) for s in segment(text[start:end], lang)]
    assert whole == alone


# Bulgarian abbreviations left in any language's text: a month, a street, a
# town, a title never end a sentence; a number word or "etc." only before a
# sentence opener.
@pytest.mark.parametrize("lang", ["en", "bg", "de", "fr", "ru"])
@pytest.mark.parametrize(
    "text",
    [
        "The deadline is 5 Ян. 2025 for all applicants.",
        "It ends on 12 Фев. 2025, the ministry said.",
        "Prices rose on 1 Мар. 2024 and again later.",
        "The office is on ул. \"Dondukov\" 1, гр. Sofia.",
        "They live on бул. Vitosha in Sofia.",
        "He was born in с. Ravda, обл. Burgas.",
        "The talk by д-р Ivanov and проф. Petrov was long.",
        "The festival runs from 3 Авг. to 5 Сеп. 2025.",
        "It was signed on 7 Окт. 2024 and on 2 Ноем. 2024.",
        "It cost 5 млн. Euro, i.e. 2 млрд. BGN in all.",
        "Revenue of 5 млрд. BGN was reported.",
        "Goods worth 20 хил. Euro were seized, т.е. Customs acted.",
    ],
)
def test_bulgarian_abbreviations_do_not_end_a_sentence(text, lang):
    assert sentences(text, lang) == [text]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("bg", "Купиха ябълки, круши и др. Той си тръгна.", ["Купиха ябълки, круши и др.", "Той си тръгна."]),
        ("bg", "Струва 5 лв. Това е много.", ["Струва 5 лв.", "Това е много."]),
        ("en", "It cost 5 млн. The minister agreed.", ["It cost 5 млн.", "The minister agreed."]),
    ],
)
def test_an_ordinary_bulgarian_abbreviation_ends_a_sentence_before_an_opener(lang, text, expected):
    assert sentences(text, lang) == expected


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_markup_paragraphs_with_crlf_or_cr_line_endings(newline):
    # Before: _BLOCK knew only "\n\n", so a CRLF Markdown file was one paragraph.
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "fixtures" / "markdown-markup.md").read_text(encoding="utf-8")
    assert "\n\n" in text
    converted = text.replace("\n", newline)

    def spans(t: str) -> list[str]:
        return [" ".join(t[s:e].split()) for s, e in paragraphs(t, False)]

    assert spans(converted) == spans(text)
    if newline == "\r":
        return  # inputs.mask reads Markdown syntax line by line at "\n" only
    config = Config(select=("TQ",), source_lang="bg", target_lang="en")
    lf = check_document(document(text, fmt="markdown"), config)
    crlf = check_document(document(converted, fmt="markdown"), config)
    assert [(f.code, " ".join(converted[f.start : f.end].split())) for f in crlf.findings] == [
        (f.code, " ".join(text[f.start : f.end].split())) for f in lf.findings
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The ideographic full stop and full-width marks need no space after them.
        ("zh", "他说：“我们会赢。”然后他离开了。你好吗？很好！",
         ["他说：“我们会赢。”", "然后他离开了。", "你好吗？", "很好！"]),
        ("ja", "今日は晴れです。明日は雨でしょう。", ["今日は晴れです。", "明日は雨でしょう。"]),
        ("ar", "هل أنت بخير؟ نعم أنا بخير.", ["هل أنت بخير؟", "نعم أنا بخير."]),
        ("hi", "मैं घर जा रहा हूँ। वह स्कूल गया।", ["मैं घर जा रहा हूँ।", "वह स्कूल गया।"]),
        # Greek asks with ";" and abbreviates "Mr" as "κ.".
        ("el", "Τι κάνεις; Καλά είμαι. Ο κ. Παπαδόπουλος ήρθε.",
         ["Τι κάνεις;", "Καλά είμαι.", "Ο κ. Παπαδόπουλος ήρθε."]),
        ("it", "Il sig. Rossi è arrivato. Poi è partito.", ["Il sig. Rossi è arrivato.", "Poi è partito."]),
        # A semicolon is no sentence end outside Greek.
        ("en", "It rained; we stayed. Then it stopped.", ["It rained; we stayed.", "Then it stopped."]),
    ],
)
def test_sentence_ends_of_other_writing_systems(lang, text, expected):
    assert [text[s.start : s.end] for s in segment(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("hy", "Կառավարությունը հայտարարեց նոր ծրագիր։ Վարչապետը ասաց, որ այն կաշխատի։", 2),  # Armenian full stop
        ("km", "រដ្ឋាភិបាលបានប្រកាសផែនការថ្មី។ នាយករដ្ឋមន្ត្រីបាននិយាយ។", 2),  # Khmer khan
        ("mn", "Засгийн газар шинэ төлөвлөгөө зарлав. ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ᠃ ᠮᠣᠩᠭᠣᠯ᠃", 3),  # Mongolian full stop
        ("my", "အစိုးရက ကြေညာခဲ့သည်၊ ဝန်ကြီးချုပ်က ပြောသည်။", 1),  # ၊ is Myanmar's comma
    ],
)
def test_sentence_ends_of_other_scripts(lang, text, count):
    assert len(segment(text, lang)) == count


def test_other_scripts_sentence_ends_are_unicodes_sentence_terminals():
    """Every character Unicode marks Sentence_Terminal (outside ASCII, the
    CJK and compatibility forms handled apart, General Punctuation's
    emphatic marks, and Myanmar's comma) ends a sentence, and nothing
    else; as far as this Python's Unicode data names the character."""
    import sys
    import unicodedata

    import regex  # sacrebleu's dependency: its Unicode properties

    from tqcheck.segment import _OTHER_ENDS

    def left_apart(c: str) -> bool:
        code = ord(c)
        return code < 0x80 or 0x2000 <= code <= 0x2E7F or 0x3000 <= code <= 0x303F or 0xFE00 <= code <= 0xFFEF \
            or c == "\u104a"

    terminal = {chr(c) for c in range(sys.maxunicode + 1) if regex.match(r"\p{Sentence_Terminal}", chr(c))}
    assert set(_OTHER_ENDS) <= terminal
    named = {c for c in terminal if unicodedata.name(c, None) and not left_apart(c)}
    assert named <= set(_OTHER_ENDS)


def test_a_sentence_end_outside_the_basic_plane_is_found():
    # U+11047 BRAHMI DANDA, in a text whose only astral characters are Brahmi
    text = "\U00011013\U00011038\U00011047 \U00011013\U00011038\U00011047"
    assert len(segment(text, "pra")) == 2


def test_segmenting_holds_no_span_tuples_beside_the_segments():
    # The sentence-end candidates and the lines are machine integers while
    # the segments are made: a list of span tuples (~120 bytes a span, some
    # 300,000 of each at 16 MB of English) was freed among the segments'
    # own objects, where the memory stayed the process's for the whole check.
    import tracemalloc

    lines = [f"Line {i} says a thing. It goes on, Mr. Smith said." if i % 3 == 0 else f"Headline number {i}"
             for i in range(20_000)]
    text = "\n".join(lines) + "\n"
    tracemalloc.start()
    try:
        segments = segment(text, "en")
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(segments) == 20_000 + 20_000 // 3 + 1
    assert (peak - held) / len(segments) < 64, (peak - held) / len(segments)

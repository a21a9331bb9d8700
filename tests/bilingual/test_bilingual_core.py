"""Aligner, number reading, transliteration, readers and language checks.
Data: fixtures/bilingual (FLORES-200 © Meta and NTREX-128 © Microsoft
excerpts, CC BY-SA 4.0; see fixtures/bilingual/README.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tqcheck.alignment.align import Alignment, Link, align_documents
from tqcheck.alignment.numbers import extract_numbers, read_number, unmatched
from tqcheck.alignment.translit import name_key, transliterate
from tqcheck.bilingual_inputs import load_pairs
from tqcheck.errors import InputError
from tqcheck.langid import check_languages
from tqcheck.model import Document
from tqcheck.segment import segment

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"


def lines(name: str) -> list[str]:
    return [l.strip() for l in (FIXTURES / name).read_text("utf-8").splitlines()]


def align(source: str, target: str) -> Alignment:
    s, t = segment(source, "bg"), segment(target, "en")
    return align_documents(Document(source, "s", "bg"), s, Document(target, "t", "en"), t, source_lang="bg", target_lang="en")


@pytest.mark.parametrize("name", ["flores200-devtest-excerpt", "ntrex128-excerpt"])
def test_realigns_joined_real_sentences(name):
    src, tgt = lines(name + ".bul"), lines(name + ".eng")
    joined_s, joined_t = " ".join(src), " ".join(tgt)
    alignment = align(joined_s, joined_t)
    assert not alignment.low_confidence

    def line_index(lines_: list[str], offset: int) -> int:
        pos = 0
        for i, line in enumerate(lines_):
            if offset < pos + len(line) + 1:
                return i
            pos += len(line) + 1
        raise AssertionError(offset)

    # Every link stays within one pair of lines (or a run the segmenter
    # merged): the lines where its two sides start and end agree.
    for link in alignment.links:
        assert link.source_ids and link.target_ids
        s_lines = (line_index(src, link.source_span[0]), line_index(src, link.source_span[1] - 1))
        t_lines = (line_index(tgt, link.target_span[0]), line_index(tgt, link.target_span[1] - 1))
        assert s_lines == t_lines, (joined_s[link.source_span[0]:][:40], joined_t[link.target_span[0]:][:40])


def test_dropped_and_added_sentences_make_empty_links():
    source = "Пожарът избухна в петък вечерта. Трима пожарникари бяха ранени при гасенето на пламъците в склада. Полицията разследва."
    target = "The fire broke out on Friday evening. Police are investigating."
    kinds = [l.kind for l in align(source, target).links]
    assert kinds == ["1-1", "1-0", "1-1"]
    kinds = [l.kind for l in align(target.replace("Police", "X"), source).links]  # any language: still aligns by length
    assert "0-1" in kinds


def test_unrelated_documents_are_low_confidence_not_paired():
    src = lines("flores200-devtest-excerpt.bul")
    tgt = lines("ntrex128-excerpt.eng")
    alignment = align(" ".join(src), " ".join(tgt))
    assert alignment.low_confidence and alignment.warnings


def test_to_json_has_spans_and_confidence():
    alignment = align("Загинаха 12 души. Полицията разследва.", "Twelve people died. Police are investigating.")
    out = alignment.to_json()
    assert out[0]["source"] == [0, 17] and out[0]["target"] == [0, 19]
    assert out[0]["source_segments"] == [0] and 0 < out[0]["confidence"] <= 1
    assert Alignment(links=(Link((0,), ()),)).to_json()[0]["target"] is None


def test_paragraphs_constrain_links():
    source = "Първият абзац има едно изречение.\nВторият абзац. Има две изречения."
    target = "The first paragraph has one sentence.\nThe second paragraph. It has two sentences."
    for link in align(source, target).links:
        assert len(link.source_ids) == len(link.target_ids) == 1


def test_pair_score_is_used():
    calls = []
    source, target = "Котката спи. Кучето лае.", "The cat sleeps. The dog barks."

    def score(s, t):
        calls.append((s, t))
        return 0.9

    s, t = segment(source, "bg"), segment(target, "en")
    align_documents(Document(source, "s", "bg"), s, Document(target, "t", "en"), t, source_lang="bg", target_lang="en", pair_score=score)
    assert calls


@pytest.mark.parametrize(
    "bg,en",
    [("50 000", "50,000"), ("1,5", "1.5"), ("3 млн.", "3 million"), ("3 млн.", "3,000,000"), ("12 хил.", "12,000"),
     ("20:30 ч.", "8:30 p.m."), ("60-те години", "the 1960s"), ("5%", "5 percent"), ("100 лв.", "BGN 100"),
     ("12.03.2020", "12 March 2020"), ("три", "3")],
)
def test_numbers_match_across_formats(bg, en):
    missing, added = unmatched(extract_numbers(bg, "bg"), extract_numbers(en, "en"))
    assert not missing and not added


@pytest.mark.parametrize("bg,en", [("50 000", "15,000"), ("1,5", "2.5"), ("3 млн.", "30 million"), ("2016", "2017")])
def test_numbers_differ(bg, en):
    missing, added = unmatched(extract_numbers(bg, "bg"), extract_numbers(en, "en"))
    assert missing and added


def test_number_reading_uses_locale_symbols():
    assert read_number("1,5", "bg") == {Decimal("1.5")}
    assert read_number("1,500", "en") == {Decimal(1500)}
    assert read_number("50\u00a0000", "bg") == read_number("50 000", "bg") == {Decimal(50000)}


def test_streamlined_system():
    assert transliterate("София") == "Sofia"  # final -ия is -ia
    assert name_key("България") == name_key("Bulgaria")
    assert transliterate("Щерю Жеков Юлия") == "Shteryu Zhekov Yulia"
    assert transliterate("НАСА") == "NASA"
    assert name_key("Халифакс") == name_key("Halifax")


@pytest.mark.parametrize("name", ["pairs.tsv", "pairs.xlf", "pairs2.xlf", "pairs.po", "pairs.tmx"])
def test_readers(name):
    source, target, links = load_pairs(FIXTURES / name, "bg", "en")
    assert target.text.splitlines() == ["Twelve people died.", "The budget is BGN 3 million. It was approved.", "Sofia is the capital."]
    assert [(l.source_ids, l.target_ids) for l in links] == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]


@pytest.mark.parametrize("name,words", [("bad-columns.tsv", ":2:"), ("broken.xlf", "XLIFF"), ("broken.po", "PO"), ("broken.tmx", "TMX")])
def test_bad_files_raise_input_error(name, words):
    with pytest.raises(InputError, match=words):
        load_pairs(FIXTURES / name, "bg", "en")


def test_language_flags_checked():
    src = Document(" ".join(lines("flores200-devtest-excerpt.bul")), "s.txt", "bg")
    tgt = Document(" ".join(lines("flores200-devtest-excerpt.eng")), "t.txt", "en")
    assert check_languages(src, tgt, "bg", "en") == []
    warnings = check_languages(tgt, src, "bg", "en")
    assert any("looks like 'en'" in w for w in warnings) and any("swapped" in w for w in warnings)

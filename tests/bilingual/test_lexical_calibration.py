"""The aligner's letter evidence is calibrated on the document: a pair whose
romanised letters barely tell a translation from chance (Arabic or Chinese
against English) weighs them less than one whose letters do (bg/en), so
chance likeness cannot outweigh the sentences' lengths."""

from __future__ import annotations

from pathlib import Path

from tests.bilingual.helpers import context
from tqcheck.alignment.align import LEXICAL_WEIGHT, lexical_model
from tqcheck.alignment.anchors import segment_features
from tqcheck.rules.bilingual import tq703_omitted_sentence, tq704_added_sentence

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "bilingual"


def _pair(stem: str, source_ext: str, source_lang: str):
    source = (FIXTURES / f"{stem}.{source_ext}").read_text("utf-8")
    target = (FIXTURES / f"{stem}.eng").read_text("utf-8")
    return context(source, target, source_lang, "en")


def _model(ctx):
    src = segment_features(ctx.source.checked_text, ctx.source_segments, ctx.source_lang)
    tgt = segment_features(ctx.document.checked_text, ctx.segments, ctx.target_lang)
    return lexical_model(src, tgt)


def test_letters_weigh_less_where_they_tell_little():
    arabic = _model(_pair("flores200-devtest-meditation", "ara", "ar"))
    assert arabic.weight < LEXICAL_WEIGHT / 2
    assert arabic.chance < 0.03  # romanised Arabic shares few trigrams with English by chance


def test_letters_keep_their_weight_where_they_tell():
    bulgarian = _model(_pair("flores200-devtest-excerpt", "bul", "bg"))
    arabic = _model(_pair("flores200-devtest-excerpt", "ara", "ar"))
    assert bulgarian.weight > arabic.weight


def test_arabic_flores_excerpt_aligns_one_to_one():
    ctx = _pair("flores200-devtest-meditation", "ara", "ar")
    links = ctx.alignment.links
    assert all(link.source_ids and link.target_ids for link in links), [l.kind for l in links]
    for module in (tq703_omitted_sentence, tq704_added_sentence):
        rule = module.RULE
        assert list(rule.check(rule, ctx)) == []


def test_latin_letters_in_chinese_count_at_its_ratio_to_english():
    from tqcheck.alignment.align import english_length
    from tqcheck.alignment.lengths import text_length

    plain = "但以他名字命名的发明流传至今。"
    with_name = "但以 Adriftmorn Limited 命名的发明流传至今。"
    assert text_length(plain, "zh-Hans") == len(plain)
    # 12 Chinese characters and marks; 20 written as in English (letters and
    # spaces), which count at Chinese's ratio to English (about a third).
    ratio = english_length("zh-Hans")[0]
    assert ratio < 0.4
    assert text_length(with_name, "zh-Hans") == 12 + 20 * ratio
    assert text_length("Adriftmorn Limited", "bg") == len("Adriftmorn Limited")


def test_weak_letters_do_not_make_a_translation_look_unrelated():
    """Letter signals weigh as little as the aligner weighs letters, and one
    or two anchors are drawn towards chance: the Chinese and Arabic
    translations of the excerpt are one text with their source (TQ700)."""
    from tqcheck.rules.bilingual import tq700_unrelated_documents

    rule = tq700_unrelated_documents.RULE
    for ext, lang in (("cmn_Hans", "zh-Hans"), ("ara", "ar")):
        ctx = _pair("flores200-devtest-meditation", ext, lang)
        assert not ctx.alignment.low_confidence, (lang, ctx.alignment.warnings)
        assert list(rule.check(rule, ctx)) == []

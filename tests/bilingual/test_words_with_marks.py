"""A word is its letters and the combining marks on them (Unicode's Mn, Mc,
Me). Python's ``\\w`` has no marks, so the vowel signs and viramas of the
Brahmic scripts split a word: Hindi `जियानकार्लो` (Giancarlo) was read as
`ज`, `य`, `नक`, `र`, `ल` and romanised `jिyाnkाr्lो`. No Hindi, Bengali,
Tamil or Thai name was found in the other side, nor missed: a name changed
in a Hindi translation went unreported, and so did one changed in an
English translation of Hindi; nor was a number written in Hindi words
(तीन, three; पाँच, five) read (Hindi is outside the benchmark's languages;
found by hand translations of a short news text into languages it lacks).

The sentences are the project's own."""

from __future__ import annotations

import unicodedata

import pytest

from tests.helpers import major_name_findings, number_findings, require_dictionaries
from tqcheck.alignment.anynames import Side, sound_letters
from tqcheck.alignment.scripts import script_words
from tqcheck.alignment.translit import transliterate
from tqcheck.writing_systems import mark_ranges, stored_mark_ranges


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("मंत्री जियानकार्लो", ["मंत्री", "जियानकार्लो"]),  # Devanagari: vowel signs, virama, anusvara
        ("ক্রিস্টিন লাগার্দ", ["ক্রিস্টিন", "লাগার্দ"]),  # Bengali
        ("கிறிஸ்டின் லகார்ட்", ["கிறிஸ்டின்", "லகார்ட்"]),  # Tamil
        ("Cafe\u0301 noir", ["Cafe\u0301", "noir"]),  # a Latin accent left apart (NFD), word-final
        ("ثلاثاً", ["ثلاثاً"]),  # an Arabic mark at the end of a word
        ("بـ \"bullyingُّط\"", ["بـ", "bullying", "ط"]),  # another script's marks are not the word's
    ],
)
def test_a_word_keeps_its_marks(text, words):
    assert [text[a:b] for a, b in script_words(text)] == words


def test_a_hindi_name_is_romanised_whole():
    assert transliterate("जियानकार्लो साल्विनी") == "jiyankarlo salvini"


def test_a_hindi_name_is_found_in_its_sentence():
    side = Side("इटली में वित्त मंत्री जियानकार्लो जियोर्जेटी ने इस फैसले का स्वागत किया।", "hi")
    assert side.has("Giancarlo", "en") and side.has("Giorgetti", "en")


EN = "In Italy, the finance minister Giancarlo Giorgetti welcomed the decision."
HI = "इटली में वित्त मंत्री जियानकार्लो जियोर्जेटी ने इस फैसले का स्वागत किया।"


def test_a_right_hindi_translation_keeps_its_names():
    assert major_name_findings(EN, HI, "en", "hi") == []
    assert major_name_findings(HI, EN, "hi", "en") == []


def test_a_name_changed_in_a_hindi_translation_is_found():
    require_dictionaries("hi")
    changed = HI.replace("जियोर्जेटी", "साल्विनी")
    assert major_name_findings(EN, changed, "en", "hi"), "Salvini put for Giorgetti"


def test_a_name_changed_in_an_english_translation_of_hindi_is_found():
    changed = EN.replace("Giorgetti", "Salvini")
    assert major_name_findings(HI, changed, "hi", "en"), "Salvini put for Giorgetti"


@pytest.mark.parametrize(
    ("source", "target"),
    [("3 people were injured.", "तीन लोग घायल हुए।"), ("5 people were injured.", "पाँच लोग घायल हुए।")],
)
def test_hindi_number_words_are_read(source, target):
    assert number_findings(source, target, "en", "hi") == []
    assert number_findings(target, source, "hi", "en") == []


def test_a_number_changed_against_hindi_words_is_found():
    assert number_findings("9 people were injured.", "तीन लोग घायल हुए।", "en", "hi")


# Thai, Lao, Khmer, Burmese and Tibetan are written without spaces, as
# Chinese is, but in alphabets whose vowels are marks on the consonants:
# every word is spelled by sound, so no set of letters singles a foreign
# name out (Chinese keeps some, 特朗普). Thai's "letters that spell names"
# were the 18 of its CLDR names without a vowel mark, and runs of them in
# ordinary words (นาคารกลางย of ธนาคารกลางยุโรป, the European Central Bank)
# were names of the source "replaced" in a right translation.
@pytest.mark.parametrize("lang", ["th", "lo", "km", "my"])
def test_an_alphabet_with_vowel_marks_has_no_letters_for_names(lang):
    assert sound_letters(lang) == frozenset()


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "ja"])
def test_chinese_and_japanese_keep_their_letters_for_names(lang):
    assert sound_letters(lang)


def test_a_right_english_translation_of_thai_keeps_its_names():
    source = (
        "ธนาคารกลางยุโรปคงอัตราดอกเบี้ยไว้ที่ระดับเดิมเมื่อวันพฤหัสบดี คริสตีน ลาการ์ด ประธานธนาคารกล่าวที่แฟรงก์เฟิร์ต"
    )
    target = (
        "The European Central Bank kept interest rates unchanged on Thursday, "
        "President Christine Lagarde said in Frankfurt."
    )
    assert major_name_findings(source, target, "th", "en") == []


def test_the_stored_marks_are_this_pythons():
    # tqcheck/data/combining_marks.txt saves the start-up a scan of Unicode
    # (scripts/gen_combining_marks.py); where its version is this Python's,
    # it must hold what the scan finds, or the file is stale: regenerate it.
    version, stored = stored_mark_ranges()
    if version != unicodedata.unidata_version:
        pytest.skip(f"the file is Unicode {version}, this Python {unicodedata.unidata_version}: it scans instead")
    assert stored == mark_ranges()

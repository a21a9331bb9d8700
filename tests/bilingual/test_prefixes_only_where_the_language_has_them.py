"""TQ702: a caseless word is read less a prefix only in a language whose
words take prefixes (issue 12).

Arabic and Hebrew join and, the, with to a word (والرئيس, בירושלים), so a
name may be what follows the first letters. Korean, Hindi and Bengali take
endings instead, and their spelling dictionaries declare no prefix rule:
there a word less its first letters is a piece of it, which resembles some
name by chance (장관이 of 재무장관이, finance minister, passed for Salvini,
so Salvini in Giorgetti's place went unreported). Sentences from
fixtures/languages/ (written for this project, translated by hand)."""

from __future__ import annotations

from tests.helpers import flagged_after_replacing, major_name_findings, require_dictionaries
from tqcheck.alignment.anynames import prefixed_forms

ITALY_KO = "이탈리아에서는 잔카를로 조르제티 재무장관이 이 결정을 환영했다."
ITALY_EN = "In Italy, the finance minister Giancarlo Giorgetti welcomed the decision."


def test_a_korean_word_keeps_its_first_letters():
    require_dictionaries("ko")
    assert prefixed_forms("재무장관이", "ko") == ("재무장관이",)


def test_an_arabic_word_may_be_read_less_its_prefix():
    require_dictionaries("ar")
    assert "ترامب" in prefixed_forms("بترامب", "ar")


def test_a_language_without_a_dictionary_is_read_as_before():
    assert len(prefixed_forms("بترامب", None)) > 1


def test_a_surname_replaced_from_korean_is_found():
    require_dictionaries("ko", "en")
    assert major_name_findings(ITALY_KO, ITALY_EN, "ko", "en") == []
    flagged, messages = flagged_after_replacing(ITALY_KO, ITALY_EN, "ko", "en", "Giorgetti", "Salvini")
    assert flagged == ["Salvini"], messages

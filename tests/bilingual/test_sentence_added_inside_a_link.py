"""TQ704: a sentence added beside a translated one, which the aligner joins
to its neighbour's link rather than leaving alone (issue 12). The link's
translation is then far longer than its source needs, the neighbour alone
fits the source, and the added sentence shares no number or name with it.
A translator who split the source sentence in two, neither half enough
alone, raises nothing. Sentences from NTREX-128 (CC BY-SA 4.0), the added
ones from other articles of the same corpus, as the multilingual benchmark
adds them."""

from __future__ import annotations

from tests.helpers import check_text
from tqcheck.model import Severity

VOTE_EN = (
    "With the confirmation vote on hold for his pick to fill the Supreme Court vacancy, Trump is aiming to build "
    "support for upcoming mid-term elections since Republicans are at risk of losing control of Congress when "
    "votes are cast on Nov."
)
VOTE_RU = (
    "Поскольку голосование по кандидатуре, предложенной им на пост верховного судьи, было отложено, Трамп "
    "стремится заручиться поддержкой на предстоящих промежуточных выборах, ведь республиканцы рискуют потерять "
    "контроль над Конгрессом, если голосование состоится в ноябре."
)
ARRIVAL_RU = "Премьер-министр Великобритании прибывает на конференцию консервативной партии в Бирмингеме."
VACCINE_EN = "They can then 'see' a protein common to many cancers and then reinjected"
VACCINE_PL = (
    "Wówczas mogą one „dostrzegać” białko wspólne dla wielu nowotworów. "
    "Następnie są one ponownie wstrzykiwane do organizmu."
)


def added(source: str, target: str, source_lang: str, target_lang: str) -> list[str]:
    found = check_text(target, select=("TQ704",), source=source, source_lang=source_lang, target_lang=target_lang)
    return [target[f.start : f.end] for f in found if f.severity >= Severity.MAJOR]


def test_a_sentence_added_beside_a_translation_is_found():
    assert added(VOTE_EN, VOTE_RU, "en", "ru") == []
    assert added(VOTE_EN, f"{VOTE_RU} {ARRIVAL_RU}", "en", "ru") == [ARRIVAL_RU]
    assert added(VOTE_EN, f"{ARRIVAL_RU} {VOTE_RU}", "en", "ru") == [ARRIVAL_RU]


def test_the_message_quotes_the_source_the_other_sentence_translates():
    (finding,) = check_text(
        f"{VOTE_RU} {ARRIVAL_RU}", select=("TQ704",), source=VOTE_EN, source_lang="en", target_lang="ru"
    )
    assert "the sentence beside it translates" in finding.message and "confirmation vote" in finding.message
    # The reviewer's two columns highlight the source sentence beside it.
    (span,) = dict(finding.details)["source_spans"]
    assert VOTE_EN[span[0] : span[1]] == VOTE_EN


def test_a_short_sentence_added_is_left_to_the_aligner():
    # A sentence too short to lengthen the link past the bar: an addition
    # the length model cannot tell from a translator's own words.
    short = "В субботу мальчика достали из канализации."
    assert added(VOTE_EN, f"{VOTE_RU} {short}", "en", "ru") == []


def test_a_source_sentence_split_in_two_raises_nothing():
    # Each half is too short to be the whole sentence's translation.
    assert added(VACCINE_EN, VACCINE_PL, "en", "pl") == []


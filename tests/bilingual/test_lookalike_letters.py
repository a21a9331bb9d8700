"""Words typed with Latin look-alikes (issue 12). A Serbian translation of
NTREX-128 (CC BY-SA 4.0) has `Чeтрдeсeтдвoгoдишњи` (a 42-year-old) with a
Latin e and o among its Cyrillic letters, and `To je нoрмaлнo.` (that is
normal) with Latin a and o in нормално. Read letter by letter, the first
was no number word (TQ701: the source's 42 missing), and the second a
sentence mostly in Latin (TQ706: untranslated; TQ304: English). A word
that mixes Latin look-alikes into a Cyrillic or Greek word is now read in
that script (scripts.fold_lookalikes, which the names check already read
names with), one letter for one, so offsets stay the text's. A word of
two scripts that is no such mix stays as it is, and a sentence in Latin
letters is still reported."""

from __future__ import annotations

from tests.helpers import check_text, number_findings
from tqcheck.alignment.numbers import extract_numbers
from tqcheck.model import Severity

SCOT_EN = "The Scot, 42, is relishing the challenge of reviving the North-East club."
SCOT_SR = "Чeтрдeсeтдвoгoдишњи Шкoт уживa у изaзoву oживљaвaњa клубa сa сeвeрoистoкa."


def _numbers(source: str, target: str):
    return number_findings(source, target, "en", "sr-Cyrl")


def test_a_number_word_with_latin_look_alikes_is_read():
    assert not [f for f in _numbers(SCOT_EN, SCOT_SR) if f.severity >= Severity.MAJOR]


def test_another_number_is_still_changed():
    found = _numbers(SCOT_EN.replace("42", "43"), SCOT_SR)
    assert any(f.severity >= Severity.MAJOR for f in found), [f.message for f in found]


def test_offsets_stay_those_of_the_text():
    text = "Имао је двaдесет година."  # a Latin a in двадесет
    (mention,) = [m for m in extract_numbers(text, "sr-Cyrl", 0, len(text))]
    assert text[mention.start : mention.end] == "двaдесет"


NORMAL_SR = "To je нoрмaлнo."  # NTREX-128's Serbian: Latin T, o, j, e, and a Latin o and a in нормално


def test_a_sentence_with_look_alikes_is_not_in_the_other_script():
    # Mostly Cyrillic once нoрмaлнo is read in its own script: not a
    # sentence left in Latin (TQ706), nor one in another language (TQ304).
    found = check_text(NORMAL_SR, select=("TQ706", "TQ304"), source="That is normal.", source_lang="en", target_lang="sr-Cyrl")
    assert not found, [f.message for f in found]
    alone = check_text(NORMAL_SR, select=("TQ304",), target_lang="sr-Cyrl")
    assert not alone, [f.message for f in alone]


def test_a_sentence_in_latin_letters_is_still_reported():
    latin = "To je normalno i dobro za sve."
    found = check_text(latin, select=("TQ706", "TQ304"), source="That is normal and good for all.", source_lang="en", target_lang="sr-Cyrl")
    assert found, "a Serbian sentence in Latin letters in a Cyrillic text"

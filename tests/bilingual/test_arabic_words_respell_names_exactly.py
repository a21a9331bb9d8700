"""TQ702 with Arabic: a word of the Arabic dictionary is a name respelled
only with the name's very consonants (issue 12).

Arabic writes few vowels and has no capitals, so every word of a sentence
is a candidate for a source name respelled, and a word of the language
resembles some name by chance: `والروابط` (and the links) passed for
`Robert`, whose place `ألكسندر` (Alexander) had taken, so nothing at all
was reported; `الروابط`'s consonants are Robert's in another order. The
Arabic dictionary lists the language's own words (and loanwords: فرنك,
franc) and few foreign names (ترامب, Trump, is not in it): a word it knows
now counts as a name respelled only with the name's very skeleton, or
that skeleton less its last consonants, as a loanword drops an ending
(روسيا ~ Russia, فرنك ~ francs). A word it does not know is matched as
before.

The tests read the system's Arabic dictionary (Debian's hunspell-ar,
which scripts/setup.sh installs): skipped without it, a failure where
TQCHECK_REQUIRE_DICTIONARIES=1 (scripts/test.sh, so CI). Sentence from
NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings, require_dictionaries
from tqcheck.alignment.anynames import Side

MUELLER_EN = (
    "Rosenstein oversees the work of special counsel Robert Mueller, who is investigating Russian election "
    "interference, links between Trump aides and Russia and potential obstruction of justice by the president."
)
MUELLER_AR = (
    "ويُشرف روزنشتاين على عمل المستشار الخاص {} مولر، الذي يُحقق بشأن التدخل في الانتخابات الروسية، والروابط "
    "بين مساعدي ترامب وروسيا وإعاقة الرئيس المحتملة للعدالة."
)


@pytest.fixture(autouse=True)
def _dictionary():
    require_dictionaries("ar")


def test_a_word_of_the_language_is_no_respelling_of_a_name_by_chance():
    assert not Side(MUELLER_AR.format("ألكسندر"), "ar").has("Robert", "en")


def test_the_name_gone_is_reported():
    findings = name_findings(MUELLER_EN, MUELLER_AR.format("ألكسندر"), "en", "ar")
    assert ["'Robert'" in f.message for f in findings] == [True]


def test_the_name_respelled_is_found():
    assert not name_findings(MUELLER_EN, MUELLER_AR.format("روبرت"), "en", "ar")


@pytest.mark.parametrize(("name", "word"), [("Russia", "وروسيا"), ("francs", "فرنك")])
def test_a_word_of_the_dictionary_with_the_names_consonants_is_it(name, word):
    assert Side(f"قال {word} اليوم", "ar").has(name, "en")

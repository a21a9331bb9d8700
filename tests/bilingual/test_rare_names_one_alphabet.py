"""TQ702: a rare name written alone, where only names take a capital, is
spelled much as it is in another language of its alphabet (issue 12).
Kiernan ~ Carnegie and Brookline ~ Buchanan keep some consonants in order,
which excused the missing name as "perhaps respelled"; a rare lone name
has no exonym in a language of its own alphabet, so there a word must
sound like it or share most of its letters to be it. A common name keeps
its exonyms (Beijing ~ Pekín). Sentences from NTREX-128 (CC BY-SA 4.0),
shortened."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_after_replacing
from tests.helpers import major_name_findings as majors
from tests.helpers import name_findings as names

KIERNAN_EN = (
    "The actor declined to comment, though a Scottish Sun source hinted that Kiernan was looking to get "
    "involved in Glasgow's restaurant trade."
)
KIERNAN_FR = (
    "L’acteur a refusé de commenter, bien qu’une source du Scottish Sun ait révélé que Kiernan voulait "
    "s’impliquer dans la restauration à Glasgow."
)
BROOKLINE_ES = "Furyk formó parte del equipo ganador en Brookline."
BROOKLINE_EN = "Furyk was part of the winning team at Brookline."


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "target_lang", "old", "new"),
    [
        (KIERNAN_EN, "en", KIERNAN_FR, "fr", "Kiernan", "Carnegie"),
        (BROOKLINE_ES, "es", BROOKLINE_EN, "en", "Brookline", "Buchanan"),
    ],
    ids=["kiernan-is-no-carnegie", "brookline-is-no-buchanan"],
)
def test_a_rare_lone_name_replaced_by_one_with_a_few_of_its_consonants(source, source_lang, target, target_lang, old, new):
    assert not majors(source, target, source_lang, target_lang)
    spans, messages = flagged_after_replacing(source, target, source_lang, target_lang, old, new)
    assert spans == [new], messages


def test_a_common_name_keeps_its_exonym():
    found = names("Beijing and Washington are locked in a trade war.", "Pekín y Washington están en una guerra comercial.", "en", "es")
    assert not found, [f.message for f in found]

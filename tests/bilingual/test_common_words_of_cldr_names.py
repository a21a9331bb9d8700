"""TQ702 and cldr_names: a word of the grammar in a CLDR name of several
words names nothing alone (issue 12).

German CLDR names South Georgia `Südgeorgien und die Südlichen
Sandwichinseln`; its `die` (the) was a word of that name like any other, so
every German sentence with `die` named South Georgia, and English `Islam`
(whose stem CLDR's `Islands` shares) was "in" such a sentence: `Sundarbans`
-> `Islam` passed as a name found in the source. French `les` of `Géorgie
du Sud-et-les Îles Sandwich du Sud` named the islands in any French
sentence. A word of a name that is a word of its language's grammar (Zipf
6: die, und, les) counts as the words many names share do (Islands, South):
with the rest of its name. A common word that is no grammar (`British`,
Zipf 5.2) still counts alone: English `Britain` is no CLDR name, and
`Великобритания` is found in it through `British`.

Sentences from FLORES-200 devtest and NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings
from tqcheck.alignment.anynames import Side
from tqcheck.alignment.cldr_names import concept_in

SUNDARBANS_DE = (
    "Die Sundarbans sind der größte Mangrovengürtel der Welt und erstrecken sich über 80 km vom "
    "bangladeschischen und indischen Hinterland bis an die Küste."
)
SUNDARBANS_EN = (
    "The {} are the largest littoral mangrove belt in the world, stretching 80 km (50 mi) into the "
    "Bangladeshi and Indian hinterland from the coast."
)


@pytest.mark.parametrize(
    ("concept", "text", "lang", "named"),
    [
        ("T:GS", "Die Katze und die Maus schlafen.", "de", False),
        ("T:GS", "Ein Schiff fuhr nach Südgeorgien.", "de", True),
        ("T:GS", "Les enfants jouent dans le parc.", "fr", False),
        ("T:GS", "Un navire est arrivé en Géorgie du Sud.", "fr", True),
    ],
)
def test_a_word_of_the_grammar_in_a_cldr_name_names_it_only_with_the_rest(concept, text, lang, named):
    assert concept_in(frozenset({concept}), text, lang) is named


def test_a_common_word_that_is_no_grammar_still_names_its_country():
    english = Side("Britain's Prime Minister Theresa May arrives in Birmingham, Britain, September 29, 2018.", "en")
    assert english.has("Великобритании", "ru")


def test_a_name_replaced_by_a_word_a_grammar_word_seemed_to_explain():
    assert major_name_findings(SUNDARBANS_DE, SUNDARBANS_EN.format("Islam"), "de", "en")
    assert not major_name_findings(SUNDARBANS_DE, SUNDARBANS_EN.format("Sundarbans"), "de", "en")

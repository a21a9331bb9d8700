"""TQ702: a rare word of the source that the translation's own dictionary
lists, letter for letter, as a name is a name, though its own dictionary
has it in lower case (issue 12). Spanish tesla is a unit, so a missing
Tesla counted as a word translated and the name put in its place (Ronald)
as its translation; English lists Tesla as a name. A common word of the
source (Band of Youth Band) stays a word translated (Orchestra).
Sentences from FLORES-200 (CC BY-SA 4.0) and NTREX-128 (CC BY-SA 4.0),
shortened."""

from __future__ import annotations

from tests.helpers import flagged_after_replacing
from tests.helpers import major_name_findings as majors
from tests.helpers import name_findings as names

TESLA_ES = "En 1884, Tesla se mudó a EE. UU. a fin de tomar un empleo en la compañía Edison en Nueva York."
TESLA_EN = "In 1884, Tesla moved to the United States of America to accept a job with the Edison Company in New York City."
BAND_EN = (
    "He and his brother Dr James Vann also laid a wreath after the parade, which was led by the Brentwood "
    "Imperial Youth Band."
)
BAND_RO = (
    "Acesta, împreună cu fratele său, dr. James Vann, au depus și o coroană după paradă, care a fost condusă "
    "de Orchestra de tineret Brentwood Imperial."
)


def test_a_name_that_is_a_unit_in_the_source_language_replaced():
    assert not names(TESLA_ES, TESLA_EN, "es", "en")
    spans, messages = flagged_after_replacing(TESLA_ES, TESLA_EN, "es", "en", "Tesla", "Ronald")
    assert spans == ["Ronald"], messages


def test_a_common_word_of_a_name_is_translated():
    found = majors(BAND_EN, BAND_RO, "en", "ro")
    assert not found, [f.message for f in found]

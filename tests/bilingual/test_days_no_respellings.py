"""TQ702: a month or a day of the week that translates another word of the
source is no respelling of a missing name (issue 12). Greek writes its
days with a capital, and Πέμπτη (Thursday) sounds a little like Pompeo
(p-m-p), so with Pompeo changed to Λόρδος the name passed for found and
nothing was reported. Now a word that CLDR has as a month or a day, which
another word of the source names too (Thursday), is that word's. A name
that is also a month stays a name: Theresa May's Мей is still hers.
Sentences from NTREX-128 (CC BY-SA 4.0), the first shortened."""

from __future__ import annotations

from tests.helpers import flagged_after_replacing
from tests.helpers import name_findings as names
from tqcheck.alignment.anynames import Side

POMPEO_EN = "However, U.S. Secretary of State Mike Pompeo told the U.N. Security Council on Thursday that sanctions must continue."
POMPEO_EL = (
    "Ωστόσο, ο Υπουργός Εξωτερικών των ΗΠΑ Μάικ Πομπέο δήλωσε στο Συμβούλιο Ασφαλείας του ΟΗΕ την Πέμπτη ότι "
    "οι κυρώσεις πρέπει να συνεχιστούν."
)
MAY_EN = (
    "But the challenge Mrs May faces in reconciling her deeply divided ranks has been underlined by pro-Remain "
    "Tories joining a separate protest against Brexit in the city."
)
MAY_UK = (
    "Увагу до проблем, з якими стикнулася Мей, намагаючись примирити свої глибоко розколоті ряди, ще більше "
    "привернуло те, що депутати від Консервативної партії, які виступають проти виходу, приєдналися до "
    "спеціальної акції протесту в місті проти Brexit."
)


def test_a_day_translated_is_no_respelling_of_a_name():
    assert not names(POMPEO_EN, POMPEO_EL, "en", "el")
    spans, messages = flagged_after_replacing(POMPEO_EN, POMPEO_EL, "en", "el", "Πομπέο", "Λόρδος")
    assert spans == ["Λόρδος"], messages


def test_a_name_that_is_also_a_month_is_still_a_name():
    # May, the month too, is Theresa May: it still explains Мей (were every
    # month no name, Мей would be a name the source lacks, put in the
    # Tories' place).
    assert Side(MAY_EN, "en").has("Мей", "uk", rivals=("Консервативної", "Мей"))

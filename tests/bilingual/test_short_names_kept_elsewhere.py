"""TQ702: a name of two consonants that the translation respells, loosely,
in another sentence whose own source has it is one the translator writes
as a name (issue 12). Levee (Newport on the Levee) is a word in lower case
too and travels little, so only its respelling elsewhere shows it is a
name; Λεβί keeps l-v, too few consonants for the strong likeness that
"written elsewhere" asked, so Levee was no name and Μίλτον in its place
went unreported. Greek; sentences from NTREX-128 (CC BY-SA 4.0)."""

from __future__ import annotations

from tests.helpers import flagged_after_replacing
from tests.helpers import major_name_findings as majors

LEVEE_EN = (
    "Thieves take $26,750 during ATM refill at Newport on the Levee\n"
    "Thieves on Friday morning stole $26,750 from a Brink's worker refilling an ATM at Newport on the Levee, "
    "according to a news release from the Newport Police Department."
)
LEVEE_EL = (
    "Κλέφτες απέσπασαν 26.750 $ κατά τον ανεφοδιασμό μηχανήματος αυτόματης ανάληψης στο Νιούπορτ ον δε Λεβί.\n"
    "Το πρωί της Παρασκευής, κλέφτες απέσπασαν 26.750 $ από υπάλληλο της Brink που πραγματοποιούσε "
    "ανεφοδιασμό μηχανήματος ΑΤΜ στο Νιούπορτ ον δε Λεβί, σύμφωνα με δελτίο τύπου του Αστυνομικού Τμήματος "
    "του Νιούπορτ."
)


def test_a_short_name_respelled_elsewhere_replaced():
    assert not majors(LEVEE_EN, LEVEE_EL, "en", "el")
    spans, messages = flagged_after_replacing(LEVEE_EN, LEVEE_EL, "en", "el", "δε Λεβί.", "δε Μίλτον.")
    assert spans == ["Μίλτον"], messages


# A common word of the source's dictionary in lower case (State of Secretary
# of State, which German translates whole: Außenminister) is no name kept
# elsewhere for being like a word of another sentence, its translation
# there (Staaten). Before, it was one, and the unexplained Denuklearisierung
# took its place: a major false alarm. German; NTREX-128 (CC BY-SA 4.0).
STATE_EN = (
    "North Korea's foreign minister told the United Nations on Saturday continued sanctions were deepening its mistrust in the United States and there was no way the country would give up its nuclear weapons unilaterally under such circumstances."
    "\n"
    'However, U.S. Secretary of State Mike Pompeo told the U.N. Security Council on Thursday that: "Enforcement of Security Council sanctions must continue vigorously and without fail until we realize the fully, final, verified denuclearization."'
)
STATE_DE = (
    'Nordkoreas Außenminister sagte am Samstag vor den Vereinten Nationen, dass fortgesetzte Sanktionen ihr Misstrauen gegenüber den Vereinigten Staaten vertieften und das Land unter diesen Umständen keinesfalls einseitig seine Atomwaffen aufgeben würde.'
    "\n"
    'US-Außenminister Mike Pompeo sagte jedoch am Donnerstag gegenüber dem UN-Sicherheitsrat: „Die Durchsetzung der Sanktionen des Sicherheitsrats muss auf jeden Fall energisch fortgesetzt werden, bis wir die vollständige, endgültige und verifizierte Denuklearisierung erreicht haben.“'
)


def test_a_common_word_like_its_translation_elsewhere_is_no_name_kept():
    assert not majors(STATE_EN, STATE_DE, "en", "de")


# So is one that is a name too (Turkish Güneş, the Sun, also a given name),
# whose strong likeness elsewhere is chance (Chinese, of Çinli): such a word
# counts as kept elsewhere only in its very spelling. Before, Güneş of Güneş
# Tapınağı (Temple of the Sun) was a name kept, and Temple took its place.
# (May, a common English word, is kept elsewhere as May.) Turkish; FLORES-200
# devtest (CC BY-SA 4.0).
SUN_TR = (
    "1624 senesinde, Dutch East India Company, güneybatı Tayvan'da bir tesis inşa ederek yerli tahıl üretimi "
    "yöntemlerinde bir değişim gerçekleştirdi ve Çinli işçileri pirinç ve şeker tarlalarında çalışmak üzere "
    "istihdam etti.\n"
    "Macchu Picchu; Intihuatana, Güneş Tapınağı ve Üç Pencere Tapınağı olarak bilinen üç ana yapıdan oluşur."
)
SUN_EN = (
    "In 1624,Dutch East India Company establishes a base in southwestern Taiwan, initiating a transformation in "
    "aboriginal grain production practices and employing Chinese laborers to work on its rice and sugar "
    "plantations.\n"
    "Machu Picchu consist of three main structures, namely Intihuatana, the Temple of the Sun, and the Room of "
    "the Three Windows."
)


def test_a_common_word_that_is_a_name_too_is_kept_elsewhere_only_as_it_is():
    assert not majors(SUN_TR, SUN_EN, "tr", "en")


# One that its dictionary has only in lower case stays no name kept, even
# where another sentence keeps it in its very spelling: The of The Times
# (German: der New York Times) is no name because MSNBC's "The Rachel Maddow
# Show" keeps an English The; York is no name in its place. German; NTREX-128
# (CC BY-SA 4.0), the first sentence shortened.
TIMES_EN = (
    "MSNBC's \"The Rachel Maddow Show\" led the ratings with up to 3.5 million viewers on big news nights.\n"
    "Amy Chozick, a writer at large for The Times covering business, politics and media, is the author of the "
    "memoir \"Chasing Hillary.\""
)
TIMES_DE = (
    "MSNBCs „The Rachel Maddow Show“ führte die Einschaltquoten mit bis zu 3,5 Millionen Zuschauern an Abenden "
    "mit wichtigen Nachrichten an.\n"
    "Amy Chozick, Autorin bei der New York Times für Themen aus Wirtschaft, Politik und Medien, ist Autorin der "
    "Biographie „Chasing Hillary“."
)


def test_an_ordinary_word_kept_elsewhere_in_its_spelling_is_still_no_name():
    assert not majors(TIMES_EN, TIMES_DE, "en", "de")

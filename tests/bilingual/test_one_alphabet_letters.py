"""TQ702: in one alphabet, two words whose consonants merely fall in the
same classes are not one name respelled (issue 12). Ford (f-r-d) and Brett
(b-r-t) keep lips, liquid and teeth in order, so Ford counted as found in
Brett and the name put in Ford's place went unreported; in one alphabet a
respelling shares letters too (Cross ~ Cruz, Beijing ~ Pekín). With such
chance excuses gone, a name the translation adds is reported unless the
source has it in some form: a root its exonym shares (Zululandia ~
KwaZulu-Natal) or a two-letter name, inflected, elsewhere in the source
(Kim Jong Un ~ Kim Dzong Unem). Sentences from NTREX-128 and FLORES-200
(CC BY-SA 4.0), shortened."""

from __future__ import annotations

from tests.helpers import flagged_after_replacing
from tests.helpers import major_name_findings as majors
from tqcheck.alignment.anynames import maybe_same_name, sounds_alike

FORD_EN = "Kavanaugh testified before Congress on Thursday, denying an allegation from Christine Blasey Ford."
FORD_PL = "W czwartek Brett Kavanaugh zeznawał przed kongresem, zaprzeczając oskarżeniom Christiny Blasey Ford."
ZULU_ES = (
    "La tuberculosis extremadamente resistente (XDR-TB) fue detectada por primera vez por el Dr. Tony Moll "
    "en área sudafricana de Zululandia."
)
ZULU_EN = (
    "Dr. Tony Moll discovered the Extremely Drug Resistant Tuberculosis (XDR-TB) in the South African region "
    "KwaZulu-Natal."
)
# FLORES-200 devtest (CC BY-SA 4.0): the Falklands' only bank
STANLEY_FR = "L'argent peut être échangé à la seule banque des îles située à Stanley, en face du magasin FIC West."
STANLEY_EN = "Money can be exchanged at the only bank in the islands which is located in Stanley across from the FIC West store."
KIM_EN = (
    "The meeting came after the summit with Kim Jong Un in Singapore.\n"
    "He defended his approach in talking about relations with Kim."
)
KIM_PL = (
    "Spotkanie odbyło się po szczycie z Kim Dzong Unem w Singapurze.\n"
    "Bronił swojego podejścia, omawiając relacje z Kim Dzong Unem."
)


def test_consonant_classes_alone_make_no_respelling_in_one_alphabet():
    assert not sounds_alike("Ford", "Brett") and not maybe_same_name("Ford", "Brett")
    assert sounds_alike("Cross", "Cruz") and maybe_same_name("Beijing", "Pekín")


def test_a_name_replaced_by_one_whose_consonants_fall_in_its_classes():
    assert not majors(FORD_EN, FORD_PL, "en", "pl")
    spans, messages = flagged_after_replacing(FORD_EN, FORD_PL, "en", "pl", "Ford", "Rosenbergowie")
    assert spans == ["Rosenbergowie"], messages


def test_half_the_letters_with_other_consonants_make_no_respelling():
    # Stanley (s-t-n-l) and Schneider (s-n-d-r) share half their letters as
    # they sound (0.5) and, by classes, three consonants in order: Stanley
    # counted as found in Schneider, which took its place unreported. A
    # short form or a stem, whose consonants start the other's, still is one
    # (Det. ~ Detective, Red ~ Roten of Roten Kreuzes), and so is a name with
    # one consonant put for another (CLDR's St. Barthélemy ~ San Bartolomé).
    assert not sounds_alike("Stanley", "Schneider")
    assert sounds_alike("Det", "Detective") and sounds_alike("Red", "Roten")
    assert sounds_alike("St.Barthélemy", "SanBartolomé")
    assert not majors(STANLEY_FR, STANLEY_EN, "fr", "en")
    spans, messages = flagged_after_replacing(STANLEY_FR, STANLEY_EN, "fr", "en", "Stanley", "Schneider")
    assert spans == ["Schneider"], messages


def test_an_exonym_sharing_a_root_is_no_name_added():
    found = majors(ZULU_ES, ZULU_EN, "es", "en")
    assert not found, [f.message for f in found]


def test_a_short_name_inflected_is_no_name_added():
    found = majors(KIM_EN, KIM_PL, "en", "pl")
    assert not found, [f.message for f in found]

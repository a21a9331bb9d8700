"""TQ702: a name replaced in its own place, though loosely like another word
of the translation (issue 12).

`Άρνολντ` (Arnold) sounds, loosely, like `Governor` (r-n-l against
g-v-r-n-r): that likeness once counted as the name found, so `Missouri`
standing in its place, beside the kept `Schwarzenegger`, went unreported.
A name found only loosely, in another word, whose own place beside a kept
word of its run holds a name the source does not explain, was replaced by
that name.

Sentence from FLORES-200 devtest (CC BY-SA 4.0), Greek and its English."""

from __future__ import annotations

import pytest

from tests.helpers import major_name_findings

ARNOLD_EL = (
    "Ο κυβερνήτης της Καλιφόρνια, Άρνολντ Σβαρτζενέγκερ, υπέγραψε νομοσχέδιο για την απαγόρευση πώλησης ή "
    "ενοικίασης βιντεοπαιχνιδιών με βίαιο περιεχόμενο σε ανήλικα παιδιά."
)
ARNOLD_EN = (
    "California Governor Arnold Schwarzenegger signed into law a bill that bans the sale or rental of violent "
    "video games to minors."
)


def test_the_right_name_is_quiet():
    assert major_name_findings(ARNOLD_EL, ARNOLD_EN, "el", "en") == []


def test_a_name_in_its_place_beside_its_kept_mate_replaced_it():
    found = major_name_findings(ARNOLD_EL, ARNOLD_EN.replace("Arnold", "Missouri"), "el", "en")
    assert len(found) == 1, found
    assert "'Άρνολντ'" in found[0].message and "'Missouri' instead" in found[0].message


def test_a_title_left_in_its_place_is_no_name_come():
    # The name dropped, the title beside its mate is the source's own word
    # (κυβερνήτης): nothing unexplained stands in its place.
    found = major_name_findings(ARNOLD_EL, ARNOLD_EN.replace("Arnold ", ""), "el", "en")
    assert not any("instead" in f.message for f in found), found


@pytest.mark.parametrize(
    ("source", "target", "source_lang", "target_lang"),
    [
        # NTREX-128 (CC BY-SA 4.0), shortened: Byeong's hyphenated mate,
        # seug, is a word of its own in the translation.
        (
            "Park Byeong-seug, citing data from the South's unification ministry, said there were 1,127 "
            "defections last year.",
            "Пак Бён Сеуг, сославшись на данные министерства юга, заявил, что в прошлом году было 1127 случаев.",
            "en", "ru",
        ),
        # FLORES-200 devtest (CC BY-SA 4.0): лас of Вилья-лас-Эстрельяс.
        (
            "Крупнейшим остров носит имя Короля Георга с поселением Вилья-лас-Эстрельяс.",
            "The largest is King George Island with the settlement of Villa Las Estrellas.",
            "ru", "en",
        ),
        # NTREX-128: Holly respelled (Χόλλυ), a name of no dictionary, and
        # the surname the translator added beside it.
        (
            'A source said: "Truly was by far the top of Holly\'s priorities.',
            'Σύμφωνα με κάποια πηγή: "Η Truly ήταν μακράν από τις κορυφαίες προτεραιότητες της Χόλλυ Ουίλομπι.',
            "en", "el",
        ),
        # NTREX-128: Bush respelled (Μπους), and W. written out beside it.
        (
            "George W. Bush has been picking up the phone to call Senators, lobbying them to support Mr Kavanaugh, "
            "who worked in the White House for Mr Bush and through him met his wife Ashley, who was Mr Bush's "
            "personal secretary.",
            "O Τζωρτζ Ουώκερ Μπους τηλεφωνεί σε Γερουσιαστές, πιέζοντάς τους να στηρίξουν τον κ. Κάβανο. ο οποίος "
            "εργαζόταν στον Λευκό Οίκο για τον κ. Μπους και μέσω αυτού γνώρισε τη σύζυγό του Άσλει, η οποία ήταν η "
            "προσωπική γραμματέας του κ. Μπους.",
            "en", "el",
        ),
        # FLORES-200 devtest: Newt is a word of English too (a newt), found
        # beside the kept Gingrich; Speaker, a title, is no name come.
        (
            "Бывший спикер палаты Ньют Гингрич, губернатор Техаса Рик Перри и конгресмен Мишель Бахман заняли "
            "четвертое, пятое и шестое места соответственно.",
            "Former House Speaker Newt Gingrich, Texas governor Rick Perry, and Congresswoman Michele Bachmann "
            "finished in fourth, fifth, and sixth place, respectively.",
            "ru", "en",
        ),
    ],
    ids=["korean-given-name", "spanish-place", "name-added-beside", "initial-written-out", "word-beside-its-mate"],
)
def test_a_name_respelled_beside_words_of_its_own_took_no_place(source, target, source_lang, target_lang):
    # The word found is the name respelled, or the rest of its hyphenated
    # word respelled apart: nothing took its place.
    assert major_name_findings(source, target, source_lang, target_lang) == []

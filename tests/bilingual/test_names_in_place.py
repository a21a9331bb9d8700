"""TQ702: the word that took a name's place (issue 12). A name rare as a
word is replaced by a word in its own place (the same capitalised run as
the rest of the name), by a name borrowed from another sentence of the
article, or by a word that reads as a name (a CLDR place name; a word
the target language's list barely knows, where only names take capitals).
Each bad pair is a major finding; the same shape translated right, or with
a translated word in the name's place, is not. One language per script:
Latin (German, Spanish, English), Cyrillic (Russian), Greek."""

from __future__ import annotations

import pytest

from tests.helpers import name_findings as names
from tqcheck.model import Severity

POMPEO = "Mike Pompeo told the Security Council on Thursday that sanctions must continue."
MENDOZA = "Rolando Mendoza fired his rifle at the tourists."
RACE = "Michael Schumacher abandonó la carrera por una avería. Ganó el finlandés Räikkönen, su rival de siempre."
KIRIBATI = "The minister flew to Kiribati on Monday for talks."
SAMOA = "Die Hauptstadt von Samoa liegt auf der Insel Upolu."

RIGHT = {
    "ru": "Майк Помпео заявил в четверг Совету безопасности, что санкции должны продолжаться.",
    "el": "Ο Ρολάντο Μεντόζα πυροβόλησε με το όπλο του τους τουρίστες.",
    "en": "Michael Schumacher left the race because of a failure. The Finn Räikkönen, his old rival, won.",
    "ru-place": "В понедельник министр вылетел на переговоры в Кирибати.",
    "en-place": "The capital of Samoa is on the island of Upolu.",
}

# id, source, source language, target language, the right translation, its
# name, the word that replaces it in the wrong one
CASES = [
    ("cyrillic-in-its-place", POMPEO, "en", "ru", RIGHT["ru"], "Помпео", "Новак"),
    ("greek-in-its-place", MENDOZA, "en", "el", RIGHT["el"], "Μεντόζα", "Σάρα"),
    ("latin-borrowed-from-the-article", RACE, "es", "en", RIGHT["en"], "Räikkönen,", "Schumacher,"),
    ("cyrillic-place-name", KIRIBATI, "en", "ru", RIGHT["ru-place"], "Кирибати", "Панаму"),
    ("latin-rare-word", SAMOA, "de", "en", RIGHT["en-place"], "Samoa", "Devonport"),
]


@pytest.mark.parametrize(("case", "source", "source_lang", "target_lang", "right", "name", "rival"), CASES)
def test_the_word_in_a_names_place_is_a_changed_name(case, source, source_lang, target_lang, right, name, rival):
    wrong = right.replace(name, rival, 1)
    assert wrong != right, case
    found = names(source, wrong, source_lang, target_lang)
    majors = [f for f in found if f.severity >= Severity.MAJOR]
    assert majors, [f.message for f in found]
    assert any(f"{rival.rstrip(',')!r} instead" in f.message for f in majors), [f.message for f in majors]
    assert names(source, right, source_lang, target_lang) == []


def test_a_translated_word_of_a_name_is_no_rival():
    # Red Cross -> Cruz Roja: Red is a common word, translated; Roja in its
    # run is its translation, not a name that replaced it.
    found = names("The Red Cross sent help to the island.", "La Cruz Roja envió ayuda a la isla.", "en", "es")
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


def test_a_name_the_source_sentence_has_is_not_borrowed():
    # Schumacher is in both sentences of the source: the second mention is
    # the source's own, not one borrowed in another name's place.
    source = "Michael Schumacher abandonó la carrera. Räikkönen ganó y Schumacher fue segundo."
    target = "Michael Schumacher left the race. Räikkönen won and Schumacher came second."
    assert names(source, target, "es", "en") == []


def test_a_common_capitalised_word_is_no_rare_name():
    # German capitalises its nouns: a rare capitalised German word in a
    # name's place is not taken for a name on its rarity alone.
    found = names(
        "The capital of Samoa is on the island of Upolu.",
        "Die Hauptstadt des Inselstaats liegt auf der Insel Upolu.", "en", "de",
    )
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


def test_a_word_of_a_longer_cldr_name_is_found_only_as_the_name():
    # Korea is a word of North Korea: the Ukrainian Північну (North) names
    # that concept, but it is no Korea; the German compound Nordkorea is.
    source = "Pompeo has visited North Korea three times this year."
    wrong = names(source, "Помпео цього року тричі відвідав Північну Флориду.", "en", "uk")
    assert any("'Korea'" in f.message for f in wrong), [f.message for f in wrong]
    assert names(source, "Помпео цього року тричі відвідав Північну Корею.", "en", "uk") == []
    assert names(source, "Pompeo hat Nordkorea dieses Jahr dreimal besucht.", "en", "de") == []


# A rare name replaced by a capitalised word that is a common word of its
# language too (Мартин: март), where only names take capitals: the word in
# a rare name's place is a name. A source word that respells a lower-case
# word of the translation (Султан ~ sultan) is that word's, not the
# replacing name's (Saarinen).
KIERNAN = "The duo announced that the ninth series will be the last, and it appears Kiernan is planning for life after Craiglang."
CASABLANCA = "Султан Марокко перестроил город, а испанские торговцы назвали его Касабланкой."
COMMON_RIVALS = [
    ("cyrillic-common-word", KIERNAN, "en", "ru",
     "Дуэт объявил, что девятая серия станет последней, и похоже, что Кирнан планирует жизнь после Крейгланга.",
     "Кирнан", "Мартин"),
    ("latin-against-a-lower-case-respelling", CASABLANCA, "ru", "en",
     "The Moroccan sultan rebuilt the city, and Spanish traders gave it the name Casablanca.",
     "Casablanca", "Saarinen"),
]


@pytest.mark.parametrize(("case", "source", "source_lang", "target_lang", "right", "name", "rival"), COMMON_RIVALS)
def test_a_rare_names_replacement_is_found_though_common_or_respelled_nearby(
    case, source, source_lang, target_lang, right, name, rival
):
    wrong = right.replace(name, rival, 1)
    found = names(source, wrong, source_lang, target_lang)
    majors = [f for f in found if f.severity >= Severity.MAJOR]
    assert any(f"{rival!r} instead" in f.message for f in majors), [f.message for f in found]
    assert names(source, right, source_lang, target_lang) == []


def test_a_common_word_replaces_no_common_source_word():
    # General is a common word (General Assembly, translated): a capitalised
    # target word the source does not explain is no name that replaced it.
    found = names(
        "In his speech to the UN General Assembly, the minister said conditions were improving.",
        "W swoim przemówieniu przed Zgromadzeniem Ogólnym ONZ minister stwierdził, że warunki się poprawiają.",
        "en", "pl",
    )
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


def test_a_name_the_translation_added_in_place_of_one_written_otherwise():
    # Luně (a Czech form of Luna) replaced by a rare name that travels and
    # that nothing in the source resembles: a name added, major.
    source = "Kolegové wrestleři také vzdali Luně hold."
    found = names(source, "Fellow wrestlers also paid tribute to Brzezinski.", "cs", "en")
    assert any(f.severity >= Severity.MAJOR and "'Brzezinski'" in f.message for f in found), [f.message for f in found]
    assert names(source, "Fellow wrestlers also paid tribute to Luna.", "cs", "en") == []


# A first name the translator adds to a surname the source writes alone
# (the Thatcher government -> vlády Margaret Thatcherové) is no name put in
# another's place. NTREX-128 (CC BY-SA 4.0).
THATCHER = (
    "Ever since I joined Labour 32 years ago as a school pupil, provoked by the Thatcher government's neglect that "
    "had left my comprehensive school classroom literally falling down, I've sought to champion better public "
    "services."
)


@pytest.mark.parametrize(("target", "lang"), [
    ("Od doby, kdy jsem před 32 lety jako žák školy vstoupil do Labouristické strany, vyprovokován nedbalostí vlády "
     "Margaret Thatcherové, která nechala mou třídu všeobecné školy doslova rozpadnout, jsem se snažil bojovat za "
     "lepší veřejné služby.", "cs"),
    ("Od dołączenia do Partii Pracy 32 lata temu jako uczeń w wyniku zaniedbań rządu Margaret Thatcher, które "
     "doprowadziły do rozpadu mojej szkolnej klasy, staram się dbać o lepszą jakość usług publicznych.", "pl"),
])
def test_a_first_name_added_to_a_surname_the_source_writes_alone_is_no_added_name(target, lang):
    found = names(THATCHER, target, "en", lang)
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


def test_a_common_name_that_is_a_word_too_is_not_taken_for_one_added():
    # Aurora is an aurora too: the translation's own word for the source's
    # lower-case words (северное сияние), capitalised. FLORES-200 devtest.
    found = names(
        "Это представляет хорошую возможность увидеть северное сияние.",
        "This offers a good opportunity to see the Aurora borealis.", "ru", "en",
    )
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


# A name added, as Brzezinski above, may be a common one as names go (Zipf 3 to 4
# in English: Wembley, Johannesburg, Kruger), in place of a word the source
# writes in lower case (budismo, filipińskiego) or of a name it spells its
# way, and before a surname the source writes with another first name
# (Raju Khandelwal -> Kruger Khandelwal: no first name added, see above).
# FLORES-200 devtest (CC BY-SA 4.0), the names changed.
ADDED_COMMON_NAMES = [
    ("es", "Si bien las bases del budismo tibetano son las enseñanzas de Buda, se extendieron por el sendero "
     "del amor Mahayana.", "The Tibetan Buddhism is based on the teachings of Buddha, but were extended by the "
     "mahayana path of love.", "Buddhism", "Wembley"),
    ("pl", "Autobus z turystami z Hongkongu został porwany w Manili przez byłego filipińskiego policjanta.",
     "A former Filipino policeman has kept Hong Kong tourists hostage by hijacking their bus in Manila.",
     "Filipino", "Johannesburg"),
    ("uk", "Співак Раджу Хандельвал акомпанував йому.", "Singer, Raju Khandelwal was accompanying him.",
     "Raju", "Kruger"),
]


@pytest.mark.parametrize(("source_lang", "source", "right", "name", "rival"), ADDED_COMMON_NAMES)
def test_a_common_name_the_translation_added_is_found(source_lang, source, right, name, rival):
    found = names(source, right.replace(name, rival), source_lang, "en")
    assert any(f.severity >= Severity.MAJOR and f"{rival!r}" in f.message for f in found), [f.message for f in found]
    assert names(source, right, source_lang, "en") == []


@pytest.mark.parametrize(("source", "target", "source_lang"), [
    # A name the source writes in lower case, inflected (эскимосов, berberské).
    ("Но в то время там уже проживали племена эскимосов.", "But at that time Eskimo tribes were already living there.", "ru"),
    ("Město založili berberští rybáři.", "The city was founded by Berber fishermen.", "cs"),
])
def test_a_name_the_source_writes_in_lower_case_is_not_added(source, target, source_lang):
    found = names(source, target, source_lang, "en")
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


# A name common as a word of its language (Mendoza and Alonso in Spanish,
# George), replaced by a word beside the kept other word of its run: the
# word in its place is the change, even a name borrowed from the article
# (Schumacher). (A word common in the target, Universe, is still no
# rival: a translated word of a name looks the same.) FLORES-200 devtest
# (CC BY-SA 4.0), the names changed.
COMMON_IN_PLACE = [
    ("es", "Rolando Mendoza abrió fuego con su M16 contra los visitantes extranjeros.",
     "Rolando Mendoza fired his M16 rifle at the tourists.", "Mendoza", "Shri"),
    ("es", "Michael Schumacher abandonó la carrera. Fernando Alonso, su compañero de equipo, tuvo la delantera.",
     "Michael Schumacher left the race. His teammate Fernando Alonso was in the lead.", "Alonso", "Schumacher"),
    ("es", "El 6 de julio se envió una copia a George Washington, quien ordenó que se la leyeran a su ejército.",
     "One was sent to George Washington on July 6, who had it read to his troops.", "George", "Benjamin"),
]


@pytest.mark.parametrize(("source_lang", "source", "right", "name", "rival"), COMMON_IN_PLACE)
def test_a_common_name_replaced_in_its_place_is_a_changed_name(source_lang, source, right, name, rival):
    wrong = right[: right.rindex(name)] + rival + right[right.rindex(name) + len(name) :]
    found = names(source, wrong, source_lang, "en")
    assert any(f"{rival!r} instead" in f.message for f in found if f.severity >= Severity.MAJOR), [
        f.message for f in found
    ]
    assert names(source, right, source_lang, "en") == []


# A word common in the target after the kept other word of the run is in
# the name's place too (Rolando Senate), whatever it is, where the name is
# one the target language writes as the source does (Mendoza); one before
# it is a title the translator wrote (King Louis, Police Captain Rolando),
# no rival.
# FLORES-200 devtest (CC BY-SA 4.0), the name changed.
MENDOZA_EN = "Rolando Mendoza fired his M16 rifle at the tourists."


@pytest.mark.parametrize(
    ("source_lang", "source", "rival"),
    [
        ("de", "Rolando Mendoza schoss mit seinem M16-Gewehr auf die Touristen.", "Senate"),
        ("es", "Rolando Mendoza abrió fuego con su M16 contra los visitantes extranjeros.", "Mexico"),
        ("cs", "Rolando Mendoza vystřelil ze své pušky M16 na turisty.", "Mission"),
    ],
)
def test_a_common_word_after_the_kept_name_took_its_place(source_lang, source, rival):
    found = names(source, MENDOZA_EN.replace("Mendoza", rival), source_lang, "en")
    assert any(f"{rival!r} instead" in f.message for f in found if f.severity >= Severity.MAJOR), [
        f.message for f in found
    ]
    assert names(source, MENDOZA_EN, source_lang, "en") == []


def test_a_translated_word_of_a_name_after_the_kept_one_is_no_rival():
    # Şelaleri, a word of Niagara Şelaleri that English does not write as
    # Turkish does, is translated: Falls.
    found = names(
        "Daha güneyde Niagara Şelaleri yer alır ve kuzey, Muskoka ve ötesinin el değmemiş doğal güzelliğine ev sahipliği yapar.",
        "Farther south is Niagara Falls and the north is home to the untapped natural beauty of the Muskoka and beyond.",
        "tr", "en",
    )
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


def test_a_word_after_the_kept_one_where_the_name_stood_before_it_is_no_rival():
    # Macedonia's Institute for Policy Research: the name stands before the
    # kept Institute, so Έρευνας (research), after Ινστιτούτο, is no word
    # in its place. NTREX-128 (CC BY-SA 4.0).
    found = names(
        "A poll published last Monday by Macedonia's Institute for Policy Research said between 30 and 43 percent"
        " of voters would take part in the referendum - below the required turnout.",
        "Σύμφωνα με δημοσκόπηση που δημοσιεύτηκε την περασμένη Δευτέρα από το Ινστιτούτο Πολιτικής Έρευνας της ΠΓΔΜ,"
        " στο δημοψήφισμα θα συμμετείχε ποσοστό από 30 έως 43 τοις εκατό των ψηφοφόρων, δηλαδή χαμηλότερο της"
        " απαιτούμενης συμμετοχής.",
        "en", "el",
    )
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


def test_a_title_before_the_kept_name_is_no_rival():
    found = names(
        "Rolando Mendoza abrió fuego con su M16 contra los visitantes extranjeros.",
        "The gunman, Police Captain Rolando, fired his M16 rifle at the tourists.", "es", "en",
    )
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


# The same shape translated right (NTREX-128 and FLORES-200, CC BY-SA 4.0):
# a common word of a name translated beside its run-mate (Red Cross ->
# Czerwonego Krzyża), a word the dictionary does not know (Південно of
# Південно-Західної), a people's name translated (Rakušanka -> Austrian).
@pytest.mark.parametrize(
    "source,target,source_lang,target_lang",
    [
        ("There are more than 300,000 people living there,\" the Red Cross said in a statement.",
         "„Mieszka tam ponad 300 tys. osób” — można przeczytać w oświadczeniu Czerwonego Krzyża.", "en", "pl"),
        ("Правляча партія, Організація народів Південно-Західної Африки (СВАПО), також зберегла більшість.",
         "The ruling party, South West Africa People's Organisation (SWAPO), also retained a majority.", "uk", "en"),
        ("Skončila o 2:11,60 minut pomalejší než první Rakušanka Claudia Loesch.",
         "She finished 2:11.60 minutes slower than first place finisher Austrian Claudia Loesch.", "cs", "en"),
    ],
)
def test_a_translated_word_beside_a_kept_run_mate_is_no_replacement(source, target, source_lang, target_lang):
    found = names(source, target, source_lang, target_lang)
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]


# Beside the kept other word of its run, a name replaced by one that only
# loosely resembles it (Morrisey ~ Navarro share consonant classes) is a
# change: in a name's place, in one cased alphabet, only a word that sounds
# like it is it. (Alone, a loose likeness may be an exonym: Beijing ~ Pekin.)
MORRISEY = "Trump is trying to help West Virginia Republican Senate candidate Patrick Morrisey, who is trailing in the polls."
MORRISEY_DE = (
    "Trump versucht, dem republikanischen Senatskandidaten Patrick Morrisey aus West Virginia zu helfen, "
    "der in den Umfragen zurückliegt."
)


def test_a_name_in_a_kept_run_replaced_by_a_loose_likeness_is_a_change():
    found = names(MORRISEY, MORRISEY_DE.replace("Morrisey", "Navarro"), "en", "de")
    assert any("'Navarro' instead" in f.message for f in found if f.severity >= Severity.MAJOR), [
        f.message for f in found
    ]
    assert [f for f in names(MORRISEY, MORRISEY_DE, "en", "de") if f.severity >= Severity.MAJOR] == []


def test_a_lone_exonym_is_still_excused():
    found = names("Officials in Beijing denied the report.", "Urzędnicy w Pekinie zaprzeczyli doniesieniom.", "en", "pl")
    assert all(f.severity < Severity.MAJOR for f in found), [f.message for f in found]

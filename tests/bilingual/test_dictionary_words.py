"""TQ702 and the spelling dictionaries (tqcheck.alignment.lexicon): a
capitalised word that is only an ordinary word of the source (Атлантическом
of Атлантический океан) is translated, and the ordinary words of the
translation in its place (Subtropical) are no replaced name.

Most tests read the tiny dictionaries in fixtures/hunspell, so they run the
same everywhere the hunspell binding is installed. The last ones read the
system's own dictionaries (Debian's hunspell-* packages, which
scripts/setup.sh installs): skipped without them, except where
TQCHECK_REQUIRE_DICTIONARIES=1 (scripts/test.sh, so CI) makes that a failure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import check_text, name_findings, require_dictionaries
from tqcheck.alignment import lexicon
from tqcheck.model import Severity

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "hunspell"

# FLORES-200 devtest (CC BY-SA 4.0), Russian and English, one sentence.
ATLANTIC_RU = (
    "Сегодня в Атлантическом океане сформировался субтропический циклон Джерри, это десятый получивший "
    "имя циклон в этом сезоне ураганов а Атлантике."
)
ATLANTIC_EN = (
    "The tenth named storm of the Atlantic Hurricane season, Subtropical Storm Jerry, formed in the Atlantic "
    "Ocean today."
)


def _only(monkeypatch, folder: Path):
    """Only the dictionaries of ``folder``, the system's out of sight."""
    monkeypatch.setenv("TQCHECK_DICPATH", str(folder))
    monkeypatch.setattr(lexicon, "SYSTEM_FOLDERS", ())
    lexicon.reset()
    yield
    lexicon.reset()


@pytest.fixture
def fixture_dictionaries(monkeypatch):
    """Only the dictionaries of fixtures/hunspell."""
    require_dictionaries()
    yield from _only(monkeypatch, FIXTURES)


@pytest.fixture
def no_dictionaries(monkeypatch, tmp_path):
    yield from _only(monkeypatch, tmp_path)


@pytest.fixture
def system_dictionaries():
    """The system's dictionaries, which scripts/setup.sh installs."""
    lexicon.reset()
    require_dictionaries("en", "ru", "uk", "el", "fr", "ro", "de")
    yield
    lexicon.reset()


def majors(source: str, target: str, source_lang: str, target_lang: str) -> list[str]:
    return [
        f.message for f in name_findings(source, target, source_lang, target_lang)
        if f.severity >= Severity.MAJOR
    ]


# --- the lexicon ------------------------------------------------------------------


def test_a_word_the_dictionary_has_in_lower_case_is_ordinary(fixture_dictionaries):
    assert lexicon.ordinary_word("Subtropical", "en") is True
    assert lexicon.ordinary_word("Атлантическом", "ru") is True


def test_a_word_the_dictionary_has_only_with_a_capital_is_a_name(fixture_dictionaries):
    assert lexicon.ordinary_word("Louisiana", "en") is False
    assert lexicon.ordinary_word("Людовика", "ru") is False


def test_a_word_made_with_a_prefix_is_no_name_for_its_root(fixture_dictionaries):
    # Reborn (a film's title word: Johnny English Reborn) is re- + born, and
    # Born is a surname too; the prefix made another word, no form of it.
    assert lexicon.ordinary_word("Reborn", "en") is True
    assert lexicon.ordinary_word("Born", "en") is False


def test_a_word_the_dictionary_does_not_know_is_no_ordinary_word(fixture_dictionaries):
    assert lexicon.ordinary_word("Kavanaugh", "en") is False
    assert lexicon.ordinary_word("Zzyzx", "en") is False


def test_what_is_no_word_is_no_ordinary_word(fixture_dictionaries):
    assert lexicon.ordinary_word(" ", "en") is False
    assert lexicon.ordinary_word("2018", "en") is False


def test_a_language_without_a_dictionary_gets_no_answer(fixture_dictionaries):
    assert lexicon.dictionary_path("el") is None
    assert lexicon.ordinary_word("Ερυθρός", "el") is None


def test_the_closest_dictionary_serves_a_bare_language_tag(fixture_dictionaries):
    assert lexicon.dictionary_path("en") == FIXTURES / "en_US.dic"
    assert lexicon.dictionary_path("ru-RU") == FIXTURES / "ru_RU.dic"


def test_turkish_capitals_lower_to_dotted_and_dotless_i(fixture_dictionaries):
    from tqcheck.writing_systems import lower

    assert lower("İlaca", "tr") == "ilaca"
    assert lower("Irak", "tr") == "ırak"
    assert lexicon.ordinary_word("İlaca", "tr") is True
    assert lexicon.ordinary_word("Irak", "tr") is True


def test_missing_dictionaries_are_named_in_a_note(fixture_dictionaries):
    note = lexicon.missing_note(("ru", "el"))
    assert note is not None and "no spelling dictionary for el" in note and "ru" not in note.split("for ")[1].split(",")[0]
    assert lexicon.missing_note(("ru", "en")) is None


def test_a_bilingual_report_says_which_dictionary_is_missing(no_dictionaries, tmp_path):
    from tqcheck.cli import main

    source, target, out = tmp_path / "ru.txt", tmp_path / "en.txt", tmp_path / "report.json"
    source.write_text(ATLANTIC_RU + "\n", "utf-8")
    target.write_text(ATLANTIC_EN + "\n", "utf-8")
    rc = main([
        "check", str(target), "--source", str(source), "--source-lang", "ru", "--target-lang", "en",
        "--format", "json", "-o", str(out), "--no-baseline", "--backtranslation", "off",
    ])
    assert rc in (0, 1)
    text = out.read_text("utf-8")
    assert "names (TQ702)" in text and "word frequency alone" in text


# --- TQ702 ------------------------------------------------------------------------


def test_a_translated_word_of_a_name_is_no_replaced_name(fixture_dictionaries):
    assert majors(ATLANTIC_RU, ATLANTIC_EN, "ru", "en") == []


def test_without_dictionaries_the_same_sentence_still_reads_as_a_swap(no_dictionaries):
    # What the dictionaries fix (and what a run without them reports in its notes).
    assert any("'Subtropical' instead" in m for m in majors(ATLANTIC_RU, ATLANTIC_EN, "ru", "en"))


def test_a_name_replaced_beside_a_translated_word_is_still_found(fixture_dictionaries):
    changed = ATLANTIC_EN.replace("Storm Jerry", "Storm Kavanaugh")
    found = majors(ATLANTIC_RU, changed, "ru", "en")
    # Джерри's, not the translated Атлантическом's: the ordinary word claims no name.
    assert found == ["the source name 'Джерри' (Dzherri) is not in the translation, which has 'Kavanaugh' instead"]


def test_an_ordinary_word_that_is_a_name_here_is_still_replaced(fixture_dictionaries):
    # Луна is a surname here and a moon in the dictionary; only a name stands
    # in its place, and no ordinary word that could translate it.
    source = "Вчера в Атлантическом океане заметили Луизиана и сформировался циклон."
    target = "Yesterday Kavanaugh was seen in the Atlantic Ocean and a storm formed."
    assert any("'Kavanaugh' instead" in m for m in majors(source, target, "ru", "en"))


# --- the system's dictionaries ---------------------------------------------------------------


def test_the_system_dictionaries_tell_names_from_words(system_dictionaries):
    assert lexicon.ordinary_word("Королівський", "uk") is True
    assert lexicon.ordinary_word("Ερυθρός", "el") is True
    assert lexicon.ordinary_word("Λουδοβίκο", "el") is False
    assert lexicon.ordinary_word("Trump", "en") is False  # trump is a word, Trump an entry too
    assert lexicon.ordinary_word("John", "en") is False  # john is a word too
    assert lexicon.ordinary_word("Director", "en") is True


@pytest.mark.parametrize(
    ("source", "target", "source_lang"),
    [
        # FLORES-200 devtest (CC BY-SA 4.0)
        (
            "Головний державний обвинувачувач, Королівський адвокат Кір Стармер, сьогодні вранці анонсував "
            "судове переслідування і Г'юна, і Прайса.",
            "The Director of Public Prosecutions, Kier Starmer QC, gave a statement this morning announcing "
            "the prosecution of both Huhne and Pryce.",
            "uk",
        ),
        (
            "Η δέκατη καταιγίδα της εποχής των ατλαντικών τυφώνων που απέκτησε όνομα, η Υποτροπική Καταιγίδα "
            "Τζέρι, σχηματίσθηκε σήμερα στον Ατλαντικό Ωκεανό.",
            ATLANTIC_EN,
            "el",
        ),
    ],
)
def test_translated_words_of_names_with_the_system_dictionaries(system_dictionaries, source, target, source_lang):
    assert majors(source, target, source_lang, "en") == []


def test_a_changed_name_with_the_system_dictionaries(system_dictionaries):
    source = "Στη σκανδιναβική σάγκα αναφέρεται ότι ο Έρικ ο Ερυθρός εξορίστηκε από την Ισλανδία για φόνο."
    target = "In the Norse sagas they say that Erik the Red was exiled from Kavanaugh for murder."
    assert any("'Kavanaugh' instead" in m for m in majors(source, target, "el", "en"))


def test_check_text_runs_the_rule_with_the_fixture_dictionaries(fixture_dictionaries):
    # The helper the other tests use passes the languages through to the lexicon.
    found = check_text(ATLANTIC_EN, select=("TQ702",), source=ATLANTIC_RU, source_lang="ru", target_lang="en")
    assert all(f.severity < Severity.MAJOR for f in found)


def test_a_name_the_translation_renders_one_way_throughout_is_no_swap():
    # NTREX-128 (CC BY-SA 4.0), English and Polish. Szkocji is Scotland in
    # every sentence that has it; Szkot (a Scot) shares its stem but is
    # another word, no evidence against that rendering.
    source = "\n".join([
        "Jack Ross: 'My ultimate ambition is to manage Scotland'",
        'Sunderland boss Jack Ross says his "ultimate ambition" is to become the Scotland manager at some stage.',
        "The Scot, 42, is relishing the challenge of reviving the North-East club, who currently sit third place "
        "in League One, three points off the top.",
        "He moved to the Stadium of Light this summer after guiding St Mirren back to the Scottish Premiership "
        "last season.",
        '"I wanted to play for my country as a player.',
        'I got a B cap and that was it," Ross told BBC Scotland\'s Sportsound.',
        '"But I grew up watching Scotland at Hampden a lot with my dad as a kid, and it is always something that '
        "has drawn me back.",
    ])
    target = "\n".join([
        "Jack Ross: „Moją największą ambicją jest zostać selekcjonerem Szkocji”",
        "Trener drużyny Sunderland, Jack Ross, mówi, że jego „największą ambicją” jest zostać w pewnym momencie "
        "selekcjonerem Szkocji.",
        "Ten czterdziestodwuletni Szkot z zaangażowaniem pracuje nad uzdrowieniem klubu North-East, który obecnie "
        "zajmuje trzecie miejsce w League One z trzypunktową stratą w stosunku do najlepszej drużyny.",
        "Przeniósł się on na Stadium of Light tego lata po tym, jak w ostatnim sezonie wprowadził klub St Mirren "
        "z powrotem do Scottish Premiership.",
        "„Chciałem reprezentować mój kraj jako zawodnik,",
        "ale udało mi się dostać tylko do kadry B” — powiedział Ross w wywiadzie dla BBC Scotland's Sportsound.",
        "„Jako dziecko często oglądałem z ojcem mecze Szkocji w Hampden i zawsze mnie to pociągało.",
    ])
    assert majors(source, target, "en", "pl") == []


@pytest.mark.parametrize(
    ("source", "target", "source_lang"),
    [
        # FLORES-200 devtest (CC BY-SA 4.0), one name changed by hand
        (
            "Il y a aussi quelques bus qui se rendent au nord à Hébron, le lieu de sépulture traditionnel des "
            "patriarches bibliques, Abraham, Isaac, Jacob et leurs épouses.",
            "There are also a few buses going north to Hebron, the traditional burial place of the Biblical "
            "patriarchs Palestine, Isaac, Jacob, and their wives.",
            "fr",
        ),
        (
            "Апиа была основана в 1850-х годах и с 1959 года является официальной столицей Самоа.",
            "Apia was founded in the 1850s and has been the official capital of Tasmania since 1959.",
            "ru",
        ),
        (
            "Trupa rock urma să facă turnee în Statele Unite și Canada până pe 16 septembrie.",
            "The rock band was due to tour the United States and Baltic until September 16.",
            "ro",
        ),
    ],
)
def test_a_name_for_a_name_by_both_dictionaries(system_dictionaries, source, target, source_lang):
    # Palestine, Tasmania and Baltic are common enough to pass for words by
    # frequency; the dictionaries know them only with a capital, as they know
    # the names gone.
    assert majors(source, target, source_lang, "en")


# --- German nouns, capitalised like names -------------------------------------------
# NTREX-128 (CC BY-SA 4.0), English and German, one sentence each.
TVS_EN = (
    "The investment in beauty comes as supermarkets hunt for ways to use up shelf space once used for TVs, "
    "microwaves and homeware."
)
TVS_DE = (
    "Die Investition in Kosmetik fällt mit der Suche der Supermärkte nach Möglichkeiten zusammen, zuvor für "
    "Fernsehgeräte, Mikrowellengeräte und Haushaltswaren genutzte Ladenflächen anderweitig zu nutzen."
)
VANN_EN = "Lt Col The Reverend Bernard Vann won the award on 29 September 1918 in the attack at Bellenglise."
VANN_DE = "Oberstleutnant und Priester Bernard Vann gewann die Auszeichnung am 29. September 1918 beim Angriff auf Bellenglise."


def test_a_german_noun_the_dictionary_knows_is_no_name_in_a_names_place(fixture_dictionaries):
    # German capitalises nouns: Mikrowellengeräte and Priester are words of
    # its dictionary that travel to no other language, not names put in the
    # place of TVs or Reverend.
    assert majors(TVS_EN, TVS_DE, "en", "de") == []
    assert majors(VANN_EN, VANN_DE, "en", "de") == []


def test_a_german_compound_of_known_words_is_no_name(fixture_dictionaries):
    # Laienführern is Laien + Führern (the word lists know both), though
    # neither the lists nor the dictionary know the compound itself.
    source = "Some were brought in by the lay leaders of the church, others by the Episcopal diocese."
    target = "Einige wurden von den Laienführern der Kirche hinzugezogen, andere von der Bischofsdiözese."
    assert majors(source, target, "en", "de") == []


def test_a_name_the_german_dictionary_does_not_know_still_replaces_one(fixture_dictionaries):
    changed = VANN_DE.replace("Bernard Vann", "Bernard Jenkyns")
    assert majors(VANN_EN, changed, "en", "de")


def test_a_german_source_noun_the_dictionary_knows_is_no_missing_name(fixture_dictionaries):
    # Anteil (a share) is a word of German's dictionary that travels to no
    # other language: translated, not a name missing with Romans in its place.
    # FLORES-200 devtest (CC BY-SA 4.0).
    source = (
        "Während uns der Großteil ihrer Nahrung bekannt sein dürfte, hatten die Römer doch ihren Anteil an "
        "merkwürdigen oder ungewöhnlichen Festmahlzeiten, darunter Wildschwein, Pfau, Schnecken und eine Art "
        "Nagetier namens Siebenschläfer."
    )
    target = (
        "While most of their food would be familiar to us, Romans did have their share of strange or unusual "
        "feast items, including wild boar, peacock, snails, and a type of rodent called a dormouse"
    )
    assert majors(source, target, "de", "en") == []


def test_a_german_name_the_dictionary_knows_takes_no_part_in_compounds(fixture_dictionaries):
    # Merkel is in the German dictionary too, but begins no compound: a name, not a noun.
    assert lexicon.compounds("Merkel", "de") is False
    assert lexicon.compounds("Priester", "de") is True and lexicon.compounds("Monat", "de") is True
    assert lexicon.compounds("Subtropical", "en") is False


def test_german_nouns_compound_and_names_do_not_with_the_system_dictionary(system_dictionaries):
    for noun in ("Priester", "Anteil", "Monat", "Kirche", "Mikrowellengeräte"):
        assert lexicon.compounds(noun, "de") is True, noun
    for name in ("Merkel", "Schröder", "Schottland", "Boliviens", "Thomas"):
        assert lexicon.compounds(name, "de") is False, name

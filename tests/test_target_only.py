"""Target-only checks in every language: one human news article in seven
translations (fixtures/multilingual, one script each at least: Latin,
Cyrillic, Greek, Han, Arabic right to left) raises no major finding, and the
same article with an error injected gets the rule that reports it; sentences
in languages the fixtures do not cover work by configuration alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import check_text, example_languages

from tqcheck.model import Severity

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "multilingual"
# The monolingual rules this work generalised: quotes, scripts and language,
# typography and numbers, consistency.
TARGET_ONLY = ("TQ101", "TQ102", "TQ103", "TQ104", "TQ105", "TQ106", "TQ107", "TQ301", "TQ302", "TQ304",
               "TQ501", "TQ502", "TQ503", "TQ504", "TQ505", "TQ507", "TQ601")


def article(tag: str) -> str:
    return (FIXTURES / f"{tag}.txt").read_text("utf-8")


def found(text: str, tag: str, codes=TARGET_ONLY, source: str = "en"):
    return check_text(text, select=codes, source_lang=source, target_lang=tag)


def codes_at(findings, severity=Severity.MINOR) -> set[str]:
    return {f.code for f in findings if f.severity >= severity}


@pytest.mark.parametrize("tag", ["de", "fr", "ru", "el", "zh-Hans", "ar", "sr-Cyrl", "en"])
def test_human_translation_raises_no_major_finding(tag):
    findings = found(article(tag), tag)
    assert codes_at(findings, Severity.MAJOR) == set(), [(f.code, f.message) for f in findings]


@pytest.mark.parametrize(("tag", "quotes"), [("el", '"'), ("ar", '"')])
def test_straight_quotes_are_the_practice_in_greek_and_arabic_news(tag, quotes):
    # NTREX: 99% (el) and 97% (ar) of the quote marks are straight
    # (tqcheck/data/quote_conventions.tsv): no TQ107 on human copy.
    text = article(tag)
    assert quotes in text
    assert "TQ107" not in codes_at(found(text, tag), Severity.INFO)


@pytest.mark.parametrize(("tag", "curly", "straight"), [
    ("de", ("„", "“"), "minor"), ("ru", ("«", "»"), "minor"), ("zh-Hans", ("“", "”"), "minor"),
    ("fr", ("«\u00a0", "\u00a0»"), "minor"),
])
def test_straight_quotes_where_the_language_uses_others(tag, curly, straight):
    text = article(tag)
    assert curly[0] in text
    injected = text.replace(curly[0], '"').replace(curly[1], '"')
    (finding,) = [f for f in found(injected, tag) if f.code == "TQ107"]
    assert finding.severity.label == straight and finding.suggestion == curly[0].strip()
    assert "TQ106" not in codes_at(found(injected, tag), Severity.INFO)  # said once, by TQ107


def test_german_numbers_and_dates_in_english_format():
    text = article("de").replace("20.000 Schülern", "20,000 Schülern", 1) + "Die Umfrage endete am 9/29/2019.\n"
    spans = {text[f.start : f.end]: f.suggestion for f in found(text, "de", ("TQ504",))}
    assert spans == {"20,000": "20.000", "9/29/2019": "29.09.2019"}
    assert found(article("de"), "de", ("TQ504",)) == []


# A document that writes its decimals the target's way (2,5) makes a lone
# number with the other separator suspect; after a label it is a section, a
# product, a version, and in the day's place a date: correct text, untouched.
@pytest.mark.parametrize(
    ("tag", "text"),
    [
        ("de", "Die Inflation lag bei 2,5 Prozent. Das Update auf iOS 17.4 kam am 25.12 heraus."),
        ("de", "Die Inflation lag bei 2,5 Prozent. Der VW Golf 2.0 TDI kostet mehr."),
        ("de", "Die Inflation lag bei 2,5 Prozent. Gemäß Art. 3.2 und § 5.3 der Satzung."),
        ("ru", "Инфляция составила 2,5 процента. Встреча пройдёт 25.12 в Москве, а 31.01 в Казани."),
        ("ru", "Инфляция составила 2,5 процента. См. п. 3.5 договора."),
        ("tr", "Enflasyon 2,5 puan arttı. Toplantı 25.12 tarihinde Python 3.9 ile yapıldı."),
        ("pl", "Inflacja wyniosła 2,5 procent. Spotkanie 28.02 o godz. 7.30."),
    ],
)
def test_labels_dates_and_versions_are_no_decimals(tag, text):
    assert found(text + "\n", tag, ("TQ504",)) == []


@pytest.mark.parametrize(
    ("tag", "text", "number"),
    [
        ("de", "Europa siegte mit 16.5 zu 10,5 Punkten.", "16.5"),
        ("en", "Inflation rose 2.5 points.\nA 7,6 magnitude quake struck Padang.", "7,6"),
        # A section word in lower case reads like any word before a quantity:
        # said, with the document's evidence, and left to the editor.
        ("ru", "Инфляция составила 2,5 процента. См. раздел 4.2 договора.", "4.2"),
    ],
)
def test_a_lone_decimal_is_found_but_not_fixed(tag, text, number):
    # Without a unit the reading is inferred from the document, not seen:
    # the message says so and there is no fix.
    (finding,) = found(text + "\n", tag, ("TQ504",))
    assert text[finding.start : finding.end] == number and finding.suggestion is None
    assert "if it is a decimal" in finding.message


@pytest.mark.parametrize(
    ("tag", "text"),
    [("ja", "イベントは12月3,4日に開催され、1,2年生が参加しました。"), ("zh-Hans", "活动于12月3,4日举行，1,2年级的学生参加了。")],
)
def test_a_list_of_days_or_grades_is_no_decimal_in_spaceless_languages(tag, text):
    assert found(text + "\n", tag, ("TQ504",)) == []


@pytest.mark.parametrize(("tag", "named"), [("hu", "a no-break space"), ("fr", "a narrow no-break space")])
def test_a_space_separator_is_named_in_words(tag, named):
    # A message shows a separator as the reader sees it, not as '\\xa0'.
    messages = [f.message for f in found("Az infláció miatt 12,000 ember tüntetett.\n", tag, ("TQ504",))]
    assert len(messages) == 1 and messages[0].endswith(f"groups with {named}")


def test_french_spacing():
    text = article("fr")
    assert "TQ507" not in codes_at(found(text, "fr"), Severity.INFO)
    broken = text.replace("\u00a0:", ":").replace("«\u00a0", "«", 1)
    findings = [f for f in found(broken, "fr") if f.code == "TQ507"]
    assert len(findings) >= 2 and all(f.suggestion for f in findings)
    # The same marks in German take no space before them.
    assert [f.code for f in found("Warum hat er das getan ?", "de", ("TQ507",))] == ["TQ507"]


def test_english_phrase_left_in_russian_is_major_and_names_are_not():
    text = article("ru")
    assert found(text, "ru", ("TQ301",)) == []
    injected = text.replace("секретные аккаунты", "the secret accounts", 1)
    (finding,) = found(injected, "ru", ("TQ301",))
    assert finding.severity == Severity.MAJOR and injected[finding.start : finding.end] == "the secret accounts"


def test_cyrillic_source_left_in_english_keeps_its_transliteration():
    (finding,) = found("The talks were held in the village of Пролет on Monday.", "en", ("TQ301",), source="bg")
    assert finding.suggestion == "Prolet"


@pytest.mark.parametrize("tag", ["zh-Hans", "ar", "el", "ru"])
def test_english_sentence_in_another_script(tag):
    text = article(tag) + "The survey was carried out by an independent group of schools in the spring.\n"
    findings = [f for f in found(text, tag) if f.code == "TQ304"]
    assert len(findings) == 1 and "English" in findings[0].message


@pytest.mark.parametrize(("tag", "sentence"), [
    ("tr", "The survey was carried out by an independent group of schools during the spring of this year."),
    ("pl", "The survey was carried out by an independent group of schools in the spring of this year."),
    ("fr", "Die Umfrage wurde im Frühjahr von einer unabhängigen Gruppe von Schulen durchgeführt."),
])
def test_same_script_sentence_in_another_language(tag, sentence):
    text = "Zdanie pierwsze jest po polsku i ma wiele słów w tym języku.\n" if tag == "pl" else ""
    findings = found(text + sentence + "\n", tag, ("TQ304",))
    assert len(findings) == 1


def test_serbian_look_alikes_are_fixed_into_serbian_cyrillic():
    findings = {f.suggestion for f in found(article("sr-Cyrl"), "sr-Cyrl", ("TQ302",))}
    assert {"налог", "од", "крије"} <= findings
    assert all(f.severity == Severity.MINOR for f in found(article("sr-Cyrl"), "sr-Cyrl", ("TQ302",)))


def test_greek_word_with_a_latin_letter():
    (finding,) = found("Ο υπουργός έφτασε στην Αθήνα τη Δευτέρa.", "el", ("TQ302",))
    assert finding.suggestion == "Δευτέρα" and finding.severity == Severity.MINOR


def test_full_stops_of_other_scripts_end_a_sentence():
    assert found("اجتمع المجلس يوم الاثنين. هل وافق على الميزانية؟", "ar", ("TQ505",)) == []
    assert found("परिषद की बैठक सोमवार को हुई. इसने बजट को मंज़ूरी दी।", "hi", ("TQ505",)) == []


# Languages without a fixture: simple sentences written for these tests.
CLEAN = {
    "it": "Il ministro ha detto che il piano costerà 2,5 milioni di euro e che i lavori inizieranno a marzo.",
    "pt-BR": "O ministro disse que o plano vai custar 2,5 milhões de reais e que as obras começam em março.",
    "nl": "De minister zei dat het plan 2,5 miljoen euro kost en dat het werk in maart begint.",
    "sv": "Ministern sa att planen kostar 2,5 miljoner kronor och att arbetet börjar i mars.",
    "fi": "Ministeri sanoi, että suunnitelma maksaa 2,5 miljoonaa euroa ja että työ alkaa maaliskuussa.",
    "ja": "大臣は、計画の費用は250万ユーロで、工事は3月に始まると述べた。",
    "ko": "장관은 그 계획에 250만 유로가 들고 공사는 3월에 시작된다고 말했다.",
    "hi": "मंत्री ने कहा कि योजना पर 25 लाख यूरो खर्च होंगे और काम मार्च में शुरू होगा।",
    "he": "השר אמר שהתוכנית תעלה 2.5 מיליון אירו ושהעבודות יתחילו במרץ.",
    "fa": "وزیر گفت که این طرح ۲٫۵ میلیون یورو هزینه دارد و کار در ماه مارس آغاز می‌شود.",
    "uk": "Міністр сказав, що план коштуватиме 2,5 мільйона євро і роботи почнуться в березні.",
    "sr-Latn": "Ministar je rekao da će plan koštati 2,5 miliona evra i da radovi počinju u martu.",
}


@pytest.mark.parametrize("tag", sorted(CLEAN))
def test_other_languages_work_by_configuration(tag):
    assert codes_at(found(CLEAN[tag], tag), Severity.MINOR) == set()


def test_japanese_quotes_and_a_sentence_in_english():
    assert codes_at(found("大臣は「大惨事」だと述べた。", "ja"), Severity.INFO) == set()
    assert codes_at(found('大臣は"大惨事"だと述べた。', "ja"), Severity.INFO) == {"TQ107"}
    english = "大臣は辞任した。\nThe minister resigned on Monday after the vote in parliament.\n"
    assert "TQ304" in codes_at(found(english, "ja"))


def test_data_files_name_known_locales():
    from tqcheck.locale import (
        _conventions_table,
        _number_conventions,
        _orthography,
        _spacing_table,
        known_locale,
    )

    tags = {*_conventions_table(), *_number_conventions(), *_orthography(), *_spacing_table()} - {"*"}
    assert tags and all(known_locale(tag) for tag in tags), sorted(t for t in tags if not known_locale(t))


def test_example_language_prefix():
    from tqcheck.rules import rule_by_code

    rule = rule_by_code("TQ107")
    assert example_languages(rule, "[de] Er sagte.") == ("bg", "de", "Er sagte.")
    assert example_languages(rule, "[en>zh-Hans] 他说。") == ("en", "zh-Hans", "他说。")
    assert example_languages(rule, "He said [x] it.") == ("bg", "en", "He said [x] it.")


def test_english_check_loads_no_babel_nor_langdetect(tmp_path):
    # Locale facts come from generated tables: checking English (with
    # numbers, quotes and a four-digit count, a loanword; a dotted date alone asks Babel
    # for its CLDR long form) imports neither Babel
    # (~13 ms of locale data) nor langdetect (0.2 s).
    import subprocess
    import sys

    text = tmp_path / "a.txt"
    text.write_text(
        (ROOT / "seeds" / "fakti-iraq-militias-disarm.txt").read_text("utf-8")
        + "\nVoters used 1777 polling stations. It cost 3,5 million euros, 25 %, 12.000 people, he said: \"fine\".\n"
        # A loanword with a letter English lacks is no reason to ask langdetect.
        + "The café on the corner was closed for the whole summer and nobody knew why.\n",
        "utf-8",
    )
    probe = (
        "import sys\nfrom tqcheck.cli import main\nmain(sys.argv[1:])\n"
        "print(sorted(m for m in ('babel', 'langdetect') if m in sys.modules), file=sys.stderr)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, "check", "--backtranslation", "off", "--no-baseline", str(text)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert proc.stderr.strip().splitlines()[-1] == "[]", proc.stderr[-500:]


# A neighbour language in the same script: its function words are often the
# target's too (Russian and Ukrainian share в, на, не, за, до), but its
# letters are not (ы, э, ъ, ё are not in Ukrainian's CLDR alphabet; і, ї, є
# not in Russian's; ã, ç not in Spanish's; ř, ě not in Polish's).
@pytest.mark.parametrize(("tag", "base", "sentence", "language"), [
    ("uk", "uk", "Президент сказал, что правительство будет работать над этим вопросом всю неделю.", "Russian"),
    ("ru", "ru", "Уряд заявив, що ці зміни набудуть чинності лише після їхнього схвалення парламентом.", "Ukrainian"),
    ("es", None, "O governo não aprovou a proposta, e a votação foi adiada para a próxima sessão.", "Portuguese"),
    ("pl", None, "Vláda ještě nerozhodla, zda se bude řešit tato otázka příští týden v parlamentu.", "Czech"),
], ids=["ru-in-uk", "uk-in-ru", "pt-in-es", "cs-in-pl"])
def test_neighbour_language_sentence_found_by_letters_outside_the_alphabet(tag, base, sentence, language):
    text = article(base) if base else CLEAN_NEIGHBOURS[tag]
    findings = [f for f in found(text + sentence + "\n", tag) if f.code == "TQ304"]
    assert [f.message.split(" (")[0] for f in findings] == [f"this sentence is in {language}"], findings


CLEAN_NEIGHBOURS = {
    "es": "El ministro dijo que el plan costará 2,5 millones de euros y que las obras empezarán en marzo.\n",
    "pl": "Minister powiedział, że plan będzie kosztował 2,5 mln euro, a prace zaczną się w marcu.\n",
}


@pytest.mark.parametrize("tag", ["uk", "ru", "es", "pl"])
def test_a_loanword_letter_alone_does_not_make_a_sentence_foreign(tag):
    # One letter outside the alphabet, in a sentence of the target language
    # (a Russian surname in Ukrainian, a Portuguese one in Spanish): langdetect
    # is asked and answers the target.
    sentences = {
        "uk": "Міністр зустрівся з послом Шойгу, і вони обговорили співпрацю на наступний рік.\n"
              "У звіті згадано «вищу школу», яку уряд планує відкрити наступного року в місті.\n",
        "ru": "Министр встретился с послом и сказал, что «Їжак» будет открыт в следующем году.\n",
        "es": "El ministro se reunió con el embajador en São Paulo y hablaron de la cooperación.\n",
        "pl": "Minister spotkał się z ambasadorem w Brnie i rozmawiał o współpracy w przyszłym roku.\n",
    }
    text = (article(tag) if tag in ("uk", "ru") else CLEAN_NEIGHBOURS[tag]) + sentences[tag]
    assert [f for f in found(text, tag) if f.code == "TQ304"] == []

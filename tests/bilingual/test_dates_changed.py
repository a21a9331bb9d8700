"""TQ710: a month or a day of the week changed in translation. Months were
soft numbers to TQ701 (a word may be another word: may, mai), never
reported, and days were read by nothing, so `June 16` for `16 février`
and `Monday` for `mercredi` passed in every pair (0 of 15 found in each
of ten pairs, the month and the day of a sentence changed by hand;
scripts/bench_multilingual.py now injects such changes). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import check_text
from tqcheck.alignment.calendar_names import calendar_mentions


def dates(source: str, target: str, source_lang: str, target_lang: str) -> list[str]:
    found = check_text(target, source=source, source_lang=source_lang, target_lang=target_lang, select=("TQ710",))
    return [target[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("source", "target", "sl", "tl", "flagged"),
    [
        ("Le procès s’ouvrira le 16 février.", "The trial will open on June 16.", "fr", "en", "June"),
        ("The talks resumed on Wednesday.", "Переговоры возобновились в пятницу.", "en", "ru", "пятницу"),
        ("В субботу министр посетил Варшаву.", "On Sunday the minister visited Warsaw.", "ru", "en", "Sunday"),
        ("The vote is on Tuesday, 6 November.", "Η ψηφοφορία είναι την Τρίτη 6 Οκτωβρίου.", "en", "el", "Οκτωβρίου"),
        ("The election is on Tuesday.", "选举在星期四举行。", "en", "zh-Hans", "星期四"),
        ("يصل الوفد يوم الجمعة.", "The delegation arrives on Saturday.", "ar", "en", "Saturday"),
    ],
    ids=["month-fr-en", "inflected-day-en-ru", "inflected-day-ru-en", "month-en-el", "day-en-zh", "day-ar-en"],
)
def test_a_changed_month_or_day_is_reported(source, target, sl, tl, flagged):
    assert dates(source, target, sl, tl) == [flagged]


@pytest.mark.parametrize(
    ("source", "target", "sl", "tl"),
    [
        ("Le procès s’ouvrira le 16 février.", "The trial will open on February 16.", "fr", "en"),
        ("The talks resumed on Wednesday.", "Переговоры возобновились в среду.", "en", "ru"),
        ("The talks are planned for February.", "Переговоры запланированы на феврале.", "en", "ru"),
        ("The vote is on 29.09.2018.", "Le vote a lieu le 29 septembre 2018.", "en", "fr"),
        ("The election is on Tuesday, Nov. 6.", "选举在11月6日星期二举行。", "en", "zh-Hans"),
    ],
    ids=["same-month", "inflected-day", "inflected-month", "month-in-figures", "chinese-date"],
)
def test_the_same_date_in_the_target_languages_words_passes(source, target, sl, tl):
    assert dates(source, target, sl, tl) == []


def test_names_are_matched_one_for_one():
    source = "L’un a été envoyé le 6 juillet, lu le 9 juillet."
    assert dates(source, "One was sent on July 6 and read on August 9.", "fr", "en") == ["August"]
    assert dates(source, "One was sent on July 6 and read on July 9.", "fr", "en") == []


def test_a_name_of_several_words_is_read_whole():
    # Azerbaijani Cümə axşamı is Thursday, Cümə alone Friday.
    source = "The bank kept rates unchanged on Thursday."
    assert dates(source, "Bank cümə axşamı faiz dərəcələrini dəyişməz saxladı.", "en", "az") == []
    assert dates(source, "Bank cümə günü faiz dərəcələrini dəyişməz saxladı.", "en", "az") == ["cümə"]


def test_a_name_that_is_another_common_word_counts_only_beside_a_figure():
    # English may, Romanian mai (more) and luni (months) are words first.
    assert dates("Theresa May spoke on Monday.", "Theresa May a vorbit mai mult luni.", "en", "ro") == []
    assert dates("The currency may be taken in June.", "La monnaie peut être acceptée en juin.", "en", "fr") == []
    assert dates("Le vote a lieu le 4 juin.", "The vote is on May 4.", "fr", "en") == ["May"]


def test_a_name_gone_or_added_alone_is_not_a_changed_date():
    # A date given another way, and a verb that is a month.
    assert dates("The plan was approved on Monday.", "Планът беше одобрен вчера.", "en", "bg") == []
    assert dates("Protesters will march on Saturday.", "Demonstranten marschieren am Samstag.", "en", "de") == []
    assert dates("Les manifestants défileront samedi.", "Protesters will march on Saturday.", "fr", "en") == []


def test_strict_and_loose_readings():
    text = "В среду, среди прочих, 16 февраля."
    read = {text[m.start : m.end]: (m.loose, m.strict) for m in calendar_mentions(text, "ru")}
    assert read["среду"] == (frozenset({"D:2"}), frozenset({"D:2"}))
    assert read["среди"] == (frozenset({"D:2"}), frozenset())  # among: far commoner than the days
    assert read["февраля"][1] == frozenset({"M:2"})
    figures = calendar_mentions("on 29.09.2018, not 9/11", "en")
    assert [(m.loose, m.strict) for m in figures] == [(frozenset({"M:9"}), frozenset())]


def test_a_number_word_is_a_day_only_as_its_full_name_with_its_capital():
    # Greek counts its days: τρίτη is third, Τρίτη Tuesday; δεύτερη, second,
    # reads as an inflection of Δευτέρα, Monday.
    text = "Πριν από τη δεύτερη ανάγνωση, την Τρίτη, για τρίτη φορά."
    read = {text[m.start : m.end]: m.strict for m in calendar_mentions(text, "el")}
    assert read == {"δεύτερη": frozenset(), "Τρίτη": frozenset({"D:1"}), "τρίτη": frozenset()}
    source = "Ο νόμος θα σταλεί σε επιτροπή πριν από τη δεύτερη ανάγνωση, μετά τη συνάντηση της Τρίτης."
    assert dates(source, "The bill goes to a committee before its second reading, after Tuesday's meeting.", "el", "en") == []
    assert dates(source, "The bill goes to a committee before its second reading, after Friday's meeting.", "el", "en") == ["Friday"]


def test_the_partner_that_surely_names_the_same_is_taken_first():
    # pazartesi (Monday) starts with pazar (Sunday): Sunday must take pazar.
    source = "Showers will approach Arizona late Sunday and early Monday, and spread late Monday and Tuesday."
    target = (
        "Yağışlar pazartesi sonuyla salı günleri yayılmadan önce, pazar gününün sonuna doğru, "
        "pazartesinin erken saatlerinde Arizona'ya yaklaşacak."
    )
    assert dates(source, target, "en", "tr") == []


def test_a_name_inflected_with_a_capital_the_month_has_not_is_a_name():
    # Romanian writes martie (March) in lower case: Martin is a man; and
    # mai after a share is more (2,8% mai mulți), not May.
    source = "Peter Martin said July followed the pattern of June, when pubs were up 2.8 per cent."
    target = "Peter Martin a declarat că iulie a urmat tiparul lunii anterioare, cu 2,8% mai mulți clienți."
    assert dates(source, target, "en", "ro") == []
    assert dates(source, target.replace("lunii anterioare", "lui martie"), "en", "ro") == ["martie"]


def test_the_suggestion_is_the_sources_name_in_the_same_form():
    def suggested(source, target, sl, tl):
        found = check_text(target, source=source, source_lang=sl, target_lang=tl, select=("TQ710",))
        return [f.suggestion for f in found]

    assert suggested("Le procès s’ouvrira le 16 février.", "The trial will open on June 16.", "fr", "en") == ["February"]
    # The genitive of a date stays genitive; a capital stays.
    assert suggested("The trial opens on 16 February.", "Суд начнётся 16 июня.", "en", "ru") == ["февраля"]
    assert suggested("The vote is on Tuesday.", "Η ψηφοφορία είναι την Πέμπτη.", "en", "el") == ["Τρίτη"]
    # An inflection is no CLDR form: no suggestion, the message says which day.
    assert suggested("The talks resumed on Wednesday.", "Переговоры возобновились в пятницу.", "en", "ru") == [None]


def test_a_chinese_month_is_read_whole():
    # 十一月 (November) holds 一月 (January); 11月 holds 1月.
    text = "选举在十一月举行，不是一月。11月6日星期二。"
    read = [(text[m.start : m.end], m.strict) for m in calendar_mentions(text, "zh-Hans")]
    assert read == [
        ("十一月", frozenset({"M:11"})), ("一月", frozenset({"M:1"})), ("11月", frozenset({"M:11"})),
        ("星期二", frozenset({"D:1"})),
    ]

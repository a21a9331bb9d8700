"""TQ701's reading of decades, centuries beside them, numbers written as
inflected words, and numbers glued to a letter or to a word of a script
without spaces: forms in which human translations (NTREX, FLORES) write the
same figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tqcheck.alignment.numbers import extract_numbers, unmatched


@pytest.mark.parametrize(("source", "source_lang", "target", "target_lang"), [
    ("En los 80, trabajó en varios programas.", "es", "During the 1980s he worked on shows.", "en"),
    # A decade inside a century, the century's number beside it in either order
    ("Apia wurde in den 50ern des 18. Jahrhunderts gegründet.", "de", "Apia was founded in the 1850s.", "en"),
    ("Apia byla založena v 50. letech 18. století.", "cs", "Apia was founded in the 1850s.", "en"),
    ("20 世纪 80 年代，他在节目工作。", "zh-Hans", "During the 1980s he worked on shows.", "en"),
    # An inflected form of a number word (CLDR spell-out: osiemdziesiąt, osmdesát)
    ("W latach osiemdziesiątych pracował przy serialach.", "pl", "During the 1980s he worked on shows.", "en"),
    ("Během osmdesátých let pracoval na pořadech.", "cs", "During the 1980s he worked on shows.", "en"),
    # A number glued to one small letter (a page), to a Greek capital, or
    # beside letters of a script without spaces or of Arabic
    ("(Larson y LaFasto, 1989 p. 109)", "es", "(Larson and LaFasto, 1989, p109)", "en"),
    ("Ο Μεντόζα πυροβόλησε με το όπλο του Μ16.", "el", "Mendoza fired his M16 rifle.", "en"),
    ("The ill-fated F125 frigate and the protein HER2.", "en", "命运多舛的F125护卫舰和蛋白质HER2。", "zh-Hans"),
    ("The ill-fated F125 frigate.", "en", "تصدرت فرقاطة موديلF125المشؤومة عناوين الصحف.", "ar"),
    # A score with decimal commas is no time (5:10 inside 16,5:10,5)
    ("Europe won by a final score of 16.5 to 10.5.", "en", "Європа перемогла з рахунком 16,5:10,5.", "uk"),
    # Digits of other scripts are digits: Arabic-Indic in a time, Persian, Devanagari
    # (FLORES-200 devtest, CC BY-SA 4.0, the first)
    ("قدمت مجموعة دراسة العراق تقريرها في الساعة ١٢:٠٠ بتوقيت جرينتش اليوم.", "ar",
     "The Iraq Study Group presented its report at 12.00 GMT today.", "en"),
    ("در سال ۱۳۹۹ حدود ۲۵۰ نفر آمدند.", "fa", "About 250 people came in 1399.", "en"),
    ("लगभग २५० लोग आए।", "hi", "About 250 people came.", "en"),
    # A vulgar fraction is a figure's fraction (FLORES-200 devtest, CC BY-SA 4.0)
    ("ten duży pergaminowy dokument (o wymiarach 29,75 na 24,5 cala)", "pl",
     "the large parchment document (it measures 29¾ inches by 24½ inches)", "en"),
    ("Il a fait ½ tour.", "fr", "He made a 0.5 turn.", "en"),
    # A two-word number written as one word with what follows it, tens
    # first or units first (a 42-year-old, a 32-year-old man: NTREX-128,
    # CC BY-SA 4.0, shortened)
    ("The Scot, 42, is relishing the challenge.", "en", "Ten czterdziestodwuletni Szkot z zaangażowaniem pracuje.", "pl"),
    ("Police arrest man, 32, on suspicion of murder", "en", "Policie zatkla dvaatřicetiletého muže podezřelého z vraždy", "cs"),
    ("The Scot, 42, is relishing the challenge.", "en", "Сорокадвухлетний шотландец с удовольствием принял вызов.", "ru"),
    # A year's last two digits after a season's or a fiscal year's letters,
    # or after an apostrophe (SS19, FY18, '19) are that year (NTREX-128,
    # CC BY-SA 4.0, shortened)
    ("Designers unveiled head gear for their SS19 collection.", "en",
     "Die Designer zeigten Kopfbedeckungen für ihre Sommerkollektion 2019.", "de"),
    ("Profits rose in FY18 and again in '19.", "en", "Los beneficios subieron en 2018 y de nuevo en 2019.", "es"),
    # A month cut short with a period (Sept.) is its number where the other
    # side writes months as figures (9月)
    ("Track Palin, 26, spent a year in Iraq after enlisting on Sept.", "en", "特莱克·佩林现年26岁，9月份入伍后随军进驻伊拉克一年。", "zh-Hans"),
])
def test_one_figure_written_two_ways(source, source_lang, target, target_lang):
    assert unmatched(extract_numbers(source, source_lang), extract_numbers(target, target_lang)) == ((), ())


def test_a_compound_of_two_number_words_is_its_sum_only():
    # czterdziestodwuletni is 42, no 43 (nor 40, its first word alone).
    missing, added = unmatched(extract_numbers("The Scot, 43, smiled.", "en"),
                               extract_numbers("Czterdziestodwuletni Szkot uśmiechnął się.", "pl"))
    assert len(missing) == 1


def test_a_year_s_two_digits_are_still_that_year():
    # SS19 is no 2018; a two-digit number standing alone is no year.
    missing, added = unmatched(extract_numbers("their SS19 collection", "en"), extract_numbers("ihre Kollektion 2018", "de"))
    assert len(missing) == 1 and len(added) == 1
    missing, added = unmatched(extract_numbers("It has 19 rooms.", "en"), extract_numbers("Es hat 2019 Zimmer.", "de"))
    assert len(missing) == 1 and len(added) == 1


def test_a_decade_is_still_its_figure():
    # The 1980s are not the 1990s, nor the 80s of another century said in full.
    missing, added = unmatched(extract_numbers("En los 80", "es"), extract_numbers("In the 1990s", "en"))
    assert len(missing) == 1 and len(added) == 1
    # A century not beside a decade is a number like any other.
    missing, added = unmatched(extract_numbers("im 18. Jahrhundert", "de"), extract_numbers("in the 19th century", "en"))
    assert len(missing) == 1 and len(added) == 1
    # Centuries in a range are none (10 - 11 世纪到 14 世纪: the 14th is a figure).
    missing, added = unmatched(extract_numbers("10 - 11 世纪到 14 世纪", "zh-Hans"),
                               extract_numbers("the 10th - 11th centuries and the 12th century", "en"))
    assert len(missing) == 1 and len(added) == 1
    # A word that merely starts like a number word is none (milliard ~ millionaire is; siedem ~ siedemnastu is not 7).
    assert extract_numbers("millionaire", "en")[0].soft


def test_a_time_with_hundredths_is_read_as_a_time():
    # 4:41.30 is minutes, seconds and hundredths: its 4:41 is a time, not a
    # decimal 41.30, and its hundredths are a figure of their own, however
    # each language marks them off (4:41:30, 4:41.30, 4:41,30; FLORES-200
    # devtest, CC BY-SA 4.0).
    target = extract_numbers("with a combined run time of 4:41.30, 2:11.60 minutes slower", "en")
    for source, lang in (
        ("ukończyła z łącznym czasem 4:41:30, czyli o 2:11:60 wolniej", "pl"),
        ("4:41:30’luk süreyle, 2:11:60 dakika daha geç", "tr"),
        ("с комбинированным временем 4:41,30. На 2:11,60 минуты медленнее", "ru"),
    ):
        assert unmatched(extract_numbers(source, lang), target) == ((), ()), lang
    # A changed hundredth is a changed figure.
    changed = extract_numbers("with a combined run time of 4:41.31, 2:11.60 minutes slower", "en")
    missing, added = unmatched(extract_numbers("czasem 4:41:30, czyli o 2:11:60 wolniej", "pl"), changed)
    assert [m.values for m in missing] == [frozenset({30})] and [m.values for m in added] == [frozenset({31})]


def test_digits_of_other_scripts_are_compared_as_figures():
    # ١٣:٠٠ is 13:00, not 12:00; ۲۶۰ is 260, not 250.
    missing, added = unmatched(extract_numbers("في الساعة ١٣:٠٠ بتوقيت جرينتش", "ar"), extract_numbers("at 12.00 GMT", "en"))
    assert missing and added
    missing, added = unmatched(extract_numbers("حدود ۲۶۰ نفر", "fa"), extract_numbers("About 250 people", "en"))
    assert [m.values for m in missing] == [frozenset({260})]


def test_a_month_cut_short_is_its_own_number_only():
    # Sept. is September, not October; a word that merely starts like a
    # month (Mar in Mars, without a period) is no month.
    missing, added = unmatched(extract_numbers("He enlisted on Sept.", "en"), extract_numbers("他于10月份入伍。", "zh-Hans"))
    assert [m.values for m in added] == [frozenset({10})]
    assert not any(m.soft for m in extract_numbers("the Mars rover", "en"))


def test_a_changed_fraction_is_a_changed_figure():
    missing, added = unmatched(extract_numbers("o wymiarach 29,75 cala", "pl"), extract_numbers("it measures 29½ inches", "en"))
    assert [m.values for m in added] == [frozenset({Decimal("29.5")})]

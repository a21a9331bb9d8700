"""TQ702 from Arabic: a place of the source that the translation names
nowhere, with a name in its place, was replaced (issue 12). Arabic has no
capitals, and a country's or city's name is often no word spelled by sound
(السويد, Sweden), so Sweden -> Rustenburg was a prompt (minor). Now a word
that is, less a prefix (و), a CLDR country's or city's whole name, where
the translation names that place in no form and respells the word
nowhere, is a source name gone. Not a word of a longer name (منطقة,
region), nor a common word that is a place less two letters (إجمالي,
total: مالي, Mali), nor one the translation respells (غيانا, of غيانا
الفرنسية: French Guiana). Into Arabic, such a word that the source names
nowhere, where a source name is missing, took its place (James ->
تركيا, Turkey), if it is the country's own name (not a name of one of its
languages: الشأن, affair, is Shan, Myanmar's) or a city's that is no
common word (not جوني, Johnny: Juneau). Sentences from FLORES-200 devtest
and NTREX-128 (CC BY-SA 4.0), Arabic and English."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_after_replacing, major_name_findings
from tests.helpers import name_findings as names

NORDIC_AR = 'كانت هناك اختلافات كثيرة بين الناس والملوك والعادات والتاريخ في دول "الدنمارك" و"السويد" و"النرويج" و"أيسلندا"،على الرغم من أن كل دولة كانت "إسكندنافية".'
NORDIC_EN = "Though each country was 'Scandinavian', there were many differences between the people, kings, customs and history of Denmark, Sweden, Norway and Iceland."
KANDAHAR_AR = "أفادت تقارير لاحقة أن الطائرة قد تم تهديدها بوجود قنبلة على متنها ومن ثم عادت أدراجها إلى أفغانستان وهبطت في كانداهار."
KANDAHAR_EN = "Later reports then stated the plane received a bomb threat and was diverted back to Afghanistan, landing in Kandahar."
BRIDGE_AR = "يمتد على نهر أويابوك لربط مدينتي أويابوك في البرازيل وسان جورج دو لويابوك في غيانا الفرنسية."
BRIDGE_EN = "It spans the Oyapock River to link the cities of Oiapoque in Brazil and Saint-Georges de l'Oyapock in French Guiana."
TB_AR = 'اكتشفَ د. توني مول مرضَ السّل شديد المقاومةِ للأدويةِ أو ما بعرف ب (XDR-TB) في منطقةِ كوازولوناتال في جنوب إفريقيا.'
TB_EN = 'Dr. Tony Moll discovered the Extremely Drug Resistant Tuberculosis (XDR-TB) in the South African region KwaZulu-Natal.'
SKIERS_AR = 'فشلت أربع متزلّجات ضمن فريق المعوقين من إكمال أشواطهن، وفشل 45 من إجمالي 117 متزلّجة في سباق التعرّج العملاق في الحصول على ترتيب في السباق.'
SKIERS_EN = "Four skiers in the women's sitting group failed to finish their runs, and 45 of the 117 total skiers in the Giant Slalom failed to rank in the race."


@pytest.mark.parametrize(
    ("source", "target", "old", "new"),
    [(NORDIC_AR, NORDIC_EN, "Sweden", "Rustenburg"), (KANDAHAR_AR, KANDAHAR_EN, "Afghanistan", "Shri")],
    ids=["prefixed-country", "country"],
)
def test_a_place_replaced_from_arabic_is_found(source, target, old, new):
    assert not names(source, target, "ar", "en")
    spans, messages = flagged_after_replacing(source, target, "ar", "en", old, new)
    assert spans == [new], messages


@pytest.mark.parametrize(
    ("source", "target", "old", "new"),
    [(BRIDGE_AR, BRIDGE_EN, "Oiapoque", "Rustenburg"), (SKIERS_AR, SKIERS_EN, "Slalom", "Rustenburg")],
    ids=["respelled-in-a-longer-name", "common-word-less-two-letters"],
)
def test_a_word_like_a_place_but_explained_takes_no_name_s_place(source, target, old, new):
    # The name put in: a rare one, which the place would be taken for had it gone.
    changed = target.replace(old, new)
    assert not [f for f in major_name_findings(source, changed, "ar", "en") if "غيانا" in f.message or "إجمالي" in f.message]


def test_a_word_of_a_longer_place_name_is_no_place():
    # منطقة (region) is a word of CLDR's Arabic names of regions, not a
    # place's whole name: KwaZulu took no place of it.
    assert not major_name_findings(TB_AR, TB_EN, "ar", "en")


VANN_EN = 'He and his brother Dr James Vann also laid a wreath after the parade, which was led by the Brentwood Imperial Youth Band.'
VANN_AR = 'قام هو وشقيقه الدكتور جيمس فان أيضًا بوضع إكليل من الزهور بعد الاستعراض العسكري الذي قادته فرقةthe Brentwood Imperial Youth.'
RI_EN = 'But on Saturday, North Korean Foreign Minister Ri Yong-ho blamed US sanctions for the lack of progress since then.'
RI_AR = 'وفي يوم السبت الماضي،قام وزير الخارجية الكوري الشمالي راي يونج بإدانة العقوبات الأمريكية لعدم إحرازها أي تقدم بخصوص هذا الشأن.'
WHITEHALL_EN = 'English is whisked back to Whitehall for an emergency briefing and reunited with his former long-suffering sidekick Bough, played again by Ben Miller.'
WHITEHALL_AR = 'تم نقل جوني إنجليش مرة أخرى إلىقصر "وايت هول"لإحاطتهبالحالة الطارئة ولم شمله مع صديقه السابق الصبور بوف، والذي لعب دوره مرة أخرى بن ميلر.'


def test_a_name_replaced_by_a_country_in_arabic_is_found():
    assert not major_name_findings(VANN_EN, VANN_AR, "en", "ar")
    spans, messages = flagged_after_replacing(VANN_EN, VANN_AR, "en", "ar", "جيمس", "تركيا")
    assert spans == ["تركيا"], messages


@pytest.mark.parametrize(("source", "target"), [(RI_EN, RI_AR), (WHITEHALL_EN, WHITEHALL_AR)], ids=["a-language-of-a-country", "a-city-that-is-a-common-word"])
def test_an_arabic_word_that_is_only_like_a_place_took_no_name_s_place(source, target):
    assert not major_name_findings(source, target, "en", "ar")

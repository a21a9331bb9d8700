"""TQ702 into and out of Arabic: a word the Arabic spelling dictionary
knows in no form is a foreign name spelled by sound (issue 12).

Arabic has no capitals, so a name put in the place of a source name
(Trump -> توماس, Thomas) was only the prompt that Trump is missing (minor):
into Arabic 3 name changes in 40 were found. The Hunspell dictionary
(ayaspell) lists Arabic's words with their prefixes (والرئيس, بترامب) and
few foreign names: a word it lacks, whose letters lean to names (see
anynames.sound_lean), that respells no word of the source, is a name the
translation brought; where a source name is missing, it took its place.
From Arabic, such a word of the source that no word of the translation
respells, alone or joined with the word beside it (ويكي نيوز ~ Wikinews),
nor as a loanword of four letters or more (واليغور, and the jaguar), nor
loosely as a name the translation has unexplained (بيتشو ~ Picchu), is a
source name gone: the one unexplained name of the translation took its
place (تيسلا, Tesla -> Jelinek). From Arabic 11 name changes in 40
were found on the default sample, 14 now.

Not a word the dictionary misses whose letters lean to words (الشكوكية,
scepticism), nor words run together (التقىبومبيومعكمجونغأون, أنالكوميديان:
NTREX's Arabic leaves out spaces; a kashida, بالسيفكـ, only stretches a
line), nor a word the missing name may be, respelled loosely (Lloyds ~
ليودز: the name is there, and جنيه إسترليني, pounds sterling, took no
name's place; nor جلاسكو, Glasgow with an Egyptian ج for its g), unless
another name of the source explains it (كيرنان is Kiernan's, not
Craiglang's). And names into Arabic are found respelled with their last
consonant silent (Des Moines ~ دي موين), and with one consonant or none
(Utah ~ يوتا, Omaha ~ أوماها, Iowa ~ أيوا).

The tests read the system's Arabic dictionary (Debian's hunspell-ar, which
scripts/setup.sh installs): skipped without it, a failure where
TQCHECK_REQUIRE_DICTIONARIES=1 (scripts/test.sh, so CI). Sentences from
NTREX-128 and FLORES-200 devtest (CC BY-SA 4.0), English and Arabic."""

from __future__ import annotations

import pytest

from tests.helpers import flagged_after_replacing, major_name_findings, require_dictionaries
from tqcheck.alignment import lexicon
from tqcheck.alignment.anynames import sounds_alike

RALLY_EN = "What time is Trump's West Virginia rally tonight and how do you watch online?"
RALLY_AR = "ما وقت التجمع لترامب في فرجينيا الغربية هذه الليلة وكيف تشاهد هذا عبر الإنترنت؟"
TYLER_EN = "In 2014, Tyler's brother, who was 11 at the time, was the one to find his sibling after he had taken his own life."
TYLER_AR = "وفي عام 2014، تيلور، أخوه البالغ من العمر 11 عاما، ليجد أخاه قد قتل نفسه!"
GLASGOW_EN = (
    "The actor declined to comment on the story, though a Scottish Sun source hinted that Kiernan was looking "
    'to get involved in Glasgow\'s "thriving restaurant trade."'
)
GLASGOW_AR = (
    "رفض الممثل التعليق على القصة، على الرغم من أن أحد المصادر التابعة لصحيفة ذا صن الأسكتلندية أشار أن كيرنان "
    'كان يتطلع للمشاركة في "تجارة المطاعم المزدهرة في جلاسكو".'
)
POMPEO_EN = (
    "Pompeo met Ri on the sidelines of the U.N. General Assembly and said afterwards that he would visit "
    "Pyongyang again next month to prepare for a second summit."
)
POMPEO_AR = (
    "التقىبومبيومعكمجونغأون علىهامشالجمعيةالعامة للأممالمتحدة "
    "وصرّحبعدذلكإنهسيزوربيونغيانغمرةأخرىالشهرالمقبلللتحضيرلمؤتمر قمةثانِ."
)
MOINES_EN = (
    'China, Branstad wrote in an opinion piece in Sunday\'s Des Moines Register, "is now doubling down on that '
    'bullying by running propaganda ads in our own free press."'
)
MOINES_AR = (
    'كتب برانستاد في مقال رأي في دي موين ريجستر يوم الأحد:" تضاعف الصينالآن تأثير هذ التسلُّط من خلال عرض '
    'إعلانات دعائية في صحافتنا الحرة".'
)
UKIP_EN = (
    "The former Ukip leader said politicians had to 'feel the heat' from Eurosceptics - as one of Theresa May's "
    "own MPs suggested he should be in charge of negotiations with the EU."
)
UKIP_AR = (
    'وقد صرح الزعيم السابق لحزب استقلال المملكة المتحدة قائلًا "ينبغي على الساسة استشعار المخاطر الناتجة عن '
    '"الشكوكية الأوروبية"، حيث اقترح أحد نواب "تيريزا ماي" بأنه ينبغي أن يتقلد مسؤولية المفاوضات المنعقدة مع '
    "الاتحاد الأوروبي."
)
KIERNAN_EN = (
    "The duo have announced that the upcoming ninth series will be the final one in the show's run, and it "
    "appears Kiernan is planning for life after Craiglang."
)
KIERNAN_AR = (
    "أعلن الثنائي أن السلسلة التاسعة القادمة ستكون الأخيرة في سلسلة البرنامج، ويبدو أن كيرنان يخطط لحياته "
    "الوظيفية بعد Craiglang."
)
LLOYDS_EN = (
    "The new strategy comes after Sainsbury's sold its 281-store pharmacy business to Celesio, the owner of the "
    "Lloyds Pharmacy chain, for £125m, three years ago."
)
LLOYDS_AR = (
    "وتأتي الاستراتجية الجديدة بعد قيام سينسبري ببيع الصيدليات الخاصة بها والتي يبلغ عددها 281 متجرًا إلى "
    "سيلسيو، وهي مالك سلسلة ليودز فارمسي مقابل 125 مليون جنيه إسترليني منذ ثلاثة أعوام."
)
ROCK_EN = "Although it was not broadcast, the footage of West's rant was uploaded to social media by comedian Chris Rock."
ROCK_AR = (
    "على الرغم من أنه لم يتم بث خطاب ويست الهجومي، إلا أنالكوميديان كريس روكقامبتحميل لقطات منهعلى وسائل "
    "التواصل الاجتماعي."
)
SNOW_EN = (
    "Kit Harington is known for his sword-swinging role as Jon Snow in HBO's violent medieval fantasy series "
    "Game of Thrones."
)
SNOW_AR = (
    'يُعرفكيت هارينغتونبدوره في اللعب بالسيفكـ"جون سنو"في سلسلة الخيالالعنيفة عن القرون الوسطى "صراع العروش" '
    "التي أخرجتها شبكة إتش بي أو."
)
WEATHER_EN = (
    "There is nearly a 20-degree temperature difference between Kansas City, Missouri, and Omaha, Nebraska, and "
    "between St. Louis and Des Moines, Iowa."
)
WEATHER_AR = (
    "هناك اختلاف في درجات الحرارة يبلغ 20 درجة بين كانساس سيتي وميزوري وأوماها ونبراسكا وبين سانت لويس وديز "
    "موينس وأيوا."
)


TESLA_AR = "في سنة 1884 انتقل تيسلا إلى الولايات المتحدة الأمريكية للعمل مع شركة إديسون في مدينة نيويورك."
TESLA_EN = "In 1884, Tesla moved to the United States of America to accept a job with the Edison Company in New York City."
PICCHU_AR = "تتكون مدينة ماتشو بيتشو من ثلاثة مبانٍ رئيسية، وهي إنتيهواتانا، ومعبد الشمس، وغرفة النوافذ الثلاثة."
PICCHU_EN = (
    "Machu Picchu consist of three main structures, namely Intihuatana, the Temple of the Sun, and the Room of "
    "the Three Windows."
)
TIGER_AR = "يقع النمر في نفس المجموعة (جنس النمور) مع الأسود، والنمور المرقطة، واليغور."
TIGER_EN = "The tiger is in the same group (Genus Panthera) as lions, leopards, and jaguars."
WIKINEWS_AR = "أعرب آدم كويردين، مدير مجلس العموم، عن إحباطه من عمليات الشطب عندما تحدث إلى ويكي نيوز الشهر الماضي."
WIKINEWS_EN = (
    "Commons Administrator Adam Cuerden expressed his frustration over the deletions when he spoke to Wikinews "
    "last month."
)


@pytest.fixture(autouse=True)
def arabic_dictionary():
    lexicon.reset()
    require_dictionaries("ar")
    yield
    lexicon.reset()


def test_the_dictionary_knows_words_and_not_foreign_names():
    assert lexicon.known_word("والرئيس", "ar") and lexicon.known_word("المستشار", "ar")
    assert not lexicon.known_word("توماس", "ar") and not lexicon.known_word("ثورنيكروفت", "ar")


@pytest.mark.parametrize(
    ("source", "target", "old", "new"),
    [
        (RALLY_EN, RALLY_AR, "لترامب", "لجرايسون"),
        (TYLER_EN, TYLER_AR, "تيلور", "ثورنيكروفت"),
        (KIERNAN_EN, KIERNAN_AR, "Craiglang", "مارتن"),
    ],
    ids=["prefixed", "lone", "beside-another-name"],
)
def test_a_name_replaced_into_arabic_is_found(source, target, old, new):
    assert not major_name_findings(source, target, "en", "ar")
    found = major_name_findings(source, target.replace(old, new), "en", "ar")
    assert [target.replace(old, new)[f.start : f.end] for f in found] == [new], [f.message for f in found]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (UKIP_EN, UKIP_AR),
        (POMPEO_EN, POMPEO_AR),
        (ROCK_EN, ROCK_AR),
        (SNOW_EN, SNOW_AR),
        (LLOYDS_EN, LLOYDS_AR),
        (MOINES_EN, MOINES_AR),
        (GLASGOW_EN, GLASGOW_AR),
        (WEATHER_EN, WEATHER_AR),
    ],
    ids=[
        "a-word-the-dictionary-lacks", "words-run-together", "a-common-word-run-together", "kashida",
        "a-name-respelled-loosely", "silent-last-consonant", "egyptian-g-respelled-loosely", "one-consonant-or-none",
    ],
)
def test_no_name_is_brought_where_the_translation_is_right(source, target):
    assert not major_name_findings(source, target, "en", "ar")


@pytest.mark.parametrize(
    ("name", "word"),
    [("Moines", "موين"), ("Utah", "يوتا"), ("Yuan", "يوان"), ("Omaha", "أوماها"), ("Iowa", "أيوا")],
)
def test_names_respelled_in_arabic(name, word):
    assert sounds_alike(name, word, caseless=True)


@pytest.mark.parametrize(("name", "word"), [("Trump", "توماس"), ("Omaha", "ما"), ("Emmy", "أمن")])
def test_names_not_respelled_in_arabic(name, word):
    assert not sounds_alike(name, word, caseless=True)


def test_a_name_gone_from_arabic_is_found():
    assert not major_name_findings(TESLA_AR, TESLA_EN, "ar", "en")
    changed = TESLA_EN.replace("Tesla", "Jelinek")
    found = major_name_findings(TESLA_AR, changed, "ar", "en")
    assert [changed[f.start : f.end] for f in found] == ["Jelinek"], [f.message for f in found]


@pytest.mark.parametrize(
    ("source", "target"),
    [(PICCHU_AR, PICCHU_EN), (TIGER_AR, TIGER_EN), (WIKINEWS_AR, WIKINEWS_EN)],
    ids=["respelled-loosely", "a-short-loanword", "one-name-in-two-words"],
)
def test_no_name_is_gone_from_arabic_where_the_translation_is_right(source, target):
    assert not major_name_findings(source, target, "ar", "en")


# Joined with the word beside it, a name gone may look respelled by that
# neighbour's own counterpart: راجو خانديلوال joined is found in Raju, so
# خانديلوال, Khandelwal replaced by Mendoza, passed for explained. The
# neighbour alone is spelled more like Raju: it, not the join, explains it.
KHANDELWAL_AR = "رافقه المطرب راجو خانديلوال."
KHANDELWAL_EN = "Singer, Raju Khandelwal was accompanying him."


def test_a_name_gone_beside_a_name_kept_is_found():
    assert not major_name_findings(KHANDELWAL_AR, KHANDELWAL_EN, "ar", "en")
    spans, messages = flagged_after_replacing(KHANDELWAL_AR, KHANDELWAL_EN, "ar", "en", "Khandelwal", "Mendoza")
    assert spans == ["Mendoza"], messages

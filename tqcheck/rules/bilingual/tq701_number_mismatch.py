"""Flags a number that changed, vanished or appeared in translation.

## What it does
Reads every number in each source sentence and its aligned translation as
values, in each language's own format (`50 000` and `50,000`, `1,5` and
`1.5`; a point between groups of three digits as a group separator in any
language, as translators carry it: `76.000` in an Arabic or a Russian
translation is 76,000 too; `3 млн.` and `3 million`, `20:30 ч.` and `8:30 p.m.`, `60-те` and
`1960s`, `10-ти век` and `10th century`, `формула 1` and `F1`), and
reports a source number with no equal in the translation or a number in
the translation with none in the source. Small numbers written as words
(`три`, `three`, `хиляден`) count as present, ordinals too (CLDR's, and
num2words' where CLDR has none: `у Другій світовій війні`, World War 2),
and number words of falling sizes make one number, apart or as one word
(`two hundred and fifty`, `сто восемь`, `zweihundertfünfzig`). A number in
words is reported only where both sides spell it and it changed: the one
number word (three or more, no rough count: tens, dozens, thousands) of
the source that the translation lacks, where the translation has one the
source lacks, each spelled as its language's number words letter for
letter (`Three people` as `Vier Menschen`); a neighbouring sentence that
has it excuses it, a reordered translation. A decade the translation lacks
in figures, with no number in its place (`the early 2000s`: `в началото на
новия век`, at the start of the new century), is a prompt (minor) to check
it is there in words.
A figure converted to other
units is checked too: `6 метра` may become `20 feet`, not `40 feet`, and
`1 to 4 inches` `25 až 100 mm` (a range's unit is both ends'); and a
figure kept as it was in another unit of the same quantity, unconverted
(`20 feet` as `20 Meter`, `300 pounds` as `300 Kilo`), is a changed
number, unless the sentence gives the conversion too. A length
per hour is a speed (`85 miles per hour`: `137 km/h`, `137 км на годину`),
and a height in feet and inches converts as one figure (`6-foot-6`: `1,98
m`, or `dos metros`, a number word before a unit). So is a span of time
(`60 days`: `两个月`, two months; `48 hours`: `zwei Tage`), within a tenth
of its value, as months are 28 to 31 days. Degrees
of no stated scale (`80 degrees` in American news) may be Fahrenheit
converted to Celsius, as a temperature (`27 градусів Цельсія`) or as a
difference (`10 degrees above average`, `5 stopni`; `º`, typed for `°`,
is one). So may a bare figure, where the translation has degrees in its
place (`highs near 90`: `32 °C`; a decade, `widespread 80s`, any degree of
it: `od 26 do 32 stopni Celsjusza`). A fraction word before the hour
(`on the quarter-hour mark`, `half an hour`) is also its minutes (`en el
minuto 15`). A lone Latin capital I, V or X before a word of another
script is a Roman numeral (`I светског рата`, the First World War), and
Greek capitals with the keraia are Greek numerals (`Α΄ Παγκόσμιο`,
`ΙΣΤ΄`, 16). A word that shares all but the last few letters of a number
word, six at least, is another form of it (`trzydziestych`, the thirties,
of `trzydziestu`). Digits of every script are digits (`١٢:٠٠` is
`12:00`), a vulgar fraction is a figure's fraction (`29¾` is `29,75`),
and a time's seconds or hundredths are a figure however they are marked
off (`4:41:30`, `4:41.30`). A time is one however it is written: `10.15
Uhr` and `10:15`, `10：15` with a full-width colon, glued to a Chinese word
(`大约为10:15`), or as the hour and its minutes in two figures (`晚上 11 点
35 分`, `в 7 часов 19 минут`: 11:35 pm, 7:19 a.m.).
Month names are numbers (`Nov. 6` and `11月6日`, `Sept.` and `9月`, CLDR's
names in every language), a scale word multiplies (`5.5 million` and `550万`, `six
million`, `4.2-3.9 million`), and a figure one side repeats and the other
gives once is in both. A code of letters and digits (`H5N1`, `MH17`) is
written alike in every language (its letters romanised: `Ф125` is `F125`),
so one the source has, replaced by another of the same shape (`H5N2`), is a
changed figure too. In a script that glues clitics to words (Arabic), a
number word is read past them and its ending (`الخمسة وعشرين` is 25,
`الثمانينيات` the eighties). A letter is one however it is typed: Romanian
`șapte` and `şapte` (7), with a comma below or a cedilla; Turkish
`İkinci` (second) with its capital dotted I.

## Why
A wrong figure is the costliest error in news translation, and the reader
cannot see it: the sentence still reads well.

## Example
    Загинаха 12 души, а 50 000 бяха евакуирани. => Twelve people died and 15,000 were evacuated.
    Запален е пожар между 22:00 и 23:00 ч. (MDT). => Between 40:00-11:00 pm MDT, a fire was started.
    Ръстът е 1,5%. => Growth was 2.5%.
    Градът е основан през 10-ти век пр.н.е. => The city was founded in the 8th century BCE.
    Водата в квартала стигна 6 метра. => The water in the district reached 40 feet.
    [en>pl] The quake set off waves up to 20 feet high. => Wstrząs wywołał fale o wysokości 60 metrów.
    [en>zh-Hans] More than 5.5 million Syrians have fled the country. => 已有650多万叙利亚人逃离该国。
    [ar>en] وقع من ضمن الخسائر نيكولاس ألدين صاحب الخمسة وعشرين عاماً. => The fatalities included Nicholas Alden, 35.
    [zh-Hans>en] 在第二盘比分达到 6-6 后就得进行抢七大战。 => In the second set, a tie break was required after reaching 2-6.
    [fr>en] La souche H5N1 a été confirmée chez un canard sauvage. => The H5N2 strain has been confirmed in a wild duck.
    [en>es] As much as 2 to 4 inches of rain is expected in parts of the Southwest. => Se esperan entre 15 y 20 centímetros de lluvia en partes del suroeste.
    [en>uk] New York City could reach 80 degrees on Tuesday. => Температура в Нью-Йорку може досягти 37 градусів Цельсія у вівторок.
    [en>cs] Rosa had maximum winds of 85 miles per hour. => Rosa měla maximální rychlost větru 173 km/h.
    [en>ru] The talks lasted two weeks. => Переговоры длились 16 дней.
    [en>de] The waves reached 20 feet near the coast. => Die Wellen erreichten an der Küste 20 Meter.
    [en>fr] The farmer lost 300 pounds of grain. => L’agriculteur a perdu 300 kilos de céréales.
    [en>de] Three people died in the fire on Monday. => Vier Menschen starben am Montag bei dem Brand.

## Use instead
    Загинаха 12 души, а 50 000 бяха евакуирани. => Twelve people died and 50,000 were evacuated.
    Ръстът е 1,5%. => Growth was 1.5%.
    Бюджетът е 3 млн. лв. => The budget is BGN 3 million.
    Градът е основан през 10-ти век пр.н.е. => The city was founded in the 10th century BCE.
    Водата в квартала стигна 6 метра. => The water in the district reached 20 feet.
    [en>zh-Hans] More than 5.5 million Syrians have fled the country. => 已有550多万叙利亚人逃离该国。
    [en>zh-Hans] Republicans may lose Congress when votes are cast on Nov. 6. => 共和党可能在11月6日的投票中失去国会。
    [en>zh-Hans] The F125 frigate made headlines when the Navy returned it. => F125护卫舰被退还时，这艘F125护卫舰登上了头条。
    [ar>en] بدأ البرنامج في 08:30 بالتوقيت المحلي (15،00 UTC). => The program started at 8:30 local time (15.00 UTC).
    Запален е пожар между 22:00 и 23:00 ч. (MDT). => Between 10:00-11:00 pm MDT, a fire was started.
    [en>pl] The session resumed at 4.40 am. => Sesja wznowiła się o 4.40.
    [en>el] A forensic examination confirmed that the 550 pound hog had mauled the farmer. => Η εξέταση επιβεβαίωσε ότι ο χοίρος που ζύγιζε 250 κιλά είχε σκοτώσει τον αγρότη.
    [en>ru] The talks lasted two weeks. => Переговоры длились 14 дней.
    [ro>en] A fost o zi perfectă pentru rugbiul în șapte. => It was a perfect day for 7's rugby.
    [tr>en] Almanya, İkinci Dünya Savaşı'nda ortak bir düşmandı. => Germany was a common enemy in World War 2.
    [en>pl] The quake set off waves up to 20 feet high. => Wstrząs wywołał fale o wysokości 6 metrów.
    [en>de] The examination confirmed that the 550 pound hog had mauled the farmer. => Die Untersuchung bestätigte, dass das 250 Kilo schwere Schwein den Bauern getötet hatte.
    [en>es] Ten years ago, a 650 pound pig pinned a farmer to his tractor. => Hace diez años, un cerdo de casi 295 kilos acorraló a un ganadero en su tractor.
    [en>uk] Team Europe won by a final score of 16.5 to 10.5. => Команда Європи перемогла з підсумковим рахунком 16,5:10,5.
    [en>es] Waves as high as six metres (18 feet) smashed onto the shore. => Olas de hasta seis metros llegaron a la costa.
    [en>de] The tsunami had travelled across the ocean at 800 kph (497 mph). => Der Tsunami war mit 800 km/h über den Ozean gerast.
    [ar>en] وقع من ضمن الخسائر نيكولاس ألدين صاحب الخمسة وعشرين عاماً. => The fatalities included Nicholas Alden, 25.
    [ar>en] وخلال الثمانينيات من القرن الماضي، عمل في عروض مثل تاكسي. => During the 1980s he worked on shows such as Taxi.
    [fr>en] La souche H5N1 a été confirmée chez un canard sauvage. => The H5N1 strain has been confirmed in a wild duck.
    [en>sr-Cyrl] The ill-fated F125 frigate and the MH17 flight. => Злосрећна фрегата Ф125 и лет МХ17.
    [en>cs] Locally, 1 to 4 inches of rain will cause dangerous flash flooding. => Srážky 25 až 100 mm lokálně způsobí nebezpečné přívalové záplavy.
    [en>es] As much as 2 to 4 inches of rain is expected in parts of the Southwest. => Se esperan entre 5 y 10 centímetros de lluvia en partes del suroeste.
    [en>uk] New York City could reach 80 degrees on Tuesday. => Температура в Нью-Йорку може досягти 27 градусів Цельсія у вівторок.
    [en>es] New York City could reach 80 degrees on Tuesday. => El martes, en Nueva York podrían alcanzarse temperaturas de hasta 26 grados.
    [en>pl] It would be approximately 10 degrees above average. => Byłoby to około 5 stopni powyżej przeciętnej.
    [en>de] There is nearly a 20-degree temperature difference between Kansas City and Omaha. => Zwischen Kansas City und Omaha besteht ein Temperaturunterschied von fast 12 ºC.
    [ar>en] قدمت مجموعة دراسة العراق تقريرها في الساعة ١٢:٠٠ بتوقيت جرينتش اليوم. => The Iraq Study Group presented its report at 12.00 GMT today.
    [pl>en] Ukończyła z łącznym czasem 4:41:30. => She finished with a combined run time of 4:41.30.
    [zh-Hans>en] 消防救援人员最终在晚上 11 点 35 分扑灭了大火。 => Fire rescue crews eventually doused the fire by 11:35 pm.
    [en>cs] Rosa had maximum winds of 85 miles per hour. => Rosa měla maximální rychlost větru 137 km/h.
    [en>de] The 6-foot-6 forward grew up in Baton Rouge. => Der 1,98 m große Flügelspieler wuchs in Baton Rouge auf.
    [en>de] The waves reached 20 feet (6 metres) near the coast. => Die Wellen erreichten an der Küste 6 Meter (20 Fuß).
    [en>ru] The road is 20 kilometres long. => Дорога длиной 20 км.
    [uk>en] Німеччина була спільним ворогом у Другій світовій війні. => Germany was a common enemy in World War 2.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from tqcheck.alignment.numbers import (
    FAHRENHEIT,
    INCHES_PER_FOOT,
    NumberMention,
    continued_in_part,
    converts,
    degrees_of_a_decade,
    extract_numbers,
    inches_after,
    is_imperial,
    month_number,
    paired,
    spelled_exactly,
    unit_after,
    unit_of_figure,
    unmatched,
)
from tqcheck.alignment.scripts import UNSPACED, char_script
from tqcheck.locale import base_language
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import Lost, omission_aware, outside, quote, unless_added

# A translator who converts units changes the numbers on purpose: say so,
# at lower severity, instead of crying "wrong number".
_IMPERIAL = re.compile(
    r"(?i)(?<!\w)(?:feet|foot|ft|miles?|inch(?:es)?|pounds?|lbs?|yards?|gallons?|ounces?|acres?|mph|fahrenheit|°F"
    r"|мил[иья](?!он)\w*|фут\w*|инч\w*|паунд\w*|ярд\w*|галон\w*|унци\w*|акр\w*)(?!\w)"
)
_METRIC = re.compile(r"(?i)(?:метр|метър|км|километ|сантимет|см\b|килограм|кг|литр|хектар|°C|celsius|\bm\b|\bkm\b|\bkg\b|metre|meter|kilomet)")


_CELSIUS_OR_UNSTATED = ("temperature-c", "temperature")

# A time on one side that the other writes as two figures, the hour then its
# minutes, with a few letters between and no figure (晚上 11 点 35 分, в 7
# часов 19 минут ~ 11:35 pm, 7:19 a.m.).
_CLOCK = re.compile(r"(\d{1,2})[:.](\d\d)")
MAX_CLOCK_GAP = 8  # characters between the hour and its minutes
_DIGIT = re.compile(r"\d")
HOURS_ON_A_DIAL = 12


def _clock_in_figures(
    time_text: str, times: tuple[NumberMention, ...], figure_text: str, figures: tuple[NumberMention, ...]
) -> tuple[tuple[NumberMention, ...], tuple[NumberMention, ...]]:
    """``times`` and ``figures`` less each time that two figures close
    together write (the same reading of the clock: 11 ~ 23:35) and those
    two figures."""
    kept_times, gone = [], set()
    ordered = sorted(figures, key=lambda m: m.start)
    for time in times:
        clock = _CLOCK.match(time_text, time.start)
        if clock is None:
            kept_times.append(time)
            continue
        hour, minute = int(clock.group(1)), Decimal(int(clock.group(2)))
        for a, b in zip(ordered, ordered[1:]):
            gap = figure_text[a.end : b.start]
            if (
                a.start not in gone and b.start not in gone and len(gap) <= MAX_CLOCK_GAP and not _DIGIT.search(gap)
                and any(v == v.to_integral_value() and int(v) % HOURS_ON_A_DIAL == hour % HOURS_ON_A_DIAL for v in a.values)
                and minute in b.values
            ):
                gone |= {a.start, b.start}
                break
        else:
            kept_times.append(time)
    return tuple(kept_times), tuple(m for m in figures if m.start not in gone)


def _conversions(
    source_text: str, target_text: str, missing: tuple[NumberMention, ...], added: tuple[NumberMention, ...],
    langs: tuple[str, str], words: tuple[NumberMention, ...] = (), target_words: tuple[NumberMention, ...] = (),
) -> tuple[tuple[NumberMention, ...], tuple[NumberMention, ...], bool]:
    """Pair a missing source figure with an added target figure that is its
    unit conversion (6-метровото -> 20 feet, 80 км -> 50 mi): both are
    explained. A number the source writes as a word (``words``, never
    reported missing) may explain one too (two decades -> 20 years), and
    one the translation writes as a word (``target_words``) may be the
    conversion (6-foot-6 -> dos metros). A height in feet and inches
    (6-foot-6) converts as one figure, which explains both. Also says
    whether some added figure has a unit that the missing figures' units
    convert to, but at another value (a wrong figure, not a rounding)."""
    if not added and not target_words:
        return missing, added, False  # nothing a source figure could have become
    explained_s: set[int] = set()
    explained_t: set[int] = set()
    miscomputed = False
    sources = (*missing, *words)
    inches = [inches_after(source_text, m, missing, langs[0]) for m in sources]
    for j, target in enumerate((*added, *target_words)):
        unit_t = unit_of_figure(target_text, target.end, langs[1])
        if unit_t is None:
            continue
        for i, source in enumerate(sources):
            unit_s = unit_of_figure(source_text, source.end, langs[0])
            values = source.values
            if inches[i] is not None:
                values = frozenset(a + b / INCHES_PER_FOOT for a in values for b in inches[i].values)  # type: ignore[union-attr]
            if unit_s is None and unit_t[0] in _CELSIUS_OR_UNSTATED:
                # American news gives temperatures in Fahrenheit bare (highs
                # near 90, widespread 80s); a translation converts them, a
                # decade to one figure or to a range (26 to 32 °C).
                unit_s, values = FAHRENHEIT, degrees_of_a_decade(source_text, source)
            # A figure explains one converted figure; a decade may explain
            # both ends of a range.
            if unit_s is None or (i in explained_s and values == source.values):
                continue
            verdicts = {converts(a, unit_s, b, unit_t) for a in values for b in target.values}
            if True in verdicts:
                explained_s.add(i)
                explained_t.add(j)
                if inches[i] is not None:
                    explained_s.add(missing.index(inches[i]))  # type: ignore[arg-type]
                break
            if False in verdicts and i < len(missing) and j < len(added):
                miscomputed = True  # (not for a word: half an inch read as an inch; dos metros)
    return (
        tuple(m for i, m in enumerate(missing) if i not in explained_s),
        tuple(m for j, m in enumerate(added) if j not in explained_t),
        miscomputed and bool(added) and len(explained_t) < len(added),
    )


_ASIDE_OPENS = re.compile(r"[(\[/]\s*$")
ASIDE_REACH = 30  # characters before the bracket where the figure it converts stands


def _aside(text: str, mention: NumberMention, floor: int, lang: str) -> bool | None:
    """Whether a figure in brackets is the conversion of the figure just
    before them: True for 80 km (50 mi), 20 °C (68 °F), six metres (18
    feet); False for an aside in units that convert but at another value
    (80 km (90 mi): a wrong figure); None when it is no such aside."""
    bracket = _ASIDE_OPENS.search(text, max(floor, mention.start - 3), mention.start)
    unit = unit_after(text, mention.end, lang)
    if bracket is None or unit is None:
        return None
    previous = extract_numbers(text, lang, max(floor, bracket.start() - ASIDE_REACH), bracket.start())
    previous_unit = unit_after(text, previous[-1].end, lang) if previous else None
    if previous_unit is None:
        return None
    verdicts = {converts(a, previous_unit, b, unit) for a in previous[-1].values for b in mention.values}
    return True if True in verdicts else False if False in verdicts else None


_AFTER_ASIDE = re.compile(r"\s*[(\[/]\s*(\d[\d.,\u00a0\u202f ]*\d|\d)")


def _converted_in_brackets(text: str, mention: NumberMention, others: list[NumberMention], lang: str) -> bool:
    """Whether the figure in brackets right after ``mention`` (and its unit)
    is ``mention`` converted: 45 miles (72 kilometers)."""
    unit = unit_after(text, mention.end, lang)
    if unit is None:
        return False
    after = _AFTER_ASIDE.match(text, _unit_end(text, mention.end))
    if after is None:
        return False
    inside = next((m for m in others if m.start == after.start(1)), None)
    other_unit = unit_after(text, inside.end, lang) if inside is not None else None
    return other_unit is not None and any(
        converts(a, unit, b, other_unit) for a in mention.values for b in inside.values  # type: ignore[union-attr]
    )


_OTHER = {"imperial": "metric", "metric": "imperial"}


def _system(text: str, mention: NumberMention, lang: str) -> str | None:
    unit = unit_of_figure(text, mention.end, lang)
    if unit is None or unit[0] in ("temperature", "duration"):
        return None  # degrees of no stated scale: either system's; years: no system's
    return "imperial" if is_imperial(unit) else "metric"


def _systems(
    sentence: str, text: str, mentions: "list[NumberMention] | tuple[NumberMention, ...]", lang: str
) -> set[str]:
    """The unit systems a sentence measures in: the English and Bulgarian
    unit words anywhere in it (mph, километра), and "imperial" or "metric"
    for the unit after each of its figures (``mentions``, offsets in
    ``text``; any language, from CLDR)."""
    systems = set()
    if _IMPERIAL.search(sentence):
        systems.add("imperial")
    if _METRIC.search(sentence):
        systems.add("metric")
    systems.update(_system(text, mention, lang) for mention in mentions)
    systems.discard(None)
    return systems


_UNIT_WORD = re.compile(r"[ \u00a0-]?[^\W\d_]+(?:/[^\W\d_]+)?")


def _unit_word_end(text: str, end: int) -> int:
    """Where the unit right after a figure ending at ``end`` ends (20 feet,
    85 km/h), its period left out."""
    match = _UNIT_WORD.match(text, end)
    return match.end() if match else end


def _unit_end(text: str, end: int) -> int:
    match = re.match(r"[ \u00a0-]?[^\W\d_]+\.?", text[end:])
    return end + (match.end() if match else 0)


# A code of letters and digits that starts with a letter (H5N1, MH17, A320,
# COVID-19): written alike in every language, its letters at most
# romanised (Ф125 is F125).
_CODE = re.compile(r"(?<![\w-])[^\W\d_]+(?:-?\d+[^\W\d_]*)+(?![\w-])")


def _codes(text: str, start: int, end: int) -> dict[str, tuple[int, int]]:
    """The codes of ``text[start:end]`` by their romanised upper-case form,
    with the span of the first of each."""
    from tqcheck.alignment.translit import transliterate

    found: dict[str, tuple[int, int]] = {}
    for m in _CODE.finditer(text, start, end):
        found.setdefault(transliterate(m.group()).upper().replace("-", ""), m.span())
    return found


def _shape(code: str) -> str:
    return re.sub(r"\d", "#", code)


def _changed_codes(source: str, s_span: tuple[int, int], target: str, t_span: tuple[int, int], lost):
    """(source code, target code, target span) for each code of the source
    (outside ``lost``) that the translation lacks while it has one of the
    same shape that the source lacks: H5N1 -> H5N2, MH17 -> MH71."""
    ours = {c: span for c, span in _codes(source, *s_span).items() if outside(lost, span[0])}
    theirs = _codes(target, *t_span)
    gone = [c for c in ours if c not in theirs]
    come = {c: span for c, span in theirs.items() if c not in ours}
    for code in gone:
        other = next((c for c in come if _shape(c) == _shape(code)), None)
        if other is not None:
            yield code, other, come.pop(other)


SAME_UNIT = 0.1  # units whose factors differ by less are one unit (a mile and a statute mile; a rounding)


def _same_unit(a: tuple[str, float], b: tuple[str, float]) -> bool:
    return abs(a[1] / b[1] - 1) <= SAME_UNIT


def _given_in(
    figure: NumberMention, unit: tuple[str, float], units: "list[tuple[NumberMention, tuple[str, float] | None]]"
) -> bool:
    """Whether one side's ``units`` (figures with their units) has
    ``figure`` in that ``unit``."""
    return any(u is not None and _same_unit(u, unit) and n.matches(figure) for n, u in units)


_BRACKET_BETWEEN = re.compile(r"[ \u00a0]*[(\[][ \u00a0]*")


def _bracketed_after(text: str, figure: NumberMention, other: NumberMention) -> bool:
    """Whether ``other`` is in brackets right after ``figure`` and its unit:
    80 mi (50 mi)."""
    match = _BRACKET_BETWEEN.match(text, _unit_word_end(text, figure.end))
    return match is not None and match.end() == other.start


def _in_another_unit(
    source_text: str, sources: "list[NumberMention]", target_text: str, targets: "tuple[NumberMention, ...]",
    langs: tuple[str, str],
) -> Iterable[tuple[NumberMention, NumberMention, tuple[str, float], tuple[str, float]]]:
    """(source figure, target figure, their units) where the translation
    keeps a figure of the source but in another unit of the same quantity,
    unconverted (20 feet -> 20 Meter, 300 pounds -> 300 Kilo, 85 mph -> 85
    km/h), and nothing in the sentence gives it converted (20 feet (6 m)
    -> 6 Meter (20 Fuß) passes). Temperatures are left to the conversion
    check: degrees of no stated scale are either."""
    def unit(text: str, m: NumberMention, lang: str) -> tuple[str, float] | None:
        found = unit_of_figure(text, m.end, lang)
        return None if found is None or found[0].startswith("temperature") else found

    target_units = [(t, unit(target_text, t, langs[1])) for t in targets if not t.soft]
    source_units = [(m, unit(source_text, m, langs[0])) for m in sources if not m.soft]
    for m, unit_s in source_units:
        if unit_s is None:
            continue
        for t, unit_t in target_units:
            if unit_t is None or unit_t[0] != unit_s[0] or not m.matches(t):
                continue
            if _same_unit(unit_s, unit_t):
                continue  # the same unit in the other language's words
            if any(
                u is not None and converts(a, unit_s, b, u)
                and not _given_in(other, u, source_units)
                and not (_same_unit(u, unit_t) and _bracketed_after(target_text, t, other))
                for other, u in target_units for a in m.values for b in other.values
            ):
                # The conversion is there too: not the source's own aside
                # (80 km (50 mi) -> 80 mi (50 mi)), nor the figure's own
                # aside in its own unit (80 km -> 80 mi (50 mi): 50 mi is
                # 80 km, so 80 mi has the wrong unit).
                continue
            if _given_in(t, unit_t, source_units):
                continue  # the source has the figure in that unit too
            if _given_in(m, unit_s, target_units):
                continue  # the translation has it in the source's unit too (6-foot-6: 6 фута и 6 инча)
            yield m, t, unit_s, unit_t


def _findings(rule: Rule, ctx: RuleContext, omitted: Lost) -> Iterable[Finding]:
    pair_list = [p for p in ctx.pairs if p.translated]
    results: list[tuple[tuple[NumberMention, ...], tuple[NumberMention, ...]]] = []
    source_mentions: list[list[NumberMention]] = []
    target_mentions: list[tuple[NumberMention, ...]] = []
    words_left: list[tuple[list[NumberMention], list[NumberMention]]] = []
    for pair in pair_list:
        source = extract_numbers(ctx.source.checked_text, ctx.source_lang, pair.source_start, pair.source_end)  # type: ignore[union-attr]
        lost = omitted(pair)
        source = [m for m in source if outside(lost, m.start)]
        target = extract_numbers(ctx.text, ctx.target_lang, pair.target_start, pair.target_end)
        source_mentions.append(source)
        target_mentions.append(target)
        results.append(unmatched(source, target))
        words_left.append(_number_words_left(
            (ctx.source.checked_text, source, ctx.source_lang), (ctx.text, target, ctx.target_lang)  # type: ignore[union-attr]
        ))
    for k, pair in enumerate(pair_list):
        missing, added = results[k]
        # A number that moved to a neighbouring sentence (an alignment slip or
        # a reordered translation) is not an error.
        neighbours_added = [m for j in (k - 1, k + 1) if 0 <= j < len(results) for m in results[j][1]]
        neighbours_missing = [m for j in (k - 1, k + 1) if 0 <= j < len(results) for m in results[j][0]]
        missing = tuple(m for m in missing if not any(m.matches(n) for n in neighbours_added))
        added = tuple(m for m in added if not any(m.matches(n) for n in neighbours_missing))
        # A figure one side repeats and the other gives once (F125 ... the
        # F125 frigate ~ the F125 ... the vessel) is in both: a repetition,
        # not a changed number, when every figure of the other side is in
        # this one too (6-6 ~ 2-6 is a change: 2 is not in the source).
        hard_source = [m for m in source_mentions[k] if not m.soft]
        hard_target = [t for t in target_mentions[k] if not t.soft]
        if all(any(t.matches(m) for m in hard_source) for t in hard_target):
            missing = tuple(m for m in missing if not any(m.matches(t) for t in hard_target))
        if all(any(m.matches(t) for t in hard_target) for m in hard_source):
            added = tuple(m for m in added if not any(m.matches(s) for s in hard_source))
        source_text = ctx.source.checked_text  # type: ignore[union-attr]
        added, missing = _clock_in_figures(ctx.text, added, source_text, missing)
        missing, added = _clock_in_figures(source_text, missing, ctx.text, added)
        missing, added, miscomputed = _conversions(
            source_text, ctx.text, missing, added, (ctx.source_lang, ctx.target_lang),
            tuple(m for m in source_mentions[k] if m.soft), tuple(m for m in target_mentions[k] if m.soft),
        )
        asides = [_aside(ctx.text, m, pair.target_start, ctx.target_lang) for m in added]
        miscomputed = miscomputed or False in asides  # 80 km (90 mi)
        added = tuple(m for m, aside in zip(added, asides) if aside is not True)
        # A source figure given twice, converted (45 miles (72 km)), of which
        # the translation kept one: the other is no loss.
        missing = tuple(
            m for m in missing
            if _aside(source_text, m, pair.source_start, ctx.source_lang) is not True
            and not _converted_in_brackets(source_text, m, source_mentions[k], ctx.source_lang)
        )
        for code, other, (a, b) in _changed_codes(
            source_text, (pair.source_start, pair.source_end), ctx.text, (pair.target_start, pair.target_end),
            omitted(pair),
        ):
            if any(a <= m.start and m.end <= b for m in added):
                continue  # its figure is reported below (F125 -> F126: 126)
            yield rule.finding(
                ctx, a, b, f"the code {ctx.text[a:b]!r} is not in the source, which has {code}",
                details=(("source", quote(pair.source)),),
            )
        for m, t, unit_s, unit_t in _in_another_unit(
            source_text, source_mentions[k], ctx.text, target_mentions[k], (ctx.source_lang, ctx.target_lang)
        ):
            value = next(iter(m.values & t.values))
            expected = float(value) * unit_s[1] / unit_t[1]
            end = _unit_word_end(ctx.text, t.end) if unit_after(ctx.text, t.end, ctx.target_lang) else t.end
            source_end = _unit_word_end(source_text, m.end) if unit_after(source_text, m.end, ctx.source_lang) else m.end
            unit_word = ctx.text[t.end : end].strip(" \u00a0-") or "this unit"
            yield rule.finding(
                ctx, t.start, end,
                f"{ctx.text[t.start : end]!r} keeps the figure of the source's {source_text[m.start : source_end]!r} "
                f"in another unit, unconverted: that is about {expected:,.{0 if expected >= 10 else 1}f} {unit_word}",
                details=(("source", quote(pair.source)), ("source_spans", [[m.start, source_end]])),
            )
        changed_word = _number_word_changed(
            (source_text, ctx.source_lang), (ctx.text, ctx.target_lang), words_left[k],
            [words_left[j] for j in (k - 1, k + 1) if 0 <= j < len(words_left)],
        )
        if changed_word is not None:
            gone, come = changed_word
            shown = ctx.text[come.start : come.end]
            yield rule.finding(
                ctx, come.start, come.end,
                f"{shown!r} ({_figure(come)}) is not in the source, which has "
                f"{source_text[gone.start : gone.end]!r} ({_figure(gone)})",
                details=(("source", quote(pair.source)), ("source_spans", [[gone.start, gone.end]])),
                unless_covered=unless_added(ctx, come.start),
            )
        if not missing and not added:
            continue
        # A figure in one unit system where the other side measures only in
        # the other may be a conversion that could not be checked: a minor
        # prompt. Only for the figures that carry such a unit (a magnitude
        # 7.9 beside a converted 20 feet stays a wrong number), only when
        # the other side does not already give the unit (20 км (15 мили) ->
        # 20 km (15 miles)), and never for a conversion that does not
        # compute (6 m -> 40 feet): a wrong number.
        source_systems = _systems(pair.source, source_text, source_mentions[k], ctx.source_lang)
        target_systems = _systems(pair.target, ctx.text, target_mentions[k], ctx.target_lang)

        def converted(mentions: "tuple[NumberMention, ...]", text: str, lang: str, other: set[str]) -> bool:
            systems = {_system(text, m, lang) for m in mentions}
            if miscomputed or len(systems) != 1:
                return False
            (system,) = systems
            return system is not None and _OTHER[system] in other and system not in other

        def hint(is_converted: bool) -> str:
            if miscomputed:
                return " (not a conversion of the source's figure either)"
            return " (units differ too: check the conversion)" if is_converted else ""
        missing_words = ", ".join(source_text[m.start : m.end] for m in missing)
        # The source figures the finding is about, for the reviewer's two columns.
        about: tuple[tuple[str, object], ...] = (("source", quote(pair.source)),)
        if missing:
            about += (("source_spans", [[m.start, m.end] for m in missing]),)
        for mention in added:
            shown = ctx.text[mention.start : mention.end]
            is_converted = converted((mention,), ctx.text, ctx.target_lang, source_systems)
            message = (
                f"{shown!r} is not in the source, which has {missing_words}" if missing else f"{shown!r} is not in the source"
            ) + hint(is_converted)
            yield rule.finding(
                ctx, mention.start, mention.end, message, severity=Severity.MINOR if is_converted else None,
                details=about, unless_covered=unless_added(ctx, mention.start),
            )
        if missing and not added:
            is_converted = converted(missing, source_text, ctx.source_lang, target_systems)
            # A decade is as often put in words (the early 2000s: at the
            # start of the century; the nineties): a prompt, where nothing
            # came in its place, no number word either (the 1950s against
            # trzydziestych, the thirties, is a decade changed).
            decade_ends = [_a_decade(source_text, m, ctx.source_lang) for m in missing]
            decades = all(end is not None for end in decade_ends) and not words_left[k][1]
            if decades and not is_converted:
                shown = ", ".join(source_text[m.start : end] for m, end in zip(missing, decade_ends))
                message = f"the source's decade {shown} is not in the translation in figures: check it is there in words"
            else:
                message = f"the source number {missing_words} is missing from the translation{hint(is_converted)}"
            yield rule.finding(
                ctx,
                pair.target_start,
                pair.target_end,
                message,
                severity=Severity.MINOR if is_converted or decades else None,
                details=about,
            )


# What follows a year's figure to make it its decade: a letter, after an
# apostrophe or hyphen or not (2000s, 1990's, 1990er, 1990-е, 1990'lar), or
# Chinese and Japanese 年代 (1990年代).
_DECADE_SUFFIX = re.compile(r"['’-]?[^\W\d_]|年代")


def _a_decade(text: str, m: NumberMention, lang: str) -> int | None:
    """Where ``m`` ends with its suffix, if it is a decade: a year's figure
    of four digits ending in 0, with a suffix that is no unit (see
    _DECADE_SUFFIX; not 1200kg). None for any other number."""
    figure = text[m.start : m.end]
    if not (len(figure) == 4 and figure.isdigit() and figure.endswith("0")):
        return None
    suffix = _DECADE_SUFFIX.match(text, m.end)
    if suffix is None or unit_after(text, m.end, lang) is not None:
        return None
    end = suffix.end()
    while end < len(text) and text[end].isalpha() and char_script(text[end]) not in UNSPACED:
        end += 1  # the whole suffix: 2000s, 1990er
    return end


MIN_NUMBER_WORD = 3  # a number in words this large or larger: one, two and second are idioms as often


def _in_words(text: str, m: NumberMention, lang: str) -> bool:
    """Whether ``m`` is a number read from words (no digit, no Roman
    numeral), and no month's name (TQ710's), outside a language written
    without spaces (whose words are full of number letters: 三明治, a
    sandwich)."""
    words = text[m.start : m.end]
    if not m.soft or any(ch.isdigit() for ch in words) or char_script(words[:1]) in UNSPACED:
        return False
    if len(words) > 1 and words.isupper():
        return False  # XVI, IV: a numeral, no word
    return month_number(text, m.start, m.end, base_language(lang)) is None


# Tens, dozens, hundreds, thousands, millions: a rough count as often as a
# number (tens of thousands ~ on binlerce, ten thousands), and the words of
# the other side around it are read in part (اثنتا عشرة, twelve, shows عشرة).
_ROUGHLY = frozenset({Decimal(12), *(Decimal(10) ** k for k in range(1, 13))})


def _number_words_left(
    source: tuple[str, list[NumberMention], str], target: tuple[str, tuple[NumberMention, ...], str]
) -> tuple[list[NumberMention], list[NumberMention]]:
    """The numbers in words of a sentence pair that the other side has in no
    form, paired one for one (see numbers.paired: three ... three ~ four
    ... three, one three is gone): three or more, no rough count
    (_ROUGHLY: one, two, dozens and thousands are idioms as often, and
    neither count nor report), the whole number rather than its parts (250,
    not the 200 and 50 of two hundred fifty)."""
    (source_text, sources, source_lang), (target_text, targets, target_lang) = source, target
    partners = paired(sources, targets)
    taken = set(partners.values())
    source_partnered = [m for m in sources if id(m) in partners]
    target_partnered = [t for t in targets if id(t) in taken]

    def left_over(mentions, text: str, lang: str, partnered) -> list[NumberMention]:
        left = [
            m for m in mentions
            if _in_words(text, m, lang)
            and not (m.values <= _ROUGHLY or all(v < MIN_NUMBER_WORD for v in m.values))
            and not any(p.start <= m.start and m.end <= p.end for p in partnered)
        ]
        return [m for m in left if not any(o is not m and o.start <= m.start and m.end <= o.end for o in left)]

    return (
        left_over(sources, source_text, source_lang, source_partnered),
        left_over(targets, target_text, target_lang, target_partnered),
    )


def _number_word_changed(
    source: tuple[str, str], target: tuple[str, str], left: tuple[list[NumberMention], list[NumberMention]],
    neighbours: list[tuple[list[NumberMention], list[NumberMention]]],
) -> tuple[NumberMention, NumberMention] | None:
    """The one number in words the source has left over (see
    _number_words_left) and the one the translation has, if there is
    exactly one of each, each spelled as its language's number words letter
    for letter (see spelled_exactly: not a word the reading only takes for
    a number, `седмицата`, the week) and not continued by a part the reading
    missed: a number changed where both sides spell it (Three -> Vier).
    Not one that a neighbouring pair has left over on the other side (a
    reordered translation)."""
    (source_text, source_lang), (target_text, target_lang) = source, target
    gone = [m for m in left[0] if not any(m.matches(t) for _, come in neighbours for t in come)]
    come = [t for t in left[1] if not any(t.matches(m) for gone_, _ in neighbours for m in gone_)]

    def sure(m: NumberMention, text: str, lang: str) -> bool:
        # (One reading: three million is 3,000,000 or, beside a figure, 3.)
        if len(m.values) != 1:
            return False
        (value,) = m.values
        return (
            value == value.to_integral() and spelled_exactly(text[m.start : m.end], lang)
            and not continued_in_part(text, m.end, value, lang)
        )

    if len(gone) == 1 and len(come) == 1 and sure(gone[0], source_text, source_lang) and sure(come[0], target_text, target_lang):
        return gone[0], come[0]
    return None


def _figure(m: NumberMention) -> str:
    (value,) = m.values
    return f"{value:,}"


check = omission_aware(_findings)


RULE = make_rule(
    __doc__,
    code="TQ701",
    name="number-mismatch",
    severity=Severity.MAJOR,
    category=Category.MISTRANSLATION,
    check=check,
)

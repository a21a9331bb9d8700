"""Flags a number that changed, vanished or appeared in translation.

## What it does
Reads every number in each source sentence and its aligned translation as
values, in each language's own format (`50 000` and `50,000`, `1,5` and
`1.5`, `3 млн.` and `3 million`, `20:30 ч.` and `8:30 p.m.`, `60-те` and
`1960s`, `10-ти век` and `10th century`, `формула 1` and `F1`), and
reports a source number with no equal in the translation or a number in
the translation with none in the source. Small numbers written as words
(`три`, `three`, `хиляден`) count as present. A figure converted to other
units is checked too: `6 метра` may become `20 feet`, not `40 feet`.
Month names are numbers (`Nov. 6` and `11月6日`, CLDR's names in every
language), a scale word multiplies (`5.5 million` and `550万`, `six
million`, `4.2-3.9 million`), and a figure one side repeats and the other
gives once is in both. In a script that glues clitics to words (Arabic), a
number word is read past them and its ending (`الخمسة وعشرين` is 25,
`الثمانينيات` the eighties).

## Why
A wrong figure is the costliest error in news translation, and the reader
cannot see it: the sentence still reads well.

## Example
    Загинаха 12 души, а 50 000 бяха евакуирани. => Twelve people died and 15,000 were evacuated.
    Запален е пожар между 22:00 и 23:00 ч. (MDT). => Between 40:00-11:00 pm MDT, a fire was started.
    Ръстът е 1,5%. => Growth was 2.5%.
    Градът е основан през 10-ти век пр.н.е. => The city was founded in the 8th century BCE.
    Водата в квартала стигна 6 метра. => The water in the district reached 40 feet.
    [en>zh-Hans] More than 5.5 million Syrians have fled the country. => 已有650多万叙利亚人逃离该国。
    [ar>en] وقع من ضمن الخسائر نيكولاس ألدين صاحب الخمسة وعشرين عاماً. => The fatalities included Nicholas Alden, 35.
    [zh-Hans>en] 在第二盘比分达到 6-6 后就得进行抢七大战。 => In the second set, a tie break was required after reaching 2-6.

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
    [ar>en] وقع من ضمن الخسائر نيكولاس ألدين صاحب الخمسة وعشرين عاماً. => The fatalities included Nicholas Alden, 25.
    [ar>en] وخلال الثمانينيات من القرن الماضي، عمل في عروض مثل تاكسي. => During the 1980s he worked on shows such as Taxi.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tqcheck.alignment.numbers import NumberMention, converts, extract_numbers, unit_after, unmatched
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import Lost, omission_aware, outside, quote

# A translator who converts units changes the numbers on purpose: say so,
# at lower severity, instead of crying "wrong number".
_IMPERIAL = re.compile(
    r"(?i)(?<!\w)(?:feet|foot|ft|miles?|inch(?:es)?|pounds?|lbs?|yards?|gallons?|ounces?|acres?|mph|fahrenheit|°F"
    r"|мил[иья]\w*|фут\w*|инч\w*|паунд\w*|ярд\w*|галон\w*|унци\w*|акр\w*)(?!\w)"
)
_METRIC = re.compile(r"(?i)(?:метр|метър|км|километ|сантимет|см\b|килограм|кг|литр|хектар|°C|celsius|\bm\b|\bkm\b|\bkg\b|metre|meter|kilomet)")


def _conversions(
    source_text: str, target_text: str, missing: tuple[NumberMention, ...], added: tuple[NumberMention, ...]
) -> tuple[tuple[NumberMention, ...], tuple[NumberMention, ...], bool]:
    """Pair a missing source figure with an added target figure that is its
    unit conversion (6-метровото -> 20 feet, 80 км -> 50 mi): both are
    explained. Also says whether some added figure has a unit that the
    missing figures' units convert to, but at another value (a wrong
    figure, not a rounding)."""
    explained_s: set[int] = set()
    explained_t: set[int] = set()
    miscomputed = False
    for j, target in enumerate(added):
        unit_t = unit_after(target_text, target.end)
        if unit_t is None:
            continue
        for i, source in enumerate(missing):
            unit_s = unit_after(source_text, source.end)
            if i in explained_s or unit_s is None:
                continue
            verdicts = {converts(a, unit_s, b, unit_t) for a in source.values for b in target.values}
            if True in verdicts:
                explained_s.add(i)
                explained_t.add(j)
                break
            if False in verdicts:
                miscomputed = True
    return (
        tuple(m for i, m in enumerate(missing) if i not in explained_s),
        tuple(m for j, m in enumerate(added) if j not in explained_t),
        miscomputed and bool(added) and len(explained_t) < len(added),
    )


_BEFORE_ASIDE = re.compile(r"(\d[\d.,\u00a0\u202f ]*)\s*([^\W\d_]{1,12}\.?)?\s*[(\[/]\s*$")


def _converted_aside(text: str, mention: NumberMention, floor: int, lang: str) -> bool:
    """Whether an added figure is the translator's conversion of the figure
    just before it, in brackets: 80 km (50 mi), 20 °C (68 °F)."""
    before = _BEFORE_ASIDE.search(text, max(floor, mention.start - 30), mention.start)
    unit = unit_after(text, mention.end)
    if before is None or unit is None:
        return False
    previous = extract_numbers(text, lang, before.start(1), before.end(1))
    previous_unit = unit_after(text, previous[-1].end) if previous else None
    if previous_unit is None:
        return False
    return any(
        converts(a, previous_unit, b, unit) for a in previous[-1].values for b in mention.values
    ) is True


_AFTER_ASIDE = re.compile(r"\s*[(\[/]\s*(\d[\d.,\u00a0\u202f ]*\d|\d)")


def _converted_in_brackets(text: str, mention: NumberMention, others: list[NumberMention]) -> bool:
    """Whether the figure in brackets right after ``mention`` (and its unit)
    is ``mention`` converted: 45 miles (72 kilometers)."""
    unit = unit_after(text, mention.end)
    if unit is None:
        return False
    after = _AFTER_ASIDE.match(text, _unit_end(text, mention.end))
    if after is None:
        return False
    inside = next((m for m in others if m.start == after.start(1)), None)
    other_unit = unit_after(text, inside.end) if inside is not None else None
    return other_unit is not None and any(
        converts(a, unit, b, other_unit) for a in mention.values for b in inside.values  # type: ignore[union-attr]
    )


def _unit_end(text: str, end: int) -> int:
    match = re.match(r"[ \u00a0-]?[^\W\d_]+\.?", text[end:])
    return end + (match.end() if match else 0)


def _findings(rule: Rule, ctx: RuleContext, omitted: Lost) -> Iterable[Finding]:
    pair_list = [p for p in ctx.pairs if p.translated]
    results: list[tuple[tuple[NumberMention, ...], tuple[NumberMention, ...]]] = []
    source_mentions: list[list[NumberMention]] = []
    target_mentions: list[tuple[NumberMention, ...]] = []
    for pair in pair_list:
        source = extract_numbers(ctx.source.checked_text, ctx.source_lang, pair.source_start, pair.source_end)  # type: ignore[union-attr]
        lost = omitted(pair)
        source = [m for m in source if outside(lost, m.start)]
        target = extract_numbers(ctx.text, ctx.target_lang, pair.target_start, pair.target_end)
        source_mentions.append(source)
        target_mentions.append(target)
        results.append(unmatched(source, target))
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
        missing, added, miscomputed = _conversions(source_text, ctx.text, missing, added)
        added = tuple(m for m in added if not _converted_aside(ctx.text, m, pair.target_start, ctx.target_lang))
        # A source figure given twice, converted (45 miles (72 km)), of which
        # the translation kept one: the other is no loss.
        missing = tuple(
            m for m in missing
            if not _converted_aside(source_text, m, pair.source_start, ctx.source_lang)
            and not _converted_in_brackets(source_text, m, source_mentions[k])
        )
        if not missing and not added:
            continue
        # A conversion only explains a difference when the source does not
        # already give the target's unit (20 км (15 мили) -> 20 km (15 miles)),
        # and only when the figures were not checked: a conversion that
        # does not compute (6 m -> 40 feet) is a wrong number.
        converted = not miscomputed and bool(
            (_IMPERIAL.search(pair.target) and _METRIC.search(pair.source) and not _IMPERIAL.search(pair.source))
            or (_METRIC.search(pair.target) and _IMPERIAL.search(pair.source) and not _METRIC.search(pair.source))
        )
        severity = Severity.MINOR if converted else None
        hint = " (units differ too: check the conversion)" if converted else ""
        if miscomputed:
            hint = " (not a conversion of the source's figure either)"
        missing_words = ", ".join(source_text[m.start : m.end] for m in missing)
        # The source figures the finding is about, for the reviewer's two columns.
        about: tuple[tuple[str, object], ...] = (("source", quote(pair.source)),)
        if missing:
            about += (("source_spans", [[m.start, m.end] for m in missing]),)
        for mention in added:
            shown = ctx.text[mention.start : mention.end]
            message = (
                f"{shown!r} is not in the source, which has {missing_words}" if missing else f"{shown!r} is not in the source"
            ) + hint
            yield rule.finding(
                ctx, mention.start, mention.end, message, severity=severity,
                details=about,
            )
        if missing and not added:
            yield rule.finding(
                ctx,
                pair.target_start,
                pair.target_end,
                f"the source number {missing_words} is missing from the translation{hint}",
                severity=severity,
                details=about,
            )


check = omission_aware(_findings)


RULE = make_rule(
    __doc__,
    code="TQ701",
    name="number-mismatch",
    severity=Severity.MAJOR,
    category=Category.MISTRANSLATION,
    check=check,
)

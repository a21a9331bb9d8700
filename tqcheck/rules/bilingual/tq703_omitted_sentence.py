"""Flags a source sentence with no translation.

## What it does
Reports a source sentence that the alignment leaves without a partner
(a 1-0 link; a run of them is one finding, also when most of the
translation is missing and the sentences that remain translate the
source well); a sentence that shares a link with its neighbours (or sits
inside one segment with them) when the translation fits the neighbours'
length alone and has nothing of it, no number, name or letters that the
neighbours cannot account for; a whole paragraph of a translation with fewer paragraphs than its
source, when a link joins it to a neighbour's sentence and nothing in the
translation supports it (that the paragraph is missing weighs with its
length; each number or name of it that the translation has weighs against
it being the lost one); a sentence paired with a stray translation
far too short for it that shares nothing with it; and a group of source
sentences aligned to one translated sentence far too short to hold them;
and an empty translation of a source with text (one finding, at its start).

Lengths are the language's characters; a language written without
spaces (Chinese, Japanese) writes Latin names and digits as English does,
and there they count at its ratio to English (lengths.text_length), so a
sentence with a Latin name does not pass for a long one.

## Why
A dropped sentence is invisible to a reader of the translation alone, and
machine translation drops sentences, especially short ones after a long one.
The aligner does not always leave a dropped sentence unpaired: it merges it
into a neighbour's link when that is cheaper.

## Example
    Пожарът избухна в петък вечерта. Трима пожарникари бяха ранени при гасенето на пламъците в склада. Полицията разследва. => The fire broke out on Friday evening. Police are investigating.
    С участието на Райън Гослинг и Ема Стоун филмът получи номинации във всички главни категории. За най-добър актьор и най-добра актриса номинации получиха съответно Гослинг и Стоун. => The movie, featuring Ryan Gosling and Emma Stone, received nominations in all major categories.
    [en>zh-Hans] Ford Kieran, the Still Game star, is set to open a hotel in Glasgow. He is listed as the director of Adriftmorn Limited. The comedy duo announced that the ninth series would be the last. But the invention that bears his name lives on. => Still Game 电视明星 Ford Kieran 欲在格拉斯哥开一家酒店。官方记录显示，他是 Adriftmorn Limited 的经理。但以他名字命名的发明流传至今。

## Use instead
    Пожарът избухна в петък вечерта. Трима пожарникари бяха ранени при гасенето на пламъците в склада. Полицията разследва. => The fire broke out on Friday evening. Three firefighters were injured while putting out the flames in the warehouse. Police are investigating.
    С участието на Райън Гослинг и Ема Стоун филмът получи номинации във всички главни категории. За най-добър актьор и най-добра актриса номинации получиха съответно Гослинг и Стоун. => The movie, featuring Ryan Gosling and Emma Stone, received nominations in all major categories. Gosling and Stone received nominations for Best Actor and Actress respectively.
    [en>zh-Hans] Ford Kieran, the Still Game star, is set to open a hotel in Glasgow. He is listed as the director of Adriftmorn Limited. The comedy duo announced that the ninth series would be the last. But the invention that bears his name lives on. => Still Game 电视明星 Ford Kieran 欲在格拉斯哥开一家酒店。官方记录显示，他是 Adriftmorn Limited 的经理。这对喜剧搭档宣布第九季将是最后一季。但以他名字命名的发明流传至今。
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.alignment.align import model_for
from tqcheck.alignment.lengths import text_length
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import anchor_offset, omission_key, quote

# A many-to-one link is an omission when the target holds less than this
# share of the expected length and is this many deviations short.
SHORT_SHARE = 0.65
SHORT_DEVIATIONS = 3.5
# The omissions inside a link (a sentence merged into a neighbour's link, or
# paired with a stray piece of translation) are found by the analysis in
# alignment/omissions.py, shared through ctx.omissions.


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    if ctx.source is not None and ctx.source_segments and not ctx.segments:
        yield _empty_translation(rule, ctx)
        return
    pair_list = list(ctx.pairs)
    model = model_for(ctx.source_lang, ctx.target_lang)
    lost_spans = ctx.omissions
    for k, pair in enumerate(pair_list):
        if pair.source and not pair.target:
            if k and pair_list[k - 1].source and not pair_list[k - 1].target:
                continue  # reported with the run it belongs to
            run = k + 1
            while run < len(pair_list) and pair_list[run].source and not pair_list[run].target:
                run += 1
            spot = anchor_offset(pair_list, k)
            if spot is None:
                continue
            last = pair_list[run - 1]
            # A run of untranslated sentences (a lost paragraph, a truncated
            # translation) is one omission: one finding, not one per sentence.
            yield rule.finding(
                ctx, spot[0], spot[0],
                f"a source sentence has no translation: “{quote(pair.source)}”"
                if run == k + 1
                else f"{run - k} source sentences in a row have no translation, "
                f"from “{quote(pair.source, 60)}” to “{quote(last.source, 60)}”",
                details=(("source", [pair.source_start, last.source_end]),),
            )
        elif pair.source and pair.target:
            source_length = text_length(pair.source, ctx.source_lang)
            target_length = text_length(pair.target, ctx.target_lang)
            expected = source_length * model.ratio
            deviation = model.deviation_from_source(source_length, target_length)
            grouped = len(pair.link.source_ids) >= 2
            lost = lost_spans.get(pair.index)
            if (grouped and target_length < SHORT_SHARE * expected and deviation < -SHORT_DEVIATIONS) or lost:
                yield rule.finding(
                    ctx, pair.target_start, pair.target_end,
                    f"{len(pair.link.source_ids)} source sentences share this short translation; "
                    f"part of “{quote(pair.source)}” seems untranslated"
                    if grouped and not lost
                    else f"this translation seems to leave out “{quote(ctx.source.checked_text[lost[0]:lost[1]])}”",  # type: ignore[union-attr,index]
                    details=(("source", [pair.source_start, pair.source_end]),),
                    # A sentence is reported once, as an omission: the other
                    # rules' findings on its numbers, names and quotes defer.
                    covers=(omission_key(pair.index),) if lost else (),
                )


def _empty_translation(rule: Rule, ctx: RuleContext) -> Finding:
    """A translation with no text, of a source with some: every source
    sentence is left out. One finding, at the start of the translation (an
    empty span: there is no sentence to attach it to)."""
    first, last = ctx.source_segments[0], ctx.source_segments[-1]
    text = ctx.source.checked_text  # type: ignore[union-attr]
    count = len(ctx.source_segments)
    what = (
        f"the source sentence “{quote(text[first.start : first.end])}” has no translation"
        if count == 1
        else f"none of the {count} source sentences has a translation, from “{quote(text[first.start : first.end], 60)}” "
        f"to “{quote(text[last.start : last.end], 60)}”"
    )
    return rule.finding(ctx, 0, 0, f"the translation is empty: {what}", details=(("source", [first.start, last.end]),))


RULE = make_rule(
    __doc__,
    code="TQ703",
    name="omitted-sentence",
    severity=Severity.MAJOR,
    category=Category.OMISSION,
    check=check,
)

"""Flags a sentence left untranslated.

## What it does
Reports a translated sentence that is mostly in a script of the source
language that the target language does not use (Cyrillic in an English
translation, Latin letters in a Chinese one; scripts from CLDR), or that
is identical or nearly identical to its source sentence. Short segments
(names, codes) are left alone. "Mostly" is measured in the target's own
units: in a language written without spaces one of its characters says
about what three English letters do (the length ratio of
alignment.lengths), so a Chinese sentence with a few brand names kept in
Latin letters is translated.

## Why
A sentence left in the original language is a common failure of machine
translation pipelines (a timeout, a segment skipped as "already English").

## Example
    Кметът откри новия мост в неделя. Движението ще бъде спряно. => The mayor opened the new bridge on Sunday. Движението ще бъде спряно.
    [en>zh] Traffic will be stopped on the bridge until Monday. => 交通 will be stopped on the bridge until Monday.

## Use instead
    Кметът откри новия мост в неделя. Движението ще бъде спряно. => The mayor opened the new bridge on Sunday. Traffic will be stopped.
    [en>zh] Sainsbury's will work with Boots, Superdrug and Debenhams on beauty aisles. => Sainsbury's 将依托 Boots、Superdrug 和 Debenhams，采取百货商店的风格，设置美容品通道。
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from tqcheck.alignment.lengths import unspaced_ratio
from tqcheck.alignment.scripts import UNSPACED, language_scripts, script_counts, word_count
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.writing_systems import fold_lookalikes

MIN_WORDS = 3
MOSTLY = 0.5
NEARLY_IDENTICAL = 0.9


def _words(text: str) -> int:
    return word_count(text)


def _foreign_share(text: str, foreign: frozenset[str], target_lang: str) -> float:
    """Share of the letters of ``text`` in the ``foreign`` scripts, each
    letter weighed by what it says in the target language: where it is
    written without spaces, a letter of another script counts as the
    length ratio (Chinese: about a third of one of its characters). A word
    that mixes Latin look-alikes into a Cyrillic or Greek one (нoрмaлнo)
    counts in its own script."""
    counts = script_counts(fold_lookalikes(text))
    ratio = unspaced_ratio(target_lang) or 1.0
    weighed = {script: n * (1.0 if script in UNSPACED else ratio) for script, n in counts.items()}
    total = sum(weighed.values())
    return sum(weighed.get(s, 0.0) for s in foreign) / total if total else 0.0


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    # The source's scripts that the target language does not write: a
    # sentence mostly in them was not translated.
    foreign = language_scripts(ctx.source_lang) - language_scripts(ctx.target_lang)
    by_id = {seg.id: seg for seg in ctx.segments}
    for pair in ctx.pairs:
        if not pair.target or _words(pair.target) < MIN_WORDS:
            continue
        # Each translated sentence of the link on its own: a sentence left in
        # the source language may share a link with a translated neighbour.
        parts = [by_id[j] for j in pair.link.target_ids if j in by_id]
        spans = [(seg.start, seg.end) for seg in parts] if len(parts) > 1 else [(pair.target_start, pair.target_end)]
        for start, end in spans:
            text = ctx.text[start:end]
            if _words(text) < MIN_WORDS:
                continue
            message = None
            if foreign and _foreign_share(text, foreign, ctx.target_lang) > MOSTLY:
                script = "/".join(sorted(foreign)).title()
                message = f"this sentence is still in {script}: it looks untranslated"
            elif pair.source:
                same = " ".join(pair.source.split()).lower() == " ".join(text.split()).lower()
                if same or difflib.SequenceMatcher(None, pair.source, text).ratio() >= NEARLY_IDENTICAL:
                    message = "this sentence is the same as its source: it looks untranslated"
            if message:
                yield rule.finding(ctx, start, end, message)


RULE = make_rule(
    __doc__,
    code="TQ706",
    name="untranslated",
    severity=Severity.MAJOR,
    category=Category.UNTRANSLATED,
    check=check,
)

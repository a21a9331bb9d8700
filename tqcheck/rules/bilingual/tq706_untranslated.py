"""Flags a sentence left untranslated.

## What it does
Reports a translated sentence that is mostly in a script of the source
language that the target language does not use (Cyrillic in an English
translation, Latin letters in a Chinese one; scripts from CLDR), or that
is identical or nearly identical to its source sentence. Short segments
(names, codes) are left alone.

## Why
A sentence left in the original language is a common failure of machine
translation pipelines (a timeout, a segment skipped as "already English").

## Example
    Кметът откри новия мост в неделя. Движението ще бъде спряно. => The mayor opened the new bridge on Sunday. Движението ще бъде спряно.

## Use instead
    Кметът откри новия мост в неделя. Движението ще бъде спряно. => The mayor opened the new bridge on Sunday. Traffic will be stopped.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from tqcheck.alignment.scripts import language_scripts, script_share, word_count
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule

MIN_WORDS = 3
MOSTLY = 0.5
NEARLY_IDENTICAL = 0.9


def _words(text: str) -> int:
    return word_count(text)


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
            if foreign and script_share(text, foreign) > MOSTLY:
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

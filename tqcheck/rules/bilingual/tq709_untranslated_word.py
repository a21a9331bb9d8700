"""Flags a word of the source left untranslated in its translation.

## What it does
Reports a word of a translated sentence that is copied from its source
sentence and is not a word of the target language:

- a word in a script of the source language that the target language does
  not write (scripts from CLDR): `погода` in English, `weather` or `天气`
  left in a Chinese or English sentence. Where the source writes capitals,
  a capitalised word is a name kept in its own spelling and passes, as do
  acronyms;
- in a pair that shares a script, a lower-case word of four letters or
  more that is much more common in the source language than in the
  target's (by the `wordfreq` lists: a Zipf frequency lower by more than
  1): `weather` left in a German sentence. Words the two languages share
  (`international`, `hotel`) are about as common in both and pass.

## Why
Machine translation copies words it cannot translate, and a tired
translator leaves one behind; the sentence still reads, so the gap is easy
to miss.

## Example
    Времето беше необичайно топло за октомври. => The weather was unusually топло for October.
    Кметът откри новия мост в неделя. => The кметът opened the new bridge on Sunday.

## Use instead
    Времето беше необичайно топло за октомври. => The weather was unusually warm for October.
    Срещата беше в Пловдив. => The meeting was in Пловдив.
    Срещата беше в НДК. => The meeting was at the НДК.

(The examples run Bulgarian to English; in English to German, `weather`
left in `Das weather war warm` is flagged, `Hotel` and `international`
are not.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tqcheck.alignment.scripts import UNSPACED, char_script, has_case, language_scripts, script_words
from tqcheck.alignment.wordlists import zipf
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import quote

MIN_LETTERS = 4  # a word of the target's own script (shorter ones are shared by chance: data, auto)
MIN_FOREIGN_LETTERS = 2  # a word of another script (两个字, ok)
HOME_ADVANTAGE = 1.0  # Zipf: how much more common in the source language a copied word must be
_NOT_A_WORD = re.compile(r"https?:|www\.|@|\.(?:com|org|net)\b", re.I)


def _source_words(source: str) -> set[str]:
    return {source[a:b].lower() for a, b in script_words(source)}


def _copied(word: str, source: str, source_words: set[str]) -> bool:
    """Whether ``word`` is in the source sentence: as a word, or for a
    script written without spaces as a run of its letters."""
    if char_script(word[0]) in UNSPACED:
        return word in source
    return word.lower() in source_words


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    if ctx.source is None:
        return
    target_scripts = language_scripts(ctx.target_lang)
    source_scripts = language_scripts(ctx.source_lang)
    if not target_scripts or not source_scripts:
        return
    foreign = source_scripts - target_scripts
    for pair in ctx.pairs:
        if not pair.translated or ctx.text[pair.target_start : pair.target_end] == pair.source:
            continue  # a whole sentence left as it was is TQ706's
        source_words = _source_words(pair.source)
        for a, b in script_words(ctx.text, pair.target_start, pair.target_end):
            word = ctx.text[a:b]
            script = char_script(word[0])
            around = ctx.text[max(0, a - 8) : b + 8]
            if _NOT_A_WORD.search(around) or not _copied(word, pair.source, source_words):
                continue
            if script in foreign:
                if len(word) < MIN_FOREIGN_LETTERS or (has_case(script) and (word[0].isupper() or word.isupper())):
                    continue  # a name or an acronym kept in its own spelling
                message = f"{word!r} is left as the source has it, in a script this language does not use: translate it"
            elif script in target_scripts and script in source_scripts:
                if len(word) < MIN_LETTERS or not word.islower() or "-" in word:
                    continue
                home, here = zipf(word, ctx.source_lang), zipf(word, ctx.target_lang)
                if home is None or here is None or here > home - HOME_ADVANTAGE:
                    continue
                message = (
                    f"{word!r} is copied from the source and is rare in this language "
                    f"(word-list frequency {here:.1f}, {home:.1f} in the source language): translate it"
                )
            else:
                continue
            yield rule.finding(ctx, a, b, message, details=(("source", quote(pair.source)),))


RULE = make_rule(
    __doc__,
    code="TQ709",
    name="untranslated-word",
    severity=Severity.MAJOR,
    category=Category.UNTRANSLATED,
    check=check,
)

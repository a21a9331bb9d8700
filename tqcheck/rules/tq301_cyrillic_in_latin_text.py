"""Words left in the source's script: Cyrillic in English, English in Russian.

## What it does
Flags each run of words written in a script of the source language that the
target language does not use (scripts from CLDR: Bulgarian is Cyrillic,
Serbian Cyrillic or Latin, Japanese Han and kana), once per run.

Latin-script words in a target written in another script (English left in
Russian, Greek, Arabic or Chinese) are flagged only when a lower-case
content word is among them: names, brands and acronyms stay in Latin script
in those languages' news (`Apple`, `BBC`, `iPhone`), and so do web
addresses. A phrase (three lower-case words, or two with a function word of
the source: `the agreement`) is major; a lone word minor, as it may be a
loanword the language keeps in Latin script (Greek news writes `online`,
`tweet`, `fourball`: 2.9 a hundred sentences in NTREX and FLORES). Any
other script in a Latin-script target, or in a target of a third script,
is flagged whatever the words are.

Cyrillic in a Latin-script target (English, German, French...) gets a
suggestion that depends on what the words are:

- a place with an English name of its own (`Брюксел`, `Атина`, `София`:
  the list in `tqcheck/data/bg_exonyms.tsv`) gets that name (`Brussels`);
- a name (every word capitalised, not at the start of the sentence:
  `the village of Пролет`) gets its transliteration in the Bulgarian
  Streamlined System (`Prolet`) as a hint, and the message asks to check
  whether English has a usual name for it;
- anything else (`съдебна реформа`, a lower-case word, a capitalised word
  at the start of a sentence) must be translated, not transliterated:
  `sadebna reforma` is not English, so there is no suggestion.

A Cyrillic month name in a date (`Май 7, 2025`, `7 май 2025`, `5 Ян. 2025`,
with the abbreviation's period) gets its own message and the English
month. Sentences that are mostly
Cyrillic are left to TQ304, Bulgarian abbreviations (`лв.`, `ОД МВР`) to
TQ303, and words that mix the two scripts to TQ302.

## Why
Machine translation leaves words it cannot translate (rare names, villages,
abbreviations, dates) in the source alphabet. An English reader cannot
read them, and they are the plainest sign that nobody checked the text.

## Example
    [en>ru] Министр заявил, что the agreement будет подписан в понедельник.
    [zh>en] The minister said the 协议 would be signed on Monday.
    [en>el] Ο υπουργός είπε ότι η συμφωνία for the agreement θα υπογραφεί τη Δευτέρα.
    The boy crashed into the fence of the former kindergarten in the village of Пролет.
    Май 7, 2025
    The meeting is on 7 май 2025 in Sofia.
    The newspaper “Труд” wrote about the case.
    The talks were held in Брюксел on Monday.
    The so-called „съдебна реформа“ is stalled.

## Use instead
    [en>ru] Компания Apple представила новый iPhone на сайте apple.com.
    [en>zh-Hans] 英国广播公司（BBC）报道了 Sainsbury's 的计划。
    The boy crashed into the fence of the former kindergarten in the village of Prolet.
    May 7, 2025
    The newspaper Trud wrote about the case.
"""

from __future__ import annotations

import re
from functools import cache

from tqcheck.data import data_text
from tqcheck.langid import common_words
from tqcheck.model import Category, Severity
from tqcheck.rules._scripts import (
    CYR,
    CYRILLIC_WORDS,
    LAT,
    MONTHS,
    foreign_segments,
    has_script,
    language_name,
    script_label,
    script_words,
    source_foreign_scripts,
    target_scripts,
    transliterate,
)
from tqcheck.rules.base import make_rule
from tqcheck.rules.tq303_bulgarian_abbreviation import cyrillic_matches
from tqcheck.writing_systems import char_class

# A Cyrillic word not glued to a Latin letter (those are TQ302's), and runs
# of them separated by spaces, hyphens or dots.
_WORD = f"(?<![{LAT}])[{CYR}]+(?![{LAT}])"
_RUN = re.compile(f"{_WORD}(?:[ \\t\\u00a0.\\-–]+{_WORD})*")
_DIGIT_BEFORE = re.compile(r"\d[ \t\u00a0.,]*$")
_DIGIT_AFTER = re.compile(r"[ \t\u00a0.,]*\d")
_LETTER = re.compile(f"[{CYR}]")
_SENTENCE_END = re.compile(r"[ \t\u00a0]*(?:$|[\r\n]|[^\W\d_](?<=[A-Z\u00c0-\u00de]))", re.M)
# Month forms written with a period: the period belongs to the span, so that
# `5 Ян. 2025` becomes `5 January 2025`, not `5 January. 2025`.
_ABBREVIATED_MONTHS = frozenset(
    "ян яну янв фев февр мар апр авг сеп септ сент окт ное ноем дек".split()
)
# What may precede the first word of a sentence: quotes, brackets, dashes.
_LEADING = " \t\u00a0\"“”„«»'‘’([—–-"


@cache
def exonyms() -> dict[str, str]:
    """Bulgarian place names whose English name is not their transliteration."""
    text = data_text("bg_exonyms.tsv")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            bulgarian, english = (c.strip() for c in line.split("\t"))
            table[bulgarian.lower()] = english
    return table


def _words_advice(ctx, start: int, end: int, piece: str) -> tuple[str, str | None]:
    """(message, suggestion) for Cyrillic words that are not a month."""
    lang = language_name(ctx.target_lang)
    english = exonyms().get(re.sub(r"\s+", " ", piece).lower())
    if english is not None:
        return f"Cyrillic name {piece!r} left in {lang}: the English name is {english}", english
    seg = ctx.segment_at(start)
    sentence_start = seg is not None and not ctx.text[seg.start : start].strip(_LEADING)
    words = CYRILLIC_WORDS.findall(piece)
    translit = transliterate(piece, ctx.source_lang)
    if all(w[:1].isupper() for w in words) and not sentence_start:
        # A name: transliteration is how English writes most Bulgarian names,
        # but a place or person may have a usual English spelling.
        return (
            f"Cyrillic name {piece!r} left in {lang}: transliterated {translit!r}? "
            "(check the usual English name)",
            translit,
        )
    if all(w[:1].isupper() for w in words):
        return (
            f"Cyrillic text {piece!r} left untranslated in {lang}: translate it "
            f"(if it is a name, transliterated: {translit!r}?)",
            None,
        )
    # Common words: a transliteration ("sadebna reforma") is not English.
    return f"Cyrillic text {piece!r} left untranslated in {lang}: translate it", None


def _pieces(start: int, end: int, taken: list[tuple[int, int]]):
    """Parts of [start, end) not covered by TQ303's spans."""
    pos = start
    for s, e in taken:
        if e <= pos or s >= end:
            continue
        if s > pos:
            yield pos, s
        pos = max(pos, e)
    if pos < end:
        yield pos, end


def severities() -> tuple[Severity, ...]:
    return (Severity.MINOR, Severity.MAJOR)


def check(rule, ctx):
    foreign = source_foreign_scripts(ctx.source_lang, ctx.target_lang)
    if not foreign:
        return
    if "Cyrl" in foreign and "Latn" in target_scripts(ctx.target_lang):
        yield from _cyrillic_in_latin(rule, ctx)
        foreign -= {"Cyrl"}
    if foreign:
        yield from _other_script(rule, ctx, foreign)


# A run of words of some scripts: words joined by spaces, hyphens or dots.
@cache
def _runs(scripts: frozenset[str]) -> re.Pattern[str]:
    word = script_words(scripts).pattern
    return re.compile(f"{word}(?:['’]{word})?(?:[ \\t\\u00a0\\-–]+{word}(?:['’]{word})?)*")


# A web address, an e-mail or a handle: stays as it is in any script.
_ADDRESS_BEFORE = re.compile(r"(?:[@/.:#]|https?|www)\Z")
_ADDRESS_AFTER = re.compile(r"(?:\.[^\W\d_]|@|/|:/)")


def _other_script(rule, ctx, foreign: frozenset[str]):
    """Words of the source's scripts in a target of another script."""
    text = ctx.text
    probe = re.compile(f"[{char_class(foreign)}](?<=[^\\W\\d_])")
    if not ctx.shared(f"has:{sorted(foreign)}", lambda: probe.search(text) is not None):
        return
    skip = foreign_segments(ctx)
    latin = "Latn" in foreign
    source_words = common_words(ctx.source_lang) if latin else frozenset()
    lang, source = language_name(ctx.target_lang), language_name(ctx.source_lang)
    for run in _runs(foreign).finditer(text):
        seg = ctx.segment_at(run.start())
        if seg is None or seg.id in skip:
            continue
        piece = run.group()
        severity = Severity.MAJOR
        if latin:
            # Latin script is every language's for names, brands and acronyms:
            # only a lower-case content word shows untranslated text.
            before = text[max(0, run.start() - 5) : run.start()]
            if _ADDRESS_BEFORE.search(before) or _ADDRESS_AFTER.match(text, run.end()):
                continue
            words = script_words(foreign).findall(piece)
            lower = [w for w in words if w.islower()]
            if not any(len(w) >= 4 and w not in source_words for w in lower):
                continue
            # A lone word may be a loanword the language keeps in Latin script
            # (Greek news: online, tweet, fourball); a phrase is untranslated.
            phrase = len(lower) >= 3 or (len(lower) >= 2 and any(w in source_words for w in lower))
            severity = Severity.MAJOR if phrase else Severity.MINOR
        yield rule.finding(
            ctx,
            run.start(),
            run.end(),
            f"{script_label(foreign)}-script text {piece!r} left in {lang} (the {source} source's script): "
            + ("translate it" if severity == Severity.MAJOR else "translate it, unless it is a loanword written so"),
            None,
            severity=severity,
        )


def _cyrillic_in_latin(rule, ctx):
    text = ctx.text
    if not has_script(ctx, cyrillic=True):
        return
    skip = foreign_segments(ctx)
    taken = sorted((s, e) for s, e, _ in cyrillic_matches(ctx))
    for run in _RUN.finditer(text):
        seg = ctx.segment_at(run.start())
        if seg is None or seg.id in skip:
            continue
        for start, end in _pieces(run.start(), run.end(), taken):
            piece = text[start:end]
            # trim separators left at the edges of a piece
            lead = len(piece) - len(piece.lstrip(" \t\u00a0.-–"))
            trail = len(piece) - len(piece.rstrip(" \t\u00a0.-–"))
            start, end = start + lead, end - trail
            piece = text[start:end]
            if not _LETTER.search(piece):
                continue
            month = MONTHS.get(piece.lower())
            if month is not None:
                fix = month
                if piece.lower() in _ABBREVIATED_MONTHS and text[end : end + 1] == ".":
                    end += 1
                    piece = text[start:end]
                    if _SENTENCE_END.match(text, end):
                        fix += "."  # the period also ended the sentence
                in_date = _DIGIT_BEFORE.search(text, max(0, start - 6), start) or _DIGIT_AFTER.match(text, end)
                what = "in a date" if in_date else "in the text"
                yield rule.finding(
                    ctx, start, end, f"Cyrillic month name {piece!r} left {what}; write {month}", fix
                )
                continue
            message, suggestion = _words_advice(ctx, start, end, piece)
            yield rule.finding(ctx, start, end, message, suggestion)


RULE = make_rule(
    __doc__,
    code="TQ301",
    name="source-script-text",
    severity=Severity.MAJOR,
    category=Category.UNTRANSLATED,
    check=check,
    severities=severities,
)

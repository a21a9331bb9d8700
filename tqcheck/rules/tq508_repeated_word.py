"""A word written twice in a row.

## What it does
Flags a word repeated right after itself (`the the`, `в в`, `είναι
είναι`), in any language written with spaces, whatever its case (`The
the`). Not a name written twice (`Pago Pago`, `Bora Bora`: both with a
capital), nor a word its language's grammar repeats (`had had`, French
`nous nous`, Turkish `sık sık`: tqcheck/data/repeated_words.tsv, one
line per language, which anyone may extend).

## Why
Machine translation stutters when it loses its place, and an editor who
rewrites half a sentence leaves the old word behind; the eye reads over
the repeat.

## Example
    The minister said the the budget would pass.
    [en>ru] The minister arrived in Moscow. => Министр прибыл в в Москву.
    [en>el] The meeting is today. => Η συνάντηση είναι είναι σήμερα.

## Use instead
    The minister said the budget would pass.
    [en>ar] CNN reported it. => أفادت قناة سي إن إن بذلك.
    She had had enough of the delays.
    The islands of Pago Pago and Bora Bora were hit.
    [en>fr] We were wrong. => Nous nous sommes trompés.
    [en>tr] He often came. => Sık sık geldi.
"""

from __future__ import annotations

import re

from tqcheck.locale import doubled_by_grammar
from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.writing_systems import MARK, UNSPACED, WORD, script_of

# A word, blank space without a line break, and the same word again, as
# whole words (not a hyphenated reduplication, orang-orang, nor a part of
# a longer word).
# Marks count as letters (Devanagari's vowel signs: बैंक को is no क क).
_REPEAT = re.compile(rf"(?<![\w'’-])(?<!{MARK})({WORD})[ \u00a0\t]+(\1)(?![\w'’-])(?!{MARK})", re.IGNORECASE)


SPELLED_LETTER = 2  # letters of a letter's name written out (إن, بي, تي): CNN is سي إن إن
_WORD_RE = re.compile(WORD)


def _spelled_out(text: str, start: int, end: int, word: str) -> bool:
    """Whether a short doubled word stands beside another short word: the
    letters of an acronym written out (سي إن إن, بي بي سي), not a slip."""
    if len(word) > SPELLED_LETTER:
        return False
    before = _WORD_RE.findall(text[max(0, start - 12) : start])
    after = _WORD_RE.match(text[end:].lstrip(" \u00a0"))
    return bool(before and len(before[-1]) <= SPELLED_LETTER and text[start - 1 : start].isspace()) or bool(
        after and len(after.group()) <= SPELLED_LETTER and text[end : end + 1].isspace()
    )


def check(rule, ctx):
    text = ctx.text
    allowed = None
    for match in _REPEAT.finditer(text):
        first, second = match.group(1), match.group(2)
        if script_of(first[0]) in UNSPACED:
            continue  # 谢谢, ครับครับ: no spaces to tell a repeat by
        if first[0].isupper() and second[0].isupper():
            continue  # Pago Pago: a name
        if _spelled_out(text, match.start(), match.end(), first):
            continue  # سي إن إن: CNN's letters
        if allowed is None:
            allowed = doubled_by_grammar(ctx.target_lang)
        if first.lower() in allowed:
            continue
        yield rule.finding(
            ctx, match.start(), match.end(), f"the word {second!r} is written twice", first,
        )


RULE = make_rule(
    __doc__,
    code="TQ508",
    name="repeated-word",
    severity=Severity.MINOR,
    category=Category.GRAMMAR,
    check=check,
)

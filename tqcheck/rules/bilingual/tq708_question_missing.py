"""Flags a question in the source that is no longer a question.

## What it does
Reports an aligned pair whose source sentence asks a question (ends in or
contains a question mark) while its translation has none. A question mark is
any that Unicode names so, in any script (`?`, Arabic `؟`, full-width `？`,
Armenian `՞`, Ethiopic `፧`), and the character a script's question mark is
canonically (Unicode's GREEK QUESTION MARK is the semicolon, so in Greek
text `;` asks).

## Why
A question turned into a statement changes what the text asserts: "Is the
minister resigning?" is not "The minister is resigning."

## Example
    Ще подаде ли министърът оставка? => The minister will resign.
    [en>el] Will the minister resign? => Ο υπουργός θα παραιτηθεί.

## Use instead
    Ще подаде ли министърът оставка? => Will the minister resign?
    [en>ar] What time is the rally tonight? => ما وقت التجمع هذه الليلة؟
    [en>el] What time is the rally tonight? => Τι ώρα είναι η συγκέντρωση απόψε;
    [en>zh-Hans] What time is the rally tonight? => 今晚的集会是几点？
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from tqcheck.alignment.scripts import char_script
from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.pairs import lost_in_translation


@lru_cache(maxsize=4096)
def _question_mark(ch: str) -> bool:
    # (Not the inverted one that opens a Spanish question.)
    name = unicodedata.name(ch, "")
    return "QUESTION MARK" in name and "INVERTED" not in name and unicodedata.category(ch) == "Po"


@cache
def _asked_with() -> dict[str, str]:
    """The characters a script's question mark is canonically, with the
    script: {';': 'GREEK'}, as Unicode's GREEK QUESTION MARK is a semicolon.
    (The Basic Multilingual Plane: where the marks with such a decomposition
    are.)"""
    out = {}
    for code in range(0x10000):
        single = unicodedata.decomposition(chr(code))  # '003B': one character, canonically
        if single and " " not in single and not single.startswith("<") and _question_mark(chr(code)):
            out[chr(int(single, 16))] = unicodedata.name(chr(code)).split()[0]
    return out


def asks(sentence: str) -> bool:
    """Whether ``sentence`` has a question mark of any script: any that
    Unicode names so, or the character one is canonically among letters of
    its script (a semicolon in Greek)."""
    if any(_question_mark(ch) for ch in sentence):
        return True
    marks = _asked_with()
    return any(
        ch in marks and any(char_script(c) == marks[ch] for c in sentence)
        for ch in set(sentence)
    )


check = lost_in_translation(
    lambda source, target: asks(source) and not asks(target),
    "the source asks a question here, the translation does not",
)


RULE = make_rule(
    __doc__,
    code="TQ708",
    name="question-missing",
    severity=Severity.MINOR,
    category=Category.MISTRANSLATION,
    check=check,
)

"""Flags a quotation in the source that lost its quotation marks.

## What it does
Reports an aligned pair whose source sentence quotes someone („…“, «…»,
"…") while its translation has no quotation marks at all.

## Why
Quotation marks attribute words to a speaker; dropping them turns a quote
into the newspaper's own claim. Translators sometimes turn a quote into
reported speech on purpose, so this is a prompt to look, at minor severity.

## Example
    „Няма да подам оставка“, заяви министърът. => The minister said he will not resign.

## Use instead
    „Няма да подам оставка“, заяви министърът. => "I will not resign," the minister said.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.bilingual._pairs import lost_in_translation

_DOUBLE = re.compile(r"[„“”\"«»]")
# Single quotes count in the target when they open or close a word ('muppets').
_TARGET_QUOTE = re.compile(r"[„“”\"«»‘‹›]|(?<!\w)['’]|['’](?!\w)")


def _quotation_lost(source: str, target: str) -> bool:
    return len(_DOUBLE.findall(source)) >= 2 and not _TARGET_QUOTE.search(target)


check = lost_in_translation(
    _quotation_lost, "the source quotes someone here, the translation has no quotation marks"
)


RULE = make_rule(
    __doc__,
    code="TQ707",
    name="quotation-missing",
    severity=Severity.MINOR,
    category=Category.MISTRANSLATION,
    check=check,
)

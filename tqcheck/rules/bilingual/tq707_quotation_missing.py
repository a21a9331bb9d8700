"""Flags a quotation in the source that lost its quotation marks.

## What it does
Reports an aligned pair whose source sentence quotes someone („…“, «…»,
"…") while its translation has no quotation marks at all. Quoted names
(университета „Далхаузи“), which English writes without marks, don't count.

## Why
Quotation marks attribute words to a speaker; dropping them turns a quote
into the newspaper's own claim. Translators sometimes turn a quote into
reported speech on purpose, so this is a prompt to look, at minor severity.

## Example
    „Няма да подам оставка“, заяви министърът. => The minister said he will not resign.

## Use instead
    „Няма да подам оставка“, заяви министърът. => "I will not resign," the minister said.
    Той преподава в университета „Далхаузи“ в Халифакс. => He teaches at Dalhousie University in Halifax.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.pairs import lost_in_translation

# Single quotes count in the target when they open or close a word ('muppets').
_TARGET_QUOTE = re.compile(r"[„“”\"«»‘‹›]|(?<!\w)['’]|['’](?!\w)")


# A quoted stretch of the source: opening mark, up to 300 characters, closing mark.
_QUOTED = re.compile(r"[„“\"«]([^„“”\"«»\n]{1,300})[“”\"»]")
_WORDS = re.compile(r"\w+")


def _is_quoted_name(source: str, match: re.Match[str]) -> bool:
    """Bulgarian quotes names too (университета „Далхаузи“, от „Катаиб
    Хизбула“), which English writes bare. A name is short, starts with a
    capital, ends with no punctuation, and no speaker frame surrounds it
    (a colon before it, a comma or dash after it: „…“, заяви той)."""
    inner = match.group(1).strip()
    words = _WORDS.findall(inner)
    if not 1 <= len(words) <= 4 or not inner[0].isupper() or inner[-1] in ".,;:!?…":
        return False
    before = source[: match.start()].rstrip()
    after = source[match.end() :].lstrip()
    return not before.endswith(":") and not after.startswith((",", "–", "—", "-"))


def _quotation_lost(source: str, target: str) -> bool:
    quoted = [m for m in _QUOTED.finditer(source) if not _is_quoted_name(source, m)]
    return bool(quoted) and not _TARGET_QUOTE.search(target)


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

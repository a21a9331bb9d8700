"""A word that mixes Latin and Cyrillic letters.

## What it does
Flags words written partly in Latin and partly in Cyrillic letters, such
as `Sofiа` with a Cyrillic `а`, or a Cyrillic word with a Latin `o` in it.
The suggestion spells the word in one
script: look-alike letters (homoglyphs: а/a, е/e, о/o, р/p, с/c, х/x...)
are swapped into the script of the word's majority (on a tie, the target's
script); other letters are transliterated. Look-alikes are minor (the word
reads right, but search and spell-checking fail on it); other letters
(`Sofiя`) are major.

## Why
Mixed words look right but are different strings: search, spell-checking,
hyphenation and screen readers fail on them, and they are a sign of text
pasted from the source or of a keyboard left on the wrong layout.

## Example
    The minister arrived in Sofiа on Monday.
    Рrime Minister Zhelyazkov spoke to reporters.
    The mayor of Вurgas opened the new school.

## Use instead
    The minister arrived in Sofia on Monday.
    Prime Minister Zhelyazkov spoke to reporters.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules._scripts import (
    CYR,
    HAS_CYRILLIC,
    HAS_LATIN,
    LAT,
    has_script,
    target_is_cyrillic,
    transliterate,
)
from tqcheck.rules.base import make_rule

# A Latin letter next to a Cyrillic one: every mixed word has such a seam.
# The scan starts on a letter of the script the target does not use (rare,
# so the regex engine skips ahead fast) and looks at its neighbours.
_SEAM_AT_CYRILLIC = re.compile(f"[{CYR}](?:(?<=[{LAT}].)|(?=[{LAT}]))")
_SEAM_AT_LATIN = re.compile(f"[{LAT}](?:(?<=[{CYR}].)|(?=[{CYR}]))")
_WORD_CHAR = re.compile(r"[^\W\d_]")

_CYR_TO_LAT = dict(
    zip(
        "АВЕКМНОРСТУХІЈЅаеорсухіјѕԁԛԝһӏ",
        "ABEKMHOPCTYXIJSaeopcyxijsdqwhl",
    )
)
_LAT_TO_CYR = {
    lat: cyr
    for cyr, lat in _CYR_TO_LAT.items()
    if cyr in "АВЕКМНОРСТХаеорсух"  # letters of the Bulgarian/Russian alphabets only
}
_LAT_TO_CYR["y"] = "у"


def severities() -> tuple[Severity, ...]:
    """The severities its findings take, lowest first (`tqcheck rules`
    shows the range)."""
    return (Severity.MINOR, Severity.MAJOR)


def _word_around(text: str, pos: int) -> tuple[int, int]:
    start = pos
    while start > 0 and _WORD_CHAR.match(text, start - 1):
        start -= 1
    end = pos + 1
    while end < len(text) and _WORD_CHAR.match(text, end):
        end += 1
    return start, end


def one_script(word: str, prefer_cyrillic: bool, source_lang: str = "bg") -> tuple[str, str]:
    """(the word in one script, that script's name)."""
    cyr = len(HAS_CYRILLIC.findall(word))
    lat = len(HAS_LATIN.findall(word))
    to_cyrillic = cyr > lat or (cyr == lat and prefer_cyrillic)
    if to_cyrillic:
        if all(_LAT_TO_CYR.get(c) for c in word if HAS_LATIN.match(c)):
            return "".join(_LAT_TO_CYR.get(c, c) for c in word), "Cyrillic"
        # a Latin letter with no Cyrillic look-alike: fall back to Latin
    swapped = "".join(_CYR_TO_LAT.get(c, c) for c in word)
    return transliterate(swapped, source_lang), "Latin"


def check(rule, ctx):
    text = ctx.text
    prefer_cyrillic = target_is_cyrillic(ctx.target_lang)
    if not (has_script(ctx, cyrillic=True) and has_script(ctx, cyrillic=False)):
        return
    seams = _SEAM_AT_LATIN if prefer_cyrillic else _SEAM_AT_CYRILLIC
    last_end = -1
    for seam in seams.finditer(text):
        if seam.start() < last_end:
            continue
        start, end = _word_around(text, seam.start())
        last_end = end
        word = text[start:end]
        fixed, script = one_script(word, prefer_cyrillic, ctx.source_lang)
        odd = [c for c in word if (HAS_CYRILLIC.match(c) if script == "Latin" else HAS_LATIN.match(c))]
        other = "Cyrillic" if script == "Latin" else "Latin"
        letters = ", ".join(dict.fromkeys(odd))
        table = _CYR_TO_LAT if script == "Latin" else _LAT_TO_CYR
        lookalike = all(c in table for c in odd)
        yield rule.finding(
            ctx,
            start,
            end,
            f"the word {word!r} mixes scripts: {other} {letters} among {script} letters"
            + (" (look-alike letters)" if lookalike else ""),
            fixed,
            # look-alikes read correctly but break search and spelling; other letters show
            severity=Severity.MINOR if lookalike else Severity.MAJOR,
        )


RULE = make_rule(
    __doc__,
    code="TQ302",
    name="mixed-script-word",
    # The default is the common case, look-alike letters; other letters are major.
    severity=Severity.MINOR,
    category=Category.UNTRANSLATED,
    check=check,
    severities=severities,
)

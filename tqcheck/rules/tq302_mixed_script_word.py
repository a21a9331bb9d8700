"""A word that mixes Latin, Cyrillic or Greek letters.

## What it does
Flags words written partly in one of these scripts and partly in another,
such as `Sofiа` with a Cyrillic `а`, a Cyrillic word with a Latin `o` in
it, or a Greek word with a Latin `o`. The suggestion spells the word in one
script: in a Cyrillic or Greek target whose alphabet (CLDR) has a
look-alike for every odd letter, the target's (Serbian `крaja` is `краја`,
with Serbian ј); otherwise look-alike letters (homoglyphs: а/a, е/e, о/o,
р/p, с/c, х/x...) are swapped into the script of the word's majority (on a
tie, the target's script), and other letters transliterated. Look-alikes are minor (the word
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

    [sr] Извори кажу да ће се то десити до крaja године.
    [el] Ο υπουργός έφτασε στην Αθήνα τη Δευτέρa.

## Use instead
    The minister arrived in Sofia on Monday.
    [sr] Извори кажу да ће се то десити до краја године.
    Prime Minister Zhelyazkov spoke to reporters.
"""

from __future__ import annotations

import re

from tqcheck.locale import alphabet
from tqcheck.model import Category, Severity
from tqcheck.rules._scripts import (
    CYR,
    HAS_CYRILLIC,
    HAS_LATIN,
    LAT,
    has_other_script,
    has_script,
    target_is_cyrillic,
    target_scripts,
    transliterate,
)
from tqcheck.rules.base import make_rule
from tqcheck.writing_systems import CYRILLIC_LOOKALIKES, GREEK_LOOKALIKES, char_class, script_of

# A Latin letter next to a Cyrillic one: every mixed word has such a seam.
# The scan starts on a letter of the script the target does not use (rare,
# so the regex engine skips ahead fast) and looks at its neighbours.
_SEAM_AT_CYRILLIC = re.compile(f"[{CYR}](?:(?<=[{LAT}].)|(?=[{LAT}]))")
_SEAM_AT_LATIN = re.compile(f"[{LAT}](?:(?<=[{CYR}].)|(?=[{CYR}]))")
_GRK = char_class(frozenset({"Grek"}))
_HAS_GREEK = re.compile(f"[{_GRK}](?<=[^\\W\\d_])")
# A Greek letter next to a Latin or Cyrillic one, or (in a Greek target) a
# Latin or Cyrillic letter next to a Greek one.
_SEAM_AT_GREEK = re.compile(f"[{_GRK}](?:(?<=[{LAT}{CYR}].)|(?=[{LAT}{CYR}]))")
_SEAM_NEXT_TO_GREEK = re.compile(f"[{LAT}{CYR}](?:(?<=[{_GRK}].)|(?=[{_GRK}]))")
_WORD_CHAR = re.compile(r"[^\W\d_]")

_CYR_TO_LAT = CYRILLIC_LOOKALIKES
_LAT_TO_CYR = {
    lat: cyr
    for cyr, lat in _CYR_TO_LAT.items()
    if cyr in "АВЕКМНОРСТХаеорсух"  # letters of the Bulgarian/Russian alphabets only
}
_LAT_TO_CYR["y"] = "у"
# Every Latin letter with a Cyrillic look-alike, for a Cyrillic target whose
# alphabet (CLDR) has it: Serbian and Macedonian ј, Ukrainian і.
_LAT_TO_ANY_CYR = {lat: cyr for cyr, lat in _CYR_TO_LAT.items()} | {"y": "у"}
# Greek look-alikes of Latin letters, both ways.
_GRK_TO_LAT = GREEK_LOOKALIKES
_LAT_TO_GRK = {lat: grk for grk, lat in _GRK_TO_LAT.items()}
_SCRIPT_NAMES = {"Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek"}


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
    """(the word in one script, that script's name), Latin against Cyrillic."""
    cyr = len(HAS_CYRILLIC.findall(word))
    lat = len(HAS_LATIN.findall(word))
    to_cyrillic = cyr > lat or (cyr == lat and prefer_cyrillic)
    if to_cyrillic:
        if all(_LAT_TO_CYR.get(c) for c in word if HAS_LATIN.match(c)):
            return "".join(_LAT_TO_CYR.get(c, c) for c in word), "Cyrillic"
        # a Latin letter with no Cyrillic look-alike: fall back to Latin
    swapped = "".join(_CYR_TO_LAT.get(c, c) for c in word)
    return transliterate(swapped, source_lang), "Latin"


def _into_target(word: str, target_lang: str) -> tuple[str, str] | None:
    """The word in the target's script when every letter of another script
    in it has a look-alike in the target's alphabet (CLDR exemplars): sr
    `Oчeкуje` is `Очекује` whatever most of its letters are."""
    scripts = target_scripts(target_lang)
    main = "Cyrl" if scripts == {"Cyrl"} else "Grek" if scripts == {"Grek"} else None
    if main is None:
        return None
    letters = alphabet(target_lang)[0]
    table = _LAT_TO_ANY_CYR if main == "Cyrl" else _LAT_TO_GRK
    out = []
    for c in word:
        script = script_of(c)
        if script == main or not c.isalpha():
            out.append(c)
            continue
        swapped = table.get(c) if script == "Latn" else None
        if swapped is None or (letters and swapped.lower() not in letters):
            return None
        out.append(swapped)
    return "".join(out), _SCRIPT_NAMES[main]


def _to_latin_from_greek(word: str) -> str | None:
    """A Latin word with Greek look-alikes in it, in Latin letters."""
    out = [_GRK_TO_LAT.get(c, c) if script_of(c) == "Grek" else c for c in word]
    return None if any(script_of(c) == "Grek" for c in out) else "".join(out)


def _seams(ctx, prefer_cyrillic: bool):
    text = ctx.text
    if not has_other_script(ctx):
        return ()  # one script in the whole text: no seam
    cyrillic, latin = has_script(ctx, cyrillic=True), has_script(ctx, cyrillic=False)
    greek = ctx.shared("has_greek", lambda: _HAS_GREEK.search(text) is not None)
    patterns = []
    if cyrillic and latin:
        patterns.append(_SEAM_AT_LATIN if prefer_cyrillic else _SEAM_AT_CYRILLIC)
    if greek and (latin or cyrillic):
        patterns.append(_SEAM_NEXT_TO_GREEK if target_scripts(ctx.target_lang) == {"Grek"} else _SEAM_AT_GREEK)
    if len(patterns) == 1:
        return patterns[0].finditer(text)
    return sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())


def check(rule, ctx):
    text = ctx.text
    prefer_cyrillic = target_is_cyrillic(ctx.target_lang)
    last_end = -1
    for seam in _seams(ctx, prefer_cyrillic):
        if seam.start() < last_end:
            continue
        start, end = _word_around(text, seam.start())
        last_end = end
        word = text[start:end]
        present = {script_of(c) for c in word if c.isalpha()} & set(_SCRIPT_NAMES)
        into = _into_target(word, ctx.target_lang)
        if into is not None:
            fixed, script = into
            lookalike = True
        elif "Grek" in present:
            fixed = _to_latin_from_greek(word) if "Latn" in present and "Cyrl" not in present else None
            script = "Latin" if fixed is not None else "Greek"
            lookalike = fixed is not None
        else:
            fixed, script = one_script(word, prefer_cyrillic, ctx.source_lang)
            table = _CYR_TO_LAT if script == "Latin" else _LAT_TO_CYR
            odd = [c for c in word if (HAS_CYRILLIC.match(c) if script == "Latin" else HAS_LATIN.match(c))]
            lookalike = all(c in table for c in odd)
        code = next(k for k, v in _SCRIPT_NAMES.items() if v == script)
        odd = [c for c in word if c.isalpha() and script_of(c) != code]
        others = " and ".join(sorted({_SCRIPT_NAMES.get(script_of(c) or "", "other") for c in odd}))
        letters = ", ".join(dict.fromkeys(odd))
        yield rule.finding(
            ctx,
            start,
            end,
            f"the word {word!r} mixes scripts: {others} {letters} among {script} letters"
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

"""An invisible format character: a bidi control, a zero-width space.

## What it does
Flags every run of invisible Unicode format characters (general category
Cf) in the text and suggests deleting it: bidirectional embedding,
override and isolate controls (U+202A-202E, U+2066-2069), zero-width
spaces and joiners (U+200B-200D), word joiners (U+2060), a byte-order mark
inside the text (U+FEFF), soft hyphens (U+00AD), direction marks
(U+200E/200F) and the rest of Cf. The span is exactly the characters (in
HTML, the whole entity, `&#8203;`). Bidi controls are major: they reorder
what a reader sees (the Trojan Source attack), the others minor. Left alone,
wherever a script needs them: a joiner between two emoji (a family emoji) or
between letters of a joining script (Persian, Devanagari), a direction mark
in a line with right-to-left letters, the tag characters of a flag emoji,
and the number signs of Arabic and Syriac. It reads no language: the same
characters are artifacts in every language.

## Why
A published article is text, not a layout program: an invisible character
in it is always a leftover of a copy from a web page, a word processor or
an MT pipeline. It breaks search (`minister` no longer matches), spell
checking, word counts and hyphenation, and a bidi control can make the text
read differently from what it holds.

## Example
    The minister\u200b said the talks would continue.
    The budget was approved by\u202e 120 votes.
    Ten offi\u00adcials told Reuters about the plan.
    The deal\ufeff was signed on Monday.

## Use instead
    The minister said the talks would continue.
    The family emoji 👩\u200d👩\u200d👧 was added in 2015.
    The word is written \u05e9\u05dc\u05d5\u05dd\u200f in Hebrew.
"""

from __future__ import annotations

import re
import unicodedata

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

# Unicode 15.1, general category Cf, less the signs that scripts show
# (Arabic and Syriac number signs U+0600-0605, 06DD, 070F, 0890-0891, 08E2;
# Kaithi U+110BD, 110CD; Egyptian hieroglyph and Duployan format controls
# U+13430-1343F, 1BCA0-1BCA3). A test keeps it in step with unicodedata.
_BMP_CHARACTERS = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
_ASTRAL_CHARACTERS = "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
FORMAT_CHARACTERS = _BMP_CHARACTERS + _ASTRAL_CHARACTERS
SCRIPT_SIGNS = "\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
_FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")
# The same, split: a class of the Basic Multilingual Plane alone is a bitmap
# re tests fast; the tags and musical controls above it are looked for only
# in a text that has characters there (most have none).
_BMP_FORMAT = re.compile(f"[{_BMP_CHARACTERS}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _format_characters(text: str):
    """The format characters of ``text``, in order."""
    if _ASTRAL.search(text) is None:  # nothing above U+FFFF (and no copy of the text to know it)
        return _BMP_FORMAT.finditer(text)
    return _FORMAT.finditer(text)
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_DIRECTION_MARKS = frozenset("\u200e\u200f\u061c")
_JOINERS = frozenset("\u200c\u200d")
_TAGS = re.compile("[\U000e0020-\U000e007f]+")
# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo and
# their presentation forms): a direction mark in their line is typesetting.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ENTITY_END = re.compile(r"&[#\w]{1,32};")


def _pictographic(ch: str) -> bool:
    """An emoji or what joins one: a pictograph, a variation selector, a
    skin-tone modifier."""
    cp = ord(ch)
    return cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or ch == "\ufe0f" or 0x2190 <= cp <= 0x21FF


def _joining_letter(ch: str) -> bool:
    """A letter of a script that uses zero-width (non-)joiners: any letter
    but Latin, Greek and Cyrillic, whose words never need one."""
    return ch.isalpha() and not ch.isascii() and unicodedata.name(ch, "").split(" ")[0] not in (
        "LATIN",
        "GREEK",
        "CYRILLIC",
    )


def _needed(text: str, pos: int, line: str) -> bool:
    """Whether the format character at ``pos`` does a job there."""
    ch = text[pos]
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if ch in _JOINERS:
        if ch == "\u200d" and before and after and _pictographic(before) and _pictographic(after):
            return True
        return bool(before and after) and _joining_letter(before) and _joining_letter(after)
    if ch in _DIRECTION_MARKS:
        return bool(_RTL.search(line))
    if "\U000e0020" <= ch <= "\U000e007f":
        start = pos
        while start > 0 and "\U000e0020" <= text[start - 1] <= "\U000e007f":
            start -= 1
        return start > 0 and text[start - 1] == "\U0001f3f4"  # a subdivision flag: 🏴 + tags
    if ch == "\u180e":
        return bool(before) and "\u1800" <= before <= "\u18af"  # Mongolian
    return False


def _describe(chars: str) -> str:
    names = []
    for ch in dict.fromkeys(chars):
        names.append(f"U+{ord(ch):04X} {unicodedata.name(ch, 'FORMAT CHARACTER')}")
    shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
    return shown


def check(rule, ctx):
    text = ctx.text
    if text.isascii():  # the common case: no format character can be there
        return
    original = ctx.document.text
    html = ctx.document.format == "html"
    spans: list[tuple[int, int]] = []
    for match in _format_characters(text):
        pos = match.start()
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        if _needed(text, pos, text[line_start : len(text) if line_end < 0 else line_end]):
            continue
        end = pos + 1
        if html and original[pos] == "&":  # an entity: its whole source is the character
            entity = _ENTITY_END.match(original, pos)
            end = entity.end() if entity is not None else end
        if spans and spans[-1][1] == pos:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((pos, end))
    for start, end in spans:
        chars = "".join(c for c in text[start:end] if _FORMAT.match(c))
        bidi = any(c in _BIDI_CONTROLS for c in chars)
        what = "invisible bidi control" if bidi else "invisible format character"
        plural = "s" if len(chars) > 1 else ""
        message = f"{what}{plural} ({_describe(chars)}): delete"
        if bidi:
            message += "; it can make the text display in another order than it reads"
        yield rule.finding(
            ctx, start, end, message, "", severity=Severity.MAJOR if bidi else Severity.MINOR
        )


def severities() -> tuple[Severity, ...]:
    """Minor for a zero-width space or a soft hyphen, major for a bidi control."""
    return (Severity.MINOR, Severity.MAJOR)


RULE = make_rule(
    __doc__,
    code="TQ506",
    name="invisible-character",
    severity=Severity.MINOR,
    category=Category.PUNCTUATION,
    check=check,
    severities=severities,
)

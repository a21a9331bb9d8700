"""Making input text safe and visible in a terminal report.

A checked file is untrusted: an ESC in it would reach the terminal as a
control sequence (clear the screen, set the window title, hide a line), and a
bidi override (U+202E...) would reorder what the reader sees ("Trojan
Source", CVE-2021-42574). Every report line that shows input text goes
through :func:`printable`, which writes those characters as escapes
(``\\x1b``, ``\\u202e``) instead. Everything else, any script included, is
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Protocol

# C0 controls (tab is harmless), DEL and C1 controls as \xNN; the bidi
# embedding, override and isolate controls as \uNNNN.
_CONTROLS = [c for c in range(0x20) if c != 0x09] + [0x7F] + list(range(0x80, 0xA0))
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_TABLE = {c: f"\\x{c:02x}" for c in _CONTROLS} | {c: f"\\u{c:04x}" for c in _BIDI}

# How a span made only of white space is shown, so a double space reads as
# [␣␣] rather than [].
_BLANKS = {" ": "␣", "\t": "⇥", "\u00a0": "⍽", "\n": "↵", "\r": "↵"}


def printable(s: str, keep: str = "") -> str:
    """``s`` with control characters and bidi controls escaped; characters
    in ``keep`` (e.g. line breaks a caller collapses itself) are left as
    they are."""
    table = _TABLE if not keep else {c: v for c, v in _TABLE.items() if chr(c) not in keep}
    return s.translate(table)


# json.dumps writes C0 controls as \u00XX already but leaves DEL, C1 and the
# bidi controls raw; in JSON text they can only be inside strings, where
# \uXXXX stands for the same character, so escaping them changes no value.
_JSON_TABLE = {c: f"\\u{c:04x}" for c in _TABLE if c >= 0x7F}


def json_printable(serialised: str) -> str:
    """JSON text (from json.dumps) with the controls it leaves raw escaped."""
    return serialised.translate(_JSON_TABLE)


def visible_blank(s: str) -> str:
    """A white-space-only span made visible (``"  "`` -> ``"␣␣"``); any
    other text unchanged."""
    if not s or not s.isspace():
        return s
    return "".join(_BLANKS.get(c, f"\\u{ord(c):04x}") for c in s)


def shorten(text: str, width: int, *, fold: bool = True) -> str:
    """``text`` cut to ``width`` characters with an ellipsis; with ``fold``,
    its white space folded to single spaces first. The one way tqcheck
    shortens a text for a message or a report line (nothing is escaped:
    reports escape what they print, see :func:`clip`)."""
    flat = " ".join(text.split()) if fold else text
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def clip(text: str, width: int, keep: str = "\t\n\r") -> str:
    """``text`` escaped (``keep`` as is), its white space folded to single
    spaces, cut to ``width`` characters with an ellipsis: one report line."""
    return shorten(printable(text, keep=keep), width)


def suggestion_label(suggestion: str | None, clip: Callable[[str], str] = str) -> str | None:
    """How a suggestion reads in a report: None when there is none; "" means
    the span must go, shown as "(delete)"; a blank one (a single space for a
    double space) is quoted so it can be seen."""
    if suggestion is None:
        return None
    if suggestion == "":
        return "(delete)"
    if not suggestion.strip():
        return repr(suggestion)
    return clip(suggestion)


class MaskedText(Protocol):
    """A document as :func:`excerpt` reads it (tqcheck.model.Document)."""

    text: str
    masked: str | None


def excerpt(document: MaskedText, start: int, end: int, *, markup_alone_as_written: bool = True) -> str:
    """What a reader should see of ``text[start:end]``: the text without the
    markup the document masks (``**``, tags, link targets), so a Markdown
    sentence reads "The official cabinet approved", not "The official
    cabinet** approved". Offsets stay those of the original file; only the
    display changes. Blanked markup is dropped, not turned into spaces (so
    ``AT&amp;T`` reads ``AT&T``, and ``&nbsp;`` a no-break space, the
    character the mask writes for it); a block tag's line break stays a break. A
    span that is nothing but markup (a finding about the markup itself) is
    shown as written, unless ``markup_alone_as_written`` is false (the text
    beside a span, cut where the span starts, must not bring markup back)."""
    raw = document.text[start:end]
    if document.masked is None:
        return raw
    masked = document.masked[start:end]
    if masked == raw:
        return raw
    shown = "".join(m for m, r in zip(masked, raw) if m == r or m != " ")
    return shown if shown.strip() or not raw.strip() or not markup_alone_as_written else raw


# --- columns: how wide a text is on a terminal ----------------------------------------


def char_columns(c: str) -> int:
    """Terminal columns of one character: 0 for combining marks and format
    characters, 2 for East Asian wide and full-width ones, else 1."""
    import unicodedata

    if c < "\u0300":  # Latin and controls: the common case, no table look-up
        return 1
    if unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def _narrow(s: str) -> bool:
    """Every character of ``s`` takes one column (a report's lines nearly
    always): each distinct character asked once, not each character."""
    return s.isascii() or max(s) < "\u0300" or all(char_columns(c) == 1 for c in set(s))


def columns(s: str) -> int:
    """Terminal columns of ``s`` (see :func:`char_columns`)."""
    return len(s) if _narrow(s) else sum(char_columns(c) for c in s)


def head_columns(s: str, width: int) -> str:
    """The longest start of ``s`` that fits in ``width`` columns."""
    if _narrow(s):
        return s[: max(width, 0)]
    used = 0
    for i, c in enumerate(s):
        used += char_columns(c)
        if used > width:
            return s[:i]
    return s


def tail_columns(s: str, width: int) -> str:
    """The longest end of ``s`` that fits in ``width`` columns."""
    if _narrow(s):
        return s[len(s) - min(max(width, 0), len(s)) :]
    used = 0
    for i in range(len(s) - 1, -1, -1):
        used += char_columns(s[i])
        if used > width:
            return s[i + 1 :]
    return s


# --- characters a reader cannot see (HTML report) -------------------------------------
# In a page, a bidi override in the article or a file name reorders what the
# reviewer sees ("txt.exe" shows as "exe.txt"), and a zero-width space, soft
# hyphen or stray BOM is simply invisible. The HTML report shows each of
# them as a marked token; tab and line breaks are ordinary layout.

_LAYOUT = "\t\n\r"


@lru_cache(maxsize=1)
def _hidden_pattern() -> re.Pattern[str]:
    import unicodedata

    # Format characters (Cf) live in the BMP, plane 1 and plane 14 (tags):
    # scanning those is enough and takes milliseconds, once.
    points = [*range(0x20000), *range(0xE0000, 0xE1000)]
    hidden = [p for p in points if unicodedata.category(chr(p)) in ("Cc", "Cf") and chr(p) not in _LAYOUT]
    ranges, start = [], hidden[0]
    for prev, cur in zip(hidden, [*hidden[1:], None]):
        if cur != prev + 1:
            ranges.append(f"\\U{start:08x}" if start == prev else f"\\U{start:08x}-\\U{prev:08x}")
            start = cur  # type: ignore[assignment]
    return re.compile("[" + "".join(ranges) + "]")


def code_point(c: str) -> str:
    return f"U+{ord(c):04X}"


def char_name(c: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE`` (the code point alone when unnamed)."""
    import unicodedata

    name = unicodedata.name(c, "")
    return f"{code_point(c)} {name}" if name else code_point(c)


def has_hidden(s: str) -> bool:
    """Whether ``s`` holds a control or format character other than tab and line breaks."""
    return _hidden_pattern().search(s) is not None


def hidden_parts(s: str) -> list[tuple[str, str | None]]:
    """``s`` split into runs of ordinary text, ``(text, None)``, and single
    hidden characters, ``(char, "U+202E")``: the page keeps each character
    (copying gives the text back) and marks the hidden ones."""
    pattern = _hidden_pattern()
    if pattern.search(s) is None:
        return [(s, None)]
    out: list[tuple[str, str | None]] = []
    at = 0
    for m in pattern.finditer(s):
        if m.start() > at:
            out.append((s[at : m.start()], None))
        out.append((m.group(), code_point(m.group())))
        at = m.end()
    if at < len(s):
        out.append((s[at:], None))
    return out


def reveal(s: str) -> str:
    """``s`` with each hidden character written as a visible ``⟨U+202E⟩``
    token: for places that hold text only (an attribute, a page title)."""
    return _hidden_pattern().sub(lambda m: f"⟨{code_point(m.group())}⟩", s)

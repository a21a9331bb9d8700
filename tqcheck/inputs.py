"""Reading inputs: decoding, validation and markup masking.

Every problem becomes an :class:`InputError` with one line that names the
file and the problem; the CLI prints it and exits 2. Inputs are opened
read-only and never written.

Decoding: UTF-8 by default; a UTF-16 or UTF-32 byte order mark is obeyed
(offsets are string indices, so they do not care), ``--encoding`` is
honoured before any NUL-byte test (UTF-16 is full of NUL bytes), and a NUL
byte in an 8-bit encoding means binary, with a hint when the bytes look like
UTF-16 without a BOM.

For Markdown and HTML, ``Document.masked`` is a copy of the text of the same
length in which markup is blanked out (tags, comments, code, link targets,
script and style contents), so rules never see markup yet every offset they
report still points into the original file.
"""

from __future__ import annotations

import codecs
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

from tqcheck.errors import InputError
from tqcheck.model import Document
from tqcheck.positions import line_col, line_start_offsets

DEFAULT_MAX_BYTES = 20 * 1024 * 1024




FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html"}


def format_for(path: str) -> str:
    return FORMATS.get(Path(path).suffix.lower(), "text")


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of ``path`` (``-`` for standard input), size-checked
    before reading so a huge file costs no memory."""
    limit_hint = f"the limit is {max_bytes:,} bytes; raise it with --max-bytes"
    if path == "-":
        data = _read_at_most(sys.stdin.buffer, max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"<stdin>: input is larger than {max_bytes:,} bytes ({limit_hint})")
        return data
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a file (give the files to check, e.g. {path}/*.txt)")
    if st.st_size > max_bytes:
        raise InputError(f"{path}: file is {st.st_size:,} bytes, larger than allowed ({limit_hint})")
    try:
        # Read-only: the input is never modified. A FIFO with no writer
        # blocks here, as it does for cat.
        with open(p, "rb") as handle:
            data = _read_at_most(handle, max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: file grew past {max_bytes:,} bytes while reading ({limit_hint})")
    return data


_PIECE = 1 << 20


def _read_at_most(handle: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes, read a piece at a time: ``read(limit)`` would
    ask the OS for the whole limit at once (a MemoryError or OverflowError
    for ``--max-bytes 50000000000``), whatever the file's size."""
    pieces = []
    left = limit
    while left > 0:
        piece = handle.read(min(_PIECE, left))
        if not piece:
            break
        pieces.append(piece)
        left -= len(piece)
    return b"".join(pieces)


# A byte order mark names its encoding. The UTF-32 LE mark starts with the
# UTF-16 LE one, so the longer marks are tried first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UNICODE = ("utf-8", "utf-16", "utf-32")  # codec name prefixes (codecs.lookup spelling)


def _codec_for(data: bytes, name: str, encoding: str) -> str:
    """The codec to decode ``data`` with. A byte order mark decides among
    the Unicode encodings (utf-8, the default, included): a UTF-16 file with
    its BOM needs no flag. An explicit non-Unicode encoding (cp1251) is
    honoured as given."""
    declared = text_encoding(encoding, name)
    if declared.startswith(_UNICODE):
        marked = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
        if marked is not None:
            return marked
    if declared == "utf-16":  # no BOM: Python would assume the machine's order
        return _utf16_order(data) or declared
    return "utf-8-sig" if declared == "utf-8" else declared


def text_encoding(encoding: str, name: str) -> str:
    """The codec name of ``encoding`` when it decodes bytes to text. Python
    also has codecs from bytes to bytes (base64, bz2, rot13...) and one that
    refuses everything (undefined): none of them reads a text file."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError, TypeError):  # ValueError: a NUL in the name
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    # CodecInfo marks the bytes-to-bytes codecs with _is_text_encoding = False.
    if not getattr(info, "_is_text_encoding", True) or info.name == "undefined":
        raise InputError(f"{name}: {encoding!r} is not a text encoding (give one such as utf-8, cp1251, latin-1)")
    return info.name


def _utf16_order(data: bytes) -> str | None:
    """The byte order of UTF-16 without a BOM, or None when the bytes do not
    look like it: the NUL bytes (high bytes of ASCII characters) sit almost
    all at even offsets (big-endian) or all at odd ones (little-endian); in
    binary data they fall on both."""
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # Random bytes hold one NUL in 256; UTF-16 text, even Cyrillic, one high
    # byte in a few (spaces, digits, punctuation are ASCII).
    if max(even, odd) < 0.05 * (len(sample) / 2) or min(even, odd) > 0.05 * max(even, odd):
        return None
    return "utf-16-be" if even > odd else "utf-16-le"


_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(data: bytes, name: str, encoding: str = "utf-8") -> str:
    codec = _codec_for(data, name, encoding)
    wide = codec.startswith(("utf-16", "utf-32"))  # NUL bytes are part of every character
    if not wide and b"\x00" in data:
        offset = data.index(b"\x00")
        hint = " (if it is UTF-16, pass --encoding utf-16)" if _utf16_order(data) else ""
        raise InputError(f"{name}: looks like a binary file (NUL byte at offset {offset}){hint}; tqcheck reads text")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 4].hex(" ")
        hint = " (try --encoding cp1251 or --encoding latin-1)" if codec.startswith("utf-8") else ""
        raise InputError(
            f"{name}: not valid {encoding} at byte offset {exc.start} (bytes {bad}){hint}"
        ) from None
    except (UnicodeError, LookupError, ValueError, TypeError) as exc:  # a codec failing in its own way
        raise InputError(f"{name}: cannot decode with {encoding!r} ({exc})") from None
    text = text.removeprefix("\ufeff")
    if wide and "\x00" in text:
        raise InputError(
            f"{name}: looks like a binary file (NUL character at character {text.index(chr(0))}); tqcheck reads text"
        )
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        # Escape codecs (raw_unicode_escape, utf-7) can make half a UTF-16
        # pair, which is no character: no report could be written with it.
        raise InputError(
            f"{name}: decoding with {encoding!r} gives a lone surrogate (U+{ord(surrogate.group()):04X}) at "
            f"character {surrogate.start()}; that is not text"
        )
    return text


def read_document(
    path: str,
    language: str,
    *,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
    fmt: str | None = None,
) -> Document:
    name = "<stdin>" if path == "-" else path
    return document_from_bytes(read_bytes(path, max_bytes), name, language, encoding=encoding, fmt=fmt)


def document_from_bytes(
    data: bytes, name: str, language: str, *, encoding: str = "utf-8", fmt: str | None = None
) -> Document:
    """Decode and mask: the one place a Document is made from raw input."""
    if len(data) >= LARGE_INPUT:
        large_blocks_apart()
    text = decode(data, name, encoding)
    kind = fmt or format_for(name)
    return Document(text=text, path=name, language=language, format=kind, masked=mask(text, kind))


# glibc's malloc raises its mmap threshold to the size of the largest block
# freed (up to 32 MB): once the first multi-MB string of a large document
# (a copy, a lower-cased text) is freed, the next ones come from the heap,
# where the holes they leave stay resident. A fixed threshold keeps every
# block of 1 MB or more mapped on its own and given back when freed (an 8 MB
# file: 171 -> 156 MB at the peak). Set once, for a large input only (ctypes
# costs start-up time), and only where malloc is glibc's: elsewhere the
# allocator is left as it is, which changes no result.
LARGE_INPUT = 1 << 20
_M_MMAP_THRESHOLD = -3  # malloc.h


@cache
def large_blocks_apart() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(_M_MMAP_THRESHOLD, LARGE_INPUT)
    except (OSError, AttributeError):  # no mallopt: not glibc
        pass


# --- masking -----------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol tr td th table section article header footer "
    "blockquote title hr pre main nav aside figure figcaption dt dd dl body html head".split()
)
_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comment (an unclosed one runs to the end)
    r"|<(script|style|template|noscript)\b.*?(?:</\1\s*>|\Z)"  # raw-text elements
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?][^>]*>?"  # doctype, processing instruction
    r"|</?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>?"  # tag
    r"|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",  # entity
    re.S | re.I,
)
_KEEP = re.compile(r"[^\r\n]")


def _blank(chunk: str) -> str:
    """Blank a chunk, keeping its line breaks so line numbers stay right."""
    return _KEEP.sub(" ", chunk)


def _mask_html_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.startswith("&"):
        from html import unescape  # HTML input only

        char = unescape(token)
        if len(char) == 1 and char not in "\r\n":
            # An entity stands for one visible character, written in its
            # first place, padded with blanks. "&nbsp;" stays a no-break
            # space (not " ", which reads as padding): rules see a space
            # there and an excerpt shows one ("cabinet&nbsp;&nbsp;approved"
            # read "cabinetapproved").
            return char + " " * (len(token) - 1)
        return _blank(token)
    tag = (match.group(2) or "").lower()
    if tag in _BLOCK_TAGS and len(token) >= 2 and "\n" not in token and "\r" not in token:
        return "\n\n" + " " * (len(token) - 2)  # a block boundary is a paragraph break
    return _blank(token)


def mask_html(text: str) -> str:
    return _HTML_TOKEN.sub(_mask_html_token, text)


# Markdown syntax, one alternative per construct, tried in this order at each
# position (an earlier one wins where two match). Five of them scan ahead for
# a closing character on the line (``[`` for ``](``, ``](`` for ``)``, ``<a``
# for ``>``): as one regex, each ``[`` of "[[[[..." scanned to the end of the
# line again, quadratic time (16,000 "[a](" took 3 s, 125,000 two minutes).
# Those are written as an opening plus a scan (_Scan), and the scan for a
# closing character remembers where it found it (_NextOf), so the text is
# read once.
_MD_WHOLE = (
    r"^(?P<fence>```|~~~)[^\n]*\n.*?(?:^(?P=fence)[^\n]*$|\Z)",  # fenced code block
    r"<!--.*?(?:-->|\Z)",
    r"`+[^`\n]*`+",  # inline code
)
_MD_SCANNED = (
    ("image", r"!\["),  # ![alt](target): blanked whole
    ("link", r"\["),  # [text](target): "[" goes, the link text stays
    ("target", r"\]\("),  # ...](target) goes
    ("autolink", r"<https?://"),  # <https://...>
)
_MD_LINE_AND_EMPHASIS = (
    # A line of markup alone: a thematic break (---, ***, ___, "* * *"), an
    # empty list item; before the list markers, which would take its first
    # "-" and leave "--" to be read as a sentence.
    r"^[ \t]{0,3}(?:(?P<rule>[-*_])(?:[ \t]*(?P=rule)){2,}|[-*+]|\d{1,9}[.)])[ \t]*(?=\r?\n|\r|\Z)",
    r"^[ \t]{0,3}(?:#{1,6}|>|[-*+]|\d{1,9}[.)])(?=[ \t])",  # heading, quote, list markers
    r"(?<!\S)(?:\*{2,}|_{2,})(?:[ \t]+(?:\*{2,}|_{2,}))*(?!\S)",  # emphasis markers around nothing: "**"
    r"(?<![\w*])\*\*(?=\S)|(?<=\S)\*\*(?![\w*])|(?<!\w)__(?=\S)|(?<=\S)__(?!\w)",  # strong
    r"(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])",  # emphasis
)
_MD_TAG = ("tag", r"</?[A-Za-z][A-Za-z0-9-]*\b")  # inline HTML tag, up to its ">" on the line


class _NextOf:
    """The first position at or after ``start`` holding one of ``chars``
    (the end of the text when none does). Asked at rising positions, as the
    masker does, it reads each character about once: an answer holds for
    every start up to the position found."""

    def __init__(self, text: str, chars: str) -> None:
        self.text = text
        self.pattern = re.compile(chars)
        self.asked, self.found = 1, 0  # nothing known yet

    def __call__(self, start: int) -> int:
        if not self.asked <= start <= self.found:
            match = self.pattern.search(self.text, start)
            self.asked, self.found = start, match.start() if match else len(self.text)
        return self.found


class _Scanner:
    """The closing-character scans of one text's Markdown constructs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.bracket = _NextOf(text, r"[\]\n]")
        self.paren = _NextOf(text, r"[)\n]")
        self.angle = _NextOf(text, r"[>\s]")
        self.tag_end = _NextOf(text, r"[>\n]")

    def _at(self, i: int, char: str) -> bool:
        return self.text.startswith(char, i)

    def image(self, opened: int) -> int | None:  # !\[[^\]\n]*\]\([^)\n]*\)
        close = self.bracket(opened)
        if not self._at(close, "](") :
            return None
        return self.target(close + 2)

    def link(self, opened: int) -> int | None:  # \[(?=[^\]\n]*\]\()
        return opened if self._at(self.bracket(opened), "](") else None

    def target(self, opened: int) -> int | None:  # \]\([^)\n]*\)
        close = self.paren(opened)
        return close + 1 if self._at(close, ")") else None

    def autolink(self, opened: int) -> int | None:  # <https?://[^>\s]*>
        close = self.angle(opened)
        return close + 1 if self._at(close, ">") else None

    def tag(self, opened: int) -> int | None:  # ...[^>\n]*>
        close = self.tag_end(opened)
        return close + 1 if self._at(close, ">") else None


# (the whole construct, or its opening; the scan that finishes an opening)
_MD_ALTERNATIVES: tuple[tuple[re.Pattern[str], str | None], ...] = tuple(
    (re.compile(pattern, re.S | re.M), scan)
    for pattern, scan in (
        *((p, None) for p in _MD_WHOLE),
        *((p, name) for name, p in _MD_SCANNED),
        *((p, None) for p in _MD_LINE_AND_EMPHASIS),
        (_MD_TAG[1], _MD_TAG[0]),
    )
)
# Where the next construct may start: every alternative (openings only for
# the scanned ones), each in a group of its own, in the same order.
_MD_NEXT = re.compile(
    "|".join(f"({p.pattern})" for p, _ in _MD_ALTERNATIVES), re.S | re.M
)
_MD_GROUP = {}  # the group number of each alternative in _MD_NEXT -> its index
_group = 1
for _index, (_pattern, _) in enumerate(_MD_ALTERNATIVES):
    _MD_GROUP[_group] = _index
    _group += 1 + _pattern.groups
del _group, _index, _pattern


def _md_token_end(scanner: _Scanner, index: int, start: int, opened: int) -> int | None:
    """Where alternative ``index`` ends when its opening (or whole) matched
    ``text[start:opened]``; None when it does not match there."""
    scan = _MD_ALTERNATIVES[index][1]
    return opened if scan is None else getattr(scanner, scan)(opened)


def _md_tokens(text: str):
    """(start, end) of each Markdown construct, left to right, as
    ``re.finditer`` over the alternatives joined in one regex would give."""
    scanner = _Scanner(text)
    position = 0
    while True:
        found = _MD_NEXT.search(text, position)
        if found is None:
            return
        start = found.start()
        first = _MD_GROUP[found.lastindex]
        end = _md_token_end(scanner, first, start, found.end())
        index = first + 1
        while end is None and index < len(_MD_ALTERNATIVES):  # the opening led nowhere: try the others here
            match = _MD_ALTERNATIVES[index][0].match(text, start)
            if match is not None:
                end = _md_token_end(scanner, index, start, match.end())
            index += 1
        if end is None:
            position = start + 1
            continue
        yield start, end
        position = end


def _mask_md_token(text: str, start: int, end: int) -> str:
    token = text[start:end]
    stripped = token.lstrip(" \t")
    if stripped.startswith("#") and start > 0 and len(token) >= 1:
        # A heading is a paragraph of its own: turn its marker into a break.
        return "\n" + " " * (len(token) - 1)
    at_line_start = start == 0 or text[start - 1] in "\r\n"
    bullet = stripped in ("-", "*", "+") and text[end : end + 1] in (" ", "\t")
    if bullet and at_line_start and start > 0:  # (emphasis "*" is followed by a word)
        # So is a bullet: "- item one\n- item two" is two items, not one
        # sentence running across both.
        return "\n" + " " * (len(token) - 1)
    return _blank(token)


def mask_markdown(text: str) -> str:
    pieces = []
    position = 0
    for start, end in _md_tokens(text):
        pieces += (text[position:start], _mask_md_token(text, start, end))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


# A tqcheck comment; when it is not closed before the next ">", the second
# branch takes the text up to there (group 2 is None then), so the search
# goes on after it: every "<!-- tqcheck: ignore" in that stretch would fail
# the same way, and scanning it again for each was quadratic.
_SUPPRESSION = re.compile(r"<!--\s*tqcheck:\s*(ignore-file|ignore)(?![\w-])(?:([^>]*?)-->|[^>]*)", re.I)


def _suppression_matches(text: str) -> Iterator[re.Match[str]]:
    return (m for m in _SUPPRESSION.finditer(text) if m.group(2) is not None)


def mask_comments(text: str) -> str:
    """Plain text may carry tqcheck comments too; blank only those."""
    return _SUPPRESSION.sub(lambda m: m.group(0) if m.group(2) is None else _blank(m.group(0)), text)


def mask(text: str, kind: str) -> str | None:
    if kind == "html":
        return mask_html(text)
    if kind == "markdown":
        return mask_markdown(text)
    masked = mask_comments(text)
    return None if masked == text else masked


# A code in a comment: TQ and one to three digits (a family, or one rule).
# Anything else is reported and silences nothing: read loosely, "TQ2O1"
# (letter O) would have silenced the whole TQ2 family.
_CODE = re.compile(r"TQ\d{1,3}", re.I)
_SEPARATORS = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class Suppression:
    """A ``<!-- tqcheck: ignore -->`` comment in a document: where it is, what it
    silences, and what it names that is not a code."""

    start: int  # where the comment starts
    end: int  # where it ends: ``ignore`` silences the paragraph after it
    kind: str  # "ignore" | "ignore-file"
    codes: frozenset[str]  # empty: every rule, when nothing invalid was written
    invalid: tuple[str, ...] = ()  # what was written but is not a code

    @property
    def silences_anything(self) -> bool:
        # "ignore TQ2O1" must not become "ignore everything".
        return bool(self.codes) or not self.invalid


def parse_suppressions(text: str) -> list[Suppression]:
    found = []
    for match in _suppression_matches(text):
        body = match.group(2).strip().removeprefix(":")  # "ignore: TQ201" reads like "ignore TQ201"
        tokens = [t for t in _SEPARATORS.split(body) if t]
        found.append(
            Suppression(
                start=match.start(),
                end=match.end(),
                kind=match.group(1).lower(),
                codes=frozenset(t.upper() for t in tokens if _CODE.fullmatch(t)),
                invalid=tuple(t for t in tokens if not _CODE.fullmatch(t)),
            )
        )
    return found


def suppressions(text: str) -> list[tuple[int, str, frozenset[str]]]:
    """Inline suppressions: (offset, kind, codes); empty codes mean all rules.
    A comment whose codes are all malformed silences nothing."""
    return [(s.end, s.kind, s.codes) for s in parse_suppressions(text) if s.silences_anything]


def suppression_warnings(
    text: str, path: str, rule_codes: Callable[[], Sequence[str]] | None = None
) -> list[str]:
    """One line per code in a tqcheck comment that is malformed or, when
    ``rule_codes`` is given, matches no rule: such a code silences nothing,
    and the user should know (as Ruff warns about a bad ``noqa``).
    ``rule_codes`` is called only for a comment that names codes, so a text
    without one loads no rule registry."""
    warnings = []
    starts: Sequence[int] | None = None  # line starts, found once: per comment it was quadratic
    for s in parse_suppressions(text):
        problems = [f"{t!r} is not a rule code (codes are TQ and digits, e.g. TQ201)" for t in s.invalid]
        if rule_codes is not None and s.codes:
            known = rule_codes()
            problems += [f"{c!r} matches no rule" for c in sorted(s.codes) if not any(r.startswith(c) for r in known)]
        if problems:
            starts = starts if starts is not None else line_start_offsets(text)
            line, column = line_col(text, s.start, starts)
            where = f"{path}:{line}:{column}"
            warnings += [f"warning: {where}: tqcheck {s.kind} comment: {p}; it silences nothing" for p in problems]
    return warnings


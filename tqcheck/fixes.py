"""Fixes: edits on a text, and what ``tqcheck check --fix`` does with them.

The engine gives each fixable finding a model.Fix and makes the fixes of a
document agree (engine.resolve_fixes); this module holds the edit algebra
it uses (:func:`clashes`, :func:`word_edits`, :func:`removal_edit`) and the
fix run:

- model.fixed_text: a document's text with the fixes of the chosen
  applicability applied;
- :func:`fix_document`: Ruff's loop. Apply the fixes, check the new text,
  apply what that check can fix, until nothing applicable is left (a fix
  can reveal another: `“Reuters“` gets its closing glyph first, then loses
  its quotes), at most :data:`MAX_PASSES` times; so a second ``--fix``
  changes nothing and re-checking finds no fixable finding of the kind
  that was applied;
- :func:`write_back`: the file replaced atomically (a temporary file beside
  it, its permissions, then a rename), in the bytes it came in: the same
  encoding, byte order mark and line endings (only the fixed characters
  change), and only if it still holds the text that was checked;
- :func:`unified_diff`: ``--diff``, the change as a unified diff.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from tqcheck.errors import InputError
from tqcheck.model import Document, DocumentResult, Edit, Finding, apply_edits
from tqcheck.writing_systems import CYRILLIC_LOOKALIKES

MAX_PASSES = 25
STDIN = "<stdin>"


# --- edits -------------------------------------------------------------------------


def clashes(a: Edit, b: Edit) -> bool:
    """Whether two edits cannot both be applied: they change a character in
    common, or both insert at one point (their order would be a guess). An
    insertion at either end of a replaced span goes before or after it and
    does not clash."""
    if a.start == a.end == b.start == b.end:
        return True
    return a.start < b.end and b.start < a.end


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.S)


def word_edits(start: int, old: str, new: str) -> tuple[Edit, ...]:
    """The replacement of ``old`` (at ``start``) by ``new`` as the smallest
    word-level edits: what stays the same (`“Reuters“` in a rewritten
    sentence) is left out of every edit, so another fix may change it."""
    from difflib import SequenceMatcher  # only when two fixes overlap

    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    offsets = [0]
    for token in a:
        offsets.append(offsets[-1] + len(token))
    edits = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            edits.append(Edit(start + offsets[i1], start + offsets[i2], "".join(b[j1:j2])))
    return tuple(edits)


_BLANKS = " \t\u00a0"
_BREAK = re.compile(r"[\r\n]")


def line_start(text: str, offset: int) -> int:
    """Where the line holding ``offset`` begins (positions.line_start, in
    time linear in the line, not the text: it runs once per removal)."""
    window = 256
    while True:  # a window growing back from offset: each search stops at the line's start
        low = max(0, offset - window)
        found = max(text.rfind("\n", low, offset), text.rfind("\r", low, offset))
        if found >= 0 or low == 0:
            return found + 1
        window *= 4


def line_end(text: str, offset: int) -> int:
    """Where the line holding ``offset`` ends: its line break, or the end of the text."""
    found = _BREAK.search(text, offset)
    return len(text) if found is None else found.start()


def _break_after(text: str, end: int) -> int:
    """Where the line break at ``end`` (the end of a line) ends."""
    if text.startswith("\r\n", end):
        return end + 2
    return end + 1 if end < len(text) else end


def _break_before(text: str, start: int) -> int:
    """Where the line break before ``start`` (the start of a line) begins; ``start`` for the first line."""
    if start == 0:
        return 0
    return start - 2 if text[start - 2 : start] == "\r\n" else start - 1


def _blank_line_at(text: str, start: int, read: str) -> bool:
    """Whether a line starts at ``start`` that shows nothing (``read``: the
    text as the rules read it, markup blanked) and ends with a break."""
    end = line_end(text, start)
    return end < len(text) and not read[start:end].strip()


def removal_edit(text: str, start: int, end: int, read: str | None = None) -> Edit:
    """The edit that deletes ``text[start:end]`` leaving no trace: a span
    that fills its line goes with the line break (and one blank line when it
    stood alone between blank lines, or first in the text before one; the
    last line with the break and the blank line before it), so no empty line
    is left; part of a line goes with the blanks after it (before it at the
    end of a line). ``read``: the text as the rules read it (markup blanked:
    a Markdown heading's ``#``, an HTML paragraph's tags), which decides
    what a line shows; lines are the file's."""
    read = text if read is None else read
    first, last = line_start(text, start), line_end(text, end)
    if read[first:start].strip() or read[end:last].strip():
        after = end
        while after < last and text[after] in _BLANKS:
            after += 1
        if after > end and after < last:
            return Edit(start, after, "")
        before = start
        while before > first and text[before - 1] in _BLANKS:
            before -= 1
        return Edit(before, end, "")
    if last == len(text):  # the last line: the break before it goes, and a blank line before that
        before = _break_before(text, first)
        if before < first and not read[line_start(text, before) : before].strip():
            before = _break_before(text, line_start(text, before))
        return Edit(before, last, "")
    after = _break_after(text, last)
    alone = first == 0 or _blank_line_at(text, line_start(text, first - 1), read)
    if alone and _blank_line_at(text, after, read):
        after = _break_after(text, line_end(text, after))
    return Edit(first, after, "")


# Cyrillic letters and the Latin letters they look like (as TQ302 swaps them).
_LOOKALIKES = {frozenset(pair) for pair in CYRILLIC_LOOKALIKES.items()}


def lookalikes_only(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` with letters swapped for look-alikes only."""
    return len(old) == len(new) and all(a == b or frozenset((a, b)) in _LOOKALIKES for a, b in zip(old, new))


# --- a document's fixed text ---------------------------------------------------------


def applicable(findings: Iterable[Finding], unsafe: bool) -> list[Finding]:
    """The findings a fix run applies: safe fixes, and unsafe ones with ``unsafe``."""
    return [f for f in findings if f.fix is not None and f.fix.applies(unsafe)]


# --- the fix run -------------------------------------------------------------------


@dataclass(frozen=True)
class Fixed:
    """What fixing one document gave: the result of checking the fixed text
    (``fixed`` set), and the text before and after."""

    result: DocumentResult
    before: str
    after: str
    passes: int
    settled: bool  # False: fixes still applied after MAX_PASSES (or went round in a circle)


def fix_document(
    result: DocumentResult,
    recheck: Callable[[Document], DocumentResult],
    unsafe: bool,
    accepted: Callable[[DocumentResult], Iterable[Finding]] = lambda r: (),
) -> Fixed:
    """Apply ``result``'s fixes and those of each check of the fixed text
    (``recheck``: the engine, rules only), until none applies. ``accepted``
    gives the findings of a result that a baseline accepts: those are never
    fixed, in this pass or a later one (followed through each pass's edits:
    a fix elsewhere in their sentence changes the sentence a baseline keys
    on, which would bring them back)."""
    document = result.document
    before = text = document.text
    keep_out = {(f.code, f.start, f.end) for f in accepted(result)}
    seen = {text}
    current, fixed, passes, settled = result, 0, 0, True
    while True:
        chosen = [f for f in applicable(current.findings, unsafe) if (f.code, f.start, f.end) not in keep_out]
        if not chosen:
            break
        if passes == MAX_PASSES:
            settled = False
            break
        edits = sorted((e for f in chosen for e in f.fix.edits), key=lambda e: (e.start, e.end))  # type: ignore[union-attr]
        text = apply_edits(text, edits)
        fixed += len(chosen)
        passes += 1
        keep_out = {moved for key in keep_out if (moved := _through(key, edits)) is not None}
        current = recheck(document_with_text(document, text))
        if text in seen:  # a circle: stop where it started over
            settled = False
            break
        seen.add(text)
        keep_out |= {(f.code, f.start, f.end) for f in accepted(current)}
    return Fixed(replace(current, fixed=fixed), before, text, passes, settled)


def _through(key: tuple[str, int, int], edits: Sequence[Edit]) -> tuple[str, int, int] | None:
    """A finding's (code, start, end) after ``edits`` (sorted); None when one changed its span."""
    code, start, end = key
    shift = 0
    for e in edits:
        if e.start == e.end == start == end:
            return None  # an insertion at the very point a finding is about
        if e.start >= end:
            break
        if e.end > start:
            return None
        shift += len(e.replacement) - (e.end - e.start)
    return code, start + shift, end + shift


def document_with_text(document: Document, text: str) -> Document:
    """``document`` holding ``text`` instead, masked as the reader masks it."""
    from tqcheck.inputs import mask

    masked = None if document.masked is None else mask(text, document.format)
    return replace(document, text=text, masked=masked)


def fix_notes(fixed: Fixed, unsafe: bool, written: str) -> tuple[str, ...]:
    """What a fix run says about a document (``written``: what became of the text)."""
    n = fixed.result.fixed
    if not n:
        return ()
    kind = "safe and unsafe" if unsafe else "safe"
    notes = [f"fixed {n} finding{'s' if n != 1 else ''} ({kind} fixes, {fixed.passes} "
             f"pass{'es' if fixed.passes != 1 else ''}); {written}; the findings shown are those of the fixed text"]
    if not fixed.settled:
        notes.append(f"the fixes did not settle after {fixed.passes} passes (each pass's fixes led to more); "
                     "check the fixed text and report this")
    return tuple(notes)


# --- writing the fixed text back ------------------------------------------------------------


# Byte order marks and the codec that writes what follows them, longest first
# (the UTF-32 LE mark starts with the UTF-16 LE one).
_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True)
class Encoder:
    """How a file's text was written: a byte order mark, then a codec."""

    mark: bytes
    codec: str

    def encode(self, text: str, name: str, label: str | None = None) -> bytes:
        """``text`` in these bytes (``label``: the encoding as the user named it, for the message)."""
        try:
            return self.mark + text.encode(self.codec)
        except UnicodeEncodeError as exc:
            char = exc.object[exc.start]
            raise InputError(
                f"{name}: the fixed text holds {char!r} (U+{ord(char):04X}), which {label or self.codec} cannot "
                "write; not fixed (convert the file to UTF-8, or fix it by hand)"
            ) from None


def encoder_for(data: bytes, text: str, encoding: str, name: str) -> Encoder:
    """The byte order mark and codec that turn ``text`` back into exactly
    ``data`` (which decoded to it with ``encoding``); an InputError when
    none does, as the file could not be written back as it was."""
    from tqcheck.inputs import text_encoding

    declared = text_encoding(encoding, name)
    candidates = [Encoder(mark, codec) for mark, codec in _MARKS if data.startswith(mark)]
    candidates += [Encoder(b"", declared), Encoder(b"", "utf-16-le"), Encoder(b"", "utf-16-be")]
    for encoder in candidates:
        try:
            if encoder.mark + text.encode(encoder.codec) == data:
                return encoder
        except (UnicodeError, LookupError):
            continue
    raise InputError(f"{name}: cannot be written back byte for byte in {encoding} (its bytes are not what "
                     "encoding its text gives); not fixed")


def check_writable(path: str) -> None:
    """An InputError unless ``path`` is a file ``--fix`` may replace."""
    import stat

    real = os.path.realpath(path)
    if not os.path.isfile(real):
        raise InputError(f"{path}: not a regular file; --fix rewrites files only")
    # The mode too: root may write anything, but a file marked read-only is not to be changed.
    if not os.access(real, os.W_OK) or not os.stat(real).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise InputError(f"{path}: the file is read-only; not fixed")
    folder = os.path.dirname(real) or "."
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{path}: its folder {folder} is not writable, so the file cannot be replaced; not fixed")


def write_back(path: str, before: str, after: str, encoding: str, max_bytes: int) -> None:
    """Replace the file ``path`` (a link: the file it names), which held
    ``before``, by ``after`` in the same bytes-per-character form; refused,
    and nothing written, when the file changed since it was checked."""
    from tqcheck.inputs import decode, read_bytes

    check_writable(path)
    data = read_bytes(path, max_bytes)
    if decode(data, path, encoding) != before:
        raise InputError(f"{path}: the file changed while it was being checked; not fixed (run again)")
    content = encoder_for(data, before, encoding, path).encode(after, path, encoding)
    _replace(os.path.realpath(path), content)


def _replace(real: str, content: bytes) -> None:
    import tempfile

    folder = os.path.dirname(real) or "."
    mode = os.stat(real).st_mode & 0o7777
    try:
        handle, tmp = tempfile.mkstemp(dir=folder, prefix=".tqcheck-fix-", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"{real}: cannot write beside it ({exc.strerror or exc}); not fixed") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{real}: cannot write ({exc.strerror or exc}); not fixed") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def stdin_bytes(text: str, encoding: str) -> bytes:
    """The fixed text of standard input as it goes to standard output: in
    ``--encoding`` (UTF-8 by default; a byte order mark only where the codec
    writes one)."""
    from tqcheck.inputs import text_encoding

    codec = text_encoding(encoding, STDIN)
    return Encoder(b"", codec).encode(text, STDIN, encoding)


# --- --diff ---------------------------------------------------------------------------


def unified_diff(path: str, before: str, after: str) -> str:
    """``before`` -> ``after`` as a unified diff of ``path`` (``patch -p0``
    applies it), line endings as they are; "" when nothing changed."""
    import difflib

    if before == after:
        return ""
    lines = difflib.unified_diff(_lines(before), _lines(after), path, path)
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith(("\n", "\r")):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


def _lines(text: str) -> list[str]:
    """The lines of ``text`` with their breaks (CRLF, CR or LF: positions.LINE_BREAK;
    str.splitlines also breaks at form feeds and U+2028, which a patch does not)."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z", text)

"""The editor's report, as Ruff and rustc show theirs: for each finding a
``path:line:col: CODE severity message`` line, then the line of text around
the span with the span underlined (``^^^``), cut to a window that fits the
terminal, so a finding at column 317 of a long paragraph is on screen; then
its suggestion. Notes shared by several files are said once. A one-line
summary per file when there are several, and one for the run at the end.
Colour only when asked (the CLI asks on a terminal).

A finding ``--fix`` would fix is marked ``[*]`` after its severity (as
Ruff marks its fixable diagnostics; unsafe fixes only with
``--unsafe-fixes``), and the run ends with how many are fixable and with
what command; after ``--fix``, with how many were fixed.

``--statistics`` shows a table of counts per rule instead of the findings;
``--quiet`` only the findings that decide the verdict (at or above
``--fail-on``), one line each, the notes once each, and the summary line.

Input text reaches the terminal only through ``printable`` (control and
bidi characters escaped) and, for excerpts, ``excerpt`` (markup hidden).
Everything here is a pure function of the Report and the options.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

from tqcheck.display import (
    clip,
    columns,
    excerpt,
    head_columns,
    printable,
    suggestion_label,
    tail_columns,
    visible_blank,
)
from tqcheck.formats.deferred import Deferred
from tqcheck.formats.options import DEFAULT_WIDTH
from tqcheck.model import Document, DocumentResult, Finding, Report, Severity, Summary, sorted_findings
from tqcheck.positions import line_col, line_end, line_start_offsets

_COLORS = {
    Severity.CRITICAL: "\033[1;31m",
    Severity.MAJOR: "\033[31m",
    Severity.MINOR: "\033[33m",
    Severity.INFO: "\033[36m",
}
_DIM, _BOLD, _RESET = "\033[2m", "\033[1m", "\033[0m"
MIN_WIDTH = 40  # narrower terminals still get a readable window


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_line(summary: Summary, signature: str | None = None) -> str:
    counts = ", ".join(f"{summary.count(s)} {s.label}" for s in reversed(Severity))
    total = sum(n for _, n in summary.counts)
    line = (
        f"{total} finding{'s' if total != 1 else ''} ({counts}); "
        f"MQM score {summary.score:g} (penalty {summary.penalty:g} over {summary.words} words)"
    )
    return f"{line}; {signature}" if signature else line


def run_line(summary: Summary, verdict: str, fail_on: Severity | None, signature: str) -> str:
    """The last line: counts, score, verdict and the run's signature. One
    line whatever the width, so a script can read it."""
    threshold = "never" if fail_on is None else fail_on.label
    return f"{summary_line(summary)}; verdict {verdict} (fail-on {threshold}); {signature}"


# --- the window around a span ----------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """One line of text around a span, escaped and cut to fit: ``text`` is
    what is printed, the span starts ``indent`` columns in and is ``length``
    columns wide (at least 1: an insertion point gets one caret)."""

    line: int
    text: str
    indent: int
    length: int
    continues_to: int | None = None  # the span goes on to this line


def _shown(document: Document, start: int, end: int, *, span: bool = False) -> str:
    """Text as a terminal line shows it: markup hidden, controls escaped,
    tabs and line breaks as single spaces (one column each, so the carets
    line up); for the ``span`` itself, white space alone made visible and
    markup alone shown as written (a finding about the markup)."""
    raw = excerpt(document, start, end, markup_alone_as_written=span)
    if span and raw and raw.isspace():
        return printable(visible_blank(raw))
    return printable(raw, keep="\t\r\n").replace("\t", " ").replace("\r", " ").replace("\n", " ")


def window(document: Document, start: int, end: int, width: int, starts: Sequence[int] | None = None) -> Window:
    """The line holding ``start``, cut to ``width`` columns around the span
    ``[start, end)``: as much text before the span as after, ``…`` where the
    line was cut. A span running past its line is underlined to the end of
    the line, and ``continues_to`` gives the line where it ends."""
    text = document.text
    starts = starts if starts is not None else line_start_offsets(text)
    line, _ = line_col(text, start, starts)
    first, last = starts[line - 1], line_end(text, start)
    span_end = min(end, last)
    prefix = _shown(document, first, start)
    span = _shown(document, start, span_end, span=True)
    suffix = _shown(document, span_end, last)
    continues_to = line_col(text, max(start, end - 1), starts)[0] if end > last else None
    if continues_to == line:
        continues_to = None
    width = max(width, 8)
    span_cols = columns(span)
    if span_cols > width - 2:  # the span alone is wider than the window: its start, cut
        span = head_columns(span, width - 3) + "…"
        span_cols = columns(span)
    room = width - span_cols
    pre_cols, suf_cols = columns(prefix), columns(suffix)
    if pre_cols + suf_cols > room:
        # Half the room before the span, unless the text after it is short.
        before = min(pre_cols, max(room // 2, room - suf_cols))
        after = room - before
        if before < pre_cols:
            prefix = "…" + tail_columns(prefix, before - 1) if before > 0 else ""
        if after < suf_cols:
            suffix = head_columns(suffix, after - 1) + "…" if after > 0 else ""
    return Window(line, prefix + span + suffix, columns(prefix), max(1, span_cols), continues_to)


# --- one finding -----------------------------------------------------------------------


def _wrap(first: str, rest: str, width: int | None, indent: str = "    ") -> list[str]:
    """``first`` (never broken: location, code, severity) followed by
    ``rest`` wrapped at ``width``; continuation lines indented. No width:
    one line (a file or a pipe, read by grep or a CI log that wraps itself)."""
    if not rest or width is None:
        return [f"{first} {rest}" if rest else first]
    if columns(first) > width - 20:  # a long path: the message starts below it
        return [first, *textwrap.wrap(rest, width, initial_indent=indent, subsequent_indent=indent,
                                      break_long_words=False, break_on_hyphens=False)]
    lines = textwrap.wrap(first + " " + rest, width, subsequent_indent=indent,
                          break_long_words=False, break_on_hyphens=False)
    return lines or [first]


def _message(f: Finding) -> str:
    message = printable(f.message)
    also = dict(f.details).get("also")
    if also:  # another rule found the same error with the same fix (engine._merge_agreeing)
        message += f" (also {printable(str(also))})"
    return message


@dataclass(frozen=True)
class Style:
    """How the text report draws: colour, the window width, wrapping, and
    which fixes count as fixable."""

    color: bool
    width: int  # of the window around a span
    wrap: bool = False  # prose (messages, notes) wrapped at ``width`` too: on a terminal
    unsafe_fixes: bool = False  # --unsafe-fixes: unsafe fixes are marked fixable too

    def fixable(self, f: Finding) -> bool:
        return f.fix is not None and f.fix.applies(self.unsafe_fixes)

    def marker(self, f: Finding) -> str:
        """`` [*]`` after the severity of a finding --fix would fix."""
        return " [*]" if self.fixable(f) else ""

    @property
    def prose(self) -> int | None:
        return self.width if self.wrap else None

    def paint(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.color else text


def finding_header(path: str, f: Finding, line: int, col: int, style: Style) -> list[str]:
    """``path:line:col: CODE severity message``, the message wrapped."""
    first = f"{path}:{line}:{col}: {f.code} {f.severity.label}{style.marker(f)}"
    lines = _wrap(first, _message(f), style.prose)
    if style.color:  # painted after wrapping, so escape codes never count as columns
        label = f" {f.code} {f.severity.label}"
        lines[0] = lines[0].replace(label, f" {f.code} " + style.paint(_COLORS[f.severity], f.severity.label), 1)
    return lines


def finding_block(document: Document, path: str, f: Finding, starts: Sequence[int], style: Style) -> list[str]:
    """A finding as the full report shows it: header, window, carets, suggestion."""
    line, col = line_col(document.text, f.start, starts)
    out = finding_header(path, f, line, col, style)
    number = str(line)
    gutter = " " * (len(number) + 2)  # " 12 │ " lines up with "    │ "
    win = window(document, f.start, f.end, style.width - len(gutter) - 2, starts)
    bar = style.paint(_DIM, "│")
    out.append(f"{gutter}{bar}")
    out.append(f" {style.paint(_DIM, number)} {bar} {win.text}")
    carets = " " * win.indent + style.paint(_COLORS[f.severity], "^" * win.length)
    if win.continues_to is not None:
        carets += f" (continues to line {win.continues_to})"
    out.append(f"{gutter}{bar} {carets}")
    fix = suggestion_label(f.suggestion, lambda s: clip(s, max(20, style.width - len(gutter) - 16)))
    if fix is not None:
        out.append(f"{gutter}= suggestion: {fix}")
    return out


# --- the report, a document at a time ----------------------------------------------------


def statistics(findings: Iterable[Finding], names: dict[str, str]) -> list[tuple[int, str, str, str]]:
    """(count, code, severities, name) per rule, most frequent first."""
    counts: Counter[str] = Counter()
    severities: dict[str, set[Severity]] = {}
    for f in findings:
        counts[f.code] += 1
        severities.setdefault(f.code, set()).add(f.severity)
    return [
        (n, code, "/".join(s.label for s in sorted(severities[code])), names.get(code, ""))
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def statistics_table(rows: list[tuple[int, str, str, str]]) -> list[str]:
    if not rows:
        return ["no findings"]
    width = max(5, len(str(rows[0][0])))
    sev_width = max(8, *(len(s) for _, _, s, _ in rows))
    out = [f"{'count':>{width}}  {'code':<6} {'severity':<{sev_width}} name"]
    for n, code, sev, name in rows:
        out.append(f"{n:>{width}}  {code:<6} {sev:<{sev_width}} {name}".rstrip())
    return out


def _batched(lines: Iterable[str], size: int = 4096) -> tuple[str, ...]:
    """``lines`` joined by line breaks a batch at a time: what "\\n".join
    makes of them is the same, with one string per batch instead of one per
    line (each line's own 50 bytes; 150,000 findings make 750,000 lines)."""
    return tuple(_batches(lines, size))


def _batches(lines: Iterable[str], size: int = 4096) -> Iterator[str]:
    """:func:`_batched` a batch at a time."""
    batch = []
    for line in lines:
        batch.append(line)
        if len(batch) == size:
            yield "\n".join(batch)
            batch = []
    if batch:
        yield "\n".join(batch)


@dataclass(frozen=True)
class TextPiece:
    """One document of the text report as :meth:`TextReport.piece` makes
    it: the lines before its notes, its notes (not yet wrapped: the report
    says each once per run), their indent, the lines after (a batch of
    lines joined by line breaks in each string: see _batched; made as they
    are written: tqcheck.formats.deferred), what the
    closing lines count (codes, safe fixes, unsafe fixes, fixed) and, for
    --statistics only, its findings."""

    before: tuple[str, ...]
    notes: tuple[str, ...]
    indent: str
    after: Iterable[str]
    tally: tuple[frozenset[str], int, int, int]
    findings: tuple[Finding, ...] = ()


class TextReport:
    """The text report, written a document at a time: :func:`render` and
    the streamed writer (tqcheck.formats.stream) both use it, so the two
    give the same text. It remembers what the run has said: a note given
    for several files (back-translation skipped...) is said once, under the
    first; the rules seen, for the closing pointer and ``--statistics``."""

    def __init__(self, options: Any, fail_on: Severity | None) -> None:
        width = max(MIN_WIDTH, int(getattr(options, "width", DEFAULT_WIDTH) or DEFAULT_WIDTH))
        self.style = Style(color=bool(getattr(options, "color", False)), width=width, wrap=bool(getattr(options, "wrap", False)),
                           unsafe_fixes=bool(getattr(options, "unsafe_fixes", False)))
        self.quiet = bool(getattr(options, "quiet", False))
        self.statistics = bool(getattr(options, "statistics", False))
        self.names = {r.code: r.name for r in getattr(options, "rules", ()) or ()}
        self.fail_on = fail_on
        self.said: set[str] = set()
        self.findings: list[Finding] = []  # for --statistics and the closing pointer (codes only otherwise)
        self.codes: set[str] = set()
        self.fixable = self.hidden = 0  # findings --fix would fix; more that --unsafe-fixes would
        self.fixed = self.fixed_files = 0  # after --fix: findings fixed, in how many documents

    def document(self, result: DocumentResult) -> list[str]:
        """The lines of one document."""
        return self.take(self.piece(result))

    def piece(self, result: DocumentResult) -> TextPiece:
        """What the report writes for one document, before the run's memory
        (its notes, said once per run) is applied: this part needs only the
        document, so a pool worker makes it, and the parent takes it (:meth:`take`)."""
        fixable = hidden = 0
        for f in result.findings:
            if f.fix is not None:
                if self.style.fixable(f):
                    fixable += 1
                else:
                    hidden += 1
        tally = (frozenset(f.code for f in result.findings), fixable, hidden, result.fixed)
        if self.statistics:
            return TextPiece((), result.notes, "", (), tally, result.findings)
        doc, path = result.document, printable(result.document.path)
        starts = line_start_offsets(doc.text)
        ordered = sorted_findings(result.findings)
        if self.quiet:
            def verdict_lines() -> Iterator[str]:
                for f in ordered:
                    if self.fail_on is not None and f.severity >= self.fail_on:
                        line, col = line_col(doc.text, f.start, starts)
                        yield f"{path}:{line}:{col}: {f.code} {f.severity.label}{self.style.marker(f)} {_message(f)}"

            return TextPiece((), result.notes, "", Deferred(lambda: _batches(verdict_lines())), tally)

        def blocks() -> Iterator[str]:
            for f in ordered:
                yield ""
                yield from finding_block(doc, path, f, starts, self.style)
            yield ""

        return TextPiece((_document_title(result, self.style),), result.notes, "  ", Deferred(lambda: _batches(blocks())),
                         tally)

    def take(self, piece: TextPiece) -> list[str]:
        """The lines of the document ``piece`` was made of, in the run's
        order: its notes not said before, and what the closing lines count."""
        return list(self.lines(piece))

    def lines(self, piece: TextPiece) -> Iterator[str]:
        """:meth:`take`, its lines made as they are read (a batch of lines
        in each string after the notes)."""
        codes, fixable, hidden, fixed = piece.tally
        self.codes.update(codes)
        self.fixable += fixable
        self.hidden += hidden
        if fixed:
            self.fixed += fixed
            self.fixed_files += 1
        if self.statistics:
            self.findings.extend(piece.findings)
        notes = []
        for note in piece.notes:
            if note not in self.said:
                self.said.add(note)
                notes.extend(_wrap(f"{piece.indent}note:", printable(note), self.style.prose, piece.indent + "  "))
        return chain(piece.before, notes, piece.after)

    def file_summary(self, summary: Summary) -> list[str]:
        """A file's summary line, when the run has several files."""
        if self.quiet or self.statistics:
            return []
        return [*_wrap(" ", summary_line(summary), self.style.prose, "    "), ""]

    def finish(self, summary: Summary, verdict: str, signature: str) -> list[str]:
        """The closing lines: the statistics table or the pointer to rule
        explanations, and the run line."""
        out: list[str] = []
        if self.statistics:
            out = [*statistics_table(statistics(self.findings, self.names)), ""]
        elif not self.quiet and self.codes:
            codes = sorted(self.codes)
            listed = ", ".join(codes[:8]) + (", …" if len(codes) > 8 else "")
            out = _wrap("help:", f"`tqcheck rules CODE` explains a rule ({listed})", self.style.prose, "  ")
        fixes = [] if self.quiet or self.statistics else self._fix_lines()
        return [*out, *fixes, run_line(summary, verdict, self.fail_on, signature)]

    def _fix_lines(self) -> list[str]:
        """What --fix did, and what it would do (Ruff's closing lines)."""
        out = []
        if self.fixed:
            out.extend(_wrap("fixed:", f"{_plural(self.fixed, 'finding')} in {_plural(self.fixed_files, 'file')} "
                             "(the findings above are those of the fixed text)", self.style.prose))
        flag = "--fix --unsafe-fixes" if self.style.unsafe_fixes else "--fix"
        if self.fixable:
            hidden = f" ({self.hidden} more with --fix --unsafe-fixes)" if self.hidden else ""
            out.extend(_wrap("[*]", f"{self.fixable} fixable with `tqcheck check {flag}`{hidden}", self.style.prose))
        elif self.hidden:
            out.extend(_wrap("[*]", f"no safe fix; {self.hidden} unsafe with `tqcheck check --fix --unsafe-fixes` "
                             "(they may change what the text says: read them first)", self.style.prose))
        return out


def _document_title(result: DocumentResult, style: Style) -> str:
    counts = f"{_plural(len(result.segments), 'sentence')}, {_plural(result.summary.words, 'word')}"
    return style.paint(_BOLD, printable(result.document.path)) + f"  ({counts})"


def render(report: Report, options: Any = None) -> str:
    text = TextReport(options, report.fail_on)
    lines: list[str] = []
    for result in report.results:
        lines.extend(text.document(result))
        if len(report.results) > 1:  # one file: the last line is its summary
            lines.extend(text.file_summary(result.summary))
    lines.extend(text.finish(report.summary, report.verdict, report.signature))
    return "\n".join(lines) + "\n"

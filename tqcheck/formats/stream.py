"""Writing a report document by document, as the results come in.

Each writer gets the documents in order (:meth:`document`) and the run's
totals at the end (:meth:`finish`), and writes to a text stream; what it
writes is exactly what the format's ``render`` writes for the whole Report
(tests compare them), with one exception by design: ``jsonl``, which has no
whole-report form.

- ``text``, ``github``: each document's lines as soon as it is checked;
- ``jsonl``: one JSON document per line (the fields of a document in the
  JSON report, from :func:`tqcheck.formats.json.document_json`), then one
  line ``{"summary": {...}}`` with the run's totals;
- ``json``: the documents are spooled to a temporary file as they come and
  copied after the report's header at the end (the summary comes first in
  the schema), so memory stays flat there too;
- ``html``: the reviewer's page needs every document at once; it is kept in
  memory and rendered at the end (for a reviewer, not for an archive).

A streamed format's document is rendered in two steps: :func:`render`
makes its text from the document alone (a :class:`Rendered`; a pool worker
or a Ray task runs it, so the parent receives a few strings instead of the
findings), and the writer's :meth:`Writer.write` adds it to the run in
order (separators, notes said once, the held first summary). ``document``
is the two at once, so every engine writes the same bytes.

The text of a document is Deferred (tqcheck.formats.deferred): made a piece at a time as the
writer writes it, in the process that checked the document, so that text
(the JSON of a document is about ten times its input) is never held whole;
pickled, to go from a pool worker or a Ray task to the writer, it is made
then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain
from typing import IO, Any

from tqcheck.display import json_printable
from tqcheck.formats.deferred import Deferred
from tqcheck.model import DocumentResult, Report

STREAMED = ("text", "json", "jsonl", "github")


@dataclass(frozen=True)
class Rendered:
    """One document of a streamed format, rendered from the document alone:
    ``text`` (json, jsonl, github: what the writer writes for it, pieces to
    write one after the other), or for the text format ``piece``
    (tqcheck.formats.text.TextPiece) and ``summary``, its file-summary
    lines; ``totals`` is what the run's totals count of it
    (tqcheck.archive.Totals.tally)."""

    text: Iterable[str] = ()
    piece: Any = None
    summary: tuple[str, ...] = ()
    totals: Any = None


def render(name: str, result: DocumentResult, options: Any, fail_on: Any, text_report: Any = None) -> Rendered:
    """Format ``name``'s text of one document (``text_report``: a
    TextReport for these options, to reuse across documents)."""
    if name == "text":
        from tqcheck.formats.text import TextReport

        report = text_report or TextReport(options, fail_on)
        return Rendered(piece=report.piece(result), summary=tuple(report.file_summary(result.summary)))
    if name == "github":
        from tqcheck.formats.github import render as github

        return Rendered((github(Report(results=(result,), summary=result.summary, signature="", fail_on=fail_on),
                                options),))
    # json.dumps a finding at a time, as it is written: no dict of the whole document, nor its text
    from tqcheck.formats.json import document_chunks

    if name == "jsonl":
        return Rendered(Deferred(lambda: chain(document_chunks(result, fail_on, indent=None), ("\n",))))
    if name == "json":
        return Rendered(Deferred(lambda: chain(("    ",), document_chunks(result, fail_on, indent=2, depth=2))))
    raise ValueError(f"{name}: not a streamed format")


class Writer:
    name = ""

    def __init__(self, out: IO[str], options: Any, fail_on: Any) -> None:
        self.out, self.options, self.fail_on = out, options, fail_on
        self.count = 0

    def document(self, result: DocumentResult) -> None:
        self.write(render(self.name, result, self.options, self.fail_on))

    def write(self, rendered: Rendered) -> None:
        """Add one rendered document, the next in the run's order."""
        raise NotImplementedError

    def finish(self, report: Report, verdict: str, errors: int) -> None:
        """``report``: the run's summary and signature (its results may be
        empty: the documents went out already)."""
        raise NotImplementedError


class TextWriter(Writer):
    """The editor's report (tqcheck.formats.text.TextReport, which render()
    uses too). A file's summary line is written only when the run has more
    than one document, so the first one's waits for the second."""

    name = "text"

    def __init__(self, out: IO[str], options: Any, fail_on: Any) -> None:
        from tqcheck.formats.text import TextReport

        super().__init__(out, options, fail_on)
        self.text = TextReport(options, fail_on)
        self._held: tuple[str, ...] | None = None  # the first document's summary lines

    def _write(self, lines: Iterable[str]) -> None:
        """``"\\n".join(lines) + "\\n"`` unless there are none, a line at a time."""
        for line in lines:
            self.out.write(line)
            self.out.write("\n")

    def document(self, result: DocumentResult) -> None:
        self.write(render("text", result, self.options, self.fail_on, self.text))

    def write(self, rendered: Rendered) -> None:
        block = self.text.lines(rendered.piece)
        if self._held is not None:
            self._write(self._held)
            self._held = None
        self._write(block)
        if self.count == 0:
            self._held = rendered.summary
        else:
            self._write(rendered.summary)
        self.count += 1
        self.out.flush()

    def finish(self, report: Report, verdict: str, errors: int) -> None:
        self._write(self.text.finish(report.summary, verdict, report.signature))


class GithubWriter(Writer):
    name = "github"

    def write(self, rendered: Rendered) -> None:
        self.out.writelines(rendered.text)
        self.count += 1
        self.out.flush()

    def finish(self, report: Report, verdict: str, errors: int) -> None:
        pass


class JsonlWriter(Writer):
    name = "jsonl"

    def write(self, rendered: Rendered) -> None:
        self.out.writelines(rendered.text)
        self.count += 1
        self.out.flush()

    def finish(self, report: Report, verdict: str, errors: int) -> None:
        import json

        from tqcheck.formats.json import SCHEMA_ID, SCHEMA_VERSION, fail_on_label, summary_json

        summary = {
            "schema": f"{SCHEMA_ID}/{SCHEMA_VERSION}",
            "signature": report.signature,
            "fail_on": fail_on_label(report.fail_on),
            "verdict": verdict,
            "documents": self.count,
            "unreadable": errors,
            **summary_json(report.summary),
        }
        self.out.write(json_printable(json.dumps({"summary": summary}, ensure_ascii=False)) + "\n")


class JsonWriter(Writer):
    """The JSON report: documents spooled to a temporary file (in memory up
    to 1 MB), then written after the header, as ``json.render`` lays them out."""

    name = "json"

    def __init__(self, out: IO[str], options: Any, fail_on: Any) -> None:
        import tempfile

        super().__init__(out, options, fail_on)
        self.spool = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+", encoding="utf-8")

    def write(self, rendered: Rendered) -> None:
        if self.count:
            self.spool.write(",\n")
        for chunk in rendered.text:  # a write at a time: the spool moves to disk as it grows
            self.spool.write(chunk)
        self.count += 1

    def finish(self, report: Report, verdict: str, errors: int) -> None:
        import json

        from tqcheck.formats.json import SCHEMA_ID, SCHEMA_VERSION, fail_on_label, summary_json

        head = {
            "schema": f"{SCHEMA_ID}/{SCHEMA_VERSION}",
            "signature": report.signature,
            "fail_on": fail_on_label(report.fail_on),
            "verdict": verdict,
            "summary": summary_json(report.summary),
            "documents": [],
        }
        header = json_printable(json.dumps(head, ensure_ascii=False, indent=2))
        if not self.count:
            self.out.write(header + "\n")
            return
        self.out.write(header.removesuffix("[]\n}") + "[\n")
        self.spool.seek(0)
        while chunk := self.spool.read(1 << 16):
            self.out.write(chunk)
        self.out.write("\n  ]\n}\n")
        self.spool.close()


class HtmlWriter(Writer):
    """The page needs the whole report; ``page_options`` (the command's)
    completes the options from it (each finding's baseline entry)."""

    def __init__(self, out: IO[str], options: Any, fail_on: Any,
                 page_options: Callable[[Report], Any] | None = None) -> None:
        super().__init__(out, options, fail_on)
        self.results: list[DocumentResult] = []
        self.page_options = page_options

    def document(self, result: DocumentResult) -> None:
        self.results.append(result)
        self.count += 1

    def finish(self, report: Report, verdict: str, errors: int) -> None:
        from dataclasses import replace

        from tqcheck.formats.html import render

        whole = replace(report, results=tuple(self.results))
        options = self.page_options(whole) if self.page_options is not None else self.options
        self.out.write(render(whole, options))


WRITERS = {"text": TextWriter, "json": JsonWriter, "jsonl": JsonlWriter, "github": GithubWriter, "html": HtmlWriter}


def writer(
    name: str, out: IO[str], options: Any, fail_on: Any, page_options: Callable[[Report], Any] | None = None
) -> Writer:
    if name == "html":
        return HtmlWriter(out, options, fail_on, page_options)
    return WRITERS[name](out, options, fail_on)

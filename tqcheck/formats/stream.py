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
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from tqcheck.display import json_printable
from tqcheck.model import DocumentResult, Report, Summary

STREAMED = ("text", "json", "jsonl", "github")


class Writer:
    def __init__(self, out: IO[str], options: Any, fail_on: Any) -> None:
        self.out, self.options, self.fail_on = out, options, fail_on
        self.count = 0

    def document(self, result: DocumentResult) -> None:
        raise NotImplementedError

    def finish(self, report: Report, verdict: str, errors: int) -> None:
        """``report``: the run's summary and signature (its results may be
        empty: the documents went out already)."""
        raise NotImplementedError

    def _single(self, result: DocumentResult) -> Report:
        return Report(results=(result,), summary=result.summary, signature="", fail_on=self.fail_on)


class TextWriter(Writer):
    """The editor's report (tqcheck.formats.text.TextReport, which render()
    uses too). A file's summary line is written only when the run has more
    than one document, so the first one's waits for the second."""

    def __init__(self, out: IO[str], options: Any, fail_on: Any) -> None:
        from tqcheck.formats.text import TextReport

        super().__init__(out, options, fail_on)
        self.text = TextReport(options, fail_on)
        self._held: Summary | None = None

    def _write(self, lines: list[str]) -> None:
        if lines:
            self.out.write("\n".join(lines) + "\n")

    def document(self, result: DocumentResult) -> None:
        block = self.text.document(result)
        if self._held is not None:
            self._write(self.text.file_summary(self._held))
            self._held = None
        self._write(block)
        if self.count == 0:
            self._held = result.summary
        else:
            self._write(self.text.file_summary(result.summary))
        self.count += 1
        self.out.flush()

    def finish(self, report: Report, verdict: str, errors: int) -> None:
        self._write(self.text.finish(report.summary, verdict, report.signature))


class GithubWriter(Writer):
    def document(self, result: DocumentResult) -> None:
        from tqcheck.formats.github import render

        self.out.write(render(self._single(result), self.options))
        self.count += 1
        self.out.flush()

    def finish(self, report: Report, verdict: str, errors: int) -> None:
        pass


class JsonlWriter(Writer):
    def document(self, result: DocumentResult) -> None:
        import json

        from tqcheck.formats.json import document_json

        self.out.write(json_printable(json.dumps(document_json(result, self.fail_on), ensure_ascii=False)) + "\n")
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
    to 8 MB), then written after the header, as ``json.render`` lays them out."""

    def __init__(self, out: IO[str], options: Any, fail_on: Any) -> None:
        import tempfile

        super().__init__(out, options, fail_on)
        self.spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+", encoding="utf-8")

    def document(self, result: DocumentResult) -> None:
        import json

        from tqcheck.formats.json import document_json

        text = json.dumps(document_json(result, self.fail_on), ensure_ascii=False, indent=2)
        if self.count:
            self.spool.write(",\n")
        self.spool.write(json_printable("    " + text.replace("\n", "\n    ")))
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
        while chunk := self.spool.read(1 << 20):
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

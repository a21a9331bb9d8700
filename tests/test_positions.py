"""One definition of a line break (CRLF, CR, LF) for every position helper,
and texts that differ only in their line breaks give the same findings."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.model import Document
from tqcheck.positions import line_col, line_end, line_number, line_start, line_start_offsets

ROOT = Path(__file__).resolve().parent.parent


@given(st.text(alphabet="ab \r\n", max_size=40), st.data())
def test_helpers_agree_with_the_line_table(text, data):
    offset = data.draw(st.integers(0, len(text)))
    starts = line_start_offsets(text)
    line, col = line_col(text, offset, starts)
    assert line == line_number(text, offset) or text[offset - 1 : offset + 1] == "\r\n"
    if text[offset - 1 : offset + 1] != "\r\n":  # inside a CRLF pair the line is the earlier one
        assert starts[line - 1] == line_start(text, offset)
        assert col == offset - line_start(text, offset) + 1
    end = line_end(text, offset)
    assert end == len(text) or text[end] in "\r\n"
    assert not any(c in "\r\n" for c in text[offset:end])


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_breaks_do_not_change_findings(newline):
    text = (ROOT / "seeds" / "fakti-iraq-militias-disarm.txt").read_text("utf-8")
    lf = check_document(Document(text=text, path="a", language="en"), Config())
    other_text = text.replace("\n", newline)
    other = check_document(Document(text=other_text, path="a", language="en"), Config())

    def shape(result, source):
        return sorted((f.code, source[f.start : f.end].replace(newline, "\n"), f.message) for f in result.findings)

    assert shape(other, other_text) == shape(lf, text)


def test_line_lookups_cost_the_line_not_the_text():
    # A search for a bare CR that ran to the text's end made every lookup
    # O(text): TQ201 went quadratic (2 MB: 0.9 s, 4 MB: 4.6 s).
    import time

    def cost(lines: int) -> float:
        text = "A short line of text.\n" * lines
        offsets = range(0, len(text), 97)
        started = time.process_time()
        for o in offsets:
            line_start(text, o)
            line_end(text, o)
        return (time.process_time() - started) / len(offsets)

    small, large = min(cost(20_000) for _ in range(3)), min(cost(80_000) for _ in range(3))
    assert large < 2.5 * small  # per lookup: flat, not growing with the text

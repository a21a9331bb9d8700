"""The engine's side of inline suppressions: which findings a comment
silences, and in time linear in the comments (hostile input: 16,000
comments took 37 s, each one scanning every segment)."""

from __future__ import annotations

from helpers import check_text, document, growth

from tqcheck.engine import Silencer, segment_document
from tqcheck.inputs import suppressions
from tqcheck.model import Category, Finding, Severity


def _article(comments: int) -> str:
    return "".join(f"<!-- tqcheck: ignore TQ501 -->\nParagraph {i} has  a double space.\n\n" for i in range(comments))


def _prepared(comments: int) -> tuple[list, tuple, list]:
    """An article's comments (parsed beforehand: that side is inputs.py's),
    segments, and one finding per segment."""
    doc = document(_article(comments), fmt="markdown")
    segments = segment_document(doc)
    findings = [
        Finding("TQ501", Severity.MINOR, Category.PUNCTUATION, s.id, s.start, s.start + 1, "m") for s in segments
    ]
    return suppressions(doc.text), segments, findings


def _silence(prepared, repeat: int = 1) -> list:
    """The engine's work for the suppressions: build the silencer, ask it
    about every finding; ``repeat`` times."""
    comments, segments, findings = prepared
    for _ in range(repeat):
        silencer = Silencer.build(comments, segments)
        kept = [f for f in findings if not silencer.silences(f)]
    return kept


def test_comments_silence_the_paragraph_after_them():
    kept = _silence(_prepared(3))
    assert kept == []
    assert "TQ501" in [f.code for f in check_text("Paragraph has  a double space.", fmt="markdown")]


def test_silencing_time_grows_linearly_with_the_comments():
    # Doubling the comments may at most about double the time (2.5x leaves
    # room for noise; quadratic gives 4x): the shared growth measure.
    ratio = growth(lambda p: _silence(p, repeat=5), _prepared, 2000, size_of=lambda p: len(p[0]))
    assert ratio <= 2.5, f"{ratio:.2f}x the time per doubling of the comments"


def test_comments_in_one_paragraph_and_for_the_whole_file():
    text = (
        "<!-- tqcheck: ignore TQ5 -->\nFirst  sentence. Second  one.\n\n"
        "Third  paragraph. <!-- tqcheck: ignore TQ501 --> Fourth  sentence. Fifth  one.\n\n"
        "Sixth  paragraph.\n"
    )
    spans = [text[f.start - 6 : f.start] for f in check_text(text, fmt="markdown", select=("TQ501",))]
    # The first paragraph is silenced whole, the second from the comment on.
    assert spans == ["\nThird", "\nSixth"]
    whole = "<!-- tqcheck: ignore-file TQ501 -->\n" + text
    assert check_text(whole, fmt="markdown", select=("TQ501",)) == []

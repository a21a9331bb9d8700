"""The engine's side of inline suppressions: which findings a comment
silences, and in time linear in the comments (hostile input: 16,000
comments took 37 s, each one scanning every segment)."""

from __future__ import annotations

import gc
import time

from helpers import check_text, document

from tqcheck.engine import Silencer, segment_document
from tqcheck.inputs import suppressions
from tqcheck.model import Category, Finding, Severity


def _article(comments: int) -> str:
    return "".join(f"<!-- tqcheck: ignore TQ501 -->\nParagraph {i} has  a double space.\n\n" for i in range(comments))


def _silence_all(text: str, repeat: int = 1) -> tuple[list, float]:
    """The engine's work for the suppressions of ``text`` (the comments
    are parsed beforehand: that side is inputs.py's): build the silencer,
    ask it about one finding per segment; ``repeat`` times, timed together."""
    doc = document(text, fmt="markdown")
    segments = segment_document(doc)
    comments = suppressions(doc.text)
    findings = [
        Finding("TQ501", Severity.MINOR, Category.PUNCTUATION, s.id, s.start, s.start + 1, "m") for s in segments
    ]
    gc.disable()  # a collection inside the timed part is noise, not growth
    try:
        start = time.process_time()
        for _ in range(repeat):
            silencer = Silencer.build(comments, segments)
            kept = [f for f in findings if not silencer.silences(f)]
        return kept, time.process_time() - start
    finally:
        gc.enable()


def test_comments_silence_the_paragraph_after_them():
    kept, _ = _silence_all(_article(3))
    assert kept == []
    assert "TQ501" in [f.code for f in check_text("Paragraph has  a double space.", fmt="markdown")]


def test_silencing_time_grows_linearly_with_the_comments():
    # Best of 3 at each size; doubling the comments may at most about
    # double the time (2.5x leaves room for noise; quadratic gives 4x).
    def best(comments: int) -> float:
        text = _article(comments)
        return min(_silence_all(text, repeat=5)[1] for _ in range(3))

    small, large = best(2000), best(4000)
    assert large <= 2.5 * small, f"2,000 comments: {small:.4f} s, 4,000: {large:.4f} s"


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

"""A long document is aligned in linear time, with the links the full band
gives (tqcheck.alignment.align: COARSE_UNITS, CORRIDOR)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import growth
from tqcheck.alignment import align
from tqcheck.model import Document
from tqcheck.segment import segment

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures" / "bilingual"


def _pair(n: int, dropped: tuple[int, ...] = ()) -> tuple[str, str]:
    """n numbered lines of the FLORES excerpt, English and Bulgarian (the
    numbers tell the repeated sentences apart); ``dropped`` lines left out of
    the Bulgarian."""
    eng = (FIXTURES / "flores200-devtest-excerpt.eng").read_text("utf-8").splitlines()
    bul = (FIXTURES / "flores200-devtest-excerpt.bul").read_text("utf-8").splitlines()
    source = "\n".join(f"{eng[k % len(eng)]} ({k + 1})" for k in range(n)) + "\n"
    target = "\n".join(f"{bul[k % len(bul)]} ({k + 1})" for k in range(n) if k not in dropped) + "\n"
    return source, target


def _links(source: str, target: str) -> tuple:
    s, t = segment(source, "en"), segment(target, "bg")
    found = align.align_documents(Document(source, "s", "en"), s, Document(target, "t", "bg"), t,
                                  source_lang="en", target_lang="bg")
    return tuple((link.source_ids, link.target_ids) for link in found.links)


def test_past_the_threshold_the_corridor_gives_the_full_bands_links(monkeypatch):
    source, target = _pair(260, dropped=(40, 41, 130, 200))
    assert len(segment(source, "en")) + len(segment(target, "bg")) > align.COARSE_UNITS
    corridor = _links(source, target)
    monkeypatch.setattr(align, "COARSE_UNITS", 10**9)  # the full band, as before
    assert corridor == _links(source, target)


def test_a_long_document_is_aligned_in_near_linear_time():
    # Not quadratic (4x per doubling). The aligner's cost grows a little
    # faster than the text: about n^1.25 (0.8 s for 150 sentences, 26.5 s
    # for 2,400), 2.3 to 2.8x per doubling from 300 sentences, so a bar of
    # 2.5 failed now and then even at the best of three attempts. The bar is
    # n^1.5, halfway between linear and quadratic on a log scale.
    ratio = growth(lambda pair: _links(*pair), _pair, 300, size_of=lambda pair: len(pair[0]))
    assert ratio < 2 ** 1.5, ratio


@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_tiny_documents_still_align(n):
    source, target = _pair(n)
    linked = sorted(i for source_ids, _ in _links(source, target) for i in source_ids)
    assert linked == [s.id for s in segment(source, "en")]

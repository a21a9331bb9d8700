"""The aligned sentence pairs of a source and its translation: each link of
the alignment with the texts and spans of its two sides, what the bilingual
rules (TQ7xx) and the omission analysis read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tqcheck.alignment.align import Alignment, Link
from tqcheck.model import Document, Segment


@dataclass(frozen=True)
class Pair:
    index: int  # position of the link in the alignment
    link: Link
    source_start: int
    source_end: int
    target_start: int
    target_end: int
    source: str  # source text of the link ("" for 0-1)
    target: str  # target text of the link ("" for 1-0)

    @property
    def translated(self) -> bool:
        """Both sides present: a source sentence with its translation."""
        return bool(self.source) and bool(self.target)


def aligned_pairs(
    alignment: Alignment,
    source: Document,
    source_segments: Sequence[Segment],
    target_text: str,
    target_segments: Sequence[Segment],
) -> tuple[Pair, ...]:
    """One pair per link; ``target_text`` is the text rules read (the
    document's checked text, or its unwrapped view)."""
    src_by_id = {s.id: s for s in source_segments}
    tgt_by_id = {s.id: s for s in target_segments}
    source_text = source.checked_text
    out = []
    for index, link in enumerate(alignment.links):
        src = [src_by_id[i] for i in link.source_ids if i in src_by_id]
        tgt = [tgt_by_id[j] for j in link.target_ids if j in tgt_by_id]
        ss, se = (src[0].start, src[-1].end) if src else (0, 0)
        ts, te = (tgt[0].start, tgt[-1].end) if tgt else (0, 0)
        out.append(
            Pair(index, link, ss, se, ts, te, source_text[ss:se] if src else "", target_text[ts:te] if tgt else "")
        )
    return tuple(out)

"""Shared test helpers: a deterministic table translator and a document
builder with exact segment offsets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tqcheck.backtranslation.translator import TranslatorIdentity
from tqcheck.model import Document, Segment, StageInput


class TableTranslator:
    """A fake translator: a fixed table, nothing invented. An input missing
    from the table is a bug in the test, so it raises."""

    def __init__(self, table: Mapping[str, str], model: str = "fake/table", revision: str = "1") -> None:
        self.table = dict(table)
        self.identity = TranslatorIdentity(model, revision, (("beam", 1),))
        self.calls: list[list[str]] = []

    def translate(self, texts: Sequence[str]) -> list[str]:
        self.calls.append(list(texts))
        return [self.table[t] for t in texts]

    @property
    def translated(self) -> int:
        return sum(len(c) for c in self.calls)


def round_trip_translators(triples: Sequence[tuple[str, str | None, str | None]]):
    """(original, back-translation, round trip) triples -> (back, forward)
    fakes. A None back-translation gets a unique placeholder that shares no
    text with the original; a None round trip repeats the original."""
    back, forward = {}, {}
    for i, (orig, bt, rt) in enumerate(triples):
        bt = bt if bt is not None else f"<bg {i}>"
        back[orig] = bt
        forward.setdefault(bt, rt if rt is not None else orig)
    return TableTranslator(back, "fake/en-bg"), TableTranslator(forward, "fake/bg-en")


def document(sentences: Sequence[str], lang: str = "en", path: str = "article.txt"):
    """One sentence per line; segments with exact offsets."""
    text, segments, pos = "", [], 0
    for i, s in enumerate(sentences):
        segments.append(Segment(id=i, paragraph=i, start=pos, end=pos + len(s)))
        text += s + "\n"
        pos = len(text)
    return Document(text=text, path=path, language=lang), tuple(segments)


def stage_input(sentences, options=None, source_sentences=None) -> StageInput:
    doc, segs = document(sentences)
    src, src_segs = (None, ())
    if source_sentences is not None:
        src, src_segs = document(source_sentences, lang="bg", path="source.txt")
    return StageInput(
        document=doc,
        segments=segs,
        source_lang="bg",
        target_lang="en",
        source=src,
        source_segments=src_segs,
        options=options or {},
    )


# Sentences whose round trips differ a little, so the document has a spread
# of high scores (a median and a non-zero MAD) like a real article.
FILLER = [
    ("Visibility will be reduced by fog in many places in the morning.",
     "Visibility will be reduced by fog in many places in the morning."),
    ("Minimum temperatures will be between minus 3 and 2 degrees.",
     "Minimum temperatures will be between minus 3 and 2 degrees Celsius."),
    ("In the rest of the country, sunny weather will prevail.",
     "In the rest of the country, sunny weather will prevail."),
    ("The wind will be weak, from the east.",
     "The wind will be weak, from the east."),
    ("It will be windy over the weekend as well.",
     "It will be windy at the weekend as well."),
    ("Highs will be unusually high for the season.",
     "Highs will be unusually high for this season."),
    ("More persistent fogs are expected in the Danube plain.",
     "More persistent fogs are expected on the Danube plain."),
    ("The sea coast will see temperatures from 2 to 6 degrees.",
     "The sea coast will see temperatures of 2 to 6 degrees."),
]

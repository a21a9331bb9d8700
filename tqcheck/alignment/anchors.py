"""What survives translation, per segment: numbers, names, question marks,
quotation marks, and romanised letter trigrams. The aligner scores links
with these; the TQ7xx rules read the same features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from tqcheck.alignment.anynames import title_abbreviation
from tqcheck.alignment.lengths import text_length
from tqcheck.alignment.numbers import extract_numbers
from tqcheck.alignment.translit import name_key, transliterate
from tqcheck.model import Segment
from tqcheck.writing_systems import WORD

_WORD = re.compile(WORD)
_AFTER_SENTENCE = re.compile(r"[.!?…][\"“”»’)\]]*\s+$")
_QUOTES = frozenset("„“”\"«»")
# A name anchor is the first letters of a name's spelling-neutral key: long
# enough to tell names apart, short enough to survive Bulgarian endings
# (Канадската ~ Canadian).
NAME_PREFIX = 4


@dataclass(frozen=True)
class Features:
    """Alignment features of one segment (or of several, merged)."""

    length: float  # text_length: characters, those an unspaced language writes as English does weighed less
    numbers: tuple[frozenset[str], ...]  # one set of readings per hard number mention
    names: tuple[str, ...]  # name-key prefixes of capitalised words after the first word
    all_names: frozenset[str]  # prefixes of every capitalised word (to match against)
    questions: int
    quotes: int
    trigrams: frozenset[str]


def capitalised_words(text: str, bracket_starts: bool = True) -> list[tuple[int, int, bool]]:
    """(start, end, initial) for capitalised words; ``initial`` marks the
    first word of the text (or of a quotation), which is capitalised anyway.
    With ``bracket_starts`` off, a word right after "(" is not initial: a
    bracket more often holds a name (род Пантера, Нова Зеландия) than a
    sentence."""
    out = []
    first = True
    previous: tuple[int, int] | None = None  # the last word, for a title cut short before this one (Sen. Jeff)
    openers = "„“\"«:(" if bracket_starts else "„“\"«:"
    for match in _WORD.finditer(text):
        word = match.group(0)
        before = text[max(0, match.start() - 2) : match.start()]
        initial = (
            first
            or any(ch in before for ch in openers)
            or before.endswith(("- ", "– ", "— "))
            or _AFTER_SENTENCE.search(text, max(0, match.start() - 4), match.start()) is not None
            and not (previous is not None and text[previous[0]].isupper() and title_abbreviation(text, *previous))
        )
        first = False
        previous = match.span()
        if word[0].isupper():
            out.append((match.start(), match.end(), initial))
    return out


def trigrams(text: str) -> frozenset[str]:
    latin = transliterate(text.lower()).lower()
    latin = re.sub(r"[^\w]+", " ", latin)
    return frozenset(latin[i : i + 3] for i in range(len(latin) - 2))


@lru_cache(maxsize=32768)
def features(text: str, lang: str) -> Features:
    numbers = tuple(
        frozenset(str(v) for v in m.values) for m in extract_numbers(text, lang) if not m.soft
    )
    names = []
    all_names = set()
    for start, end, initial in capitalised_words(text):
        key = name_key(text[start:end])[:NAME_PREFIX]
        if len(key) < 3:
            continue
        all_names.add(key)
        if not initial and end - start >= 4:
            names.append(key)
    return Features(
        length=text_length(text, lang),
        numbers=numbers,
        names=tuple(names),
        all_names=frozenset(all_names),
        questions=text.count("?"),
        quotes=sum(1 for ch in text if ch in _QUOTES),
        trigrams=trigrams(text),
    )


def merge(items: list[Features]) -> Features:
    if len(items) == 1:
        return items[0]
    return Features(
        length=sum(f.length for f in items) + len(items) - 1,
        numbers=tuple(n for f in items for n in f.numbers),
        names=tuple(n for f in items for n in f.names),
        all_names=frozenset().union(*(f.all_names for f in items)),
        questions=sum(f.questions for f in items),
        quotes=sum(f.quotes for f in items),
        trigrams=frozenset().union(*(f.trigrams for f in items)),
    )


def without_names(item: Features) -> Features:
    """The features less their name anchors."""
    return replace(item, names=(), all_names=frozenset())


def segment_features(text: str, segments: tuple[Segment, ...], lang: str) -> list[Features]:
    return [features(text[s.start : s.end], lang) for s in segments]


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def anchor_counts(source: Features, target: Features) -> tuple[int, int]:
    """(matched, unmatched) anchors between two feature sets."""
    matched = unmatched = 0
    target_numbers = frozenset().union(*target.numbers) if target.numbers else frozenset()
    source_numbers = frozenset().union(*source.numbers) if source.numbers else frozenset()
    for readings in source.numbers:
        if readings & target_numbers:
            matched += 1
        else:
            unmatched += 1
    unmatched += sum(1 for readings in target.numbers if not readings & source_numbers)
    for key in source.names:
        if key in target.all_names:
            matched += 1
        else:
            unmatched += 1
    unmatched += sum(1 for key in target.names if key not in source.all_names)
    # Question and quotation marks: agreement counts, a difference counts half
    # as much (translators turn quotes into reported speech).
    for a, b in ((source.questions, target.questions), (min(source.quotes, 2), min(target.quotes, 2))):
        matched += min(a, b)
        unmatched += abs(a - b) // 2 if a and b else 0
    return matched, unmatched

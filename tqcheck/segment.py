"""Paragraph and sentence segmentation with exact character offsets.

A hand-written boundary scanner rather than pysbd: pysbd is accurate but
manages about 1,100 sentences/s here, which alone would blow the hook's time
budget (see ``scripts/bench_rules.py``). Candidate boundaries are terminal
punctuation followed by space; a candidate is rejected after a title
abbreviation (Dr., Prof.), an initial (J. K. Rowling), a decimal, or when the
next word starts in lower case (``US,“ he stressed``, ``e.g. the``); an
ordinary abbreviation (U.S., a.m., г.) ends a sentence only when the next word
is a common sentence opener.

Segments never include surrounding white space; the text between two
segments is white space (or blanked-out markup), so segments and gaps tile
the document.
"""

from __future__ import annotations

import re
from functools import cache

from tqcheck.model import Segment

# Titles and other abbreviations that (almost) never end a sentence.
_TITLES = {
    "en": "mr mrs ms dr prof st sen rep gov gen col lt capt sgt maj adm rev hon fr jr sr mt ft no nos vs cf approx dept est fig vol",
    "bg": "г-н г-жа г-ца д-р проф доц акад инж ген полк ул бул пл гр с бл вх ап ж.к кв обл общ св чл ал т.нар напр вж ср стр тел им",
    "ru": "г-н г-жа д-р проф акад ген ул пр пл д кв обл р-н им см ср стр тел напр т.н",
    "de": "hr fr dr prof nr str st bzw ca z.b u.a d.h vgl ggf usw evtl sog inkl abs bsp",
    "fr": "m mm mme mlle dr pr st ste no p ex cf av bd env art",
}
# Abbreviations that may end a sentence: they do when an opener follows.
# (The year mark "г." is not here: before a capital it nearly always ends
# the sentence.)
_ORDINARY = {
    "en": "u.s u.k u.n e.g i.e a.m p.m etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec",
    "bg": "т.е т.н млн млрд хил лв др и.н.ч т.сл пр.н.е сл.н.е",
    "ru": "т.е т.д т.п др млн млрд тыс руб коп",
    "de": "etc usw mio mrd jh",
    "fr": "etc av j.-c apr",
}
_OPENERS = {
    "en": "the a an he she it they we i you this that these those there in on at after before but and however "
    "according his her its their our as when while if for some many most one two three",
    "bg": "той тя то те ние аз вие това този тази тези там в на след преди но и според по при когато ако за",
    "ru": "он она оно они мы я вы это этот эта эти там в на после до но и по при когда если для",
    "de": "der die das er sie es wir ich ein eine dies diese in am im nach vor aber und wenn",
    "fr": "le la les il elle ils elles nous je on un une ce cette ces dans en après avant mais et si",
}
_DE_MONTH_SET = frozenset("januar februar märz april mai juni juli august september oktober november dezember".split())

# Terminal punctuation, then closing quotes/brackets glued to it, then space.
_CANDIDATE = re.compile(r"(?:[.!?]+|…)(?:[\"'”“’»)\]]|[ \u00a0\u202f]»)*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:[.-][^\W\d_]+)*|\d+)\.$")
_NEXT_WORD = re.compile(r"\s*[\"'“”‘„«(\[]*(\S*)")
_BLOCK = re.compile(r"\n[ \t\u00a0]*\n")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NON_SPACE = re.compile(r"\S")


@cache
def _tables(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    base = lang.split("-")[0].lower()
    # English abbreviations are common in every language's news text.
    titles = set(_TITLES.get(base, "").split()) | set(_TITLES["en"].split())
    ordinary = set(_ORDINARY.get(base, "").split()) | set(_ORDINARY["en"].split())
    openers = set(_OPENERS.get(base, "").split()) | set(_OPENERS["en"].split())
    return frozenset(titles), frozenset(ordinary), frozenset(openers)


def _is_boundary(para: str, punct_start: int, punct_end: int, lang: str) -> bool:
    mark = para[punct_start]
    match = _NEXT_WORD.match(para, punct_end)
    next_word = match.group(1) if match else ""
    if not next_word:
        return True
    first = next_word[0]
    if first.islower():
        return False
    if mark != ".":
        return True
    if punct_end - punct_start > 1 and para[punct_start : punct_start + 3] == "...":
        return True  # ellipsis followed by a capital
    before = _WORD_BEFORE.search(para, max(0, punct_start - 40), punct_start + 1)
    if before is None:
        return True
    word = before.group(1)
    low = word.lower()
    titles, ordinary, openers = _tables(lang)
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. K. Rowling"
    if low in titles:
        return False
    if lang.startswith("de") and word.isdigit() and len(word) <= 2 and next_word.lower().strip(".,") in _DE_MONTH_SET:
        return False  # German ordinal date: "am 3. Oktober"
    if low in ordinary or ("." in word and len(word) <= 6):
        return next_word.lower().strip(",.;:") in openers
    return True


def split_sentences(para: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph, trimmed of white space."""
    spans = []
    start = 0
    content_end = len(para.rstrip())
    for match in _CANDIDATE.finditer(para):
        # The paragraph's own end needs no judging (most paragraphs are one sentence).
        if match.end() >= content_end or _is_boundary(para, match.start(), match.end(), lang):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(para)))
    trimmed = []
    for s, e in spans:
        chunk = para[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            trimmed.append((s + lead, e - trail))
    return trimmed


def paragraphs(text: str, line_paragraphs: bool) -> list[tuple[int, int]]:
    """Paragraph spans: every line in plain text, blank-line blocks otherwise."""
    splitter = _LINE_BREAK if line_paragraphs else _BLOCK
    spans = []
    start = 0
    for match in splitter.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if _NON_SPACE.search(text, s, e)]


_TERMINAL = frozenset(".!?…:;\"'”“’»)]")


def segment(text: str, lang: str, *, line_paragraphs: bool = True) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text, line_paragraphs)):
        para = text[p_start:p_end]
        spans = split_sentences(para, lang)
        lone = len(spans) == 1
        for s, e in spans:
            headline = lone and para[e - 1] not in _TERMINAL
            segments.append(Segment(len(segments), p_index, p_start + s, p_start + e, headline))
    return tuple(segments)

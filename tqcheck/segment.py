"""Paragraph and sentence segmentation with exact character offsets.

A hand-written boundary scanner rather than pysbd: pysbd is accurate but
manages about 1,100 sentences/s here, which alone would blow the hook's time
budget (see ``scripts/bench_rules.py``). Candidate boundaries are terminal
punctuation followed by space; a candidate is rejected after a title
abbreviation (Dr., Prof.), an initial (J. K. Rowling), a decimal, or when the
next word starts in lower case (``US,“ he stressed``, ``e.g. the``); an
ordinary abbreviation (U.S., a.m., г.) ends a sentence only when the next word
is a common sentence opener.

Plain text has one paragraph per line, except hard-wrapped text (lines of
about the same width that end mid-sentence), whose lines are joined back
into paragraphs; see ``paragraphs``. Rules read such text with its soft
wraps as spaces (``unwrapped``).

Candidate boundaries are found in one scan of the whole document, then
judged paragraph by paragraph (a candidate never spans a line break).

Segments never include surrounding white space; the text between two
segments is white space (or blanked-out markup), so segments and gaps tile
the document.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from itertools import chain
from operator import sub

from tqcheck.model import Segment

# Titles and other abbreviations that (almost) never end a sentence.
_TITLES = {
    "en": "mr mrs ms dr prof st sen rep gov gen col lt capt sgt maj adm rev hon fr jr sr mt ft no nos vs cf approx dept est fig vol "
    "insp supt cpl pte cmdr brig",
    "bg": "г-н г-жа г-ца д-р проф доц акад инж ген полк ул бул пл гр с бл вх ап ж.к кв обл общ св чл ал т.нар напр вж ср стр тел им",
    "ru": "г-н г-жа д-р проф акад ген ул пр пл д кв обл р-н им см ср стр тел напр т.н",
    "de": "hr fr dr prof nr str st bzw ca z.b u.a d.h vgl ggf usw evtl sog inkl abs bsp",
    "fr": "m mm mme mlle dr pr st ste no p ex cf av bd env art",
    "el": "κ κα κκ δρ καθ βλ π.χ οδ αρ σελ",
    "it": "sig sigg sig.ra dott dott.ssa prof ing avv on arch geom rag",
    "es": "sr sra srta dr dra d dña lic ing av pág núm",
    "pt": "sr sra srta dr dra eng prof av pág núm",
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
# Bulgarian abbreviations are left over in machine-translated text of any
# language (`5 Ян. 2025`, `on ул. "Dondukov" 1, гр. Sofia.`): every language
# reads them as Bulgarian does. The months (май, юни, юли are whole words) and
# places and titles never end a sentence; the others are bg's ordinary ones.
_BG_ANYWHERE_TITLES = "ян фев мар апр авг сеп септ окт ное ноем дек " + _TITLES["bg"]
_DE_MONTH_SET = frozenset("januar februar märz april mai juni juli august september oktober november dezember".split())

# Terminal punctuation, then closing quotes/brackets glued to it, then space.
# Written to start with one character class (a run of .!? or one …): re
# then skips ahead to candidates fast, three times faster than (?:[.!?]+|…).
# A run of .!? is a candidate from its first mark only, taken whole (*+):
# where the run fails (20,000 dots before a letter) it fails from each of its
# marks alike, and trying every one was quadratic.
_CANDIDATE = re.compile(r"[.!?…](?<![.!?][.!?])(?:(?<=[.!?])[.!?]*+)?(?:[\"'”“’»)\]]|[ \u00a0\u202f]»)*(?=\s|$)")
# Sentence ends of other writing systems, scanned only in a text that holds
# one (the scan above stays as fast for the rest): the ideographic full stop
# and the full-width ! and ? of Chinese and Japanese, which need no space
# after them (``我们会赢。”然后他离开了。``); the Arabic question mark, the
# Urdu full stop, the Devanagari danda, the Ethiopic and Myanmar full stops
# and every other script's: Unicode's Sentence_Terminal characters beyond
# ASCII, the CJK and compatibility forms, General Punctuation's emphatic
# marks (‼ ⁇) and Myanmar's ၊ (a comma in use); tests/test_segment.py
# compares them with the property. And in Greek, ";" (and U+037E), the
# Greek question mark.
_WIDE_ENDS = "。！？｡"
_OTHER_ENDS = "".join(map(chr, (
    0x0589, 0x061D, 0x061E, 0x061F, 0x06D4, 0x0700, 0x0701, 0x0702, 0x07F9, 0x0837, 0x0839, 0x083D, 0x083E, 0x0964,
    0x0965, 0x104B, 0x1362, 0x1367, 0x1368, 0x166E, 0x1735, 0x1736, 0x17D4, 0x17D5, 0x1803, 0x1809, 0x1944, 0x1945,
    0x1AA8, 0x1AA9, 0x1AAA, 0x1AAB, 0x1B5A, 0x1B5B, 0x1B5E, 0x1B5F, 0x1B7D, 0x1B7E, 0x1C3B, 0x1C3C, 0x1C7E, 0x1C7F,
    0xA4FF, 0xA60E, 0xA60F, 0xA6F3, 0xA6F7, 0xA876, 0xA877, 0xA8CE, 0xA8CF, 0xA92F, 0xA9C8, 0xA9C9, 0xAA5D, 0xAA5E,
    0xAA5F, 0xAAF0, 0xAAF1, 0xABEB, 0x10A56, 0x10A57, 0x10F55, 0x10F56, 0x10F57, 0x10F58, 0x10F59, 0x10F86, 0x10F87,
    0x10F88, 0x10F89, 0x11047, 0x11048, 0x110BE, 0x110BF, 0x110C0, 0x110C1, 0x11141, 0x11142, 0x11143, 0x111C5,
    0x111C6, 0x111CD, 0x111DE, 0x111DF, 0x11238, 0x11239, 0x1123B, 0x1123C, 0x112A9, 0x1144B, 0x1144C, 0x115C2,
    0x115C3, 0x115C9, 0x115CA, 0x115CB, 0x115CC, 0x115CD, 0x115CE, 0x115CF, 0x115D0, 0x115D1, 0x115D2, 0x115D3,
    0x115D4, 0x115D5, 0x115D6, 0x115D7, 0x11641, 0x11642, 0x1173C, 0x1173D, 0x1173E, 0x11944, 0x11946, 0x11A42,
    0x11A43, 0x11A9B, 0x11A9C, 0x11C41, 0x11C42, 0x11EF7, 0x11EF8, 0x16A6E, 0x16A6F, 0x16AF5, 0x16B37, 0x16B38,
    0x16B44, 0x16E98, 0x1BC9F, 0x1DA88,
)))
_OTHER_CANDIDATE = re.compile(
    rf"[{_WIDE_ENDS}]+[」』”’）)】》\"'»]*(?=\S)|[{_OTHER_ENDS}]+[\"'”“’»)\]]*(?=\s|$)"
)
# Whether a text holds any of them, quickly: re tests a class of astral
# characters one by one (30x slower than this class of the others), so
# those are looked for only in a text with an astral character at all.
_ANY_BMP_END = re.compile("[" + "".join(c for c in _WIDE_ENDS + _OTHER_ENDS if ord(c) < 0x10000) + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_ANY_ASTRAL_END = re.compile("[" + "".join(c for c in _OTHER_ENDS if ord(c) >= 0x10000) + "]")
_GREEK_CANDIDATE = re.compile(r"[;\u037e][\"'”“’»)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:[.-][^\W\d_]+)*|\d+)\.$")
_NEXT_WORD = re.compile(r"\s*[\"'“”‘„«(\[]*(\S*)")
# A blank line, with any line ending (\n, \r\n, or \r alone).
_BLOCK = re.compile(r"(?:\r?\n|\r(?!\n))[ \t\u00a0]*(?:\r?\n|\r(?!\n))")  # \r(?!\n): never half a \r\n
_NON_SPACE = re.compile(r"\S")


@cache
def _tables(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    base = lang.split("-")[0].lower()
    # English abbreviations are common in every language's news text, and
    # Bulgarian ones in machine translations from Bulgarian.
    titles = set(_TITLES.get(base, "").split()) | set(_TITLES["en"].split()) | set(_BG_ANYWHERE_TITLES.split())
    ordinary = set(_ORDINARY.get(base, "").split()) | set(_ORDINARY["en"].split()) | set(_ORDINARY["bg"].split())
    openers = set(_OPENERS.get(base, "").split()) | set(_OPENERS["en"].split())
    return frozenset(titles), frozenset(ordinary), frozenset(openers)


@cache
def _every_title() -> frozenset[str]:
    return frozenset(w for table in (*_TITLES.values(), _BG_ANYWHERE_TITLES) for w in table.split())


def title_abbreviation(word: str) -> bool:
    """Whether ``word`` (its period aside) is a title or abbreviation that
    never ends a sentence in any language's table (Sen, Rep, Dr, Prof):
    what follows it belongs to its sentence."""
    return word.lower() in _every_title()


def _is_boundary(text: str, punct_start: int, punct_end: int, lang: str, start: int, end: int) -> bool:
    """Whether the candidate ``text[punct_start:punct_end]`` ends a sentence
    of the paragraph ``text[start:end]``."""
    mark = text[punct_start]
    match = _NEXT_WORD.match(text, punct_end, end)
    next_word = match.group(1) if match else ""
    if not next_word:
        return True
    first = next_word[0]
    if first.islower():
        return False
    if mark != ".":
        return True
    if punct_end - punct_start > 1 and text[punct_start : punct_start + 3] == "...":
        return True  # ellipsis followed by a capital
    # The word cannot hold a space: search from the last one, within a short
    # window (a paragraph without spaces was searched back to its start).
    window = max(start, punct_start - 40)
    space = text.rfind(" ", window, punct_start)
    before = _WORD_BEFORE.search(text, max(window, space + 1), punct_start + 1)
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


def _sentences(
    text: str, start: int, end: int, boundaries: list[tuple[int, int]], lang: str
) -> list[tuple[int, int]]:
    """Sentence spans of the paragraph ``text[start:end]`` (trimmed of white
    space at both ends), given the candidate boundaries inside it."""
    spans = []
    sentence = start
    for punct, stop in boundaries:
        # The paragraph's own end needs no judging (most paragraphs are one sentence).
        if stop >= end:
            break
        if _is_boundary(text, punct, stop, lang, start, end):
            spans.append((sentence, stop))
            sentence = _NON_SPACE.search(text, stop, end).start()  # a candidate is followed by space
    spans.append((sentence, end))
    return spans


# Hard-wrapped plain text: one paragraph spread over several lines of about
# the same width. A document is taken for hard-wrapped when its typical
# width (WIDTH_QUANTILE of its line widths: a long URL or table line does not
# count) lies between MIN_WRAP_WIDTH and MAX_WRAP_WIDTH, it has at least
# MIN_WRAPS line breaks between non-blank lines, and most of those breaks
# come after a full line (the next word would not have fitted) that ends
# mid-sentence, with the next line often going on in lower case. News copy
# with one paragraph per line has long lines and breaks after sentences, and
# a list of headlines has every line start with a capital: neither qualifies.
MIN_WRAP_WIDTH = 30
MAX_WRAP_WIDTH = 160
WIDTH_QUANTILE = 0.9
MIN_WRAPS = 2
FULL_SHARE = 0.6
OPEN_SHARE = 0.5
LOWER_SHARE = 0.4
# A line is full when it and the next word reach this share of the width
# (1.0 would be exact for a greedy wrapper; fmt and editors fill less).
FULL_WIDTH = 0.9
# A sentence or line may end so: a one-sentence line without it is a headline.
_TERMINAL = frozenset(".!?…:;\"'”“’»)]" + _WIDE_ENDS + _OTHER_ENDS + "」』）】》\u037e")
_LINE_CONTENT = re.compile(r"\S(?:[^\r\n]*\S)?")
_WORD = re.compile(r"\S+")


def _soft_breaks(text: str, starts: Sequence[int], ends: Sequence[int]) -> list[bool] | None:
    """For a hard-wrapped document, whether each break between two
    consecutive lines (content spans ``starts[i]:ends[i]``) is a soft wrap;
    None otherwise."""
    if len(starts) < MIN_WRAPS + 1:
        return None
    widths = sorted(map(sub, ends, starts))
    width = widths[int(WIDTH_QUANTILE * (len(widths) - 1))]
    del widths
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    # Breaks between lines of one block (no blank line in between).
    inner = []
    for i in range(len(starts) - 1):
        gap = text[ends[i] : starts[i + 1]]
        inner.append(gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1)
    wraps = sum(inner)
    if wraps < MIN_WRAPS:
        return None
    full, open_, lower = [], 0, 0
    for i, single in enumerate(inner):
        s, e = starts[i], ends[i]
        ns, ne = starts[i + 1], ends[i + 1]
        next_word = _WORD.match(text, ns, ne).end() - ns
        full.append(single and (e - s) + 1 + next_word > FULL_WIDTH * width)
        open_ += single and text[e - 1] not in _TERMINAL
        lower += single and text[ns].islower()
    if sum(full) < FULL_SHARE * wraps or open_ < OPEN_SHARE * wraps or lower < LOWER_SHARE * wraps:
        return None
    # A full line wraps; so does any line whose next line goes on in lower
    # case. A short line before a capital stays a paragraph (a headline).
    return [
        single and (full[i] or text[starts[i + 1]].islower()) for i, single in enumerate(inner)
    ]


def paragraphs(text: str, line_paragraphs: bool) -> list[tuple[int, int]]:
    """Paragraph spans, trimmed of white space: in plain text every line, or
    in hard-wrapped plain text the lines joined at soft wraps; blank-line
    blocks otherwise (markup)."""
    return list(zip(*_paragraph_offsets(text, line_paragraphs)))


def _spans(matches: Iterable[re.Match[str]]) -> tuple[array[int], array[int]]:
    """The starts and ends of ``matches``, as machine integers. A list of
    span tuples held ~120 bytes a span while the segments were made
    (300,000 sentence-end candidates and as many lines at 16 MB of
    English), freed among the segments' objects, where the freed memory
    stayed the process's: 60 MB more resident through the whole check."""
    flat = array("q", chain.from_iterable(map(_SPAN, matches)))
    return flat[0::2], flat[1::2]


_SPAN = re.Match.span


def _paragraph_offsets(text: str, line_paragraphs: bool) -> tuple[array[int], array[int]]:
    """``paragraphs`` as the starts and the ends of the spans (see _spans)."""
    if not line_paragraphs:
        starts, ends = array("q"), array("q")
        start = 0
        for match in chain(_BLOCK.finditer(text), (None,)):
            s, e = start, len(text) if match is None else match.start()
            if match is not None:
                start = match.end()
            chunk = text[s:e]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                starts.append(s + lead)
                ends.append(s + lead + len(stripped))
        return starts, ends
    starts, ends = _spans(_LINE_CONTENT.finditer(text))
    soft = _soft_breaks(text, starts, ends)
    if soft is None:
        return starts, ends
    joined_starts, joined_ends = array("q", starts[:1]), array("q", ends[:1])
    for s, e, wrap in zip(starts[1:], ends[1:], soft):
        if wrap:
            joined_ends[-1] = e
        else:
            joined_starts.append(s)
            joined_ends.append(e)
    return joined_starts, joined_ends


def unwrapped(text: str, segments: tuple[Segment, ...]) -> str | None:
    """``text`` with every line break inside a paragraph (a soft wrap of
    hard-wrapped plain text) turned into spaces, offsets kept; None when no
    paragraph holds one. Rules read this, so a phrase across a soft wrap is
    one phrase, while one across a paragraph break is not. Only for plain
    text, where a paragraph holds a line break only at a soft wrap (a markup
    block holds list items, table rows, headings...). A soft wrap reads as
    a run of spaces (``" \\r\\n"`` as three), so rules about spacing compare
    with the original text (see TQ501, TQ503)."""
    pieces: list[str] = []
    position = 0
    # Each paragraph's span, walked as the segments go (a list of every
    # paragraph's span was 30 MB on 16 MB of text).
    for start, end in _paragraph_spans(segments):
        if text.find("\n", start, end) < 0 and text.find("\r", start, end) < 0:
            continue
        pieces.append(text[position:start])
        pieces.append(text[start:end].replace("\r", " ").replace("\n", " "))
        position = end
    if not pieces:
        return None
    pieces.append(text[position:])
    return "".join(pieces)


def _paragraph_spans(segments: Iterable[Segment]) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph's segments, in order."""
    paragraph, start, end = None, 0, 0
    for seg in segments:
        if seg.paragraph != paragraph:
            if paragraph is not None:
                yield start, end
            paragraph, start = seg.paragraph, seg.start
        end = seg.end
    if paragraph is not None:
        yield start, end


def _other_candidates(text: str, lang: str) -> list[tuple[int, int]]:
    found = []
    if _ANY_BMP_END.search(text) is not None or (
        _ASTRAL.search(text) is not None and _ANY_ASTRAL_END.search(text) is not None
    ):
        found = [m.span() for m in _OTHER_CANDIDATE.finditer(text)]
    if lang.split("-")[0].lower() == "el" and (";" in text or "\u037e" in text):
        found += [m.span() for m in _GREEK_CANDIDATE.finditer(text)]
    return found


def segment(text: str, lang: str, *, line_paragraphs: bool = True) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    # One scan for candidate boundaries over the whole document; a candidate
    # never spans a line break, so each lies inside one paragraph.
    starts, ends = _spans(_CANDIDATE.finditer(text))
    other = _other_candidates(text, lang)
    if other:
        merged = sorted([*zip(starts, ends), *other])
        starts, ends = array("q", (s for s, _ in merged)), array("q", (e for _, e in merged))
        del merged
    # The candidates of each paragraph, walked as the paragraphs go: both in
    # order of position (a bisection into the array made an int each probe).
    first, count = 0, len(starts)
    p_starts, p_ends = _paragraph_offsets(text, line_paragraphs)
    for p_index, (p_start, p_end) in enumerate(zip(p_starts, p_ends)):
        while first < count and starts[first] < p_start:
            first += 1
        last = first
        while last < count and starts[last] < p_end:
            last += 1
        if last == first or (last == first + 1 and ends[first] == p_end):
            # Nearly every paragraph: one sentence, ending at the paragraph's end or not.
            headline = text[p_end - 1] not in _TERMINAL
            segments.append(Segment(len(segments), p_index, p_start, p_end, headline))
            continue
        spans = _sentences(text, p_start, p_end, list(zip(starts[first:last], ends[first:last])), lang)
        lone = len(spans) == 1
        for s, e in spans:
            headline = lone and text[e - 1] not in _TERMINAL
            segments.append(Segment(len(segments), p_index, s, e, headline))
    return tuple(segments)

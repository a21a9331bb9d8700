"""The same name spelled two ways in one document.

## What it does
Compares the capitalised words of a document and flags a name that also
appears in another spelling: the same name under a transliteration key
(zh/j/ž, w/v, y/i/j, doubled letters, ts/tz/c, kh/h, ph/f, c/k...) or one
letter apart inside the word (`Shahbandar`/`Shahbndar`). The rarer spelling
is flagged, at each use, with the commoner one as the suggestion (on a tie,
the later spelling is flagged). A different ending is not a variant
(`Iraq`/`Iraqi`, `Shiite`/`Shiites`, `Petrov`/`Petrova`), nor is a
different first letter, nor a possessive; words that the document also uses
in lower case are not names.

## Why
Machine translation transliterates each sentence on its own, so one person
can become `Zhivko` and `Jivko`, or `Todorov` and `Todorow`, in one article.
Readers wonder whether these are two people.

## Example
    Izzat al-Shahbandar spoke first. Shahbandar said the talks went well. Later Shahbndar left.
    Zhivko Todorov is the mayor. The mayor Jivko Todorov met the press.
    Mayor Todorov spoke. Todorov said no. Todorow left.

## Use instead
    Iraq and Iraqi officials met. The Shiite leader and other Shiites agreed.
    Sudan and al-Sudani met. Sudani's office confirmed it. Sudan said no.
    Ivan Petrov and Maria Petrova met Todorov's team.
    Alan Lithgow passed to Allan McGregor, and Lithgow then scored past McGregor.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from tqcheck.locale import alphabet, capitalises_nouns
from tqcheck.model import Category, Severity
from tqcheck.rules._scripts import target_scripts
from tqcheck.rules.base import make_rule, pieces_at_spaces

MIN_KEY_LEN = 4  # transliteration variants: Ivan/Iwan, not Jan/Ian
MIN_EDIT_LEN = 5  # one vowel apart: Shahbandar/Shahbndar, not Warn/Warren
# The upper- and lower-case letters of the Latin blocks (Latin Extended-A
# mixes both cases letter by letter: Ż, ż).
_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_LOWER = "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower())
# A capitalised word (Sudani in al-Sudani's; Donald in McDonald). No
# look-around: a pattern that starts with a character class is scanned fast.
_NAME = re.compile(f"[{_UPPER}][{_LOWER}]+")
# A lower-case word after a space (a literal first: fast).
_LOWER_WORD = re.compile(f" ([{_LOWER}]{{{MIN_KEY_LEN}}}[{_LOWER}]*)")

_FOLD = {"ž": "zh", "č": "ch", "š": "sh", "ć": "ch", "đ": "dj", "ß": "ss", "ł": "l", "ø": "o", "æ": "ae"}
# Applied in order to the lower-cased, accent-free word.
_STEPS = (
    (re.compile(r"shch|sch|shtch"), "sht"),
    (re.compile(r"tsch|tch"), "ch"),
    (re.compile(r"zh|jh"), "Z"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ts|tz|cz"), "C"),
    (re.compile(r"ch"), "X"),
    (re.compile(r"ck|q|c(?![eiy])"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(?<=[aeiou])y(?=[aeiou])"), "i"),
    (re.compile(r"[yi](?=[aeou])"), "I"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
)
_J_AS_Y = re.compile(r"j(?=[aeou])")
_C_AS_TS = re.compile(r"(?<![st])c(?![hkz])")
_VOWELS = frozenset("aeiouI")


def _fold(word: str, keep: frozenset[str] = frozenset()) -> str:
    """The word in lower case with its diacritics and special letters
    folded, but for the letters of the target's own alphabet (``keep``: a
    German ü, a Polish ł are letters, not accents: Mutter and Mütter are two
    words)."""
    if word.isascii():  # nearly every word: skip the per-letter work
        return word.lower()
    out = []
    for c in word.lower():
        if c in keep:
            out.append(c)
            continue
        c = _FOLD.get(c, c)
        out.append("".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)))
    return "".join(out)


def keys(word: str) -> set[str]:
    """Transliteration keys of a word: more than one when a j could be a zh
    (Jivko) or a y (Jordan), or a c could be a ts (Cvetanov)."""
    return all_keys([word])[word]


def all_keys(words: Iterable[str], keep: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """keys() of many words at once: the steps run over all of them joined
    by line breaks (no step matches across one), fourteen regex calls per
    document instead of per word."""
    owners: list[str] = []
    forms: list[str] = []
    for word in words:
        base = _fold(word, keep)
        variants = {base.replace("j", "zh")}
        if "j" in base and len(base) >= 5:  # Yordan/Jordan, but not Kim Jong/Kim Yong
            variants.add(_J_AS_Y.sub("y", base).replace("j", "zh"))
        if "c" in base:
            variants |= {_C_AS_TS.sub("ts", v) for v in variants}
        for v in variants:
            owners.append(word)
            forms.append(v)
    joined = "\n".join(forms)
    for pattern, repl in _STEPS:
        joined = pattern.sub(repl, joined)
    out: dict[str, set[str]] = {}
    for word, key in zip(owners, joined.split("\n")):
        out.setdefault(word, set()).add(key)
    return out


def variants(
    counts: Counter[str], first: dict[str, int], keep: frozenset[str] = frozenset(), edits: bool = True
) -> dict[str, str]:
    """Map each rarer spelling to the commoner spelling it varies from.

    Words go into buckets (O(n), no comparison of all pairs): one per
    transliteration key, and, for keys of five letters or more, one per
    inner vowel deleted (never the first or the last letter), which meets
    the whole key of a word one inner vowel shorter (Shahbandar/Shahbndar).
    Inner consonants and substitutions are left alone: Dravid/David,
    Kieran/Kiernan, Marian/Marion and Biden/Baden are different names.
    ``keep``: the target alphabet's own letters, never folded; ``edits``
    false: keys only, no vowel deletion (German capitalises every noun)."""
    keyed = all_keys((w for w in counts if len(w) >= MIN_KEY_LEN), keep)
    same: dict[str, set[str]] = defaultdict(set)
    whole: dict[str, set[str]] = defaultdict(set)
    for word, word_keys in keyed.items():
        for k in word_keys:
            same[k].add(word)
            if len(k) >= MIN_EDIT_LEN:
                whole[k].add(word)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for group in same.values():
        if len(group) > 1:
            for w in group:
                neighbours[w] |= group
    # A key one inner vowel longer than a whole key: each deletion is looked
    # up at once rather than kept in a bucket (thousands of small sets). An
    # inner deletion keeps the first and last letters, so a key with no whole
    # key of its length less one, first and last letters is skipped unsliced.
    shapes = {(len(k), k[0], k[-1]) for k in whole} if edits else set()
    for word, word_keys in keyed.items():
        for k in word_keys:
            if len(k) <= MIN_EDIT_LEN or (len(k) - 1, k[0], k[-1]) not in shapes:
                continue
            for i in range(1, len(k) - 1):
                if k[i] in _VOWELS:
                    for w in whole.get(k[:i] + k[i + 1 :], ()):
                        neighbours[w].add(word)
                        neighbours[word].add(w)
    result = {}
    for word, near in neighbours.items():
        near.discard(word)
        if not near:
            continue
        top = max(counts[o] for o in near)
        if top < counts[word]:
            continue
        best = min((o for o in near if counts[o] == top), key=lambda o: first[o])
        if top > counts[word] or first[best] < first[word]:
            result[word] = best
    return result


def _same_person(
    rare: dict[str, str], uses: list[int], words: list[str], starts: Sequence[int], text: str
) -> dict[str, str]:
    """Drop pairs of first names that always come with different surnames
    (Alan Lithgow and Allan McGregor are two people). ``uses``: the indexes
    in ``words`` of every use of a word in ``rare`` (others may be there)."""
    wanted = set(rare) | set(rare.values())
    followers: dict[str, set[str]] = defaultdict(set)
    bare: set[str] = set()
    last = len(words) - 1
    for i in uses:
        word = words[i]
        if word not in wanted:
            continue
        end = starts[i] + len(word)
        if i < last and starts[i + 1] == end + 1 and text[end] == " ":
            followers[word].add(words[i + 1])
        else:
            bare.add(word)
    return {w: c for w, c in rare.items() if w in bare or c in bare or followers[w] & followers[c]}


_OPENERS = "\"'“‘„«([-–—*•"


def _at_sentence_start(text: str, pos: int, ctx) -> bool:
    def starts_one(at: int) -> bool:  # a sentence starts at ``at`` (no set of every start)
        seg = ctx.segment_at(at)
        return seg is not None and seg.start == at

    while pos > 0 and not starts_one(pos) and text[pos - 1] in _OPENERS:
        pos -= 1
    return starts_one(pos)


@cache
def _own_letters(lang: str) -> frozenset[str]:
    """The target alphabet's letters beyond a-z (CLDR exemplars)."""
    return frozenset(c for c in alphabet(lang)[0] if not c.isascii())


def _words(text: str) -> tuple[list[str], Sequence[int], set[str]]:
    """The capitalised words of ``text`` and where they start, and its
    lower-case words (names are never written in lower case in the
    document). Plain lists, not match objects, for the passes of check(),
    made a piece of the text at a time: one string per distinct word (a
    list of every capitalised word and its match was 40 MB for a 4 MB
    text), the starts as machine integers."""
    words: list[str] = []
    starts = array("q")
    spelling: dict[str, str] = {}
    lower: set[str] = set()
    for a, b in pieces_at_spaces(text):
        tokens = list(_NAME.finditer(text, a, b))
        found = list(map(re.Match.group, tokens))
        words += map(spelling.setdefault, found, found)
        starts.extend(map(re.Match.start, tokens))
        lower.update(_LOWER_WORD.findall(text, a, b))
    return words, starts, lower


def check(rule, ctx):
    if "Latn" not in target_scripts(ctx.target_lang):
        return
    text = ctx.text
    words, starts, lower = _words(text)
    counts = Counter(words)
    if len(counts) < 2:
        return
    first = dict(zip(reversed(words), reversed(starts)))  # the first use of each word wins
    names = Counter({w: c for w, c in counts.items() if len(w) >= MIN_KEY_LEN and w.lower() not in lower})
    pairs = variants(names, first, _own_letters(ctx.target_lang), not capitalises_nouns(ctx.target_lang))
    if not pairs:
        return
    wanted = set(pairs) | set(pairs.values())
    # Where those words are used, found once: the passes below skip the rest.
    uses = [i for i, w in enumerate(words) if w in wanted]
    # One of two spellings must be seen inside a sentence (There/These are
    # not names).
    inside = {words[i] for i in uses if not _at_sentence_start(text, starts[i], ctx)}
    pairs = {w: c for w, c in pairs.items() if w in inside or c in inside}
    pairs = _same_person(pairs, uses, words, starts, text) if pairs else pairs
    for i in uses:
        word = words[i]
        common = pairs.get(word)
        if common is None:
            continue
        at = starts[i]
        yield rule.finding(
            ctx,
            at,
            at + len(word),
            f"{word!r} is spelled {common!r} elsewhere in this document ({names[common]}× against "
            f"{names[word]}×); spell a name one way",
            common,
        )


RULE = make_rule(
    __doc__,
    code="TQ601",
    name="name-spelled-two-ways",
    severity=Severity.MINOR,
    category=Category.INCONSISTENCY,
    check=check,
)

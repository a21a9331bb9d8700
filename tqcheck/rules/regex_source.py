"""Reading a regular expression's source, for a keyword prefilter.

The substitution kind (rules.kinds.substitution) runs an entry's regex only
on the lines that hold one of its key words, and tries it only where one of
its leads starts; both are read off the phrase's source here. re has no
public parser (re._parser is private), so a small reader splits a pattern
into atoms the way re does: an escape is two characters, a character class
runs to its first unescaped "]" (one right after "[" or "[^" is literal,
and "(", ")", "|" and "[" inside are literal), a group to its matching ")".
rules.tables checks it against re when it validates a table: the capturing
groups it counts must be re's own count (tests/test_substitution.py also
tries random patterns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_LEAD = re.compile(r"[A-Za-z0-9]*")
_STOPWORDS = frozenset("the of in on to a an and or was is are were this that with from for by his her their its at as".split())
_MIN_KEYWORD = 2
# Frequent in news copy: a rarer key word of the same entry is preferred.
_COMMON = frozenset("said last same time before without light start according police official reported clear countries cases news".split())
_QUANTIFIER = "?*{"




class Unreadable(ValueError):
    """A pattern the reader cannot read (it would not compile either)."""


@dataclass(frozen=True)
class _Atom:
    kind: str  # "text" (a run of ordinary characters), "escape", "class" or "group"
    start: int
    end: int  # exclusive
    group: str = ""  # of a group: "capture", "plain" ((?:...), (?i:...), (?>...)), "look", "other"
    body: int = 0  # of a group: where its body starts (its body ends at end - 1)
    children: tuple[_Atom, ...] = ()


def _class_end(p: str, i: int) -> int:
    """Index just past the character class that opens at ``p[i]``."""
    j = i + 1
    if p.startswith("^", j):
        j += 1
    if p.startswith("]", j):  # a "]" first is literal
        j += 1
    while j < len(p):
        if p[j] == "\\":
            j += 2
        elif p[j] == "]":
            return j + 1
        else:
            j += 1
    raise Unreadable(f"unterminated character class at {i}")


def _closing_paren(p: str, i: int) -> int:
    """Index of the first unescaped ")" from ``i`` (a comment or a group
    condition ends there; neither nests)."""
    while i < len(p):
        if p[i] == "\\":
            i += 2
        elif p[i] == ")":
            return i
        else:
            i += 1
    raise Unreadable("missing )")


_SPECIAL = re.compile(r"[\\\[()]")
_FLAGS = re.compile(r"\(\?[aiLmsux]*(?:-[imsx]+)?(:|\))")
_NAMED = re.compile(r"\(\?P<\w+>")


def _group_head(p: str, i: int) -> tuple[str, int | None]:
    """The kind of the group opening at ``p[i]`` and where its body starts
    (None for a group without one: flags, a comment, a back-reference)."""
    if not p.startswith("(?", i):
        return "capture", i + 1
    for head, kind in (("(?:", "plain"), ("(?>", "plain"), ("(?=", "look"), ("(?!", "look"),
                       ("(?<=", "look"), ("(?<!", "look")):
        if p.startswith(head, i):
            return kind, i + len(head)
    if (named := _NAMED.match(p, i)) is not None:
        return "capture", named.end()
    if p.startswith("(?(", i):  # a conditional: (?(1)yes|no)
        after = _closing_paren(p, i + 3) + 1
        return "other", after
    if p.startswith("(?#", i) or p.startswith("(?P=", i):
        return "other", None
    if (flags := _FLAGS.match(p, i)) is not None:
        if flags.group(1) == ":":
            return "plain", flags.end()
        return "other", None
    raise Unreadable(f"unknown group at {i}")


def _read(p: str, i: int = 0, nested: bool = False) -> tuple[tuple[_Atom, ...], int]:
    """The atoms of ``p`` from ``i`` up to the ")" that closes the group
    (``nested``) or the end; and where they stop."""
    atoms: list[_Atom] = []
    while i < len(p):
        ch = p[i]
        if ch == ")":
            if nested:
                return tuple(atoms), i
            raise Unreadable(f"unbalanced ) at {i}")
        if ch == "\\":
            atoms.append(_Atom("escape", i, min(i + 2, len(p))))
            i += 2
        elif ch == "[":
            end = _class_end(p, i)
            atoms.append(_Atom("class", i, end))
            i = end
        elif ch == "(":
            kind, body = _group_head(p, i)
            if body is None:
                close = _closing_paren(p, i + 2)
                atoms.append(_Atom("group", i, close + 1, kind, close))
                i = close + 1
                continue
            children, close = _read(p, body, nested=True)
            atoms.append(_Atom("group", i, close + 1, kind, body, children))
            i = close + 1
        else:
            stop = _SPECIAL.search(p, i)
            end = len(p) if stop is None else stop.start()
            atoms.append(_Atom("text", i, end))
            i = end
    if nested:
        raise Unreadable("missing )")
    return tuple(atoms), i


@cache
def _atoms(pattern: str) -> tuple[_Atom, ...]:
    return _read(pattern)[0]


def capture_count(pattern: str) -> int:
    """The capturing groups of ``pattern`` as the reader sees them (re's
    ``compile(pattern).groups`` when it reads the pattern right)."""

    def count(atoms: tuple[_Atom, ...]) -> int:
        return sum((a.group == "capture") + count(a.children) for a in atoms if a.kind == "group")

    return count(_atoms(pattern))


def _quantified(text: str, atom: _Atom) -> bool:
    """Whether the atom is made optional (``?``, ``*``, ``{``); ``+`` keeps it."""
    after = text[atom.end : atom.end + 1]
    return bool(after) and after in _QUANTIFIER


def flexible_spaces(phrase: str) -> str:
    """The phrase with each space outside a class (and not escaped) made to
    match any run of horizontal white space."""
    spaces: list[int] = []

    def walk(atoms: tuple[_Atom, ...]) -> None:
        for a in atoms:
            if a.kind == "text":
                at = phrase.find(" ", a.start, a.end)
                while at >= 0:
                    spaces.append(at)
                    at = phrase.find(" ", at + 1, a.end)
            walk(a.children)

    walk(_atoms(phrase))
    bounds = [-1, *spaces, len(phrase)]
    return r"[ \t\u00a0]+".join(phrase[a + 1 : b] for a, b in zip(bounds, bounds[1:]))


def split_top_level(phrase: str) -> list[str]:
    """The phrase's top-level alternatives (``|`` outside any group or class)."""
    cuts = [i for a in _atoms(phrase) if a.kind == "text" for i in range(a.start, a.end) if phrase[i] == "|"]
    bounds = [-1, *cuts, len(phrase)]
    return [phrase[a + 1 : b] for a, b in zip(bounds, bounds[1:])]


def leading_words(phrase: str) -> set[str] | None:
    """Lower-case letters that every match of ``phrase`` starts with, one
    set member per way to start; None when there is no such word."""
    words: set[str] = set()
    for alternative in split_top_level(phrase):
        run = _LEAD.match(alternative).group()
        after = alternative[len(run) : len(run) + 1]
        if after and after in "?*{+":
            run = run[:-1]  # "labou?r": the u is optional
        if run:
            words.add(run.lower())
            continue
        # A leading group that every match passes through: "(said|stated) for".
        atoms = _atoms(alternative)
        first = atoms[0] if atoms else None
        if first is None or first.kind != "group" or first.group not in ("capture", "plain"):
            return None
        if _quantified(alternative, first):
            return None
        inner = leading_words(alternative[first.body : first.end - 1])
        if not inner:
            return None
        words |= inner
    return words or None


def mandatory_words(alternative: str) -> list[str]:
    """Literal words every match of ``alternative`` contains, each at the
    start of a word: letters outside groups, not made optional by a
    quantifier, and not glued to a group before them (``(un)?related``)."""
    words: list[str] = []
    word, word_ok, word_start = "", False, True
    for atom in _atoms(alternative):
        if atom.kind != "text":
            if word and word_ok:
                words.append(word.lower())
            word = ""
            if atom.kind == "escape":
                word_start = alternative[atom.start + 1 : atom.end] in ("s", "b")  # \s and \b separate words
            elif atom.kind == "class":
                word_start = False
            else:
                # "(an )?impression": a group that ends in a space leaves a word start.
                word_start = alternative[atom.end - 2 : atom.end - 1] == " "
            continue
        for i in range(atom.start, atom.end):
            ch = alternative[i]
            optional = alternative[i + 1 : i + 2] in ("?", "*", "{")
            if (ch.isalnum() or ch in "'-") and not optional:
                if not word:
                    word_ok = word_start
                word += ch
                continue
            if word and word_ok:
                words.append(word.lower())
            word = ""
            if ch.isalnum():  # a letter made optional ends the usable word
                word_start = False
            else:
                word_start = ch == " " or (ch in _QUANTIFIER and word_start)
    if word and word_ok:
        words.append(word.lower())
    return words


def mandatory_groups(alternative: str) -> list[str]:
    """Contents of the top-level groups that every match passes through
    (not optional, not a lookaround) and that start a word (at the start or
    after a space)."""
    return [
        alternative[a.body : a.end - 1]
        for a in _atoms(alternative)
        if a.kind == "group"
        and a.group in ("capture", "plain")
        and not _quantified(alternative, a)
        and (a.start == 0 or alternative[a.start - 1] == " ")
        and a.end - 1 > a.body
    ]


def phrase_keywords(phrase: str) -> frozenset[str] | None:
    chosen: set[str] = set()
    for alternative in split_top_level(phrase):
        usable = [
            w for w in mandatory_words(alternative)
            if len(w) >= _MIN_KEYWORD and w.strip("'-") == w and w not in _STOPWORDS
        ]
        if usable:
            chosen.add(max(usable, key=lambda w: len(w) - (3 if w in _COMMON else 0)))
            continue
        # No literal word outside groups: a group whose every branch has one
        # will do ("(said|stated) for (bTV|BNT)" -> said, stated).
        group_words = next((k for k in map(phrase_keywords, mandatory_groups(alternative)) if k), None)
        if group_words is None:
            return None
        chosen |= group_words
    return frozenset(chosen)

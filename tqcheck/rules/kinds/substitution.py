"""Substitution kind: flag every phrase of a table and suggest its natural
English (TQ201 calques, TQ203 point of view).

The table format and its validation are in rules.tables; the key words of
a phrase are read off its source by rules.regex_source. A table is compiled
once per process; the document text is scanned once for the entries' key
words (of every registered table at once), and an entry's regex runs only
on lines that hold one. A match never crosses a line break; the rules read
hard-wrapped plain text with its soft wraps as spaces (segment.unwrapped),
so there a phrase may run on to the next line of its paragraph, but never
into the next paragraph. Matches do not overlap: the leftmost wins, and at
one position the earlier line of the table.
"""

from __future__ import annotations

import bisect
import heapq
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from operator import itemgetter

from tqcheck.model import Finding
from tqcheck.rules.base import lower_keeping_offsets
from tqcheck.rules.regex_source import phrase_keywords
from tqcheck.rules.tables import PRECOMPILED_FORMAT, Entry, load_table, precompile, precompiled, precompiled_extra

# --- fast matching -------------------------------------------------------
#
# Python's re has no trie for alternations and no prefix search under
# IGNORECASE, so one alternation of a hundred case-insensitive regexes is
# slow (a few thousand sentences a second). Instead, every entry gets a
# literal word that any of its matches must contain (read off the phrase);
# one case-sensitive trie of those words runs over the lower-cased text, and
# an entry's own regex runs only on the lines where its words occur.

# The only characters that match an ASCII letter under re.I but do not
# lower-case to it (found by trying every code point): where a text holds
# one, an entry's leads are not looked up in the lower-cased text.
_I_LOOKALIKES = "\u0130\u0131\u017f"


def entry_keywords(entry: Entry) -> frozenset[str] | None:
    """Literal key words such that every match of the entry contains one of
    them at a word start; None when there are none worth using (the entry
    then runs on every line)."""
    return phrase_keywords(entry.phrase)


def _trie_regex(words: Iterable[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes for a set of literal words at word starts, as a character
    trie (re has no trie of its own: a flat alternation is ten times
    slower): one for a word at the very start of a text, and one that finds
    the others as group 1 after a non-word character. Starting with \\W (a
    character class) lets re skip ahead between candidates, where a leading
    \\b would try the trie at every position (twice as slow)."""
    return _trie_patterns(_trie_body(words))


def _trie_body(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + ("?" if ends and branches else "")

    return emit(trie)


def _trie_patterns(body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(body), re.compile(rf"\W({body})")


_lowered = lower_keeping_offsets


# Every table used by a rule registers here, so that one scan of a document
# finds the key words of all of them (TQ201 and TQ203 share it through
# RuleContext.shared).
_REGISTERED: set[str] = set()


@cache
def _scanner(
    names: frozenset[str],
) -> tuple[tuple[re.Pattern[str], re.Pattern[str]] | None, dict[str, str]]:
    """The trie of all key words of the tables, and each key word's canonical
    form: the shortest key word it starts with (a trie match of "accent"
    also stands for "accents"). For the tables a check registers, both
    come with the tables' precompiled form (the trie is a thousand nodes)."""
    stored = precompiled_extra()
    if stored is not None and stored[0] == tuple(sorted(names)) and all(precompiled(n) for n in names):
        _, canonical, body = stored
    else:
        _, canonical, body = _scanner_parts(names)
    return (_trie_patterns(body) if body else None), canonical


def _scanner_parts(names: Iterable[str]) -> tuple[tuple[str, ...], dict[str, str], str]:
    """(the table names, each key word's canonical form, the trie's regex
    body: "" when there are no key words), as _scanner uses them."""
    words = {w for name in names for w in compiled_table(name).by_keyword}
    canonical = {w: next(w[:i] for i in range(1, len(w) + 1) if w[:i] in words) for w in sorted(words)}
    roots = set(canonical.values())
    return tuple(sorted(names)), canonical, (_trie_body(roots) if roots else "")


def keyword_positions(text: str, names: frozenset[str], lowered: str | None = None) -> dict[str, Sequence[int]]:
    """Offsets of every canonical key word of the tables in ``text``
    (``lowered``: the text after _lowered, when the caller has it), in
    order, as machine integers (8 bytes each, not 36: a text holds
    hundreds of thousands)."""
    patterns, _ = _scanner(names)
    positions: dict[str, array[int]] = {}
    if patterns is not None:
        at_start, after_non_word = patterns
        if lowered is None:
            lowered = _lowered(text)
        hit = at_start.match(lowered)
        if hit is not None:
            positions[hit.group()] = array("q", (0,))
        search = after_non_word.search
        pos = 0
        while (hit := search(lowered, pos)) is not None:
            at = hit.start(1)
            word = hit.group(1)
            found = positions.get(word)
            if found is None:
                found = positions[word] = array("q")
            found.append(at)
            pos = at  # the next word start may be inside this one: "vice-premier" holds "premier"
    return positions


def _line_finder(text: str) -> Callable[[int], tuple[int, int]]:
    """offset -> (line_start, line_end) of positions.line_start/line_end.
    Those search for a carriage return too, to the text's start or end at
    every call, which reads a whole text without one each time; here a
    text without one is searched for line feeds only (the nearest ones)."""
    size = len(text)
    if "\r" in text:
        breaks = [m.start() for m in re.finditer(r"[\r\n]", text)]

        def by_bisection(offset: int) -> tuple[int, int]:
            i = bisect.bisect_left(breaks, offset)
            return (breaks[i - 1] + 1 if i else 0), (breaks[i] if i < len(breaks) else size)

        return by_bisection

    def by_search(offset: int) -> tuple[int, int]:
        end = text.find("\n", offset)
        return text.rfind("\n", 0, offset) + 1, (size if end < 0 else end)

    return by_search


@dataclass(frozen=True)
class CompiledTable:
    """A substitution table ready to search: its entries and, for each key
    word, the entries that need it."""

    name: str
    entries: tuple[Entry, ...]
    by_keyword: dict[str, tuple[int, ...]]
    everywhere: tuple[int, ...]  # entries without a usable key word: run on every line

    def matches(
        self, text: str, positions: dict[str, Sequence[int]] | None = None, lowered: str | None = None
    ) -> Iterator[tuple[Entry, re.Match[str]]]:
        """(entry, match) for every hit that no ``unless`` pattern excludes.
        Hits do not overlap: the leftmost wins, and at one position the
        earlier line of the table; an excluded hit lets the others try.
        ``positions`` is a shared key-word scan (computed here if absent),
        ``lowered`` the text lower-cased by _lowered (likewise)."""
        names = frozenset(_REGISTERED | {self.name})
        if positions is None:
            positions = keyword_positions(text, names)
        if lowered is None:
            lowered = _lowered(text)
        leads = not any(c in text for c in _I_LOOKALIKES)  # str.find is fast; a regex class is not
        for (start, end), indices in self._lines(text, positions, _scanner(names)[1]):
            hits = []
            for index in indices:
                entry = self.entries[index]
                for match in entry.finditer(text, start, end, lowered if leads else None):
                    if not entry.excluded(text, match.start(), match.end()):
                        hits.append((match.start(), index, match))
            hits.sort(key=lambda h: (h[0], h[1]))
            last_end = -1
            for begin, index, match in hits:
                if begin >= last_end:
                    yield self.entries[index], match
                    last_end = max(match.end(), begin + 1)


    def _lines(
        self, text: str, positions: dict[str, Sequence[int]], canonical: dict[str, str]
    ) -> Iterator[tuple[tuple[int, int], set[int]]]:
        """(line span, the indices of the entries to try there) in order of
        span: the lines of the key words' positions (each list in order),
        merged, and every line for the entries without one; a line at a
        time, not a table of every line (40,000 sets for an 8 MB text)."""
        line_of = _line_finder(text)
        at_lines = (
            (line_of(at), indices)
            for at, indices in heapq.merge(
                *(_tagged(positions.get(canonical[word], ()), indices) for word, indices in self.by_keyword.items()),
                key=itemgetter(0),
            )
        )
        if self.everywhere:
            every_line = ((match.span(), self.everywhere) for match in re.finditer(r"[^\n]+", text))
            at_lines = heapq.merge(at_lines, every_line, key=itemgetter(0))
        for span, group in groupby(at_lines, key=itemgetter(0)):
            yield span, {index for _, indices in group for index in indices}


def _tagged(offsets: Iterable[int], indices: tuple[int, ...]) -> Iterator[tuple[int, tuple[int, ...]]]:
    for at in offsets:
        yield at, indices


@cache
def compiled_table(name: str) -> CompiledTable:
    entries = load_table(name)
    stored = precompiled(name)  # the key words read off the phrases when the table was precompiled
    keywords = stored[1] if stored is not None else tuple(map(entry_keywords, entries))
    by_keyword: dict[str, set[int]] = {}
    everywhere = []
    for index, words in enumerate(keywords):
        if words is None:
            everywhere.append(index)
            continue
        for word in words:
            by_keyword.setdefault(word, set()).add(index)
    return CompiledTable(
        name=name,
        entries=entries,
        by_keyword={w: tuple(sorted(i)) for w, i in by_keyword.items()},
        everywhere=tuple(everywhere),
    )


def precompiled_bytes() -> bytes:
    """What tqcheck/data/compiled/substitution_tables.marshal holds: every
    registered table (all rules loaded) with its entries and key words, and
    the key-word scanner of them all (scripts/gen_substitution_tables.py
    writes it, a test compares). Marshal
    format 2 has no references: the same tables give the same bytes."""
    import marshal

    tables = precompile(_REGISTERED, entry_keywords)
    return marshal.dumps((PRECOMPILED_FORMAT, tables, _scanner_parts(_REGISTERED)), 2)


# How much of the flagged text a message quotes: the span itself is shown
# by every report, so a message names it, it does not repeat a sentence.
MESSAGE_QUOTE = 40


def excerpt(text: str, limit: int = MESSAGE_QUOTE) -> str:
    """``text`` on one line, cut at a word to at most ``limit`` characters
    with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def message_for(entry: Entry, match: re.Match[str], label: str) -> str:
    """The message: what was flagged (cut short), why, and the other
    alternatives, written as the suggestion is (groups filled in)."""
    others = entry.filled_alternatives(match)[1:]
    extra = f" (or: {', '.join(others)})" if others else ""
    return f"{label} {excerpt(match.group())!r}: {entry.note}{extra}"


def substitution_check(
    table: str,
    label: Callable[[Entry], str],
    skip: Callable[[object, int, int], bool] | None = None,
) -> Callable[[object, object], Iterable[Finding]]:
    """Substitution kind: flag every phrase of ``table`` and suggest its
    natural English. ``skip(ctx, start, end)`` may silence a hit (TQ203
    leaves quotations alone)."""

    _REGISTERED.add(table)

    def check(rule, ctx) -> Iterable[Finding]:
        text = ctx.text
        names = frozenset(_REGISTERED)
        lowered = ctx.lowered
        positions = ctx.shared(
            f"substitution-keywords:{','.join(sorted(names))}", lambda: keyword_positions(text, names, lowered)
        )
        # One string per distinct message or suggestion and one details per
        # entry, shared by the findings that have them (a phrase a text
        # repeats: 950 bytes a finding otherwise).
        same: dict[str, str] = {}
        details: dict[int, tuple[tuple[str, str], ...]] = {}
        for entry, match in compiled_table(table).matches(text, positions, lowered):
            start, end = match.span()
            if skip is not None and skip(ctx, start, end):
                continue
            message = message_for(entry, match, label(entry))
            suggestion = entry.suggestion(match)
            about = details.get(id(entry)) or details.setdefault(
                id(entry), (("table", table), ("entry", entry.phrase), ("domain", entry.domain))
            )
            yield rule.finding(
                ctx,
                start,
                end,
                same.setdefault(message, message),
                same.setdefault(suggestion, suggestion),
                severity=entry.severity,
                category=entry.category,
                details=about,
            )

    return check

"""The substitution (calque table) check kind, shared by TQ201 and TQ203.

A table is a TSV file in ``tqcheck/data`` with a header line and these
columns (``#`` starts a comment line; empty optional cells are allowed)::

    phrase  use_instead  kind  severity  category  unless_before  unless_after  bad_example  good_example  note

``phrase``
    What to flag: a case-insensitive regular expression, matched on word
    boundaries; a space matches any run of spaces or tabs. Keep it small:
    ``put(s|ting)? an accent on``. Numbered groups may be used by
    ``use_instead``; named groups and back-references are not allowed.
    ``(?-i:...)`` makes a part case-sensitive, a lookahead ``(?=...)`` can
    require context after the phrase without putting it in the span.
``use_instead``
    The natural English. Alternatives are separated by `` | ``; the first one
    is the suggestion, the others are listed in the message. Each may refer
    to the phrase's groups by number (``\\1``, ``\\g<1>``), filled in from
    the match. Each takes the case of the flagged text's place (_fit_case):
    a capital at a sentence start, capitals in an all-caps headline, nothing
    from an acronym mid-sentence (``A TIR overturned`` -> ``a truck``).
``kind``
    What went wrong, named in the message (``KINDS``): ``false-friend`` (an
    English word that looks like the Bulgarian one and means something else:
    ``actual`` for актуален, current), ``calque`` (a Bulgarian phrase or
    construction rendered word for word: ``put an accent on``),
    ``mistranslation`` (the wrong sense of an ordinary word: ``official
    cabinet`` for служебен кабинет, ``disabled driver`` for неправоспособен
    шофьор), ``grammar`` (a Bulgarian form: ``5 levs``) or ``point-of-view``
    (the Bulgarian newsroom's ``our country``).
``severity``
    info, minor, major or critical.
``category``
    An MQM category (tqcheck.model.Category), e.g. ``Accuracy/Mistranslation``
    for a false friend that changes the meaning, ``Style/Unidiomatic`` for a calque.
``unless_before`` / ``unless_after``
    Optional regular expressions (case-insensitive) that keep ordinary English
    silent: the entry does not fire when ``unless_before`` matches the text that
    ends just before the phrase (within its line), or ``unless_after`` matches
    the text that starts just after it. ``[\\w,]\\s*`` as ``unless_before``
    means "only at the start of a sentence".
``bad_example`` / ``good_example``
    A sentence the entry flags, and one with the same words in ordinary English
    that it must leave alone. Tests run both.
``note``
    Why, and the Bulgarian original. Shown in the message.

A table is compiled once per process; the document text is scanned once for
the entries' key words, and an entry's regex runs only on lines that hold
one. A match never crosses a line break; the rules read hard-wrapped plain
text with its soft wraps as spaces (segment.unwrapped), so there a phrase
may run on to the next line of its paragraph, but never into the next
paragraph. Matches do not overlap: the leftmost wins, and at one position
the earlier line of the table.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from tqcheck.model import Category, Finding, Severity
from tqcheck.positions import line_end, line_start
from tqcheck.rules.base import lower_keeping_offsets

COLUMNS = (
    "phrase",
    "use_instead",
    "kind",
    "severity",
    "category",
    "unless_before",
    "unless_after",
    "bad_example",
    "good_example",
    "note",
)
_CONTEXT = 80  # characters of context the unless_* patterns see
_LEAD = re.compile(r"[A-Za-z0-9]*")
# The only characters that match an ASCII letter under re.I but do not
# lower-case to it (found by trying every code point): where a text holds
# one, an entry's leads are not looked up in the lower-cased text.
_I_LOOKALIKES = "\u0130\u0131\u017f"
_FORBIDDEN = re.compile(r"\(\?P|\\[1-9]|\(\?<[a-zA-Z]")


# Each kind of entry and the words its message uses for it.
KINDS = {
    "false-friend": "false friend",
    "calque": "calque",
    "mistranslation": "mistranslation",
    "grammar": "grammar",
    "point-of-view": "Bulgarian point of view",
}


class TableError(ValueError):
    """A malformed data line, reported with its file and line number."""


@dataclass(frozen=True)
class Entry:
    phrase: str
    use_instead: str
    kind: str  # a key of KINDS
    severity: Severity
    category: Category
    unless_before: str
    unless_after: str
    bad_example: str
    good_example: str
    note: str
    source: str  # "file.tsv:line"

    @cached_property
    def alternatives(self) -> tuple[str, ...]:
        return tuple(a.strip() for a in self.use_instead.split(" | ") if a.strip())

    @cached_property
    def body(self) -> str:
        """The phrase as a regex body: spaces match any horizontal whitespace."""
        return _flexible_spaces(self.phrase)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return _compiled_entry(self.body)

    @cached_property
    def leads(self) -> tuple[str, ...]:
        """Where a match can start, in the lower-cased text: the phrase's
        first literal word (``this was (said|...)`` -> ``this``), or the first
        words of a leading group (``(said|stated) for`` -> ``said, stated``).
        Empty when the phrase starts otherwise."""
        return tuple(sorted(_leading_words(self.phrase) or ()))

    @cached_property
    def _lead_regex(self) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(w) for w in self.leads))

    def finditer(self, text: str, start: int, end: int, lowered: str | None = None) -> Iterator[re.Match[str]]:
        """``self.regex.finditer(text, start, end)``; given the lower-cased
        text, the regex is tried only where a lead starts (it is
        case-insensitive, so re cannot skip ahead by its first letter and
        would try every position) and compiled only once one does."""
        leads = self.leads
        if lowered is None or not leads:
            yield from self.regex.finditer(text, start, end)
            return
        single = leads[0] if len(leads) == 1 else None
        search = None if single is not None else self._lead_regex.search
        pos = start
        while True:
            if single is not None:
                at = lowered.find(single, pos, end)
            else:
                hit = search(lowered, pos, end)
                at = -1 if hit is None else hit.start()
            if at < 0:
                return
            match = self.regex.match(text, at, end)
            if match is None:
                pos = at + 1
                continue
            yield match
            pos = match.end()  # never empty: a match holds its lead

    @cached_property
    def before_regex(self) -> re.Pattern[str] | None:
        return _compiled_context(f"(?:{self.unless_before})$") if self.unless_before else None

    @cached_property
    def after_regex(self) -> re.Pattern[str] | None:
        return _compiled_context(self.unless_after) if self.unless_after else None

    def suggestion(self, match: re.Match[str]) -> str:
        """The first alternative, groups filled in, capitalised like the match."""
        return _fit_case(_expand(match, self.alternatives[0]), match)

    def filled_alternatives(self, match: re.Match[str]) -> tuple[str, ...]:
        """Every alternative as the suggestion is written: groups filled in,
        capitalised like the match."""
        return tuple(_fit_case(_expand(match, a), match) for a in self.alternatives)

    def excluded(self, text: str, start: int, end: int) -> bool:
        if self.unless_before:
            if self.before_regex.search(text, max(line_start(text, start), start - _CONTEXT), start):
                return True
        if self.unless_after:
            stop = min(line_end(text, end), end + _CONTEXT)
            if self.after_regex.match(text, end, stop):
                return True
        return False


@cache
def _compiled_entry(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


@cache
def _compiled_context(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _expand(match: re.Match[str], template: str) -> str:
    if "\\" not in template:
        return template
    filled = match.expand(template)
    return re.sub(r"\s{2,}", " ", filled).strip()


# Words a title leaves in lower case (unless it capitalises every word).
_SMALL_WORDS = frozenset("a an the of in on at to for from by with and or but as".split())
# What may stand between a sentence end and the sentence's first word.
_OPENERS = frozenset(" \t\u00a0\"'“‘„«‹([{")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _sentence_start(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    return i == 0 or text[i - 1] in "\n.!?…"


def _shouting(text: str, start: int, end: int) -> bool:
    """An all-caps match in an all-caps line (a headline), as opposed to an
    acronym (``A TIR overturned``): it has two words, or the words beside it
    are in capitals too."""
    if len(text[start:end].split()) > 1:
        return True
    before = _WORD.findall(text, max(line_start(text, start), start - 40), start)[-1:]
    after = _WORD.findall(text, end, min(line_end(text, end), end + 40))[:1]
    beside = before + after
    return bool(beside) and all(w.isupper() for w in beside)


def _fit_case(suggestion: str, match: re.Match[str]) -> str:
    """The suggestion in the case of the flagged text's place; the table's
    capitals (names) are never lowered.

    At a sentence start it takes a capital. An all-caps match takes capitals
    in a headline, and nothing from an acronym (``A TIR overturned`` ->
    ``A truck``). A Title Case match mid-sentence passes its title case on,
    leaving small words (``of``) lower unless the original capitalised one."""
    matched = match.group()
    if not suggestion or not matched[:1].isupper():
        return suggestion
    text, start = match.string, match.start()
    if matched.isupper() and sum(c.isalpha() for c in matched) > 1:
        if _shouting(text, start, match.end()):
            return suggestion.upper()
        return suggestion[:1].upper() + suggestion[1:] if _sentence_start(text, start) else suggestion
    if _sentence_start(text, start):
        return suggestion[:1].upper() + suggestion[1:]
    words = matched.split()
    if not words[0].istitle():
        return suggestion  # an acronym (`MVR employees`) or a name (`McDonald`), not title case
    small_capitalised = words[0].lower() in _SMALL_WORDS  # the title capitalises every word

    def title(word: str) -> str:
        if word.lower() in _SMALL_WORDS and not small_capitalised:
            return word
        return word[:1].upper() + word[1:]

    parts = suggestion.split(" ")
    if len(words) > 1 and all(w.istitle() or w.lower() in _SMALL_WORDS for w in words):
        return " ".join(title(w) for w in parts)
    return " ".join([title(parts[0]), *parts[1:]])


def parse_table(text: str, name: str, *, compile_patterns: bool = True) -> tuple[Entry, ...]:
    """Parse and validate a table; raises TableError naming the bad line.

    ``compile_patterns=False`` skips compiling every regex up front: the
    shipped tables are checked by the tests, and compiling a few hundred
    patterns would cost a check more time than all the rules take."""
    entries: list[Entry] = []
    header_seen = False
    seen: dict[str, str] = {}
    rows = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    for lineno, row in enumerate(rows, start=1):
        where = f"{name}:{lineno}"
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if not header_seen:
            if tuple(c.strip() for c in row) != COLUMNS:
                raise TableError(f"{where}: the header must be {' '.join(COLUMNS)}")
            header_seen = True
            continue
        if len(row) != len(COLUMNS):
            raise TableError(f"{where}: {len(row)} columns, expected {len(COLUMNS)} (tab-separated)")
        cells = dict(zip(COLUMNS, (c.strip() for c in row)))
        for required in ("phrase", "use_instead", "kind", "severity", "category", "bad_example", "good_example", "note"):
            if not cells[required]:
                raise TableError(f"{where}: the {required} column is empty")
        try:
            severity = Severity.parse(cells["severity"])
            category = Category.parse(cells["category"])
        except ValueError as exc:
            raise TableError(f"{where}: {exc}") from None
        if cells["kind"] not in KINDS:
            raise TableError(f"{where}: unknown kind {cells['kind']!r}, expected one of {', '.join(KINDS)}")
        if _FORBIDDEN.search(cells["phrase"]):
            raise TableError(f"{where}: the phrase may not use named groups or back-references")
        entry = Entry(source=where, severity=severity, category=category, **{
            k: v for k, v in cells.items() if k not in ("severity", "category")
        })
        if compile_patterns:
            _validate_patterns(entry, where)
        key = entry.phrase.lower()
        if key in seen:
            raise TableError(f"{where}: the phrase {entry.phrase!r} repeats {seen[key]}")
        seen[key] = where
        entries.append(entry)
    if not header_seen:
        raise TableError(f"{name}: no header line")
    return tuple(entries)


def _validate_patterns(entry: Entry, where: str) -> None:
    for label, pattern in (("phrase", entry.phrase), ("unless_before", entry.unless_before),
                           ("unless_after", entry.unless_after)):
        try:
            re.compile(pattern)
        except re.error as exc:
            raise TableError(f"{where}: the {label} is not a valid regular expression ({exc})") from None
    # The key words are read off the phrase's source: the reader must see
    # the groups re sees, or the fast scan could skip a line that matches.
    try:
        readable = capture_count(entry.phrase) == entry.regex.groups  # the regex is built by the reader too
    except _Unreadable:
        readable = False
    if not readable:
        raise TableError(f"{where}: the phrase cannot be read for its key words (use plain groups, no verbose mode)")
    if re.search(r"\\g<(?!\d+>)", entry.use_instead):
        raise TableError(f"{where}: use_instead may refer to groups by number only (\\1 or \\g<1>)")
    refs = [int(a or b) for a, b in re.findall(r"\\(?:(\d+)|g<(\d+)>)", entry.use_instead)]
    if refs and max(refs) > entry.regex.groups:
        raise TableError(f"{where}: use_instead refers to group {max(refs)}, the phrase has {entry.regex.groups}")


@cache
def load_table(name: str) -> tuple[Entry, ...]:
    """The entries of ``tqcheck/data/<name>``, parsed once per process; each
    entry's regex is compiled the first time its key word is seen."""
    text = resources.files("tqcheck.data").joinpath(name).read_text(encoding="utf-8")
    return parse_table(text, name, compile_patterns=False)


# --- fast matching -------------------------------------------------------
#
# Python's re has no trie for alternations and no prefix search under
# IGNORECASE, so one alternation of a hundred case-insensitive regexes is
# slow (a few thousand sentences a second). Instead, every entry gets a
# literal word that any of its matches must contain (read off the phrase);
# one case-sensitive trie of those words runs over the lower-cased text, and
# an entry's own regex runs only on the lines where its words occur.

_STOPWORDS = frozenset("the of in on to a an and or was is are were this that with from for by his her their its at as".split())
_MIN_KEYWORD = 3
# Frequent in news copy: a rarer key word of the same entry is preferred.
_COMMON = frozenset("said last same time before without light start according police official reported clear countries cases news".split())
_QUANTIFIER = "?*{"


# --- reading a phrase's regex source ---------------------------------------
#
# The key words and leads are read off the phrase's source. re has no public
# parser (re._parser is private), so a small reader splits a pattern into
# atoms the way re does: an escape is two characters, a character class runs
# to its first unescaped "]" (one right after "[" or "[^" is literal, and
# "(", ")", "|" and "[" inside are literal), a group to its matching ")".
# parse_table checks it against re: the capturing groups it counts must be
# re's own count (tests/test_substitution.py also tries random patterns).


class _Unreadable(ValueError):
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
    raise _Unreadable(f"unterminated character class at {i}")


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
    raise _Unreadable("missing )")


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
    raise _Unreadable(f"unknown group at {i}")


def _read(p: str, i: int = 0, nested: bool = False) -> tuple[tuple[_Atom, ...], int]:
    """The atoms of ``p`` from ``i`` up to the ")" that closes the group
    (``nested``) or the end; and where they stop."""
    atoms: list[_Atom] = []
    while i < len(p):
        ch = p[i]
        if ch == ")":
            if nested:
                return tuple(atoms), i
            raise _Unreadable(f"unbalanced ) at {i}")
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
        raise _Unreadable("missing )")
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


def _flexible_spaces(phrase: str) -> str:
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


def _split_top_level(phrase: str) -> list[str]:
    """The phrase's top-level alternatives (``|`` outside any group or class)."""
    cuts = [i for a in _atoms(phrase) if a.kind == "text" for i in range(a.start, a.end) if phrase[i] == "|"]
    bounds = [-1, *cuts, len(phrase)]
    return [phrase[a + 1 : b] for a, b in zip(bounds, bounds[1:])]


def _leading_words(phrase: str) -> set[str] | None:
    """Lower-case letters that every match of ``phrase`` starts with, one
    set member per way to start; None when there is no such word."""
    words: set[str] = set()
    for alternative in _split_top_level(phrase):
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
        inner = _leading_words(alternative[first.body : first.end - 1])
        if not inner:
            return None
        words |= inner
    return words or None


def _mandatory_words(alternative: str) -> list[str]:
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


def _groups(alternative: str) -> list[str]:
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


def _phrase_keywords(phrase: str) -> frozenset[str] | None:
    chosen: set[str] = set()
    for alternative in _split_top_level(phrase):
        usable = [
            w for w in _mandatory_words(alternative)
            if len(w) >= _MIN_KEYWORD and w.strip("'-") == w and w not in _STOPWORDS
        ]
        if usable:
            chosen.add(max(usable, key=lambda w: len(w) - (3 if w in _COMMON else 0)))
            continue
        # No literal word outside groups: a group whose every branch has one
        # will do ("(said|stated) for (bTV|BNT)" -> said, stated).
        group_words = next((k for k in map(_phrase_keywords, _groups(alternative)) if k), None)
        if group_words is None:
            return None
        chosen |= group_words
    return frozenset(chosen)


def entry_keywords(entry: Entry) -> frozenset[str] | None:
    """Literal key words such that every match of the entry contains one of
    them at a word start; None when there are none worth using (the entry
    then runs on every line)."""
    return _phrase_keywords(entry.phrase)


def _trie_regex(words: Iterable[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes for a set of literal words at word starts, as a character
    trie (re has no trie of its own: a flat alternation is ten times
    slower): one for a word at the very start of a text, and one that finds
    the others as group 1 after a non-word character. Starting with \\W (a
    character class) lets re skip ahead between candidates, where a leading
    \\b would try the trie at every position (twice as slow)."""
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

    body = emit(trie)
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
    also stands for "accents")."""
    words = {w for name in names for w in compiled_table(name).by_keyword}
    canonical = {w: next(w[:i] for i in range(1, len(w) + 1) if w[:i] in words) for w in words}
    roots = set(canonical.values())
    return (_trie_regex(roots) if roots else None), canonical


def keyword_positions(text: str, names: frozenset[str], lowered: str | None = None) -> dict[str, list[int]]:
    """Offsets of every canonical key word of the tables in ``text``
    (``lowered``: the text after _lowered, when the caller has it)."""
    patterns, _ = _scanner(names)
    positions: dict[str, list[int]] = {}
    if patterns is not None:
        at_start, after_non_word = patterns
        if lowered is None:
            lowered = _lowered(text)
        hit = at_start.match(lowered)
        if hit is not None:
            positions[hit.group()] = [0]
        search = after_non_word.search
        pos = 0
        while (hit := search(lowered, pos)) is not None:
            at = hit.start(1)
            positions.setdefault(hit.group(1), []).append(at)
            pos = at  # the next word start may be inside this one: "vice-premier" holds "premier"
    return positions


@dataclass(frozen=True)
class CompiledTable:
    name: str
    entries: tuple[Entry, ...]
    by_keyword: dict[str, tuple[int, ...]]
    everywhere: tuple[int, ...]  # entries without a usable key word: run on every line

    def matches(
        self, text: str, positions: dict[str, list[int]] | None = None, lowered: str | None = None
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
        canonical = _scanner(names)[1]
        lines: dict[tuple[int, int], set[int]] = {}
        for word, indices in self.by_keyword.items():
            for at in positions.get(canonical[word], ()):
                lines.setdefault((line_start(text, at), line_end(text, at)), set()).update(indices)
        if self.everywhere:
            for match in re.finditer(r"[^\n]+", text):
                lines.setdefault(match.span(), set()).update(self.everywhere)
        for (start, end), indices in sorted(lines.items()):
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


@cache
def compiled_table(name: str) -> CompiledTable:
    entries = load_table(name)
    by_keyword: dict[str, set[int]] = {}
    everywhere = []
    for index, entry in enumerate(entries):
        words = entry_keywords(entry)
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


def message_for(entry: Entry, match: re.Match[str], label: str) -> str:
    """The message: what was flagged, why, and the other alternatives,
    written as the suggestion is (groups filled in)."""
    others = entry.filled_alternatives(match)[1:]
    extra = f" (or: {', '.join(others)})" if others else ""
    return f"{label} {match.group()!r}: {entry.note}{extra}"


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
        for entry, match in compiled_table(table).matches(text, positions, lowered):
            start, end = match.span()
            if skip is not None and skip(ctx, start, end):
                continue
            yield rule.finding(
                ctx,
                start,
                end,
                message_for(entry, match, label(entry)),
                entry.suggestion(match),
                severity=entry.severity,
                category=entry.category,
                details=(("table", table), ("entry", entry.phrase)),
            )

    return check

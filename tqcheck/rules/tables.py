"""Substitution tables: their format, parsing and validation (the data of
the substitution kind, rules.kinds.substitution, read by TQ201 and TQ203).

A table is a TSV file in ``tqcheck/data`` with a header line and these
columns (``#`` starts a comment line; empty optional cells are allowed)::

    phrase  use_instead  kind  domain  severity  category  unless_before  unless_after  bad_example  good_example  note

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
``domain``
    The field of news the phrase belongs to (``DOMAINS``): ``parliament``
    (parliament and elections), ``government``, ``courts-police`` (courts,
    police, fire and rescue), ``weather``, ``media``, ``economy``, ``health``,
    ``education``, ``sport``, ``transport``, ``military`` or ``general``.
    `tqcheck rules TQ201` counts the entries of each; the finding carries it.
``severity``
    info, minor, major or critical. One Bulgarian phrase, one severity: two
    entries for variants of the same calque take the same (a test groups
    them by the Bulgarian words that open their notes).
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
    The Bulgarian original first, then why. Shown in the message, after the
    flagged words (cut to a few words: a message never repeats a sentence).

The tables are parsed once per process (load_table); the substitution
kind compiles and matches them. A check does not parse them: it reads
their precompiled form (PRECOMPILED, below), written from the tables by
``scripts/gen_substitution_tables.py`` and used only for a table whose
text is exactly the text it was made from.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple, dataclass
from functools import cache, cached_property
from typing import Any

from tqcheck.data import data_bytes, data_text
from tqcheck.model import Category, Severity
from tqcheck.positions import line_end, line_start
from tqcheck.rules.regex_source import Unreadable, capture_count, flexible_spaces, leading_words

COLUMNS = (
    "phrase",
    "use_instead",
    "kind",
    "domain",
    "severity",
    "category",
    "unless_before",
    "unless_after",
    "bad_example",
    "good_example",
    "note",
)
_CONTEXT = 80  # characters of context the unless_* patterns see
_FORBIDDEN = re.compile(r"\(\?P|\\[1-9]|\(\?<[a-zA-Z]")


# Each kind of entry and the words its message uses for it.
KINDS = {
    "false-friend": "false friend",
    "calque": "calque",
    "mistranslation": "mistranslation",
    "grammar": "grammar",
    "point-of-view": "Bulgarian point of view",
}


# The fields of news a table's entries belong to, in the order `tqcheck
# rules` lists them.
DOMAINS = (
    "parliament",
    "government",
    "courts-police",
    "weather",
    "media",
    "economy",
    "health",
    "education",
    "sport",
    "transport",
    "military",
    "general",
)


class TableError(ValueError):
    """A malformed data line, reported with its file and line number."""


@dataclass(frozen=True)
class Entry:
    """One line of a substitution table: the phrase (a regex), what to use
    instead, its kind, domain, severity and category, and its exceptions."""

    phrase: str
    use_instead: str
    kind: str  # a key of KINDS
    domain: str  # one of DOMAINS
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
        return flexible_spaces(self.phrase)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return _compiled_entry(self.body)

    @cached_property
    def leads(self) -> tuple[str, ...]:
        """Where a match can start, in the lower-cased text: the phrase's
        first literal word (``this was (said|...)`` -> ``this``), or the first
        words of a leading group (``(said|stated) for`` -> ``said, stated``).
        Empty when the phrase starts otherwise."""
        return tuple(sorted(leading_words(self.phrase) or ()))

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
    import csv  # only here: a check reads the tables precompiled

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
        for required in (
            "phrase", "use_instead", "kind", "domain", "severity", "category", "bad_example", "good_example", "note"
        ):
            if not cells[required]:
                raise TableError(f"{where}: the {required} column is empty")
        try:
            severity = Severity.parse(cells["severity"])
            category = Category.parse(cells["category"])
        except ValueError as exc:
            raise TableError(f"{where}: {exc}") from None
        if cells["kind"] not in KINDS:
            raise TableError(f"{where}: unknown kind {cells['kind']!r}, expected one of {', '.join(KINDS)}")
        if cells["domain"] not in DOMAINS:
            raise TableError(f"{where}: unknown domain {cells['domain']!r}, expected one of {', '.join(DOMAINS)}")
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
    except Unreadable:
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
    """The entries of ``tqcheck/data/<name>``, parsed once per process (or
    read from their precompiled form); each entry's regex is compiled the
    first time its key word is seen."""
    stored = precompiled(name)
    if stored is None:
        return parse_table(data_text(name), name, compile_patterns=False)
    entries = tuple(entry_from_row(row) for row in stored[0])
    for entry, leads in zip(entries, stored[2]):
        entry.__dict__["leads"] = leads  # the cached_property's value, read off the phrase when precompiled
    return entries


# --- the precompiled form ------------------------------------------------
#
# Parsing a table (csv, the enums, a frozen Entry a line, the checks) and
# reading the key words off its phrases (the substitution kind's
# keywords_of) cost a one-article check about 12 ms at every start, more
# than its rules take. The file holds, for each table, the table's whole
# text, its entries as plain rows, each entry's key words and leads, as
# precompile() makes them; a table is taken from it only when its text is
# the stored text, so an edited table that was not regenerated is parsed
# as before (and test_substitution_precompiled fails until it is).
PRECOMPILED = ("compiled", "substitution_tables.marshal")
PRECOMPILED_FORMAT = 3
_SEVERITIES = {s.value: s for s in Severity}
_CATEGORIES = {c.value: c for c in Category}


def entry_row(entry: Entry) -> tuple:
    """An entry as marshal can hold it: its fields in order, the severity
    and category as their values."""
    return tuple(v.value if isinstance(v, (Severity, Category)) else v for v in astuple(entry))


def entry_from_row(row: tuple) -> Entry:
    phrase, use_instead, kind, domain, severity, category, *rest = row
    return Entry(phrase, use_instead, kind, domain, _SEVERITIES[severity], _CATEGORIES[category], *rest)


def precompile(names: Iterable[str], keywords_of: Callable[[Entry], Any]) -> dict[str, tuple]:
    """{table name: (its text, its entries' rows, keywords_of each entry,
    each entry's leads)},
    parsed and validated as the tests do: the precompiled form's content.
    A set of key words is kept sorted (a set's order changes from run to
    run; the file should not)."""
    form = {}
    for name in sorted(names):
        text = data_text(name)
        entries = parse_table(text, name)
        keywords = (None if k is None else tuple(sorted(k)) for k in map(keywords_of, entries))
        form[name] = (text, tuple(map(entry_row, entries)), tuple(keywords), tuple(e.leads for e in entries))
    return form


@cache
def _precompiled_file() -> tuple[dict, Any]:
    """(the tables, what the substitution kind keeps beside them); nothing
    from a file that is missing, unreadable or of another format."""
    try:
        version, tables, extra = marshal.loads(data_bytes(*PRECOMPILED))
    except (OSError, EOFError, ValueError, TypeError):
        return {}, None
    return (tables, extra) if version == PRECOMPILED_FORMAT and isinstance(tables, dict) else ({}, None)


@cache
def precompiled(name: str) -> tuple[tuple[tuple, ...], tuple[Any, ...], tuple[tuple[str, ...], ...]] | None:
    """(entry rows, key words of each entry, leads of each entry) of table
    ``name`` from the precompiled form; None when it has none for the
    table's current text."""
    stored = _precompiled_file()[0].get(name)
    if stored is None or stored[0] != data_text(name):
        return None
    return stored[1], stored[2], stored[3]


def precompiled_extra() -> Any:
    """What the substitution kind stored beside the tables (the key-word
    scanner of the tables it registers): it checks it still fits them."""
    return _precompiled_file()[1]

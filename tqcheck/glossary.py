"""A terminology glossary (a termbase): source terms with the target terms a
translation must use, and target terms it must not use. TQ801 and TQ802
read it; ``--glossary FILE`` or ``glossary = "FILE"`` in the configuration
names it (a configuration's path is read from the configuration's folder).

Formats, by extension:

- ``.csv`` / ``.tsv``: one entry a row, ``source, target, forbidden``;
  alternatives inside a cell separated by ``|`` (``European Commission |
  Commission``). A first row whose cells are exactly ``source``,
  ``target`` (and ``forbidden``) is a header and may put the columns in
  another order. A row with an empty source only forbids its target terms
  (checked without a source too). Empty lines and lines starting with
  ``#`` are skipped.
- ``.tbx``: TermBase eXchange (ISO 30042): each ``termEntry``/``conceptEntry``
  is one entry; its terms in the source and target languages
  (``xml:lang``, matched on the language subtag) are the source terms and
  the required target terms, and a target term whose
  ``administrativeStatus`` is ``deprecatedTerm-admn-sts`` or
  ``supersededTerm-admn-sts`` (or a ``normativeAuthorization`` of
  ``deprecated``/``superseded``/``forbidden``) is forbidden.

Terms match whole words, case-insensitively, and inflected forms count:
each word of a term matches a word that starts with all of it but its last
two letters (four letters at least: Kommission ~ Kommissionen, комисия ~
комисията); in a language written without spaces (Chinese, Japanese) a
term matches where its letters stand.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from tqcheck.errors import InputError

# Cells, alternatives inside one: European Commission | Commission.
_ALTERNATIVES = re.compile(r"\s*\|\s*")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MIN_STEM = 4
ENDING = 2  # letters an inflection may change at the end of each word of a term
MAX_TERMS = 100_000
MAX_BYTES = 20 * 1024 * 1024  # as an input's default (inputs.DEFAULT_MAX_BYTES): a glossary is read whole


@dataclass(frozen=True)
class Entry:
    source: tuple[str, ...]  # source terms (any of them)
    target: tuple[str, ...]  # required target terms (any of them)
    forbidden: tuple[str, ...]  # target terms not to use
    line: int  # where the entry is in its file (1-based; TBX: the entry's number)


@dataclass(frozen=True)
class Glossary:
    path: str
    entries: tuple[Entry, ...]

    @cached_property
    def required(self) -> TermIndex:
        """The source terms of the entries that require target terms (TQ801)."""
        return TermIndex(tuple(e for e in self.entries if e.source and e.target), lambda e: e.source)

    @cached_property
    def forbidden(self) -> TermIndex:
        """The forbidden target terms (TQ802)."""
        return TermIndex(tuple(e for e in self.entries if e.forbidden), lambda e: e.forbidden)


def _terms(cell: str) -> tuple[str, ...]:
    return tuple(t for t in _ALTERNATIVES.split(cell.strip()) if t)


def _read_table(path: str, text: str, delimiter: str) -> tuple[Entry, ...]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error:  # a cell past the csv module's field limit (or an unclosed quote in strict mode)
        limit = csv.field_size_limit()
        raise InputError(f"{path}:{reader.line_num}: a cell is longer than {limit:,} characters") from None
    columns = {"source": 0, "target": 1, "forbidden": 2}
    start = 0
    first = [c.strip().lower() for c in rows[0]] if rows else []
    if first and set(first) >= {"source", "target"} and set(first) <= {"source", "target", "forbidden", "note"}:
        columns = {name: first.index(name) for name in ("source", "target", "forbidden") if name in first}
        start = 1
    entries = []
    for number, row in enumerate(rows[start:], start=start + 1):
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue

        def cell(name: str) -> str:
            index = columns.get(name)
            return row[index] if index is not None and index < len(row) else ""

        source, target, forbidden = _terms(cell("source")), _terms(cell("target")), _terms(cell("forbidden"))
        if source and not target and not forbidden:
            raise InputError(f"{path}:{number}: the source term {source[0]!r} has no target term and forbids nothing")
        if target and not source:
            raise InputError(f"{path}:{number}: target terms without a source term: put terms to avoid in the "
                             "third (forbidden) column")
        if not source and not forbidden:
            raise InputError(f"{path}:{number}: a row needs a source term, or target terms in the forbidden column")
        entries.append(Entry(source, target, forbidden, number))
    return tuple(entries)


_FORBIDDEN_STATUS = re.compile(r"deprecated|superseded|forbidden|admitted-not", re.I)


def _read_tbx(path: str, text: str, source_lang: str, target_lang: str) -> tuple[Entry, ...]:
    import xml.etree.ElementTree as ElementTree

    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise InputError(f"{path}: not a well-formed TBX file ({exc})") from None
    lang_key = "{http://www.w3.org/XML/1998/namespace}lang"

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    def base(tag: str) -> str:
        return tag.replace("_", "-").split("-")[0].lower()

    entries = []
    concepts = [e for e in root.iter() if local(e.tag) in ("termEntry", "conceptEntry")]
    for number, concept in enumerate(concepts, start=1):
        source: list[str] = []
        target: list[str] = []
        forbidden: list[str] = []
        for lang_set in (e for e in concept.iter() if local(e.tag) in ("langSet", "langSec")):
            lang = base(lang_set.get(lang_key, ""))
            for holder in (e for e in lang_set.iter() if local(e.tag) in ("tig", "ntig", "termSec")):
                term = next((e.text or "" for e in holder.iter() if local(e.tag) == "term"), "").strip()
                status = " ".join(
                    (e.text or "") for e in holder.iter()
                    if local(e.tag) in ("termNote", "descrip") and e.get("type") in ("administrativeStatus", "normativeAuthorization")
                )
                if not term:
                    continue
                if lang == base(source_lang):
                    source.append(term)
                elif lang == base(target_lang):
                    (forbidden if _FORBIDDEN_STATUS.search(status) else target).append(term)
        if (source and target) or forbidden:
            entries.append(Entry(tuple(source) if target else (), tuple(target), tuple(forbidden), number))
    if not concepts:
        raise InputError(f"{path}: no termEntry or conceptEntry: not a TBX termbase")
    return tuple(entries)


@lru_cache(maxsize=8)
def _load(path: str, stamp: float, source_lang: str, target_lang: str) -> Glossary:
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read the glossary ({exc.strerror or exc})") from None
    if len(raw) > MAX_BYTES:
        raise InputError(f"{path}: the glossary is larger than {MAX_BYTES:,} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: the glossary is not UTF-8 text") from None
    suffix = Path(path).suffix.lower()
    head = text[:2000].lower()
    if suffix == ".tbx" or (suffix == ".xml" and ("<martif" in head or "<tbx" in head)):
        entries = _read_tbx(path, text, source_lang, target_lang)
    elif suffix in (".tsv", ".tab", ".txt"):
        entries = _read_table(path, text, "\t")
    elif suffix == ".csv":
        entries = _read_table(path, text, ",")
    else:
        raise InputError(f"{path}: unknown glossary format {suffix or '(no extension)'}: use .csv, .tsv or .tbx")
    if len(entries) > MAX_TERMS:
        raise InputError(f"{path}: {len(entries):,} entries; at most {MAX_TERMS:,} are read")
    return Glossary(path, entries)


def load_glossary(path: str, source_lang: str, target_lang: str) -> Glossary:
    """The glossary in ``path`` (read once per change of the file); an
    InputError naming the file and line for anything it cannot read."""
    try:
        stamp = Path(path).stat().st_mtime
    except OSError as exc:
        raise InputError(f"{path}: cannot read the glossary ({exc.strerror or exc})") from None
    return _load(path, stamp, source_lang, target_lang)


# --- finding terms ---------------------------------------------------------------


def _unspaced(text: str) -> bool:
    from tqcheck.alignment.scripts import UNSPACED, char_script

    return any(char_script(ch) in UNSPACED for ch in text)


def _word_matches(term_word: str, word: str) -> bool:
    return _lower_word_matches(term_word.lower(), word.lower())


def _lower_word_matches(term_word: str, word: str) -> bool:
    if term_word == word:
        return True
    stem = max(MIN_STEM, len(term_word) - ENDING)
    return len(term_word) >= MIN_STEM and word.startswith(term_word[:stem]) and len(word) - stem <= 2 * ENDING + 2


def find_term(term: str, text: str) -> tuple[int, int] | None:
    """The span of ``term`` (or an inflected form of it) in ``text``."""
    if _unspaced(term):
        at = text.find(term)
        return None if at < 0 else (at, at + len(term))
    wanted = _WORD.findall(term)
    if not wanted:
        return None
    words = list(_WORD.finditer(text))
    for i in range(len(words) - len(wanted) + 1):
        if all(_word_matches(w, words[i + k].group(0)) for k, w in enumerate(wanted)):
            return words[i].start(), words[i + len(wanted) - 1].end()
    return None


class TermIndex:
    """The terms of some entries, filed so that a text finds the ones that
    may stand in it from its own words: a spaced term under its first
    word's stem (what find_term requires a word to start with; the word
    itself under four letters), a term of a script without spaces under its
    first character. Each candidate is then matched by find_term, so
    :meth:`matches` is what trying every term gives, at the cost of the
    text's words, not the glossary's size (entry by entry, a 20,000-entry
    glossary took over ten minutes on 2,000 sentences)."""

    def __init__(self, entries: tuple[Entry, ...], terms_of: Callable[[Entry], tuple[str, ...]]) -> None:
        self.entries = entries
        self._terms_of = terms_of
        # stem -> (entry, term, the term's words lower-cased)
        self._by_stem: dict[str, list[tuple[int, int, tuple[str, ...]]]] = {}
        self._by_char: dict[str, list[tuple[int, int]]] = {}
        for e, entry in enumerate(entries):
            for t, term in enumerate(terms_of(entry)):
                if _unspaced(term):
                    self._by_char.setdefault(term[0], []).append((e, t))
                    continue
                words = tuple(w.lower() for w in _WORD.findall(term))
                if words:
                    first = words[0]
                    stem = first if len(first) < MIN_STEM else first[: max(MIN_STEM, len(first) - ENDING)]
                    self._by_stem.setdefault(stem, []).append((e, t, words))

    def matches(self, text: str) -> list[tuple[Entry, str, tuple[int, int]]]:
        """(entry, term, span) of every term found in ``text`` (its first
        place, as find_term gives it), in the entries' order and each
        entry's terms' order."""
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        found = list(_WORD.finditer(text))
        words = [m.group(0).lower() for m in found]
        for at, word in enumerate(words):
            # the stems a term's first word matching this word could have
            for stem in (word, *(word[:end] for end in range(MIN_STEM, len(word)))):
                for e, t, wanted in self._by_stem.get(stem, ()):
                    if (e, t) in spans or at + len(wanted) > len(words):
                        continue
                    if all(_lower_word_matches(w, words[at + k]) for k, w in enumerate(wanted)):
                        spans[(e, t)] = (found[at].start(), found[at + len(wanted) - 1].end())
        if self._by_char:
            for e, t in {c for char in set(text) for c in self._by_char.get(char, ())}:
                span = find_term(self._terms_of(self.entries[e])[t], text)
                if span is not None:
                    spans[(e, t)] = span
        return [(self.entries[e], self._terms_of(self.entries[e])[t], spans[(e, t)]) for e, t in sorted(spans)]


GLOSSARY_RULES = ("TQ801", "TQ802")


def glossary_path(ctx: object, rule: object) -> str | None:
    """The glossary a rule reads: its ``glossary`` option (set by
    ``--glossary``, ``glossary =`` in the configuration, or the rule's own
    table), or None."""
    return rule.option(ctx, "glossary") or None  # type: ignore[attr-defined]


def with_glossary(rule_options: dict, path: str) -> dict:
    """``rule_options`` with ``path`` as the glossary of TQ801 and TQ802."""
    out = {code: dict(options) for code, options in rule_options.items()}
    for code in GLOSSARY_RULES:
        out.setdefault(code, {})["glossary"] = path
    return out

"""A Bulgarian abbreviation or an unexplained Bulgarian acronym.

## What it does
Flags Bulgarian abbreviations left in Cyrillic in a Latin-script target
(`лв.`, `млн.`, `хил.`, `г.`, `ОД МВР`, `УМБАЛ`...) at every use, and
Bulgarian acronyms transliterated into English but never explained
(`OD MVR`, `UMBAL`, `RZI`, `NZOK`, `DANS`, `GDBOP`, `the OD of the Burgas
Ministry of Internal Affairs`...) at their first use, unless an expansion
in parentheses follows it (`NZOK (the National Health Insurance Fund)`) or
it is itself the parenthesis after one (`the National Revenue Agency
(NAP)`). The list, with meanings and replacements, is the data file
`tqcheck/data/bg_acronyms.tsv`; acronyms English uses itself (NATO, EU,
BGN, GDP) and media names (BNT, BNR, NOVA) are not in it. Every Cyrillic
acronym there also stands for the Latin spellings machine translation
gives it (НСО -> NSO, МОН -> MON, ИТН -> ITN) and its English initials
(MOES), derived into `bg_institutions.tsv` by
`scripts/gen_acronym_tables.py`, less those English uses itself (BNT, BNB)
or for something else (SOS, API: `intl_acronyms.txt`, `en_acronyms.tsv`).
Matching is case-sensitive, so an English word (`mon`, `nap`, `ban`) is
never taken for one. Cyrillic abbreviations are major; an unexplained
acronym is minor.

## Why
Machine translation copies Bulgarian abbreviations it does not know, or
transliterates acronyms letter by letter. An English reader cannot
expand `UMBAL` or `RZI`, and `лв.` is not even in their alphabet.

## Example
    The repairs cost 500 лв. and took a week.
    Prices rose by 3 млн. euros in 2024.
    The accident happened in May 2025 г. near the city.
    The ОД МВР in Burgas said the driver was detained.
    The OD of the Burgas Ministry of Internal Affairs specifies that the boy was driving.
    The Syrian was taken for examination to UMBAL - Burgas with a chest injury.
    Officers from GDBOP detained five people.
    The RZI in Varna ordered checks.
    The NSO guards the president.
    ITN have never been a political subject.
    The MON announced new rules for the exams.
    "Metropolitan" AD will not suspend its working hours.

## Use instead
    The repairs cost BGN 500 and took a week.
    The Burgas Regional Police Directorate said the driver was detained.
    The Syrian was taken to the university hospital in Burgas.
    The OD of the Burgas police station is a small office.
    NZOK (the National Health Insurance Fund) will pay for the treatment.
    The National Revenue Agency (NAP) started an audit.
    NATO and the EU welcomed the decision, BNT reported.
    The GDP grew by 2%, and the BGN exchange rate held.
    The National Protection Service (NSO) guards the president.
    The SOS call came at noon, and the API returned an error.
    The city was founded in 100 AD and rebuilt in AD 400.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from tqcheck.data import data_text
from tqcheck.locale import base_language
from tqcheck.model import Category, Severity
from tqcheck.rules._scripts import HAS_CYRILLIC, LATIN_TARGETS, foreign_segments, has_script
from tqcheck.rules.base import make_rule


def severities() -> tuple[Severity, ...]:
    """The severities its findings take, lowest first (`tqcheck rules`
    shows the range): an unexplained acronym is minor, Cyrillic major."""
    return (Severity.MINOR, Severity.MAJOR)


@dataclass(frozen=True)
class Entry:
    spellings: tuple[str, ...]
    meaning: str
    use_instead: str
    pattern: str | None
    cyrillic: bool


@dataclass(frozen=True)
class Table:
    cyrillic_spellings: tuple[str, ...]
    cyrillic_lookup: dict[str, Entry]
    latin_spellings: tuple[str, ...]
    latin_lookup: dict[str, Entry]
    latin_patterns: tuple[tuple[re.Pattern[str], Entry], ...]

    # Each alternation is compiled the first time a text needs it: an
    # English text without Cyrillic never needs the Cyrillic one (compiling
    # it is a few milliseconds of every start-up).
    @cached_property
    def cyrillic(self) -> re.Pattern[str] | None:
        return _compile(self.cyrillic_spellings)

    @cached_property
    def latin(self) -> re.Pattern[str] | None:
        return _compile(self.latin_spellings)


def _norm(s: str) -> str:
    """Each run of white space as one space. Nearly every spelling has only
    single ASCII spaces, and every other white-space character is not
    printable: those are returned as they are (the table normalises a
    thousand of them at each start; re.sub costs a millisecond)."""
    if "  " not in s and s.isprintable():
        return s
    return re.sub(r"\s+", " ", s)


def _tail(spelling: str) -> str:
    """The regex for a spelling after its first letter."""
    body = re.escape(spelling[1:]).replace(r"\ ", r"\s+")
    if not spelling.endswith("."):
        body += r"(?![^\W_])"
    return body


def _compile(spellings: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation, longest first. It starts with the alternatives
    themselves (no look-behind, no inline flags) so that the regex engine
    can skip ahead by their first letters: the left word boundary is checked
    by the caller. Lower-case abbreviations also match capitalised
    (sentence-initial Млн.). The alternatives are grouped by first letter:
    at a capital the engine tries one group, not every acronym (a third of
    the rule's time), and as spellings in different groups never match at
    the same place, the longest still wins."""
    if not spellings:
        return None
    variants = set(spellings) | {s[:1].upper() + s[1:] for s in spellings if s == s.lower()}
    groups: dict[str, list[str]] = {}
    for spelling in sorted(variants, key=lambda s: (-len(s), s)):  # one pattern whatever the set order
        groups.setdefault(spelling[0], []).append(_tail(spelling))
    alternation = "|".join(f"{re.escape(first)}(?:{'|'.join(tails)})" for first, tails in groups.items())
    return re.compile(f"(?:{alternation})")


@cache
def table() -> Table:
    text = data_text("bg_acronyms.tsv")
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        spellings = tuple(s.strip() for s in cols[0].split("|") if s.strip())
        pattern = cols[3].strip() if len(cols) > 3 and cols[3].strip() else None
        entries.append(
            Entry(spellings, cols[1].strip(), cols[2].strip(), pattern, bool(HAS_CYRILLIC.search(cols[0])))
        )
    cyr_lookup: dict[str, Entry] = {}
    lat_lookup: dict[str, Entry] = {}
    patterns = []
    for e in entries:
        if e.pattern is not None:
            patterns.append((re.compile(e.pattern), e))
            continue
        lookup = cyr_lookup if e.cyrillic else lat_lookup
        for s in e.spellings:
            lookup.setdefault(_norm(s), e)
            lookup.setdefault(_norm(s).lower(), e)
    for e in _institution_entries(cyr_lookup, lat_lookup):
        entries.append(e)
        for s in e.spellings:
            lat_lookup.setdefault(_norm(s), e)
    cyr = tuple(s for e in entries if e.cyrillic and e.pattern is None for s in e.spellings)
    lat = tuple(s for e in entries if not e.cyrillic and e.pattern is None for s in e.spellings)
    return Table(
        cyrillic_spellings=cyr,
        cyrillic_lookup=cyr_lookup,
        latin_spellings=lat,
        latin_lookup=lat_lookup,
        latin_patterns=tuple(patterns),
    )


# Shorter Latin spellings are too often something else (OD, PP, DB need
# the context that bg_acronyms.tsv's own entries give them).
_MIN_DERIVED = 3
_MIN_INITIALS = 4


def _institution_entries(cyr_lookup: dict[str, Entry], lat_lookup: dict[str, Entry]) -> list[Entry]:
    """Latin entries derived from bg_institutions.tsv (generated from the
    Cyrillic acronyms of bg_acronyms.tsv): the transliterations MT gives a
    Bulgarian acronym (НСО -> NSO, МОН -> MON) and its English initials
    (MOES), unless English uses them itself (accepted: BNT, BNB) or for
    something else (collides: SOS, API), or bg_acronyms.tsv lists them."""
    text = data_text("bg_institutions.tsv")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cyrillic, latin, english, initials, accepted, collides = (line.split("\t") + [""] * 6)[:6]
        source = cyr_lookup.get(cyrillic)
        if accepted == "yes" or source is None:
            continue
        skip = {c.strip() for c in collides.split("|")}
        spellings = [s.strip() for s in latin.split("|") if len(s.strip()) >= _MIN_DERIVED]
        spellings += [s.strip() for s in initials.split("|") if len(s.strip()) >= _MIN_INITIALS]
        spellings = [s for s in dict.fromkeys(spellings) if s not in skip and _norm(s) not in lat_lookup]
        if spellings:
            out.append(Entry(tuple(spellings), f"{english}, {cyrillic}", source.use_instead, None, False))
    return out


def _lookup(lookup: dict[str, Entry], found: str) -> Entry | None:
    key = _norm(found)
    return lookup.get(key) or lookup.get(key.lower())


def cyrillic_matches(ctx) -> list[tuple[int, int, Entry]]:
    """Cyrillic abbreviations outside mostly-Cyrillic segments (TQ301 skips
    these spans so that no span is reported twice)."""
    text = ctx.text
    if not has_script(ctx, cyrillic=True):
        return []
    t = table()
    if t.cyrillic is None:
        return []
    skip = foreign_segments(ctx)
    found = []
    for m in t.cyrillic.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            continue
        seg = ctx.segment_at(m.start())
        if seg is None or seg.id in skip:
            continue
        entry = _lookup(t.cyrillic_lookup, m.group())
        if entry is not None:
            found.append((m.start(), m.end(), entry))
    return found


_PAREN_AFTER = re.compile(r"[ \t\u00a0]*\(([^()\n]{3,150})\)")
_OPEN_BEFORE = re.compile(r"[^\W\d_]+[^\w(]+[^\W\d_]{2,}[ \t\u00a0]*\([ \t\u00a0]*$")
_CLOSE_AFTER = re.compile(r"[ \t\u00a0]*[),;/]")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def explained(text: str, start: int, end: int) -> bool:
    """An expansion in parentheses right after the acronym, or the acronym
    in parentheses right after (at least two words of) an expansion."""
    after = _PAREN_AFTER.match(text, end)
    if after is not None and len(_WORDS.findall(after.group(1))) >= 2:
        return True
    return bool(_OPEN_BEFORE.search(text, max(0, start - 120), start)) and bool(_CLOSE_AFTER.match(text, end))


def _mostly_upper(piece: str) -> bool:
    letters = [c for c in piece if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _glued(text: str, start: int) -> bool:
    """A word character (or a dot, slash, @, hyphen: a domain, a path, a
    compound) right before ``start``."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_./@-")


def _latin_matches(ctx):
    text = ctx.text
    t = table()
    if t.latin is not None:
        for m in t.latin.finditer(text):
            if _glued(text, m.start()):
                continue
            entry = _lookup(t.latin_lookup, m.group())
            if entry is not None:
                yield m, entry, entry.use_instead
    for pattern, entry in t.latin_patterns:
        for m in pattern.finditer(text):
            if _glued(text, m.start()):
                continue
            place = m.groupdict().get("place")
            use = entry.use_instead.replace("{place}", place or "").strip()
            yield m, entry, use


# An institution named the Bulgarian way, acronym - town: "UMBAL - Burgas".
_TOWN_AFTER = re.compile(r"[ \t\u00a0]*[-–—][ \t\u00a0]*([A-Z][a-z]+(?:[ \t\u00a0][A-Z][a-z]+)?)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|this|that|his|her|their|our|whose)[ \t\u00a0]+$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:][ \t\u00a0\"“”„«»]+|[\r\n])[ \t\u00a0\"“„«(]*$")


def _fitted(text: str, seg_start: int, start: int, use: str) -> str:
    """The suggestion as it must read in place: a table's leading "the "
    dropped after a determiner, and capitalised at a sentence start."""
    before = text[max(seg_start, start - 40) : start]
    if use.startswith("the ") and _DETERMINER_BEFORE.search(before):
        use = use[4:]
    if _SENTENCE_START.search(text, max(seg_start, start - 6), start) or start == seg_start:
        use = use[:1].upper() + use[1:]
    return use


def check(rule, ctx):
    for start, end, entry in cyrillic_matches(ctx):
        found = ctx.text[start:end]
        message = f"Bulgarian abbreviation {found!r} ({entry.meaning}) left in Cyrillic"
        suggestion: str | None = entry.use_instead
        if suggestion.startswith("("):
            # An instruction, not replacement text ("(year; delete)"): say it,
            # suggest nothing.
            message, suggestion = f"{message}: {suggestion.strip('()')}", None
        yield rule.finding(ctx, start, end, message, suggestion, severity=Severity.MAJOR)
    if not (base_language(ctx.target_lang) == "en" and base_language(ctx.source_lang) == "bg"):
        return
    text = ctx.text
    seen: set[Entry] = set()
    for m, entry, use in sorted(_latin_matches(ctx), key=lambda x: x[0].start()):
        if entry in seen:
            continue
        seg = ctx.segment_at(m.start())
        if seg is None or _mostly_upper(text[seg.start : seg.end]):
            continue
        seen.add(entry)  # only the first use counts: explained or not
        if explained(text, m.start(), m.end()):
            continue
        start, end = m.span()
        found = m.group()
        acronym = next((s for s in entry.spellings if s == found), None)
        if acronym is None:
            # A pattern's match: the acronym with half of it translated.
            what = f"{found!r} keeps the Bulgarian acronym {entry.spellings[0]!r} ({entry.meaning}), which"
        else:
            what = f"{found!r} is a Bulgarian acronym ({entry.meaning}) that"
        town = _TOWN_AFTER.match(text, end) if "{place}" not in entry.use_instead else None
        if town is not None:
            end = town.end()
            use = f"{use} in {town.group(1)}"
        yield rule.finding(
            ctx,
            start,
            end,
            f"{what} English readers will not know; write it out, or explain it in parentheses at its first use",
            _fitted(text, seg.start, start, use),
            severity=Severity.MINOR,
        )


RULE = make_rule(
    __doc__,
    code="TQ303",
    name="bulgarian-abbreviation",
    # The default is the common case, an acronym; Cyrillic left in the text is major.
    severity=Severity.MINOR,
    category=Category.UNTRANSLATED,
    check=check,
    target_langs=LATIN_TARGETS,
    severities=severities,
)

"""Locale facts from CLDR: quotation marks, number and date formats, scripts.

Quotation marks come from CLDR's delimiters data, shipped as a generated
file (``scripts/gen_cldr_quotes.py``; Babel does not carry them), and so do
the scripts and letters of each language (``scripts/gen_cldr_characters.py``,
CLDR's exemplar characters). Decimal and group separators, grouping, percent
and short date patterns and the words of magnitudes and units come from
Babel, which carries CLDR's number and date data for every locale, through
generated tables (``scripts/gen_cldr_numbers.py``). Everything is read
lazily: a rule that needs none of it pays nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property

from tqcheck.data import data_text, has_data_file


@dataclass(frozen=True)
class QuoteMarks:
    """A language's quotation marks: the primary pair and the alternative
    (inner) pair."""

    open: str
    close: str
    alt_open: str
    alt_close: str

    @property
    def all(self) -> frozenset[str]:
        return frozenset((self.open, self.close, self.alt_open, self.alt_close))


@cache
def _delimiters() -> dict:
    return json.loads(data_text("cldr_delimiters.json"))


def cldr_version() -> str:
    """The CLDR releases behind the locale facts: quotation marks, then number
    symbols when those come from another release ("48.2.0/49"). Both change
    findings, so the signature carries both."""
    quotes, numbers = _delimiters()["cldr_version"], _number_data()["cldr_version"]
    return quotes if quotes == numbers else f"{quotes}/{numbers}"


# A BCP-47 language tag without extensions: language, script, region, variants
# (en, en-GB, pt-BR, zh-Hant, de-CH-1901, es-419); "_" is accepted for "-".
_TAG = re.compile(
    r"(?P<lang>[A-Za-z]{2,3})(?:-(?P<script>[A-Za-z]{4}))?(?:-(?P<region>[A-Za-z]{2}|\d{3}))?"
    r"(?P<variants>(?:-(?:[A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*)"
)


def canonical_tag(tag: str) -> str:
    """``tag`` with BCP-47 casing and "-" separators (en_gb -> en-GB);
    ValueError when it is not a language tag."""
    match = _TAG.fullmatch(tag.strip().replace("_", "-"))
    if match is None:
        raise ValueError(f"{tag!r} is not a language tag (examples: en, en-GB, pt-BR, zh-Hant)")
    parts = [match["lang"].lower()]
    if match["script"]:
        parts.append(match["script"].title())
    if match["region"]:
        parts.append(match["region"].upper())
    parts += [v.lower() for v in match["variants"].split("-") if v]
    return "-".join(parts)


def base_language(tag: str) -> str:
    """The language subtag: en for en-GB, en_US or EN."""
    return tag.replace("_", "-").split("-", 1)[0].lower()


def _candidates(locale: str) -> list[str]:
    """Tags to try, most specific first: the tag cut back subtag by subtag.
    When CLDR splits a language by script (zh-Hant, sr-Latn) and the tag
    names none, Babel's likely script for it comes first (zh-TW is zh-Hant-TW)."""
    tag = locale.replace("_", "-")
    parts = tag.split("-")
    table = _delimiters()["locales"]
    scripted = len(parts) > 1 and not re.fullmatch(r"[A-Za-z]{4}", parts[1]) and any(
        k.startswith(parts[0] + "-") and re.fullmatch(r"[A-Z][a-z]{3}", k.split("-")[1]) for k in table
    )
    if scripted:
        script = _likely_script(tag)
        if script:
            parts = [parts[0], script, *parts[1:]]
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


def _likely_script(tag: str) -> str | None:
    from babel import Locale, UnknownLocaleError  # lazy: only for languages CLDR splits by script

    try:
        return Locale.parse(tag.replace("-", "_")).script
    except (UnknownLocaleError, ValueError):
        return None


def _lookup(locale: str) -> list[str]:
    table = _delimiters()["locales"]
    for tag in _candidates(locale):
        if tag in table:
            return table[tag]
    raise LookupError(f"no CLDR quotation marks for locale {locale!r}")


def quote_marks(locale: str) -> QuoteMarks:
    return QuoteMarks(*_lookup(locale))


# The double quote marks the quotation scanner reads (rules.kinds.quotes):
# CLDR's single marks (‘ ’ ‚ ‹ ›) double as apostrophes and are not paired.
DOUBLE_MARKS = "\"“”„«»‟「」『』"


@dataclass(frozen=True)
class QuoteConventions:
    """How a language quotes: CLDR's marks, the other pairs its style guides
    accept, and how its news treats straight double quotes
    (tqcheck/data/quote_conventions.tsv, with the measurements behind it)."""

    marks: QuoteMarks
    straight: str = "minor"  # "accepted" | "info" | "minor"
    also: tuple[tuple[str, str], ...] = ()

    @property
    def pairs(self) -> frozenset[tuple[str, str]]:
        m = self.marks
        return frozenset({(m.open, m.close), (m.alt_open, m.alt_close), *self.also})

    @property
    def accepted(self) -> frozenset[str]:
        return self.marks.all | {c for pair in self.also for c in pair}

    @property
    def nesting(self) -> dict[str, frozenset[str]]:
        """Opening mark -> the other opening marks that may open a quotation
        inside it: the language's pairs nest in one another (ru «…„…“…»,
        ro „…«…»…”, es «…“…”…», ja 「…『…』…」). Only double marks."""
        openers = {o for o, _ in self.pairs if o in DOUBLE_MARKS and o != '"'}
        return {o: frozenset(openers - {o}) for o in openers if len(openers) > 1}

    @property
    def straight_differs(self) -> bool:
        """CLDR's primary marks are not straight and straight ones are not the
        language's practice."""
        return self.straight != "accepted" and '"' not in (self.marks.open, self.marks.close)


@cache
def _conventions_table() -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    text = data_text("quote_conventions.tsv")
    table = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        tag, straight, also, _why = line.split("\t")
        if straight not in ("accepted", "info", "minor"):
            raise ValueError(f"quote_conventions.tsv:{number}: straight must be accepted, info or minor, not {straight!r}")
        pairs = tuple((p[0], p[1]) for p in also.split())
        if any(len(p) != 2 for p in also.split()):
            raise ValueError(f"quote_conventions.tsv:{number}: each pair in 'also' is two marks, got {also!r}")
        table[tag] = (straight, pairs)
    return table


@cache
def quote_conventions(locale: str) -> QuoteConventions:
    table = _conventions_table()
    row = next((table[t] for t in _candidates(locale) if t in table), None)
    marks = quote_marks(locale)
    if row is None:
        return QuoteConventions(marks)
    return QuoteConventions(marks, straight=row[0], also=row[1])


def known_locale(locale: str) -> bool:
    """CLDR has both the quotation marks (cut back to the language at worst)
    and the number symbols (Babel) for ``locale``; "und" is no language."""
    if base_language(locale) == "und":
        return False
    try:
        _lookup(locale)
        number_symbols(locale)
    except (LookupError, ValueError):
        return False
    return True


@dataclass(frozen=True)
class NumberSymbols:
    """CLDR's number and date facts for a locale (Latin digits)."""

    decimal: str
    group: str
    # Digits per group: the first group from the right, then the others
    # (3, 3; Indian 3, 2 as in 1,00,000).
    grouping: tuple[int, int] = (3, 3)
    # The fewest digits before the first group for grouping to apply: 2 where
    # a four-digit number stands ungrouped (es 1234 but 12.345).
    minimum_grouping: int = 1
    percent: str = "#,##0%"  # CLDR's percent pattern: de "#,##0\u00a0%", tr "%#,##0"
    date: str = "M/d/yy"  # CLDR's short date pattern: de "dd.MM.yy"

    @property
    def groups_four_digits(self) -> bool:
        return self.minimum_grouping <= 1

    @property
    def date_order(self) -> str:
        """The order of day, month and year in the short date: "mdy", "dmy", "ymd"."""
        order = ""
        for ch in self.date:
            if ch in "dMy" and ch.lower() not in order:
                order += ch.lower()
        return order

    @property
    def date_separator(self) -> str:
        """What separates the fields of the short date ("/", ".", "-", ". ")."""
        match = re.search(r"[dMy]+([^dMy']+?)[dMy]", self.date)
        return match.group(1).replace("\u200f", "") if match else "/"


@cache
def _number_data() -> dict:
    # Generated from Babel by scripts/gen_cldr_numbers.py: loading Babel's
    # locale data costs ~13 ms a run, a tenth of a whole seed check.
    return json.loads(data_text("cldr_numbers.json"))


def _number_table() -> dict[str, list[str]]:
    return _number_data()["locales"]


def _symbols(row: list[str]) -> NumberSymbols:
    decimal, group, grouping, minimum, percent, date = row
    primary, _, secondary = grouping.partition(",")
    return NumberSymbols(
        decimal=decimal,
        group=group,
        grouping=(int(primary), int(secondary or primary)),
        minimum_grouping=int(minimum),
        percent=percent,
        date=date,
    )


@cache
def number_symbols(locale: str) -> NumberSymbols:
    known = _number_table().get(locale)
    if known is not None:
        return _symbols(known)
    # Other tags (zh-TW, sr-Latn: likely subtags, scripts) as Babel parses them.
    from babel import Locale, UnknownLocaleError  # lazy: rare tags only

    try:
        parsed = Locale.parse(locale.replace("-", "_"))
        symbols = parsed.number_symbols["latn"]
    except (UnknownLocaleError, ValueError):
        raise LookupError(f"no CLDR number symbols for locale {locale!r}") from None
    primary, secondary = parsed.decimal_formats[None].grouping
    # Babel does not carry minimumGroupingDigits: the table's row for the
    # language (generated from CLDR's JSON) gives it.
    base = _number_table().get(base_language(locale))
    return NumberSymbols(
        decimal=symbols["decimal"],
        group=symbols["group"],
        grouping=(primary, secondary),
        minimum_grouping=int(base[3]) if base else 1,
        percent=parsed.percent_formats[None].pattern,
        date=parsed.date_formats["short"].pattern,
    )


@cache
def _number_conventions() -> dict[str, bool]:
    text = data_text("number_conventions.tsv")
    table = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        tag, space_groups, _why = line.split("\t")
        if space_groups not in ("yes", "no"):
            raise ValueError(f"number_conventions.tsv:{number}: space_groups must be yes or no, not {space_groups!r}")
        table[tag] = space_groups == "yes"
    return table


def space_groups_accepted(locale: str) -> bool:
    """The language also groups thousands with a space (es: RAE's
    recommendation; tqcheck/data/number_conventions.tsv)."""
    table = _number_conventions()
    return next((table[t] for t in _candidates(locale) if t in table), False)


@cache
def _orthography() -> dict[str, bool]:
    text = data_text("orthography.tsv")
    table = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        tag, capitalised, _why = line.split("\t")
        if capitalised not in ("yes", "no"):
            raise ValueError(f"orthography.tsv:{number}: capitalised_nouns must be yes or no, not {capitalised!r}")
        table[tag] = capitalised == "yes"
    return table


def capitalises_nouns(locale: str) -> bool:
    """Every noun is capitalised in the language (German): a capital does
    not make a name (tqcheck/data/orthography.tsv)."""
    table = _orthography()
    return next((table[t] for t in _candidates(locale) if t in table), False)


@cache
def _repeated_words() -> dict[str, frozenset[str]]:
    text = data_text("repeated_words.tsv")
    table = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not parts[1].strip():
            raise ValueError(f"repeated_words.tsv:{number}: expected a tag, words and why")
        table[parts[0]] = frozenset(parts[1].split())
    return table


def doubled_by_grammar(locale: str) -> frozenset[str]:
    """The words ``locale``'s grammar repeats (had had, nous nous):
    tqcheck/data/repeated_words.tsv."""
    table = _repeated_words()
    return next((table[t] for t in _candidates(locale) if t in table), frozenset())


_SPACING_VALUES = ("none", "nbsp", "nnbsp", "-")


@cache
def _spacing_table() -> dict[str, dict[str, tuple[str, str]]]:
    text = data_text("punctuation_spacing.tsv")
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        tag, mark, before, inside, *_why = line.split("\t")
        if before not in _SPACING_VALUES or inside not in _SPACING_VALUES or len(mark) != 1:
            raise ValueError(f"punctuation_spacing.tsv:{number}: expected a mark and none, nbsp, nnbsp or -")
        table.setdefault(tag, {})[mark] = (before, inside)
    return table


@cache
def punctuation_spacing(locale: str) -> dict[str, tuple[str, str]]:
    """mark -> (space before it, space inside it for « »): "none", "nbsp",
    "nnbsp" or "-" (not checked), from tqcheck/data/punctuation_spacing.tsv
    (French wants a space before ; : ! ?, other languages none)."""
    table = _spacing_table()
    rows = dict(table.get("*", {}))
    for tag in reversed(_candidates(locale)):  # the language, then its region: the most specific wins
        rows.update(table.get(tag, {}))
    return rows


@cache
def _language_words(lang: str) -> dict[str, list[str]]:
    # One small file a language, generated with the number table
    # (scripts/gen_cldr_numbers.py): a check reads its target's alone.
    name = f"{lang}.json"
    if not re.fullmatch(r"[a-z]{2,3}", lang) or not has_data_file("cldr_words", name):
        return {}
    return json.loads(data_text("cldr_words", name))


def unit_words(locale: str, durations: bool = True) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words a number stands before, words it stands after) in the
    language of ``locale``, from CLDR: magnitudes (Millionen, Mio.) and
    common units (Kilometer, km, %), with the units of time (Jahre, года)
    unless ``durations`` is false; tr `yüzde` comes before the number."""
    row = _language_words(base_language(locale))
    after = tuple(row.get("after", ())) + (tuple(row.get("durations", ())) if durations else ())
    return after, tuple(row.get("before", ()))


def month_names(locale: str) -> frozenset[str]:
    """The language's month names and their abbreviations, in lower case (CLDR)."""
    return frozenset(_language_words(base_language(locale)).get("months", ()))


# --- scripts and letters (CLDR exemplar characters) ---------------------------


@cache
def _characters() -> dict[str, list[str]]:
    # Generated by scripts/gen_cldr_characters.py from CLDR's exemplar characters.
    return json.loads(data_text("cldr_characters.json"))["locales"]


def _character_row(locale: str) -> list[str] | None:
    table = _characters()
    for tag in _candidates(locale):
        if tag in table:
            return table[tag]
    return None


@cache
def locale_scripts(locale: str) -> frozenset[str]:
    """The scripts the locale is written in (ISO 15924: Latn, Cyrl, Hani...),
    from CLDR's exemplar characters: sr Cyrl, sr-Latn Latn, ja Hani Hira Kana.
    Latin is always among a locale's scripts when it is its only one; an
    empty set means CLDR has no data."""
    row = _character_row(locale)
    return frozenset(row[0].split()) if row else frozenset()


@cache
def alphabet(locale: str) -> tuple[frozenset[str], frozenset[str]]:
    """(main letters, auxiliary letters) in lower case for a locale written
    in an alphabet (empty for Han, Hangul and unknown locales): de has ä ö
    ü ß, and á è as auxiliary (loanwords)."""
    row = _character_row(locale)
    if not row:
        return frozenset(), frozenset()
    return frozenset(row[1]), frozenset(row[2])


@dataclass(frozen=True)
class LocaleFacts:
    """What the rules know of the source and target languages (quotes,
    number formats...), each fact read when first asked for."""

    source_lang: str
    target_lang: str

    @cached_property
    def target_quotes(self) -> QuoteMarks:
        return quote_marks(self.target_lang)

    @cached_property
    def target_conventions(self) -> QuoteConventions:
        return quote_conventions(self.target_lang)

    @cached_property
    def source_conventions(self) -> QuoteConventions:
        return quote_conventions(self.source_lang)

    @cached_property
    def source_quotes(self) -> QuoteMarks:
        return quote_marks(self.source_lang)

    @cached_property
    def target_numbers(self) -> NumberSymbols:
        return number_symbols(self.target_lang)

    @cached_property
    def source_numbers(self) -> NumberSymbols:
        return number_symbols(self.source_lang)

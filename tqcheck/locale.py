"""Locale facts from CLDR: quotation marks and number symbols.

Quotation marks come from CLDR's delimiters data, shipped as a generated
file (``scripts/gen_cldr_quotes.py``; Babel does not carry them). Decimal and
group separators come from Babel, which carries CLDR number symbols for every
locale. Both are read lazily: a rule that needs neither pays nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources


@dataclass(frozen=True)
class QuoteMarks:
    open: str
    close: str
    alt_open: str
    alt_close: str

    @property
    def all(self) -> frozenset[str]:
        return frozenset((self.open, self.close, self.alt_open, self.alt_close))


@cache
def _delimiters() -> dict:
    return json.loads(resources.files("tqcheck.data").joinpath("cldr_delimiters.json").read_text("utf-8"))


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
    decimal: str
    group: str


@cache
def _number_data() -> dict:
    # Generated from Babel by scripts/gen_cldr_numbers.py: loading Babel's
    # locale data costs ~13 ms a run, a tenth of a whole seed check.
    return json.loads(resources.files("tqcheck.data").joinpath("cldr_numbers.json").read_text("utf-8"))


def _number_table() -> dict[str, list[str]]:
    return _number_data()["locales"]


def number_symbols(locale: str) -> NumberSymbols:
    known = _number_table().get(locale)
    if known is not None:
        return NumberSymbols(decimal=known[0], group=known[1])
    # Other tags (zh-TW, sr-Latn: likely subtags, scripts) as Babel parses them.
    from babel import Locale, UnknownLocaleError  # lazy: rare tags only

    try:
        symbols = Locale.parse(locale.replace("-", "_")).number_symbols["latn"]
    except UnknownLocaleError:
        raise LookupError(f"no CLDR number symbols for locale {locale!r}") from None
    return NumberSymbols(decimal=symbols["decimal"], group=symbols["group"])


@dataclass(frozen=True)
class LocaleFacts:
    source_lang: str
    target_lang: str

    @cached_property
    def target_quotes(self) -> QuoteMarks:
        return quote_marks(self.target_lang)

    @cached_property
    def source_quotes(self) -> QuoteMarks:
        return quote_marks(self.source_lang)

    @cached_property
    def target_numbers(self) -> NumberSymbols:
        return number_symbols(self.target_lang)

    @cached_property
    def source_numbers(self) -> NumberSymbols:
        return number_symbols(self.source_lang)

"""Locale facts from CLDR: quotation marks and number symbols.

Quotation marks come from CLDR's delimiters data, shipped as a generated
file (``scripts/gen_cldr_quotes.py``; Babel does not carry them). Decimal and
group separators come from Babel, which carries CLDR number symbols for every
locale. Both are read lazily: a rule that needs neither pays nothing.
"""

from __future__ import annotations

import json
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
    return _delimiters()["cldr_version"]


def _lookup(locale: str) -> list[str]:
    table = _delimiters()["locales"]
    tag = locale.replace("_", "-")
    while tag:
        if tag in table:
            return table[tag]
        tag = tag.rpartition("-")[0]
    raise LookupError(f"no CLDR quotation marks for locale {locale!r}")


def quote_marks(locale: str) -> QuoteMarks:
    return QuoteMarks(*_lookup(locale))


def known_locale(locale: str) -> bool:
    try:
        _lookup(locale)
    except LookupError:
        return False
    return True


@dataclass(frozen=True)
class NumberSymbols:
    decimal: str
    group: str


def number_symbols(locale: str) -> NumberSymbols:
    from babel import Locale  # lazy: only number rules need Babel

    symbols = Locale.parse(locale.replace("-", "_")).number_symbols["latn"]
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

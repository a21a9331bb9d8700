"""Months and days of the week named in a sentence, in any language CLDR
knows (Babel's calendar names), for comparing a translation's dates with
its source's.

Each mention has the CLDR concepts it may name (``M:9`` September, ``D:2``
Wednesday: the keys of cldr_names) read two ways:

- loosely, for finding a name of the other side: any inflected form
  (субботу, в феврале), a month given in figures (29.09.2018, 9月), so
  that a date written another way still counts as there;
- strictly, for saying a name is there at all: CLDR's full form as
  written, or an inflection of it (среду of среда), an abbreviation only
  beside a day or a year (Sept. 29, 6 Nov), an inflection only with the
  capital the name has or has not (Martin is no martie, Romanian for
  March) but at the start of a sentence. A form that its language's word
  list has far more often than the median of its months or days is also
  another word (English may, Romanian mai, more, and luni, months; среди,
  among, beside среда): strict only beside a day or a year (May 4, 4 mai;
  not 2,8% mai mulți, 2.8% more), and
  never for an inflection. So is a number word (Greek names days by
  counting: τρίτη, third, is Τρίτη, Tuesday; δεύτερη, second, is an
  inflection of Δευτέρα, Monday): strict only as the full name, with the
  capital CLDR gives it. (A verb that is a month, English march, is
  read as one: the rule that compares asks for another month on the
  other side too.)
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import cache

from tqcheck.alignment.cldr_names import cldr_locale, fold, name_table, stems_match
from tqcheck.alignment.scripts import UNSPACED, char_script
from tqcheck.alignment.wordlists import zipf
from tqcheck.writing_systems import WORD

_WORD = re.compile(WORD)
KINDS = ("M", "D")  # the concept keys' kinds: months (M:9), days of the week (D:2)
# A form this much more common than its kind's median (Zipf) is another
# word too: English may (6.0 against 5.1), Romanian mai (7.0 against 5.4)
# and luni (5.4 against 4.5), Russian среди (among: 5.9 against 4.4 for
# the days). Inflected names are as common as the full ones and more
# (субботу 4.6, суббота 3.8; Czech sobotu 5.1).
ANOTHER_WORD = 0.8
# A day or a year right beside a name (May 4, 4 mai, 29 сент., mai 2018,
# 4. Mai): one or two digits, or four, not a share or a decimal (2,8% mai
# mulți is more, not May).
_DAY_OR_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:\d{1,2}|\d{4})\.?[ \u00a0]?$")
_DAY_OR_YEAR_AFTER = re.compile(r"[ \u00a0]?,?[ \u00a0]?(?:\d{1,2}|\d{4})(?![\d%]|[.,]\d)")
# A date in figures: day and month in either order, with a year or not
# (29.09.2018, 9/29/2018, 2018-09-29, 16.02.).
_FIGURE_DATE = re.compile(
    r"(?<![\d.,])(\d{1,4})([./-])(\d{1,2})(?:\2(\d{1,4}))?(?![\d,])"
)


@dataclass(frozen=True)
class CalendarMention:
    start: int
    end: int
    loose: frozenset[str]  # concepts it may name (M:9, D:2)
    strict: frozenset[str]  # concepts it surely names (empty: it may be another word)


@dataclass(frozen=True)
class _Forms:
    """One language's calendar names: folded full and short forms by
    concept, and the full forms that are other words too."""

    wide: dict[str, frozenset[str]]  # folded full form -> concepts
    short: dict[str, frozenset[str]]  # folded abbreviation -> concepts
    phrases: tuple[tuple[re.Pattern[str], frozenset[str]], ...]  # full forms of several words, longest first
    ambiguous: frozenset[str]  # full forms far more common than their kind's median
    capitalised: frozenset[str]  # full forms CLDR writes with a capital (Τρίτη)
    commonest: dict[str, float]  # kind (M, D) -> the Zipf frequency over which a form is another word


@cache
def _forms(lang: str) -> _Forms | None:
    locale = cldr_locale(lang)
    if locale is None:
        return None
    wide: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    written: dict[str, str] = {}  # folded full form -> as written, in lower case (word lists keep accents)
    capitalised: set[str] = set()
    for kind, table in (("M", locale.months), ("D", locale.days)):
        for context in ("format", "stand-alone"):
            for width, into in (("wide", wide), ("abbreviated", short)):
                for number, name in table.get(context, {}).get(width, {}).items():
                    name = name.rstrip(".")
                    if not name:
                        continue
                    into.setdefault(fold(name), set()).add(f"{kind}:{number}")
                    if width == "wide":
                        written.setdefault(fold(name), name.lower())
                        if name[0].isupper():
                            capitalised.add(fold(name))
    short = {k: v for k, v in short.items() if k not in wide}
    zipf_of = {form: zipf(written[form], lang) or 0.0 for form in wide}
    ambiguous = set()
    commonest = {}
    for kind in KINDS:
        forms = [f for f, concepts in wide.items() if any(c[0] == kind for c in concepts)]
        known = [zipf_of[f] for f in forms if zipf_of[f] > 0]
        if known and len(known) >= len(forms) // 2:
            commonest[kind] = statistics.median(known) + ANOTHER_WORD
            ambiguous.update(f for f in forms if zipf_of[f] > commonest[kind])
    # Names of several words (Azerbaijani Cümə axşamı, Thursday, beside
    # Cümə, Friday; Hebrew יום שני; Vietnamese Thứ Hai) are read whole first.
    phrases = tuple(
        (re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, written[f].split())) + r"(?!\w)", re.IGNORECASE),
         frozenset(wide[f]))
        for f in sorted(wide, key=len, reverse=True) if len(written[f].split()) > 1
    )
    return _Forms(
        wide={k: frozenset(v) for k, v in wide.items()},
        phrases=phrases,
        short={k: frozenset(v) for k, v in short.items()},
        ambiguous=frozenset(ambiguous),
        capitalised=frozenset(capitalised),
        commonest=commonest,
    )


def _dated(text: str, start: int, end: int) -> bool:
    """Whether a day or a year stands right beside ``text[start:end]``: May 4, 4 mai."""
    return bool(_DAY_OR_YEAR_BEFORE.search(text[max(0, start - 8) : start])) or bool(
        _DAY_OR_YEAR_AFTER.match(text, end)
    )


def _a_number(word: str, lang: str) -> bool:
    from tqcheck.alignment.numbers import number_key, number_words

    return number_key(word, lang) in number_words(lang)


def _strict(word: str, folded: str, forms: _Forms, dated: bool, lang: str, first: bool) -> frozenset[str]:
    if _a_number(word, lang):
        # τρίτη, third; Τρίτη, Tuesday: the full name with its capital only
        if folded in forms.wide and folded in forms.capitalised and word[0].isupper():
            return forms.wide[folded]
        return frozenset()
    if folded in forms.wide:
        return forms.wide[folded] if folded not in forms.ambiguous or dated else frozenset()
    if folded in forms.short:
        return forms.short[folded] if dated else frozenset()
    here = zipf(word.lower(), lang) or 0.0
    out: set[str] = set()
    for form, concepts in forms.wide.items():
        if form in forms.ambiguous or not stems_match(form, folded):
            continue
        if not first and word[0].isupper() != (form in forms.capitalised):
            continue  # Martin is no form of Romanian martie: a capital where the language writes none
        out |= {c for c in concepts if here <= forms.commonest.get(c[0], float("inf"))}
    return frozenset(out)


def _unspaced(text: str, start: int, end: int, forms: _Forms) -> list[CalendarMention]:
    """Names in a script written without spaces (星期三, 9月), found as
    runs of the text, the longest first (十一月, November, holds 一月,
    January); a form that starts with a figure must not follow one (11月
    is no 1月)."""
    found: list[CalendarMention] = []
    chunk = text[start:end]
    table = {**forms.short, **forms.wide}
    for form in sorted(table, key=len, reverse=True):
        if not any(char_script(ch) in UNSPACED for ch in form):
            continue
        pattern = (r"(?<!\d)" if form[0].isdigit() else "") + re.escape(form)
        for m in re.finditer(pattern, chunk):
            a, b = start + m.start(), start + m.end()
            if not any(x.start < b and a < x.end for x in found):
                found.append(CalendarMention(a, b, table[form], table[form]))
    return found


def _figure_dates(text: str, start: int, end: int) -> list[CalendarMention]:
    """Months in figures (29.09.2018, 9/29/2018, 2018-09-29): either of the
    two short fields may be the month; loose readings only."""
    out = []
    for m in _FIGURE_DATE.finditer(text, start, end):
        fields = [g for g in (m.group(1), m.group(3), m.group(4)) if g]
        if len(fields) < 3 and m.group(2) != ".":
            continue  # 9/11, 3-2: a score or a fraction as likely as a date
        months = {int(g) for g in fields if len(g) <= 2 and 1 <= int(g) <= 12}
        if months:
            out.append(CalendarMention(m.start(), m.end(), frozenset(f"M:{n}" for n in months), frozenset()))
    return out


def calendar_mentions(text: str, lang: str, start: int = 0, end: int | None = None) -> tuple[CalendarMention, ...]:
    """The months and days of the week named in ``text[start:end]``."""
    end = len(text) if end is None else end
    forms = _forms(lang)
    table = name_table(lang)
    if forms is None or table is None:
        return ()
    out = _unspaced(text, start, end, forms)
    for pattern, concepts in forms.phrases:
        for m in pattern.finditer(text, start, end):
            if not any(x.start < m.end() and m.start() < x.end for x in out):
                out.append(CalendarMention(m.start(), m.end(), concepts, concepts))
    taken = [(x.start, x.end) for x in out]
    for m in _WORD.finditer(text, start, end):
        word = m.group(0)
        if char_script(word[0]) in UNSPACED or any(a <= m.start() < b for a, b in taken):
            continue
        folded = fold(word)
        loose = frozenset(c for c in table.concepts(word) if c[0] in KINDS)
        if folded in forms.short:
            loose |= forms.short[folded]
        if not loose:
            continue
        first = not _WORD.search(text, start, m.start())
        strict = _strict(word, folded, forms, _dated(text, m.start(), m.end()), lang, first) & loose
        out.append(CalendarMention(m.start(), m.end(), loose, strict))
    out += _figure_dates(text, start, end)
    return tuple(sorted(out, key=lambda x: x.start))


def in_the_same_form(word: str, lang: str, concept: str) -> str | None:
    """The name of ``concept`` in the CLDR form that ``word`` is written in
    (its context and width: June -> February, февраля -> июня, 9月 ->
    11月), with its capital or not; None where ``word`` is no CLDR form
    as written (an inflection: пятницу)."""
    locale = cldr_locale(lang)
    if locale is None:
        return None
    kind, number = concept.split(":")
    table = locale.months if kind == "M" else locale.days
    folded = fold(word.rstrip("."))
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = table.get(context, {}).get(width, {})
            if any(fold(name.rstrip(".")) == folded for name in names.values()) and int(number) in names:
                name = names[int(number)].rstrip(".") if not word.endswith(".") else names[int(number)]
                if name[:1].isalpha() and word[:1].isalpha():
                    name = (name[0].upper() if word[0].isupper() else name[0].lower()) + name[1:]
                return name
    return None


@cache
def english_name(concept: str) -> str:
    """The English name of a concept (M:9 September, D:2 Wednesday), for messages."""
    from babel import Locale

    kind, number = concept.split(":")
    table = Locale("en").months if kind == "M" else Locale("en").days
    return table["format"]["wide"][int(number)]

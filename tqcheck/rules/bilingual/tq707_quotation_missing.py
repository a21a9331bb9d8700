"""Flags a quotation in the source that lost its quotation marks.

## What it does
Reports an aligned pair whose source sentence quotes someone („…“, «…»,
"…", 「…」) while its translation has no quotation marks at all (any of
CLDR's: Japanese 「…」 counts). Quoted names
(университета „Далхаузи“), which English writes without marks, don't count.

It also reports a translation that keeps the source language's quotation
marks (CLDR) where its own language quotes with others: English “…” in a
French or Arabic translation, Arabic ”…“ in an English one; in Greek,
whose inner marks are English's, only outside a «…» quotation.

## Why
Quotation marks attribute words to a speaker; dropping them turns a quote
into the newspaper's own claim. Translators sometimes turn a quote into
reported speech on purpose, so this is a prompt to look, at minor severity.

## Example
    „Няма да подам оставка“, заяви министърът. => The minister said he will not resign.

    [en>fr] “We are very close,” Morales said. => “Nous sommes très proches”, a déclaré Morales.
    [ar>en] على سبيل المثال، يُقترح ”التعلم“ و”التنشئة الاجتماعية“ كدوافع مهمة. => For example, ”learning“ and ”socialization“ are suggested as important motivations.
    [ja>en] 「とても近い」とモラレス氏は述べた。 => Morales said they were very close.

## Use instead
    „Няма да подам оставка“, заяви министърът. => "I will not resign," the minister said.
    Той преподава в университета „Далхаузи“ в Халифакс. => He teaches at Dalhousie University in Halifax.
    [en>fr] “We are very close,” Morales said. => « Nous sommes très proches », a déclaré Morales.
    [en>el] “We are very close,” Morales said. => «Είμαστε πολύ κοντά», δήλωσε ο Μοράλες.
    [en>el] “They called it ‘historic’,” he said. => «Το χαρακτήρισαν “ιστορικό”», είπε.
    [ar>en] على سبيل المثال، يُقترح ”التعلم“ و”التنشئة الاجتماعية“ كدوافع مهمة. => For example, “learning” and “socialization” are suggested as important motivations.
    [en>ja] “We are very close,” Morales said. => 「とても近い」とモラレス氏は述べた。
    [ja>en] 「とても近い」とモラレス氏は述べた。 => “We are very close,” Morales said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tqcheck.locale import DOUBLE_MARKS, QuoteMarks, quote_marks
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule
from tqcheck.rules.kinds.pairs import Lost, kept_source, lost_in_translation, omission_aware

# The corner brackets CLDR gives Japanese and Traditional Chinese (「…」, 『…』).
_CORNERS_OPEN, _CORNERS_CLOSE = "「『", "」』"
# Any of CLDR's quotation marks counts in the target; single quotes when
# they open or close a word ('muppets').
_TARGET_QUOTE = re.compile("[" + re.escape(DOUBLE_MARKS + "‘‹›‚") + r"]|(?<!\w)['’]|['’](?!\w)")


# A quoted stretch of the source: opening mark, up to 300 characters, closing mark.
_QUOTED = re.compile(
    f"[„“\"«{_CORNERS_OPEN}]([^„“”\"«»{_CORNERS_OPEN}{_CORNERS_CLOSE}\n]{{1,300}})[“”\"»{_CORNERS_CLOSE}]"
)
_WORDS = re.compile(r"\w+")


def _is_quoted_name(source: str, match: re.Match[str]) -> bool:
    """Bulgarian quotes names too (университета „Далхаузи“, от „Катаиб
    Хизбула“), which English writes bare. A name is short, starts with a
    capital, ends with no punctuation, and no speaker frame surrounds it
    (a colon before it, a comma or dash after it: „…“, заяви той)."""
    inner = match.group(1).strip()
    words = _WORDS.findall(inner)
    if not 1 <= len(words) <= 4 or not inner[0].isupper() or inner[-1] in ".,;:!?…":
        return False
    before = source[: match.start()].rstrip()
    after = source[match.end() :].lstrip()
    return not before.endswith(":") and not after.startswith((",", "–", "—", "-"))


def _quotation_lost(source: str, target: str) -> bool:
    quoted = [m for m in _QUOTED.finditer(source) if not _is_quoted_name(source, m)]
    return bool(quoted) and not _TARGET_QUOTE.search(target)


_lost_quotes = lost_in_translation(
    _quotation_lost, "the source quotes someone here, the translation has no quotation marks"
)


def _kept_marks(source_lang: str, target_lang: str) -> tuple[QuoteMarks, QuoteMarks] | None:
    """The source language's quotation marks and the target's, when a
    translation could keep the first by mistake: the source's primary pair
    is not the target's (it may be the target's inner pair: English “…” in
    Greek, whose quotations open with «)."""
    try:
        source, target = quote_marks(source_lang), quote_marks(target_lang)
    except LookupError:
        return None
    if (source.open, source.close) == (target.open, target.close):
        return None
    return source, target


def _source_marks(rule: Rule, ctx: RuleContext, omitted: Lost) -> Iterable[Finding]:
    marks = _kept_marks(ctx.source_lang, ctx.target_lang)
    if marks is None:
        return
    source, own = marks
    opening, closing = source.open, source.close
    inner = (opening, closing) == (own.alt_open, own.alt_close)
    quoted = re.compile(re.escape(opening) + r"[^" + re.escape(opening + closing) + r"\n]{1,300}" + re.escape(closing))
    # The target's own quotations, set aside first: between two of them
    # (“learning” and “socialization”) the marks read as Arabic ”…“.
    proper = re.compile(
        "|".join(
            re.escape(a) + r"[^" + re.escape(a + b) + r"\n]{1,300}" + re.escape(b)
            for a, b in {(own.open, own.close), (own.alt_open, own.alt_close)}
            if (a, b) != (opening, closing)
        )
    )
    for pair in ctx.pairs:
        if not pair.translated or not _TARGET_QUOTE.search(kept_source(ctx, pair, omitted(pair))):
            continue
        target = proper.sub(lambda m: " " * len(m.group(0)), pair.target)
        for match in quoted.finditer(target):
            before = target[: match.start()]
            if inner and before.count(own.open) > before.count(own.close):
                continue  # the target's own inner quotation, inside one of its quotations
            start = pair.target_start + match.start()
            yield rule.finding(
                ctx, start, start + len(match.group(0)),
                f"the translation keeps the source language's quotation marks {opening}…{closing}; "
                f"this language quotes with {own.open}…{own.close}",
            )
            break


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    yield from _lost_quotes(rule, ctx)
    yield from omission_aware(_source_marks)(rule, ctx)


RULE = make_rule(
    __doc__,
    code="TQ707",
    name="quotation-missing",
    severity=Severity.MINOR,
    category=Category.MISTRANSLATION,
    check=check,
)

"""A news outlet placed after its reporting verb: `, reported BNT.`

## What it does
Flags a sentence that ends with a reporting verb followed by a news outlet or
agency (`, reported BNT.`, `, reports News.bg.`, `, informed BTA.`) and
suggests the English order (`BNT reported`). An outlet is an all-caps
acronym, a name with a web domain (`News.bg`), or a name listed in
`tqcheck/data/outlets.txt`. Inversion with a person (`said Prime Minister
Kiril Petkov`) is ordinary English and is left alone, and so are `citing`
and US station call signs (`, reported KTUU.`), a habit of American local news.

## Why
Bulgarian puts the source after the verb (`съобщи БНТ`, `информира БТА`).
English news copy names the outlet first (`BNT reported`); `informed BTA`
even reads as if someone informed the agency.

## Example
    Visibility will be reduced by fog, reported BNT.
    Several militias are ready to disarm, reports News.bg.
    The meeting will be held today, informed BTA.
    The talks failed, said Reuters.

## Use instead
    Visibility will be reduced by fog, BNT reported.
    A meeting will be held today, NOVA reported.
    The reform will continue, said Prime Minister Kiril Petkov.
    The talks failed, citing BTA.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

# Verbs that only a medium "does" after the comma; "said"/"says" count only
# for listed outlets and domains (", said NATO." is another matter).
_MEDIA_VERBS = {
    "reported": "reported",
    "reports": "reports",
    "informed": "reported",
    "informs": "reports",
    "announced": "announced",
    "announces": "announces",
    "wrote": "wrote",
    "writes": "writes",
    "broadcast": "reported",
    "transmitted": "reported",
    "transmits": "reports",
    "quoted": "reported",
    "quotes": "reports",
    "cited": "reported",
    "cites": "reports",
}
_SPEECH_VERBS = {"said": "said", "says": "says", "stated": "said", "states": "says", "added": "added", "adds": "adds"}
# All-caps words that are not outlets.
_NOT_OUTLETS = frozenset("US USA UK EU UN NATO WHO IMF OPEC OSCE ECB MVR MOI GERB BSP DPS PP DB".split())
_QUOTES = "\"“”„«»"
# US broadcast call signs (", reported KTUU.") are an American newsroom habit, not a translation.
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}")


@cache
def outlets() -> tuple[str, ...]:
    text = resources.files("tqcheck.data").joinpath("outlets.txt").read_text(encoding="utf-8")
    names = (line.strip() for line in text.splitlines())
    return tuple(n for n in names if n and not n.startswith("#"))


@cache
def pattern() -> re.Pattern[str]:
    listed = "|".join(re.escape(n) for n in sorted(set(outlets()), key=len, reverse=True))
    verbs = "|".join(sorted({*_MEDIA_VERBS, *_SPEECH_VERBS}, key=len, reverse=True))
    return re.compile(
        rf",[ \t]+(?P<span>(?P<verb>{verbs})[ \t]+(?P<article>the[ \t]+)?(?P<outlet>[{_QUOTES}]?(?:"
        rf"(?P<listed>{listed})"
        rf"|(?P<domain>[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:bg|com|net|org|eu|info|news|ru|ua|ro|gr|de|uk|tv))"
        rf"|(?P<acronym>[A-Z][A-Z0-9&]{{1,7}})"
        rf")[{_QUOTES}]?))"
        rf"(?=[ \t]*(?:[.!?…]|[{_QUOTES}]|\r?\n|$))",
    )


def check(rule, ctx):
    for m in pattern().finditer(ctx.text):
        verb = m.group("verb")
        outlet = m.group("outlet")
        name = outlet.strip(_QUOTES)
        if m.group("acronym") and not m.group("listed") and (name in _NOT_OUTLETS or _CALL_SIGN.fullmatch(name)):
            continue
        if verb in _SPEECH_VERBS:
            if not (m.group("listed") or m.group("domain")):
                continue
            english_verb = _SPEECH_VERBS[verb]
        else:
            english_verb = _MEDIA_VERBS[verb]
        yield rule.finding(
            ctx,
            m.start("span"),
            m.end("span"),
            f"the outlet comes after its verb, the Bulgarian way ({m.group('span')!r}); English names the source first",
            f"{m.group('article') or ''}{name} {english_verb}",
        )


RULE = make_rule(
    __doc__,
    code="TQ202",
    name="reporting-inversion",
    severity=Severity.MINOR,
    category=Category.UNIDIOMATIC,
    check=check,
    target_langs=("en",),
)

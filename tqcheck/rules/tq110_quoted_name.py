"""A proper name put in quote marks the Bulgarian way.

## What it does
Flags quotation marks, in any glyph (straight `"`, `“ ”`, `„ “`, `« »`),
around a short, capitalised name of a party, company, medium, programme,
institution or place (`to “Reuters“`, `a commander from "Kataib
Hezbollah"`, `the "Lozenets" district`, `"Moskovska" Street`, `"Metropolitan"
EAD`) when the context announces a name: a preposition or article before it,
a category noun before or after it (district, party, street, hospital,
show, plant...), a company form after it (EAD, AD, Ltd), or, at a
sentence's start, the subject's verb after it (`"Vazrazhdane" will not
support the budget`). A real quotation (a clause, lower-case words, final
punctuation, a word after a speech verb or "so-called"), a name introduced
as a name (`a ship named "Hope"`, `known as`, `dubbed`, `titled`), a word
cited as a word (`For example, "Learning" is...`), a foreign word glossed in
parentheses (`“Noor” (light)`) and a quoted word that is part of a longer
name (`the "Vichy" French`) are left alone.

## Why
Bulgarian and Russian put names of organisations and places in quotes;
English does not (titles of works go in italics). Quoted names are one of
the surest signs of a machine translation from Bulgarian.

## Example
    Ten officials told “Reuters“ about the plan.
    A commander from "Kataib Hezbollah" said the group was ready.
    Residents of the "Mladost" district protested.
    The road to "Moskovska" Street is closed.
    „Metropolitan“ EAD will not suspend its working hours.
    "Vazrazhdane" will not support the budget.
    He was a guest on the show «Face to Face».

## Use instead
    Ten officials told Reuters about the plan.
    He said "we are ready" and left.
    The so-called "Peace Plan" was rejected.
    The crew boarded a ship named "Hope".
    He answered "Yes" without hesitation.
    For example, "Learning" and "Socialization" matter.
    It was ruled by the "Vichy" French.
    He went to a cave on the Mountain of “Noor” (light).
    "Help me," she said.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

_CONNECTORS = frozenset("of in the and for de du al el la on at to & - a an with by from".split())
_SPEECH = re.compile(
    r"(?:\b(?:said|says|say|asked|asks|replied|replies|answered|answers|stressed|added|wrote|writes|"
    r"shouted|called|calls|labelled|labeled|dubbed|termed|word|words|phrase|slogan|motto|so-called|"
    r"as|like|read|reads|reading|titled|entitled|"
    # A name introduced as a name keeps its quotes: a ship named "Hope".
    r"name|named|renamed|nicknamed|codenamed|christened|baptised|baptized|branded|"
    r"search(?:es|ed|ing)? for)(?:\s+(?:the|a|an))?|:)\s*$",
    re.I,
)
_WORD = re.compile(r"[\w'’.-]+")
# What Bulgarian puts in quote marks: the names of organisations, places,
# media, programmes, companies, products. A category noun beside the quoted
# name announces one ("the "Mladost" district", "the party "Vazrazhdane"").
_CATEGORIES = (
    r"district|quarter|neighbou?rhood|residential|estate|village|town|city|municipality|region|street|boulevard|"
    r"square|park|resort|complex|hospital|clinic|school|high[ \t]+school|university|college|stadium|arena|hall|"
    r"theat(?:re|er)|museum|gallery|airport|port|station|motorway|highway|road|bridge|tunnel|pass|dam|lake|"
    r"plant|factory|refinery|mine|company|firm|bank|fund|foundation|association|union|party|coalition|"
    r"movement|club|team|league|channel|television|TV|radio|newspaper|agency|portal|site|website|programme|"
    r"program|show|broadcast|festival|operation|project|brand|magazine|group|holding|hotel|restaurant|mall|"
    r"brigades?|battalion|regiment|militias?|unit|ship|vessel|frigate|submarine|prize|award|cup|tournament|"
    r"forum|initiative|campaign|platform|society|institute|academy|chamber|directorate|department|office|"
    r"prison|monastery|church|cathedral|monument|memorial|palace|fortress|building|block|quarter|customs|"
    r"agency|checkpoint|border[ \t]+crossing|crossing|exchange|market|center|centre|cent(?:er|re)|"
    r"cinema|library|zoo|garden|beach|spa|chalet|hut|peak|reserve"
)
# Company forms after a quoted company name: "Metropolitan" EAD.
_COMPANY_FORMS = r"EAD|EOOD|OOD|AD|JSC|Ltd|PLC|plc|LLC|Inc|SA|GmbH|AG|Holding|Group"
_CUE_BEFORE = re.compile(
    r"\b(?:to|from|of|by|at|in|on|with|for|all|the|told|tells|informed|its|their|his|her|"
    rf"{_CATEGORIES})\s*$",
    re.I,
)
_CUE_AFTER = re.compile(rf"^\s*(?:(?:{_CATEGORIES})\b|(?-i:(?:{_COMPANY_FORMS}))\b)", re.I)
# After a quoted name at a sentence start, the subject's verb ("Vazrazhdane"
# will not support...): a lower-case word that a clause goes on with.
_VERB_AFTER = re.compile(
    r"^[ \t]+(?:will|would|has|have|had|did|does|can|could|should|must|may|might|also|"
    r"said|says|announced|announces|reported|reports|won|lost|insists|insisted|demands|demanded|wants|wanted|"
    r"refused|refuses|rejected|rejects|proposed|proposes|supported|supports|opposed|opposes|called|calls|"
    r"left|leaves|signed|signs|filed|files|sent|sends|received|receives|remains|remained|became|becomes|"
    r"[a-z]+(?:ed|es))\b"
)


def looks_like_name(inner: str) -> bool:
    stripped = inner.strip()
    if not stripped or stripped[-1] in ".,;:!?…" or len(stripped) > 60:
        return False
    words = _WORD.findall(stripped)
    if not 1 <= len(words) <= 6 or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _CONNECTORS for w in words)


def check(rule, ctx):
    text = ctx.text
    for q in ctx.quotes.quotations:
        inner = text[q.open.pos + 1 : q.close.pos]
        if not looks_like_name(inner):
            continue
        before = text[max(0, q.open.pos - 40) : q.open.pos]
        after = text[q.close.pos + 1 : q.close.pos + 40]
        if _SPEECH.search(before) or after.lstrip(" \t")[:1] == "(":
            continue  # a name introduced as a name, a foreign word glossed in parentheses
        cue_after = _CUE_AFTER.match(after)
        if after[:1] == " " and after[1:2].isupper() and not cue_after:
            continue  # part of a longer name or an attribute: the "Vichy" French
        segment = ctx.segment_at(q.open.pos)
        at_sentence_start = segment is not None and segment.start == q.open.pos
        if at_sentence_start:
            # A quotation starts a sentence more often than a name does: only
            # a category or a verb after it says it is a name.
            if not (cue_after or _VERB_AFTER.match(after)):
                continue
        elif not (_CUE_BEFORE.search(before) or cue_after):
            continue
        yield rule.finding(
            ctx,
            q.open.pos,
            q.close.pos + 1,
            f"the name {inner.strip()!r} is in quote marks; English writes names of organisations, media "
            "and places without them",
            inner.strip(),
        )


RULE = make_rule(
    __doc__,
    code="TQ110",
    name="quoted-name",
    severity=Severity.MINOR,
    category=Category.UNIDIOMATIC,
    check=check,
    target_langs=("en",),
)

"""A proper name put in quote marks the Bulgarian way.

## What it does
Flags quotation marks around a short, capitalised name of a medium, party,
company, programme or district (`to “Reuters“`, `a commander from
"Kataib Hezbollah"`, `the "Mladost" district`) when the context announces a
name (a preposition or article before it, or a word such as district, party,
agency after it). A real quotation (a clause, lower-case words, final
punctuation, a word after a speech verb or "so-called"), a name introduced
as a name (`a ship named "Hope"`, `known as`, `dubbed`, `titled`) and a word
cited as a word (`For example, "Learning" is...`) are left alone.

## Why
Bulgarian and Russian put names of organisations and places in quotes;
English does not (titles of works go in italics). Quoted names are one of
the surest signs of a machine translation from Bulgarian.

## Example
    Ten officials told “Reuters“ about the plan.
    A commander from "Kataib Hezbollah" said the group was ready.
    Residents of the "Mladost" district protested.

## Use instead
    Ten officials told Reuters about the plan.
    He said "we are ready" and left.
    The so-called "Peace Plan" was rejected.
    The crew boarded a ship named "Hope".
    He answered "Yes" without hesitation.
    For example, "Learning" and "Socialization" matter.
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

_CONNECTORS = frozenset("of in the and for de du al el la on at to & -".split())
_SPEECH = re.compile(
    r"(?:\b(?:said|says|say|asked|asks|replied|replies|answered|answers|stressed|added|wrote|writes|"
    r"shouted|called|calls|labelled|labeled|dubbed|termed|word|words|phrase|slogan|so-called|"
    r"as|like|read|reads|reading|titled|entitled|"
    # A name introduced as a name keeps its quotes: a ship named "Hope".
    r"name|named|renamed|nicknamed|codenamed|christened|baptised|baptized|branded|"
    r"search(?:es|ed|ing)? for)(?:\s+(?:the|a|an))?|:)\s*$",
    re.I,
)
_WORD = re.compile(r"[\w'’.-]+")
# A quoted name is announced by what stands around it: "to “Reuters“",
# "from "Kataib Hezbollah"", "the "Mladost" district". Without such a cue a
# quoted capitalised word is more likely a word cited as a word.
_CUE_BEFORE = re.compile(
    r"\b(?:to|from|of|by|at|in|on|with|for|all|the|told|tells|informed|its|their|his|her|newspaper|agency|party|"
    r"company|club|channel|television|TV|radio|station|site|portal|district|village|complex|programme|program|"
    r"project|operation|movement|coalition|union|group|brand|airport|hospital|stadium|festival|quarter)\s*$",
    re.I,
)
_CUE_AFTER = re.compile(
    r"^\s*(?:district|party|programme|program|newspaper|agency|militias?|group|movement|channel|company|club|"
    r"complex|street|boulevard|hospital|airport|stadium|TV|radio|festival|project|operation|quarter|"
    r"neighbou?rhood|residential|coalition|brigades?|battalion|fund|foundation|association|bank|plant|factory|"
    r"mine|station|motorway|highway|square)\b",
    re.I,
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
        segment = ctx.segment_at(q.open.pos)
        at_sentence_start = segment is not None and segment.start == q.open.pos
        if _SPEECH.search(before) or at_sentence_start:
            continue
        if not (_CUE_BEFORE.search(before) or _CUE_AFTER.match(text, q.close.pos + 1, q.close.pos + 40)):
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

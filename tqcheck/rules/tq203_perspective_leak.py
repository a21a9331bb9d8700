"""The Bulgarian newsroom's point of view leaking into the English edition.

## What it does
Flags `in our country`, `our compatriots`, `our capital`, `our government`,
`our southern neighbour`... (the table in `tqcheck/data/perspective.tsv`,
read by the same substitution kind as TQ201) and suggests the name:
`in Bulgaria`, `Bulgarians`, `Sofia`, `Bulgaria's government`, in the
article's own voice. A speaker's words are theirs: text inside quotation
marks is left alone. Words attributed by a said-clause, direct speech
(`We must protect the jobs in our country, President Biden said.`) or
indirect (`The minister said that in our country wages are low.`), are
reported as info without a suggestion: "our country" there may be the
speaker's, and writing Bulgaria would change a fact.

## Why
The Bulgarian original is written for Bulgarians (у нас, страната ни,
нашите сънародници). The English edition is read abroad, where "our
country" is the reader's own country, so the sentence says something wrong.

## Example
    A drop in temperatures is expected in our country as well.
    Three of our compatriots were injured in the crash.
    The concert will take place in our capital.

## Use instead
    A drop in temperatures is expected in Bulgaria as well.
    Three Bulgarians were injured in the crash.
    "Our country will not give up," the minister said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.substitution import substitution_check
from tqcheck.rules.tables import KINDS, load_table

TABLE = "perspective.tsv"


_SAYS = (
    r"(?:said|says|say|stated|states|told|tells|added|adds|declared|declares|announced|announces|stressed|"
    r"stresses|noted|notes|explained|explains|insisted|insists|warned|warns|argued|argues|urged|urges|"
    r"commented|wrote|writes|tweeted|posted|recalled|pointed out|emphasi[sz]ed|underlined|believes|thinks)"
)
# Unquoted direct speech: the words before ", President Biden said." (or
# ", said the minister") are the speaker's own.
_SAID_AFTER = re.compile(rf"[,—–]\s+(?:[\w.'’-]+\s+){{0,6}}?{_SAYS}\b[^,;]{{0,80}}$")
# Indirect speech: "the minister said (that) ... our country".
_SAID_BEFORE = re.compile(rf"\b(?:{_SAYS}|according to)\b")


def _quoted(ctx, start: int, end: int) -> bool:
    """Inside a quotation: someone's own words, where "our" is theirs."""
    return ctx.quotes.encloses(start, end)


def _direct_speech(ctx, start: int, end: int) -> bool:
    seg = ctx.segment_at(start)
    return seg is not None and bool(_SAID_AFTER.search(ctx.text, end, seg.end))


_substitute = substitution_check(TABLE, lambda entry: KINDS[entry.kind], skip=_quoted)


def check(rule, ctx):
    text = ctx.text
    for found in _substitute(rule, ctx):
        seg = ctx.segment_at(found.start)
        if seg is not None and (
            _SAID_BEFORE.search(text, seg.start, found.start) or _direct_speech(ctx, found.start, found.end)
        ):
            # Attributed speech: maybe the speaker's country, maybe not.
            found = replace(
                found,
                severity=Severity.INFO,
                suggestion=None,
                message=f"{text[found.start:found.end]!r} in attributed speech: if the narrator's, "
                "it is the Bulgarian newsroom's point of view (say Bulgaria); if the speaker's, "
                "make that clear",
            )
        yield found



def severities() -> tuple[Severity, ...]:
    """The severities its findings take, lowest first (`tqcheck rules`
    shows the range): the table's, and info for attributed speech."""
    return tuple(sorted({e.severity for e in load_table(TABLE)} | {Severity.INFO}))


RULE = make_rule(
    __doc__,
    code="TQ203",
    name="perspective-leak",
    severity=Severity.MINOR,
    category=Category.MISTRANSLATION,
    check=check,
    target_langs=("en",),
    source_langs=("bg",),
    severities=severities,
)

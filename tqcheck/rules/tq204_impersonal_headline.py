"""A headline that opens with an impersonal "They".

## What it does
Flags a headline (a line of its own without final punctuation, among the
first lines of the text, where an article's title and subtitle are) that
opens with `They` and a verb (`They are deciding on an information campaign`,
`They restrict the movement of trucks`, `They will raise pensions`): there
is no one for `They` to stand for. Headlines that go on after a colon or a
quotation mark (`"They lied": ...`), and body sentences, are left alone.

## Why
Bulgarian headlines often use a verb in the third person plural without a
subject (Решават, Ограничават: "it is being decided", "trucks are
restricted"). Machine translation supplies a `They` that refers to nobody;
English headlines name the actor or use the passive (`Information campaign
on the euro to be decided`, `Trucks banned in four regions`).

## Example
    They are deciding on an information campaign about the euro\\n\\nThe story starts here.
    They restrict the movement of trucks over 20 tons\\n\\nThe story starts here.

## Use instead
    Ministers to decide on an information campaign about the euro\\n\\nThe story starts here.
    They said they would come back, and they did.
    "They lied to us", says the mayor\\n\\nThe story starts here.
    Intro\\n\\nText.\\n\\nText.\\n\\nText.\\n\\nThey can then see a protein common to many cancers
"""

from __future__ import annotations

import re

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule

# "They" and its verb: an auxiliary or a present-tense verb (lower case).
_THEY = re.compile(
    r"They[ \t]+(?:(?:are|were|will|would|have|had|do|did|can|could|may|might|must|should|want|plan|intend)"
    r"(?:[ \t]+(?:not|also|again|now|already|still))?(?:[ \t]+[a-z][\w-]*)?|[a-z][\w-]*)"
)


# The title and the subtitle are among an article's first paragraphs (after
# a site label such as "Last news in Fakti").
_TOP_PARAGRAPHS = 4


def check(rule, ctx):
    text = ctx.text
    first = ctx.segments[0].paragraph if ctx.segments else 0
    for seg in ctx.segments:
        if seg.paragraph - first >= _TOP_PARAGRAPHS:
            break
        if not seg.headline or not text.startswith("They", seg.start):
            continue
        m = _THEY.match(text, seg.start, seg.end)
        if m is None or ":" in text[seg.start : seg.end]:
            continue
        yield rule.finding(
            ctx,
            m.start(),
            m.end(),
            f"the headline opens with an impersonal {m.group()!r}: a Bulgarian subjectless plural (Решават, "
            "Ограничават); English names who acts, or uses the passive",
        )


RULE = make_rule(
    __doc__,
    code="TQ204",
    name="impersonal-headline",
    severity=Severity.MINOR,
    category=Category.UNIDIOMATIC,
    check=check,
    target_langs=("en",),
    source_langs=("bg",),
)

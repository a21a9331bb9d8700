"""Flags a source and target that do not look like one text.

## What it does
Reports, once per document and on the whole translation, when the
alignment of source and target finds no evidence that they are the same text: lengths far apart, most sentences
without a partner, or almost no shared names, numbers or letters. The other
bilingual checks stay silent then, since their pairs would be guesses.

## Why
Checking a translation against the wrong source (another article, another
version) produces nonsense findings; pairing the sentences one to one in
silence would hide the mistake.

## Example
    Котката спи на дивана, а навън вали сняг и децата се пързалят с шейни по хълма зад училището. Баба прави баница. => The central bank raised interest rates by a quarter point on Tuesday, citing persistent inflation in services and wages. Markets fell.

## Use instead
    Котката спи на дивана, а навън вали сняг и децата се пързалят с шейни по хълма зад училището. Баба прави баница. => The cat is sleeping on the sofa while it snows outside and the children are sledding on the hill behind the school. Grandma is making banitsa.
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, make_rule


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    if ctx.source is None or not ctx.segments:
        return
    alignment = ctx.alignment
    if alignment is None or not alignment.low_confidence:
        return
    # The finding spans the whole translation, which is what it is about. On
    # the first sentence alone it vanished whenever that sentence was page
    # furniture to delete (the engine drops findings inside a removal), and
    # a wrong --source then passed with notes only.
    yield rule.finding(
        ctx,
        ctx.segments[0].start,
        ctx.segments[-1].end,
        # Advice, not a suggestion: a suggestion replaces the flagged span.
        "the source and the translation do not look like the same text: " + "; ".join(alignment.warnings)
        + "; check that --source names the original of this translation",
        details=(("warnings", list(alignment.warnings)),),
    )


RULE = make_rule(
    __doc__,
    code="TQ700",
    name="unrelated-documents",
    severity=Severity.CRITICAL,
    category=Category.MISTRANSLATION,
    check=check,
)

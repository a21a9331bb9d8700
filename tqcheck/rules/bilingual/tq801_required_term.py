"""Flags a source term whose glossary translation the translation lacks.

## What it does
With a glossary (`--glossary FILE`, or `glossary = "FILE"` in the
configuration: CSV, TSV or TBX, see `tqcheck/glossary.py`), reports each
aligned sentence whose source uses a glossary term while its translation
uses none of the target terms the glossary gives for it. Terms match whole
words in any case, inflected forms too (`Kommission` ~ `Kommissionen`).
Silent without a glossary.

## Why
Agreed terminology (a client's product names, an institution's official
titles) is what reviewers check first and machine translation ignores: it
picks whatever word is most frequent.

## Example
    Министърът на отбраната подаде оставка. => The defence secretary resigned.

## Use instead
    Министърът на отбраната подаде оставка. => The Minister of Defence resigned.
    Министърът на отбраната подаде оставка. => The defence minister resigned.

(The examples run with a glossary in which `министър` must be `minister`.)
"""

from __future__ import annotations

from collections.abc import Iterable

from tqcheck.glossary import find_term, glossary_path, load_glossary
from tqcheck.model import Category, Finding, Severity
from tqcheck.rules.base import Rule, RuleContext, RuleOption, make_rule
from tqcheck.rules.kinds.pairs import quote


def check(rule: Rule, ctx: RuleContext) -> Iterable[Finding]:
    path = glossary_path(ctx, rule)
    if not path or ctx.source is None:
        return
    required = load_glossary(path, ctx.source_lang, ctx.target_lang).required
    for pair in ctx.pairs:
        if not pair.translated:
            continue
        lacking = []
        seen = set()
        for entry, term, _ in required.matches(pair.source):
            if entry in seen:  # its first source term in the sentence came first
                continue
            seen.add(entry)
            if not any(find_term(t, pair.target) for t in entry.target):
                lacking.append(f"{term!r} as {' or '.join(repr(t) for t in entry.target)} (line {entry.line})")
        if lacking:
            # One finding a sentence, naming every term it lacks.
            yield rule.finding(
                ctx, pair.target_start, pair.target_end,
                f"the glossary translates {'; '.join(lacking)}: this translation does not use "
                + ("it" if len(lacking) == 1 else "them"),
                details=(("source", quote(pair.source)), ("glossary", path)),
            )


RULE = make_rule(
    __doc__,
    code="TQ801",
    name="glossary-term-missing",
    severity=Severity.MAJOR,
    category=Category.TERMINOLOGY,
    check=check,
    options=(RuleOption("glossary", default=""),),  # a file name; "" none
)

"""A Bulgarian calque or false friend, from the table in data/calques.tsv.

## What it does
Looks up every phrase of `tqcheck/data/calques.tsv` (over a hundred entries:
`official cabinet`, `disabled driver`, `put an accent on`, `last news`...)
and suggests the natural English. Each
entry has its own severity (info to major: `tqcheck rules` shows the range;
the rule's own, minor, is the most common), MQM category (a rendering that
changes the meaning is an Accuracy/Mistranslation, a stilted one that keeps
it Style/Unidiomatic) and kind, which the message names: a "false friend"
looks like the Bulgarian word and means something else (`actual` for
актуален, current; `eventual` for евентуален, possible), a "calque" renders
a Bulgarian phrase word for word (`put an accent on`), a "mistranslation"
takes the wrong sense of an ordinary word (`official cabinet` for a
caretaker government, `disabled driver` for an unlicensed one).
Context patterns keep ordinary English silent (`the last news conference`,
`arrested in connection with the murder`). A new calque is one data line
with its own bad and good example.

## Why
Machine translation from Bulgarian renders set phrases word for word. The
result is either stilted (`put an accent on`) or, worse, says something
else (`the disabled driver` was in fact unlicensed; `permanent arrest` is
remand in custody).

## Example
    The official cabinet is yet to approve the law.
    The disabled driver lost control and crashed into the fence.
    The government puts an accent on education.

## Use instead
    The caretaker cabinet is yet to approve the law.
    The unlicensed driver lost control and crashed into the fence.
    The government emphasises education.
    It was the last news conference of his term.
"""

from __future__ import annotations

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.substitution import substitution_check
from tqcheck.rules.tables import KINDS, load_table

TABLE = "calques.tsv"


def _label(entry) -> str:
    # The table's kind column, not the category: a false friend and a calque
    # can both change the meaning.
    return KINDS[entry.kind]


def severities() -> tuple[Severity, ...]:
    """The severities its findings take, lowest first (`tqcheck rules`
    shows the range): those of the table's entries."""
    return tuple(sorted({e.severity for e in load_table(TABLE)}))


RULE = make_rule(
    __doc__,
    code="TQ201",
    name="calque",
    severity=Severity.MINOR,
    category=Category.UNIDIOMATIC,
    check=substitution_check(TABLE, _label),
    target_langs=("en",),
    source_langs=("bg",),
    severities=severities,
)

"""A Bulgarian calque or false friend, from the table in data/calques.tsv.

## What it does
Looks up every phrase of `tqcheck/data/calques.tsv` (over a hundred entries:
`official cabinet`, `disabled driver`, `put an accent on`, `last news`...)
and suggests the natural English. Each entry has its own severity (info to major: `tqcheck rules` shows the range;
the rule's own, minor, is the most common), MQM category (a rendering that
changes the meaning is an Accuracy/Mistranslation, a stilted one that keeps
it Style/Unidiomatic) and kind, which the message names: a "false friend"
looks like the Bulgarian word and means something else (`actual` for
актуален, current; `eventual` for евентуален, possible), a "calque" renders
a Bulgarian phrase word for word (`put an accent on`), a "mistranslation"
takes the wrong sense of an ordinary word (`official cabinet` for a
caretaker government, `disabled driver` for an unlicensed one).
Each entry belongs to a domain of news (parliament and elections,
government, courts and police, weather, media, economy, health, education,
sport, transport, military, general), which the finding carries in its
details. Context patterns keep ordinary English silent (`the last news
conference`, `arrested in connection with the murder`). A new calque is one
data line with its own bad and good example. The message quotes the flagged
words (a few of them: the report shows the span) and the Bulgarian behind
them; one Bulgarian phrase has one severity, whatever variant of it a
sentence holds.

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

from collections import Counter

from tqcheck.model import Category, Severity
from tqcheck.rules.base import make_rule
from tqcheck.rules.kinds.substitution import substitution_check
from tqcheck.rules.tables import DOMAINS, KINDS, load_table

TABLE = "calques.tsv"


def domains_line() -> str:
    """How many entries each domain of the table has, in DOMAINS order:
    what `tqcheck rules TQ201` shows under What it does."""
    counts = Counter(e.domain for e in load_table(TABLE))
    listed = ", ".join(f"{d} {counts[d]}" for d in DOMAINS if counts[d])
    return f"Entries by domain ({sum(counts.values())} in all): {listed}."


def _label(entry) -> str:
    # The table's kind column, not the category: a false friend and a calque
    # can both change the meaning.
    return KINDS[entry.kind]


def severities() -> tuple[Severity, ...]:
    """The severities its findings take, lowest first (`tqcheck rules`
    shows the range): those of the table's entries."""
    return tuple(sorted({e.severity for e in load_table(TABLE)}))


RULE = make_rule(
    # The domains line is counted from the table, so the documentation
    # cannot fall behind it (the table is parsed once and kept for the check).
    __doc__.replace("\n## Why", f"\n{domains_line()}\n\n## Why", 1),
    code="TQ201",
    name="calque",
    severity=Severity.MINOR,
    category=Category.UNIDIOMATIC,
    check=substitution_check(TABLE, _label),
    target_langs=("en",),
    source_langs=("bg",),
    severities=severities,
)

"""Every TQ7xx rule flags its own bad examples and passes its good ones
(``SOURCE => TARGET`` per line), and keeps silent without a source."""

from __future__ import annotations

import pytest

from tests.bilingual.helpers import context, run
from tqcheck.rules.bilingual import RULES

EXAMPLES = [
    (rule, kind, line)
    for rule in RULES
    for kind, lines in (("bad", rule.doc.bad_examples), ("good", rule.doc.good_examples))
    for line in lines
]


def test_every_rule_has_examples_and_sections():
    for rule in RULES:
        assert rule.code.startswith("TQ7")
        assert rule.doc.bad_examples and rule.doc.good_examples, rule.code
        assert [name for name, _ in rule.doc.sections] == ["What it does", "Why", "Example", "Use instead"]


@pytest.mark.parametrize("rule,kind,line", EXAMPLES, ids=lambda v: getattr(v, "code", str(v)[:40]))
def test_doc_example(rule, kind, line):
    source, target = line.split(" => ")
    found = run(rule, source, target)
    if kind == "bad":
        assert found, f"{rule.code} missed: {line}"
    else:
        assert not found, f"{rule.code} flagged: {line}: {[f.message for f in found]}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_silent_without_source(rule):
    ctx = context("Загинаха 12 души.", "Fifteen people died.")
    monolingual = ctx.__class__(
        document=ctx.document, segments=ctx.segments, source_lang="bg", target_lang="en", locale=ctx.locale
    )
    assert list(rule.check(rule, monolingual)) == []

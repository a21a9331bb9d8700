"""The TQ7xx rules' documentation: their examples are ``SOURCE =>
TRANSLATION`` lines (run with every rule's in tests/test_rule_docs.py,
through helpers.example_findings), and each rule keeps silent without a
source."""

from __future__ import annotations

import pytest

from tests.bilingual.helpers import context
from tqcheck.rules import bilingual_rules
from tqcheck.rules.base import EXAMPLE_SEPARATOR

RULES = bilingual_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_examples_pair_a_source_with_its_translation(rule):
    assert rule.code.startswith(("TQ7", "TQ8"))  # TQ8xx: the glossary rules that need a source
    for line in rule.doc.bad_examples + rule.doc.good_examples:
        assert line.count(EXAMPLE_SEPARATOR) == 1, line


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_silent_without_source(rule):
    ctx = context("Загинаха 12 души.", "Fifteen people died.")
    monolingual = ctx.__class__(
        document=ctx.document, segments=ctx.segments, source_lang="bg", target_lang="en", locale=ctx.locale
    )
    assert list(rule.check(rule, monolingual)) == []

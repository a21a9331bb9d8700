"""Every rule is documented in four parts and its examples run as tests:
each line under *Example* must be flagged by that rule, each line under
*Use instead* must not."""

from __future__ import annotations

import re

import pytest
from helpers import check_text, example_findings

from tqcheck.rules import all_rules
from tqcheck.rules.base import SECTIONS

RULES = all_rules()
# Every rule, TQ101 to TQ904: bilingual examples are `SOURCE => TRANSLATION`,
# back-translation ones `SENTENCE => MODEL OUTPUT` (helpers.example_findings).
CASES = [
    pytest.param(rule, text, bad, id=f"{rule.code}-{'bad' if bad else 'good'}-{i}")
    for rule in RULES
    for bad, examples in ((True, rule.doc.bad_examples), (False, rule.doc.good_examples))
    for i, text in enumerate(examples)
]


def test_codes_are_unique_and_well_formed():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"TQ\d{3}", c) for c in codes)
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented_in_four_parts(rule):
    assert rule.doc.summary, f"{rule.code} has no one-line summary"
    titles = [title for title, _ in rule.doc.sections]
    assert titles == list(SECTIONS), f"{rule.code} sections are {titles}"
    assert rule.doc.bad_examples, f"{rule.code} has no example to flag"
    assert rule.doc.good_examples, f"{rule.code} has no 'use instead' example"


@pytest.mark.parametrize(("rule", "text", "bad"), CASES)
def test_documented_example(rule, text, bad):
    found = example_findings(rule, text)
    if bad:
        assert found, f"{rule.code} should flag: {text!r}"
    else:
        assert not found, f"{rule.code} should not flag: {text!r}, got {[f.message for f in found]}"


def test_every_rule_file_is_registered_once_under_its_code():
    from pathlib import Path

    import tqcheck.rules as package
    from tqcheck.rules import REGISTRY

    root = Path(package.__file__).parent
    files = sorted(p.relative_to(root).with_suffix("").as_posix().replace("/", ".") for p in root.rglob("tq[0-9][0-9][0-9]_*.py"))
    assert files == sorted(module for _, module in REGISTRY)
    assert [code for code, _ in REGISTRY] == sorted({code for code, _ in REGISTRY})
    assert all(module.split(".")[-1].startswith(code.lower() + "_") for code, module in REGISTRY)
    assert [r.code for r in RULES] == [code for code, _ in REGISTRY]


def _declared(rule):
    return rule.severities() if rule.severities is not None else (rule.severity,)


def test_findings_stay_within_the_declared_severities():
    # `tqcheck rules` shows a rule's severity (or range): what the rule
    # actually reports on its examples and on the seed articles must lie in it.
    from pathlib import Path

    by_code = {r.code: r for r in RULES}
    texts = [(rule.code, text) for rule in RULES for text in rule.doc.bad_examples]
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    found = [f for code, text in texts for f in example_findings(by_code[code], text)]
    found += [f for seed in seeds for f in check_text(seed.read_text("utf-8"))]
    outside = sorted(
        {(f.code, f.severity.label, by_code[f.code].severity_range) for f in found
         if f.severity not in _declared(by_code[f.code])}
    )
    assert outside == [], "findings outside the declared severities (code, found, declared)"


def test_severity_range_reads_lowest_to_highest():
    from dataclasses import replace

    from tqcheck.model import Severity

    rule = RULES[0]
    assert replace(rule, severity=Severity.MINOR, severities=None).severity_range == "minor"
    ranged = replace(rule, severities=lambda: (Severity.MAJOR, Severity.INFO))
    assert ranged.severity_range == "info–major"

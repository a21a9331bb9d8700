"""Every rule is documented in four parts and its examples run as tests:
each line under *Example* must be flagged by that rule, each line under
*Use instead* must not."""

from __future__ import annotations

import re

import pytest
from helpers import check_text

from tqcheck.rules import all_rules
from tqcheck.rules.base import SECTIONS

RULES = all_rules()
# Stage rules (TQ9xx) take `sentence => model output` examples; they are run
# through a fake translator in tests/backtranslation/test_stage_fake.py.
CASES = [
    pytest.param(rule, text, bad, id=f"{rule.code}-{'bad' if bad else 'good'}-{i}")
    for rule in RULES
    if rule.stage is None
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


def _run(rule, text):
    lang_pair = dict(source_lang=rule.source_langs[0] if rule.source_langs else "bg",
                     target_lang=rule.target_langs[0] if rule.target_langs else "en")
    if " => " in text:  # bilingual example: SOURCE => TARGET
        source, target = text.split(" => ", 1)
        return check_text(target.replace("\\n", "\n"), select=(rule.code,), source=source.replace("\\n", "\n"), **lang_pair)
    return check_text(text.replace("\\n", "\n"), select=(rule.code,), **lang_pair)


@pytest.mark.parametrize(("rule", "text", "bad"), CASES)
def test_documented_example(rule, text, bad):
    found = [f for f in _run(rule, text) if f.code == rule.code]
    if bad:
        assert found, f"{rule.code} should flag: {text!r}"
    else:
        assert not found, f"{rule.code} should not flag: {text!r}, got {[f.message for f in found]}"


def test_every_rule_file_is_registered():
    from pathlib import Path

    import tqcheck.rules as package
    from tqcheck.rules import RULE_MODULES

    files = sorted(p.stem for p in Path(package.__file__).parent.glob("tq[0-9][0-9][0-9]_*.py"))
    assert files == sorted(RULE_MODULES)


def _declared(rule):
    return rule.severities() if rule.severities is not None else (rule.severity,)


def test_findings_stay_within_the_declared_severities():
    # `tqcheck rules` shows a rule's severity (or range): what the rule
    # actually reports on its examples and on the seed articles must lie in it.
    from pathlib import Path

    by_code = {r.code: r for r in RULES}
    texts = [(rule.code, text) for rule in RULES if rule.stage is None for text in rule.doc.bad_examples]
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    found = [f for code, text in texts for f in _run(by_code[code], text)]
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

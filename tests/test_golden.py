"""Golden findings: every fixture, seed and copied dev article, and the
bilingual fixtures, give exactly the findings recorded in
tests/data/golden-findings.json. A deliberate change of behaviour rewrites
that file (`python scripts/golden.py write tests/data/golden-findings.json`),
and the diff shows which findings moved; a refactor leaves it alone."""

import json
from pathlib import Path

import golden_script

GOLDEN = Path(__file__).parent / "data" / "golden-findings.json"


def test_findings_match_the_golden_file():
    recorded = json.loads(GOLDEN.read_text("utf-8"))
    current = golden_script.snapshot(golden_script.repo_cases())
    assert golden_script.diff(recorded, current) == []


def test_the_golden_file_covers_every_fixture_and_seed():
    recorded = json.loads(GOLDEN.read_text("utf-8"))
    assert set(recorded) == set(golden_script.repo_cases())
    assert all("error" not in case for case in recorded.values())
    assert sum(len(d["findings"]) for case in recorded.values() for d in case["documents"]) > 200


def test_diff_names_a_moved_finding():
    old = {"a": {"documents": [{"notes": [], "findings": [["TQ101", "minor", 0, 1, "m", None]]}]}}
    new = {"a": {"documents": [{"notes": [], "findings": [["TQ101", "minor", 0, 2, "m", None]]}]}}
    assert golden_script.diff(old, new) == ['a[0]: - ["TQ101", "minor", 0, 1, "m", null]', 'a[0]: + ["TQ101", "minor", 0, 2, "m", null]']

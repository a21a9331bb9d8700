"""The multilingual benchmark's test of what an injection brought: a finding
of the changed article that the untouched one lacked, compared by code,
message and sentence (scripts/bench_multilingual.py: new_findings)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_path = Path(__file__).resolve().parents[1] / "scripts" / "bench_multilingual.py"
_spec = importlib.util.spec_from_file_location("_bench_multilingual", _path)
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("_bench_multilingual", bench)
_spec.loader.exec_module(bench)

ADDED = "this sentence has no counterpart in the source"
TARGET = ["The fire broke out on Friday. Credits: staff.", "Police are investigating."]


def finding(code: str, message: str, segment: str | None) -> dict:
    return {"code": code, "severity": "major", "message": message, "segment": segment}


def test_an_added_sentence_is_found_where_another_was_reported_before():
    # The untouched article had one sentence without a source (a credit line);
    # the injected one realigns it away. By code and message alone the count
    # of "no counterpart" findings is the same, and the addition looked missed.
    changed = [TARGET[0], "Dozens of residents were evacuated overnight.", TARGET[1]]
    before = [finding("TQ704", ADDED, "Credits: staff.")]
    after = [finding("TQ704", ADDED, "Dozens of residents were evacuated overnight.")]
    assert bench.new_findings(before, after, TARGET, changed) == after


def test_a_finding_the_untouched_sentence_had_is_not_new():
    before = [finding("TQ701", "'7' is not in the source", "Police are investigating.")]
    changed = [TARGET[0], None]
    assert bench.new_findings(before, [], TARGET, changed) == []
    changed = [TARGET[0], "Police are investigating it."]
    # The same finding on the changed sentence is the same finding (both
    # versions key it "changed"), not one the change brought.
    after = [finding("TQ701", "'7' is not in the source", "Police are investigating it.")]
    assert bench.new_findings(before, after, TARGET, changed) == []


def test_one_more_of_a_kind_is_new_once():
    same = finding("TQ707", "no quotation marks", "Police are investigating.")
    changed = [TARGET[0], TARGET[1] + " He said so."]
    after = [same, finding("TQ707", "no quotation marks", "He said so.")]
    assert bench.new_findings([same], after, TARGET, changed) == [after[1]]

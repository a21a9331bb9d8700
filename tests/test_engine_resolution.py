"""The engine's resolution of a document's findings, walked over sorted
neighbours (engine._dedupe) and swept as the edits come (engine._clashing),
gives what the table-based versions before them gave (kept here as
oracles), on random findings with duplicates, agreeing rules and removals."""

from __future__ import annotations

import bisect
import random
from dataclasses import replace

import pytest

from tqcheck import engine
from tqcheck.fixes import clashes
from tqcheck.model import SAFE, UNSAFE, Category, Edit, Finding, Fix, Severity


def _dedupe_oracle(findings):
    seen = {}
    for f in findings:
        seen.setdefault((f.code, f.start, f.end), f)
    unique = _merge_oracle(list(seen.values()))
    removals = sorted((f.start, f.end) for f in unique if dict(f.details).get("removes"))
    if removals:
        starts = [s for s, _ in removals]
        reach, furthest = [], -1
        for _, end in removals:
            furthest = max(furthest, end)
            reach.append(furthest)

        def inside(f):
            i = bisect.bisect_right(starts, f.start) - 1
            return i >= 0 and f.end <= reach[i]

        unique = [f for f in unique if dict(f.details).get("removes") or not inside(f)]
    return sorted(unique, key=Finding.sort_key)


def _merge_oracle(findings):
    by_fix = {}
    for f in findings:
        if f.suggestion is not None:
            by_fix.setdefault((f.start, f.end, f.suggestion), []).append(f)
    dropped, merged = set(), {}
    for group in by_fix.values():
        if len(group) > 1:
            keep, *others = sorted(group, key=lambda f: (-f.severity, f.code))
            merged[id(keep)] = replace(keep, details=(*keep.details, ("also", ",".join(o.code for o in others))))
            dropped.update(id(o) for o in others)
    return [merged.get(id(f), f) for f in findings if id(f) not in dropped]


def _clashing_oracle(edits):
    every = sorted(((e.start, e.end, i, e) for i, es in edits.items() for e in es), key=lambda x: x[:3])
    out, open_edits, reach = {}, [], -1
    for start, end, i, e in every:
        if start > reach:
            open_edits, reach = [(i, e)], end
            continue
        open_edits = [(j, o) for j, o in open_edits if o.end > start or (o.end == start and o.start == o.end)]
        for j, o in open_edits:
            if j != i and clashes(o, e):
                out.setdefault(i, set()).add(j)
                out.setdefault(j, set()).add(i)
        open_edits.append((i, e))
        reach = max(reach, end)
    return out


def _random_findings(rng, n):
    out = []
    for _ in range(n):
        start = rng.randrange(0, 40)
        end = start + rng.randrange(0, 6)
        removes = rng.random() < 0.15
        details = (("removes", True),) if removes else rng.choice([(), (("x", 1),)])
        fix = None
        if rng.random() < 0.6:
            a = rng.randrange(max(0, start - 2), end + 1)
            fix = Fix(rng.choice([SAFE, UNSAFE]), (Edit(a, a + rng.randrange(0, 4), rng.choice(["", "x", "yz"])),))
        out.append(Finding(rng.choice(["TQ101", "TQ103", "TQ404", "TQ501"]), rng.choice(list(Severity)),
                           Category.PUNCTUATION, 0, start, end, "m", rng.choice([None, "", "a", "b"]), details,
                           fix=fix))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_dedupe_keeps_what_the_table_kept(seed):
    rng = random.Random(seed)
    findings = _random_findings(rng, rng.randrange(0, 60))
    assert engine._dedupe(findings) == _dedupe_oracle(findings)
    assert [dict(f.details).get("also") for f in engine._dedupe(findings)] == [
        dict(f.details).get("also") for f in _dedupe_oracle(findings)]


@pytest.mark.parametrize("seed", range(40))
def test_clashing_edits_are_those_of_the_edits_sorted_as_tuples(seed):
    rng = random.Random(seed)
    findings = [f for f in _random_findings(rng, rng.randrange(0, 60)) if f.fix is not None]
    for ordered in (sorted(findings, key=lambda f: (f.fix.edits[0].start, f.fix.edits[0].end)), findings):
        edits = {i: f.fix.edits for i, f in enumerate(ordered)}
        assert engine._clashing(edits.get, len(ordered)) == _clashing_oracle(edits)


def _random_fixes(rng, n):
    """Fixes of one to three edits, anywhere around their neighbours' (a
    removal reaches back before its finding; a fix of quotes has edits far
    apart), or none."""
    fixes = []
    for _ in range(n):
        if rng.random() < 0.2:
            fixes.append(None)
            continue
        edits = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            a = rng.randrange(0, 60)
            edits.append(Edit(a, a + rng.randrange(0, 5), rng.choice(["", "x"])))
        fixes.append(tuple(sorted(edits, key=lambda e: (e.start, e.end))))
    return fixes


@pytest.mark.parametrize("seed", range(60))
def test_clashing_fixes_come_in_the_order_of_the_sorted_edits(seed):
    # The same clashes, found in the same order (the dict's order), whatever
    # the order of the fixes and however far back an edit reaches.
    rng = random.Random(seed)
    fixes = _random_fixes(rng, rng.randrange(0, 80))
    edits = {i: f for i, f in enumerate(fixes) if f}
    found = engine._clashing(lambda i: fixes[i], len(fixes))
    assert list(found.items()) == list(_clashing_oracle(edits).items())


def test_the_sweep_over_the_edits_holds_no_list_of_them():
    # A document can have 280,000 fixes (16 MB of English with repeated
    # sentences): their edits are put in order through a heap that holds
    # the few a later fix may come before, not every edit at once (a sorted
    # list of one integer per edit was 48 bytes an edit at the run's peak).
    import tracemalloc

    count = 20_000
    fixes = [Fix(UNSAFE, (Edit(10 * i, 10 * i + 8, ""),)) for i in range(count)]
    fixes[5] = Fix(SAFE, (Edit(30, 40, "x"),))  # one clash: with fix 3 (30-38), not 4 (40-48)
    edits_of = lambda i: fixes[i].edits  # noqa: E731
    tracemalloc.start()
    try:
        found = engine._clashing(edits_of, count)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == {5: {3}, 3: {5}}
    assert peak < 16 * count, peak  # an 8-byte machine integer a fix, and a few small objects

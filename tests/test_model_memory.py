"""The per-finding objects stay small: a large document holds one of each
per finding (16 MB of repeated English: about 470,000 findings)."""

from __future__ import annotations

import pickle
import sys

from tqcheck.model import SAFE, UNSAFE, Edit, Fix


def test_a_one_edit_fix_holds_no_tuple_nor_edit():
    # The edit's fields inline: one object of at most 64 bytes, not a Fix,
    # a 1-tuple and an Edit (152 bytes).
    fix = Fix(UNSAFE, (Edit(10, 20, ""),))
    assert sys.getsizeof(fix) <= 64
    assert not any(isinstance(getattr(fix, name), (tuple, Edit)) for name in Fix.__slots__)


def test_a_fix_reads_as_its_edits_whatever_their_number():
    one = Fix(SAFE, [Edit(1, 2, "x")])
    two = Fix(UNSAFE, (Edit(1, 2, "x"), Edit(5, 5, "y")))
    assert one.edits == (Edit(1, 2, "x"),) and type(one.edits) is tuple
    assert (one.edit_count, two.edit_count, Fix(SAFE, ()).edit_count) == (1, 2, 0)
    assert two.edits == (Edit(1, 2, "x"), Edit(5, 5, "y"))
    assert one == Fix(SAFE, (Edit(1, 2, "x"),)) and hash(one) == hash(Fix(SAFE, (Edit(1, 2, "x"),)))
    assert one != Fix(UNSAFE, (Edit(1, 2, "x"),)) and two != Fix(UNSAFE, (Edit(1, 2, "x"),))
    assert repr(one) == "Fix(applicability='safe', edits=(Edit(start=1, end=2, replacement='x'),))"
    for fix in (one, two):
        assert pickle.loads(pickle.dumps(fix)) == fix
    assert Fix(SAFE, ()).edits == ()


def test_large_inputs_fix_the_c_librarys_mmap_threshold():
    # glibc raises its mmap threshold each time a large block is freed, so
    # the list buffers and strings of a large document freed later stay in
    # its heap (25 MB of peak RSS on 16 MB of English); tqcheck fixes it.
    # On a C library without mallopt there is nothing to fix.
    import platform

    from tqcheck.heap import fix_mmap_threshold

    assert fix_mmap_threshold() is (platform.libc_ver()[0] == "glibc")
    assert fix_mmap_threshold() is fix_mmap_threshold()  # once a process


def _bilingual_case():
    from pathlib import Path

    from helpers import document

    folder = Path(__file__).parent.parent / "fixtures" / "bilingual"
    target = (folder / "ntrex128-excerpt.eng").read_text("utf-8")
    source = (folder / "ntrex128-excerpt.bul").read_text("utf-8")
    # İ makes the lower-cased text the costly kind; calques and a
    # perspective leak make the substitution rules search it.
    extra = "İstanbul put an accent on it. In our country, they said.\n"
    return document(extra + target), document("Истанбул.\nУ нас.\n" + source, "bg")


def test_only_the_rules_before_tq4_read_the_lower_cased_text():
    # run_rules drops the lower-cased text (two bytes a character of the
    # document) before the first rule from LOWERED_READERS_END on: a rule
    # there that read it would make it again.
    from tqcheck.config import Config
    from tqcheck.engine import LOWERED_READERS_END, rule_context, segment_document
    from tqcheck.rules import all_rules

    target, source = _bilingual_case()
    readers = []
    for rule in all_rules():
        ctx = rule_context(target, segment_document(target), Config(), source=source,
                           source_segments=segment_document(source))
        list(rule.check(rule, ctx))
        if "lowered" in vars(ctx):
            readers.append(rule.code)
    assert {"TQ108", "TQ201", "TQ202"} <= set(readers)  # the test sees them read it
    assert all(code < LOWERED_READERS_END for code in readers), readers


def test_run_rules_holds_no_lower_cased_text_after_its_readers():
    from dataclasses import replace

    from tqcheck.config import Config
    from tqcheck.engine import LOWERED_READERS_END, rule_context, run_rules, segment_document
    from tqcheck.rules import all_rules

    target, source = _bilingual_case()
    ctx = rule_context(target, segment_document(target), Config(), source=source,
                       source_segments=segment_document(source))
    held = {}

    def watched(rule):
        def check(r, c):
            held[r.code] = "lowered" in vars(c)
            return rule.check(r, c)

        return replace(rule, check=check)

    assert run_rules(ctx, [watched(r) for r in all_rules()])
    assert held["TQ108"] is False and held["TQ304"] is True  # made by the first reader, then kept
    assert not any(was for code, was in held.items() if code >= LOWERED_READERS_END)

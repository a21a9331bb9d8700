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
    assert two.edits == (Edit(1, 2, "x"), Edit(5, 5, "y"))
    assert one == Fix(SAFE, (Edit(1, 2, "x"),)) and hash(one) == hash(Fix(SAFE, (Edit(1, 2, "x"),)))
    assert one != Fix(UNSAFE, (Edit(1, 2, "x"),)) and two != Fix(UNSAFE, (Edit(1, 2, "x"),))
    assert repr(one) == "Fix(applicability='safe', edits=(Edit(start=1, end=2, replacement='x'),))"
    for fix in (one, two):
        assert pickle.loads(pickle.dumps(fix)) == fix
    assert Fix(SAFE, ()).edits == ()

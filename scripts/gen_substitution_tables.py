"""Write tqcheck/data/compiled/substitution_tables.marshal: the substitution
tables (calques.tsv, perspective.tsv: every table a rule registers) parsed,
with the key words the substitution kind reads off each phrase and its
scanner of them all, so that a check does not parse them at every start
(tqcheck.rules.tables.PRECOMPILED).
Run it after editing a table; until then the table is parsed as before and
tests/test_substitution_precompiled.py fails::

    python scripts/gen_substitution_tables.py
"""

from __future__ import annotations

import marshal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqcheck.rules import all_rules  # noqa: E402
from tqcheck.rules.kinds.substitution import precompiled_bytes  # noqa: E402
from tqcheck.rules.tables import PRECOMPILED  # noqa: E402


def main() -> int:
    all_rules()  # every table registers with the substitution kind as its rule loads
    path = ROOT.joinpath("tqcheck", "data", *PRECOMPILED)
    path.parent.mkdir(exist_ok=True)
    content = precompiled_bytes()
    path.write_bytes(content)
    _, tables, _ = marshal.loads(content)
    print(f"{path.relative_to(ROOT)}: {', '.join(f'{n} ({len(t[1])} entries)' for n, t in tables.items())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

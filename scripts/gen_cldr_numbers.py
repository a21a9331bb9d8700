"""Generate tqcheck/data/cldr_numbers.json: CLDR's decimal and group
separators (Latin digits) for every locale Babel carries.

Babel is the source (it ships CLDR's number symbols); the generated table
only saves every run the ~13 ms Babel needs to load its locale data, which
is a tenth of a whole seed check. Tags not in the table (likely-subtag
forms such as zh-TW) still go through Babel at run time; a test checks the
table against the installed Babel. To regenerate after a Babel upgrade::

    .venv/bin/python scripts/gen_cldr_numbers.py > tqcheck/data/cldr_numbers.json
"""

from __future__ import annotations

import json
import sys

import babel
from babel import Locale, localedata
from babel.core import get_cldr_version


def table() -> dict[str, list[str]]:
    out = {}
    for identifier in sorted(localedata.locale_identifiers()):
        symbols = Locale.parse(identifier).number_symbols.get("latn")
        if symbols:
            out[identifier.replace("_", "-")] = [symbols["decimal"], symbols["group"]]
    return out


def main() -> int:
    head = {"cldr_version": get_cldr_version(), "source": f"babel {babel.__version__}", "keys": ["decimal", "group"]}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "locales": {']
    rows = [f"{json.dumps(tag)}: {json.dumps(marks, ensure_ascii=False)}" for tag, marks in table().items()]
    lines.append(",\n".join(rows))
    lines.append("}}")
    sys.stdout.write("\n".join(lines) + "\n")  # one locale a line: readable diffs
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generate tqcheck/data/cldr_delimiters.json from CLDR's delimiters data.

Babel carries CLDR number symbols but not quotation delimiters, so we ship
them as a generated file. Source: the npm package ``cldr-misc-full`` (the
Unicode CLDR JSON distribution). To regenerate::

    npm pack cldr-misc-full@48.2.0 && tar xzf cldr-misc-full-48.2.0.tgz
    python scripts/gen_cldr_quotes.py package > tqcheck/data/cldr_delimiters.json

Only base languages and the regional variants whose marks differ from their
base language are kept.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KEYS = ("quotationStart", "quotationEnd", "alternateQuotationStart", "alternateQuotationEnd")


def main(argv: list[str]) -> int:
    package = Path(argv[1])
    version = json.loads((package / "package.json").read_text("utf-8"))["version"]
    table: dict[str, list[str]] = {}
    for path in sorted((package / "main").glob("*/delimiters.json")):
        locale = path.parent.name
        data = json.loads(path.read_text("utf-8"))["main"][locale]["delimiters"]
        table[locale] = [data[k] for k in KEYS]
    kept = {
        loc: marks
        for loc, marks in table.items()
        if "-" not in loc or table.get(loc.split("-")[0]) != marks
    }
    json.dump(
        {"cldr_version": version, "source": "npm cldr-misc-full", "keys": KEYS, "locales": kept},
        sys.stdout,
        ensure_ascii=False,
        indent=0,
        sort_keys=True,
    )
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

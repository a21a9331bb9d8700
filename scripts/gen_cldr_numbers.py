"""Generate tqcheck/data/cldr_numbers.json and tqcheck/data/cldr_words/:
CLDR's number and date facts for every locale Babel carries.

cldr_numbers.json, one row a locale: the decimal and group separators
(Latin digits), the grouping sizes of the decimal pattern (3, or 3,2 for
Indian 1,00,000), CLDR's minimumGroupingDigits (2 where a four-digit
number is not grouped: es 1234 but 12.345), the percent pattern (de
`#,##0 %`, tr `%#,##0`) and the short date pattern (de `dd.MM.yy`).
cldr_words/LANG.json, one file a language (a check reads its target's
alone): the words a number stands before in that language (CLDR's long and
short magnitudes, `Millionen`, `Mio.`, and the names and symbols of common
units, `Kilometer`, `km`, `%`), those it stands after (tr `yüzde {0}`),
apart the units of time (`Jahre`, `года`: a year is followed by them too,
`2017 года`), and the month names (`octobre`: `6 octobre 1789` is a date).

Babel is the source of everything but minimumGroupingDigits, which Babel
does not carry: that comes from the npm package ``cldr-numbers-full`` (the
Unicode CLDR JSON distribution, the release of cldr_delimiters.json). The
generated tables save every run the ~13 ms Babel needs to load its locale
data, a tenth of a whole seed check. Tags not in the table (likely-subtag
forms such as zh-TW) still go through Babel at run time; a test checks the
table against the installed Babel. To regenerate after a Babel upgrade::

    npm pack cldr-numbers-full@48.2.0 && tar xzf cldr-numbers-full-48.2.0.tgz
    .venv/bin/python scripts/gen_cldr_numbers.py package
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import babel
from babel import Locale, localedata
from babel.core import get_cldr_version

DATA = Path(__file__).resolve().parent.parent / "tqcheck" / "data"
KEYS = ["decimal", "group", "grouping", "minimum_grouping", "percent", "date"]
# Units whose names mark a measured quantity (a decimal number before them
# is a quantity, not a version or a score).
UNITS = (
    "concentr-percent", "length-kilometer", "length-meter", "length-centimeter", "length-millimeter",
    "length-mile", "mass-kilogram", "mass-gram", "mass-tonne", "mass-ton", "duration-hour", "duration-minute",
    "duration-second", "duration-day", "duration-week", "duration-month", "duration-year",
    "temperature-celsius", "temperature-fahrenheit", "temperature-generic", "area-hectare",
    "area-square-kilometer", "area-square-meter", "volume-liter", "speed-kilometer-per-hour",
    "speed-mile-per-hour", "energy-kilowatt-hour", "power-megawatt", "power-kilowatt",
)


def minimum_grouping(package: Path) -> dict[str, str]:
    out = {}
    for path in sorted((package / "main").glob("*/numbers.json")):
        locale = path.parent.name
        out[locale] = json.loads(path.read_text("utf-8"))["main"][locale]["numbers"]["minimumGroupingDigits"]
    return out


def _cut_back(tag: str, table: dict[str, str]) -> str:
    parts = tag.split("-")
    for n in range(len(parts), 0, -1):
        if "-".join(parts[:n]) in table:
            return table["-".join(parts[:n])]
    return "1"


def numbers(grouping_digits: dict[str, str]) -> dict[str, list[str]]:
    out = {}
    for identifier in sorted(localedata.locale_identifiers()):
        locale = Locale.parse(identifier)
        symbols = locale.number_symbols.get("latn")
        if not symbols:
            continue
        tag = identifier.replace("_", "-")
        primary, secondary = locale.decimal_formats[None].grouping
        sizes = str(primary) if secondary == primary else f"{primary},{secondary}"
        out[tag] = [
            symbols["decimal"],
            symbols["group"],
            sizes,
            _cut_back(tag, grouping_digits),
            locale.percent_formats[None].pattern,
            locale.date_formats["short"].pattern,
        ]
    return out


def _words(pattern: str) -> tuple[str, str]:
    """(what follows the number, what precedes it) in a CLDR pattern."""
    marker = "{0}" if "{0}" in pattern else "0"
    before, _, after = pattern.partition(marker)
    clean = [part.replace("'", "").strip().strip("0").strip() for part in (after, before)]
    return clean[0], clean[1]


def _distinctive(word: str) -> bool:
    """A unit word worth matching: not empty, not a rate (`/km`, `pro
    Stunde`: those follow another unit), not one Latin letter (`d`, `K`:
    too many other things)."""
    if not word or word.startswith("/") or (len(word) == 1 and word.isascii() and word.isalpha()):
        return False
    return True


def units() -> dict[str, dict[str, list[str]]]:
    out = {}
    for identifier in sorted(localedata.locale_identifiers()):
        if "_" in identifier:
            continue  # the words of a language, not of each region
        locale = Locale.parse(identifier)
        after: set[str] = set()
        before: set[str] = set()
        durations: set[str] = set()
        patterns = []
        for width in ("short", "long"):
            for forms in locale.compact_decimal_formats.get(width, {}).values():
                patterns += [(p.pattern, after) for p in forms.values()]
        unit_patterns = locale._data["unit_patterns"]
        for unit in UNITS:
            into = durations if unit.startswith("duration-") else after
            for forms in (unit_patterns.get(unit) or {}).values():
                patterns += [(p, into) for p in forms.values() if isinstance(p, str) and "{0}" in p]
        for pattern, into in patterns:
            follows, precedes = _words(pattern)
            if _distinctive(follows):
                into.add(follows)
            if _distinctive(precedes):
                before.add(precedes)
        months = {
            name.lower().rstrip(".")
            for context in locale.months.values() for width in context.values() for name in width.values()
        }
        out[identifier] = {
            "after": sorted(after), "before": sorted(before), "durations": sorted(durations - after),
            "months": sorted(months),
        }
    return out


def _write(path: Path, head: dict, rows: dict) -> None:
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "locales": {']
    lines.append(",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in rows.items()))
    lines.append("}}")
    path.write_text("\n".join(lines) + "\n", "utf-8")  # one locale a line: readable diffs


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    package = Path(argv[1])
    npm = json.loads((package / "package.json").read_text("utf-8"))
    head = {
        "cldr_version": get_cldr_version(),
        "source": f"babel {babel.__version__}",
        "minimum_grouping_source": f"npm {npm['name']} {npm['version']}",
        "keys": KEYS,
    }
    _write(DATA / "cldr_numbers.json", head, numbers(minimum_grouping(package)))
    folder = DATA / "cldr_words"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.json"):
        old.unlink()
    for lang, words in units().items():
        row = {"cldr_version": get_cldr_version(), "source": f"babel {babel.__version__}", **words}
        (folder / f"{lang}.json").write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Generate tqcheck/data/cldr_characters.json from CLDR's exemplar characters.

For every locale: the scripts its main exemplar characters are written in
(sr: Cyrl, sr-Latn: Latn, ja: Hani Hira Kana), and, for alphabets (at most
200 letters), the main and auxiliary letters in lower case (de: a ä b c ...
ß ...; auxiliary: á à ...). Babel does not carry exemplar characters; the
source is the npm package ``cldr-misc-full``, the release of
cldr_delimiters.json. Only base languages and the regional variants whose
row differs from their base language are kept. To regenerate::

    npm pack cldr-misc-full@48.2.0 && tar xzf cldr-misc-full-48.2.0.tgz
    .venv/bin/python scripts/gen_cldr_characters.py package > tqcheck/data/cldr_characters.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.writing_systems import script_of  # noqa: E402

MAX_ALPHABET = 200


def characters(exemplar: str) -> str:
    """The characters of a CLDR exemplar set such as `[aä b {dž} c-e \\u200C]`
    (sequences in braces give their characters; ranges are expanded)."""
    body = re.sub(r"\\u([0-9A-Fa-f]{4})", lambda m: chr(int(m.group(1), 16)), exemplar.strip()[1:-1])
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "{":
            end = body.index("}", i)
            out += list(body[i + 1 : end])
            i = end + 1
            continue
        if ch == "-" and out and i + 1 < len(body) and body[i + 1] != " ":
            first, last = ord(out[-1]), ord(body[i + 1])
            out += [chr(c) for c in range(first + 1, last + 1)]
            i += 2
            continue
        if ch == "\\" and i + 1 < len(body):
            out.append(body[i + 1])
            i += 2
            continue
        if not ch.isspace():
            out.append(ch)
        i += 1
    return "".join(dict.fromkeys(out))


def row(data: dict) -> list:
    main = characters(data["exemplarCharacters"])
    auxiliary = characters(data.get("auxiliary", "[]"))
    letters = [c for c in main if c.isalpha()]
    scripts = sorted({s for c in letters if (s := script_of(c)) is not None})
    alphabet = len(letters) <= MAX_ALPHABET
    lower = lambda chars: "".join(dict.fromkeys(c.lower() for c in chars if c.isalpha()))  # noqa: E731
    return [" ".join(scripts), lower(main) if alphabet else "", lower(auxiliary) if alphabet else ""]


def main(argv: list[str]) -> int:
    package = Path(argv[1])
    version = json.loads((package / "package.json").read_text("utf-8"))["version"]
    table = {}
    for path in sorted((package / "main").glob("*/characters.json")):
        locale = path.parent.name
        table[locale] = row(json.loads(path.read_text("utf-8"))["main"][locale]["characters"])
    kept = {loc: r for loc, r in table.items() if "-" not in loc or table.get(loc.split("-")[0]) != r}
    head = {"cldr_version": version, "source": "npm cldr-misc-full", "keys": ["scripts", "letters", "auxiliary"]}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "locales": {']
    lines.append(",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in kept.items()))
    lines.append("}}")
    sys.stdout.write("\n".join(lines) + "\n")  # one locale a line: readable diffs
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

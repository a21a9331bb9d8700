"""Helpers shared by the tests: run one rule (or all) over a text."""

from __future__ import annotations

from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.model import Document, Finding


def document(text: str, lang: str = "en", fmt: str = "text", path: str = "<test>") -> Document:
    from tqcheck.inputs import mask

    return Document(text=text, path=path, language=lang, format=fmt, masked=mask(text, fmt))


def check_text(
    text: str,
    *,
    select: tuple[str, ...] = ("TQ",),
    ignore: tuple[str, ...] = (),
    source_lang: str = "bg",
    target_lang: str = "en",
    fmt: str = "text",
    source: str | None = None,
    options: dict | None = None,
) -> list[Finding]:
    config = Config(
        select=select,
        ignore=ignore,
        source_lang=source_lang,
        target_lang=target_lang,
        rule_options=options or {},
    )
    src = document(source, source_lang) if source is not None else None
    result = check_document(document(text, target_lang, fmt), config, source=src)
    return list(result.findings)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


# The calque-style tables (tqcheck/data) and the rule that reads each.
TABLES = {"calques.tsv": "TQ201", "perspective.tsv": "TQ203"}


def table_entry_cases():
    """One pytest param per data line of every table: (table, entry)."""
    import pytest

    from tqcheck.rules._substitution import load_table

    return [
        pytest.param(table, entry, id=f"{table.split('.')[0]}:{entry.source.split(':')[1]}:{entry.phrase[:30]}")
        for table in sorted(TABLES)
        for entry in load_table(table)
    ]

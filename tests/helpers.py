"""Helpers shared by the tests: run one rule (or all) over a text."""

from __future__ import annotations

import gc
import os
import re
import time
from pathlib import Path

import pytest

from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.model import Document, Finding, Severity


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


def name_findings(source: str, target: str, source_lang: str, target_lang: str) -> list[Finding]:
    """TQ702's findings on ``target``, a translation of ``source``."""
    return check_text(target, select=("TQ702",), source=source, source_lang=source_lang, target_lang=target_lang)


def number_findings(source: str, target: str, source_lang: str, target_lang: str) -> list[Finding]:
    """TQ701's findings on ``target``, a translation of ``source``."""
    return check_text(target, select=("TQ701",), source=source, source_lang=source_lang, target_lang=target_lang)


def major_name_findings(source: str, target: str, source_lang: str, target_lang: str) -> list[Finding]:
    """TQ702's major and critical findings on ``target``."""
    return [f for f in name_findings(source, target, source_lang, target_lang) if f.severity >= Severity.MAJOR]


def flagged_after_replacing(
    source: str, target: str, source_lang: str, target_lang: str, old: str, new: str
) -> tuple[list[str], list[str]]:
    """With ``old`` in ``target`` replaced by ``new``: the text each major
    TQ702 finding flags, and the findings' messages (for the assertion's
    report). A name put in another's place is reported where it stands:
    the texts are ``[new]``."""
    changed = target.replace(old, new)
    found = major_name_findings(source, changed, source_lang, target_lang)
    return [changed[f.start : f.end] for f in found], [f.message for f in found]


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


# The calque-style tables (tqcheck/data) and the rule that reads each.
TABLES = {"calques.tsv": "TQ201", "perspective.tsv": "TQ203"}


def table_entry_cases():
    """One pytest param per data line of every table: (table, entry)."""
    import pytest

    from tqcheck.rules.tables import load_table

    return [
        pytest.param(table, entry, id=f"{table.split('.')[0]}:{entry.source.split(':')[1]}:{entry.phrase[:30]}")
        for table in sorted(TABLES)
        for entry in load_table(table)
    ]


# Rules whose documented examples need a setting: the glossary rules read
# the example glossary their docstrings describe.
_EXAMPLE_GLOSSARY = str(Path(__file__).resolve().parent.parent / "fixtures" / "glossary" / "example.tsv")
EXAMPLE_OPTIONS = {code: {code: {"glossary": _EXAMPLE_GLOSSARY}} for code in ("TQ801", "TQ802")}

# An example's languages: `[de] text` is checked as German (the source
# stays the rule's default), `[en>ru] text` as a Russian translation of
# English. Without a prefix: the rule's first languages, else bg -> en.
_EXAMPLE_LANGS = re.compile(r"\[(?:(?P<source>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)>)?(?P<target>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\] ")


def example_languages(rule, line: str) -> tuple[str, str, str]:
    """(source language, target language, the example without its prefix)."""
    source = rule.source_langs[0] if rule.source_langs else "bg"
    target = rule.target_langs[0] if rule.target_langs else "en"
    match = _EXAMPLE_LANGS.match(line)
    if match is None:
        return source, target, line
    return match["source"] or source, match["target"], line[match.end() :]


def example_findings(rule, line: str) -> list[Finding]:
    """What ``rule`` alone finds on one line of its documentation (the one
    runner of documented examples). A monolingual example is checked as the
    translation; ``SOURCE => TRANSLATION`` (TQ7xx) with its source;
    ``SENTENCE => WHAT THE MODEL RETURNED`` (TQ9xx) through the
    back-translation stage with a table translator that returns exactly
    that, after filler sentences that give the document a spread of
    scores. ``\\n`` in a line is a line break; a prefix such as `[de] ` or
    `[en>ru] ` gives the example's languages (example_languages)."""
    from tqcheck.rules.base import EXAMPLE_SEPARATOR

    source_lang, target_lang, line = example_languages(rule, line)
    langs = dict(source_lang=source_lang, target_lang=target_lang)
    line = line.replace("\\n", "\n")
    if rule.stage == "backtranslation":
        return _round_trip_example(rule, *line.split(EXAMPLE_SEPARATOR, 1), **langs)
    options = EXAMPLE_OPTIONS.get(rule.code)
    if EXAMPLE_SEPARATOR in line:
        source, target = line.split(EXAMPLE_SEPARATOR, 1)
        found = check_text(target, select=(rule.code,), source=source, options=options, **langs)
    else:
        found = check_text(line, select=(rule.code,), options=options, **langs)
    return [f for f in found if f.code == rule.code]


def _round_trip_example(rule, sentence: str, output: str, *, source_lang: str, target_lang: str) -> list[Finding]:
    from tests.backtranslation.helpers import FILLER, round_trip_translators
    from tqcheck.backtranslation import make_stage

    # TQ904's example shows the back-translation (a copy), the others' the round trip.
    example = (sentence, output, sentence) if rule.code == "TQ904" else (sentence, None, output)
    back, forward = round_trip_translators([(o, None, rt) for o, rt in FILLER] + [example])
    stage = make_stage("require", {}, translators=(back, forward), cache=False)
    text = "".join(line + "\n" for line, _ in FILLER) + sentence + "\n"
    config = Config(select=(rule.code,), source_lang=source_lang, target_lang=target_lang)
    result = check_document(document(text, target_lang), config, stages=(stage,))
    assert [text[s.start : s.end] for s in result.segments][-1] == sentence, "the example must be one sentence"
    return [f for f in result.findings if f.code == rule.code and text[f.start : f.end] == sentence]


def one_line_error(capsys, argv, *words):
    """Run the command line; it must exit 2 with one "tqcheck: error:" line
    on standard error (no traceback) holding each of ``words``."""
    from tqcheck.cli import main

    code = main(argv)
    out, err = capsys.readouterr()
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, (code, out, err)
    assert len(lines) == 1, err
    assert lines[0].startswith("tqcheck: error: "), err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


# --- time linear in the size of the input ----------------------------------------------
# A shape is generated at two sizes; doubling the size may at most about
# double the time (best of three runs each; a quadratic scan gives four
# times). CPU time of this process, not wall time, so other processes on a
# busy machine do not count; retries absorb the rest.


def _best_time(fn, arg) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        fn(arg)
        best = min(best, time.process_time() - started)
    return best


def growth(fn, make, n, attempts: int = 3, size_of=None) -> float:
    """How much longer ``fn`` takes on ``make(2n)`` than on ``make(n)``,
    relative to how much larger the input is (``size_of``, default: the
    text's length or the number of findings)."""
    small, large = make(n), make(2 * n)
    size_of = size_of or _size
    size = size_of(large) / size_of(small)
    ratio = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(attempts):
            ratio = min(ratio, _best_time(fn, large) / _best_time(fn, small) / size * 2)
            if ratio <= 2.5:
                break
    finally:
        if enabled:
            gc.enable()
    return ratio


def _size(made) -> int:
    return len(made) if isinstance(made, str) else len(made.findings)


def require_dictionaries(*langs: str) -> None:
    """Skip the test without the hunspell binding, or without the system's
    spelling dictionary for each of ``langs``; fail instead where
    TQCHECK_REQUIRE_DICTIONARIES=1 (scripts/test.sh, so CI), so that a
    missing install step shows up there."""
    from tqcheck.alignment import lexicon

    if not lexicon.binding_installed():
        reason = "the hunspell binding is not installed: run scripts/install_dictionaries.sh"
    else:
        lacking = [lang for lang in langs if lexicon.dictionary_path(lang) is None]
        if not lacking:
            return
        reason = f"no system spelling dictionary for {', '.join(lacking)}: run scripts/install_dictionaries.sh"
    if os.environ.get("TQCHECK_REQUIRE_DICTIONARIES") == "1":
        pytest.fail(f"{reason} (TQCHECK_REQUIRE_DICTIONARIES=1)")
    pytest.skip(reason)

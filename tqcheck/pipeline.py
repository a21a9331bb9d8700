"""The one way from a command line to a Report, shared by ``check``,
``hook run`` and ``baseline write``.

Each of them takes the same steps:

1. :func:`load_config`: the configuration file, then the flags every
   checking command takes (one spelling, one meaning);
2. :func:`read_inputs`: every input read and decoded first, so a bad file
   stops the run before any output is written (``hook run --staged`` reads the
   git index instead, in :mod:`tqcheck.commands.hook`);
3. :func:`backtranslation_stages`: the stages that run besides the rules;
4. :func:`check_documents`: each read document checked by the engine, with
   what reading it found, into one Report, and the baseline applied (the
   command finds it: :func:`tqcheck.baseline.find_baseline`, or the git index
   for ``hook run --staged``).

They differ only in what they read, which stages run by default and how the
report is shown, so an option or check added here reaches all of them.
``check`` reads and checks file by file instead (:mod:`tqcheck.archive`:
folders, a process pool or Ray, a file that cannot be read reported on its
own line while the others are checked), with the same configuration,
:func:`input_notes`, back-translation mode and baseline.

Three functions check, each adding to the one below it:
:func:`tqcheck.engine.check_document` checks one document (rules, stages,
suppressions); :func:`check_documents` checks a set of read documents into a
Report with their notes and a baseline; :func:`tqcheck.commands.check.run` is
the ``check`` command (arguments in, report written, exit code out).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from tqcheck.backtranslation import MODES
from tqcheck.config import Config, Reader, load, parse_fail_on, read_from_disk, with_flags
from tqcheck.engine import build_report, check_document
from tqcheck.errors import ConfigError, UsageError
from tqcheck.inputs import DEFAULT_MAX_BYTES, read_document
from tqcheck.model import Document, Report, Stage

if TYPE_CHECKING:
    from tqcheck.baseline import Baseline

EMPTY_NOTE = "empty document: nothing to check"


@dataclass(frozen=True)
class Inputs:
    """What one run checks, read and decoded."""

    documents: tuple[Document, ...]
    first: str | None = None  # the first path named: configuration and default baseline are found from it
    source: Document | None = None
    links: tuple[Any, ...] | None = None  # unit links given by a --pairs file


@dataclass(frozen=True)
class Outcome:
    """A checked set of documents: the report with the baseline applied, the
    baseline, how many findings it left out, and what reading each found."""

    report: Report  # with the baseline applied
    baseline: Baseline | None
    accepted: int  # findings the baseline left out
    input_notes: tuple[tuple[str, ...], ...]  # per document: what reading it found (warnings, empty)


def load_config(args: argparse.Namespace, first: str | None, read: Reader = read_from_disk) -> Config:
    """The configuration found from ``first`` (or --config; ``read`` reads
    each candidate file: tqcheck.config.Reader), with the flags every
    checking command takes; ``check`` alone has --source-lang. A selection
    that leaves no rule to run is refused: it would pass anything."""
    given = vars(args)
    config = with_flags(
        load(args.config, first, read),
        select=given.get("select"),
        ignore=given.get("ignore"),
        source_lang=given.get("source_lang"),
        target_lang=given.get("target_lang"),
    )
    if given.get("fail_on"):
        config = replace(config, fail_on=parse_fail_on(given["fail_on"]))
    if given.get("glossary"):
        from tqcheck.glossary import with_glossary

        config = replace(config, rule_options=with_glossary(dict(config.rule_options), given["glossary"]))
    refuse_empty_selection(config)
    _read_glossaries(config)
    return config


def _read_glossaries(config: Config) -> None:
    """A glossary that cannot be read is an input error before anything is
    checked (one line, exit 2), not a failure inside a rule."""
    paths = {options["glossary"] for options in config.rule_options.values() if options.get("glossary")}
    if paths:
        from tqcheck.glossary import load_glossary

        for path in sorted(paths):
            load_glossary(path, config.source_lang, config.target_lang)


def refuse_empty_selection(config: Config) -> None:
    """A usage error when ``select`` and ``ignore`` enable no rule at all."""
    if config.select:
        if not config.ignore:
            return  # each select prefix matches a rule (config checks them)
        # Ignore prefixes were checked against the registry too: it is loaded already.
        from tqcheck.rules import all_rules

        if any(config.enabled(rule.code) for rule in all_rules()):
            return
    selected = ",".join(config.select) or "nothing"
    ignored = f", ignore {','.join(config.ignore)}" if config.ignore else ""
    raise UsageError(
        f"the rule selection (select {selected}{ignored}) enables no rule, so nothing would be checked; "
        "`tqcheck rules` lists the codes"
    )


def max_bytes(args: argparse.Namespace) -> int:
    return args.max_bytes or DEFAULT_MAX_BYTES  # the parser refuses 0, negatives and more than its maximum


def distinct_paths(paths: list[str]) -> list[str]:
    """``paths`` without later names of a file already given (``./a.txt``
    and ``a.txt``, a link): one file is checked, reported and baselined
    once (a baseline counting it twice would accept a new duplicate)."""
    seen: set[str] = set()
    out = []
    for path in paths:
        key = path if path == "-" else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def read_inputs(args: argparse.Namespace, config: Config) -> Inputs:
    """Every file named on the command line (``--source``/``--pairs`` for
    ``check``), read and decoded before anything is checked."""
    given = vars(args)
    source, links, limit = None, None, max_bytes(args)
    if given.get("pairs"):
        from tqcheck.bilingual_inputs import load_pairs

        source, document, links = load_pairs(given["pairs"], config.source_lang, config.target_lang)
        documents: tuple[Document, ...] = (document,)
    else:
        documents = tuple(
            read_document(p, config.target_lang, encoding=args.encoding, max_bytes=limit)
            for p in distinct_paths(args.paths)
        )
    if given.get("source"):
        source = read_document(given["source"], config.source_lang, encoding=args.encoding, max_bytes=limit)
    first = args.paths[0] if args.paths else given.get("pairs")
    return Inputs(documents=documents, first=first, source=source, links=links)


# --- which stages run besides the rules ---------------------------------------------


@dataclass(frozen=True)
class ModeSetting:
    """Where a command's default back-translation mode is configured."""

    section: str
    key: str
    default: str


CHECK_MODE = ModeSetting("backtranslation", "mode", "auto")  # `check`: back-translate when models are there
HOOK_MODE = ModeSetting("hook", "backtranslation", "off")  # `hook run`, `baseline write`: rules only, fast


def backtranslation_mode(
    config: Config, flag: str | None, setting: ModeSetting, overrides: Mapping[str, Any] | None = None
) -> str:
    """The back-translation mode --backtranslation (``flag``), else the
    configuration's ``setting``, asks, checked; a model folder the user
    named is checked in every mode (off included)."""
    mode = flag or str(config.section(setting.section).get(setting.key, setting.default))
    if mode not in MODES:
        raise ConfigError(f"[{setting.section}] {setting.key} must be one of {', '.join(MODES)}, not {mode!r}")
    overrides = dict(overrides or {})
    options = config.section("backtranslation")
    if any(overrides.get(k) is not None or k in options for k in ("bt_model", "rt_model")):
        from tqcheck.backtranslation.hub import check_explicit_models  # light: no torch

        # A model folder the user named must exist and be a model in every
        # mode, off included: a typo is not a reason to skip, nor to ignore.
        check_explicit_models(overrides, options)
    return mode


def backtranslation_stages(
    config: Config, flag: str | None, setting: ModeSetting, overrides: Mapping[str, Any] | None = None
) -> tuple[Stage, ...]:
    """The back-translation stage as --backtranslation (``flag``), else the
    configuration's ``setting``, asks; none for off. ``overrides`` are the
    --bt-* flags (``check`` only)."""
    mode = backtranslation_mode(config, flag, setting, overrides)
    if mode == "off":
        return ()
    from tqcheck.backtranslation import make_stage  # light: models load only when used

    stage = make_stage(mode, dict(overrides or {}))
    return (stage,) if stage is not None else ()


# --- checking ---------------------------------------------------------------------


def input_notes(document: Document, source: Document | None, config: Config, language_check: bool) -> tuple[str, ...]:
    """What reading ``document`` found: bad suppression comments, an empty
    text, a language other than the one configured."""
    from tqcheck.inputs import suppression_warnings
    from tqcheck.rules import all_rules

    notes = suppression_warnings(document.text, document.path, lambda: [r.code for r in all_rules()])
    if not document.checked_text.strip():
        # Valid input (exit 0), but "MQM 100" alone would read as a clean article.
        return (*notes, EMPTY_NOTE)
    if source is not None and config.enabled("TQ702"):
        notes += _dictionary_notes(config)
    if language_check:
        if source is not None:
            from tqcheck.langid import check_languages

            notes += check_languages(source, document, config.source_lang, config.target_lang)
        else:
            from tqcheck.langid import confirm_language

            notes += confirm_language(document.checked_text, config.target_lang)
    return tuple(notes)


def _dictionary_notes(config: Config) -> tuple[str, ...]:
    """What TQ702 lacks to tell a name from a capitalised word: the
    spelling dictionaries of the languages that write names with capitals
    (see alignment.lexicon)."""
    from tqcheck.alignment.lexicon import missing_note
    from tqcheck.alignment.scripts import language_has_case

    cased = tuple(lang for lang in (config.source_lang, config.target_lang) if lang and language_has_case(lang))
    note = missing_note(cased) if cased else None
    return (note,) if note else ()


def check_documents(
    inputs: Inputs,
    config: Config,
    *,
    stages: Sequence[Stage] = (),
    baseline: Baseline | None = None,
    language_check: bool = True,
) -> Outcome:
    """A set of read documents checked into one Report: what reading each
    found (its notes), the engine's rules and ``stages`` per document, then
    ``baseline`` applied (None: every finding counts)."""
    notes = tuple(input_notes(d, inputs.source, config, language_check) for d in inputs.documents)
    results = [
        check_document(d, config, stages=tuple(stages), source=inputs.source, given_links=inputs.links, notes=n)
        for d, n in zip(inputs.documents, notes)
    ]
    report = build_report(results, config)
    if baseline is None:
        return Outcome(report, None, 0, notes)
    kept = baseline.apply(report)
    return Outcome(kept, baseline, len(report.findings) - len(kept.findings), notes)

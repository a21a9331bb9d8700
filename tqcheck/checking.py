"""The check pipeline and ``tqcheck check``.

``check``, ``hook run`` and ``baseline write`` share one path from the
command line to a Report: :func:`load_config` (file, then flags), then
:func:`read_inputs` (every input read and decoded first, so a bad file stops
the run before any output is written), then :func:`pipeline` (the baseline,
each document's notes, the rules and stages, the report, the baseline
applied). They differ only in what they read (files, or the git index for
``hook run --staged``), which stages run and how the report is shown, so an
option or check added here reaches all of them.

``check`` then renders the report once and writes it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqcheck.config import Config, load, parse_fail_on, with_flags
from tqcheck.engine import build_report, check_document
from tqcheck.errors import EXIT_FINDINGS, EXIT_OK, ConfigError, InputError
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
    report: Report  # with the baseline applied
    baseline: Baseline | None
    accepted: int  # findings the baseline left out
    input_notes: tuple[tuple[str, ...], ...]  # per document: what reading it found (warnings, empty)


# --- the shared pipeline -----------------------------------------------------


def load_config(args: argparse.Namespace, first: str | None) -> Config:
    """The configuration found from ``first`` (or --config), with the flags
    every checking command takes; ``check`` alone has --source-lang."""
    given = vars(args)
    config = with_flags(
        load(args.config, first),
        select=given.get("select"),
        ignore=given.get("ignore"),
        source_lang=given.get("source_lang"),
        target_lang=given.get("target_lang"),
    )
    if given.get("fail_on"):
        config = replace(config, fail_on=parse_fail_on(given["fail_on"]))
    return config


def max_bytes(args: argparse.Namespace) -> int:
    return args.max_bytes or DEFAULT_MAX_BYTES  # the parser refuses 0 and negatives


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


def input_notes(document: Document, source: Document | None, config: Config, language_check: bool) -> tuple[str, ...]:
    """What reading ``document`` found: bad suppression comments, an empty
    text, a language other than the one configured."""
    from tqcheck.inputs import suppression_warnings
    from tqcheck.rules import all_rules

    notes = suppression_warnings(document.text, document.path, lambda: [r.code for r in all_rules()])
    if not document.checked_text.strip():
        # Valid input (exit 0), but "MQM 100" alone would read as a clean article.
        return (*notes, EMPTY_NOTE)
    if language_check:
        if source is not None:
            from tqcheck.langid import check_languages

            notes += check_languages(source, document, config.source_lang, config.target_lang)
        else:
            from tqcheck.langid import confirm_language

            notes += confirm_language(document.checked_text, config.target_lang)
    return tuple(notes)


def check_inputs(
    inputs: Inputs,
    config: Config,
    *,
    stages: Sequence[Stage] = (),
    baseline: Baseline | None = None,
    language_check: bool = True,
) -> Outcome:
    """documents → results → report, with ``baseline`` applied."""
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


def pipeline(args: argparse.Namespace, config: Config, inputs: Inputs, stages: Sequence[Stage]) -> Outcome:
    """What ``check`` and ``hook run`` share once the inputs are read: find
    the baseline (a corrupt one stops the run before anything is checked),
    check, apply it."""
    from tqcheck.baseline import find_baseline

    baseline = find_baseline(args.baseline, config, inputs.first, disabled=args.no_baseline)
    return check_inputs(inputs, config, stages=stages, baseline=baseline, language_check=not args.no_language_check)


# --- tqcheck check -----------------------------------------------------------


def backtranslation_stage(args: argparse.Namespace, config: Config) -> Stage | None:
    mode = args.backtranslation or config.section("backtranslation").get("mode", "auto")
    if mode not in ("off", "auto", "require"):
        raise ConfigError(f"backtranslation mode must be off, auto or require, not {mode!r}")
    overrides = {
        key: getattr(args, key, None)
        for key in ("bt_model", "rt_model", "bt_beam", "bt_quantize", "bt_device", "bt_batch_size")
    }
    from tqcheck.backtranslation.hub import check_explicit_models  # light: no torch

    # A model folder the user named must exist and be a model in every mode,
    # off included: a typo is not a reason to skip, nor to ignore.
    check_explicit_models(overrides, config.section("backtranslation"))
    if mode == "off":
        return None
    from tqcheck.backtranslation import make_stage  # light: imports no torch

    return make_stage(mode, overrides)


def same_file(a: str, b: str) -> bool:
    """Whether two paths name one file, existing or not (links and hard links too)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)


def write_output(path: str, content: str, inputs: list[str]) -> None:
    """Write atomically; refuse to overwrite an input or to create folders."""
    target = Path(path)
    for given in inputs:
        if given != "-" and same_file(path, given):
            raise InputError(f"{path}: refusing to overwrite an input file with the report")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: folder {folder} does not exist")
    if target.is_dir():
        raise InputError(f"{path}: is a directory")
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".tqcheck-", suffix=".tmp")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(content)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write report ({exc.strerror or exc})") from None


def refuse_conflicts(args: argparse.Namespace) -> None:
    """Argument combinations ``check`` cannot honour, refused before any
    input is read."""
    paths = args.paths
    if "-" in paths and len(paths) > 1:
        raise InputError("-: standard input can only be checked on its own")
    if (args.source or args.pairs) and len(paths) > 1:
        raise InputError("--source and --pairs go with exactly one translated file")
    if args.source and args.pairs:
        raise InputError("give either --source or --pairs, not both")
    if not paths and not args.pairs:
        raise InputError("nothing to check: give one or more paths, - for standard input, or --pairs FILE")
    if args.html and args.output and same_file(args.html, args.output):
        # One would silently overwrite the other.
        raise InputError(
            f"--html {args.html} and --output {args.output} are the same file; give two paths "
            "(or --format html --output FILE alone)"
        )


def write_reports(args: argparse.Namespace, report: Report, config: Config) -> None:
    from tqcheck.formats import RenderOptions, renderer

    color = args.color == "always" or (
        args.color == "auto" and not args.output and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )
    options = RenderOptions(color=color, fail_on_label=config.fail_on.label if config.fail_on else "never")
    content = renderer(args.format)(report, options)
    inputs = list(args.paths) + [p for p in (args.source, args.pairs) if p]
    if args.html:
        write_output(args.html, renderer("html")(report, options), inputs)
    if args.output:
        write_output(args.output, content, inputs)
    else:
        sys.stdout.write(content)
        sys.stdout.flush()


def run(args: argparse.Namespace) -> int:
    refuse_conflicts(args)
    config = load_config(args, args.paths[0] if args.paths else args.pairs)
    inputs = read_inputs(args, config)
    stage = backtranslation_stage(args, config)
    outcome = pipeline(args, config, inputs, (stage,) if stage is not None else ())
    write_reports(args, outcome.report, config)
    # One rule for the exit code and the reports' verdict (Report.verdict).
    return EXIT_FINDINGS if outcome.report.verdict == "fail" else EXIT_OK

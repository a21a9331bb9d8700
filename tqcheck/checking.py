"""``tqcheck check``: from parsed arguments to an exit code.

Reads every input first (so a bad file stops the run before any output is
written), checks each document, renders the report once and writes it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from tqcheck.config import Config, ConfigError, load, parse_fail_on, with_flags
from tqcheck.engine import build_report, check_document
from tqcheck.inputs import DEFAULT_MAX_BYTES, InputError, read_document
from tqcheck.model import Report
from tqcheck.stages import Stage

EXIT_OK, EXIT_FINDINGS = 0, 1


def load_config(args: argparse.Namespace) -> Config:
    config = with_flags(
        load(args.config, args.paths[0] if args.paths else args.pairs),
        select=args.select,
        ignore=args.ignore,
        source_lang=args.source_lang,
        target_lang=args.target_lang,
    )
    if args.fail_on:
        config = replace(config, fail_on=parse_fail_on(args.fail_on))
    return config


def backtranslation_stage(args: argparse.Namespace, config: Config) -> Stage | None:
    mode = args.backtranslation or config.section("backtranslation").get("mode", "auto")
    if mode not in ("off", "auto", "require"):
        raise ConfigError(f"backtranslation mode must be off, auto or require, not {mode!r}")
    overrides = {
        key: getattr(args, key, None)
        for key in ("bt_model", "rt_model", "bt_beam", "bt_quantize", "bt_device", "bt_batch_size")
    }
    from tqcheck.backtranslation.models import check_explicit_models  # light: no torch

    # A model folder the user named must exist and be a model in every mode,
    # off included: a typo is not a reason to skip, nor to ignore.
    check_explicit_models(overrides, config.section("backtranslation"))
    if mode == "off":
        return None
    from tqcheck.backtranslation import make_stage  # light: imports no torch

    return make_stage(mode, overrides)


def fails(report: Report, config: Config) -> bool:
    return config.fail_on is not None and any(f.severity >= config.fail_on for f in report.findings)


def write_output(path: str, content: str, inputs: list[str]) -> None:
    """Write atomically; refuse to overwrite an input or to create folders."""
    target = Path(path)
    for given in inputs:
        if given != "-" and target.exists() and Path(given).exists() and target.samefile(given):
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


def run(args: argparse.Namespace) -> int:
    from tqcheck._format import RenderOptions, renderer
    from tqcheck.language import confirm_language

    config = load_config(args)
    max_bytes = args.max_bytes or DEFAULT_MAX_BYTES
    paths = list(args.paths)
    if "-" in paths and len(paths) > 1:
        raise InputError("-: standard input can only be checked on its own")
    if (args.source or args.pairs) and len(paths) > 1:
        raise InputError("--source and --pairs go with exactly one translated file")
    if args.source and args.pairs:
        raise InputError("give either --source or --pairs, not both")
    source, given_links = None, None
    if args.pairs:
        from tqcheck.bilingual.formats import load_pairs

        source, document, given_links = load_pairs(args.pairs, config.source_lang, config.target_lang)
        documents = [document]
    else:
        if not paths:
            raise InputError("nothing to check: give one or more paths, - for standard input, or --pairs FILE")
        documents = [read_document(p, config.target_lang, encoding=args.encoding, max_bytes=max_bytes) for p in paths]
    if args.source:
        source = read_document(args.source, config.source_lang, encoding=args.encoding, max_bytes=max_bytes)
    from tqcheck.baseline import find_baseline

    first = paths[0] if paths else args.pairs
    baseline = find_baseline(args.baseline, config, first, disabled=args.no_baseline)  # a corrupt one stops the run here
    stage = backtranslation_stage(args, config)
    stages = (stage,) if stage is not None else ()
    from tqcheck.inputs import suppression_warnings
    from tqcheck.rules import all_rules

    rule_codes = [r.code for r in all_rules()]
    results = []
    for document in documents:
        notes = suppression_warnings(document.text, document.path, rule_codes)
        if not args.no_language_check:
            if source is not None:
                from tqcheck.bilingual.languages import check_languages

                notes += check_languages(source, document, config.source_lang, config.target_lang)
            else:
                notes += confirm_language(document.checked_text, config.target_lang)
        results.append(
            check_document(document, config, stages=stages, source=source, given_links=given_links, notes=notes)
        )
    report = build_report(results, config)
    if baseline is not None:
        report = baseline.apply(report)
    color = args.color == "always" or (
        args.color == "auto" and not args.output and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )
    options = RenderOptions(color=color, fail_on_label=config.fail_on.label if config.fail_on else "never")
    content = renderer(args.format)(report, options)
    inputs = paths + [p for p in (args.source, args.pairs) if p]
    if args.html:
        write_output(args.html, renderer("html")(report, options), inputs)
    if args.output:
        write_output(args.output, content, inputs)
    else:
        sys.stdout.write(content)
        sys.stdout.flush()
    return EXIT_FINDINGS if fails(report, config) else EXIT_OK

"""``tqcheck check``: the shared pipeline (:mod:`tqcheck.pipeline`), then
the report rendered once and written (and the reviewer's HTML with --html).
:func:`run` is the command's handler."""

from __future__ import annotations

import argparse
import os
import sys

from tqcheck.commands.output import STDOUT, refuse_overwriting, same_file, write_output
from tqcheck.config import Config
from tqcheck.errors import EXIT_FINDINGS, EXIT_OK, InputError
from tqcheck.model import Report
from tqcheck.pipeline import CHECK_MODE, backtranslation_stages, check_documents, load_config, read_inputs

BT_OVERRIDES = ("bt_model", "rt_model", "bt_beam", "bt_quantize", "bt_device", "bt_batch_size")


def refuse_conflicts(args: argparse.Namespace) -> None:
    """Argument combinations ``check`` cannot honour, refused before any
    input is read."""
    paths = args.paths
    if "-" in paths and len(paths) > 1:
        raise InputError("-: standard input can only be checked on its own")
    if args.source and args.pairs:
        raise InputError("give either --source or --pairs, not both")
    if args.pairs and paths:
        # The pairs file holds the translation: a PATH beside it would go unchecked.
        raise InputError(f"--pairs {args.pairs} holds both texts; give no PATH with it (got {paths[0]})")
    if args.source and len(paths) > 1:
        raise InputError("--source goes with exactly one translated file")
    if not paths and not args.pairs:
        raise InputError("nothing to check: give one or more paths, - for standard input, or --pairs FILE")
    if args.html == STDOUT and args.output in (None, STDOUT):
        raise InputError(
            "--html - and the report would both go to standard output; "
            "give the report a file with --output FILE (or use --format html alone)"
        )
    if args.html and args.output and same_file(args.html, args.output):
        # One would silently overwrite the other.
        raise InputError(
            f"--html {args.html} and --output {args.output} are the same file; give two paths "
            "(or --format html --output FILE alone)"
        )


def write_reports(args: argparse.Namespace, report: Report, config: Config) -> None:
    from tqcheck.formats import RenderOptions, renderer

    output = args.output or STDOUT
    color = args.color == "always" or (
        args.color == "auto" and output == STDOUT and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    )
    options = RenderOptions(color=color, fail_on_label=config.fail_on.label if config.fail_on else "never")
    content = renderer(args.format)(report, options)
    if args.html:
        write_output(args.html, renderer("html")(report, options), inputs_of(args), config.path)
    write_output(output, content, inputs_of(args), config.path)


def inputs_of(args: argparse.Namespace) -> list[str]:
    return list(args.paths) + [p for p in (args.source, args.pairs) if p]


def run(args: argparse.Namespace) -> int:
    """``tqcheck check``: exit 1 when the report's verdict is fail, else 0."""
    from tqcheck.baseline import find_baseline

    refuse_conflicts(args)
    config = load_config(args, args.paths[0] if args.paths else args.pairs)
    for target in (args.output, args.html):
        if target:  # refused now, not after a long check
            refuse_overwriting(target, inputs_of(args), config.path)
    inputs = read_inputs(args, config)
    stages = backtranslation_stages(config, args.backtranslation, CHECK_MODE, {k: getattr(args, k) for k in BT_OVERRIDES})
    # A corrupt baseline stops the run before anything is checked.
    baseline = find_baseline(args.baseline, config, inputs.first, disabled=args.no_baseline)
    outcome = check_documents(inputs, config, stages=stages, baseline=baseline, language_check=not args.no_language_check)
    write_reports(args, outcome.report, config)
    # One rule for the exit code and the reports' verdict (Report.verdict).
    return EXIT_FINDINGS if outcome.report.verdict == "fail" else EXIT_OK

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
    if (getattr(args, "statistics", False) or getattr(args, "quiet", False)) and args.format != "text":
        flag = "--statistics" if args.statistics else "--quiet"
        raise InputError(f"{flag} shapes the text report; it does nothing with --format {args.format}")
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
    from tqcheck.formats import renderer

    output = args.output or STDOUT
    html = args.html or (args.format == "html" and output)
    options = render_options(args, report, config, with_baseline_keys=bool(html))
    content = renderer(args.format)(report, options)
    if args.html:
        write_output(args.html, renderer("html")(report, options), inputs_of(args), config.path)
    write_output(output, content, inputs_of(args), config.path)


def render_options(args: argparse.Namespace, report: Report, config: Config, *, with_baseline_keys: bool):
    """What the formats need besides the report: the terminal, the report
    flags, the rules' documentation and (for the HTML page's decisions)
    where a baseline file would record each finding."""
    import shutil

    from tqcheck.formats import DEFAULT_HTML_FINDINGS, DEFAULT_WIDTH, RenderOptions

    to_terminal = (args.output or STDOUT) == STDOUT and sys.stdout.isatty()
    color = args.color == "always" or (args.color == "auto" and to_terminal and "NO_COLOR" not in os.environ)
    return RenderOptions(
        color=color,
        fail_on_label=config.fail_on.label if config.fail_on else "never",
        width=shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns if to_terminal else DEFAULT_WIDTH,
        wrap=to_terminal,
        quiet=getattr(args, "quiet", False),
        statistics=getattr(args, "statistics", False),
        rules=rule_texts(report),
        baseline=baseline_target(args, config, report) if with_baseline_keys else None,
        max_findings=getattr(args, "html_max_findings", None) or DEFAULT_HTML_FINDINGS,
    )


def rule_texts(report: Report):
    """The documentation of every rule with a finding in ``report`` (accepted ones too)."""
    from tqcheck.formats import RuleText
    from tqcheck.rules import all_rules, monolingual_rules

    codes = sorted({f.code for r in report.results for f in (*r.findings, *r.accepted)})
    known = {r.code: r for r in monolingual_rules()}
    if any(code not in known for code in codes):  # a bilingual finding: those rules are loaded already
        known = {r.code: r for r in all_rules()}
    rules = [known[code] for code in codes if code in known]
    return tuple(RuleText(rule.code, rule.name, rule.doc.summary, tuple(rule.doc.sections)) for rule in rules)


def baseline_target(args: argparse.Namespace, config: Config, report: Report):
    """The baseline file the page's decisions are for (--baseline, else
    where check looks by default) and each finding's entry there, from
    tqcheck.baseline's own key_path and finding_key."""
    from dataclasses import replace
    from pathlib import Path

    from tqcheck.baseline import SCHEMA, baseline_path, finding_key, key_path
    from tqcheck.formats import BaselineTarget, DocumentKeys

    file, _ = baseline_path(args.baseline, config, args.paths[0] if args.paths else args.pairs)
    folder = Path(os.path.realpath(file)).parent
    documents = []
    for result in report.results:
        path = key_path(result.document, folder)
        if path is None:
            documents.append(None)
            continue
        segments = {s.id: s for s in result.segments}

        def sentence(f, result=result, segments=segments, path=path) -> str:
            # finding_key on the finding's own segment alone: the same key, without scanning every segment.
            seg = segments.get(f.segment_id)
            return finding_key(replace(result, segments=(seg,) if seg else ()), f, path)[2]

        documents.append(DocumentKeys(path, tuple(map(sentence, result.findings)), tuple(map(sentence, result.accepted))))
    return BaselineTarget(folder=str(folder), file=str(file), documents=tuple(documents), schema=SCHEMA)


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

"""``tqcheck check``: the paths (folders searched, :mod:`tqcheck.discover`)
checked by an engine (:mod:`tqcheck.archive`: this process, a process pool
or Ray), the configuration, rule selection and baseline as the shared
pipeline (:mod:`tqcheck.pipeline`) has them, and the report written document
by document as results come (:mod:`tqcheck.formats.stream`; the reviewer's
HTML with --html at the end). :func:`run` is the command's handler.

``--fix`` (and ``--unsafe-fixes``, ``--diff``): each file is fixed where it
is checked (tqcheck.archive.fix_checked: every engine process fixes its own
files) and the report is of the fixed text; ``--diff`` prints the changes
instead of the report and writes nothing; on standard input the fixed text
goes to standard output and the report to standard error."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from typing import IO, TYPE_CHECKING

from tqcheck.archive import Checked, Job, Rendering, acceptor
from tqcheck.commands import error_line
from tqcheck.commands.output import (
    STDOUT,
    refuse_overwriting,
    refuse_overwriting_baseline,
    same_file,
    streamed_output,
    write_output,
)
from tqcheck.config import Config
from tqcheck.discover import PAIRS, Target
from tqcheck.errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, InputError
from tqcheck.model import DocumentResult, Report
from tqcheck.pipeline import CHECK_MODE, backtranslation_mode, distinct_paths, load_config, max_bytes

if TYPE_CHECKING:
    from tqcheck.baseline import Baseline

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
    if args.engine != "ray" and (args.ray_address or args.ray_output):
        raise InputError("--ray-address and --ray-output go with --engine ray")
    if (getattr(args, "statistics", False) or getattr(args, "quiet", False)) and args.format != "text":
        flag = "--statistics" if args.statistics else "--quiet"
        raise InputError(f"{flag} shapes the text report; it does nothing with --format {args.format}")
    if not paths and not args.pairs:
        raise InputError("nothing to check: give one or more paths, - for standard input, or --pairs FILE")
    refuse_fix_conflicts(args)
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


def fixing(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "fix", False) or getattr(args, "diff", False))


def refuse_fix_conflicts(args: argparse.Namespace) -> None:
    """What --fix and --diff cannot do, refused before anything is read."""
    if not fixing(args):
        return
    flag = "--diff" if args.diff else "--fix"
    if args.pairs:
        raise InputError(f"{flag}: --pairs {args.pairs} is a bilingual file; --fix rewrites .txt, .md and .html files "
                         "(fix the translation in the tool that wrote the file, or check the target as a text file)")
    if args.engine == "ray":
        raise InputError(f"{flag} runs with --engine local (the Ray engine does not write files)")
    if args.diff and (args.format != "text" or args.output or args.html):
        raise InputError("--diff prints the changes as a unified diff on standard output instead of the report; "
                         "it takes no --format, --output or --html (run --fix for a report of the fixed text)")
    if args.paths == ["-"] and (args.html == STDOUT or args.output == STDOUT):
        raise InputError("--fix on standard input writes the fixed text to standard output; "
                         "give the report a file with --output FILE (without it, the report goes to standard error)")


def inputs_of(args: argparse.Namespace) -> list[str]:
    return list(args.paths) + [p for p in (args.source, args.pairs) if p]


def find_targets(args: argparse.Namespace) -> list[Target]:
    """The files to check: the paths, folders searched (tqcheck.discover),
    or the --pairs file."""
    from tqcheck.discover import Globs, targets

    if args.pairs:
        return [Target(args.pairs, PAIRS)]
    found = list(targets(args.paths, Globs(tuple(args.include or ()), tuple(args.exclude or ()))))
    # A file named twice (a.txt ./a.txt, a link, a file inside a folder also given) is checked once.
    kept = set(distinct_paths([t.path for t in found]))
    found = [t for t in found if t.path in kept and not kept.discard(t.path)]
    if not found:
        raise InputError(
            f"{', '.join(args.paths)}: no file to check (tqcheck reads .txt, .md, .html and the bilingual "
            ".tsv, .xlf/.xliff, .po and .tmx; hidden and git-ignored files are skipped)"
        )
    if args.source and len(found) > 1:
        raise InputError(f"--source goes with exactly one translated file ({args.paths[0]} holds {len(found)})")
    return found


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def results_of(args: argparse.Namespace, job: Job, targets: list[Target]) -> Iterator[Checked]:
    """The engine --engine names, checking ``targets`` in their order; a
    progress bar counts the files on standard error (a terminal's) unless
    the report itself streams to the terminal."""
    from tqcheck.archive import with_progress

    results = _engine_results(args, job, targets)
    report_on_terminal = (args.output or STDOUT) == STDOUT and sys.stdout.isatty()
    return results if report_on_terminal else with_progress(results, len(targets))


def _engine_results(args: argparse.Namespace, job: Job, targets: list[Target]) -> Iterator[Checked]:
    from tqcheck.archive import build_stages, choose_jobs, run_here, run_pool, work_items

    jobs = args.jobs or available_cores()
    # With back-translation, files go to a worker a batch at a time, so the
    # model translates the sentences of several documents together.
    batch = 1 if job.bt_mode == "off" else BT_BATCH_FILES
    if args.engine == "ray":
        from tqcheck.ray_engine import run_ray

        # Each file is read by a Ray worker, bilingual files too (no parent-side streaming).
        items = work_items(targets, stream_bytes=float("inf"))
        return run_ray(items, job, jobs, address=args.ray_address, output=args.ray_output, batch=batch)
    stages = build_stages(job)
    jobs = choose_jobs(jobs, targets)
    if jobs == 1:
        return run_here(work_items(targets), job, stages, batch)
    return run_pool(work_items(targets), job, stages, jobs, batch)


BT_BATCH_FILES = 16


def run(args: argparse.Namespace) -> int:
    """``tqcheck check``: exit 1 when the report's verdict is fail, 2 when a
    file could not be checked (after the report of the others), else 0."""
    from tqcheck.baseline import find_baseline

    refuse_conflicts(args)
    config = load_config(args, args.paths[0] if args.paths else args.pairs)
    for target in (args.output, args.html):
        if target:  # refused now, not after a long check
            refuse_overwriting(target, inputs_of(args), config.path)
    targets = find_targets(args)
    overrides = {k: getattr(args, k) for k in BT_OVERRIDES}
    mode = backtranslation_mode(config, args.backtranslation, CHECK_MODE, overrides)
    # A corrupt baseline stops the run before anything is checked.
    baseline = find_baseline(args.baseline, config, targets[0].path, disabled=args.no_baseline)
    for target in (args.output, args.html):
        refuse_overwriting_baseline(target, baseline.path if baseline is not None else None)
    options = None if args.diff else render_options(args, config)
    job = Job(
        config=config,
        encoding=args.encoding,
        max_bytes=max_bytes(args),
        language_check=not args.no_language_check,
        source=args.source,
        bt_mode=mode,
        bt_overrides=tuple(sorted(overrides.items())),
        fix=("unsafe" if args.unsafe_fixes else "safe") if fixing(args) else None,
        write=not args.diff,
        baseline=baseline if fixing(args) else None,
        render=rendering(args, config, options, baseline),
    )
    with closing(results_of(args, job, targets)) as results:
        if args.diff:
            return write_diffs(results)
        return write_reports(args, config, options, results, baseline)


def rendering(args: argparse.Namespace, config: Config, options, baseline: Baseline | None) -> Rendering | None:
    """Documents rendered where they are checked (tqcheck.archive.Rendering):
    for a streamed format, unless the whole report is needed (--html), the
    findings are (--diff), or Ray writes them as well (--ray-output)."""
    from tqcheck.formats.stream import STREAMED

    if args.format not in STREAMED or args.html or args.diff or args.ray_output:
        return None
    return Rendering(args.format, options, config.fail_on, baseline)


def write_diffs(results: Iterator[Checked]) -> int:
    """``--diff``: each changed document as a unified diff on standard
    output, a count on standard error; exit 1 when there is a change (as
    ``ruff check --diff``), 2 when a file could not be checked."""
    from tqcheck.display import printable
    from tqcheck.fixes import unified_diff

    terminal = sys.stdout.isatty()  # a patch stays byte for byte; a terminal gets no control character
    changed = fixed = errors = 0
    for checked in results:
        if checked.error is not None:
            errors += 1
            print(error_line(checked.error), file=sys.stderr, flush=True)
            continue
        fixed += sum(r.fixed for r in checked.results)
        for path, before, after in checked.changes:
            diff = unified_diff(path, before, after)
            if diff:
                changed += 1
                sys.stdout.write(printable(diff, keep="\n\r\t") if terminal else diff)
                sys.stdout.flush()
    files = f"{changed} file{'s' if changed != 1 else ''}"
    print(f"tqcheck: --diff: {fixed} finding{'s' if fixed != 1 else ''} would be fixed in {files}; nothing was written",
          file=sys.stderr)
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if changed else EXIT_OK


class _NothingChecked(Exception):
    """No file could be read: no report is written (each error was said)."""


def write_reports(args: argparse.Namespace, config: Config, options, results: Iterator[Checked],
                  baseline: Baseline | None) -> int:
    """Each document written as it comes (tqcheck.formats.stream), the
    run's summary at the end; a file that could not be checked is one line
    on standard error, in its place in the order."""
    from tqcheck.archive import Totals
    from tqcheck.formats.stream import writer

    output = args.output or STDOUT
    totals, errors = Totals(config), 0
    accept = acceptor(baseline)
    reviewed: list[DocumentResult] | None = [] if args.html else None  # the --html page needs them all
    # --fix on standard input: standard output is the fixed text.
    to_stderr = fixing(args) and args.paths == ["-"] and output == STDOUT
    try:
        with _on_stderr() if to_stderr else streamed_output(output, inputs_of(args), config.path) as out:
            # The HTML page is rendered from the whole report, with each finding's baseline entry.
            report = writer(args.format, out, options, config.fail_on,
                            page_options=lambda whole: page_options(args, config, options, whole))
            for checked in results:
                if checked.error is not None:
                    errors += 1
                    print(error_line(checked.error), file=sys.stderr, flush=True)
                    continue
                _write_fixed_stdin(checked, args.encoding)
                for piece in checked.rendered:  # rendered where it was checked (Job.render), baseline applied
                    totals.add_tally(piece.totals)
                    report.write(piece)
                for result in checked.results:
                    result = accept(result)
                    totals.add(result)
                    report.document(result)
                    if reviewed is not None:
                        reviewed.append(result)
            if not totals.documents:
                raise _NothingChecked
            whole, verdict = totals.report()
            report.finish(whole, verdict, errors)
    except _NothingChecked:
        return EXIT_ERROR
    if reviewed is not None:
        from tqcheck.formats.html import render

        whole = replace(whole, results=tuple(reviewed))
        write_output(args.html, render(whole, page_options(args, config, options, whole)), inputs_of(args), config.path)
    if errors:
        print(error_line(f"{errors} file{'s' if errors != 1 else ''} could not be checked (said above); "
                         f"{totals.documents} document{'s' if totals.documents != 1 else ''} checked"),
              file=sys.stderr)
        return EXIT_ERROR
    # One rule for the exit code and the reports' verdict.
    return EXIT_FINDINGS if verdict == "fail" else EXIT_OK


@contextmanager
def _on_stderr() -> Iterator[IO[str]]:
    yield sys.stderr
    sys.stderr.flush()


def _write_fixed_stdin(checked: Checked, encoding: str) -> None:
    """--fix on standard input: the text, fixed, on standard output (in --encoding)."""
    from tqcheck.fixes import STDIN, stdin_bytes

    for path, _, after in checked.changes:
        if path == STDIN:
            sys.stdout.flush()
            sys.stdout.buffer.write(stdin_bytes(after, encoding))
            sys.stdout.buffer.flush()


def render_options(args: argparse.Namespace, config: Config):
    """What the formats need besides the report: the terminal, the report
    flags and the rules' documentation."""
    from tqcheck.formats import DEFAULT_HTML_FINDINGS, DEFAULT_WIDTH, RenderOptions

    to_terminal = (args.output or STDOUT) == STDOUT and sys.stdout.isatty()
    color = args.color == "always" or (args.color == "auto" and to_terminal and "NO_COLOR" not in os.environ)
    width = DEFAULT_WIDTH
    if to_terminal:
        import shutil  # only for a terminal: shutil imports bz2 and lzma

        width = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return RenderOptions(
        color=color,
        fail_on_label=config.fail_on.label if config.fail_on else "never",
        width=width,
        wrap=to_terminal,
        quiet=getattr(args, "quiet", False),
        statistics=getattr(args, "statistics", False),
        rules=rule_texts(bilingual=bool(args.source or args.pairs)),
        max_findings=getattr(args, "html_max_findings", None) or DEFAULT_HTML_FINDINGS,
        unsafe_fixes=bool(getattr(args, "unsafe_fixes", False)),
    )


def page_options(args: argparse.Namespace, config: Config, options, report: Report):
    """``options`` for the reviewer's page of ``report``: with where a
    baseline file would record each finding (its decisions), and the
    bilingual rules' documentation when the report has their findings."""
    rules = options.rules
    known = {r.code for r in rules}
    if any(f.code not in known for r in report.results for f in (*r.findings, *r.accepted)):
        rules = rule_texts(bilingual=True)
    return replace(options, rules=rules, baseline=baseline_target(args, config, report))


def rule_texts(*, bilingual: bool):
    """Every rule's documentation (the bilingual rules' only when asked:
    a check without a source need not import them)."""
    from tqcheck.formats import RuleText
    from tqcheck.rules import all_rules, monolingual_rules

    rules = all_rules() if bilingual else monolingual_rules()
    return tuple(RuleText(rule.code, rule.name, rule.doc.summary, tuple(rule.doc.sections)) for rule in rules)


def baseline_target(args: argparse.Namespace, config: Config, report: Report):
    """The baseline file the page's decisions are for (--baseline, else
    where check looks by default) and each finding's entry there, from
    tqcheck.baseline's own key_path and finding_key."""
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

        def sentence(f, result=result, path=path) -> str:
            return finding_key(result, f, path)[2]

        documents.append(DocumentKeys(path, tuple(map(sentence, result.findings)), tuple(map(sentence, result.accepted))))
    return BaselineTarget(folder=str(folder), file=str(file), documents=tuple(documents), schema=SCHEMA)

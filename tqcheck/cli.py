"""The command line: every command and option tqcheck has is defined here,
and nowhere else; :func:`main` parses, calls the command's handler (in
:mod:`tqcheck.commands`) and turns a user error into one line on standard
error and exit code 2. Findings at or above ``--fail-on`` give exit 1."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from tqcheck import __version__, class_cache, regex_cache
from tqcheck.commands import error_line
from tqcheck.errors import EXIT_ERROR, EXIT_INTERRUPTED, TqcheckError


class Parser(argparse.ArgumentParser):
    """argparse prints its usage block and the message over several lines;
    like every other tqcheck error, a usage error is one line and exit 2.
    Subcommand parsers are made from the same class (argparse uses the
    parent's type), so this covers every subcommand."""

    def error(self, message: str) -> NoReturn:
        print(error_line(f"{message} (see `{self.prog} --help`)"), file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


# --- argument types ------------------------------------------------------------------


def _codes(value: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in value.replace(" ", ",").split(",") if c.strip())


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


# The largest --max-bytes: a read buffer this size is still an ordinary
# allocation, and no article comes near it (a larger value used to end in
# OverflowError or MemoryError).
MAX_BYTES_LIMIT = 1 << 30


def byte_limit(value: str) -> int:
    number = positive_int(value)
    if number > MAX_BYTES_LIMIT:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_BYTES_LIMIT:,} (1 GiB), not {number:,}")
    return number


# --- options shared by several commands -------------------------------------------------


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """What every checking command (check, hook run, baseline write) reads
    and which rules it runs: one spelling, one meaning."""
    parser.add_argument("--config", metavar="FILE", help="configuration file (default: found from the first file's folder upwards)")
    parser.add_argument("--target-lang", metavar="LANG", help="language of the checked text (default from config, else en)")
    parser.add_argument("--select", type=_codes, metavar="CODES", help="rule code prefixes to enable, comma-separated")
    parser.add_argument("--ignore", type=_codes, metavar="CODES", help="rule code prefixes to disable, comma-separated")
    parser.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    parser.add_argument("--max-bytes", type=byte_limit, default=None, metavar="N",
                        help="largest input accepted (default 20 MB, at most 1 GiB)")
    # Terminology (TQ801 required terms, TQ802 forbidden terms): tqcheck/glossary.py.
    parser.add_argument("--glossary", metavar="FILE", help="terminology to enforce: CSV/TSV (source, target, forbidden) or TBX")


def add_gate_options(parser: argparse.ArgumentParser, fail_on_default: str) -> None:
    """What decides the exit code of check and hook run."""
    from tqcheck.config import FAIL_ON_CHOICES  # here, not at the top: see main

    parser.add_argument("--fail-on", choices=FAIL_ON_CHOICES, help=f"lowest severity that makes the exit code 1 ({fail_on_default})")
    parser.add_argument("--baseline", metavar="FILE", help="accepted findings to leave out (default: [tool.tqcheck.baseline] "
                        "file, else tqcheck-baseline.json beside the config file or at the repository root, when it exists)")
    parser.add_argument("--no-baseline", action="store_true", help="show the findings a baseline accepted")
    parser.add_argument("--no-language-check", action="store_true", help="do not confirm the text's language")


def add_backtranslation_option(parser: argparse.ArgumentParser | argparse._ArgumentGroup, help_text: str) -> None:
    from tqcheck.backtranslation import MODES  # here, not at the top: see main

    parser.add_argument("--backtranslation", choices=MODES, default=None, help=help_text)


# --- the commands --------------------------------------------------------------------


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``command``, only that command gets its
    options and actions, the others their name and help (enough for argparse
    to dispatch and to name them all in an error): what :func:`main` builds
    for a command line that starts with a command, a fraction of the whole."""
    parser = Parser(prog="tqcheck", description="Find machine-translation artifacts in translated text.")
    parser.add_argument("--version", action="version", version=f"tqcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    for name, help_text, fill in COMMANDS:
        sub = commands.add_parser(name, help=help_text)
        if command is None or command == name:
            fill(sub)
    return parser


def _fill_rules(rules: argparse.ArgumentParser) -> None:
    rules.add_argument("code", nargs="?", help="a rule code such as TQ101")


def _actions(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    """The subcommands of a command (``hook install``, ``models list``...), in ``args.action``."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    return actions


def _fill_check(check: argparse.ArgumentParser) -> None:
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="files or folders to check (.txt, .md, .html; .tsv/.xlf/.po/.tmx as pairs); - for stdin")
    check.add_argument("--source", metavar="PATH", help="the source text the file was translated from")
    check.add_argument("--pairs", metavar="FILE", help="bilingual file: TSV (source<TAB>target), XLIFF, PO or TMX")
    check.add_argument("--source-lang", metavar="LANG", help="source language (default from config, else bg)")
    check.add_argument("--format", choices=("text", "json", "jsonl", "github", "html"), default="text",
                       help="report format; jsonl: one JSON document per line as each file is checked, then a summary line")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout (- is stdout)")
    check.add_argument("--html", metavar="FILE", help="also write the reviewer's HTML summary to FILE (not the --output file)")
    add_input_options(check)
    add_gate_options(check, "default: config, else major")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    _add_report_options(check)
    _add_fix_options(check)
    _add_archive_options(check)
    bt = check.add_argument_group("back-translation")
    add_backtranslation_option(bt, "round-trip every sentence through MarianMT (default auto: when models are available)")
    bt.add_argument("--bt-model", metavar="ID|DIR", help="model translating the text back into the source language")
    bt.add_argument("--rt-model", metavar="ID|DIR", help="model bringing the back-translation forward again")
    bt.add_argument("--bt-beam", type=positive_int, metavar="N", help="beam size (default 1: greedy)")
    bt.add_argument("--bt-quantize", choices=("none", "int8"), help="dynamic int8 quantisation on CPU")
    bt.add_argument("--bt-device", choices=("auto", "cpu", "cuda"), help="where to run the models")
    bt.add_argument("--bt-batch-size", type=positive_int, metavar="N", help="sentences per batch")


# --- how check shows its report ------------------------------------------------------

HTML_FINDINGS_DEFAULT = 3000  # tqcheck.formats.DEFAULT_HTML_FINDINGS (not imported: the CLI loads no format)


def _add_report_options(check: argparse.ArgumentParser) -> None:
    report = check.add_argument_group("report")
    report.add_argument("--statistics", action="store_true",
                        help="text format: a count of findings per rule (code, count, name, severity) instead of the findings")
    report.add_argument("--quiet", "-q", action="store_true",
                        help="text format: only the findings at or above --fail-on, one line each, the notes "
                        "(what was skipped) and the summary line")
    report.add_argument("--html-max-findings", type=positive_int, metavar="N",
                        help=f"findings the HTML page lists and highlights (default {HTML_FINDINGS_DEFAULT}); "
                        "the rest are counted there and all are in --format json")


def _add_fix_options(check: argparse.ArgumentParser) -> None:
    """Ruff's model: --fix applies the safe fixes, --unsafe-fixes the others too, --diff shows them."""
    fixes = check.add_argument_group("fixes")
    fixes.add_argument("--fix", action="store_true",
                       help="apply the safe fixes (quote glyphs, spaces, dashes, number and date formats, page-furniture "
                       "lines) to the files, replaced in place, then report what remains; standard input: the fixed "
                       "text goes to standard output and the report to standard error")
    fixes.add_argument("--unsafe-fixes", action="store_true",
                       help="with --fix or --diff, apply the unsafe fixes too (calques rewritten, names, acronyms)")
    fixes.add_argument("--diff", action="store_true",
                       help="print what --fix would change as a unified diff instead of the report, and change "
                       "nothing (exit 1 when there is a change)")


def _add_archive_options(check: argparse.ArgumentParser) -> None:
    """Folders, parallel checking and the Ray engine (tqcheck.archive)."""
    group = check.add_argument_group("archives and corpora")
    group.add_argument("--include", action="append", metavar="GLOB",
                       help="in folders, check only files matching GLOB (repeatable; a GLOB with / matches the path)")
    group.add_argument("--exclude", action="append", metavar="GLOB",
                       help="in folders, skip files and folders matching GLOB (repeatable)")
    group.add_argument("--jobs", "-j", type=positive_int, metavar="N",
                       help="processes checking files at once (default: the number of cores; small inputs use one)")
    group.add_argument("--engine", choices=("local", "ray"), default="local",
                       help="local: this machine's processes; ray: Ray Data, locally or on a cluster (the ray extra)")
    group.add_argument("--ray-address", metavar="ADDRESS", help="join this Ray cluster (default: start a local instance)")
    group.add_argument("--ray-output", metavar="DIR",
                       help="also write one Parquet row per document into DIR, from the Ray workers")


def _fill_models(models: argparse.ArgumentParser) -> None:
    actions = _actions(models)
    actions.add_parser("list", help="the model table and what is in the local cache")
    pull = actions.add_parser("pull", help="download a pair's two models into the Hugging Face cache")
    pull.add_argument("pair", help="article pair, source-target: bg-en for a Bulgarian->English article")
    verify = actions.add_parser("verify", help="load a model folder (or hub id) and translate one sentence")
    verify.add_argument("path", help="a MarianMT folder or a hub id")
    verify.add_argument("--text", default=None, help="sentence to translate (default: one in the model's language)")
    verify.add_argument("--bt-device", choices=("auto", "cpu", "cuda"), default="auto")


def _fill_cache(cache: argparse.ArgumentParser) -> None:
    actions = _actions(cache)
    actions.add_parser("info", help="where the cache is, its size and entries per model")
    actions.add_parser("clear", help="delete every cached translation")


def _fill_hook(parser: argparse.ArgumentParser) -> None:
    hook = _actions(parser)
    install = hook.add_parser("install", help="write a git pre-commit hook that runs `tqcheck hook run`")
    install.add_argument("repo", nargs="?", default=".", metavar="REPO", help="the git repository (default: .)")
    install.add_argument("--force", action="store_true", help="replace a pre-commit hook tqcheck did not write (kept as a backup)")

    run = hook.add_parser("run", help="check files before publishing: exit 1 blocks, 0 publishes, 2 is an error")
    run.add_argument("paths", nargs="*", metavar="PATH", help="files to check; - reads the text from standard input")
    run.add_argument("--staged", action="store_true", help="check the .txt/.md/.html files staged in the current git repository, "
                     "with the staged baseline")
    add_input_options(run)
    add_gate_options(run, "default: [tool.tqcheck.hook] fail-on, else the config's, else major")
    add_backtranslation_option(run, "default: [tool.tqcheck.hook] backtranslation, else off")


def _fill_baseline(parser: argparse.ArgumentParser) -> None:
    baseline = _actions(parser)
    write = baseline.add_parser("write", help="record the findings of PATHS as accepted (other files' entries are kept)")
    write.add_argument("paths", nargs="+", metavar="PATH")
    write.add_argument("--output", "-o", default=None, metavar="FILE",
                       help="baseline file to write (default: where `hook run` and `check` look for it; - for stdout)")
    write.add_argument("--force", action="store_true", help="overwrite FILE even when it is not a tqcheck baseline")
    add_input_options(write)
    add_backtranslation_option(write, "default: as the hook")


# Each command: its name, its help in `tqcheck --help`, and what adds its options.
COMMANDS: tuple[tuple[str, str, Callable[[argparse.ArgumentParser], None]], ...] = (
    ("check", "check translated files and report findings", _fill_check),
    ("rules", "list the rules, or explain one", _fill_rules),
    ("models", "list, download and verify back-translation models", _fill_models),
    ("cache", "the back-translation cache", _fill_cache),
    ("hook", "pre-publish hook: install it into git, or run it on files", _fill_hook),
    ("baseline", "accept the current findings of files (a baseline file)", _fill_baseline),
)


# --- running -----------------------------------------------------------------------


def handler_for(command: str, action: str | None) -> Callable[[argparse.Namespace], int]:
    """The handler of a command. Each is imported only when its command
    runs: `hook run` must not load renderers, nor `rules` the engine."""
    match command, action:
        case "check", None:
            from tqcheck.commands.check import run as handler
        case "rules", None:
            from tqcheck.commands.rules import run as handler
        case "hook", "run":
            from tqcheck.commands.hook import run as handler
        case "hook", "install":
            from tqcheck.commands.hook import install as handler
        case "baseline", "write":
            from tqcheck.commands.baseline import write as handler
        case "models", "list":
            from tqcheck.commands.models import list_models as handler
        case "models", "pull":
            from tqcheck.commands.models import pull as handler
        case "models", "verify":
            from tqcheck.commands.models import verify as handler
        case "cache", "info":
            from tqcheck.commands.cache import info as handler
        case "cache", "clear":
            from tqcheck.commands.cache import clear as handler
        case _:
            raise LookupError(f"no handler for `{command} {action}`")  # a command added above but not here
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    # Dataclasses' methods compiled in an earlier run are not compiled again
    # (tqcheck.class_cache): this module imports no dataclass at its top, so
    # every class a command defines is made inside this block.
    with class_cache.kept():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    # The process's own command line (the console script, python -m tqcheck):
    # what start-up makes (modules, classes, the parser) lives as long as the
    # process, so the cyclic collector does not scan it while the imports
    # run, then keeps it out of its later scans (gc.freeze): about 4% of a
    # one-article check. A call with arguments (tests, embedding) leaves the
    # collector alone.
    own = argv is None and gc.isenabled()
    argv = sys.argv[1:] if argv is None else list(argv)
    if own:
        gc.disable()
    try:
        return _run(argv, own)
    finally:
        if own:
            gc.enable()


def _run(argv: list[str], own: bool) -> int:
    named = argv[0] if argv and any(argv[0] == name for name, _, _ in COMMANDS) else None
    try:
        args = build_parser(named).parse_args(argv)
    except SystemExit as exc:  # Parser.error printed one line; --help and --version exit 0
        return int(exc.code or 0)
    try:
        with regex_cache.kept():  # the patterns compiled in an earlier run are not compiled again
            handler = handler_for(args.command, getattr(args, "action", None))
            if own:
                gc.freeze()
                gc.enable()
            return handler(args)
    except TqcheckError as exc:
        print(error_line(str(exc)), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("tqcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`tqcheck check ... | head`); not our error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR

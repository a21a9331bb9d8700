"""The command line: parse arguments, build the pieces, call the core, write
the report. Every user error is one line on standard error and exit code 2;
findings at or above ``--fail-on`` give exit 1."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from tqcheck import __version__
from tqcheck.config import FAIL_ON_CHOICES
from tqcheck.errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, TqcheckError, UsageError


def _error_line(message: str) -> str:
    """``tqcheck: error: ...`` with the input's control characters escaped
    (a file name can hold a terminal escape sequence)."""
    from tqcheck.display import printable

    return printable(f"tqcheck: error: {message}")


class Parser(argparse.ArgumentParser):
    """argparse prints its usage block and the message over several lines;
    like every other tqcheck error, a usage error is one line and exit 2.
    Subcommand parsers are made from the same class (argparse uses the
    parent's type), so this covers every subcommand."""

    def error(self, message: str) -> NoReturn:
        print(_error_line(f"{message} (see `{self.prog} --help`)"), file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


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


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """What every checking command (check, hook run, baseline write) reads
    and which rules it runs: one spelling, one meaning."""
    parser.add_argument("--config", metavar="FILE", help="configuration file (default: found from the first file's folder upwards)")
    parser.add_argument("--target-lang", metavar="LANG", help="language of the checked text (default from config, else en)")
    parser.add_argument("--select", type=_codes, metavar="CODES", help="rule code prefixes to enable, comma-separated")
    parser.add_argument("--ignore", type=_codes, metavar="CODES", help="rule code prefixes to disable, comma-separated")
    parser.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    parser.add_argument("--max-bytes", type=positive_int, default=None, metavar="N", help="largest input accepted (default 20 MB)")


def add_gate_options(parser: argparse.ArgumentParser, fail_on_default: str) -> None:
    """What decides the exit code of check and hook run."""
    parser.add_argument("--fail-on", choices=FAIL_ON_CHOICES, help=f"lowest severity that makes the exit code 1 ({fail_on_default})")
    parser.add_argument("--baseline", metavar="FILE", help="accepted findings to leave out (default: [tool.tqcheck.baseline] "
                        "file, else tqcheck-baseline.json beside the config file or at the repository root, when it exists)")
    parser.add_argument("--no-baseline", action="store_true", help="show the findings a baseline accepted")
    parser.add_argument("--no-language-check", action="store_true", help="do not confirm the text's language")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="tqcheck", description="Find machine-translation artifacts in translated text.")
    parser.add_argument("--version", action="version", version=f"tqcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    check = commands.add_parser("check", help="check translated files and report findings")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files to check (.txt, .md, .html); - for stdin")
    check.add_argument("--source", metavar="PATH", help="the source text the file was translated from")
    check.add_argument("--pairs", metavar="FILE", help="bilingual file: TSV (source<TAB>target), XLIFF, PO or TMX")
    check.add_argument("--source-lang", metavar="LANG", help="source language (default from config, else bg)")
    check.add_argument("--format", choices=("text", "json", "github", "html"), default="text")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--html", metavar="FILE", help="also write the reviewer's HTML summary to FILE (not the --output file)")
    add_input_options(check)
    add_gate_options(check, "default: config, else major")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    bt = check.add_argument_group("back-translation")
    bt.add_argument("--backtranslation", choices=("off", "auto", "require"), default=None,
                    help="round-trip every sentence through MarianMT (default auto: when models are available)")
    bt.add_argument("--bt-model", metavar="ID|DIR", help="model translating the text back into the source language")
    bt.add_argument("--rt-model", metavar="ID|DIR", help="model bringing the back-translation forward again")
    bt.add_argument("--bt-beam", type=int, metavar="N", help="beam size (default 1: greedy)")
    bt.add_argument("--bt-quantize", choices=("none", "int8"), help="dynamic int8 quantisation on CPU")
    bt.add_argument("--bt-device", choices=("auto", "cpu", "cuda"), help="where to run the models")
    bt.add_argument("--bt-batch-size", type=int, metavar="N", help="sentences per batch")
    check.set_defaults(func=run_check)

    rules = commands.add_parser("rules", help="list the rules, or explain one")
    rules.add_argument("code", nargs="?", help="a rule code such as TQ101")
    rules.set_defaults(func=run_rules)

    _register_optional_commands(commands)
    return parser


def _register_optional_commands(commands: argparse._SubParsersAction) -> None:
    from tqcheck.backtranslation import register_commands as register_bt
    from tqcheck.hook import register_commands as register_hook

    register_bt(commands)
    register_hook(commands)


def run_check(args: argparse.Namespace) -> int:
    from tqcheck.checking import run

    return run(args)


def run_rules(args: argparse.Namespace) -> int:
    from tqcheck.rules import all_rules, rule_by_code

    if args.code:
        rule = rule_by_code(args.code)
        if rule is None:
            raise UsageError(f"no rule {args.code!r}; `tqcheck rules` lists them")
        print(f"{rule.code} {rule.name} ({rule.severity_range}, {rule.category.value})\n")
        print(rule.doc.summary + "\n")
        for title, body in rule.doc.sections:
            print(f"## {title}\n{body}\n")
        return EXIT_OK
    for rule in all_rules():
        print(f"{rule.code}  {rule.name:<34} {rule.severity_range:<13} {rule.category.value:<24} {rule.doc.summary}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # Parser.error printed one line; --help and --version exit 0
        return int(exc.code or 0)
    try:
        return args.func(args)
    except TqcheckError as exc:
        print(_error_line(str(exc)), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("tqcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`tqcheck check ... | head`); not our error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR

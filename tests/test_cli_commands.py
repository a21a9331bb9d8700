"""The command line defines every command (tqcheck/cli.py) and hands each to
its handler in tqcheck/commands: no command without one."""

from __future__ import annotations

import argparse

from tqcheck.cli import build_parser, handler_for


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(found[0].choices) if found else {}


def test_every_command_has_a_handler():
    commands = []
    for name, command in subcommands(build_parser()).items():
        actions = subcommands(command)
        commands += [(name, action) for action in actions] if actions else [(name, None)]
    assert len(commands) == 10  # check, rules, hook run/install, baseline write, models list/pull/verify, cache info/clear
    for name, action in commands:
        assert callable(handler_for(name, action)), (name, action)


# What `main` builds for a command line that names a command: that command's
# options only (the others by name and help). It must parse, fail and help
# exactly as the whole parser does.
SAMPLES = [
    ["check", "a.txt"], ["check", "--format", "json", "-o", "r.json", "--select", "TQ1,TQ2", "a.txt", "b.txt"],
    ["check", "--bt-beam", "0", "a.txt"], ["check", "--no-such-option"], ["check", "--format", "xml", "a.txt"],
    ["check", "--help"], ["check", "-h"], ["check"],
    ["rules"], ["rules", "TQ101"], ["rules", "--help"], ["rules", "a", "b"],
    ["hook", "run", "a.txt"], ["hook", "run", "--staged", "--fail-on", "minor"], ["hook", "install", "--force"],
    ["hook"], ["hook", "--help"], ["hook", "run", "--help"], ["hook", "runx"],
    ["baseline", "write", "a.txt", "-o", "-"], ["baseline", "write"], ["baseline", "write", "--help"],
    ["models", "list"], ["models", "pull", "bg-en"], ["models", "verify", "x", "--bt-device", "tpu"], ["models", "-h"],
    ["cache", "info"], ["cache", "clear", "extra"], ["cache", "--help"],
]


def _outcome(parser: argparse.ArgumentParser, argv: list[str], capsys) -> tuple:
    try:
        result = ("parsed", sorted(vars(parser.parse_args(argv)).items()))
    except SystemExit as exc:
        result = ("exit", exc.code)
    out = capsys.readouterr()
    return result, out.out, out.err


def test_a_parser_of_one_command_parses_as_the_whole_one(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    for argv in SAMPLES:
        assert _outcome(build_parser(argv[0]), argv, capsys) == _outcome(build_parser(), argv, capsys), argv
    lean = subcommands(build_parser("check"))
    assert list(lean) == list(subcommands(build_parser()))  # every command is there, to be named in an error
    assert not lean["rules"]._actions[1:] and lean["check"]._actions[1:]  # only check has its options

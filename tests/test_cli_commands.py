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

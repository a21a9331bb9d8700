"""Pre-publish hook commands (issue 4). Placeholder registration point: the
``hook`` and ``baseline`` commands are added here."""

from __future__ import annotations

import argparse


def register_commands(commands: argparse._SubParsersAction) -> None:
    return None

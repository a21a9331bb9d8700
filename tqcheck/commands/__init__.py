"""The command handlers: one module per command (check, rules, hook,
baseline, models, cache), each a function ``(args) -> exit code``.

The command line (:mod:`tqcheck.cli`) defines every option and calls these;
they never import it. What ``check``, ``hook run`` and ``baseline write``
share (configuration, reading, checking) is :mod:`tqcheck.pipeline`, and
every file a command writes goes through :mod:`tqcheck.commands.output`.
"""

from __future__ import annotations


def error_line(message: str) -> str:
    """``tqcheck: error: ...`` with the input's control characters escaped
    (a file name can hold a terminal escape sequence)."""
    from tqcheck.display import printable

    return printable(f"tqcheck: error: {message}")

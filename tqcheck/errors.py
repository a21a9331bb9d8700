"""What tqcheck tells a user went wrong, and the exit codes. A leaf module.

Every error a user can cause is one of these, described in one line; the
command line prints it as ``tqcheck: error: ...`` and exits with
:data:`EXIT_ERROR`, never with a traceback.
"""

from __future__ import annotations

EXIT_OK = 0  # nothing at or above --fail-on: publish
EXIT_FINDINGS = 1  # findings at or above --fail-on: block
EXIT_ERROR = 2  # a usage, configuration or input error
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


class TqcheckError(Exception):
    """A problem the user can fix, described in one line."""


class UsageError(TqcheckError):
    """Arguments tqcheck cannot honour."""


class ConfigError(TqcheckError):
    """A configuration problem."""


class InputError(TqcheckError):
    """A problem with an input (or an output file)."""


class StageError(TqcheckError):
    """A stage cannot run as asked (``--backtranslation=require`` without a
    model, a corrupt model folder...)."""

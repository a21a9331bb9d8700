"""Progress bars on standard error (tqdm), for runs long enough to leave a
terminal silent: the sentences of a back-translation, the files of a folder.

Drawn only where someone watches: standard error is a terminal, and in the
main process (the workers of a pool would draw over each other). Never in a
pipe, a log or a test's captured output; a run shorter than
:data:`DELAY` seconds shows nothing. tqdm is imported only to draw.
"""

from __future__ import annotations

import sys
from typing import Any

DELAY = 1.0  # seconds before a bar appears


def progress_bar(total: int, label: str, unit: str) -> Any:
    """A tqdm bar (close it, or use it as a context manager), or None where
    none must be drawn."""
    if total < 2 or not sys.stderr.isatty():
        return None
    import multiprocessing  # only now: a one-file or piped run need not load it

    if multiprocessing.parent_process() is not None:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=label, unit=unit, file=sys.stderr, leave=False, delay=DELAY, dynamic_ncols=True)

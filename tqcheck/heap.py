"""The C heap under a large document (a leaf module).

glibc's malloc serves a block of 128 KB or more with its own mmap, given
back when freed, but each time such a block is freed it raises that
threshold to the block's size (up to 32 MB): after the decoded text of a
large file has been freed once, every list buffer and string the rules
and the engine make and free is served from the heap, whose freed middle
is never given back. Fixing the threshold keeps them mmapped: 16 MB of
English peaks 25 MB lower, at no measurable cost in time."""

from __future__ import annotations

import functools

# Files at least this large fix the threshold before they are read: small
# ones gain nothing and skip loading ctypes (a millisecond of start-up).
LARGE_INPUT = 1 << 20
_M_MMAP_THRESHOLD = -3  # mallopt's parameter (malloc.h)
_THRESHOLD = 128 * 1024  # glibc's default, made fixed


@functools.cache
def fix_mmap_threshold() -> bool:
    """Fix the C library's mmap threshold at glibc's default (mallopt, once
    a process); False where the C library has no mallopt."""
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter runs on
    except (OSError, AttributeError):
        return False
    return mallopt(_M_MMAP_THRESHOLD, _THRESHOLD) == 1

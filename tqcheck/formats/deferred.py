"""Text made when it is written (see tqcheck.formats.stream). A leaf
module: the formats that make such text import it, and the writers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any


class Deferred:
    """Strings made when they are read: iterating gives what ``make()``
    yields, anew each time. Pickled, it is the tuple of those strings (a
    document's JSON comes in strings of about 64 KB, its text report a
    batch of lines to a string)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Iterable[str]]) -> None:
        self.make = make

    def __iter__(self) -> Iterator[str]:
        return iter(self.make())

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (tuple(self.make()),))

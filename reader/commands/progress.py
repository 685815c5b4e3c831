"""Progress of a long command on standard error, when that is a terminal (silent otherwise)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from reader.core.i18n import _


@contextmanager
def terminal_progress(
    verb: str, stream: TextIO | None = None
) -> Iterator[Callable[[int, int, str], None]]:
    """A ``progress(done, total, what)`` callback that redraws one line on a terminal."""
    out = stream if stream is not None else sys.stderr
    shown = out.isatty()
    width = 0

    def progress(done: int, total: int, what: str) -> None:
        nonlocal width
        if not shown:
            return
        line = _("{doing} {done}/{total}: {what}").format(
            doing=verb, done=done, total=total, what=what
        )[:100]
        out.write("\r" + line.ljust(width))
        out.flush()
        width = len(line)

    try:
        yield progress
    finally:
        if shown and width:
            out.write("\r" + " " * width + "\r")
            out.flush()

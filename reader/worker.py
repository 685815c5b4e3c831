"""A worker process: runs one named function on pickled arguments, and answers with a pickle.

Started as ``python -m reader.worker`` by the window (``reader.ui.background``). It reads
``(work, args)`` from its standard input, where ``work`` names a function "package.module:name",
and writes the function's result, or the exception it raised, to its standard output. It imports
only what the work needs: no Qt, and not the module that started it.

Standard input stays open while the answer is wanted: when it closes (the window went away,
crashed, or no longer needs the answer) the worker stops at once, so no orphan works on.
"""

from __future__ import annotations

import importlib
import os
import pickle
import sys
import threading
from collections.abc import Callable
from typing import Any


def resolve(work: str) -> Callable[..., Any]:
    """The function named ``work``, "package.module:function"."""
    module, _, name = work.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def answer(work: str, args: tuple[Any, ...]) -> bytes:
    """The pickled outcome of ``work(*args)``: its result, or the exception it raised, or an
    error saying the outcome could not be pickled."""
    try:
        outcome: Any = resolve(work)(*args)
    except Exception as error:
        outcome = error
    try:
        return pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:
        return pickle.dumps(RuntimeError(f"the result could not be sent back: {error}"))


STOPPED = 3  # the exit status of a worker whose standard input closed before it answered


def _stop_with_the_asker() -> None:
    """Wait for the end of standard input, then end the process. Reads the file descriptor
    itself: a thread blocked inside sys.stdin would hold its lock, and Python aborts at exit
    when it cannot take that lock to close the file."""
    while os.read(sys.stdin.fileno(), 1 << 16):
        pass
    os._exit(STOPPED)


def main() -> int:
    """Read the work from standard input, write its outcome to standard output."""
    try:
        work, args = pickle.load(sys.stdin.buffer)
    except (EOFError, pickle.UnpicklingError):  # the asker went away while sending it
        return STOPPED
    threading.Thread(target=_stop_with_the_asker, daemon=True).start()
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # whatever the work prints goes to the terminal, not into the answer
    out.write(answer(work, args))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

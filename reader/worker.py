"""A worker process: runs one named function on pickled arguments, and answers with a pickle.

Started as ``python -m reader.worker`` by the window (``reader.ui.background``). It reads
``(work, args)`` from its standard input, where ``work`` names a function "package.module:name",
and writes the function's result, or the exception it raised, to its standard output. It imports
only what the work needs: no Qt, and not the module that started it.
"""

from __future__ import annotations

import importlib
import pickle
import sys
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


def main() -> int:
    """Read the work from standard input, write its outcome to standard output."""
    work, args = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # whatever the work prints goes to the terminal, not into the answer
    out.write(answer(work, args))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

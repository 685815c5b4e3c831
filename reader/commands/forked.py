"""A value worked out in a second process while this one works on: ``reader check`` aligns
there while it reads every paragraph here.

The second process is forked after the imports, so it needs none of its own, and sends its
result back pickled through a pipe (small: an alignment's beads). Where a second process
cannot be had or would not pay (``can_fork``: no ``fork``, one processor, a thread running,
Qt loaded; or a caller that knows the work is small), and where it fails (an exception,
killed, its answer cut short or unreadable), the work is done here instead, when its result
is asked for: as it would have been without a second process, its errors included. Whatever
happens, the second process is waited for (no zombie) and killed if its result is no longer
wanted (an error or Ctrl-C here).

Only the command line forks: the window runs its work in worker processes started afresh
(``reader.worker``), and a process with Qt loaded must not be forked (Qt's threads and locks
would be copied in whatever state they were in).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import Generic, NoReturn, TypeVar

__all__ = ["Forked", "can_fork", "processors"]

T = TypeVar("T")

# Modules whose presence makes a fork unsafe: Qt keeps threads and locks of its own.
_UNSAFE_MODULES = ("PySide6", "shiboken6")


def processors() -> int:
    """The processors this process may run on (its affinity, where the system says)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether a forked second process is safe here and would run beside this one: on Linux
    (macOS's system frameworks are not safe to fork, which is why Python spawns there), with
    two processors or more, no other thread running and no Qt loaded."""
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and processors() >= 2
        and threading.active_count() == 1
        and not any(name in sys.modules for name in _UNSAFE_MODULES)
    )


class Forked(contextlib.AbstractContextManager["Forked[T]"], Generic[T]):
    """``work()`` under way in a forked second process; ``result()`` waits for it, or works it
    out here where the second process was not started or failed. A context manager: leaving
    it ends the second process if it still runs."""

    def __init__(self, work: Callable[[], T], *, fork: bool = True) -> None:
        """Starts ``work`` in a second process when ``fork`` (the caller's judgement that it
        is worth one) and ``can_fork()`` allow, else leaves it for ``result()``."""
        self._work = work
        self._pid: int | None = None
        self._answer: int | None = None
        if fork and can_fork():
            self._start()

    @property
    def forked(self) -> bool:
        """Whether the work runs in a second process (until its result is taken)."""
        return self._pid is not None

    def _start(self) -> None:
        try:
            answer, out = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:  # no process to be had (a limit reached): the work is done here
            os.close(answer)
            os.close(out)
            return
        if pid == 0:
            os.close(answer)
            _child(self._work, out)
        os.close(out)  # here, so that the answer ends where the second process ends
        self._pid, self._answer = pid, answer

    def result(self) -> T:
        """What ``work()`` returned in the second process, or returns here."""
        if self._pid is None or self._answer is None:
            return self._work()
        try:
            with os.fdopen(self._answer, "rb") as answer:
                self._answer = None
                data = answer.read()
        except OSError:
            data = b""
        if self._reap() == 0 and data:
            try:
                return pickle.loads(data)  # type: ignore[no-any-return]
            except Exception:  # an answer cut short or unreadable: worked out here
                pass
        return self._work()

    def close(self) -> None:
        """Ends the second process if it still runs, and waits for it."""
        if self._answer is not None:
            os.close(self._answer)
            self._answer = None
        if self._pid is not None:
            with contextlib.suppress(ProcessLookupError):  # ended, not yet waited for
                os.kill(self._pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> int:
        """Waits for the second process to end: its exit status, negative where a signal
        ended it."""
        assert self._pid is not None
        pid, self._pid = self._pid, None
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:  # waited for elsewhere: not known to have succeeded
            return -1
        return os.waitstatus_to_exitcode(status)

    def __exit__(self, *raised: object) -> None:
        self.close()


def _child(work: Callable[[], object], out: int) -> NoReturn:
    """The second process: ``work()``'s result pickled into ``out``, then an exit that runs
    nothing of the parent's (no atexit handler, no flush of its buffered output). Any failure
    exits 1, silently: the parent then does the work itself and reports as it would have."""
    status = 1
    try:
        with os.fdopen(out, "wb") as answer:
            pickle.dump(work(), answer, protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    except BaseException:  # Ctrl-C included: the parent decides what to do
        pass
    finally:
        os._exit(status)

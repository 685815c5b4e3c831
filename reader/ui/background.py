"""Pure work off the GUI thread, its outcome handed back to the GUI thread.

The fidelity checks take 0.1 s on the sample and a second on a 1 MB article: run on the GUI
thread they would freeze the window just after it first shows the text. Run in a thread of this
process they compete with the GUI for Python's interpreter lock: scrolling then stutters (steps
of 50 ms and more, measured on a 500 kB article). So the work runs in a worker process
(``reader.worker``, a fresh interpreter that imports no Qt), on another core, and its outcome
comes back through a pipe that the GUI thread's event loop watches. A thread is the fallback
where no process can be started. (The watching needs pipes a QSocketNotifier can watch: POSIX.)

The work is named ("module:function"): the worker imports it, the GUI process never does. The
checks' modules take 55 ms to import, which the window would otherwise spend frozen right after
it first shows the text. Its arguments and result must be picklable, and it must not touch Qt.
``done`` gets the result, or the exception the work raised, in the GUI thread, unless the widget
that asked is gone by then.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal
from shiboken6 import isValid


class WorkStopped(RuntimeError):
    """The child process ended without an answer (killed, or crashed)."""


class Job:
    """Work under way; ``cancel()`` stops it and drops its outcome. ``pid`` is its worker
    process's (None for a thread)."""

    def __init__(self, pid: int | None = None) -> None:
        self.pid = pid
        self.cancelled = False
        self._stop: Callable[[], None] = lambda: None

    def cancel(self) -> None:
        self.cancelled = True
        self._stop()


def _feed(stdin: IO[bytes], work: str, args: tuple[Any, ...]) -> None:
    """Write the work and its arguments to the worker, and leave the pipe open: the worker
    stops when it closes (reader.worker). A worker stopped before it read them is fine."""
    import pickle

    with contextlib.suppress(OSError, ValueError):  # gone, or its pipe closed by a cancel
        pickle.dump((work, args), stdin, protocol=pickle.HIGHEST_PROTOCOL)
        stdin.flush()


def run_in_process(
    owner: QObject, work: str, args: tuple[Any, ...], done: Callable[[Any], None]
) -> Job:
    """Run the function named ``work`` ("module:function") on ``args`` in a worker process
    (``python -m reader.worker``); call ``done`` with the outcome in the GUI thread. Falls back
    to a thread if no process can be started."""
    import pickle
    import subprocess

    from reader.worker import resolve

    if not sys.executable:  # embedded, with no interpreter to start
        return run_in_thread(owner, lambda: resolve(work)(*args), done)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "reader.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
    except OSError:
        return run_in_thread(owner, lambda: resolve(work)(*args), done)
    assert process.stdin is not None and process.stdout is not None
    lifeline = process.stdin  # open while the answer is wanted; if this process dies, it closes
    # The arguments are written by a thread: a megabyte article would fill the pipe and hold
    # the window until the new interpreter got round to reading it (170 ms for 2 MB).
    feeder = threading.Thread(
        target=_feed, args=(process.stdin, work, args), name="reader-feed", daemon=True
    )
    feeder.start()
    answer = process.stdout
    os.set_blocking(answer.fileno(), False)  # read what has come, never wait for the rest
    received: list[bytes] = []
    job = Job(process.pid)
    notifier = QSocketNotifier(answer.fileno(), QSocketNotifier.Type.Read, owner)
    open_ = [True]

    def finish() -> None:
        open_[0] = False
        if isValid(notifier):
            notifier.setEnabled(False)
            notifier.deleteLater()
        answer.close()
        with contextlib.suppress(OSError, ValueError):
            lifeline.close()  # the worker's cue to stop, if it has not answered

    def stop() -> None:
        if open_[0]:
            process.kill()  # first: a feeder still writing then fails at once, freeing the pipe
            finish()
            process.wait()

    def answered() -> None:
        if not open_[0]:
            return
        while True:
            try:
                chunk = os.read(answer.fileno(), 1 << 16)
            except BlockingIOError:
                return  # the rest is still to come
            if not chunk:
                break  # the worker closed its end: that is all
            received.append(chunk)
        finish()
        status = process.wait()  # it has answered and is ending
        outcome: Any
        if not received:
            outcome = WorkStopped(f"the worker process stopped (exit code {status})")
        else:
            try:
                outcome = pickle.loads(b"".join(received))
            except Exception as error:  # an answer that cannot be unpickled here
                outcome = WorkStopped(f"the worker's answer could not be read: {error}")
        if not job.cancelled and isValid(owner):
            done(outcome)

    job._stop = stop
    notifier.activated.connect(answered)
    return job


class _Relay(QObject):
    """Lives in the GUI thread; a signal emitted by a worker thread reaches it queued."""

    delivered = Signal(object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.delivered.connect(self._deliver)

    @staticmethod
    def _deliver(call: Callable[[], None]) -> None:
        call()


_relay: _Relay | None = None


def run_in_thread(owner: QObject, work: Callable[[], Any], done: Callable[[Any], None]) -> Job:
    """Run ``work()`` in a worker thread; then, in the GUI thread, call ``done`` with its result,
    or with the exception it raised, unless ``owner`` has been deleted or the job cancelled
    meanwhile (a thread cannot be stopped: it runs to its end). Call from the GUI thread."""
    global _relay
    if _relay is None or not isValid(_relay):
        _relay = _Relay()
    relay = _relay
    job = Job()

    def deliver(outcome: Any) -> None:
        if not job.cancelled and isValid(owner):
            done(outcome)

    def worker() -> None:
        try:
            outcome: Any = work()
        except Exception as error:  # handed to ``done``, which says what went wrong
            outcome = error
        with contextlib.suppress(RuntimeError):  # the application is gone: nobody waits
            relay.delivered.emit(lambda: deliver(outcome))

    threading.Thread(target=worker, name="reader-checks", daemon=True).start()
    return job

"""Pure work off the GUI thread, its outcome handed back to the GUI thread.

The fidelity checks take 0.1 s on the sample and a second on a 1 MB article: run on the GUI
thread they would freeze the window just after it first shows the text. Run in a thread of this
process they compete with the GUI for Python's interpreter lock: scrolling then stutters (steps
of 50 ms and more, measured on a 500 kB article). So the work runs in a child process, on
another core, and its outcome comes back through a pipe that the GUI thread's event loop
watches. A thread is the fallback where no process can be started.

The work is named ("module:function"): the child imports it, the GUI process never does. The
checks' modules take 55 ms to import, which the window would otherwise spend frozen right after
it first shows the text. Its arguments and result must be picklable, and it must not touch Qt.
``done`` gets the result, or the exception the work raised, in the GUI thread, unless the widget
that asked is gone by then.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal
from shiboken6 import isValid


class WorkStopped(RuntimeError):
    """The child process ended without an answer (killed, or crashed)."""


class Job:
    """Work under way; ``cancel()`` stops it and drops its outcome."""

    def __init__(self) -> None:
        self.cancelled = False
        self._stop: Callable[[], None] = lambda: None

    def cancel(self) -> None:
        self.cancelled = True
        self._stop()


def resolve(work: str) -> Callable[..., Any]:
    """The function named ``work``, "package.module:function"."""
    module, _, name = work.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def _child(inbox: Any, connection: Any, work: str) -> None:
    """In the child process: read the arguments, run the work, send back its result or its
    exception."""
    try:
        args = inbox.recv()
        inbox.close()
        outcome: Any = resolve(work)(*args)
    except Exception as error:
        outcome = error
    try:
        connection.send(outcome)
    except Exception as error:  # an outcome that cannot be pickled: say so instead
        connection.send(RuntimeError(f"the result could not be sent back: {error}"))
    connection.close()


def _feed(feeding: Any, args: tuple[Any, ...]) -> None:
    """Send the work's arguments to the child; a child stopped before it read them is fine."""
    with contextlib.suppress(OSError):
        feeding.send(args)
    feeding.close()


def run_in_process(
    owner: QObject, work: str, args: tuple[Any, ...], done: Callable[[Any], None]
) -> Job:
    """Run the function named ``work`` ("module:function") on ``args`` in a child process; call
    ``done`` with the outcome in the GUI thread. Falls back to a thread if no process can be
    started."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")  # no fork of a process that runs Qt
    receiving, sending = context.Pipe(duplex=False)
    inbox, feeding = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(inbox, sending, work), name="reader-checks", daemon=True
    )
    try:
        process.start()
    except OSError:
        for end in (receiving, sending, inbox, feeding):
            end.close()
        return run_in_thread(owner, lambda: resolve(work)(*args), done)
    sending.close()
    inbox.close()
    # The arguments go through a pipe of their own, written by a thread: a megabyte article
    # would fill the pipe and hold the window until the new interpreter got round to reading
    # it (170 ms for 2 MB), had it gone with the process's start-up data.
    threading.Thread(target=_feed, args=(feeding, args), name="reader-feed", daemon=True).start()
    job = Job()
    notifier = QSocketNotifier(receiving.fileno(), QSocketNotifier.Type.Read, owner)
    open_ = [True]

    def finish() -> None:
        open_[0] = False
        if isValid(notifier):
            notifier.setEnabled(False)
            notifier.deleteLater()
        receiving.close()

    def stop() -> None:
        if open_[0]:
            finish()
            process.kill()
            process.join(timeout=1)

    def answered() -> None:
        if not open_[0]:
            return
        try:
            outcome = receiving.recv()
        except (EOFError, OSError):
            process.join(timeout=1)
            outcome = WorkStopped(f"the worker process stopped (exit code {process.exitcode})")
        except Exception as error:  # an answer that cannot be unpickled here
            outcome = WorkStopped(f"the worker's answer could not be read: {error}")
        finish()
        process.join(timeout=1)  # it has sent its answer and is ending
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

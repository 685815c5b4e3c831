"""Named pure work run in the background, its progress and outcome handed to the GUI thread.

The fidelity checks take 0.1 s on the sample and a second on a 1 MB article: on the GUI thread
they would freeze the window just after it first shows the text; in a thread of this process
they would compete with the GUI for Python's interpreter lock (scrolling stutters, steps of 50 ms
and more on a 500 kB article). So the work runs in a worker process (``reader.worker``, a fresh
interpreter that imports no Qt), on another core, driven through QProcess: pipes, asynchronous
writes and the child's end, the same on Linux, macOS and Windows.

The work is named ("module:function"): the worker imports it, this process never does (the
checks' modules take 55 ms to import, which the window would otherwise spend frozen right after
its first paint). Its arguments and result must be picklable, and it must not touch Qt.

The window is given a ``Jobs`` through its context (``reader.ui.context``): ``ProcessJobs`` in the
application, an in-process fake in the tests. QProcess itself is loaded with the first job, after
the first paint.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.i18n import _

if TYPE_CHECKING:
    from PySide6.QtCore import QProcess

KILL_WAIT_MS = 2000  # a killed worker is gone within a millisecond or two; this is the bound


def worker_command() -> tuple[str, list[str]]:
    """The program and arguments that start a worker process: the one place that says how.

    Python runs ``reader.worker`` as a module. A frozen build (PyInstaller and cx_Freeze set
    ``sys.frozen``) has no Python to run modules with: its executable is ``reader`` itself, whose
    entry point serves as a worker when its first argument is ``--worker`` (``reader.cli``).
    """
    from reader.worker import ENTRY_FLAG

    if getattr(sys, "frozen", False):
        return sys.executable, [ENTRY_FLAG]
    return sys.executable, ["-m", "reader.worker"]


class WorkerStopped(RuntimeError):
    """The worker process could not start, ended without an answer, or answered garbage."""


class Job(QObject):
    """Work under way. Its signals come from the event loop, never from within ``start()``, so a
    caller connects them after starting it; after ``finished`` or ``failed``, or once cancelled,
    it emits nothing more. Like a QNetworkReply it belongs to whoever started it, who deletes
    it (``deleteLater()``) when done with it.

    Signals:
        progress(object): the work said how far it got (a value of its choosing).
        finished(object): the work returned this.
        failed(Exception): the work raised this, or its worker stopped (WorkerStopped).
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self._running = True
        self._cancelled = False

    @property
    def running(self) -> bool:
        """Neither finished, failed nor cancelled yet."""
        return self._running

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def pid(self) -> int | None:
        """The process the work runs in, if it has one of its own."""
        return None

    def cancel(self) -> None:
        """Stop the work, and drop whatever it would still say."""
        if self._running:
            self._running, self._cancelled = False, True
            self._stop()

    # For implementations: how the work ends, and what it says on the way.

    def _stop(self) -> None:
        """End the work (it has been cancelled)."""

    def _report(self, value: object) -> None:
        if self._running:
            self.progress.emit(value)

    def _finish(self, result: object) -> None:
        if self._running:
            self._running = False
            self.finished.emit(result)

    def _fail(self, error: Exception) -> None:
        if self._running:
            self._running = False
            self.failed.emit(error)


class Jobs(Protocol):
    """Starts named work in the background (the window's context holds one)."""

    def start(
        self,
        work: str,
        args: tuple[Any, ...] = (),
        *,
        parent: QObject | None = None,
        progress: bool = False,
    ) -> Job:
        """Start the function named ``work`` ("module:function") on ``args``. With ``progress``
        it is also given a keyword argument ``progress``, a function it calls with a value to
        report how far it got; each call emits the job's ``progress`` signal."""
        ...


class ProcessJobs:
    """Runs each job in a worker process of its own (``reader.worker``)."""

    def start(
        self,
        work: str,
        args: tuple[Any, ...] = (),
        *,
        parent: QObject | None = None,
        progress: bool = False,
    ) -> Job:
        import pickle

        request = pickle.dumps((work, args, progress), protocol=pickle.HIGHEST_PROTOCOL)
        return ProcessJob(work, request, parent)


class ProcessJob(Job):
    """A job whose work runs in a worker process, driven through QProcess."""

    def __init__(self, work: str, request: bytes, parent: QObject | None = None) -> None:
        from PySide6.QtCore import QProcess  # with the first job, after the first paint

        from reader.worker import FrameReader

        super().__init__(work, parent)
        self._frames = FrameReader()
        self._outcome: tuple[bool, Any] | None = None  # (succeeded, result or error)
        self._process = process = QProcess(self)
        # What the work prints, and a crash's traceback, go where this process's errors go.
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._error)
        program, arguments = worker_command()
        process.start(program, arguments)
        if process.state() is not QProcess.ProcessState.NotRunning:
            # QProcess buffers the request and writes it as the worker reads, from the event
            # loop: a large article never holds the window (bench/checks_ui.py). Standard input
            # then stays open, the worker's lifeline (reader.worker).
            process.write(request)

    @property
    def pid(self) -> int | None:
        return self._process.processId() or None

    def _read(self) -> None:
        from reader.worker import Frame, Unreadable

        if not self.running:
            return
        try:
            frames = self._frames.feed(self._process.readAllStandardOutput().data())
        except Unreadable as error:
            self._give_up(
                WorkerStopped(
                    _("the worker's answer could not be read: {reason}").format(reason=error)
                )
            )
            return
        for kind, value in frames:
            if not self.running:  # cancelled by whoever listened to the last report
                return
            if kind is Frame.PROGRESS:
                self._report(value)
            else:  # handed over once the worker has ended, so that no process outlives a job
                self._outcome = (kind is Frame.RESULT, value)

    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        from PySide6.QtCore import QProcess

        self._read()  # whatever the worker wrote last
        if not self.running:
            return
        if self._outcome is not None:
            succeeded, value = self._outcome
            if succeeded:
                self._finish(value)
            else:
                self._fail(value)
        elif status is QProcess.ExitStatus.CrashExit:
            self._fail(
                WorkerStopped(
                    _("the worker process crashed ({signal})").format(signal=_signal_name(code))
                )
            )
        else:
            self._fail(
                WorkerStopped(
                    _("the worker process stopped without an answer (exit code {code})").format(
                        code=code
                    )
                )
            )

    def _error(self, error: QProcess.ProcessError) -> None:
        from PySide6.QtCore import QProcess

        # The other errors end in ``finished`` too (a crash; a write to a worker that ended
        # before it read everything), and are reported there.
        if error is QProcess.ProcessError.FailedToStart:
            stopped = WorkerStopped(
                _("the worker process could not start: {reason}").format(
                    reason=self._process.errorString()
                )
            )
            # Some platforms report this from within start(): say it from the event loop.
            QTimer.singleShot(0, self, lambda: self._fail(stopped))

    def _give_up(self, error: Exception) -> None:
        self._fail(error)
        self._kill()

    def _stop(self) -> None:
        self._kill()

    def _kill(self) -> None:
        """End the worker now and wait until it has gone (a moment: it is killed)."""
        self._process.kill()
        self._process.waitForFinished(KILL_WAIT_MS)


def _signal_name(number: int) -> str:
    """``6`` as "SIGABRT", where the platform names its signals; else the number itself."""
    import signal

    try:
        return signal.Signals(number).name
    except ValueError:
        return f"code {number}"

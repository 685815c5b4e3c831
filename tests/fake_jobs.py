"""An in-process stand-in for ``reader.ui.jobs.ProcessJobs``, given to the window through its
context: the work runs here, on the GUI thread, from the event loop, or waits until the test
says how it ends."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer

from reader.ui.jobs import Job
from reader.worker import resolve


class FakeJob(Job):
    """A job the test can drive: ``report()``, ``succeed()``, ``fail()``, or ``run()`` the work."""

    def __init__(
        self,
        work: str,
        function: Callable[..., Any],
        args: tuple[Any, ...],
        progress: bool,
        parent: QObject | None,
    ) -> None:
        super().__init__(work, parent)
        self.args = args
        self._call = (
            (lambda: function(*args, progress=self.report))
            if progress
            else (lambda: function(*args))
        )

    def run(self) -> None:
        """Do the work now, and end the job as it ends."""
        if not self.running:
            return
        try:
            result = self._call()
        except Exception as error:
            self.fail(error)
        else:
            self.succeed(result)

    def report(self, value: object) -> None:
        self._report(value)

    def succeed(self, result: object) -> None:
        self._finish(result)

    def fail(self, error: Exception) -> None:
        self._fail(error)


class FakeJobs:
    """Runs named work in this process: the function given for its name in ``functions``, else
    the one the name imports. Each job runs from the event loop once started, unless ``hold``:
    then it waits for the test (``started[i].run()``, ``.succeed(...)``, ``.fail(...)``)."""

    def __init__(
        self, functions: Mapping[str, Callable[..., Any]] | None = None, hold: bool = False
    ) -> None:
        self.functions = dict(functions or {})
        self.hold = hold
        self.started: list[FakeJob] = []

    def start(
        self,
        work: str,
        args: tuple[Any, ...] = (),
        *,
        parent: QObject | None = None,
        progress: bool = False,
    ) -> Job:
        function = self.functions.get(work) or resolve(work)
        job = FakeJob(work, function, args, progress, parent)
        self.started.append(job)
        if not self.hold:
            QTimer.singleShot(0, job, job.run)
        return job

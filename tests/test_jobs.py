"""Background work in worker processes through QProcess (reader.ui.jobs): the outcome, progress
on the way, cancelling, a worker that cannot start, and no process left behind."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.ui.jobs import Job, ProcessJobs, WorkerStopped, worker_command


class Heard:
    """What a job said, in order."""

    def __init__(self, job: Job) -> None:
        self.said: list[tuple[str, object]] = []
        job.progress.connect(lambda value: self.said.append(("progress", value)))
        job.finished.connect(lambda value: self.said.append(("finished", value)))
        job.failed.connect(lambda error: self.said.append(("failed", error)))

    @property
    def ended(self) -> bool:
        return any(kind != "progress" for kind, _ in self.said)

    @property
    def outcome(self) -> object:
        assert self.ended
        return self.said[-1][1]


def run(qtbot, work: str, args: tuple = (), progress: bool = False) -> Heard:
    job = ProcessJobs().start(work, args, progress=progress)
    heard = Heard(job)
    qtbot.waitUntil(lambda: heard.ended, timeout=30000)
    return heard


def test_the_work_runs_in_another_process_and_its_result_comes_back(qtbot, children) -> None:
    job = ProcessJobs().start("os:getpid")
    heard, pid = Heard(job), job.pid
    assert pid is not None and pid != os.getpid() and children() == {pid}
    qtbot.waitUntil(lambda: heard.ended, timeout=30000)
    assert heard.said == [("finished", pid)] and not job.running
    assert children() == set()  # the worker has ended before its result is handed over


def test_progress_reports_arrive_in_order_before_the_result(qtbot, work, children) -> None:
    heard = run(qtbot, f"{work}:count", (3,), progress=True)
    assert heard.said == [
        ("progress", (1, 3)),
        ("progress", (2, 3)),
        ("progress", (3, 3)),
        ("finished", "counted"),
    ]
    assert children() == set()


@pytest.mark.parametrize("where", ["from outside", "from a progress slot"])
def test_a_cancelled_job_ends_its_worker_and_says_nothing_more(
    qtbot, work, children, where
) -> None:
    job = ProcessJobs().start(f"{work}:report_then_wait", progress=True)
    heard, worker = Heard(job), job.pid
    if where == "from a progress slot":
        job.progress.connect(job.cancel)
    qtbot.waitUntil(lambda: bool(heard.said), timeout=30000)
    assert children() == (set() if job.cancelled else {worker})
    job.cancel()  # (again, if the slot did: that changes nothing)
    assert job.cancelled and not job.running and children() == set()
    qtbot.wait(200)
    assert heard.said == [("progress", "started")]


@pytest.mark.parametrize(
    ("work", "args", "said"),
    [
        ("os:abort", (), "the worker process crashed (SIGABRT)"),
        ("os:_exit", (5,), "the worker process stopped without an answer (exit code 5)"),
        ("os:write", (1, b"chatter"), "the worker's answer could not be read: a frame of unknown"),
    ],
)
def test_a_worker_that_dies_or_answers_garbage_fails_the_job(
    qtbot, children, work, args, said
) -> None:
    heard = run(qtbot, work, args)
    assert [kind for kind, _ in heard.said] == ["failed"]
    assert isinstance(heard.outcome, WorkerStopped) and str(heard.outcome).startswith(said)
    assert children() == set()


def test_the_work_s_own_errors_come_back_with_their_traceback(qtbot) -> None:
    heard = run(qtbot, "builtins:int", ("x",))
    assert isinstance(heard.outcome, ValueError) and "invalid literal" in str(heard.outcome)
    notes = "".join(heard.outcome.__notes__)
    assert notes.startswith("Traceback in the worker process")
    assert "reader/worker.py" in notes

    heard = run(qtbot, "reader.core.ingest.loading:load", ([Path("/no/such/article")],))
    assert isinstance(heard.outcome, ReaderError) and "/no/such/article" in str(heard.outcome)


def test_large_arguments_arrive_whole_and_a_job_stops_while_sending_them(qtbot, children) -> None:
    """QProcess writes the arguments as the worker reads them, from the event loop: 8 MB, far
    beyond a pipe's buffer, neither holds start() nor needs a thread."""
    big = "ب" * 4_000_000  # 8 MB in UTF-8
    assert run(qtbot, "builtins:len", (big,)).said == [("finished", 4_000_000)]
    job = ProcessJobs().start("builtins:len", (big,))
    heard = Heard(job)
    job.cancel()  # long before the worker has read it all
    assert children() == set()
    qtbot.wait(200)
    assert heard.said == []


def test_a_worker_that_cannot_start_fails_the_job_after_start_returns(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", "/no/such/python")  # an interpreter gone missing
    heard = run(qtbot, "os:getpid")
    assert isinstance(heard.outcome, WorkerStopped)
    assert str(heard.outcome).startswith("the worker process could not start")


def test_a_frozen_build_starts_its_workers_through_its_own_entry_point(
    qtbot, work, monkeypatch: pytest.MonkeyPatch, children
) -> None:
    """Frozen (PyInstaller), the executable is reader itself: ``reader --worker``. The installed
    ``reader`` command stands in for it here; the worker it makes loads no Qt."""
    entry = Path(sys.executable).with_name("reader")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(entry))
    assert worker_command() == (str(entry), ["--worker"])
    heard = run(qtbot, f"{work}:loaded")
    loaded = heard.outcome
    assert isinstance(loaded, list) and "reader.cli" in loaded and "reader_test_work" in loaded
    assert not [name for name in loaded if name.startswith(("PySide6", "shiboken6", "reader.ui"))]
    assert children() == set()


ORPHAN_PROBE = """
import os, signal, sys
from PySide6.QtCore import QCoreApplication
from reader.ui.jobs import ProcessJobs

app = QCoreApplication([])
job = ProcessJobs().start(sys.argv[1], progress=True)

def die(value):
    print(job.pid, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no close, no cancel, no clean-up of any kind

job.progress.connect(die)
app.exec()
"""


def test_a_worker_ends_when_the_window_process_is_killed(work, tmp_path: Path) -> None:
    """Nothing can clean up after a process killed outright: its worker notices that its
    standard input closed, and stops instead of working on as an orphan."""
    import subprocess
    import time

    with (tmp_path / "probe.err").open("w+") as err:  # not a pipe: the worker shares it
        probe = subprocess.run(
            [sys.executable, "-c", ORPHAN_PROBE, f"{work}:report_then_wait"],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        err.seek(0)
        assert probe.returncode == -9, err.read()
    worker = int(probe.stdout)

    def alive() -> bool:  # an orphan nobody reaps stays a zombie: it has ended all the same
        try:
            stat = Path(f"/proc/{worker}/stat").read_text(encoding="ascii")
        except FileNotFoundError:
            return False
        return stat.rsplit(")", 1)[1].split()[0] != "Z"

    deadline = time.monotonic() + 10
    while alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive()


def test_a_window_closed_at_its_first_paint_starts_no_checks_worker(
    qtbot, open_window, children
) -> None:
    """The checks start just after the first paint; a window closed before then starts none (its
    worker would outlive it: "QProcess: Destroyed while process is still running" at exit)."""
    from PySide6.QtCore import QTimer

    window = open_window(jobs=ProcessJobs(), show=False)
    closed: list[bool] = []
    # Queued first, so it runs before the window's own start of the checks.
    window.text_painted.connect(lambda: QTimer.singleShot(0, lambda: closed.append(window.close())))
    window.resize(900, 600)
    window.show()
    qtbot.waitUntil(lambda: bool(closed))
    qtbot.wait(200)
    assert closed == [True] and children() == set()

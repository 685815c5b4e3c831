"""A value worked out in a forked second process (``reader.commands.forked``): its result as
this process would have had it, the work done here wherever the second process fails, and no
second process left behind. The forking runs in a fresh interpreter: the test process may have
Qt loaded, which ``can_fork`` refuses."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from reader.commands import forked
from reader.commands.forked import Forked, can_fork, processors

ROOT = Path(__file__).resolve().parents[1]

needs_fork = pytest.mark.skipif(
    not sys.platform.startswith("linux") or processors() < 2,
    reason="a second process is forked on Linux with two processors or more",
)

# Run before each scenario: the work reports the process it ran in, and the scenario ends by
# saying whether any child process is left (running or a zombie).
_PRELUDE = """
import os, signal, sys, time
from reader.commands.forked import Forked, can_fork

parent = os.getpid()

def in_child() -> bool:
    return os.getpid() != parent

def children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return False
    return True

assert can_fork()
"""


def _scenario(code: str) -> subprocess.CompletedProcess[str]:
    script = _PRELUDE + textwrap.dedent(code)
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )


def _outcome(code: str) -> list[str]:
    """What the scenario printed, a line each; it must end cleanly, with nothing on stderr (no
    traceback of the second process)."""
    done = _scenario(code)
    assert (done.returncode, done.stderr) == (0, "")
    return done.stdout.split()


@needs_fork
def test_the_result_is_worked_out_in_the_second_process() -> None:
    assert _outcome("""
        with Forked(lambda: (os.getpid(), [1, 2, {"three": 3}])) as work:
            print(work.forked)
            pid, value = work.result()
        print(pid != parent, value == [1, 2, {"three": 3}], children_left())
    """) == ["True", "True", "True", "False"]


@needs_fork
@pytest.mark.parametrize(
    "failure",
    [
        "raise ValueError('only there')",
        "os.kill(os.getpid(), signal.SIGKILL)",
        "return lambda: None  # no pickle of a lambda",
        "os._exit(0)  # ended without an answer",
    ],
    ids=["raises", "killed", "unpicklable", "no answer"],
)
def test_a_failed_second_process_leaves_the_work_to_this_one(failure: str) -> None:
    assert _outcome(f"""
        def work():
            if in_child():
                {failure}
            return os.getpid()

        with Forked(work) as started:
            print(started.forked, started.result() == parent, children_left())
    """) == ["True", "True", "False"]


@needs_fork
def test_an_error_of_the_work_reaches_the_caller_as_without_a_second_process() -> None:
    assert _outcome("""
        def work():
            raise LookupError(f"in {'child' if in_child() else 'parent'}")

        try:
            Forked(work).result()
        except LookupError as error:
            print(error.args[0].replace(" ", "-"), children_left())
    """) == ["in-parent", "False"]


@needs_fork
def test_leaving_early_ends_the_second_process() -> None:
    assert _outcome("""
        start = time.monotonic()
        try:
            with Forked(lambda: time.sleep(30)):
                raise KeyboardInterrupt
        except KeyboardInterrupt:
            print(time.monotonic() - start < 10, children_left())
    """) == ["True", "False"]


def test_without_a_fork_the_work_is_done_here() -> None:
    calls = []
    with Forked(lambda: calls.append(os.getpid()) or "done", fork=False) as work:
        assert not work.forked
        assert calls == []  # not before its result is asked for
        assert work.result() == "done"
    assert calls == [os.getpid()]


def test_no_fork_with_one_processor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "PySide6", raising=False)
    monkeypatch.delitem(sys.modules, "shiboken6", raising=False)
    monkeypatch.setattr(forked, "processors", lambda: 1)
    assert not can_fork()


def test_no_fork_with_qt_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6", sys.modules[__name__])
    assert not can_fork()


def test_no_fork_while_another_thread_runs() -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert not can_fork()
    finally:
        release.set()
        thread.join()


def test_processors_are_those_this_process_may_run_on() -> None:
    if hasattr(os, "sched_getaffinity"):
        assert processors() == len(os.sched_getaffinity(0))
    assert processors() >= 1

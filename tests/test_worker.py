"""``python -m reader.worker``: one named function on pickled arguments, answered as a pickle."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from reader.worker import answer


def _run(work: str, args: tuple, *flags: str) -> subprocess.CompletedProcess[bytes]:
    """Run a worker as the window does: standard input stays open until the answer is in."""
    worker = subprocess.Popen(
        [sys.executable, *flags, "-m", "reader.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert worker.stdin and worker.stdout and worker.stderr
    with worker, worker.stdin, worker.stdout, worker.stderr:
        worker.stdin.write(pickle.dumps((work, args)))
        worker.stdin.flush()
        out = worker.stdout.read()  # to the end: the worker has answered and exited
        status = worker.wait(timeout=60)
        err = worker.stderr.read()
    assert status == 0, err
    return subprocess.CompletedProcess(worker.args, 0, out, err)


def test_the_worker_answers_with_the_result_and_imports_no_qt() -> None:
    done = _run("reader.core.text.languages:language_name", ("ar",), "-X", "importtime")
    assert pickle.loads(done.stdout) == "Arabic"
    imported = done.stderr.decode()  # what import statements loaded (import_module is not listed)
    assert "reader.core.model" in imported and "PySide6" not in imported
    assert "reader.ui" not in imported and "reader.cli" not in imported


@pytest.mark.parametrize(
    ("work", "args", "expected"),
    [
        ("builtins:int", ("x",), ValueError),  # the work's own exception comes back
        ("threading:Lock", (), RuntimeError),  # a result that cannot be pickled: said so
        ("reader.no_such_module:f", (), ModuleNotFoundError),
    ],
)
def test_what_cannot_be_done_comes_back_as_an_exception(work, args, expected) -> None:
    outcome = pickle.loads(answer(work, args))
    assert isinstance(outcome, expected)
    if expected is RuntimeError:
        assert "could not be sent back" in str(outcome)


def test_what_the_work_prints_does_not_spoil_the_answer() -> None:
    done = _run("builtins:print", ("chatter",))
    assert pickle.loads(done.stdout) is None
    assert done.stderr.decode().strip() == "chatter"


def test_a_worker_stops_when_its_standard_input_closes() -> None:
    """The window keeps the worker's standard input open while it wants the answer; if the
    window goes away (even killed), the pipe closes and the worker stops instead of working on
    as an orphan."""
    from reader.worker import STOPPED

    worker = subprocess.Popen(
        [sys.executable, "-m", "reader.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert worker.stdin and worker.stdout
    with worker, worker.stdout:
        worker.stdin.write(pickle.dumps(("time:sleep", (60,))))
        worker.stdin.close()
        assert worker.wait(timeout=30) == STOPPED
        assert worker.stdout.read() == b""


def test_a_worker_whose_asker_goes_away_mid_sentence_stops_quietly() -> None:
    from reader.worker import STOPPED

    message = pickle.dumps(("builtins:len", ("x" * 1000,)))
    worker = subprocess.Popen(
        [sys.executable, "-m", "reader.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = worker.communicate(message[: len(message) // 2], timeout=30)
    assert worker.returncode == STOPPED and out == b"" and err == b""

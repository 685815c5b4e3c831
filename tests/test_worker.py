"""``python -m reader.worker``: one named function on pickled arguments, answered in frames."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.errors import EncodingUnclear, LanguageUnclear, ReaderError
from reader.worker import HEADER, Frame, FrameReader, Unreadable, answer, frame


def _run(work: str, args: tuple, *flags: str) -> tuple[list[tuple[Frame, object]], bytes]:
    """Run a worker as the window does (standard input open until the answer is in); the
    frames it answered with, and what it wrote on its standard error."""
    worker = subprocess.Popen(
        [sys.executable, *flags, "-m", "reader.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert worker.stdin and worker.stdout and worker.stderr
    with worker, worker.stdin, worker.stdout, worker.stderr:
        worker.stdin.write(pickle.dumps((work, args, False)))
        worker.stdin.flush()
        out = worker.stdout.read()  # to the end: the worker has answered and exited
        status = worker.wait(timeout=60)
        err = worker.stderr.read()
    assert status == 0, err
    return FrameReader().feed(out), err


def test_the_worker_answers_with_the_result_and_imports_no_qt() -> None:
    frames, err = _run("reader.core.text.languages:language_name", ("ar",), "-X", "importtime")
    assert frames == [(Frame.RESULT, "Arabic")]
    imported = err.decode()  # what import statements loaded (import_module is not listed)
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
    [(kind, outcome)] = FrameReader().feed(answer(work, args))
    assert kind is Frame.ERROR and isinstance(outcome, expected)
    if expected is RuntimeError:
        assert "could not be sent back" in str(outcome)


def test_progress_is_handed_to_the_work_only_when_asked_for(work: str) -> None:
    said: list[object] = []
    [(kind, outcome)] = FrameReader().feed(answer(f"{work}:count", (2,), said.append))
    assert (kind, outcome) == (Frame.RESULT, "counted") and said == [(1, 2), (2, 2)]
    [(kind, outcome)] = FrameReader().feed(answer(f"{work}:count", (2,)))
    assert kind is Frame.ERROR and "progress" in str(outcome)  # a keyword the work requires


def test_what_the_work_prints_does_not_spoil_the_answer() -> None:
    frames, err = _run("builtins:print", ("chatter",))
    assert frames == [(Frame.RESULT, None)]
    assert err.decode().strip() == "chatter"


def test_frames_are_read_back_however_the_bytes_arrive() -> None:
    sent = [(Frame.PROGRESS, (1, 2)), (Frame.PROGRESS, "half"), (Frame.RESULT, {"k": [1, 2]})]
    stream = b"".join(frame(kind, value) for kind, value in sent)
    reader = FrameReader()
    received = [f for i in range(len(stream)) for f in reader.feed(stream[i : i + 1])]
    assert received == sent and reader.pending == 0
    reader = FrameReader()
    assert reader.feed(stream[:-1]) == sent[:2] and reader.pending > 0


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"Traceback (most recent call last):\n", "unknown kind"),  # a stray write
        (HEADER.pack(b"R", 1 << 40), "claims"),  # a length no answer has
        (HEADER.pack(b"R", 3) + b"abc", "UnpicklingError"),
    ],
)
def test_bytes_that_are_not_frames_are_unreadable(data: bytes, said: str) -> None:
    with pytest.raises(Unreadable, match=said):
        FrameReader().feed(data)


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
        worker.stdin.write(pickle.dumps(("time:sleep", (60,), False)))
        worker.stdin.close()
        assert worker.wait(timeout=30) == STOPPED
        assert worker.stdout.read() == b""


def test_a_worker_whose_asker_goes_away_mid_sentence_stops_quietly() -> None:
    from reader.worker import STOPPED

    message = pickle.dumps(("builtins:len", ("x" * 1000,), False))
    worker = subprocess.Popen(
        [sys.executable, "-m", "reader.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = worker.communicate(message[: len(message) // 2], timeout=30)
    assert worker.returncode == STOPPED and out == b"" and err == b""


@pytest.mark.parametrize(
    "error",
    [
        ReaderError("the file is empty", Path("/tmp/a.txt")),
        ReaderError("no path here"),
        EncodingUnclear("could not tell", Path("b.txt"), ("windows-1256", "iso-8859-6")),
        LanguageUnclear("too short to tell", "c.txt", 2),
    ],
    ids=lambda error: type(error).__name__,
)
def test_errors_come_back_from_a_worker_whole(error: ReaderError) -> None:
    """A worker's refusal crosses the pipe as a pickle: the window gets the same error, with
    what it needs to ask the user (the encodings to choose from, the file's place)."""
    back = pickle.loads(pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(back) is type(error) and str(back) == str(error)
    assert back.path == error.path
    assert vars(back) == vars(error)

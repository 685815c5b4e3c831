"""A worker process: runs one named function on pickled arguments and answers in frames.

Started by the window through ``reader.ui.jobs`` (whose ``worker_command`` is the one place that
says how: ``python -m reader.worker``, or ``reader --worker`` in a frozen build). It imports only
what the work needs: no Qt, and not the module that started it.

The protocol, over the worker's standard input and output:

- In: one pickle, ``(work, args, progress)``. ``work`` names a function "package.module:name",
  ``args`` are its positional arguments. If ``progress`` is true the function is also given a
  keyword argument ``progress``: a function it calls with any picklable value to say how far it
  got (a page fetched, a step done).
- Out: frames, each a kind byte, its body's length (8 bytes, big-endian), then the body, a
  pickle: any number of progress frames (``Frame.PROGRESS``, one a call), then one result frame
  (what the function returned) or one error frame (the exception it raised, with its traceback
  in the worker attached as a note). Then the worker ends. ``FrameReader`` reads them back.

One request may be a long piece of work that answers as it goes: the Library view's counting
(``reader.ui.library.searcher``) gives one worker every article still to check, and each
article's findings come back as a progress frame the moment they are made.

Standard input stays open while the answer is wanted: when it closes (the window went away,
crashed, or no longer needs the answer) the worker stops at once, so no orphan works on.
"""

from __future__ import annotations

import importlib
import os
import pickle
import struct
import sys
import threading
from collections.abc import Callable
from enum import Enum
from typing import IO, Any, NoReturn

from reader.core.i18n import _, ngettext

ENTRY_FLAG = "--worker"  # ``reader --worker``: the command line's way in (reader.cli)
STOPPED = 3  # the exit status of a worker whose standard input closed before it answered
HEADER = struct.Struct(">cQ")  # a frame's kind and its body's length
# Larger than any answer this app sends; a header that claims more is not a header (a stray
# write to the answer pipe, say) and is reported as such instead of being waited for.
MAX_BODY = 1 << 32

Progress = Callable[[object], None]


class Frame(Enum):
    """The kinds of frame a worker writes; the value is the kind byte on the wire."""

    PROGRESS = b"P"
    RESULT = b"R"
    ERROR = b"E"


def frame(kind: Frame, value: object) -> bytes:
    """``value`` pickled, as a frame of ``kind``."""
    body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(kind.value, len(body)) + body


class Unreadable(ValueError):
    """Bytes that are not frames of this protocol, or a body that cannot be unpickled here."""


class FrameReader:
    """Reads frames back from a worker's answer, however the bytes arrive in pieces."""

    def __init__(self) -> None:
        self._pending = bytearray()

    def feed(self, data: bytes | bytearray | memoryview) -> list[tuple[Frame, Any]]:
        """The frames that ``data`` completes, in order; raises Unreadable on bytes that are
        not frames."""
        self._pending += data
        frames: list[tuple[Frame, Any]] = []
        while len(self._pending) >= HEADER.size:
            code, length = HEADER.unpack_from(self._pending)
            try:
                kind = Frame(code)
            except ValueError:
                message = _("a frame of unknown kind {kind!r}").format(kind=code)
                raise Unreadable(message) from None
            if length > MAX_BODY:
                message = ngettext(
                    "a frame that claims {count} byte", "a frame that claims {count} bytes", length
                )
                raise Unreadable(message.format(count=length))
            end = HEADER.size + length
            if len(self._pending) < end:
                break
            body = bytes(self._pending[HEADER.size : end])
            del self._pending[:end]
            try:
                value = pickle.loads(body)
            except Exception as error:  # whatever unpickling raises: a class gone, bad bytes
                raise Unreadable(f"{type(error).__name__}: {error}") from error
            frames.append((kind, value))
        return frames

    @property
    def pending(self) -> int:
        """How many bytes of an unfinished frame are waiting for the rest."""
        return len(self._pending)


def resolve(work: str) -> Callable[..., Any]:
    """The function named ``work``, "package.module:function"."""
    module, _, name = work.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def answer(work: str, args: tuple[Any, ...], progress: Progress | None = None) -> bytes:
    """The last frame of the answer to ``work(*args)`` (given ``progress=progress`` if that is
    not None): its result, or the exception it raised, or an error saying that the outcome
    could not be pickled."""
    try:
        function = resolve(work)
        result = function(*args) if progress is None else function(*args, progress=progress)
    except Exception as error:
        return _error_frame(error)
    try:
        return frame(Frame.RESULT, result)
    except Exception as error:
        message = _("the result could not be sent back: {reason}").format(reason=error)
        return _error_frame(RuntimeError(message))


def _error_frame(error: Exception) -> bytes:
    """``error`` as an error frame, its traceback here attached as a note: the window prints
    it when the error is a bug, and a pickled exception carries no traceback of its own."""
    import traceback

    if error.__traceback__ is not None:
        trace = "".join(traceback.format_tb(error.__traceback__))
        error.add_note(f"Traceback in the worker process (most recent call last):\n{trace}")
    try:
        return frame(Frame.ERROR, error)
    except Exception as unpicklable:
        message = _("{error} (it could not be sent back whole: {reason})").format(
            error=f"{type(error).__name__}: {error}", reason=unpicklable
        )
        return frame(Frame.ERROR, RuntimeError(message))


class _Answer:
    """The worker's standard output: whole frames, written one at a time (the work may report
    its progress from several threads)."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._lock = threading.Lock()

    def send(self, data: bytes) -> None:
        with self._lock:
            self._out.write(data)
            self._out.flush()

    def progress(self, value: object) -> None:
        self.send(frame(Frame.PROGRESS, value))


def _stop_with_the_asker() -> None:
    """Wait for the end of standard input, then end the process. Reads the file descriptor
    itself: a thread blocked inside sys.stdin would hold its lock, and Python aborts at exit
    when it cannot take that lock to close the file."""
    while os.read(sys.stdin.fileno(), 1 << 16):
        pass
    os._exit(STOPPED)


def serve() -> int:
    """Read the request from standard input, write the answer to standard output; the exit
    status."""
    try:
        work, args, progress = pickle.load(sys.stdin.buffer)
    except (EOFError, pickle.UnpicklingError):  # the asker went away while sending it
        return STOPPED
    threading.Thread(target=_stop_with_the_asker, daemon=True).start()
    out = _Answer(sys.stdout.buffer)
    sys.stdout = sys.stderr  # whatever the work prints goes to the terminal, not into the answer
    out.send(answer(work, args, out.progress if progress else None))
    return 0


def main() -> NoReturn:
    """Serve one request, then end at once: the answer is out and flushed, and tearing the
    interpreter down (the work's modules and objects) would take 30-60 ms that the window
    spends waiting for the worker to end."""
    status = serve()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    main()

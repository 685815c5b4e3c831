"""The library folder's article folders, and a fingerprint of each that says, without reading
it, whether it changed since it was indexed."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

from reader.core.errors import ReaderError
from reader.core.i18n import _


class Fingerprint(NamedTuple):
    """The name, size and modification time of each file an article is read from (``text``),
    and the newest modification time among them (seconds since the epoch)."""

    text: str
    modified: float


def article_folders(library: Path) -> list[str]:
    """The names of the library's folders, sorted; hidden ones (``.git``) left out. A library
    that does not exist yet holds nothing (the first import creates it)."""
    try:
        with os.scandir(library) as entries:
            return sorted(e.name for e in entries if not e.name.startswith(".") and e.is_dir())
    except FileNotFoundError:
        return []
    except OSError as error:
        message = _("the library folder cannot be read: {reason}")
        raise ReaderError(message.format(reason=error.strerror or error), library) from None


def folder_times(library: Path, names: Sequence[str]) -> dict[str, int | None]:
    """The modification time (nanoseconds) of each of the library's folders ``names``, None for
    one that cannot be looked at: one ``stat`` a folder, in the open library folder."""
    found: dict[str, int | None] = {}
    for name, status in zip(names, _statuses(os.fspath(library), names), strict=True):
        found[name] = None if status is None else status.st_mtime_ns
    return found


class FolderScan(NamedTuple):
    """The library's folders (``article_folders``, in no particular order) and their times
    (``folder_times``)."""

    names: list[str]
    times: dict[str, int | None]


def scan(library: Path) -> FolderScan:
    """The library's folders and their times, looked at now."""
    names = article_folders(library)
    return FolderScan(names, folder_times(library, names))


class ScanAhead:
    """A ``scan`` of the library started now in another process, taken when it is needed
    (``result``); a context manager, which waits for that process on leaving.

    A quick refresh's ``stat`` calls (one a folder: 10,000 of them in a large library) are
    mostly the system's time, which a ``reader search`` process can spend on another processor
    while it compiles its query and opens the index. Not in a thread: every call would wait for
    the interpreter lock, taken back by the busy thread, and the two took longer than one after
    the other. Not in a forked child of this process either: its scan, in Python, costs the
    processor about three times what ``find``'s does (84 ms against 30 at 10,000 folders), and
    forking a process that may have other threads risks a deadlock. GNU ``find`` does it
    (``-printf``: each folder's name and time, to the nanosecond); elsewhere, or if it is
    missing or fails (``find`` ends in an error when any folder cannot be looked at),
    ``result`` scans in the process, the same scan.

    What it sees is the folders as they were at some moment between its start and ``result``,
    which is before the search: a folder changed before it started is seen, one changed
    meanwhile may be seen or not, as with a scan made in the process, which takes its time too
    (it is then seen by the next refresh).
    """

    def __init__(self, library: Path) -> None:
        self.library = library
        self._child: tuple[int, int] | None = None  # the process's id, its output's pipe
        self._result: FolderScan | None = None
        if sys.platform == "linux":
            self._child = _spawn_find(library)

    def result(self) -> FolderScan:
        """The scan: the other process's (waited for), or one made now."""
        if self._result is None:
            found = self._receive()
            self._result = found if found is not None else scan(self.library)
        return self._result

    def close(self) -> None:
        """Wait for the other process (if its scan was never taken, it is abandoned)."""
        if self._child is not None:
            pid, pipe = self._child
            self._child = None
            os.close(pipe)  # a process still writing gets a broken pipe and ends
            _wait(pid)

    def __enter__(self) -> ScanAhead:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _receive(self) -> FolderScan | None:
        if self._child is None:
            return None
        pid, pipe = self._child
        self._child = None
        chunks = []
        try:
            while chunk := os.read(pipe, 1 << 20):
                chunks.append(chunk)
        finally:
            os.close(pipe)
        if _wait(pid) != 0:
            return None
        return _found(b"".join(chunks))


# What _found reads: ``find``'s times, each ended by a NUL.
_FIND_TIMES = re.compile(r"(?:-?[0-9]+\.[0-9]{9}0\0)*")


def _spawn_find(library: Path) -> tuple[int, int] | None:
    """``find`` started on the library's folders, writing to a pipe: its process id and the
    pipe's reading end; None if it cannot be started."""
    import fcntl
    import signal

    base = os.path.abspath(library)  # never taken for an option (it begins with a slash)
    # -L: folders reached by a link are looked at through it, as os.stat and is_dir do.
    command = ["find", "-L", base, "-mindepth", "1", "-maxdepth", "1", "-type", "d"]
    command += ["-printf", "%f\\0%T@\\0"]
    reading, writing = os.pipe()
    # Room in the pipe for a large library's scan, so that find is not kept waiting for the
    # reader (at most 1 MB, what Linux gives a process unprivileged by default).
    with contextlib.suppress(OSError):
        fcntl.fcntl(writing, fcntl.F_SETPIPE_SZ, 1 << 20)
    environment = {"PATH": os.environ.get("PATH", os.defpath), "LC_ALL": "C"}
    try:
        pid = os.posix_spawnp(
            "find",
            command,
            environment,
            file_actions=[
                (os.POSIX_SPAWN_DUP2, writing, 1),
                (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
            ],
            # Python ignores SIGPIPE, which a child would inherit: find, abandoned, ends at once.
            setsigdef=(signal.SIGPIPE,),
        )
    except OSError:
        os.close(reading)
        return None
    finally:
        os.close(writing)
    return pid, reading


def _wait(pid: int) -> int:
    """The exit status of the process ``pid``, once it ended."""
    try:
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    except ChildProcessError:  # already waited for (SIGCHLD ignored, say)
        return -1


def _found(output: bytes) -> FolderScan | None:
    """The scan ``find`` printed (each folder's name and time, each ended by a NUL, which no
    file name holds), or None if it is not whole. Its times (``1796499785.3650550840``) have
    ten digits after the point, the last a zero: read otherwise, they are not taken.

    Read in bulk: a Python step a folder cost as much as the ``stat`` calls it saved."""
    # Decoded at once, as os.fsdecode decodes each name (every byte is kept: surrogateescape).
    text = output.decode(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
    fields = text.split("\0")
    if fields.pop() != "" or len(fields) % 2:
        return None
    names, times = fields[::2], fields[1::2]
    joined = "\0".join(times) + "\0" if times else ""
    if _FIND_TIMES.fullmatch(joined) is None:
        return None
    # The point and the last zero taken out: nanoseconds.
    digits = joined.replace(".", "").replace("0\0", "\0").split("\0")[:-1]
    found: dict[str, int | None] = dict(zip(names, map(int, digits), strict=True))
    if text.startswith(".") or "\0." in text:  # a hidden folder (.git) is no article
        for hidden in [name for name in names if name.startswith(".")]:
            del found[hidden]
    return FolderScan(list(found), found)


def fingerprint(folder: Path, files: Sequence[str] | None) -> Fingerprint:
    """The fingerprint of an article folder: of ``files`` (its manifest and its versions'
    files, relative to the folder), or, for a folder that did not load (``files`` None), of
    every file directly inside it, so that the file that was missing or wrong is seen when it
    arrives or changes.

    Ten thousand folders are fingerprinted at every refresh: each file is looked up in its
    open folder (``dir_fd``), not by its whole path (``pathlib`` took two thirds of the time,
    and the whole path a sixth of what was left)."""
    base = os.fspath(folder)
    if files is None:
        try:
            files = sorted(os.listdir(base))
        except OSError:
            files = []
    parts = []
    newest = 0.0
    for name, status in zip(files, _statuses(base, files), strict=True):
        if status is None:
            parts.append(f"{name}\t-")
            continue
        parts.append(f"{name}\t{status.st_size}\t{status.st_mtime_ns}")
        newest = max(newest, status.st_mtime)
    return Fingerprint("\n".join(parts), newest)


def _statuses(base: str, names: Sequence[str]) -> list[os.stat_result | None]:
    """Each file's status (None if it cannot be read), looked up in the open folder where the
    system can (``dir_fd``: not on Windows)."""
    if os.stat not in os.supports_dir_fd:
        return [_status(os.path.join(base, name)) for name in names]
    try:
        directory = os.open(base, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return [None] * len(names)
    try:
        return [_status(name, directory) for name in names]
    finally:
        os.close(directory)


def _status(path: str, directory: int | None = None) -> os.stat_result | None:
    try:
        return os.stat(path, dir_fd=directory)
    except OSError:
        return None

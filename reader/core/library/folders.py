"""The library folder's article folders, and a fingerprint of each that says, without reading
it, whether it changed since it was indexed."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
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

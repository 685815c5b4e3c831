"""The library folder's article folders, and a fingerprint of each that says, without reading
it, whether it changed since it was indexed."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.ingest.loading import MANIFEST


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


def fingerprint(folder: Path, files: Sequence[str] | None) -> Fingerprint:
    """The fingerprint of an article folder: of its manifest and ``files`` (its versions'
    files, relative to the folder), or, for a folder that did not load (``files`` None), of
    every file directly inside it, so that the file that was missing or wrong is seen when it
    arrives or changes."""
    if files is None:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            names = []
    else:
        names = [MANIFEST, *files]
    parts = []
    newest = 0.0
    for name in names:
        try:
            status = os.stat(folder / name)
        except OSError:
            parts.append(f"{name}\t-")
            continue
        parts.append(f"{name}\t{status.st_size}\t{status.st_mtime_ns}")
        newest = max(newest, status.st_mtime)
    return Fingerprint("\n".join(parts), newest)

"""Writing files so that a crash, a kill or a power cut leaves the old content or the new, whole.

Used by everything that writes into an article folder: imported versions and manifests
(``reader.core.web.folders``), the review file and post-edited revisions
(``reader.core.review``).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_atomically(
    path: Path, data: bytes, before_replace: Callable[[], None] | None = None
) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old content or the new, whole:
    a temporary file beside it, flushed to the disk, renamed over it, the folder flushed.

    ``before_replace`` runs once the data is on the disk, just before the rename: the review
    file's last look at what is there (an exception from it leaves ``path`` untouched)."""
    try:  # the file's own permissions (a folder shared with others), not mkstemp's 0600
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o644
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            if hasattr(os, "fchmod"):
                os.fchmod(stream.fileno(), mode)
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry for the renamed file (a power cut may otherwise lose the rename)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows cannot open a folder
        return
    try:
        os.fsync(descriptor)
    except OSError:  # pragma: no cover - some file systems refuse
        pass
    finally:
        os.close(descriptor)

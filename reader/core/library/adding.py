"""Adding an article opened from elsewhere to the library: its folder copied in."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.i18n import _


def inside(folder: Path, library: Path) -> bool:
    """Whether ``folder`` is (in) the library already."""
    try:
        folder.resolve().relative_to(library.resolve())
    except ValueError:
        return False
    return True


def add_to_library(folder: Path, library: Path) -> Path:
    """Copy the article folder ``folder`` into ``library`` under its own name (``name-2``,
    ``name-3``... if taken) and return the copy. The original is left as it was; a copy that
    fails half-way is removed."""
    if inside(folder, library):
        raise ReaderError(_("this article is in the library already"), folder)
    name = folder.resolve().name or "article"
    target = library / name
    number = 1
    while target.exists():
        number += 1
        target = library / f"{name}-{number}"
    try:
        library.mkdir(parents=True, exist_ok=True)
        shutil.copytree(folder, target)
    except OSError as error:
        shutil.rmtree(target, ignore_errors=True)
        message = _("the article could not be copied into the library: {reason}")
        raise ReaderError(message.format(reason=error.strerror or error), library) from None
    return target

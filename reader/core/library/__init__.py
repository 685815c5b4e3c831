"""Where imported articles go: the library folder.

platformdirs' user data folder for "reader", then ``library/`` (on Linux
``~/.local/share/reader/library``); the ``READER_LIBRARY`` environment variable, or a
command's ``--library`` option, names another one (PRODUCT.md, "The library folder").
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENVIRONMENT_VARIABLE = "READER_LIBRARY"


def library_folder(
    override: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """The library folder: ``override`` if given, else ``READER_LIBRARY``, else the default.

    The folder is not created here: the first import creates it.
    """
    if override:
        return Path(override).expanduser()
    value = (os.environ if environ is None else environ).get(ENVIRONMENT_VARIABLE, "")
    if value:
        return Path(value).expanduser()
    import platformdirs  # its import is most of a `reader search` process's first 10 ms

    return Path(platformdirs.user_data_dir("reader", appauthor=False)) / "library"

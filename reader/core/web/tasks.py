"""The import and the update as the window runs them: in a worker process (``reader.worker``),
named ``"reader.core.web.tasks:import_page"`` and ``"reader.core.web.tasks:update_folder"``.

A worker hands its work one ``progress(value)`` callback; the web functions report
``progress(done, total, what)``: here each report becomes one value, the tuple
``(done, total, what)``. Cancelling kills the worker (``reader.ui.jobs``), at any point: the
import is therefore built inside a staging folder that the window made and removes whatever
happens, and moved out of it into its destination by a single rename once it is complete.
"""

from __future__ import annotations

import dataclasses
import importlib
import threading
from collections.abc import Callable
from pathlib import Path

from reader.core.web.fetching import Progress
from reader.core.web.folders import move_article
from reader.core.web.importing import import_article
from reader.core.web.outcomes import ImportResult, UpdateResult
from reader.core.web.updating import update_article

Report = Callable[[object], None]
EXTRACTOR = "trafilatura"


def _as_values(progress: Report) -> Progress:
    def report(done: int, total: int, what: str) -> None:
        progress((done, total, what))

    return report


def import_page(
    source: str, destination: str, staging: str, alternates: bool, *, progress: Report
) -> ImportResult:
    """Import ``source`` (an http(s) URL or a saved page) as a new article folder inside the
    folder ``destination``; built in ``staging`` (a folder beside it, made and removed by the
    caller), then moved into place."""
    # A worker starts cold, and the extractor takes a second to import: let it import while the
    # first page is on its way (the extraction waits for it on the import lock, if need be).
    threading.Thread(target=importlib.import_module, args=(EXTRACTOR,), daemon=True).start()
    result = import_article(
        source, library=Path(staging), alternates=alternates, progress=_as_values(progress)
    )
    folder = move_article(Path(result.folder), Path(destination))
    return dataclasses.replace(result, folder=str(folder))


def update_folder(folder: str, *, progress: Report) -> UpdateResult:
    """Re-fetch the web versions of the article folder ``folder`` (``update_article``)."""
    return update_article(Path(folder), progress=_as_values(progress))

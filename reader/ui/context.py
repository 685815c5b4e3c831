"""The one explicit context the window is built with: where settings live, and what runs its
background work.

It imports no Qt, so that ``reader`` finds its settings folder before Qt loads (see
``reader.cli``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.jobs import Jobs
    from reader.ui.settings import Store


@dataclass
class AppContext:
    """Folders the application may write to, and what runs its background work: ``jobs``, or
    if None worker processes (``reader.ui.jobs.ProcessJobs``, loaded with the first job, after
    the window's first paint). Tests build one on a temporary folder, with a fake for the work.

    ``library`` is where articles imported from the web go; if None, the library folder
    (``reader.core.library``: ``READER_LIBRARY``, else the user data folder), looked up when
    the first article is imported.
    """

    config_dir: Path
    jobs: Jobs | None = None
    library: Path | None = None

    @classmethod
    def default(cls) -> AppContext:
        import platformdirs  # here, not at start-up of every test and snapshot

        return cls(config_dir=Path(platformdirs.user_config_dir("reader", appauthor=False)))

    def store(self) -> Store:
        from reader.ui.settings import Store  # Qt's QSettings: this module loads without Qt

        return Store(self.config_dir)


def is_bundled(folder: Path) -> bool:
    """``folder`` is inside what comes with Reader (the sample article): never written to, since
    it may be read-only and every user and every update shares it."""
    from reader import resources_folder

    bundled = resources_folder().resolve()
    return folder.resolve().is_relative_to(bundled)

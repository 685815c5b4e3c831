"""The one explicit context the window is built with: where settings live, how work runs in the
background."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader.ui.jobs import Jobs, ProcessJobs
from reader.ui.settings import Store


@dataclass
class AppContext:
    """Folders the application may write to, and what runs its background work (worker
    processes); tests build one on a temporary folder, with a fake for the work."""

    config_dir: Path
    jobs: Jobs = field(default_factory=ProcessJobs)

    @classmethod
    def default(cls) -> AppContext:
        import platformdirs  # here, not at start-up of every test and snapshot

        return cls(config_dir=Path(platformdirs.user_config_dir("reader", appauthor=False)))

    def store(self) -> Store:
        return Store(self.config_dir)

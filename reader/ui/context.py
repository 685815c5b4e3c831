"""The one explicit context the window is built with: where settings live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.ui.settings import Store


@dataclass
class AppContext:
    """Folders the application may write to; tests build one on a temporary folder."""

    config_dir: Path

    @classmethod
    def default(cls) -> AppContext:
        import platformdirs  # here, not at start-up of every test and snapshot

        return cls(config_dir=Path(platformdirs.user_config_dir("reader", appauthor=False)))

    def store(self) -> Store:
        return Store(self.config_dir)

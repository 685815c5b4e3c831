"""The one explicit context the window is built with: where settings live.

It imports no Qt, so that ``reader`` finds its settings folder before Qt loads (see
``reader.cli``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
        from reader.ui.settings import Store  # Qt's QSettings: this module loads without Qt

        return Store(self.config_dir)

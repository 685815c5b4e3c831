"""Settings declared once (key, type, default, meaning), stored with QSettings in INI files.

User preferences (``settings.ini``) are kept apart from window state (``state.ini``), so that
resetting the layout never loses a preference. Values that fail to load fall back to defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    key: str
    type: type
    default: Any
    meaning: str


# Preferences
FONT_SIZE = Setting("reading/font_size", float, 15.0, "Reading font size in points (zoom)")

# Window state
COMPARE = Setting("view/compare", bool, True, "Two versions side by side (compare) or one")
LEFT = Setting("view/left", str, "", "Version in the left pane, as L@REV")
RIGHT = Setting("view/right", str, "", "Version in the right pane, as L@REV")
GEOMETRY = Setting("window/geometry", bytes, b"", "Main window geometry")
SPLITTER = Setting("window/splitter", bytes, b"", "Sizes of the two panes")

PREFERENCES = (FONT_SIZE,)
STATE = (COMPARE, LEFT, RIGHT, GEOMETRY, SPLITTER)


class Store:
    """Typed access to the two INI files in ``config_dir``."""

    def __init__(self, config_dir: Path) -> None:
        config_dir.mkdir(parents=True, exist_ok=True)
        preferences = QSettings(str(config_dir / "settings.ini"), QSettings.Format.IniFormat)
        state = QSettings(str(config_dir / "state.ini"), QSettings.Format.IniFormat)
        self._stores = (preferences, state)
        self._where = {s.key: preferences for s in PREFERENCES} | {s.key: state for s in STATE}

    def get(self, setting: Setting) -> Any:
        raw = self._where[setting.key].value(setting.key, setting.default)
        try:
            if setting.type is bool:
                return raw if isinstance(raw, bool) else str(raw).lower() in {"true", "1"}
            if setting.type is bytes:
                return bytes(raw) if raw else b""
            return setting.type(raw)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._where[setting.key].setValue(setting.key, value)

    def sync(self) -> None:
        for store in self._stores:
            store.sync()

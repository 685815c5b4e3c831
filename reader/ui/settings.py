"""Settings declared once (key, type, default, meaning), stored with QSettings in INI files.

User preferences (``settings.ini``) are kept apart from window state (``state.ini``), so that
resetting the layout never loses a preference. Values that fail to load fall back to defaults,
and ``Store.problems`` says so in words the window can show.

What the user saved is never lost: Qt's INI reader skips what it cannot parse *and then
rewrites the file without it* on the next sync (measured with PySide6 6.12: random bytes, NUL
bytes, invalid UTF-8 and a half section header all do that), so a file that does not read
cleanly is copied to ``<name>.corrupt-<timestamp>`` before anything is written to it; and a
file that exists but cannot be read is never written. Writes are atomic: QSettings saves
through a temporary file renamed over the old one (``setAtomicSyncRequired``, on by default,
set here explicitly); a crash mid-write leaves the previous file whole.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QSettings

from reader.core import i18n
from reader.core.i18n import N_, _


# A value of the shell, not a pure model: a NamedTuple, which Python builds in a fifth of a
# frozen dataclass's time (each dataclass costs start-up about 0.8 ms).
class Setting(NamedTuple):
    """One declared setting; ``valid`` rejects values of the right type that make no sense.

    ``meaning`` says what it holds, as a phrase for the middle of a sentence (the notice on a
    value that does not load), marked for translation and translated where shown.
    """

    key: str
    type: type
    default: Any
    meaning: str
    valid: Callable[[Any], bool] | None = None


FONT_SIZE_RANGE = (8.0, 48.0)  # points; the zoom range of the main window


def _font_size_ok(size: float) -> bool:
    return math.isfinite(size) and FONT_SIZE_RANGE[0] <= size <= FONT_SIZE_RANGE[1]


# Preferences
FONT_SIZE = Setting(
    "reading/font_size", float, 15.0, N_("reading font size in points (zoom)"), _font_size_ok
)

INTERFACE_LANGUAGE = Setting(
    "interface/language",
    str,
    "",
    N_("the interface's language (empty: the system's)"),
    lambda code: code == "" or code.replace("_", "-").split("-")[0].isalpha(),
)
DIGITS = Setting(
    "interface/digits",
    str,
    "default",
    N_("the digits numbers take in the interface (default, latn or native)"),
    lambda digits: digits in i18n.DIGITS,
)
REVIEWER = Setting(
    "review/name", str, "", N_("your name, written beside your notes and review decisions")
)
LAYOUTS = ("last", "compare", "single")
LAYOUT = Setting(
    "view/layout",
    str,
    "last",
    N_("the layout Reader starts in (last, compare or single)"),
    lambda layout: layout in LAYOUTS,
)

# Window state
COMPARE = Setting("view/compare", bool, True, N_("two versions side by side (compare) or one"))
# Kept for each article (``Store.get(..., scope=article_scope(...))``): another article's
# versions mean nothing here (the one-version seed's ar@1 put the sample at ar@1 beside ar@1).
LEFT = Setting("view/left", str, "", N_("version in the left pane, as L@REV"))
RIGHT = Setting("view/right", str, "", N_("version in the right pane, as L@REV"))
GEOMETRY = Setting("window/geometry", bytes, b"", N_("main window geometry"))
RECENT_ADDRESSES = Setting(
    "web/recent", str, "", N_("web pages opened lately, one address a line, the latest first")
)


def _json_list(text: str) -> bool:
    import json  # loaded when the setting is first read, not with the module

    try:
        return isinstance(json.loads(text or "[]"), list)
    except ValueError:
        return False


RECENT_ARTICLES = Setting(
    "articles/recent",
    str,
    "",
    N_("articles opened lately and where each was left, the latest first (JSON)"),
    _json_list,
)

PREFERENCES = (FONT_SIZE, INTERFACE_LANGUAGE, DIGITS, REVIEWER, LAYOUT)
STATE = (COMPARE, LEFT, RIGHT, GEOMETRY, RECENT_ADDRESSES, RECENT_ARTICLES)

_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def article_scope(folder: Path | None, paths: Sequence[Path]) -> str | None:
    """The name an article's own settings are kept under: a digest of its folder, or of its
    loose files (in any order); None when it was opened from nothing on disk. A digest, not the
    path itself, so that no path can break the INI file's keys."""
    names = [folder] if folder is not None else list(paths)
    if not names:
        return None
    text = "\n".join(sorted(os.fsencode(Path(n).resolve()).hex() for n in names))
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:20]


class Store:
    """Typed access to the two INI files in ``config_dir``.

    ``problems`` lists, in plain words, every file that could not be read or saved and every
    value that was replaced by its default; the window shows them as a notice.
    """

    def __init__(self, config_dir: Path) -> None:
        self.problems: list[str] = []
        self._reported: set[str] = set()
        self._read_only: set[int] = set()  # ids of the QSettings never to write
        self._unsaved = False  # a value was set in a file that is never written
        try:
            config_dir.mkdir(parents=True, exist_ok=True)
            folder = True
        except OSError as error:
            folder = False
            self.problems.append(
                _(
                    "the settings folder {folder} cannot be created ({reason}); settings will "
                    "not be saved"
                ).format(folder=config_dir, reason=error.strerror or error)
            )
        preferences = self._open(config_dir / "settings.ini", folder)
        state = self._open(config_dir / "state.ini", folder)
        self._stores = (preferences, state)
        self._where = {s.key: preferences for s in PREFERENCES} | {s.key: state for s in STATE}

    # -- opening -------------------------------------------------------------------------------

    def _open(self, path: Path, folder: bool) -> QSettings:
        """QSettings on ``path``; a damaged file is backed up first, an unreadable one kept."""
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        settings.setAtomicSyncRequired(True)
        if not folder:  # already said: nothing can be saved
            self._read_only.add(id(settings))
            return settings
        damage = _damage(path)
        if damage is None and settings.status() == QSettings.Status.FormatError:
            damage = _Damage(_("{file} is not a valid settings file").format(file=path.name))
        if damage is None:
            return settings
        if not damage.readable:
            self._read_only.add(id(settings))
            self.problems.append(
                _(
                    "{problem}; Reader uses the defaults and will not write to it, so nothing "
                    "in it is lost"
                ).format(problem=damage.problem)
            )
            return settings
        self._back_up(path, damage.problem, settings)
        return settings

    def _back_up(self, path: Path, problem: str, settings: QSettings) -> None:
        import shutil  # rare: not worth loading at every start
        from datetime import datetime

        backup = path.with_name(f"{path.name}.corrupt-{datetime.now():%Y%m%d-%H%M%S}")
        try:
            shutil.copy2(path, backup)
        except OSError as error:
            self._read_only.add(id(settings))
            self.problems.append(
                _(
                    "{problem}, and a copy could not be kept ({reason}); Reader uses the "
                    "defaults and will not write to it"
                ).format(problem=problem, reason=error.strerror or error)
            )
            return
        self.problems.append(
            _(
                "{problem}; Reader uses the defaults for what it could not read and kept the "
                "file as {backup}"
            ).format(problem=problem, backup=backup.name)
        )

    # -- reading and writing -------------------------------------------------------------------

    @staticmethod
    def _key(setting: Setting, scope: str | None) -> str:
        return setting.key if scope is None else f"articles/{scope}/{setting.key}"

    def get(self, setting: Setting, scope: str | None = None) -> Any:
        """The stored value (of the article ``scope``, if given), or the default (with a
        problem noted) when it does not load."""
        store = self._where[setting.key]
        key = self._key(setting, scope)
        if not store.contains(key):
            return setting.default
        try:
            raw = store.value(key, setting.default)
            value = _convert(setting, raw)
        except (TypeError, ValueError, OverflowError, RuntimeError):
            value = None
        if value is None or (setting.valid is not None and not setting.valid(value)):
            self._report(setting, store)
            return setting.default
        return value

    def _report(self, setting: Setting, store: QSettings) -> None:
        if setting.key in self._reported:
            return
        self._reported.add(setting.key)
        self.problems.append(
            _(
                "{file}: the saved value of {key} ({meaning}) is not valid; Reader uses the "
                "default ({default!r})"
            ).format(
                file=Path(store.fileName()).name,
                key=setting.key,
                meaning=_(setting.meaning),
                default=setting.default,
            )
        )

    def set(self, setting: Setting, value: Any, scope: str | None = None) -> None:
        """Keep ``value`` (for the article ``scope``, if given)."""
        store = self._where[setting.key]
        if id(store) in self._read_only:
            self._unsaved = True
        else:
            store.setValue(self._key(setting, scope), value)

    def sync(self) -> bool:
        """Write both files now; False (and a problem noted) when a value could not be saved."""
        saved = not self._unsaved
        for store in self._stores:
            if id(store) in self._read_only:
                continue
            store.sync()
            if store.status() == QSettings.Status.AccessError:
                saved = False
                message = _("{file} could not be saved").format(file=Path(store.fileName()).name)
                if message not in self.problems:
                    self.problems.append(message)
        return saved


def _convert(setting: Setting, raw: Any) -> Any:
    """``raw`` as QSettings returns it (text, a list, bytes...) as the setting's type, or None."""
    if setting.type is bool:
        return raw if isinstance(raw, bool) else _BOOLEANS.get(str(raw).strip().lower())
    if setting.type is bytes:
        return bytes(raw) if isinstance(raw, bytes | bytearray) or hasattr(raw, "data") else None
    if setting.type is float:
        return float(raw) if isinstance(raw, str | int | float) else None
    return setting.type(raw) if isinstance(raw, str) else None


_SECTION_OR_KEY = ("[", ";", "#")


class _Damage(NamedTuple):
    """What is wrong with a settings file: ``problem``, a clause that names the file, and
    whether the file could be read at all (one that cannot is never written)."""

    problem: str
    readable: bool = True


def _damage(path: Path) -> _Damage | None:
    """What is wrong with the INI file at ``path`` before Qt reads it, or None if nothing is.

    Qt's reader reports nothing for random bytes (it finds no keys and says NoError), so the
    file is checked here: UTF-8 text whose lines are sections, comments or ``key=value``.
    """
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        return _Damage(_("{file} cannot be read: it is a folder").format(file=name), False)
    except OSError as error:
        problem = _("{file} cannot be read ({reason})")
        return _Damage(problem.format(file=name, reason=error.strerror or error), False)
    if b"\0" in data:
        return _Damage(_("{file} is damaged (it holds NUL bytes)").format(file=name))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        problem = _("{file} is damaged (not UTF-8 at byte {offset})")
        return _Damage(problem.format(file=name, offset=error.start))
    continued = False
    for line in text.splitlines():
        stripped = line.strip()
        setting = stripped.startswith(_SECTION_OR_KEY) or "=" in stripped
        if stripped and not continued and not setting:
            problem = _("{file} is damaged (a line is neither a section nor a setting)")
            return _Damage(problem.format(file=name))
        continued = stripped.endswith("\\")
    return None

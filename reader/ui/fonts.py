"""The only place that knows font files: registering the bundled faces and checking coverage.

Fonts come as Python packages (fontpkg-*), so a machine with no Arabic font still shows Arabic.
No PyPI package ships CJK fonts; where no installed font covers a text, the pane says what to
install instead of drawing boxes (RTL.md, "Fonts").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from reader.core.i18n import N_, _
from reader.core.text.languages import dominant_script

# Font packages (fontpkg-*) whose upright faces are registered at start-up.
BUNDLED = ("fontpkg_amiri", "fontpkg_noto_sans_arabic", "fontpkg_noto_serif", "fontpkg_noto_sans")
_WEIGHTS = (400, 700)

ARABIC_READING = ("Amiri", "Noto Sans Arabic")
LATIN_READING = ("Noto Serif",)
INTERFACE = ("Noto Sans", "Noto Sans Arabic")

_WRITING_SYSTEMS = {
    "Hani": QFontDatabase.WritingSystem.SimplifiedChinese,
    "Jpan": QFontDatabase.WritingSystem.Japanese,
    "Hang": QFontDatabase.WritingSystem.Korean,
    "Arab": QFontDatabase.WritingSystem.Arabic,
    "Hebr": QFontDatabase.WritingSystem.Hebrew,
    "Thai": QFontDatabase.WritingSystem.Thai,
    "Deva": QFontDatabase.WritingSystem.Devanagari,
    "Cyrl": QFontDatabase.WritingSystem.Cyrillic,
}

# What to install, by script, when nothing covers it: what the pane's notice asks the reader
# to install ("Install {hint}, then restart Reader."), translated where shown.
INSTALL_HINTS = {
    "Hani": N_(
        "a Chinese font, e.g. Noto Sans CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk)"
    ),
    "Jpan": N_(
        "a Japanese font, e.g. Noto Sans CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk)"
    ),
    "Hang": N_(
        "a Korean font, e.g. Noto Sans CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk)"
    ),
}
ANY_FONT_HINT = N_("a font that covers this script")


# A value of the shell, not a pure model: a NamedTuple, which Python builds in a fifth of a
# frozen dataclass's time (each dataclass costs start-up about 0.8 ms).
class Coverage(NamedTuple):
    """Which characters of a text no available font can draw."""

    missing: frozenset[str]
    total: int
    script: str | None

    @property
    def complete(self) -> bool:
        return not self.missing

    def install_hint(self) -> str:
        """What to install to read the text, in the reader's language."""
        return _(INSTALL_HINTS.get(self.script or "", ANY_FONT_HINT))


def _warn(message: str) -> None:
    import logging  # only on this rare path: importing logging costs start-up time

    logging.getLogger(__name__).warning(message)


def bundled_font_files(package: str) -> list[str]:
    """The upright regular and bold font files of one fontpkg package.

    Read from the package's ``metadata.json`` (fontpkg's schema 1), found without importing
    the package, rather than through ``fontpkg.path``: importing fontpkg scans every installed
    distribution's metadata, which cost 45 ms of a 350 ms start-up (bench/startup.py);
    importlib.resources, some 15 million instructions more.
    """
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"No module named {package!r}", name=package)
    root = Path(spec.submodule_search_locations[0])
    metadata = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
    return [
        str(root / entry["path"])
        for entry in metadata.get("files", [])
        if entry.get("style") == "normal"
        and (entry.get("variable") or entry.get("weight") in _WEIGHTS)
    ]


@cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Register the packaged fonts with Qt once; return the family names Qt knows them by."""
    families: list[str] = []
    for package in BUNDLED:
        try:
            paths = bundled_font_files(package)
        except (ModuleNotFoundError, OSError, ValueError, KeyError) as error:
            _warn(
                _("font package {package} is not usable: {reason}").format(
                    package=package, reason=error
                )
            )
            continue
        for path in paths:
            font_id = QFontDatabase.addApplicationFont(path)
            if font_id < 0:
                _warn(_("Qt could not load the font file {file}").format(file=path))
                continue
            families += [
                f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families
            ]
    return tuple(families)


def reading_families(script: str | None) -> tuple[str, ...]:
    """Font families to read text of ``script`` in, best first."""
    if script in ("Arab",):
        return ARABIC_READING + LATIN_READING
    if script in ("Latn", "Cyrl", None):
        return LATIN_READING + ARABIC_READING
    return (*_system_families(script)[:2], *LATIN_READING)


def reading_font(script: str | None, point_size: float) -> QFont:
    """The reading font for a text of ``script`` at ``point_size``."""
    font = QFont()
    font.setFamilies(list(reading_families(script)))
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _system_families(script: str | None) -> list[str]:
    system = _WRITING_SYSTEMS.get(script or "")
    return QFontDatabase.families(system) if system is not None else []


@cache
def _raw_font(family: str) -> QRawFont:
    return QRawFont.fromFont(QFont(family))


def _drawable(ch: str) -> bool:
    # Spaces, controls and format characters (ZWJ, LRM, ...) draw nothing: no glyph needed.
    return not ch.isspace() and ch.isprintable()


def coverage(
    text: str, families: Iterable[str], system: bool = True, script: str | None = None
) -> Coverage:
    """Check every distinct character of ``text`` against ``families`` and (``system``) the
    installed fonts for the text's script (``script``, the text's dominant script if not
    given); what none can draw is reported missing."""
    chars = {ch for ch in set(text) if _drawable(ch)}
    script = script or dominant_script(text)
    installed = _system_families(script)[:4] if system else []
    candidates = list(dict.fromkeys([*families, *installed]))
    missing = set(chars)
    for family in candidates:
        raw = _raw_font(family)
        if not raw.isValid():
            continue
        missing = {ch for ch in missing if not raw.supportsCharacter(ord(ch))}
        if not missing:
            break
    return Coverage(frozenset(missing), len(chars), script)

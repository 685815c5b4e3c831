"""The window's desktop furniture in words: the zoom level, the Open Recent menu, the About box
and the Keyboard Shortcuts list. Plain values in, sentences out; no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.i18n import _, ngettext

LICENCE = "MIT"


def zoom_level(percent: int) -> str:
    """The status bar's zoom level: "110 %"."""
    return _("{percent} %").format(percent=percent)


def zoom_tip(percent: int, points: float) -> str:
    """The zoom level's tool tip: what it is, and how to reset it."""
    return _(
        "Reading size {percent} % ({points:g} pt). Ctrl+= and Ctrl+- or Ctrl+wheel to zoom, "
        "Ctrl+0 to reset."
    ).format(percent=percent, points=round(points, 1))


def recent_entry(position: int, name: str, where: str) -> str:
    """One item of File › Open Recent: its number (the item's mnemonic for 1 to 9), the
    article's name and where it is. ``name`` and ``where`` are file text and paths: the caller
    escapes the ampersands Qt would read as mnemonics."""
    if position < 10:
        return _("&{position} {name} \u2014 {where}").format(
            position=position, name=name, where=where
        )
    return _("{position} {name} \u2014 {where}").format(position=position, name=name, where=where)


def recent_missing(where: str) -> str:
    """The tool tip of a recent article that is no longer there."""
    return _("{where} is no longer there").format(where=where)


def recent_files(count: int) -> str:
    """A recent entry of loose files, named by how many there are."""
    return ngettext("{count} file", "{count} files", count).format(count=count)


@dataclass(frozen=True)
class Component:
    """A part Reader is built from, and its version: "Qt", "6.8.1"."""

    name: str
    version: str


def about_text(version: str, components: Sequence[Component], fonts: Sequence[str]) -> str:
    """The About box: what Reader is, its version, what it runs on, the fonts it reads in and
    its licence, as plain text (one line each)."""
    lines = [
        _("Reader {version}").format(version=version),
        _("Read multilingual news articles side by side, with the accuracy of each version."),
        "",
    ]
    lines += [
        _("{component} {version}").format(component=c.name, version=c.version) for c in components
    ]
    if fonts:
        lines += ["", _("Reading fonts: {fonts}").format(fonts=_(", ").join(fonts))]
    lines += ["", _("Licence: {licence}").format(licence=LICENCE)]
    return "\n".join(lines)


def no_shortcut() -> str:
    """The Keyboard Shortcuts list's entry for an action that has none."""
    return _("(none)")

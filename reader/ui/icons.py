"""Reader's icon files: the only module that names them.

``resources/icons/`` holds the SVG source and the PNG sizes rendered from it
(``.ci/render_icons.py``); the window takes the PNGs (reader.ui.app), the desktop entry
installs them into the hicolor theme (reader.commands.desktop). No Qt here, so that the command
line can list them without loading it.
"""

from __future__ import annotations

import re
from pathlib import Path

_PNG = re.compile(r"reader-(\d+)\.png")


def icon_folder() -> Path:
    """The folder of the icon files, inside the installed package (or the frozen bundle)."""
    from reader import resources_folder

    return resources_folder() / "icons"


def scalable_icon() -> Path:
    """The SVG source: the hicolor theme's scalable size."""
    return icon_folder() / "reader.svg"


def sized_icons() -> dict[int, Path]:
    """The rendered PNGs by their size in pixels, smallest first."""
    found = {}
    for path in icon_folder().iterdir():
        match = _PNG.fullmatch(path.name)
        if match:
            found[int(match.group(1))] = path
    return dict(sorted(found.items()))

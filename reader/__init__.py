"""Reader: multilingual news articles side by side, right-to-left done right."""

from importlib.util import find_spec
from pathlib import Path

__version__ = "0.1.0"

# The application's id: the desktop entry's and the AppStream metadata's file names
# (resources/desktop/), QGuiApplication.desktopFileName (Wayland's app id) and the icon's name in
# the hicolor theme. Never to change once published.
APP_ID = "io.github.readerdesktop.Reader"


def resources_folder() -> Path:
    """Where Reader's data files (the package ``reader.resources``: the sample article, icons,
    desktop entry, guides) are on disk.

    Found, not imported: Reader installs as plain files (a wheel, an editable install, a frozen
    bundle), so the package's folder is that place. Asking importlib.resources instead cost
    start-up some 15 million instructions (bench/startup.py).
    """
    spec = find_spec("reader.resources")
    if spec is None or not spec.submodule_search_locations:  # a loader that lists no folder
        from importlib import resources

        return Path(str(resources.files("reader.resources")))
    return Path(spec.submodule_search_locations[0])

"""Reader: multilingual news articles side by side, right-to-left done right."""

__version__ = "0.1.0"

# The application's id: the desktop entry's and the AppStream metadata's file names
# (resources/desktop/), QGuiApplication.desktopFileName (Wayland's app id) and the icon's name in
# the hicolor theme. Never to change once published.
APP_ID = "io.github.readerdesktop.Reader"

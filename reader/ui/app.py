"""Building the Qt application and the window: the interface's language, fonts registered once,
then the window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSize, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from reader import APP_ID, __version__
from reader.core.i18n import (
    ENGLISH,
    N_,
    _,
    interface_language,
    numerals,
    system_languages,
    use_languages,
)
from reader.core.model import Article, VersionKey
from reader.core.text.languages import is_rtl
from reader.ui import settings
from reader.ui.context import AppContext
from reader.ui.fonts import INTERFACE, register_bundled_fonts
from reader.ui.icons import sized_icons
from reader.ui.main_window import MainWindow
from reader.ui.settings import Store


def resume_collector() -> None:
    """Turn Python's cyclic garbage collector back on after start-up.

    Start-up makes some hundred thousand objects (module contents, PySide6's wrappers) that
    live as long as the app; the collector would walk them several times before the first
    paint (about 10 ms). Frozen, they are left out of every later collection too, which keeps
    those short. Reference counting still frees whatever is dropped; only cycles made at
    start-up and dropped later are never collected.
    """
    gc.freeze()
    gc.enable()


def application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (created once), with the bundled fonts registered."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setApplicationName("Reader")
        QCoreApplication.setOrganizationName("reader")
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication([sys.argv[0] if sys.argv else "reader", *argv])
        # The desktop entry's name: Wayland's app id, by which the dock finds the entry and icon.
        QGuiApplication.setDesktopFileName(APP_ID)
        app.setWindowIcon(window_icon())
    assert isinstance(app, QApplication)
    speak(app)
    register_bundled_fonts()
    font = QFont(app.font())
    font.setFamilies([*INTERFACE, *app.font().families()])
    app.setFont(font)
    return app


def choose_language(store: Store, ui_lang: str | None = None) -> str:
    """Speak the language ``--ui-lang`` names, else the one chosen in Preferences, else the
    system's (``LANGUAGE``, then the locale); digits as Preferences say. Returns the language."""
    chosen = [ui_lang] if ui_lang else [store.get(settings.INTERFACE_LANGUAGE)]
    # Where no variable names a language (Windows, macOS), the system's own list of them.
    system = system_languages() or QLocale.system().uiLanguages()
    return use_languages([c for c in chosen if c] + system, store.get(settings.DIGITS))


# The words of Qt's standard buttons (QPlatformTheme's, with the mnemonics some desktops add),
# marked for Reader's catalogs: PySide6 ships no qtbase catalog for some languages (Indonesian).
QT_BUTTONS = {
    N_("OK"), N_("&OK"), N_("Cancel"), N_("&Cancel"), N_("Close"), N_("&Close"), N_("Open"),
    N_("&Open"), N_("Save"), N_("&Save"), N_("&Yes"), N_("&No"), N_("Apply"), N_("Help"),
    N_("Reset"), N_("Restore Defaults"), N_("Discard"), N_("Abort"), N_("Retry"), N_("Ignore"),
}  # fmt: skip


class QtButtonWords(QTranslator):
    """Qt's standard buttons (OK, Cancel, Close...) from Reader's catalog, for a language
    whose qtbase catalog PySide6 does not ship; anything else is left to Qt."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "QPlatformTheme" and source in QT_BUTTONS:
            return _(source)
        return None  # a null string: not translated here

    def isEmpty(self) -> bool:
        return False


def speak(app: QApplication) -> None:
    """Put ``app`` in the interface's language (reader.core.i18n): Qt's own dialogs and words
    (a file dialog's buttons, Ctrl in a shortcut) from the qtbase catalog PySide6 ships (where
    it ships none, as for Indonesian, the standard buttons from Reader's catalog), and
    the layout mirrored for a right-to-left language: menus from the right, tool bars and
    dialogs' buttons in reading order, the arrow keys' meaning in lists."""
    language = interface_language()
    for old in app.findChildren(QTranslator, "reader-qt-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    if language != ENGLISH:
        translator = QTranslator(app)
        translator.setObjectName("reader-qt-translator")
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not translator.load(QLocale(language), "qtbase", "_", folder):
            translator.deleteLater()
            translator = QtButtonWords(app)
            translator.setObjectName("reader-qt-translator")
        app.installTranslator(translator)
    # Numbers Qt writes itself (a spin box's) in the digits and marks of interface text. Qt has
    # no numbering-system override, and takes "ar" for Egypt's Arabic-Indic digits where CLDR
    # writes plain Arabic in Western ones: where Qt's locale disagrees, C's (0-9, ".").
    locale = QLocale.system() if language == ENGLISH else QLocale(language)
    digits = numerals()
    if (locale.zeroDigit(), locale.decimalPoint()) != (digits[0], digits[10]):
        locale = QLocale.c()
    QLocale.setDefault(locale)
    # Set after the translator: installing qtbase_ar sets the direction from the catalog too.
    direction = (
        Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)


def window_icon() -> QIcon:
    """Reader's icon in every rendered size up to 256 px (Qt hands X11's window manager those up
    to 128 px; Windows shows 256 px ones). Reading the PNGs takes under a millisecond."""
    icon = QIcon()
    for size, path in sized_icons().items():
        if size <= 256:
            icon.addFile(str(path), QSize(size, size))
    return icon


def build_window(
    context: AppContext,
    article: Article,
    paths: Sequence[Path] = (),
    left: VersionKey | None = None,
    right: VersionKey | None = None,
) -> MainWindow:
    """A main window showing ``article``."""
    store = context.store()
    application()
    window = MainWindow(store, context.jobs, context.library)
    window.set_article(article, left=left, right=right, paths=paths)
    return window


def open_window(
    context: AppContext,
    article: Article | Callable[[], Article],
    paths: Sequence[Path] = (),
    reopen: bool = False,
    ui_lang: str | None = None,
) -> MainWindow:
    """The window as ``reader`` starts it: shown first, filled second, so the text is laid
    out once, at the window's real width. With ``reopen``, the last article where it was left
    (File › Open Recent's first), if it still opens; else ``article`` (or what a loader given
    for it returns, read only then). The interface speaks ``ui_lang``, else the language
    chosen in Preferences, else the system's."""
    store = context.store()
    choose_language(store, ui_lang)
    application()
    window = MainWindow(store, context.jobs, context.library)
    window.show()
    place = window.recent.last() if reopen else None
    if place is None or not window.reopen(place):
        window.set_article(article() if callable(article) else article, paths=paths)
    return window


def run(
    context: AppContext,
    article: Article | Callable[[], Article],
    paths: Sequence[Path] = (),
    reopen: bool = False,
    ui_lang: str | None = None,
) -> int:
    """Show the window and run the event loop until it closes. ``reader`` pauses Python's cyclic
    garbage collector while it starts (reader.cli.main); it resumes after the first paint."""
    app = application()
    window = open_window(context, article, paths, reopen, ui_lang)
    window.text_painted.connect(resume_collector, Qt.ConnectionType.SingleShotConnection)
    status = app.exec()
    del window
    return status

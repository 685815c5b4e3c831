"""A pseudo-locale through the whole window: no sentence left untranslated, no label clipped.

The pseudo-locale is made at test time from the messages the source has now: every message
accented, 40 % longer and bracketed in ⟦ ⟧ (fields, mnemonics and line breaks kept), so that a
string shown without a catalog entry stands out, and a label too narrow for a longer language
shows its cut.
"""

from __future__ import annotations

import gettext
import html
import math
import re
from collections.abc import Callable, Iterator

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QWidget,
)

from reader.core import i18n
from reader.ui.preferences import PreferencesDialog
from reader.ui.reading.text_view import ArticleView
from tests.test_present import outside_messages

_ACCENTS = str.maketrans("aeiouyAEIOUYcnsCNS", "áéíöüýÁÉÍÖÜÝçñšÇÑŠ")
_KEEP = re.compile(r"(\{[^{}]*\}|%\([a-z_]+\)[sdr]|%[sdr]|&&|\n)")


def pseudo(message: str) -> str:
    """``message`` accented (fields untouched), 40 % longer, in ⟦ ⟧."""
    parts = _KEEP.split(message)
    text = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    padding = math.ceil(len(message) * 0.4)
    return f"⟦{text}{'·' * padding}⟧"


class PseudoLocale(gettext.NullTranslations):
    """The catalog's messages in pseudo-locale; anything else comes back as it was given."""

    def __init__(self, messages: set[str]) -> None:
        super().__init__()
        self.messages = messages

    def gettext(self, message: str) -> str:
        return pseudo(message) if message in self.messages else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        chosen = singular if n == 1 else plural
        return pseudo(chosen) if singular in self.messages else chosen


@pytest.fixture
def pseudo_locale(tool) -> Iterator[None]:
    messages: set[str] = set()
    for message in tool.extract():
        if message.id:
            messages.update(message.id if isinstance(message.id, tuple) else (message.id,))
    with i18n.kept():
        i18n.use_translations(PseudoLocale(messages))
        yield


_TAG = re.compile(r"<[^>]+>")
_KEY = re.compile(r"(Ctrl|Alt|Shift|Meta|Up|Down|Left|Right|PgUp|PgDown|Home|End|F\d+|\W|\w)")


def untranslated(text: str) -> bool:
    """Whether ``text`` has words outside every pseudo-translated message. Tool tips are
    plain text in Qt's rich-text wrapper (reader.ui.plain.literal); key names are Qt's (its
    qtbase catalog translates them), and a path or an address is the user's."""
    plain = html.unescape(_TAG.sub("", text))
    rest = outside_messages(plain).strip()
    keys = re.split(r"⟦[^⟦⟧]*⟧|\+", plain)
    if rest.startswith(("/", "https://")) or all(not k or _KEY.fullmatch(k) for k in keys):
        return False
    return any(c.isalpha() for c in rest)


# Drop-downs of what is not Reader's to translate: each interface language by its own name
# (Preferences), the web addresses the user opened lately (Open Web Page).
_OWN_WORDS = {"language", "address"}


def _qt_s_own(button: QAbstractButton) -> bool:
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != (
        QDialogButtonBox.StandardButton.NoButton
    )


def texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of interface text in ``widget`` and its children that is
    shown, or shown on hovering; the article's own text is not the interface's."""
    if widget.windowTitle() and widget.isWindow():
        yield "title", widget.windowTitle()
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget.window()):
            continue
        if isinstance(child, ArticleView) or isinstance(child.parent(), ArticleView):
            continue
        name = child.objectName() or type(child).__name__
        if child.toolTip():
            yield f"{name} tip", child.toolTip()
        if isinstance(child, QAbstractButton) and _qt_s_own(child):
            continue  # OK, Cancel, Close: Qt's words, from its qtbase catalog
        if isinstance(child, QLabel | QAbstractButton):
            yield name, child.text()
        elif isinstance(child, QLineEdit):
            yield f"{name} placeholder", child.placeholderText()
        elif isinstance(child, QComboBox) and name not in _OWN_WORDS:
            yield from ((name, child.itemText(i)) for i in range(child.count()))
        elif isinstance(child, QTableWidget):
            for column in range(child.columnCount()):
                yield f"{name} header", child.horizontalHeaderItem(column).text()
            for row in range(child.rowCount()):
                for column in range(child.columnCount()):
                    yield f"{name} cell", child.item(row, column).text()


def _too_narrow(child: QWidget) -> str | None:
    """What ``child`` shows, if it is too narrow (or, wrapped, too low) to show it whole."""
    if isinstance(child, QLabel) and child.text() and child.pixmap().isNull():
        if child.wordWrap():
            needed = child.heightForWidth(child.contentsRect().width()) > child.height() + 1
        else:
            needed = child.sizeHint().width() > child.width() + 1
        return child.text() if needed else None
    if isinstance(child, QComboBox):
        return child.currentText() if child.sizeHint().width() > child.width() + 1 else None
    if isinstance(child, QAbstractButton) and child.text():
        return child.text() if child.sizeHint().width() > child.width() + 1 else None
    return None


def clipped(widget: QWidget) -> list[str]:
    """The labels, buttons and drop-downs in ``widget`` too narrow for what they show."""
    cut = []
    for child in widget.findChildren(QWidget):
        if child.isVisibleTo(widget.window()) and child.width() > 0:
            shown = _too_narrow(child)
            if shown is not None:
                cut.append(f"{child.objectName() or type(child).__name__}: {shown!r}")
    return cut


def menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield f"{where} › item", action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield f"{where} › tip", action.toolTip()
        if action.menu() is not None:
            action.menu().aboutToShow.emit()  # Open Recent fills itself when opened
            yield from menu_texts(action.menu(), f"{where} › {action.text()}")


def while_modal(open_dialog: Callable[[], object], inspect: Callable[[QWidget], None]) -> None:
    """Open a modal dialog, inspect it once it shows, then close it."""
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        inspect(dialog)
        dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    QTimer.singleShot(0, look)
    open_dialog()
    assert seen, "the dialog never showed"


def test_the_pseudo_locale_reaches_every_string_and_clips_no_label(
    pseudo_locale, open_window, qtbot, tmp_path
) -> None:
    window = open_window()
    qtbot.waitUntil(lambda: window.right.banner.findings.text() != "")
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for top in window.menuBar().actions():
        found.append(("menu", top.text()))
        found += menu_texts(top.menu(), top.text())
    for action in window.actions():
        found += [("action", action.text()), ("action tip", action.toolTip())]
    found += texts(window)
    cut = clipped(window)

    dialogs: list[QWidget] = []
    preferences = PreferencesDialog(window.store, window)
    qtbot.addWidget(preferences)
    preferences.show()
    dialogs.append(preferences)
    from reader.ui import help as help_dialogs

    dialogs.append(help_dialogs.show_shortcuts(window))
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
        found += texts(dialog)
        cut += clipped(dialog)
        dialog.close()

    def inspect(dialog: QWidget) -> None:
        found.extend(texts(dialog))
        cut.extend(clipped(dialog))

    while_modal(lambda: help_dialogs.show_about(window), inspect)
    while_modal(window._choose_language, inspect)
    while_modal(window.show_preferences, inspect)
    from reader.ui.web import OpenWebPageDialog

    web = OpenWebPageDialog(window, ["https://example.com/berita"], tmp_path / "library")
    qtbot.addWidget(web)
    web.show()
    qtbot.waitExposed(web)
    found += texts(web)
    cut += clipped(web)

    assert len(found) > 150
    walked = {where for where, _text in found}
    assert {"banner-headline", "banner-findings", "zoom-level", "version-picker"} <= walked
    assert {"qt_msgbox_label", "shortcuts header", "author placeholder"} <= walked
    left_out = sorted({(where, text) for where, text in found if untranslated(text)})
    assert left_out == [], "\n".join(map(repr, left_out))
    assert cut == []


def test_the_walk_s_checks_catch_what_they_look_for(pseudo_locale, qtbot) -> None:
    """A sentence left in English and a label too narrow for its text are both reported."""
    assert untranslated("Open Files") and untranslated("⟦Öpéñ⟧ Files")
    assert not untranslated(pseudo("Open {count} files")) and not untranslated("Ctrl+Shift+O")
    assert pseudo("&Open {name}…") == "⟦&Öpéñ {name}…······⟧"  # 13 characters, 6 more
    assert i18n._("&Quit") == pseudo("&Quit") and i18n._("not a message") == "not a message"
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel(pseudo("Reader cannot tell the language of this file."), box)
    label.resize(60, 20)
    box.show()
    qtbot.waitExposed(box)
    assert clipped(box) == [f"QLabel: {label.text()!r}"]
    label.adjustSize()
    assert clipped(box) == []

"""The Help menu: About Reader, Keyboard Shortcuts (read off the window's own actions, so the list
cannot drift from what the keys do) and the user guide (``resources/guide.md``, package data)."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QAction, QFontInfo, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader import __version__, resources_folder
from reader.core.i18n import _, interface_language
from reader.core.present.desktop import Component, about_text, no_shortcut
from reader.ui.fonts import reading_font
from reader.ui.plain import literal
from reader.ui.safe_document import SafeDocument

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

GUIDE = "guide.md"  # in reader.resources


def components() -> list[Component]:
    """What Reader runs on, with the versions in use (Qt's at run time, not at build time)."""
    return [
        Component("Qt", qVersion()),
        Component("PySide6", PySide6.__version__),
        Component("Python", platform.python_version()),
    ]


def fonts_in_use() -> list[str]:
    """The families Qt actually reads Arabic and Latin text in (the first installed of each
    script's list), and the interface's."""
    families: list[str] = []
    for script in ("Arab", "Latn"):
        family = QFontInfo(reading_font(script, 12)).family()
        if family not in families:
            families.append(family)
    return families


def show_about(parent: QWidget) -> None:
    """Help › About Reader."""
    text = about_text(__version__, components(), fonts_in_use())
    QMessageBox.about(parent, _("About Reader"), literal(text))


def _plain(text: str) -> str:
    """A menu item's text without its mnemonic marks and ellipsis: "&Open Files…" → "Open Files"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, shortcuts) for every action of the window's menus, in menu order, then
    the window's actions that are in no menu; the shortcuts as the platform writes them."""
    rows: list[tuple[str, str, str]] = []
    seen: set[QAction] = set()

    def add(menu_title: str, action: QAction) -> None:
        if action.isSeparator() or action in seen or not action.text():
            return
        seen.add(action)
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        text = _(", ").join(k for k in keys if k) or no_shortcut()
        rows.append((menu_title, _plain(action.text()), text))

    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                continue  # Open Recent: its items are articles, not commands
            add(_plain(top.text()), action)
    for action in window.actions():
        if action.shortcuts():
            add("", action)
    return rows


def show_shortcuts(window: QMainWindow) -> QDialog:
    """Help › Keyboard Shortcuts: a table of every action and its keys."""
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 3)
    table.setObjectName("shortcuts")
    table.setHorizontalHeaderLabels([_("Menu"), _("Action"), _("Shortcut")])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    return _show_dialog(window, _("Keyboard Shortcuts"), table, QSize(620, 560))


def guide_text() -> str:
    """The user guide, as shipped (Markdown), in the reader's language where it is translated
    (``guide.ar.md``), else in English."""
    language = interface_language().split("_")[0]
    folder = resources_folder()
    translated = folder / GUIDE.replace(".md", f".{language}.md")
    return (translated if translated.is_file() else folder / GUIDE).read_text(encoding="utf-8")


def show_guide(window: QWidget) -> QDialog:
    """Help › User Guide: the guide in a read-only viewer that loads nothing."""
    view = QTextEdit()
    view.setObjectName("guide")
    view.setReadOnly(True)
    document = SafeDocument(view)
    document.setMarkdown(guide_text(), QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    view.setDocument(document)
    return _show_dialog(window, _("Reader User Guide"), view, QSize(720, 640))


def _show_dialog(parent: QWidget, title: str, content: QWidget, size: QSize) -> QDialog:
    """A modeless dialog holding ``content`` and a Close button; it deletes itself on close."""
    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout.addWidget(buttons)
    dialog.resize(size)
    dialog.show()
    return dialog

"""Untrusted text into Qt widgets that would otherwise guess "rich text".

Qt renders a tool tip or message that *looks* like HTML as HTML, and rich text can load files
(``<img src="file:///...">``; RTL.md, "Untrusted text"). Text from an article goes through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def literal(text: str) -> str:
    """Rich text that shows ``text`` literally (for tool tips and dialog labels, which Qt would
    otherwise guess to be rich text): escaped, inside an explicit rich-text wrapper."""
    if not text:
        return ""
    # What html.escape replaces, as it does: importing the html module (its entity tables and
    # expressions) cost the first paint 6 million instructions.
    escaped = (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )
    return "<qt>" + escaped.replace("\n", "<br>") + "</qt>"


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning dialog whose text is shown as plain text, whatever it contains."""
    from PySide6.QtWidgets import QMessageBox  # loaded when first needed, not at start-up

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()

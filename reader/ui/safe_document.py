"""A QTextDocument that loads nothing, for the rich text Reader renders itself (the user guide,
the printed page).

``setHtml`` and ``setMarkdown`` load images and style sheets named in the text, from disk too.
Overriding the *widget's* loadResource is not enough: for an image it gives up on, Qt tries
``QImage.load(name)`` itself (RTL.md, "Untrusted text"). Here the document answers every image
with a blank pixel and every other resource with nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument


class SafeDocument(QTextDocument):
    """A QTextDocument whose resources are all blank."""

    def loadResource(self, type: int, name: QUrl | str) -> object:
        if type == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(0)
            return blank
        return ""

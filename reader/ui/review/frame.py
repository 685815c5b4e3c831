"""The frame around the paragraph being post-edited: so that it is plain which paragraph the
keys go to, and that the pane is in edit mode, not reading.

A widget over the view's viewport, the size of the paragraph's text and a few pixels more on
every side, painted as a rounded outline in the palette's highlight colour; it lets the mouse
through to the text. Its place is read from the document's layout (the block's bounding
rectangle), so it covers the text column whichever side the lines start on: a right-to-left
paragraph's frame is where its text is, as the left-to-right one's. It follows the paragraph as
it grows or shrinks, as the view scrolls or is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from reader.ui.reading.text_view import ArticleView

PAD = 5  # pixels between the text and the frame
LINE = 2.0  # the frame's width, in pixels


class EditFrame(QWidget):
    """The outline around paragraph ``paragraph`` of ``view`` while it is edited."""

    def __init__(self, view: ArticleView, paragraph: int) -> None:
        super().__init__(view.viewport())
        self.setObjectName("edit-frame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.view = view
        self.paragraph = paragraph
        layout = view.document().documentLayout()
        layout.update.connect(self.place)
        view.verticalScrollBar().valueChanged.connect(self.place)
        view.viewport_resized.connect(self.place)
        self.place()
        self.show()

    def frame_rect(self) -> QRect:
        """Where the frame is drawn, in the viewport's coordinates."""
        rect = self.view.paragraph_rect(self.paragraph, self.paragraph)
        offset = self.view.verticalScrollBar().value()
        outer = rect.translated(0, -offset).adjusted(-PAD, -PAD, PAD, PAD)
        return outer.toAlignedRect()

    def place(self, *_args: object) -> None:
        """Follow the paragraph (after an edit, a scroll, a resize)."""
        wanted = self.frame_rect()
        if wanted != self.geometry():
            self.setGeometry(wanted)

    def close_frame(self) -> None:
        """Editing ended: the frame goes."""
        layout = self.view.document().documentLayout()
        layout.update.disconnect(self.place)
        self.view.verticalScrollBar().valueChanged.disconnect(self.place)
        self.view.viewport_resized.disconnect(self.place)
        self.hide()
        self.deleteLater()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, LINE))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = LINE / 2
        inner = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(inner, 4, 4)
        painter.end()

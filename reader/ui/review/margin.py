"""The review's margin: beside each paragraph, its status (a ring, or a filled disc) and how
many notes it has, on the side where lines end; a click on the disc steps the status round,
the tool tip shows the status, the notes and the findings dismissed there.

Signals:
    clicked(int): the status control of paragraph i was clicked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from reader.core.review.model import Status
from reader.ui.plain import literal
from reader.ui.reading.text_view import ArticleView

COLOURS = {
    Status.UNREVIEWED: "#9aa0a6",
    Status.APPROVED: "#1e8e3e",
    Status.NEEDS_WORK: "#e37400",
}
DISC = 10  # the status disc's diameter, in pixels


class StatusMargin(QWidget):
    """A strip over the text's end margin, drawn from ``marks(i)`` (status, notes count) and
    ``tip(i)`` for each paragraph i."""

    clicked = Signal(int)

    def __init__(
        self,
        view: ArticleView,
        marks: Callable[[int], tuple[Status, int] | None],
        tip: Callable[[int], str],
    ) -> None:
        super().__init__(view.viewport())
        self.setObjectName("review-margin")
        self.view = view
        self._marks = marks
        self._tip = tip
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.viewport_resized.connect(self.place)
        self.place()
        self.show()

    def place(self) -> None:
        """Cover the margin where the text's lines end (right for left-to-right text)."""
        viewport = self.view.viewport()
        width = max(int(self.view.document().documentMargin()), DISC + 4)
        rtl = (
            self.view.document().defaultTextOption().textDirection()
            == Qt.LayoutDirection.RightToLeft
        )
        x = 0 if rtl else viewport.width() - width
        self.setGeometry(x, 0, width, viewport.height())
        self.update()

    def _disc(self, paragraph: int) -> QRectF:
        offset = self.view.verticalScrollBar().value()
        rect = self.view.paragraph_rect(paragraph, paragraph)
        top = rect.top() - offset + 4
        return QRectF((self.width() - DISC) / 2, top, DISC, DISC)

    def paragraph_at(self, point: QPoint) -> int:
        """The paragraph beside ``point`` (in this strip); -1 for none."""
        beside = self.mapTo(self.view.viewport(), point)
        return self.view.cursorForPosition(beside).block().blockNumber()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height = self.height()
        # From the paragraph at the top of the view: a long article's thousand paragraphs above
        # it would cost every keystroke a millisecond each.
        first = max(0, self.view.first_visible_paragraph() - 1)
        for index in range(first, self.view.document().blockCount()):
            mark = self._marks(index)
            if mark is None:
                continue
            disc = self._disc(index)
            if disc.bottom() < 0:
                continue
            if disc.top() > height:
                break
            status, notes = mark
            colour = QColor(COLOURS[status])
            painter.setPen(QPen(colour, 1.5))
            if status is Status.UNREVIEWED:
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setBrush(colour)
            painter.drawEllipse(disc)
            if notes:
                painter.setPen(QColor("#5f6368"))
                below = QRectF(0, disc.bottom() + 2, self.width(), DISC + 4)
                painter.drawText(below, Qt.AlignmentFlag.AlignHCenter, str(notes))
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        paragraph = self.paragraph_at(event.position().toPoint())
        if paragraph >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(paragraph)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            paragraph = self.paragraph_at(event.pos())
            tip = self._tip(paragraph) if paragraph >= 0 else ""
            if tip:
                QToolTip.showText(event.globalPos(), literal(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

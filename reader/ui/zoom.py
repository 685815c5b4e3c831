"""Zoom the reading size with Ctrl+wheel over either text, and show the level in the status bar.

A read-only QTextEdit zooms its own font on Ctrl+wheel (QTextEdit::wheelEvent): one pane would
grow and the other not, the two would part, and the window's saved size would not know. The
wheel is taken here instead and turned into the window's zoom steps.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from reader.core.present.desktop import zoom_level, zoom_tip

NOTCH = 120  # angleDelta of one wheel notch (Qt: eighths of a degree, 15° a notch)


class WheelZoom(QObject):
    """Turns Ctrl+wheel over the watched views into ``zoom(+1)`` / ``zoom(-1)``, one step a
    notch; a touchpad's small deltas add up to a notch first."""

    def __init__(self, zoom: Callable[[int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zoom = zoom
        self._delta = 0

    def watch(self, view: QAbstractScrollArea) -> None:
        # The viewport receives the wheel first (QAbstractScrollArea::viewportEvent).
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        self._delta += event.angleDelta().y()
        while abs(self._delta) >= NOTCH:
            step = 1 if self._delta > 0 else -1
            self._delta -= step * NOTCH
            self._zoom(step)
        event.accept()
        return True


def zoom_percent(points: float, default: float) -> int:
    """The reading size as a percentage of the default size."""
    return round(100 * points / default)


class ZoomLabel(QLabel):
    """The status bar's zoom level: "110 %", with how to change it as its tool tip."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("zoom-level")
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_size(self, points: float, default: float) -> None:
        percent = zoom_percent(points, default)
        self.setText(zoom_level(percent))
        self.setToolTip(zoom_tip(percent, points))

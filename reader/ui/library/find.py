"""Find in the article (``Ctrl+F``): the library's matching (``reader.core.library.query``:
Arabic prefixes and stems, any digits, folded Latin, Chinese and Japanese by character pairs)
on the two panes, the words marked in both, and the aligned counterpart of every paragraph
that matched tinted in the other pane.

Enter (or F3) steps to the next paragraph of the reading pane that matched, Shift+Enter back;
Escape closes the bar and takes the marks away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar

from reader.core.errors import ReaderError
from reader.core.i18n import _, ngettext, sentences
from reader.core.library.query import Query, parse
from reader.ui.reading.text_view import Highlight, HighlightKind, Layer

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow
    from reader.ui.reading.pane import VersionPane

TYPING_PAUSE_MS = 80


class FindBar(QToolBar):
    """The bar under the panes (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(_("Find"))
        self.setObjectName("find-bar")
        self.setMovable(False)
        self.window_ = window
        self.field = QLineEdit()
        self.field.setObjectName("find-field")
        self.field.setPlaceholderText(_("Find in this article"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(420)
        self.status = QLabel()
        self.status.setObjectName("find-status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.addWidget(self.field)
        self.addWidget(self.status)
        self.matched: list[int] = []  # paragraphs of the reading pane that matched
        self.current = -1
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.update_marks)
        self.field.textChanged.connect(lambda _text: self._typing.start())
        self.field.installEventFilter(self)

    def start(self) -> None:
        """Show the bar with the field focused (its text selected, to type over)."""
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.update_marks()

    def finish(self) -> None:
        self.hide()
        self.field.clear()
        self._clear()

    def _panes(self) -> list[VersionPane]:
        window = self.window_
        return [window.left, window.right] if window.compare else [window.right]

    def _clear(self) -> None:
        for pane in (self.window_.left, self.window_.right):
            pane.view.set_highlights([], Layer.FIND)
        self.matched, self.current = [], -1

    def update_marks(self, *_article: object) -> None:
        """Mark what the field's text matches in the panes on screen, and say how much."""
        self._typing.stop()
        text = self.field.text()
        self._clear()
        if not text.strip():
            self.status.clear()
            return
        try:
            query = parse(text, prefix=True)
        except ReaderError as error:
            self.status.setText(str(error))
            return
        found = self._mark(query)
        self.matched = sorted(found.get(1, {}))
        self.status.setText(self._summary(found))

    def _mark(self, query: Query) -> dict[int, dict[int, list[tuple[int, int]]]]:
        """Mark both panes; the marks by side (0 left, 1 right) and paragraph."""
        window = self.window_
        found: dict[int, dict[int, list[tuple[int, int]]]] = {}
        panes = self._panes()
        for pane in panes:
            side = 0 if pane is window.left else 1
            if pane.version is not None:
                found[side] = query.paragraph_marks([p.text for p in pane.version.paragraphs])
        counterparts = self._counterparts(found) if len(panes) == 2 else {}
        for pane in panes:
            side = 0 if pane is window.left else 1
            highlights = [
                Highlight(paragraph, start, end, HighlightKind.FOUND)
                for paragraph, marks in found.get(side, {}).items()
                for start, end in marks
            ]
            texts = [p.text for p in pane.version.paragraphs] if pane.version else []
            highlights += [
                Highlight(paragraph, 0, len(texts[paragraph]), HighlightKind.FOUND_COUNTERPART)
                for paragraph in sorted(counterparts.get(side, set()))
                if paragraph < len(texts)
            ]
            pane.view.set_highlights(highlights, Layer.FIND)
        return found

    def _counterparts(
        self, found: dict[int, dict[int, list[tuple[int, int]]]]
    ) -> dict[int, set[int]]:
        """The paragraphs of each side aligned with a paragraph that matched on the other."""
        alignment = self.window_.sync.alignment
        tinted: dict[int, set[int]] = {0: set(), 1: set()}
        if alignment is None:
            return tinted
        for bead in alignment.beads:
            if any(p in found.get(0, {}) for p in bead.source):
                tinted[1].update(bead.target)
            if any(p in found.get(1, {}) for p in bead.target):
                tinted[0].update(bead.source)
        return tinted

    def _summary(self, found: dict[int, dict[int, list[tuple[int, int]]]]) -> str:
        reading = len(found.get(1, {}))
        other = len(found.get(0, {}))
        here = ngettext(
            "{count} paragraph matches in this version.",
            "{count} paragraphs match in this version.",
            reading,
        ).format(count=reading)
        if 0 not in found:
            return here
        beside = ngettext(
            "{count} in the version beside it.", "{count} in the version beside it.", other
        ).format(count=other)
        return sentences(here, beside)

    def step(self, step: int) -> None:
        """Go to the next (``step`` 1) or previous (-1) paragraph that matched."""
        if not self.matched:
            return
        self.current = (self.current + step) % len(self.matched)
        paragraph = self.matched[self.current]
        self.window_.scroll_to(paragraph)
        total = len(self.matched)
        self.status.setText(
            _("Paragraph {paragraph}: match {number} of {total}.").format(
                paragraph=paragraph, number=self.current + 1, total=total
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
                if self._typing.isActive():
                    self.update_marks()
                back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.step(-1 if back else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.finish()
                return True
        return super().eventFilter(watched, event)

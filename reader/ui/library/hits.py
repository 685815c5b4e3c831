"""Search hits in a list: each hit's paragraph, with the matched words marked, beside the
aligned paragraph of its source.

The words are marked with character formats on a document built from the plain text, never by
inserting characters (an inserted mark would break an Arabic word's joins and the text a reader
copies). Each paragraph is laid out in its own direction; bidi controls in the text are shown
as markers, not obeyed (RTL.md, "Untrusted text").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader.core.i18n import _
from reader.core.library.hits import Hit
from reader.core.text.bidi_controls import marker, split_controls
from reader.core.text.direction import paragraph_direction
from reader.core.text.languages import language_of
from reader.ui.fonts import reading_font
from reader.ui.reading.text_view import qt_direction

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_COLOUR = QColor("#ffe082")
_PADDING = 8
_GAP = 16
_POINT_SIZE = 11.0


def marked_document(text: str, marks: Sequence[tuple[int, int]], language: str) -> QTextDocument:
    """A document of ``text`` (its bidi controls shown as markers) in the paragraph's own
    direction and reading font, the spans ``marks`` of the text with a marked background."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    direction = qt_direction(paragraph_direction(text, language))
    option = QTextOption()
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    info = language_of(language)
    document.setDefaultFont(reading_font(info.script if info else None, _POINT_SIZE))
    cursor = QTextCursor(document)
    block = cursor.blockFormat()
    block.setLayoutDirection(direction)
    cursor.setBlockFormat(block)
    positions = []  # document position of each character of the text, and of its end
    for run, is_control in split_controls(text.replace("\n", "\u2028")):
        start = cursor.position()
        cursor.insertText(marker(run) if is_control else run)
        positions += [start] if is_control else list(range(start, start + len(run)))
    positions.append(cursor.position())
    style = QTextCharFormat()
    style.setBackground(MARK_COLOUR)
    style.setFontWeight(QFont.Weight.DemiBold)
    for start, end in marks:
        cursor.setPosition(positions[start])
        cursor.setPosition(positions[end], QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(style)
    return document


def heading(hit: Hit) -> str:
    """The line above a hit: the article, the version and the paragraph."""
    return _("{title} — {language}@{revision}, paragraph {paragraph}").format(
        title=hit.title, language=hit.language, revision=hit.revision, paragraph=hit.paragraph
    )


def shows_source_beside(hit: Hit) -> bool:
    """Whether a hit has a source paragraph of its own to show beside it (not a hit in the
    source itself, nor one the alignment left without counterpart)."""
    own = (hit.source_language, hit.source_revision) == (hit.language, hit.revision)
    return bool(hit.source_paragraphs) and not own


class HitsModel(QAbstractListModel):
    """The hits of the last search, best first; ``HIT_ROLE`` gives the ``Hit``."""

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[Hit] = []

    def set_hits(self, hits: Sequence[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{heading(hit)}\n{hit.text}"
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints a hit: its heading, then the source paragraph and the hit side by side (the
    source on the left, as in the reading view), or the hit alone at full width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[Hit, tuple[QTextDocument, QTextDocument | None]] = {}

    def documents(self, hit: Hit) -> tuple[QTextDocument, QTextDocument | None]:
        """The hit's document and its source's (None if shown alone), made once per hit."""
        key = hit
        if key not in self._documents:
            found = marked_document(hit.text, hit.marks, hit.language)
            source = None
            if shows_source_beside(hit):
                source = marked_document(hit.source_text, hit.source_marks, hit.source_language)
            if len(self._documents) > 500:
                self._documents.clear()
            self._documents[key] = (found, source)
        return self._documents[key]

    def _laid_out(self, hit: Hit, width: int) -> tuple[QTextDocument, QTextDocument | None, int]:
        found, source = self.documents(hit)
        inner = max(80, width - 2 * _PADDING)
        if source is None:
            found.setTextWidth(inner)
            return found, None, int(found.size().height())
        column = max(40, (inner - _GAP) // 2)
        found.setTextWidth(column)
        source.setTextWidth(column)
        return found, source, int(max(found.size().height(), source.size().height()))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hit = index.data(HIT_ROLE)
        # A list view asks with an empty rectangle: lay the hit out at the width it is shown.
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractScrollArea) else 0
        width = width or option.rect.width() or 600
        _found, _source, height = self._laid_out(hit, width)
        line = option.fontMetrics.height()
        return QSize(width, height + line + 3 * _PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        hit: Hit = index.data(HIT_ROLE)
        rect = option.rect
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight().color().lighter(185))
        line = option.fontMetrics.height()
        title = QRectF(
            rect.left() + _PADDING, rect.top() + _PADDING, rect.width() - 2 * _PADDING, line
        )
        painter.setPen(option.palette.text().color())
        elided = option.fontMetrics.elidedText(
            heading(hit), Qt.TextElideMode.ElideRight, int(title.width())
        )
        painter.drawText(
            title, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, elided
        )
        found, source, _height = self._laid_out(hit, rect.width())
        top = rect.top() + 2 * _PADDING + line
        left = rect.left() + _PADDING
        if source is not None:
            painter.translate(left, top)
            source.drawContents(painter)
            painter.translate(source.textWidth() + _GAP, 0)
        else:
            painter.translate(left, top)
        found.drawContents(painter)
        painter.restore()
        painter.save()
        painter.setPen(QColor("#d0d0d0"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

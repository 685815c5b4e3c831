"""The reading view: one version's paragraphs as a read-only QTextDocument, built from plain text.

Each paragraph becomes one block whose layout direction is the one the core decided, so Qt's
first-strong-character guess never applies (an Arabic paragraph that opens with a Latin name stays
right-to-left). Alignment is left at its default: in a right-to-left block that is flush right.
Setting AlignRight would put Arabic lines flush *left* (Qt alignment is relative; RTL.md).
Text goes in through QTextCursor, never setHtml/setMarkdown, which can load files.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit

from reader.bidi_controls import marker, split_controls
from reader.languages import direction_of
from reader.model import Direction, Paragraph, Role, Version

_QT_DIRECTION = {
    Direction.LTR: Qt.LayoutDirection.LeftToRight,
    Direction.RTL: Qt.LayoutDirection.RightToLeft,
}
_ROLE_SCALE = {Role.TITLE: 1.45, Role.CAPTION: 0.85, Role.BODY: 1.0}
_LINE_HEIGHT = {Direction.RTL: 150.0, Direction.LTR: 140.0}  # percent; Naskh needs more leading
MEASURE_EMS = 44  # the widest comfortable text column, in ems of the reading font


def qt_direction(direction: Direction) -> Qt.LayoutDirection:
    return _QT_DIRECTION[direction]


class ArticleView(QTextEdit):
    """Read-only, selectable view of one version; block *i* is paragraph *i*."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("article-view")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # drops open files: the main window takes them
        # The margins around the centred column read as part of the page.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.version: Version | None = None

    def show_version(self, version: Version, font: QFont) -> None:
        """Lay out ``version`` in ``font`` (the reading font at the current zoom)."""
        self.version = version
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(font)
        document.setDocumentMargin(max(12.0, font.pointSizeF() * 1.4))
        option = document.defaultTextOption()
        option.setTextDirection(qt_direction(direction_of(version.language)))
        document.setDefaultTextOption(option)

        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for index, paragraph in enumerate(version.paragraphs):
            block_format = self._block_format(paragraph, font)
            char_format = self._char_format(paragraph, font)
            if index == 0:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
            else:
                cursor.insertBlock(block_format, char_format)
            self._insert_text(cursor, paragraph.text, char_format)
        cursor.endEditBlock()

        self.setDocument(document)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._fit_column()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        """Keep lines to a readable length: on a wide pane, centre a column of MEASURE_EMS."""
        em = QFontInfo(self.document().defaultFont()).pixelSize()
        spare = self.width() - MEASURE_EMS * em
        side = int(spare / 2) if spare > 0 else 0
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)

    @staticmethod
    def _block_format(paragraph: Paragraph, font: QFont) -> QTextBlockFormat:
        block_format = QTextBlockFormat()
        block_format.setLayoutDirection(qt_direction(paragraph.direction))
        height = _LINE_HEIGHT[paragraph.direction] - (25 if paragraph.role is Role.TITLE else 0)
        block_format.setLineHeight(
            height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        spacing = font.pointSizeF() * (1.2 if paragraph.role is Role.TITLE else 0.9)
        block_format.setBottomMargin(spacing)
        return block_format

    @staticmethod
    def _char_format(paragraph: Paragraph, font: QFont) -> QTextCharFormat:
        char_format = QTextCharFormat()
        char_format.setFontPointSize(font.pointSizeF() * _ROLE_SCALE[paragraph.role])
        if paragraph.role is Role.TITLE:
            char_format.setFontWeight(QFont.Weight.Bold)
        elif paragraph.role is Role.CAPTION:
            char_format.setForeground(QColor("#5a5a5a"))
        return char_format

    @staticmethod
    def _insert_text(cursor: QTextCursor, text: str, char_format: QTextCharFormat) -> None:
        # A line break inside a paragraph must not start a new block (block i is paragraph i).
        text = text.replace("\n", "\u2028")
        for run, is_control in split_controls(text):
            if not is_control:
                cursor.insertText(run, char_format)
                continue
            # A bidi control would reorder what follows it: show a marker instead of obeying it.
            marker_format = QTextCharFormat(char_format)
            marker_format.setForeground(QColor("#b00020"))
            marker_format.setBackground(QColor("#fde7ea"))
            marker_format.setToolTip(
                "A bidi control character in the file; Reader shows it instead of obeying it"
            )
            cursor.insertText(marker(run), marker_format)

    def block(self, paragraph_index: int) -> QTextBlock:
        return self.document().findBlockByNumber(paragraph_index)

    def scroll_to_paragraph(self, paragraph_index: int) -> None:
        """Bring paragraph ``paragraph_index`` to the top of the view."""
        block = self.block(paragraph_index)
        if not block.isValid():
            return
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(int(top))

    def first_visible_paragraph(self) -> int:
        """The paragraph at the top of the view."""
        cursor = self.cursorForPosition(self.viewport().rect().topLeft())
        return cursor.blockNumber()

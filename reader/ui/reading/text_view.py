"""The reading view: one version's paragraphs as a read-only QTextDocument, built from plain text.

Each paragraph becomes one block whose layout direction is the one the core decided, so Qt's
first-strong-character guess never applies (an Arabic paragraph that opens with a Latin name stays
right-to-left). Alignment is left at its default: in a right-to-left block that is flush right.
Setting AlignRight would put Arabic lines flush *left* (Qt alignment is relative; RTL.md).
Text goes in through QTextCursor, never setHtml/setMarkdown, which can load files.

On top of the text the view draws, without changing a character: highlights (findings, diff
marks) as extra selections over whole words, the counterpart group of the paragraph under the
mouse, margin markers for alignment groups, and padding above blocks that keeps aligned groups
level with the other pane.

Signals:
    paragraph_hovered(int): the mouse is over paragraph i (-1 when over none).
    paragraph_clicked(int): the user clicked in paragraph i.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QPoint, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent, QPaintEvent, QResizeEvent, QTextBlock

from reader.core.i18n import N_, _
from reader.core.model import Direction, Paragraph, Role, Version
from reader.core.text.bidi_controls import marker, split_controls
from reader.core.text.languages import direction_of
from reader.ui.plain import literal

_QT_DIRECTION = {
    Direction.LTR: Qt.LayoutDirection.LeftToRight,
    Direction.RTL: Qt.LayoutDirection.RightToLeft,
}
_ROLE_SCALE = {Role.TITLE: 1.45, Role.CAPTION: 0.85, Role.BODY: 1.0}
# Line heights in ems of the text's own (visually matched) font: Naskh's tall letters and
# stacked marks need a little more than Latin, not the 1.4 times that a percentage of Amiri's
# own very deep line spacing gave (54 px against 39 px at 15 pt). Headlines are set tighter.
_LINE_EMS = {Direction.LTR: 1.9, Direction.RTL: 1.9}
_TITLE_LINE_EMS = {Direction.LTR: 1.55, Direction.RTL: 1.7}
# The face every other script is matched to in apparent size (its x-height): Noto Serif.
_REFERENCE_FAMILY = "Noto Serif"
_SCALE_RANGE = (1.0, 1.35)
MEASURE_EMS = 44  # the widest comfortable text column, in ems of the reading font
_UNBREAKABLE = re.compile(r"\S{2000}")
_READER_MOVES = (QEvent.Type.Wheel, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)
CONTROL_TIP = N_("A bidi control character in the file: Reader shows it instead of obeying it")


def qt_direction(direction: Direction) -> Qt.LayoutDirection:
    return _QT_DIRECTION[direction]


@functools.cache
def _x_height(families: tuple[str, ...]) -> float:
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(100.0)  # large: whole-pixel rounding does not matter
    return QFontMetricsF(font).xHeight()


def visual_scale(font: QFont) -> float:
    """How much larger ``font`` must be set to look as large as the reference Latin face at one
    size: the ratio of their x-heights (Amiri's letters sit small on their body: at 15 pt its
    x-height is 8.7 px against Noto Serif's 10.7), kept within 1 to 1.35."""
    ours = _x_height(tuple(font.families()) or (font.family(),))
    reference = _x_height((_REFERENCE_FAMILY,))
    if ours <= 0 or reference <= 0:
        return 1.0
    low, high = _SCALE_RANGE
    return min(high, max(low, reference / ours))


def line_height_percent(font: QFont, ems: float) -> float:
    """The proportional line height that makes lines of ``font`` ``ems`` ems apart, whatever
    the face's own line spacing (Amiri's is 1.75 em, Noto Serif's 1.36), and never less than
    that spacing."""
    metrics = QFontMetricsF(font)
    em = QFontInfo(font).pixelSize() or metrics.height()
    natural = metrics.lineSpacing()
    # Never tighter than the face's own spacing: a tall headline's first line would lose the
    # top of its letters.
    return max(100.0, 100.0 * ems * em / natural) if natural > 0 else 100.0


class Layer(Enum):
    """The view's layers of extra selections, drawn in this order (a later one on top)."""

    GROUP = "group"  # the aligned counterpart of the paragraph under the pointer
    FIND = "find"  # what Find (Ctrl+F) matched, and the counterparts of its paragraphs
    FINDINGS = "findings"
    DIFF = "diff"
    CURRENT = "current"  # the finding or change stepped to


class HighlightKind(StrEnum):
    """What a highlight marks, which decides its look and its layer."""

    FINDING = "finding"
    FINDING_CURRENT = "finding-current"
    DELETE = "delete"
    INSERT = "insert"
    MINOR = "minor"  # only vowel marks or tatweel differ
    CHANGE_CURRENT = "change-current"
    FOUND = "found"  # words Find matched
    FOUND_COUNTERPART = "found-counterpart"  # the aligned counterpart of a paragraph matched

    @property
    def layer(self) -> Layer:
        return _LAYERS[self]


_LAYERS = {
    HighlightKind.FINDING: Layer.FINDINGS,
    HighlightKind.DELETE: Layer.DIFF,
    HighlightKind.INSERT: Layer.DIFF,
    HighlightKind.MINOR: Layer.DIFF,
    HighlightKind.FINDING_CURRENT: Layer.CURRENT,
    HighlightKind.CHANGE_CURRENT: Layer.CURRENT,
    HighlightKind.FOUND: Layer.FIND,
    HighlightKind.FOUND_COUNTERPART: Layer.FIND,
}


# A value of the shell, not a pure model: a NamedTuple, which Python builds in a fifth of a
# frozen dataclass's time (each dataclass costs start-up about 0.8 ms).
class Highlight(NamedTuple):
    """Characters ``start:end`` of paragraph ``paragraph`` marked as ``kind``, with a tool tip.

    Callers give whole words: colouring part of an Arabic word would split its letters' joins.
    """

    paragraph: int
    start: int
    end: int
    kind: HighlightKind
    tip: str = ""


class Marker(NamedTuple):
    """A bar in the margin beside paragraphs ``first``..``last``; ``tip`` says what it marks."""

    first: int
    last: int
    colour: str = "#c77700"
    tip: str = ""


def _char_style(kind: HighlightKind) -> QTextCharFormat:
    style = QTextCharFormat()
    if kind in (HighlightKind.FINDING, HighlightKind.FINDING_CURRENT):
        current = kind is HighlightKind.FINDING_CURRENT
        style.setBackground(QColor("#ffb74d" if current else "#ffe3a3"))
        style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        style.setUnderlineColor(QColor("#c62828"))
    elif kind is HighlightKind.DELETE:
        style.setBackground(QColor("#ffd6d6"))
        style.setForeground(QColor("#8e0000"))
        style.setFontStrikeOut(True)
    elif kind is HighlightKind.INSERT:
        style.setBackground(QColor("#ccf2d4"))
        style.setForeground(QColor("#0b5d1e"))
    elif kind is HighlightKind.MINOR:
        style.setBackground(QColor("#ece4ff"))
        style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    elif kind is HighlightKind.CHANGE_CURRENT:
        style.setBackground(QColor("#ffe082"))
    elif kind is HighlightKind.FOUND:
        style.setBackground(QColor("#ffe082"))
        style.setFontWeight(QFont.Weight.DemiBold)
    elif kind is HighlightKind.FOUND_COUNTERPART:
        style.setBackground(QColor("#fff6d5"))
    return style


class ArticleView(QTextEdit):
    """Read-only, selectable view of one version; block *i* is paragraph *i*."""

    paragraph_hovered = Signal(int)
    paragraph_clicked = Signal(int)
    text_painted = Signal()  # the first paint of the version last shown
    viewport_resized = Signal()
    reader_moved = Signal()  # a wheel turn, click or key press in the text

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("article-view")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # drops open files: the main window takes them
        self.setMouseTracking(True)
        # The text always wraps to the column: a line whose glyphs overhang it by a pixel or
        # two (Amiri's swashes, measured at some widths) must not bring up a scroll bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The vertical one always shows: a scroll bar that comes and goes changes the column's
        # width, and each change lays the whole text out again (shaping every paragraph anew);
        # it also keeps two panes scrolled together at one width.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # The margins around the centred column read as part of the page.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.version: Version | None = None
        self._highlights: list[Highlight] = []
        self._layers: dict[Layer, list[QTextEdit.ExtraSelection]] = {}
        self._markers: list[Marker] = []
        self._paddings: dict[int, float] = {}
        self._base_top: dict[int, float] = {}
        self._hovered = -1
        self._column_font = QFont(self.font())  # the reading font, once a version is shown
        self._announce_paint = False

    # -- building ---------------------------------------------------------------------------

    def show_version(self, version: Version, font: QFont) -> None:
        """Lay out ``version`` in ``font`` (the reading font at the current zoom), scaled to
        look as large as Latin text at that size (``visual_scale``)."""
        # The margin follows the reading size, not the script's scaled size, so that texts in
        # two panes start at one height (the aligner levels what is below it).
        margin = max(12.0, font.pointSizeF() * 1.4)
        font = QFont(font)
        font.setPointSizeF(font.pointSizeF() * visual_scale(font))
        self.version = version
        self._highlights, self._layers, self._markers, self._paddings = [], {}, [], {}
        self._base_top = {}
        self.setExtraSelections([])
        # Qt's default wrap rescans an unbreakable run for every line it breaks: quadratic, 7 s
        # for a 40,000-character run. Such text wraps anywhere instead.
        unbreakable = any(_UNBREAKABLE.search(p.text) for p in version.paragraphs)
        self.setWordWrapMode(
            QTextOption.WrapMode.WrapAnywhere
            if unbreakable
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(font)
        document.setDocumentMargin(margin)
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

        # The column's margins follow the new font: set them first, so that the document is
        # laid out once, at its final width. A document with no page size is not laid out at
        # all: setDocument would otherwise lay it out at its own default width, and once more
        # for each default it takes from the view, before laying it out at the view's width.
        self._column_font = QFont(font)
        self._fit_column()
        document.setPageSize(QSizeF(0, 0))
        self.setDocument(document)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._announce_paint = True

    @property
    def awaiting_paint(self) -> bool:
        """The version last shown has not been painted yet."""
        return self._announce_paint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()
        self.viewport_resized.emit()

    def viewport_top(self, window: QWidget) -> int:
        """The y of the viewport's top edge in ``window``'s coordinates.

        Worked out from the view's own geometry: handing the viewport itself to Python makes
        PySide6 build the wrappers of every widget class (about 10 ms, once).
        """
        return self.mapTo(
            window, QPoint(0, self.contentsRect().top() + self.viewportMargins().top())
        ).y()

    def _fit_column(self) -> None:
        """Keep lines to a readable length: on a wide pane, centre a column of MEASURE_EMS ems
        of the reading font."""
        em = QFontInfo(self._column_font).pixelSize()
        spare = self.width() - MEASURE_EMS * em
        side = int(spare / 2) if spare > 0 else 0
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)

    @staticmethod
    def _block_format(paragraph: Paragraph, font: QFont) -> QTextBlockFormat:
        block_format = QTextBlockFormat()
        block_format.setLayoutDirection(qt_direction(paragraph.direction))
        ems = (_TITLE_LINE_EMS if paragraph.role is Role.TITLE else _LINE_EMS)[paragraph.direction]
        role_font = QFont(font)
        role_font.setPointSizeF(font.pointSizeF() * _ROLE_SCALE[paragraph.role])
        block_format.setLineHeight(
            line_height_percent(role_font, ems),
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
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
            marker_format.setToolTip(_(CONTROL_TIP))
            cursor.insertText(marker(run), marker_format)

    # -- positions --------------------------------------------------------------------------

    def block(self, paragraph_index: int) -> QTextBlock:
        return self.document().findBlockByNumber(paragraph_index)

    def document_position(self, paragraph: int, offset: int) -> int:
        """The document position of character ``offset`` of paragraph ``paragraph``'s text.

        Equal to block position + offset, except after a bidi control, which the view shows
        as a longer visible marker.
        """
        block = self.block(paragraph)
        if self.version is None or not block.isValid():
            return 0
        text = self.version.paragraphs[paragraph].text
        shown = 0
        consumed = 0
        for run, is_control in split_controls(text):
            if consumed + len(run) > offset:
                return block.position() + shown + (0 if is_control else offset - consumed)
            consumed += len(run)
            shown += len(marker(run)) if is_control else len(run)
        return block.position() + shown

    def paragraph_at(self, point: QPoint) -> int:
        """The paragraph under viewport point ``point``, or -1 between paragraphs."""
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        rect = self.document().documentLayout().blockBoundingRect(block)
        y = point.y() + self.verticalScrollBar().value()
        return block.blockNumber() if rect.top() <= y <= rect.bottom() else -1

    def paragraph_rect(self, first: int, last: int) -> QRectF:
        """Document rectangle covering the text of paragraphs ``first``..``last``."""
        layout = self.document().documentLayout()
        top = layout.blockBoundingRect(self.block(first))
        bottom = layout.blockBoundingRect(self.block(last))
        return QRectF(top.left(), top.top(), top.width(), bottom.bottom() - top.top())

    # -- scrolling --------------------------------------------------------------------------

    def scroll_to_paragraph(self, paragraph_index: int) -> None:
        """Bring paragraph ``paragraph_index`` to the top of the view."""
        target = self.scroll_target(paragraph_index)
        if target is not None:
            self.verticalScrollBar().setValue(target)

    def scroll_target(self, paragraph_index: int) -> int | None:
        """The scroll value that brings paragraph ``paragraph_index`` to the top (None if there
        is no such paragraph)."""
        block = self.block(paragraph_index)
        if not block.isValid():
            return None
        # A little of the space above stays visible, so the paragraph does not touch the edge;
        # no more than the space there is, or the paragraph before would peek in at the top.
        top = self.text_top(paragraph_index)
        above = self.document().documentMargin()
        previous = block.previous()
        if previous.isValid():
            bottom = self.document().documentLayout().blockBoundingRect(previous).bottom()
            above = min(above, max(0.0, top - bottom))
        return max(0, math.ceil(top - above))

    def first_visible_paragraph(self) -> int:
        """The paragraph at the top of the view."""
        top = self.verticalScrollBar().value()
        layout = self.document().documentLayout()
        block = self.cursorForPosition(QPoint(0, 0)).block()  # the viewport's top left
        while block.next().isValid() and layout.blockBoundingRect(block).bottom() < top:
            block = block.next()
        return block.blockNumber()

    # -- highlights -------------------------------------------------------------------------

    def set_highlights(self, highlights: Iterable[Highlight], layer: Layer) -> None:
        """Mark character ranges (whole words) of paragraphs; replaces the layer's marks."""
        self._highlights = [h for h in self._highlights if h.kind.layer is not layer]
        selections = []
        # Inside an edit block a cursor skips working out its x position, which would shape the
        # line again for each mark (400 marks: 0.2 s instead of 1 ms). Nothing is edited.
        guard = QTextCursor(self.document())
        guard.beginEditBlock()
        for highlight in highlights:
            self._highlights.append(highlight)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.document_position(highlight.paragraph, highlight.start))
            cursor.setPosition(
                self.document_position(highlight.paragraph, highlight.end),
                QTextCursor.MoveMode.KeepAnchor,
            )
            selection.cursor = cursor
            selection.format = _char_style(highlight.kind)
            selections.append(selection)
        guard.endEditBlock()
        self._set_layer(layer, selections)

    def highlights(self) -> list[Highlight]:
        return list(self._highlights)

    def set_group(self, paragraphs: Sequence[int], colour: str = "#e9f0fb") -> None:
        """Tint whole paragraphs (the aligned counterpart of the one the reader is on)."""
        selections = []
        for paragraph in paragraphs:
            block = self.block(paragraph)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            style = QTextCharFormat()
            style.setBackground(QColor(colour))
            style.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = cursor
            selection.format = style
            selections.append(selection)
        self._set_layer(Layer.GROUP, selections)

    def group(self) -> list[int]:
        return [s.cursor.blockNumber() for s in self._layers.get(Layer.GROUP, [])]

    def _set_layer(self, layer: Layer, selections: list[QTextEdit.ExtraSelection]) -> None:
        self._layers[layer] = selections
        self.setExtraSelections([s for each in Layer for s in self._layers.get(each, [])])

    # -- alignment padding and margin markers ---------------------------------------------------

    def natural_heights(self) -> list[float]:
        """How far each paragraph's text start is from the next one's, without alignment padding.

        (``blockBoundingRect`` covers a block's text only: its top and bottom margins, which
        hold the padding and the paragraph spacing, lie outside it.)
        """
        layout = self.document().documentLayout()
        count = self.document().blockCount()
        tops, padding = [], 0.0
        for index in range(count):
            padding += self._paddings.get(index, 0.0)
            tops.append(layout.blockBoundingRect(self.block(index)).top() - padding)
        last = self.block(count - 1)
        end = layout.blockBoundingRect(last).bottom() - padding + last.blockFormat().bottomMargin()
        return [after - before for before, after in zip(tops, [*tops[1:], end], strict=True)]

    def text_top(self, paragraph: int) -> float:
        """Document y where paragraph ``paragraph``'s text starts (below any padding)."""
        return self.document().documentLayout().blockBoundingRect(self.block(paragraph)).top()

    def set_paddings(self, paddings: dict[int, float]) -> None:
        """Add ``paddings[i]`` pixels above paragraph i (and remove earlier padding)."""
        self._pad(set(self._paddings) | set(paddings), paddings)

    def change_paddings(self, changes: dict[int, float]) -> None:
        """Set the padding above the paragraphs in ``changes`` only (0 removes it), the others'
        as it is: the few rows an edit moved, without going over every padded paragraph."""
        self._pad(set(changes), {**self._paddings, **changes})

    def _pad(self, changed: set[int], paddings: dict[int, float]) -> None:
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one relayout for all the changes, not one per paragraph
        for index in sorted(changed):
            block = self.block(index)
            if not block.isValid():
                continue
            if index == 0:
                # Qt ignores the first block's top margin: pad the root frame instead.
                self._pad_frame_top(paddings.get(0, 0.0))
                continue
            base = self._base_top.setdefault(index, block.blockFormat().topMargin())
            padding = paddings.get(index, 0.0)
            # Qt collapses a block's top margin with the previous block's bottom margin (the
            # larger wins), so padding goes on top of whichever of the two is in effect.
            collapsed = max(base, block.previous().blockFormat().bottomMargin())
            new = collapsed + padding if padding > 0 else base
            if abs(block.blockFormat().topMargin() - new) < 0.5:
                continue
            cursor.setPosition(block.position())
            block_format = block.blockFormat()
            block_format.setTopMargin(new)
            cursor.setBlockFormat(block_format)
        cursor.endEditBlock()
        self._paddings = {i: p for i, p in paddings.items() if p > 0.0}

    def _pad_frame_top(self, padding: float) -> None:
        frame = self.document().rootFrame()
        frame_format = frame.frameFormat()
        wanted = self.document().documentMargin() + padding
        if abs(frame_format.topMargin() - wanted) >= 0.5:
            frame_format.setTopMargin(wanted)
            frame.setFrameFormat(frame_format)

    def paddings(self) -> dict[int, float]:
        return dict(self._paddings)

    def set_markers(self, markers: Sequence[Marker]) -> None:
        if not markers and not self._markers:
            return
        self._markers = list(markers)
        self.viewport().update()

    def markers(self) -> list[Marker]:
        return list(self._markers)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._announce_paint:
            self._announce_paint = False
            self.text_painted.emit()
        if not self._markers:
            return
        painter = QPainter(self.viewport())
        offset = self.verticalScrollBar().value()
        margin = self.document().documentMargin()
        rtl = self.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
        x = self.viewport().width() - margin * 0.55 if rtl else margin * 0.3
        for item in self._markers:
            rect = self.paragraph_rect(item.first, item.last)
            top, bottom = rect.top() - offset, rect.bottom() - offset
            if bottom < 0 or top > self.viewport().height():
                continue
            painter.fillRect(QRectF(x, top, 3, bottom - top), QColor(item.colour))
        painter.end()

    # -- mouse --------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        paragraph = self.paragraph_at(event.position().toPoint())
        if paragraph != self._hovered:
            self._hovered = paragraph
            self.paragraph_hovered.emit(paragraph)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            paragraph = self.paragraph_at(event.position().toPoint())
            if paragraph >= 0:
                self.paragraph_clicked.emit(paragraph)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._hovered != -1:
            self._hovered = -1
            self.paragraph_hovered.emit(-1)

    def tip_at(self, point: QPoint) -> str:
        """The tool tip for viewport point ``point``: a highlight's, a marker's, or a control's."""
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        for highlight in self._highlights:
            start = self.document_position(highlight.paragraph, highlight.start)
            end = self.document_position(highlight.paragraph, highlight.end)
            if highlight.tip and start <= position <= end:
                return highlight.tip
        if cursor.charFormat().toolTip():
            return cursor.charFormat().toolTip()
        paragraph = self.paragraph_at(point)
        for item in self._markers:
            if item.tip and item.first <= paragraph <= item.last:
                return item.tip
        return ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in _READER_MOVES:
            self.reader_moved.emit()
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), literal(tip), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

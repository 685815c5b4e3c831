"""Two views kept paragraph against paragraph, from a core ``Alignment``.

Each aligned group (1–1, 2–1, 1–2, 1–0, 0–1) starts at the same height on screen in both
panes: the shorter side of a group gets padding, so the two documents stay level and one
scroll value serves both (anchored on groups, not proportional scrolling, which drifts).
Hovering or clicking a paragraph tints its counterpart; groups that are not 1–1, or that the
aligner is unsure of, get a bar in the margin.

Signals:
    group_changed(int): the current group (bead index) changed by navigation or click.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reader.core.align.aligner import Alignment, Bead
from reader.core.present.alignment import bead_description
from reader.ui.reading.text_view import ArticleView, Marker

UNSURE = 0.6  # beads scoring below this are marked as unsure
_READER_MOVES = (QEvent.Type.Wheel, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)


def is_flagged(bead: Bead) -> bool:
    """A group worth a margin mark: not one paragraph against one, or a low score."""
    return len(bead.source) != 1 or len(bead.target) != 1 or bead.score < UNSURE


class PaneSync(QObject):
    """Aligns, scrolls and highlights two ArticleViews together; ``left`` is the aligner's
    source side and ``right`` its target side."""

    group_changed = Signal(int)

    def __init__(self, left: ArticleView, right: ArticleView, window: QWidget) -> None:
        super().__init__(window)
        self.left, self.right, self.window = left, right, window
        self.alignment: Alignment | None = None
        self.current = -1
        self._pinned = -1  # a group navigated to, kept at the top until the reader moves
        self._syncing = False
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.relayout)
        self._ends_due = False  # the room at the ends waits for the texts' first frame
        for side, view in enumerate((left, right)):
            # The view moves when a banner changes height; its viewport resizes when the text
            # width changes (zoom, splitter, the centred column): either way, re-level.
            view.installEventFilter(self)
            view.viewport_resized.connect(self.schedule)
            view.text_painted.connect(self._painted)
            view.reader_moved.connect(self._unpin)
            view.verticalScrollBar().valueChanged.connect(
                lambda value, side=side: self._follow(side, value)
            )
            view.verticalScrollBar().actionTriggered.connect(self._unpin)
            view.paragraph_hovered.connect(lambda index, side=side: self._hover(side, index))
            view.paragraph_clicked.connect(lambda index, side=side: self._click(side, index))

    # -- setting up -----------------------------------------------------------------------------

    def set_alignment(self, alignment: Alignment | None) -> None:
        """Align the two views by ``alignment`` (None: stop aligning, remove all marks)."""
        self.alignment = alignment
        self.current = self._pinned = -1
        for view in (self.left, self.right):
            view.set_group([])
        self.relayout()
        self._mark()

    def schedule(self) -> None:
        """Re-level the groups once the event loop is idle (after a resize, zoom, new text)."""
        self._relayout.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
            self.schedule()
        elif event.type() in _READER_MOVES:
            self._pinned = -1  # the reader took over: keep their place from now on
        return False

    def _views(self) -> tuple[ArticleView, ArticleView]:
        return self.left, self.right

    def _indexes(self, bead: Bead, side: int) -> tuple[int, ...]:
        return bead.source if side == 0 else bead.target

    # -- levelling ------------------------------------------------------------------------------

    def relayout(self) -> None:
        """Pad the shorter side of each group so every group starts level on screen."""
        if self.alignment is None or not (self.left.isVisible() and self.right.isVisible()):
            for view in self._views():
                view.set_paddings({})
            return
        heights = [view.natural_heights() for view in self._views()]
        # Positions on screen (window coordinates), so that panes whose text starts at
        # different heights (banners of different size) still line up.
        tops = [view.viewport_top(self.window) for view in self._views()]
        first = [view.text_top(0) - view.paddings().get(0, 0.0) for view in self._views()]
        position = [tops[i] + first[i] for i in range(2)]
        paddings: list[dict[int, float]] = [{}, {}]
        for bead in self.alignment.beads:
            start = max(position)
            for side in range(2):
                indexes = self._indexes(bead, side)
                if indexes and indexes[0] < len(heights[side]):
                    if start - position[side] > 0.5:
                        paddings[side][indexes[0]] = start - position[side]
                    position[side] = start + sum(
                        heights[side][i] for i in indexes if i < len(heights[side])
                    )
                else:
                    position[side] = start
        # Keep the paragraph at the top of the left view in place while the padding moves it,
        # or the group navigated to, which a pane laid out late would otherwise lose. A view at
        # the very top stays there: an article is read from its headline.
        at_top = self.left.verticalScrollBar().value() == 0
        anchor = self.left.first_visible_paragraph()
        offset = self.left.verticalScrollBar().value() - self.left.text_top(anchor)
        for side, view in enumerate(self._views()):
            view.set_paddings(paddings[side])
        if any(view.awaiting_paint for view in self._views()):
            # A text's first frame shows its top, not the room at its end, and giving that room
            # lays the shorter text out once more: it waits until both texts have painted.
            self._ends_due = True
        else:
            self._equalise_ends()
        if self._pinned >= 0:
            self._scroll_to_group(self._pinned)
        elif at_top:
            self.left.verticalScrollBar().setValue(0)
        else:
            self.left.verticalScrollBar().setValue(round(self.left.text_top(anchor) + offset))
        self._follow(0, self.left.verticalScrollBar().value())

    def relevel_after(self, side: int, paragraph: int) -> None:
        """Level again the groups after ``paragraph`` of ``side``, whose height changed (an edit
        added or took away a line), without going over the whole article: from the last group
        before it that both sides start, group by group, as ``relayout`` does, until a group
        needs the padding it already has; the panes are level from there on as they were."""
        beads = self.alignment.beads if self.alignment is not None else []
        edited = self.bead_of(side, paragraph)
        if edited < 0 or not (self.left.isVisible() and self.right.isVisible()):
            return
        start = edited
        while start > 0 and not (beads[start].source and beads[start].target):
            start -= 1
        if not (beads[start].source and beads[start].target):
            self.relayout()  # no group before it starts on both sides: level them all
            return
        views = self._views()
        old = [view.paddings() for view in views]
        new = [dict(paddings) for paddings in old]
        tops = [view.viewport_top(self.window) for view in views]
        counts = [view.document().blockCount() for view in views]

        def natural_top(s: int, index: int) -> float:
            return tops[s] + views[s].text_top(index) - old[s].get(index, 0.0)

        def height(s: int, index: int) -> float:
            """From this paragraph's text to the next one's, without the next one's padding
            (``natural_heights`` for one paragraph)."""
            view = views[s]
            if index + 1 < counts[s]:
                return view.text_top(index + 1) - old[s].get(index + 1, 0.0) - view.text_top(index)
            end = view.paragraph_rect(index, index).bottom()
            return end + view.block(index).blockFormat().bottomMargin() - view.text_top(index)

        position = [natural_top(s, self._indexes(beads[start], s)[0]) for s in range(2)]
        for number in range(start, len(beads)):
            bead = beads[number]
            level = max(position)
            firsts = [self._indexes(bead, s)[:1] for s in range(2)]
            if (
                number > edited
                and all(firsts)
                and all(
                    abs(level - position[s] - old[s].get(firsts[s][0], 0.0)) < 0.5 for s in range(2)
                )
            ):
                break  # level here as before: so is everything below
            for s in range(2):
                indexes = [i for i in self._indexes(bead, s) if i < counts[s]]
                if not indexes:
                    position[s] = level
                    continue
                new[s].pop(indexes[0], None)
                if level - position[s] > 0.5:
                    new[s][indexes[0]] = level - position[s]
                position[s] = level + sum(height(s, i) for i in indexes)
        for s, view in enumerate(views):
            changes = {
                i: new[s].get(i, 0.0)
                for i in set(old[s]) | set(new[s])
                if abs(new[s].get(i, 0.0) - old[s].get(i, 0.0)) >= 0.5
            }
            if changes:
                view.change_paddings(changes)

    def _painted(self) -> None:
        if self._ends_due and not any(view.awaiting_paint for view in self._views()):
            self._ends_due = False
            QTimer.singleShot(0, self, self._equalise_ends_if_aligned)  # not while a view paints

    def _equalise_ends_if_aligned(self) -> None:
        if self.alignment is not None and self.left.isVisible() and self.right.isVisible():
            self._equalise_ends()

    def _equalise_ends(self) -> None:
        """Give the shorter document room at its end so both scroll to the same last group."""
        frames = [view.document().rootFrame() for view in self._views()]
        ends = []
        for view in self._views():
            top = view.viewport_top(self.window)
            ends.append(top + view.document().size().height())
        # A whole pixel: Qt rounds a document's height to whole pixels for the scroll range, so
        # ends a fraction apart could round to ranges one pixel apart.
        target = math.ceil(max(ends))
        for side, frame in enumerate(frames):
            frame_format = frame.frameFormat()
            extra = target - ends[side] + frame_format.bottomMargin()
            base = self._views()[side].document().documentMargin()
            wanted = max(base, extra)
            # Exact, not to half a pixel: ends half a pixel apart can round to scroll ranges
            # one pixel apart.
            if abs(frame_format.bottomMargin() - wanted) > 0.01:
                frame_format.setBottomMargin(wanted)
                frame.setFrameFormat(frame_format)

    # -- scrolling ------------------------------------------------------------------------------

    def _follow(self, side: int, value: int) -> None:
        """Scroll the other view to the same place: the documents are level, so same value."""
        if self._syncing or self.alignment is None:
            return
        other = self._views()[1 - side]
        if not other.isVisible():
            return
        self._syncing = True
        try:
            other.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False

    # -- highlighting and navigation ------------------------------------------------------------

    def bead_of(self, side: int, paragraph: int) -> int:
        """The index of the bead holding paragraph ``paragraph`` of ``side`` (-1 if none)."""
        if self.alignment is None or paragraph < 0:
            return -1
        for index, bead in enumerate(self.alignment.beads):
            if paragraph in self._indexes(bead, side):
                return index
        return -1

    def show_group(self, bead_index: int) -> None:
        """Tint the paragraphs of bead ``bead_index`` in both views (-1 clears)."""
        if self.alignment is None or not 0 <= bead_index < len(self.alignment.beads):
            for view in self._views():
                view.set_group([])
            return
        bead = self.alignment.beads[bead_index]
        for side, view in enumerate(self._views()):
            view.set_group(self._indexes(bead, side))

    def _hover(self, side: int, paragraph: int) -> None:
        bead = self.bead_of(side, paragraph)
        self.show_group(bead if bead >= 0 else self.current)

    def _click(self, side: int, paragraph: int) -> None:
        bead = self.bead_of(side, paragraph)
        if bead >= 0:
            self.current = bead
            self.show_group(bead)
            self.group_changed.emit(bead)

    def go_to(self, bead_index: int) -> None:
        """Make bead ``bead_index`` current: tint it and scroll it to the top of both views."""
        if self.alignment is None or not 0 <= bead_index < len(self.alignment.beads):
            return
        self.current = self._pinned = bead_index
        self.show_group(bead_index)
        self._scroll_to_group(bead_index)
        self.group_changed.emit(bead_index)

    def _scroll_to_group(self, bead_index: int) -> None:
        assert self.alignment is not None
        bead = self.alignment.beads[bead_index]
        side = 0 if bead.source else 1
        # The documents are level, so one value serves both; the larger, so that neither pane
        # shows the end of the paragraph before the group at its top.
        targets = [
            view.scroll_target(self._indexes(bead, i)[0])
            for i, view in enumerate(self._views())
            if self._indexes(bead, i)
        ]
        value = max((t for t in targets if t is not None), default=None)
        if value is not None:
            self._views()[side].verticalScrollBar().setValue(value)

    def _unpin(self, *_: object) -> None:
        self._pinned = -1

    def step(self, direction: int, flagged_only: bool = False) -> bool:
        """Move to the next (1) or previous (-1) group, or flagged group; False at the end."""
        if self.alignment is None:
            return False
        beads = self.alignment.beads
        index = self.current + direction
        while 0 <= index < len(beads):
            if not flagged_only or is_flagged(beads[index]):
                self.go_to(index)
                return True
            index += direction
        return False

    def _mark(self) -> None:
        for view in self._views():
            view.set_markers([])
        if self.alignment is None:
            return
        markers: list[list[Marker]] = [[], []]
        for bead in self.alignment.beads:
            if not is_flagged(bead):
                continue
            colour = "#c62828" if bead.score < UNSURE else "#e08a00"
            for side in range(2):
                indexes = self._indexes(bead, side)
                if indexes:
                    markers[side].append(
                        Marker(indexes[0], indexes[-1], colour, bead_description(bead))
                    )
        for side, view in enumerate(self._views()):
            view.set_markers(markers[side])

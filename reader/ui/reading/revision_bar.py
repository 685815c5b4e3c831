"""Comparing two revisions of one language: the summary bar, the marks, change navigation.

When both panes hold revisions of the same language, the older pane marks deleted words and
the newer one inserted words (whole words only, so Arabic letters stay joined), a bar above the
panes says what changed and steps from change to change, and an "inline" switch shows both
revisions in one pane.

Signals:
    inline_changed(bool): the reader switched the single-pane inline view on or off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QToolButton

from reader.core.i18n import N_, _
from reader.core.present.revisions import change_position
from reader.ui.reading.pane import VersionPane
from reader.ui.reading.text_view import Highlight, HighlightKind, Layer

if TYPE_CHECKING:
    from reader.core.align.aligner import Alignment
    from reader.core.compare.revisions import Comparison, Mark, Stop

# The tool tip over a marked word, by the kind of its mark.
_TIPS = {
    HighlightKind.DELETE: N_("Deleted in the newer revision"),
    HighlightKind.INSERT: N_("Inserted in the newer revision"),
    HighlightKind.MINOR: N_("Only the vowel marks or tatweel differ"),
}


def _highlight(mark: Mark) -> Highlight:
    from reader.core.compare.ops import DiffOp  # loaded with the comparison

    if mark.minor:
        kind = HighlightKind.MINOR
    else:
        kind = HighlightKind.DELETE if mark.op is DiffOp.DELETE else HighlightKind.INSERT
    return Highlight(mark.paragraph, mark.start, mark.end, kind, _(_TIPS[kind]))


def _current(mark: Mark) -> Highlight:
    return Highlight(mark.paragraph, mark.start, mark.end, HighlightKind.CHANGE_CURRENT)


class RevisionBar(QFrame):
    """The bar above two revisions: what changed, previous/next change, inline switch."""

    inline_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("revision-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary = QLabel()
        self.summary.setObjectName("revision-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.position = QLabel()
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.previous = QToolButton()
        self.previous.setArrowType(Qt.ArrowType.UpArrow)
        self.previous.setToolTip(_("Previous change (Shift+F7)"))
        self.next = QToolButton()
        self.next.setArrowType(Qt.ArrowType.DownArrow)
        self.next.setToolTip(_("Next change (F7)"))
        self.inline = QCheckBox(_("Inline"))
        self.inline.setToolTip(_("Show both revisions in one pane"))
        self.inline.toggled.connect(self.inline_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        for label in (self.summary, self.position):
            layout.addWidget(label)
        layout.addStretch(1)
        for control in (self.previous, self.next, self.inline):
            layout.addWidget(control)
        self.comparison: Comparison | None = None
        self.stop = -1
        self.old_pane: VersionPane | None = None
        self.new_pane: VersionPane | None = None
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.hide()

    def compare(self, left: VersionPane, right: VersionPane) -> Alignment | None:
        """Mark the difference between the two panes' revisions; returns the paragraph
        alignment for the panes (None and the bar hidden when they are not two revisions)."""
        self.clear(left, right)
        a, b = left.version, right.version
        if a is None or b is None or a.language != b.language or a.revision == b.revision:
            return None
        # Imported here: only a comparison of revisions needs the differ.
        from reader.core.align.aligner import Alignment, Bead
        from reader.core.compare.revisions import compare_revisions
        from reader.core.present.revisions import comparison_summary

        old_pane, new_pane = (left, right) if a.revision < b.revision else (right, left)
        assert old_pane.version is not None and new_pane.version is not None
        self.comparison = compare_revisions(old_pane.version, new_pane.version)
        self.old_pane, self.new_pane = old_pane, new_pane
        old_pane.view.set_highlights([_highlight(m) for m in self.comparison.old_marks], Layer.DIFF)
        new_pane.view.set_highlights([_highlight(m) for m in self.comparison.new_marks], Layer.DIFF)
        self.summary.setText(
            comparison_summary(
                old_pane.version.revision, new_pane.version.revision, self.comparison.summary
            )
        )
        self._show_position()
        self.show()
        beads = self.comparison.alignment.beads
        if old_pane is right:  # the aligner's source side is the left pane
            beads = tuple(Bead(b.target, b.source, b.score) for b in beads)
        return Alignment(beads)

    def clear(self, *panes: VersionPane) -> None:
        for pane in panes:
            pane.view.set_highlights([], Layer.DIFF)
            pane.view.set_highlights([], Layer.CURRENT)
        self.comparison, self.stop = None, -1
        self.old_pane = self.new_pane = None
        self.hide()

    def show_inline(self, pane: VersionPane, font_size: float) -> None:
        """Show both revisions in ``pane``: deleted words struck through before inserted ones."""
        if self.comparison is None:
            return
        from reader.core.compare.revisions import inline_version

        version, marks = inline_version(self.comparison)
        pane.view.show_version(version, pane.view.document().defaultFont())
        pane.view.set_highlights([_highlight(m) for m in marks], Layer.DIFF)

    def step(self, direction: int) -> bool:
        """Go to the next (1) or previous (-1) change; False when there is none that way."""
        if self.comparison is None or self.old_pane is None or self.new_pane is None:
            return False
        index = self.stop + direction
        if not 0 <= index < len(self.comparison.stops):
            return False
        self.stop = index
        self._go(self.comparison.stops[index])
        self._show_position()
        return True

    def _go(self, stop: Stop) -> None:
        assert self.old_pane is not None and self.new_pane is not None
        for pane, mark in ((self.old_pane, stop.old), (self.new_pane, stop.new)):
            pane.view.set_highlights([_current(mark)] if mark else [], Layer.CURRENT)
        anchor = stop.new or stop.old
        pane = self.new_pane if stop.new else self.old_pane
        if anchor is not None:
            pane.view.scroll_to_paragraph(anchor.paragraph)

    def _show_position(self) -> None:
        total = len(self.comparison.stops) if self.comparison else 0
        self.position.setText(change_position(self.stop, total))
        self.previous.setEnabled(self.stop > 0)
        self.next.setEnabled(self.stop < total - 1)

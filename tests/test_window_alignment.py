"""Compare mode keeps paragraphs level: aligned groups, shared scrolling, counterpart tint."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from reader.core.model import VersionKey
from reader.ui.main_window import MainWindow
from reader.ui.reading.text_view import ArticleView


@pytest.fixture
def aligned_window(qtbot, open_window):
    """The window on ``paths``, once its panes have levelled their paragraph groups."""

    def make(paths: list[Path], **options) -> MainWindow:
        window = open_window(paths, size=(1300, 800), **options)
        _wait_level(qtbot, window)
        return window

    return make


def _level(window: MainWindow) -> bool:
    alignment = window.sync.alignment
    if alignment is None:
        return True
    return all(
        abs(
            _screen_top(window, window.left.view, b.source[0])
            - _screen_top(window, window.right.view, b.target[0])
        )
        <= 1.5
        for b in alignment.beads
        if b.source and b.target
    )


def _wait_level(qtbot, window: MainWindow) -> None:
    """The panes level themselves once resizes settle (a zero-time timer): wait for it."""
    qtbot.waitUntil(lambda: _level(window), timeout=5000)


def _screen_top(window: MainWindow, view: ArticleView, paragraph: int) -> float:
    origin = view.viewport().mapTo(window, QPoint(0, 0)).y()
    return origin + view.text_top(paragraph) - view.verticalScrollBar().value()


@pytest.fixture
def restructured(tmp_path: Path, sample: Path) -> list[Path]:
    """The Indonesian source and an English version whose editor merged two paragraphs,
    dropped one and added a note."""
    source = (sample / "id.txt").read_text(encoding="utf-8")
    blocks = (sample / "en.txt").read_text(encoding="utf-8").split("\n\n")[:-1]  # no notice
    merged = [*blocks[:3], blocks[3] + " " + blocks[4], *blocks[5:7], *blocks[8:]]
    merged.insert(5, "Editor's note: this story was updated with reactions from Kyiv.")
    (tmp_path / "id.txt").write_text(source, encoding="utf-8")
    (tmp_path / "en.txt").write_text("\n\n".join(merged) + "\n", encoding="utf-8")
    return [tmp_path / "id.txt", tmp_path / "en.txt"]


def test_every_group_starts_level_in_both_panes(qtbot, aligned_window, sample: Path) -> None:
    window = aligned_window([sample])
    alignment = window.sync.alignment
    assert alignment is not None and len(alignment.beads) == 10
    for bead in alignment.beads:
        left = _screen_top(window, window.left.view, bead.source[0])
        right = _screen_top(window, window.right.view, bead.target[0])
        assert abs(left - right) <= 1.5, bead


def test_restructured_translation_levels_groups_and_marks_them(
    qtbot, aligned_window, restructured: list[Path]
) -> None:
    window = aligned_window(restructured, languages=["id", "en"])
    alignment = window.sync.alignment
    assert alignment is not None
    kinds = [bead.kind for bead in alignment.beads]
    assert "2-1" in kinds and "1-0" in kinds and "0-1" in kinds
    for bead in alignment.beads:
        if bead.source and bead.target:
            left = _screen_top(window, window.left.view, bead.source[0])
            right = _screen_top(window, window.right.view, bead.target[0])
            assert abs(left - right) <= 1.5, bead
    marked = {(m.first, m.last) for m in window.right.view.markers()}
    merged = next(b for b in alignment.beads if b.kind == "2-1")
    assert (merged.target[0], merged.target[-1]) in marked
    # Jump to the next group that is not one against one.
    assert window.sync.step(1, flagged_only=True)
    assert alignment.beads[window.sync.current].kind != "1-1"


def test_scrolling_one_pane_brings_the_counterpart_into_view(
    qtbot, aligned_window, sample: Path
) -> None:
    window = aligned_window([sample])
    window.zoom(1)
    window.zoom(1)
    qtbot.wait(100)  # the new text size settles (column width, scroll range)
    _wait_level(qtbot, window)
    left, right = window.left.view, window.right.view
    target = 7
    left.scroll_to_paragraph(target)
    qtbot.wait(10)
    assert right.verticalScrollBar().value() == left.verticalScrollBar().value()
    bead = window.sync.alignment.beads[window.sync.bead_of(0, target)]
    counterpart = bead.target[0]
    top = _screen_top(window, right, counterpart)
    viewport_top = right.viewport().mapTo(window, QPoint(0, 0)).y()
    assert viewport_top <= top < viewport_top + right.viewport().height() / 3
    assert abs(top - _screen_top(window, left, target)) <= 1.5


def test_counterpart_tint_follows_the_hovered_paragraph(
    qtbot, aligned_window, sample: Path
) -> None:
    window = aligned_window([sample])
    left, right = window.left.view, window.right.view
    for paragraph in (2, 3):
        rect = left.paragraph_rect(paragraph, paragraph)
        point = QPointF(rect.center().x(), rect.top() + 5 - left.verticalScrollBar().value())
        event = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            point,
            left.viewport().mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(left.viewport(), event)
        assert right.group() == [paragraph]  # the sample aligns one to one
        assert left.group() == [paragraph]


def test_keyboard_moves_group_by_group(qtbot, aligned_window, sample: Path) -> None:
    window = aligned_window([sample])
    window.next_group_action.trigger()
    window.next_group_action.trigger()
    assert window.sync.current == 1
    assert window.right.view.group() == [1]
    window.previous_group_action.trigger()
    assert window.sync.current == 0


def test_single_mode_has_no_alignment(qtbot, aligned_window, sample: Path) -> None:
    window = aligned_window([sample])
    window.set_compare(False)
    assert window.sync.alignment is None
    assert window.right.view.paddings() == {}
    window.show_in(window.left, VersionKey("en", 1))
    window.set_compare(True)
    assert window.sync.alignment is not None


def test_show_source_keeps_the_reading_place(qtbot, aligned_window, sample: Path) -> None:
    window = aligned_window([sample])
    window.set_compare(False)
    window.zoom(1)
    window.zoom(1)
    qtbot.wait(20)
    window.right.view.scroll_to_paragraph(4)
    qtbot.wait(20)
    assert window.right.view.first_visible_paragraph() == 4
    window.right.banner.action.click()
    qtbot.wait(50)
    assert window.compare and str(window.left.key) == "id@1"
    assert window.left.view.first_visible_paragraph() == 4
    assert window.right.view.first_visible_paragraph() == 4
    assert window.left.view.group() == [4] and window.right.view.group() == [4]


def test_viewport_top_is_where_the_viewport_is(qtbot, aligned_window, sample: Path) -> None:
    """The panes level against the viewport's top edge, worked out without the viewport."""
    window = aligned_window([sample])
    for step in range(3):  # the centred column's margins change with the font size
        for view in (window.left.view, window.right.view):
            real = view.viewport().mapTo(window, QPoint(0, 0)).y()
            assert view.viewport_top(window) == real, step
        window.zoom(1)
        qtbot.wait(20)


def test_a_wheel_turn_lets_go_of_the_group_navigated_to(
    qtbot, aligned_window, sample: Path
) -> None:
    from PySide6.QtGui import QWheelEvent

    window = aligned_window([sample])
    window.next_group_action.trigger()
    window.next_group_action.trigger()
    assert window.sync._pinned == 1
    viewport = window.right.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert window.sync._pinned == -1


def test_the_first_paint_is_level_and_at_the_headline(qtbot, tmp_path: Path, sample: Path) -> None:
    """As `reader` starts (shown first, filled second): when the text first paints, both texts
    already start at one height (the room under the shorter banner set), both panes show their
    headline at the top, level, with no padding above it and nothing scrolled away, and the
    panes stay so once the window settles."""
    from reader.core.ingest.loading import load
    from reader.ui.app import open_window
    from reader.ui.context import AppContext

    seen: list[tuple[int, int, int, int, float, float]] = []

    def state(window: MainWindow) -> tuple[int, int, int, int, float, float]:
        left, right = window.left.view, window.right.view
        return (
            left.viewport_top(window),
            right.viewport_top(window),
            left.verticalScrollBar().value(),
            right.verticalScrollBar().value(),
            left.paddings().get(0, 0.0),
            right.paddings().get(0, 0.0),
        )

    window = open_window(AppContext(tmp_path / "config"), load([sample]), paths=[sample])
    qtbot.addWidget(window)
    window.text_painted.connect(lambda: seen.append(state(window)))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    top = seen[0][0]
    assert seen[0] == (top, top, 0, 0, 0.0, 0.0)
    # Each banner keeps its own height; the room under the shorter one levels the texts.
    assert window.left.banner.height() != window.right.banner.height()
    qtbot.wait(50)  # the zero-time levelling timers have run
    assert state(window)[2:] == (0, 0, 0.0, 0.0) and _level(window)
    # The room at the shorter text's end, given once both have painted: the panes scroll
    # together to the last group.
    left, right = window.left.view.verticalScrollBar(), window.right.view.verticalScrollBar()
    assert left.maximum() == right.maximum() > 0

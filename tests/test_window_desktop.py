"""The desktop furniture in the real window: the zoom level, the Help menu, Copy with Source,
File › Open Recent and reopening the last article, Print and Export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, qVersion
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QKeySequence,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTableWidget, QTextEdit

from reader.core.ingest.loading import load
from reader.core.model import VersionKey
from reader.ui import help as dialogs
from reader.ui.app import open_window as start_window
from reader.ui.context import AppContext
from reader.ui.main_window import MainWindow
from reader.ui.printing import write_html, write_pdf
from reader.ui.safe_document import SafeDocument
from tests.conftest import SAMPLE
from tests.fake_jobs import FakeJobs


@pytest.fixture
def window(qtbot, open_window) -> MainWindow:
    window = open_window(show=False)  # shown below: the first paint starts the checks
    with qtbot.waitSignal(window.checks_done, timeout=10000):
        window.show()
    return window


# -- zoom ---------------------------------------------------------------------------------------


def _ctrl_wheel(window: MainWindow, notches: int) -> None:
    viewport = window.right.view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def test_the_zoom_level_is_in_the_status_bar_and_ctrl_0_resets_it(window: MainWindow) -> None:
    label = window.zoom_label
    assert label.isVisible() and label.text() == "100 %"
    # Each script has its own size (Arabic is set larger, to look as large as the Latin text).
    sizes = [
        pane.view.document().defaultFont().pointSizeF() for pane in (window.left, window.right)
    ]
    window.zoom_in_action.trigger()
    assert label.text() == "110 %"
    _ctrl_wheel(window, 2)  # Ctrl+wheel zooms both panes through the window, not one pane
    assert label.text() == "133 %"
    for pane, size in zip((window.left, window.right), sizes, strict=True):
        assert pane.view.document().defaultFont().pointSizeF() == pytest.approx(size * 1.1**3)
    assert QKeySequence("Ctrl+0") in window.zoom_reset_action.shortcuts()
    window.zoom_reset_action.trigger()
    assert label.text() == "100 %"


def test_the_zoom_level_is_kept_for_the_next_start(qtbot, open_window) -> None:
    first = open_window()
    first.zoom(1)
    first.close()
    second = open_window()
    assert second.zoom_label.text() == "110 %"


# -- help ---------------------------------------------------------------------------------------


def test_the_shortcuts_list_is_read_off_the_actions_themselves(window: MainWindow) -> None:
    rows = dialogs.shortcut_rows(window)
    assert ("Edit", "Copy with Source", "Ctrl+Shift+C") in rows
    assert ("View", "Actual Size", "Ctrl+0") in rows
    listed = {action for _, action, _ in rows}
    for action in window.actions():
        if action.shortcuts():
            assert dialogs._plain(action.text()) in listed
    window.swap_action.setShortcut(QKeySequence("Ctrl+Alt+S"))  # it cannot drift
    assert ("View", "Swap Panes", "Ctrl+Alt+S") in dialogs.shortcut_rows(window)

    dialog = dialogs.show_shortcuts(window)
    table = dialog.findChild(QTableWidget, "shortcuts")
    assert table is not None and table.rowCount() == len(rows)
    dialog.close()


def test_about_names_the_versions_the_fonts_and_the_licence(qtbot, window: MainWindow) -> None:
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.about_action.trigger()
    (text,) = seen
    import platform

    import PySide6

    for part in (f"Qt {qVersion()}", f"PySide6 {PySide6.__version__}", platform.python_version()):
        assert part in text
    assert "Amiri" in text and "Noto Serif" in text and "MIT" in text


def test_the_user_guide_is_shipped_and_loads_nothing(qtbot, window: MainWindow, tmp_path) -> None:
    dialog = dialogs.show_guide(window)
    view = dialog.findChild(QTextEdit, "guide")
    assert view is not None and view.isReadOnly()
    text = view.toPlainText()
    assert "Copy with Source" in text and "reader export" in text
    assert "#" not in text.splitlines()[0]  # rendered, not shown as Markdown source
    dialog.close()

    picture = tmp_path / "big.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(0)
    image.save(str(picture))
    document = SafeDocument()
    document.setMarkdown(f"![x]({picture.as_uri()}) and ![y]({picture})")
    document.setTextWidth(800)
    assert document.size().height() < 100  # a 200 px picture would make it taller


# -- Copy with Source ---------------------------------------------------------------------------


def _select(view: QTextEdit, paragraph: int) -> str:
    block = view.document().findBlockByNumber(paragraph)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    return block.text()


def test_copy_with_source_puts_the_passage_and_its_source_on_the_clipboard(
    window: MainWindow,
) -> None:
    article = window.article
    assert article is not None and window.right.key == VersionKey("ar", 1)
    selected = _select(window.right.view, 2)  # "جاكرتا (رويترز) ..." with an added name
    window.copy_source_action.trigger()

    mime = QGuiApplication.clipboard().mimeData()
    source = article.source
    assert source is not None
    text = mime.text()
    assert text.startswith(f"{selected}\n\nWarning: the fidelity checks flagged 1 problem")
    assert f"Indonesian source:\n\n{source.paragraphs[2].text}\n\n" in text
    assert "Arabic: machine translation from Indonesian, not checked by a person\n" in text

    # Pasted into a rich-text editor, the Arabic stays right-to-left and the source left-to-right.
    document = QTextDocument()
    document.setHtml(mime.html())
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    assert directions[selected] == Qt.LayoutDirection.RightToLeft
    assert directions[source.paragraphs[2].text] == Qt.LayoutDirection.LeftToRight
    assert window.statusBar().currentMessage() == "Copied the passage with 1 source paragraph."


def test_copy_with_source_without_a_selection_says_what_to_do(window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("kept")
    window.copy_source_action.trigger()
    assert QGuiApplication.clipboard().text() == "kept"
    assert window.statusBar().currentMessage().startswith("Select the text to quote first")


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # a popup, offscreen
def test_the_text_s_context_menu_offers_copy_with_source(qtbot, window: MainWindow) -> None:
    seen: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.append([a.text() for a in menu.actions()])
        menu.close()

    QTimer.singleShot(50, read_and_close)
    view = window.right.view
    view.customContextMenuRequested.emit(view.viewport().rect().center())
    assert seen and "Copy with &Source" in seen[0]


# -- recent articles ----------------------------------------------------------------------------


def _copy_of_sample(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(SAMPLE, folder)
    return folder


def _recent_items(window: MainWindow) -> list[tuple[str, bool]]:
    window.recent_menu.aboutToShow.emit()
    return [(a.text(), a.isEnabled()) for a in window.recent_menu.actions() if a.text()]


def test_open_recent_lists_the_latest_first_and_disables_what_is_gone(
    open_window, tmp_path: Path
) -> None:
    first, second = _copy_of_sample(tmp_path, "first"), _copy_of_sample(tmp_path, "second")
    window = open_window([first])
    assert window.open_paths([second])
    title = "Vladimir Putin dan Kim Jong Un Puji Hubungan Rusia-Korea\u2026"  # cut at a word
    assert _recent_items(window) == [
        (f"&1 {title} \u2014 {second}", True),
        (f"&2 {title} \u2014 {first}", True),
        ("&Clear Menu", True),
    ]
    shutil.rmtree(first)
    assert _recent_items(window)[1] == (f"&2 {title} \u2014 {first}", False)
    window.recent_menu.actions()[0].trigger()  # the entry opens its article
    assert window.article is not None and window.article.path == second
    clear = next(a for a in window.recent_menu.actions() if a.text() == "&Clear Menu")
    clear.trigger()
    assert _recent_items(window) == [("&Clear Menu", False)]


def test_a_plain_start_reopens_the_last_article_where_it_was_left(
    qtbot, open_window, tmp_path: Path
) -> None:
    folder = _copy_of_sample(tmp_path, "article")
    window = open_window([folder])
    window.show_in(window.left, VersionKey("ar", 1))
    window.show_in(window.right, VersionKey("ar", 2))
    window.set_compare(False)
    window.right.view.scroll_to_paragraph(4)  # not so near the end that it cannot reach the top
    left_at = window.right.view.first_visible_paragraph()
    assert left_at == 4
    window.close()

    context = AppContext(tmp_path / "config", jobs=FakeJobs())
    sample = load([SAMPLE])
    again = start_window(context, sample, [SAMPLE], reopen=True)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.right.view.first_visible_paragraph() == left_at, timeout=5000)
    assert again.article is not None and again.article.path == folder
    assert (again.left.key, again.right.key) == (VersionKey("ar", 1), VersionKey("ar", 2))
    assert not again.compare
    again.close()

    shutil.rmtree(folder)  # gone: the sample instead
    third = start_window(context, sample, [SAMPLE], reopen=True)
    qtbot.addWidget(third)
    assert third.article is sample


# -- print and export ---------------------------------------------------------------------------


def test_the_window_exports_what_is_on_screen(window: MainWindow, tmp_path: Path) -> None:
    view = window.printable_view()
    assert view is not None
    assert [v.key for v in view.versions] == [VersionKey("id", 1), VersionKey("ar", 1)]
    write_html(view, tmp_path / "page.html")
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert page.count('<td dir="rtl" lang="ar"') == len(view.alignment.beads)  # type: ignore[union-attr]
    assert "Checks against the source found 3 possible problems" in page

    window.set_compare(False)
    single = window.printable_view()
    assert single is not None and [v.key for v in single.versions] == [VersionKey("ar", 1)]
    write_pdf(single, tmp_path / "page.pdf")
    data = (tmp_path / "page.pdf").read_bytes()
    assert data.startswith(b"%PDF") and b"/FontFile2" in data and b"Amiri" in data


def test_printing_lays_the_view_out_on_any_paged_device(window: MainWindow, tmp_path) -> None:
    from reader.ui.printing import page_layout, print_to

    view = window.printable_view()
    assert view is not None
    writer = QPdfWriter(str(tmp_path / "printed.pdf"))
    writer.setPageLayout(page_layout(view))
    print_to(view, writer)
    del writer
    assert (tmp_path / "printed.pdf").read_bytes().count(b"/Type /Page\n") >= 2


def test_a_compared_article_reopens_at_its_aligned_group(qtbot, open_window, tmp_path) -> None:
    folder = _copy_of_sample(tmp_path, "article")
    window = open_window([folder])
    assert window.compare and window.sync.alignment is not None
    window.right.view.scroll_to_paragraph(4)  # not so near the end that it cannot reach the top
    window.close()

    context = AppContext(tmp_path / "config", jobs=FakeJobs())
    again = start_window(context, load([SAMPLE]), [SAMPLE], reopen=True)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.sync.current >= 0, timeout=5000)
    bead = again.sync.alignment.beads[again.sync.current]  # type: ignore[union-attr]
    assert 4 in bead.target and again.compare
    assert again.right.view.first_visible_paragraph() == min(bead.target)
    again.close()

"""The review in the window: approve-and-next, the banner's progress, notes, and a dismissal
that persists across windows and comes back when its text changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from reader.core.review.model import Status
from reader.core.review.store import ReviewFile
from reader.ui import settings
from tests.conftest import SAMPLE


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SAMPLE, tmp_path / "article"))


def _type(widget, text: str) -> None:
    """Type ``text`` as key presses (QTest's keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def _open(qtbot, open_window, folder: Path, config: str = "config"):
    window = open_window([folder], show=False, config=config)
    window.resize(1300, 850)
    with qtbot.waitSignal(window.checks_done, timeout=20000):
        window.show()
    qtbot.waitUntil(lambda: window.review is not None)
    return window


def test_approve_and_next_moves_on_and_the_banner_counts(qtbot, open_window, folder: Path) -> None:
    window = _open(qtbot, open_window, folder)
    window.store.set(settings.REVIEWER, "Sari")
    review, pane = window.review, window.right
    version = pane.version
    assert version.key.language == "ar"
    total = len(version.paragraphs)
    pane.view.setFocus()
    review.go_to(pane, 0)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.textCursor().blockNumber() == 1  # moved on to the next unreviewed
    qtbot.keyClick(pane.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.textCursor().blockNumber() == 2
    review.go_to(pane, 4)
    qtbot.keyClick(
        pane.view,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    review.go_to(pane, 3)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.textCursor().blockNumber() == 5  # 4 has a status: skipped
    line = pane.banner.findings.text()
    assert f"Reviewed 4 of {total} paragraphs. 1 needs work." in line
    review.save()
    on_disk = ReviewFile(folder).load().review.of(str(version.key))
    assert [on_disk.status(i, p.text) for i, p in enumerate(version.paragraphs)][:6] == [
        Status.APPROVED,
        Status.APPROVED,
        Status.UNREVIEWED,
        Status.APPROVED,
        Status.NEEDS_WORK,
        Status.UNREVIEWED,
    ]
    assert on_disk.marks[0].by == "Sari"


def test_approving_every_paragraph_changes_the_banner(qtbot, open_window, folder: Path) -> None:
    window = _open(qtbot, open_window, folder)
    window.store.set(settings.REVIEWER, "Sari")
    pane = window.right
    assert pane.banner.headline.text().startswith("Machine translation from Indonesian: it may")
    for index in range(len(pane.version.paragraphs)):
        window.review.set_status(pane, index, Status.APPROVED)
    assert pane.banner.headline.text() == (
        "Machine translation from Indonesian, approved throughout by a person"
    )
    assert "Approved throughout by Sari, last on " in pane.banner.findings.text()


def test_a_dismissal_persists_and_comes_back_when_the_text_changes(
    qtbot, open_window, folder: Path
) -> None:
    window = _open(qtbot, open_window, folder)
    pane = window.right
    before = pane.banner.findings.text()
    assert before.startswith("Checks against the source found 3 possible problems")
    untranslated = next(f for f in pane.findings if f.check == "untranslated")
    window.review.ask = lambda title, label: "name kept on purpose"
    pane.view.setFocus()
    window.review.go_to(pane, untranslated.paragraph)
    window.review.dismiss_action.trigger()
    assert untranslated not in pane.findings
    assert pane.banner.findings.text().startswith("Checks against the source found 2 possible")
    assert "1 finding dismissed." in pane.banner.findings.text()
    window.review.save()
    window.close()

    again = _open(qtbot, open_window, folder, config="config2")
    pane = again.right
    assert untranslated not in pane.findings
    assert "1 finding dismissed." in pane.banner.findings.text()
    assert [(f.check, d.reason) for f, d in again.review.dismissed(pane)] == [
        ("untranslated", "name kept on purpose")
    ]
    assert "name kept on purpose" in again.review.paragraph_tip(pane, untranslated.paragraph)
    again.close()

    # The publisher's file changes under the finding: it counts again.
    old = pane.version.paragraphs[untranslated.paragraph].text
    assert "بوتين." in old
    new = old.replace("بوتين.", "بوتين في موسكو.", 1)
    path = pane.version.path
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    third = _open(qtbot, open_window, folder, config="config3")
    assert any(f.check == "untranslated" for f in third.right.findings)
    assert "dismissed" not in third.right.banner.findings.text()


def test_a_note_is_kept_and_shown_on_hover(qtbot, open_window, folder: Path) -> None:
    window = _open(qtbot, open_window, folder)
    window.store.set(settings.REVIEWER, "Budi")
    pane = window.right
    window.review.ask = lambda title, label: "  اسم العلم صحيح  "
    pane.view.setFocus()
    window.review.go_to(pane, 2)
    window.review.note_action.trigger()
    tip = window.review.paragraph_tip(pane, 2)
    assert tip.splitlines()[0] == "unreviewed"
    assert tip.splitlines()[1].startswith("Budi, ") and tip.endswith(": اسم العلم صحيح")
    window.review.save()
    notes = ReviewFile(folder).load().review.of(str(pane.version.key)).notes[2]
    assert [(n.author, n.text) for n in notes] == [("Budi", "اسم العلم صحيح")]


def test_a_change_another_window_saved_is_merged(qtbot, open_window, folder: Path) -> None:
    first = _open(qtbot, open_window, folder)
    second = _open(qtbot, open_window, folder, config="config2")
    first.review.set_status(first.right, 0, Status.APPROVED)
    first.review.save()
    second.review.set_status(second.right, 1, Status.NEEDS_WORK)
    second.review.save()  # the file changed since it read it: merged
    version = second.right.version
    merged = ReviewFile(folder).load().review.of(str(version.key))
    statuses = [merged.status(i, version.paragraphs[i].text) for i in (0, 1)]
    assert statuses == [Status.APPROVED, Status.NEEDS_WORK]
    qtbot.waitUntil(
        lambda: first.review.of(version).status(1, version.paragraphs[1].text) is Status.NEEDS_WORK
    )  # the first window saw the change on disk


def test_an_edit_makes_a_new_revision_on_disk_and_undo_works(
    qtbot, open_window, folder: Path
) -> None:
    import tomllib

    window = _open(qtbot, open_window, folder)
    pane, editor = window.right, window.review.editor
    received = pane.version.path.read_bytes()
    parent = pane.version.revision
    before = [p.text for p in pane.version.paragraphs]
    pane.view.setFocus()
    window.review.go_to(pane, 2)
    qtbot.keyClick(pane.view, Qt.Key.Key_F2)
    assert editor.editing and editor.paragraph == 2 and not pane.view.isReadOnly()
    _type(pane.view, " تم")
    assert editor.target is not None  # the first edit made the revision
    manifest = tomllib.loads((folder / "article.toml").read_text(encoding="utf-8"))
    entry = manifest["versions"][-1]
    assert (entry["language"], entry["origin"], entry["parent"]) == ("ar", "post-edited", parent)
    assert pane.version.path.read_bytes() == received  # the machine text is never modified
    editor.flush()
    written = (folder / entry["file"]).read_text(encoding="utf-8")
    assert before[2] + " تم" in written
    qtbot.keyClick(pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.block(2).text() == before[2]  # Qt undoes a run of typing at once
    editor.flush()
    assert before[2] + " تم" not in (folder / entry["file"]).read_text(encoding="utf-8")
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(pane.view, Qt.Key.Key_Z, redo)
    assert pane.view.block(2).text() == before[2] + " تم"
    # A key that would join two paragraphs is refused: the paragraph count holds.
    cursor = pane.view.textCursor()
    cursor.movePosition(cursor.MoveOperation.StartOfBlock)
    pane.view.setTextCursor(cursor)
    qtbot.keyClick(pane.view, Qt.Key.Key_Backspace)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert pane.view.document().blockCount() == len(before)
    qtbot.keyClick(pane.view, Qt.Key.Key_Escape)
    assert not editor.editing
    shown = window.right.version
    assert (shown.origin, shown.revision) == ("post-edited", entry["revision"])
    assert shown.paragraphs[2].text == before[2] + " تم"
    assert [p.text for i, p in enumerate(shown.paragraphs) if i != 2] == [
        t for i, t in enumerate(before) if i != 2
    ]
    # Editing it again changes the same revision; once finished, the next edit starts another.
    window.review.go_to(window.right, 3)
    qtbot.keyClick(window.right.view, Qt.Key.Key_F2)
    _type(window.right.view, "x")
    assert editor.target.key == shown.key
    qtbot.keyClick(window.right.view, Qt.Key.Key_Escape)
    window.review.finish_action.trigger()
    window.review.go_to(window.right, 3)
    qtbot.keyClick(window.right.view, Qt.Key.Key_F2)
    _type(window.right.view, "y")
    assert editor.target.key.revision == shown.revision + 1
    assert editor.target.parent == shown.revision


def test_the_checks_run_again_on_the_edited_paragraph(qtbot, open_window, folder: Path) -> None:
    window = _open(qtbot, open_window, folder)
    pane = window.right
    assert not any(f.check == "number-mismatch" and f.paragraph == 2 for f in pane.findings)
    pane.view.setFocus()
    window.review.go_to(pane, 2)
    qtbot.keyClick(pane.view, Qt.Key.Key_F2)
    _type(pane.view, " 1945")
    qtbot.waitUntil(
        lambda: any(f.check == "number-mismatch" and f.paragraph == 2 for f in pane.findings),
        timeout=10000,
    )
    assert window.review.editor.editing  # the checks' answer did not end the editing


def test_the_bundled_sample_is_never_written_and_the_window_says_why(qtbot, open_window) -> None:
    window = _open(qtbot, open_window, SAMPLE)
    before = sorted(p.name for p in SAMPLE.iterdir())
    pane = window.right
    pane.view.setFocus()
    window.review.go_to(pane, 0)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "add it to the library (File › Add to Library)" in window.status().currentMessage()
    assert "Reviewed" not in pane.banner.findings.text()
    assert not window.review.editor.start(pane, 0)  # F2: no post-edited revision either
    window.review.save()
    assert sorted(p.name for p in SAMPLE.iterdir()) == before


def test_the_review_menu_comes_before_help(qtbot, open_window, folder: Path) -> None:
    window = _open(qtbot, open_window, folder)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["Revie&w", "&Help"]


def test_the_review_report_is_exported_from_the_window_as_the_command_writes_it(
    qtbot, open_window, folder: Path, tmp_path: Path
) -> None:
    from reader.cli import main

    window = _open(qtbot, open_window, folder)
    window.store.set(settings.REVIEWER, "Sari")
    review, pane = window.review, window.right
    review.set_status(pane, 0, Status.APPROVED)
    review.add_note(pane.version, 1, "the date is wrong")
    review.save()
    asked: list[tuple[str, Path]] = []
    failures: list[tuple[str, str]] = []
    chosen = {"html": tmp_path / "report.html", "pdf": tmp_path / "report"}

    def ask_path(fmt: str, suggested: Path) -> Path | None:
        asked.append((fmt, suggested))
        return chosen[fmt]

    review.ask_path = ask_path
    review.tell = lambda title, text: failures.append((title, text))
    assert review.report_html_action in window.findChild(QMenu, "review-menu").actions()
    review.report_html_action.trigger()
    review.report_pdf_action.trigger()
    assert failures == []
    key = str(pane.version.key)
    assert [(fmt, path.name) for fmt, path in asked] == [
        ("html", f"article {key} review.html"),
        ("pdf", f"article {key} review.pdf"),
    ]
    page = chosen["html"].read_text(encoding="utf-8")
    assert "Status: approved" in page and "Sari" in page and "the date is wrong" in page
    command = tmp_path / "command.html"
    assert main(["export", str(folder), "--format", "html", "--review", "-o", str(command)]) == 0
    assert page == command.read_text(encoding="utf-8")  # one rendering path
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")  # the suffix added
    assert window.status().currentMessage().startswith("The review report was written to")


@pytest.mark.parametrize(
    ("fmt", "out", "reason"),
    [
        ("html", Path("/dev/full"), "No space left on device"),  # a full disk
        ("pdf", Path("/dev/full"), "could not be written"),  # Qt's writer gives no reason
        ("html", Path("/sys/report.html"), "Permission denied"),  # a folder none may write to
        ("pdf", Path("/sys/report.pdf"), "Permission denied"),
    ],
)
def test_a_review_report_that_cannot_be_written_is_said_in_a_dialog(
    qtbot, open_window, folder: Path, fmt: str, out: Path, reason: str
) -> None:
    if not out.parent.is_dir():
        pytest.skip(f"{out.parent} is Linux's")
    window = _open(qtbot, open_window, folder)
    review = window.review
    failures: list[tuple[str, str]] = []
    review.ask_path = lambda fmt, suggested: out
    review.tell = lambda title, text: failures.append((title, text))
    assert review.export_report(fmt) is None
    assert len(failures) == 1
    title, text = failures[0]
    assert title == "Cannot export the review report"
    assert reason in text and str(out) in text


def _frame(pane):
    from reader.ui.review.frame import EditFrame

    frames = [f for f in pane.view.viewport().findChildren(EditFrame) if f.isVisible()]
    return frames[0] if frames else None


def test_the_paragraph_being_edited_is_framed_in_the_highlight_colour(
    qtbot, open_window, folder: Path
) -> None:
    from PySide6.QtGui import QPalette

    from reader.ui.review.margin import DISC

    window = _open(qtbot, open_window, folder)
    pane, view = window.right, window.right.view
    assert pane.version.key.language == "ar" and _frame(pane) is None
    view.setFocus()
    window.review.go_to(pane, 2)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    frame = _frame(pane)
    assert frame is not None

    def on_screen(paragraph: int):
        rect = view.paragraph_rect(paragraph, paragraph)
        return rect.translated(0, -view.verticalScrollBar().value()).toAlignedRect()

    box = frame.geometry()
    text = on_screen(2)
    assert box.contains(text) and box.height() < text.height() + 20
    assert not box.intersects(on_screen(1)) and not box.intersects(on_screen(3))
    # Right to left: every line, from its start on the right to its end on the left, is inside
    # the frame, and the status disc beside the line ends (on the left) stays outside it.
    layout = view.block(2).layout()
    origin = text.topLeft()
    for number in range(layout.lineCount()):
        line = layout.lineAt(number).naturalTextRect().translated(origin.x(), origin.y())
        assert box.contains(line.toAlignedRect()), number
    strip = window.review.margins[pane.objectName()].geometry()
    assert strip.center().x() < view.width() / 2  # the line ends' side is the left
    assert box.left() > strip.center().x() + DISC / 2
    assert box.right() < view.viewport().width()
    highlight = frame.palette().color(QPalette.ColorRole.Highlight)
    picture = view.viewport().grab().toImage()
    middle = box.center().y()
    for x in (box.left() + 1, box.right() - 1):
        assert picture.pixelColor(x, middle) == highlight, x
    assert picture.pixelColor(box.center()) != highlight
    # Typing that adds a line grows the frame with the paragraph.
    height = box.height()
    _type(view, " وأضاف المتحدث أن الاجتماع المقبل سيعقد في موسكو في وقت لاحق من هذا العام")
    qtbot.waitUntil(lambda: frame.geometry().height() > height)
    assert frame.geometry().contains(on_screen(2))
    assert not frame.geometry().intersects(on_screen(3))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert _frame(window.right) is None
    picture = window.right.view.viewport().grab().toImage()
    assert picture.pixelColor(box.left() + 1, middle) != highlight


def _screen_top(pane, paragraph: int, window) -> float:
    """Where paragraph ``paragraph``'s text starts on screen, in the window's coordinates."""
    view = pane.view
    return view.viewport_top(window) + view.text_top(paragraph) - view.verticalScrollBar().value()


@pytest.mark.parametrize("grow", [True, False])
def test_the_other_pane_stays_level_as_the_edited_paragraph_grows_or_shrinks(
    qtbot, open_window, folder: Path, grow: bool
) -> None:
    window = _open(qtbot, open_window, folder)
    assert window.compare and window.sync.alignment is not None
    left, right = window.left, window.right
    edited = 2
    after = window.sync.bead_of(1, edited) + 1
    bead = window.sync.alignment.beads[after]
    source, target = bead.source[0], bead.target[0]
    right.view.setFocus()
    window.review.go_to(right, edited)
    qtbot.wait(50)
    assert abs(_screen_top(left, source, window) - _screen_top(right, target, window)) <= 2
    before = right.view.paragraph_rect(edited, edited).height()
    qtbot.keyClick(right.view, Qt.Key.Key_F2)
    if grow:
        _type(right.view, " وأضاف المتحدث أن الاجتماع المقبل سيعقد في موسكو في وقت لاحق")
    else:
        for _key in range(90):
            qtbot.keyClick(right.view, Qt.Key.Key_Backspace)
    height = right.view.paragraph_rect(edited, edited).height()
    assert (height > before + 10) if grow else (height < before - 10), (before, height)
    qtbot.waitUntil(
        lambda: abs(_screen_top(left, source, window) - _screen_top(right, target, window)) <= 2,
        timeout=3000,
    )
    # and so is every row below, down to the last, and both scroll alike
    last = window.sync.alignment.beads[-1]
    qtbot.wait(50)
    assert (
        abs(_screen_top(left, last.source[0], window) - _screen_top(right, last.target[0], window))
        <= 2
    )
    for bar in (left.view.verticalScrollBar(), right.view.verticalScrollBar()):
        assert bar.maximum() == left.view.verticalScrollBar().maximum()
    # The few paddings changed are those levelling the whole article again would give.
    local = [left.view.paddings(), right.view.paddings()]
    window.sync.relayout()
    for view, paddings in zip((left.view, right.view), local, strict=True):
        whole = view.paddings()
        assert whole.keys() == paddings.keys()
        assert all(abs(whole[i] - paddings[i]) < 0.5 for i in whole)

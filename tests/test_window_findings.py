"""The banner counts the fidelity findings of the version on screen and steps through them."""

from __future__ import annotations

import os

import pytest

from PySide6.QtCore import Qt

from reader.core.errors import ReaderError
from reader.core.model import VersionKey
from reader.ui.jobs import ProcessJobs
from reader.ui.main_window import CHECKS, CHECKS_ALONE, MainWindow
from tests.fake_jobs import FakeJobs


@pytest.fixture
def window(qtbot, open_window) -> MainWindow:
    window = open_window(show=False)
    window.resize(1300, 850)
    with qtbot.waitSignal(window.checks_done, timeout=10000):
        window.show()
    return window


def test_banner_says_the_checks_are_running_until_they_report(qtbot, open_window) -> None:
    """From the first paint the banner holds the checks' line, so the text moves down by less
    (here one line instead of two) when the findings arrive, and both texts move together."""
    window = open_window(show=False)
    window.resize(1300, 850)
    at_paint: list[str] = []
    window.text_painted.connect(lambda: at_paint.append(window.right.banner.findings.text()))
    level: list[bool] = []
    window.checks_done.connect(
        lambda _: level.append(
            window.left.view.viewport_top(window) == window.right.view.viewport_top(window)
        )
    )
    with qtbot.waitSignal(window.checks_done, timeout=10000):
        window.show()
    assert at_paint == ["Checking this version against the Indonesian source\u2026"]
    assert window.right.banner.findings.isVisible()
    assert window.right.banner.findings.text().startswith("Checks against the source found 3")
    assert level == [True]  # levelled before the next paint, not a frame later


def test_banner_counts_the_seed_findings(window: MainWindow) -> None:
    banner = window.right.banner
    text = banner.findings.text()
    assert text.startswith("Checks against the source found 3 possible problems")
    assert "1 untranslated word" in text and "1 repeated phrase" in text
    assert banner.next_finding.isVisible() and banner.previous_finding.isVisible()


def test_findings_are_marked_on_whole_words_with_source_evidence(window: MainWindow) -> None:
    view = window.right.view
    caption = window.right.version.paragraphs[1].text
    marks = [h for h in view.highlights() if h.kind == "finding"]
    assert "برساما" in [caption[h.start : h.end] for h in marks if h.paragraph == 1]
    untranslated = next(h for h in marks if h.paragraph == 1)
    assert "bersama" in untranslated.tip
    # The tool tip over the word says so.
    cursor_rect = view.cursorRect(_cursor_at(view, 1, untranslated.start + 2))
    assert "bersama" in view.tip_at(cursor_rect.center())


def _cursor_at(view, paragraph: int, offset: int):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document_position(paragraph, offset))
    return cursor


def test_stepping_through_findings(window: MainWindow, qtbot) -> None:
    banner = window.right.banner
    qtbot.mouseClick(banner.next_finding, Qt.MouseButton.LeftButton)
    assert banner.finding.text().startswith("1 of 3: untranslated word")
    current = [h for h in window.right.view.highlights() if h.kind == "finding-current"]
    assert [h.paragraph for h in current] == [1]
    banner.finding_step.emit(-1)
    assert banner.finding.text().startswith("3 of 3: repeated phrase")


def test_the_first_step_brings_its_finding_to_the_top(window: MainWindow, qtbot) -> None:
    """The first ▸ scrolls to its finding, as every later one does (and the other pane follows)."""
    view = window.right.view
    for expected in (1, 2, 3, 1):
        qtbot.mouseClick(window.right.banner.next_finding, Qt.MouseButton.LeftButton)
        qtbot.wait(10)
        top = view.text_top(expected) - view.verticalScrollBar().value()
        assert abs(top) <= view.viewport().height() // 4, (expected, top)  # at the top
        assert view.verticalScrollBar().value() > 0


def test_f8_steps_through_the_findings_from_a_menu(window: MainWindow, qtbot) -> None:
    """Go › Next Finding (F8) and Previous Finding (Shift+F8), whichever pane has the focus."""
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    assert window.next_finding_action in go.actions()
    assert window.next_finding_action.shortcut().toString() == "F8"
    assert window.previous_finding_action.shortcut().toString() == "Shift+F8"
    window.left.view.setFocus()  # the source has no findings: the translation's are stepped
    qtbot.keyClick(window.left.view, Qt.Key.Key_F8)
    assert window.right.banner.finding.text().startswith("1 of 3: untranslated word")
    qtbot.keyClick(window.left.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.right.banner.finding.text().startswith("3 of 3: repeated phrase")


def test_f8_with_nothing_to_go_to_says_so(window: MainWindow, qtbot) -> None:
    window.show_in(window.right, VersionKey("ar", 2))  # post-edited: nothing found
    window.set_compare(False)
    qtbot.keyClick(window.right.view, Qt.Key.Key_F8)
    assert window.statusBar().currentMessage() == "No findings to go to in the versions on screen."


def test_step_arrows_are_large_and_point_the_reading_way(window: MainWindow) -> None:
    """Touch-sized buttons; "next" points right, and left in a right-to-left interface."""
    from PySide6.QtCore import QSize

    banner = window.right.banner

    def points_right(button) -> bool:
        image = button.icon().pixmap(QSize(16, 16)).toImage()
        ink = [
            x
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 128
        ]
        return sum(ink) / len(ink) < image.width() / 2  # the wide base on the left: points right

    for button in (banner.next_finding, banner.previous_finding):
        assert min(button.width(), button.height()) >= 28
    assert points_right(banner.next_finding) and not points_right(banner.previous_finding)
    banner.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    banner.layout().activate()
    assert not points_right(banner.next_finding) and points_right(banner.previous_finding)
    assert banner.next_finding.x() < banner.previous_finding.x()  # next on the reading side


def test_no_findings_on_the_post_edited_revision(window: MainWindow) -> None:
    window.show_in(window.right, VersionKey("ar", 2))
    assert window.right.banner.findings.text() == "Checks against the source flagged nothing."
    assert not window.right.banner.next_finding.isVisible()
    assert not [h for h in window.right.view.highlights() if h.kind == "finding"]


def test_source_has_no_findings(window: MainWindow) -> None:
    assert window.left.findings == []
    assert window.left.banner.findings.text() == ""


def test_while_the_checks_run_the_banner_says_so_and_the_window_answers(qtbot, open_window) -> None:
    jobs = FakeJobs(hold=True)  # the checks run until the test ends them
    window = open_window(jobs=jobs)
    qtbot.waitUntil(lambda: bool(jobs.started))
    assert [job.work for job in jobs.started] == [CHECKS]
    assert window.right.banner.findings.text() == (
        "Checking this version against the Indonesian source\u2026"
    )
    # While the checks run, the window still takes commands.
    size = window.font_size
    window.zoom_in_action.trigger()
    assert window.font_size > size
    with qtbot.waitSignal(window.checks_done, timeout=5000) as signal:
        jobs.started[0].run()
    assert sum(len(findings) for findings in signal.args[0].values()) == 3
    assert window.right.banner.findings.text().startswith("Checks against the source found 3")


def test_findings_of_an_article_no_longer_shown_are_dropped(qtbot, open_window, seed) -> None:
    jobs = FakeJobs(hold=True)
    window = open_window(jobs=jobs)
    qtbot.waitUntil(lambda: bool(jobs.started))
    sample_checks = jobs.started[0]
    window.open_paths([seed])  # the seed alone: the checks that need no source start instead
    qtbot.waitUntil(lambda: len(jobs.started) == 2)
    assert sample_checks.cancelled and jobs.started[1].work == CHECKS_ALONE
    with qtbot.assertNotEmitted(window.checks_done, wait=100):
        sample_checks.run()  # the sample's findings, had the job gone on ...
    assert window.right.findings == []  # ... do not land on the seed alone
    assert window.right.banner.findings.text() == ""


def test_checks_that_fail_say_so_and_leave_the_text(qtbot, open_window) -> None:
    def failing_check(article):
        raise ReaderError("the source is too damaged")

    window = open_window(show=False, jobs=FakeJobs({CHECKS: failing_check}))
    with qtbot.waitSignal(window.checks_done, timeout=5000) as signal:
        window.show()
    assert signal.args == [{}]
    assert "Fidelity checks could not run: the source is too damaged" in (
        window.statusBar().currentMessage()
    )
    banner = window.right.banner.findings
    assert banner.text() == "The checks against the Indonesian source could not run."
    assert window.right.view.toPlainText()


def test_an_article_without_its_source_gets_the_checks_that_need_none(
    qtbot, open_window, seed
) -> None:
    """The seed alone: repetition, Latin left untranslated, words run together and bidi controls
    are checked without the source; the banner says what they found and that the rest (numbers,
    names, missing text) needs the Indonesian source."""
    window = open_window([seed], show=False)
    with qtbot.waitSignal(window.checks_done, timeout=10000) as signal:
        window.show()
    (findings,) = signal.args[0].values()
    assert findings and {f.check for f in findings} <= {
        "repetition",
        "untranslated",
        "run-together",
        "bidi-control",
    }
    line = window.right.banner.findings.text()
    assert line.startswith("Checks that need no source found")
    assert line.endswith("Numbers, names and missing or added text need the Indonesian source.")
    assert window.right.banner.findings.isVisible()
    assert window.statusBar().currentMessage() == ""


def test_checks_run_when_no_text_can_be_shown(
    qtbot, open_window, monkeypatch, tmp_path, sample
) -> None:
    """A text no font covers shows a notice above it; the checks still run."""
    import shutil

    from reader.ui import fonts

    for name in ("id.txt", "zh.txt"):
        shutil.copy(sample / name, tmp_path / name)
    monkeypatch.setattr(fonts, "_system_families", lambda script: [])  # no CJK font at all
    window = open_window([tmp_path / "id.txt", tmp_path / "zh.txt"], show=False)
    window.set_compare(False)
    with qtbot.waitSignal(window.checks_done, timeout=5000):
        window.show()
    assert window.right.font_notice.isVisibleTo(window.right)


def test_checks_run_in_a_worker_process_that_ends_with_the_window(
    qtbot, open_window, children
) -> None:
    """The checks get their own process (no contest with the window for Python's lock); closing
    the window while they run ends that process, and no other process is left behind."""
    window = open_window(show=False, jobs=ProcessJobs())
    with qtbot.waitSignal(window.checks_done, timeout=20000) as signal:
        window.show()
    assert sum(len(findings) for findings in signal.args[0].values()) == 3  # the seed's
    assert children() == set()  # the worker has ended, and nothing else was started
    window.open_paths([window._paths[0]])  # again: a new run starts after the next paint
    qtbot.waitUntil(lambda: window._checks_job is not None, timeout=5000)
    worker = window._checks_job.pid
    assert worker is not None and worker != os.getpid() and children() == {worker}
    window.close()
    assert children() == set()


class Redirected:
    """Real worker processes that are given other work than the window asks for."""

    def __init__(self, work: str, args: tuple) -> None:
        self.work, self.args = work, args

    def start(self, work, args=(), *, parent=None, progress=False):
        return ProcessJobs().start(self.work, self.args, parent=parent)


@pytest.mark.parametrize(
    ("work", "args", "said"),
    [
        ("os:abort", (), "the worker process crashed (SIGABRT)"),
        ("os:write", (1, b"no frames here"), "the worker's answer could not be read"),
    ],
)
def test_a_worker_that_dies_or_answers_garbage_is_reported(
    qtbot, open_window, children, work, args, said
) -> None:
    window = open_window(show=False, jobs=Redirected(work, args))
    with qtbot.waitSignal(window.checks_done, timeout=20000) as signal:
        window.show()
    assert signal.args == [{}]
    assert window.statusBar().currentMessage().startswith(f"Fidelity checks could not run: {said}")
    assert window.right.banner.findings.text() == (
        "The checks against the Indonesian source could not run."
    )
    assert children() == set()


def test_marks_on_screen_cover_exactly_the_words_found(window: MainWindow) -> None:
    """What the view underlines is the finding's word, whole, in the text on screen."""
    view = window.right.view
    marked = sorted(s.cursor.selectedText() for s in view.extraSelections())
    assert "برساما" in marked and "رويترز" in marked
    caption = window.right.version.paragraphs[1].text
    found = [h for h in view.highlights() if h.kind == "finding" and h.paragraph == 1]
    assert [caption[h.start : h.end] for h in found] == ["برساما"]


GUI_PROCESS_PROBE = """
import sys, tempfile
from pathlib import Path
from reader.cli import sample_path
from reader.core.ingest.loading import load
from reader.ui.app import application, open_window
from reader.ui.context import AppContext

app = application()
window = open_window(AppContext(Path(tempfile.mkdtemp())), load([sample_path()]))
found, at_paint = [], []
window.text_painted.connect(lambda: at_paint.append("reader.ui.jobs" in sys.modules))
window.checks_done.connect(lambda findings: (found.append(findings), app.quit()))
app.exec()
count = sum(len(f) for f in found[0].values())
print(count, at_paint, sorted(m for m in sys.modules if m.startswith("reader.core.checks")))
"""


def test_the_window_process_never_loads_the_checks() -> None:
    """The checks' code (55 ms of imports) is loaded by the worker alone, so the window's thread
    stays free right after its first paint; the findings still arrive. The means of running it
    (reader.ui.jobs, QProcess) load after the first paint too."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", GUI_PROCESS_PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    # The seed's three findings, jobs not loaded at the first paint, and of the checks'
    # modules only the one that defines them.
    assert done.stdout.split(maxsplit=2) == [
        "3",
        "[False]",
        "['reader.core.checks', 'reader.core.checks.model']\n",
    ]

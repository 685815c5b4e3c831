"""The banner counts the fidelity findings of the version on screen and steps through them."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from reader.core.model import VersionKey
from reader.ui import main_window
from reader.ui.main_window import MainWindow


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


def test_no_findings_on_the_post_edited_revision(window: MainWindow) -> None:
    window.show_in(window.right, VersionKey("ar", 2))
    assert window.right.banner.findings.text() == "Checks against the source flagged nothing."
    assert not window.right.banner.next_finding.isVisible()
    assert not [h for h in window.right.view.highlights() if h.kind == "finding"]


def test_source_has_no_findings(window: MainWindow) -> None:
    assert window.left.findings == []
    assert window.left.banner.findings.text() == ""


def test_checks_run_off_the_gui_thread_and_the_window_answers_meanwhile(
    qtbot, open_window, monkeypatch
) -> None:
    import threading

    import reader.core.checks.run

    release, seen = threading.Event(), []

    def slow_check(article):
        seen.append(threading.current_thread())
        release.wait(10)
        return {}

    monkeypatch.setattr(reader.core.checks.run, "check_article", slow_check)
    monkeypatch.setattr(main_window, "CHECKS_IN_PROCESS", False)  # a thread sees the stand-in
    window = open_window()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] is not threading.main_thread()
    # While the checks run, the window still takes commands.
    size = window.font_size
    window.zoom_in_action.trigger()
    assert window.font_size > size
    with qtbot.waitSignal(window.checks_done, timeout=5000) as signal:
        release.set()
    assert signal.args == [{}]


def test_findings_of_an_article_no_longer_shown_are_dropped(
    qtbot, open_window, monkeypatch, seed
) -> None:
    import threading

    import reader.core.checks.run
    from reader.core.checks.run import check_article as real_check

    started, gate, finished = threading.Event(), threading.Event(), threading.Event()

    def gated_check(article):
        if len(article.versions) == 1:
            return real_check(article)
        started.set()
        gate.wait(10)  # the sample: hold its findings back
        try:
            return real_check(article)
        finally:
            finished.set()

    monkeypatch.setattr(reader.core.checks.run, "check_article", gated_check)
    monkeypatch.setattr(main_window, "CHECKS_IN_PROCESS", False)
    window = open_window()
    qtbot.waitUntil(started.is_set, timeout=10000)
    with qtbot.waitSignal(window.checks_done, timeout=10000) as signal:
        window.open_paths([seed])  # the seed alone: nothing to check against
    assert signal.args == [{}]
    gate.set()  # the sample's findings arrive late ...
    qtbot.waitUntil(finished.is_set, timeout=10000)
    qtbot.wait(200)
    assert window.right.findings == []  # ... and do not land on the seed alone
    assert window.right.banner.findings.text() == ""


def test_checks_that_fail_say_so_and_leave_the_text(qtbot, open_window, monkeypatch) -> None:
    import reader.core.checks.run
    from reader.core.errors import ReaderError

    def failing_check(article):
        raise ReaderError("the source is too damaged")

    monkeypatch.setattr(reader.core.checks.run, "check_article", failing_check)
    monkeypatch.setattr(main_window, "CHECKS_IN_PROCESS", False)
    window = open_window(show=False)
    with qtbot.waitSignal(window.checks_done, timeout=5000) as signal:
        window.show()
    assert signal.args == [{}]
    assert "Fidelity checks could not run: the source is too damaged" in (
        window.statusBar().currentMessage()
    )
    banner = window.right.banner.findings
    assert banner.text() == "The checks against the Indonesian source could not run."
    assert window.right.view.toPlainText()


def test_an_article_without_its_source_is_not_checked(qtbot, open_window, seed) -> None:
    """The seed alone: nothing to check against, which the banner already says; no checks
    run, no "Checking" line and no failure in the status bar."""
    window = open_window([seed], show=False)
    with qtbot.waitSignal(window.checks_done, timeout=5000) as signal:
        window.show()
    assert signal.args == [{}] and window._checks_job is None
    assert window.right.banner.findings.text() == ""
    assert not window.right.banner.findings.isVisible()
    assert window.statusBar().currentMessage() == ""


def test_checks_run_when_no_text_can_be_shown(
    qtbot, open_window, monkeypatch, tmp_path, sample
) -> None:
    """A text no font covers shows a notice, not its text; the checks still run."""
    import shutil

    from reader.ui import fonts

    for name in ("id.txt", "zh.txt"):
        shutil.copy(sample / name, tmp_path / name)
    monkeypatch.setattr(fonts, "_system_families", lambda script: [])  # no CJK font at all
    window = open_window([tmp_path / "id.txt", tmp_path / "zh.txt"], show=False)
    window.set_compare(False)
    with qtbot.waitSignal(window.checks_done, timeout=5000):
        window.show()
    assert window.right.stack.currentWidget() is window.right.font_notice


def test_checks_run_in_a_worker_process_that_ends_with_the_window(qtbot, open_window) -> None:
    """The checks get their own process (no contest with the window for Python's lock); closing
    the window while they run ends that process, and no other process is left behind."""
    import os

    def children() -> set[int]:
        tasks = f"/proc/{os.getpid()}/task/{os.getpid()}/children"
        with open(tasks, encoding="ascii") as listing:
            return {int(pid) for pid in listing.read().split()}

    window = open_window(show=False)
    with qtbot.waitSignal(window.checks_done, timeout=20000) as signal:
        window.show()
    assert sum(len(findings) for findings in signal.args[0].values()) == 3  # the seed's
    assert children() == set()  # the worker has ended, and nothing else was started
    window.open_paths([window._paths[0]])  # again: a new run starts after the next paint
    qtbot.waitUntil(lambda: window._checks_job is not None, timeout=5000)
    worker = window._checks_job.pid
    assert worker is not None and children() == {worker}
    window.close()
    assert children() == set()


def test_a_worker_process_that_dies_is_reported(qtbot, qapp) -> None:
    """A worker that ends without answering (killed, crashed) is reported, not waited for."""
    import os
    import signal

    from PySide6.QtCore import QObject

    from reader.ui.background import WorkStopped, run_in_process

    owner = QObject()
    outcomes: list[object] = []
    run_in_process(owner, "os:getpid", (), outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=20000)
    assert isinstance(outcomes[0], int) and outcomes[0] != os.getpid()  # another process
    run_in_process(owner, "os:abort", (), outcomes.append)  # dies without a word
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=20000)
    assert isinstance(outcomes[1], WorkStopped)
    assert f"exit code {-signal.SIGABRT}" in str(outcomes[1])


def test_a_worker_gets_large_arguments_and_can_be_stopped_while_reading_them(qtbot) -> None:
    """Arguments travel on a pipe of their own, fed by a thread (bench/checks_ui.py: starting
    the checks on a 2 MB article held the window 170 ms before, 22 ms now). They arrive whole,
    and a job cancelled before its worker read them ends quietly."""
    import threading

    from PySide6.QtCore import QObject

    from reader.ui.background import run_in_process

    owner = QObject()
    outcomes: list[object] = []
    big = "ب" * 4_000_000  # 8 MB in UTF-8, far beyond a pipe's buffer
    run_in_process(owner, "builtins:len", (big,), outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=30000)
    assert outcomes == [4_000_000]

    errors: list[BaseException] = []
    threading.excepthook = lambda hook: errors.append(hook.exc_value)
    try:
        job = run_in_process(owner, "builtins:len", (big,), outcomes.append)
        job.cancel()
        feeders = [t for t in threading.enumerate() if t.name == "reader-feed"]
        for feeder in feeders:
            feeder.join(timeout=30)
        assert not any(t.is_alive() for t in feeders)
    finally:
        threading.excepthook = threading.__excepthook__
    qtbot.wait(100)
    assert outcomes == [4_000_000] and not errors


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
found = []
window.checks_done.connect(lambda findings: (found.append(findings), app.quit()))
app.exec()
count = sum(len(f) for f in found[0].values())
print(count, sorted(m for m in sys.modules if m.startswith("reader.core.checks")))
"""


def test_the_window_process_never_loads_the_checks() -> None:
    """The checks' code (55 ms of imports) is loaded by the worker alone, so the window's thread
    stays free right after its first paint; the findings still arrive."""
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
    # The seed's three findings, and of the checks' modules only the one that defines them.
    assert done.stdout.split(maxsplit=1) == [
        "3",
        "['reader.core.checks', 'reader.core.checks.model']\n",
    ]

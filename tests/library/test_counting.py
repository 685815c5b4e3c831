"""The Library dock counts the articles' findings in a worker process of its own: real article
folders, the real worker (``reader.worker``), no fakes. The counts are those the index makes
itself; a worker killed or silent is noted and the rest still counted; closing the dock or the
window ends the worker."""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.library.catalog import ArticleEntry
from reader.core.library.index import LibraryIndex
from reader.ui.library.articles import ENTRY_ROLE
from reader.ui.library.dock import LibraryDock
from reader.ui.library.searcher import ARTICLE_LIMIT_S
from tests.conftest import SAMPLE

WAIT_MS = 120_000  # a worker's start and a few articles' checks, on a busy machine


@pytest.fixture
def samples(library: Path) -> Path:
    """The two-article library, and four more copies of the sample: enough work that the
    worker is still counting a moment after the first count comes in."""
    for number in range(4):
        shutil.copytree(SAMPLE, library / f"copy-{number}")
    return library


@pytest.fixture
def make_dock(qtbot, samples: Path, tmp_path: Path) -> Callable[..., LibraryDock]:
    """Makes a dock on the six articles, with an index of its own. Its searching thread is
    stopped before the dock is closed, whether the test passed or failed: a QThread destroyed
    while it runs aborts the whole test process."""

    def make(article_limit_s: int = ARTICLE_LIMIT_S) -> LibraryDock:
        made = LibraryDock(
            samples, index_path=tmp_path / "index.sqlite", article_limit_s=article_limit_s
        )
        qtbot.addWidget(made, before_close_func=LibraryDock.stop)
        return made

    return make


@pytest.fixture
def dock(make_dock: Callable[..., LibraryDock]) -> LibraryDock:
    made = make_dock()
    made.show()
    return made


def entries(dock: LibraryDock) -> dict[str, ArticleEntry]:
    model = dock.articles
    return {
        entry.folder.name: entry
        for entry in (model.index(row, 0).data(ENTRY_ROLE) for row in range(model.rowCount()))
    }


def uncounted(dock: LibraryDock) -> set[str]:
    return {name for name, entry in entries(dock).items() if entry.findings is None}


def gone(pid: int) -> bool:
    """The process has ended and been reaped (no zombie left either)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def worker_of(dock: LibraryDock, qtbot) -> int:
    """The counting worker's process, once it runs: another process than this one, running
    ``reader.worker``."""
    qtbot.waitUntil(lambda: dock.search.counter_pid is not None, timeout=WAIT_MS)
    pid = dock.search.counter_pid
    assert pid is not None and pid != os.getpid()
    # Once it has replaced the copy of this process it was forked from.
    qtbot.waitUntil(
        lambda: b"reader.worker" in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0"),
        timeout=5000,
    )
    return pid


def test_the_counts_are_made_in_a_worker_and_are_those_the_index_makes(
    dock: LibraryDock, qtbot, samples: Path, tmp_path: Path
) -> None:
    pid = worker_of(dock, qtbot)
    if hasattr(os, "getpriority"):  # background work: the window comes first
        assert os.getpriority(os.PRIO_PROCESS, pid) >= 10
    qtbot.waitUntil(lambda: len(entries(dock)) == 6 and not uncounted(dock), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dock.articles_status.text() == "6 articles.", timeout=WAIT_MS)
    # Done, the worker ends.
    qtbot.waitUntil(lambda: dock.search.counter_pid is None and gone(pid), timeout=5000)
    # The same counts as the index checking the articles itself, in this process.
    with LibraryIndex(samples, tmp_path / "own-index.sqlite") as index:
        index.refresh()
        for folder in index.unchecked():
            assert index.check(folder)
        expected = {entry.folder.name: entry for entry in index.catalog().articles}
    assert entries(dock) == expected
    assert entries(dock)["jakarta"].findings == 0


def test_a_worker_killed_midway_is_noted_and_the_rest_are_counted(dock: LibraryDock, qtbot) -> None:
    pid = worker_of(dock, qtbot)
    qtbot.waitUntil(lambda: len(entries(dock)) == 6 and len(uncounted(dock)) < 6, timeout=WAIT_MS)
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: "could not be counted" in dock.articles_status.text(), timeout=WAIT_MS)
    # The article the worker was on is skipped; a new worker counts the others.
    qtbot.waitUntil(lambda: "Checking" not in dock.articles_status.text(), timeout=WAIT_MS)
    skipped = uncounted(dock)
    assert len(skipped) <= 1  # none if it had answered for them all before it was killed
    status = dock.articles_status.text()
    assert status.startswith(
        f"6 articles. {len(skipped)} article could not be checked. The findings of "
        if skipped
        else "6 articles. The findings of "
    )
    assert "the worker process crashed (SIGKILL)" in status
    for name in skipped:
        assert f"The findings of {name} could not be counted" in status
        assert dock.articles.failure(entries(dock)[name].folder) is not None
    assert gone(pid)
    qtbot.waitUntil(lambda: dock.search.counter_pid is None, timeout=5000)  # the new one too


def test_a_silent_worker_is_given_up_on_and_counting_stops_cleanly(
    make_dock: Callable[..., LibraryDock], qtbot
) -> None:
    # Less than a worker takes to start: each one is taken for hung on its first article.
    dock = make_dock(article_limit_s=0)
    # The status line as each note on counting is shown (the dock's own slot runs first).
    shown: list[str] = []
    dock.search.count_failed.connect(lambda _note: shown.append(dock.articles_status.text()))
    dock.show()
    qtbot.waitUntil(lambda: any("stopped" in status for status in shown), timeout=WAIT_MS)
    status = shown[-1]
    assert status.endswith("Counting the findings stopped: the checks said nothing for 0 seconds.")
    assert status.count("could not be counted: the checks said nothing") == 2
    assert "Checking" not in status
    assert dock.search.counter_pid is None
    assert len(uncounted(dock)) == 6  # nothing counted, nothing kept that was not checked


def test_closing_the_dock_ends_the_worker_and_showing_it_goes_on(dock: LibraryDock, qtbot) -> None:
    pid = worker_of(dock, qtbot)
    dock.close()
    qtbot.waitUntil(lambda: gone(pid) and dock.search.counter_pid is None, timeout=5000)
    assert uncounted(dock)  # closed at once: the worker had not even started counting
    dock.show()
    qtbot.waitUntil(lambda: len(entries(dock)) == 6 and not uncounted(dock), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dock.articles_status.text() == "6 articles.", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dock.search.counter_pid is None, timeout=5000)


def test_closing_the_window_ends_the_worker(
    open_window, qtbot, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_LIBRARY", str(samples))
    window = open_window()
    window.library_action.trigger()
    pid = worker_of(window.library_dock(), qtbot)
    window.close()
    assert gone(pid)  # at once: the window waits for it to end

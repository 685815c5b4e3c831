"""An article the checks cannot check is shown as such in the Library dock, with why, and kept
so in the index until its files or the checks change: real folders, the real worker process,
real SQLite files."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from reader.core.library.catalog import ArticleEntry
from reader.core.library.index import SCHEMA, LibraryIndex
from reader.ui.library.articles import (
    FINDINGS,
    REASON_LENGTH,
    REVIEWED,
    TITLE,
    ArticlesModel,
    Unchecked,
)
from reader.ui.library.dock import LibraryDock
from reader.ui.library.searcher import ARTICLE_LIMIT_S
from tests.library.test_counting import WAIT_MS, entries, gone, uncounted, worker_of

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def shown(tooltip: object) -> str:
    """What a tooltip shows: Qt renders it as rich text (the model marks it so, whatever it
    holds), read back as the text a user sees, line by line."""
    document = QTextDocument()
    document.setHtml(str(tooltip))
    return document.toPlainText().replace("\u2028", "\n")


def break_in_place(manifest: Path) -> None:
    """Write the manifest over with TOML that does not parse, of the same size and with the
    same modification time: the index sees the files it read, unchanged (as a file written
    over in place and its time kept, by a sync tool or a restore, shows), but the folder no
    longer loads when the checks read it."""
    data = manifest.read_bytes()
    status = manifest.stat()
    broken = data.replace(b'source = "', b"source = =", 1)
    assert broken != data and len(broken) == len(data)
    manifest.write_bytes(broken)
    os.utime(manifest, ns=(status.st_atime_ns, status.st_mtime_ns))


def findings_cell(dock: LibraryDock, name: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    model = dock.articles
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1).folder.name == name:
            return model.index(row, FINDINGS).data(role)
    raise AssertionError(name)


@pytest.fixture
def index_path(library: Path, tmp_path: Path) -> Path:
    """The library indexed while every folder loads; then the sample's manifest broken in
    place."""
    path = tmp_path / "index.sqlite"
    with LibraryIndex(library, path) as index:
        index.refresh()
    break_in_place(library / "putin-kim" / "article.toml")
    return path


def open_dock(
    qtbot, library: Path, index_path: Path, article_limit_s: int = ARTICLE_LIMIT_S
) -> LibraryDock:
    dock = LibraryDock(library, index_path=index_path, article_limit_s=article_limit_s)
    qtbot.addWidget(dock, before_close_func=LibraryDock.stop)  # a running QThread aborts
    dock.show()
    return dock


def test_an_article_that_cannot_be_checked_says_so_and_is_not_checked_again_until_fixed(
    qtbot, library: Path, index_path: Path
) -> None:
    dock = open_dock(qtbot, library, index_path)
    qtbot.waitUntil(
        lambda: dock.articles_status.text() == "2 articles. 1 article could not be checked.",
        timeout=WAIT_MS,
    )
    assert findings_cell(dock, "putin-kim") == "Could not check"
    # The column widened for the label: it does not wrap.
    assert dock.table.columnWidth(FINDINGS) >= dock.table.sizeHintForColumn(FINDINGS)
    tooltip = findings_cell(dock, "putin-kim", TOOLTIP)
    first, reason = shown(tooltip).split("\n")
    assert first == (
        "The fidelity checks could not check this article; they will try again once its files "
        "change:"
    )
    assert reason.startswith(f"{library / 'putin-kim' / 'article.toml'}: is not valid TOML: ")
    assert findings_cell(dock, "jakarta") == "0"  # the other one is counted as ever
    dock.stop()

    # Read again, its files unchanged: shown as before from the index, and not checked again.
    with LibraryIndex(library, index_path) as index:
        index.refresh()
        assert index.unchecked() == []
        assert index.failures() == {library / "putin-kim": reason}
    again = open_dock(qtbot, library, index_path)
    qtbot.waitUntil(lambda: findings_cell(again, "putin-kim") == "Could not check", timeout=WAIT_MS)
    assert findings_cell(again, "putin-kim", TOOLTIP) == tooltip
    qtbot.wait(500)  # time enough for a worker to have been started, were one to be
    assert again.search.counter_pid is None
    assert again.articles_status.text() == "2 articles. 1 article could not be checked."

    # Fixed (written anew), it is counted as any other.
    (library / "putin-kim" / "article.toml").write_bytes(
        (library / "putin-kim" / "article.toml").read_bytes().replace(b"source = =", b'source = "')
    )
    again.refresh()
    qtbot.waitUntil(lambda: not uncounted(again), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: again.articles_status.text() == "2 articles.", timeout=WAIT_MS)
    assert findings_cell(again, "putin-kim") == str(entries(again)["putin-kim"].findings)
    assert "could not check" not in shown(findings_cell(again, "putin-kim", TOOLTIP))
    again.stop()
    with LibraryIndex(library, index_path) as index:
        assert index.failures() == {}


def test_an_article_the_worker_crashed_on_is_shown_as_stopped(
    qtbot, library: Path, tmp_path: Path
) -> None:
    dock = open_dock(qtbot, library, tmp_path / "index.sqlite", article_limit_s=3600)
    pid = worker_of(dock, qtbot)
    on = sorted(uncounted(dock))  # what it was given, none answered yet
    os.kill(pid, 9)
    qtbot.waitUntil(lambda: "could not be counted" in dock.articles_status.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Checking" not in dock.articles_status.text(), timeout=WAIT_MS)
    stopped = [name for name in on if findings_cell(dock, name) == "Checks stopped"]
    assert gone(pid)
    if not stopped:  # the worker had answered for both before it was killed
        pytest.skip("the worker finished before it was killed")
    (name,) = stopped
    assert shown(findings_cell(dock, name, TOOLTIP)) == (
        "The fidelity checks stopped on this article, which is not counted:\n"
        "the worker process crashed (SIGKILL)"
    )
    assert dock.articles_status.text().startswith("2 articles. 1 article could not be checked.")
    dock.stop()


def test_a_reason_is_shown_as_one_line_of_plain_text() -> None:
    model = ArticlesModel()
    folder = Path("/library/a")
    entry = ArticleEntry(folder, "A", "id", (), "2024-01-01T00:00:00Z")
    model.set_entries([entry])
    model.set_failure(folder, "file \u202eevil.txt\n<b>bold</b>\x1b[2J\tend", Unchecked.FAILED)
    _first, reason = shown(model.index(0, FINDINGS).data(TOOLTIP)).split("\n")
    assert reason == "file \u27e8RLO\u27e9evil.txt <b>bold</b>\\x1b[2J end"
    model.set_failure(folder, "why " * 1000, Unchecked.FAILED)
    reason = shown(model.index(0, FINDINGS).data(TOOLTIP)).split("\n")[1]
    assert len(reason) == REASON_LENGTH and reason.endswith("why…")


def test_every_tooltip_shows_what_the_files_hold_as_written() -> None:
    """A folder's name and a review file's error are the files' words: markup in them is shown,
    not rendered (an ``<img>`` would make the tooltip load a file)."""
    model = ArticlesModel()
    folder = Path("/library/<img src=x>")
    error = 'review.toml: "<img src=x>" is not a paragraph\u202e'
    entry = ArticleEntry(folder, "A", "id", (), "2024-01-01T00:00:00Z", review_error=error)
    model.set_entries([entry])
    assert shown(model.index(0, TITLE).data(TOOLTIP)) == "/library/<img src=x>"
    assert shown(model.index(0, REVIEWED).data(TOOLTIP)).split("\n") == [
        "0 approved and 0 needing work, of 0 paragraphs of the translations",
        'The review file cannot be read: review.toml: "<img src=x>" is not a paragraph\u27e8RLO\u27e9',
    ]


def test_a_folder_that_does_not_load_is_named_as_written_and_forgotten_once_fixed(
    qtbot, library: Path, tmp_path: Path
) -> None:
    hostile = library / "<img src=x>\u202eabc"
    shutil.copytree(library / "jakarta", hostile)
    manifest = hostile / "article.toml"
    manifest.write_text("source = =\n", encoding="utf-8")
    dock = open_dock(qtbot, library, tmp_path / "index.sqlite")
    qtbot.waitUntil(
        lambda: "1 folder does not load" in dock.articles_status.text(), timeout=WAIT_MS
    )
    (line,) = shown(dock.articles_status.toolTip()).split("\n")
    assert line.startswith("<img src=x>\u27e8RLO\u27e9abc: ")  # not an image, not reversed
    assert "is not valid TOML" in line
    shutil.rmtree(hostile)
    dock.refresh()
    qtbot.waitUntil(lambda: "does not load" not in dock.articles_status.text(), timeout=WAIT_MS)
    assert dock.articles_status.toolTip() == ""
    dock.stop()


def test_an_index_of_the_previous_schema_is_migrated_not_rebuilt(
    library: Path, tmp_path: Path
) -> None:
    path = tmp_path / "index.sqlite"
    with LibraryIndex(library, path) as index:
        index.refresh()
        assert index.check(library / "jakarta")
    with sqlite3.connect(path) as db:  # as the previous version made it
        db.execute("ALTER TABLE findings DROP COLUMN reason")
        db.execute("PRAGMA user_version = 4")
    db.close()
    with LibraryIndex(library, path) as index:
        assert index.refresh().read == 0  # nothing read again
        assert index.take_notes() == ()
        assert index.unchecked() == [library / "putin-kim"]  # the findings kept
        assert index.failures() == {}
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (SCHEMA,)
    db.close()

"""The library's index, queried off the GUI thread.

``Searcher`` lives in a thread of its own with an index (an SQLite connection) of its own: a
first build of a large library takes minutes, and a search that aligns the versions of its
hits for the first time takes a noticeable moment. The window asks (``LibrarySearch.ask``) and
is answered by signal; a question overtaken by a newer one before it is reached is dropped, so
that typing never queues searches.

Once the index is up to date, the articles whose findings are not known are checked on the
same thread, the most recently updated first, one at a time between the questions (a check
takes a sixth to a half of a second): the window's checks, made in a process of their own
for the article on screen, are kept too (``record``).

Signals (of ``LibrarySearch``): ``catalog_ready(Catalog)``, ``results_ready(int, Results)`` (the
serial number of the question, the answer), ``failed(int, str)``, ``progress(int, int)``
(folders read, folders to read, while the index is brought up to date), ``entry_ready(
ArticleEntry)`` (an article's findings counted), ``checking(int, int)`` (articles checked,
articles to check).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from reader.core.errors import ReaderError
from reader.core.library.catalog import Catalog
from reader.core.library.hits import Results

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from reader.core.checks.model import Finding
    from reader.core.library.index import LibraryIndex
    from reader.core.model import Article, VersionKey


class Searcher(QObject):
    """The worker: owns the index; every slot runs on the searching thread."""

    catalog_ready = Signal(object)
    results_ready = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, int)
    entry_ready = Signal(object)
    checking = Signal(int, int)

    def __init__(self, library: Path, index_path: Path | None) -> None:
        super().__init__()
        self._library = library
        self._index_path = index_path
        self._index: LibraryIndex | None = None  # opened on the thread, at first use
        self.latest = 0  # the newest serial asked for (written by the GUI thread)
        self._unchecked: list[Path] = []
        self._checked = 0

    def _opened(self) -> LibraryIndex:
        if self._index is None:
            from reader.core.library.index import LibraryIndex

            self._index = LibraryIndex(self._library, self._index_path)
        return self._index

    @Slot()
    def refresh(self) -> None:
        """Bring the index up to date with the folders, then send the catalog."""
        try:
            index = self._opened()
            index.refresh(self.progress.emit)
            self.catalog_ready.emit(index.catalog())
            self._unchecked, self._checked = index.unchecked(), 0
        except ReaderError as error:
            self.failed.emit(0, str(error))
            return
        self._check_later()

    def _check_later(self) -> None:
        """Check the next article once the questions asked meanwhile are answered."""
        if self._unchecked:
            QTimer.singleShot(0, self._check_next)

    @Slot()
    def _check_next(self) -> None:
        if self._index is None or not self._unchecked:
            return  # closed meanwhile
        folder = self._unchecked.pop(0)
        try:
            checked = self._index.check(folder)
        except ReaderError as error:  # the index cannot be written: no use going on
            self._unchecked.clear()
            self.failed.emit(0, str(error))
            return
        except Exception:  # one article the checks fail on must not stop the others
            checked = False  # (opened, the window says what failed)
        self._checked += 1
        if checked:
            self._send_entry(folder)
        self.checking.emit(self._checked, self._checked + len(self._unchecked))
        self._check_later()

    def _send_entry(self, folder: Path) -> None:
        assert self._index is not None
        entry = self._index.entry(folder)
        if entry is not None:
            self.entry_ready.emit(entry)

    @Slot(object, object)
    def record(self, article: Article, found: Mapping[VersionKey, Sequence[Finding]]) -> None:
        """Keep the findings the window's checks made on an article of the library."""
        from reader.core.library.adding import inside

        if article.path is None or not inside(article.path, self._library):
            return
        try:
            index = self._opened()
            index.record_findings(article, found)
        except ReaderError:
            return  # the index will check it itself
        self._unchecked = [f for f in self._unchecked if f.name != article.path.name]
        self._send_entry(self._library / article.path.name)

    @Slot(int, str, str)
    def search(self, serial: int, text: str, language: str) -> None:
        if serial != self.latest:
            return  # overtaken by what was typed since
        try:
            results = self._opened().search(text, language or None, limit=50, prefix=True)
        except ReaderError as error:
            self.failed.emit(serial, str(error))
            return
        self.results_ready.emit(serial, results)

    @Slot()
    def close(self) -> None:
        self._unchecked.clear()
        if self._index is not None:
            self._index.close()
            self._index = None


class LibrarySearch(QObject):
    """The GUI thread's side: starts the searching thread, asks, and stops it (``stop``)."""

    catalog_ready = Signal(object)
    results_ready = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, int)
    entry_ready = Signal(object)
    checking = Signal(int, int)
    _refresh = Signal()
    _search = Signal(int, str, str)
    _record = Signal(object, object)
    _close = Signal()

    def __init__(
        self, library: Path, index_path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._serial = 0
        self._thread = QThread()
        self._thread.setObjectName("library-search")
        self._worker = Searcher(library, index_path)
        self._worker.moveToThread(self._thread)
        self._refresh.connect(self._worker.refresh)
        self._search.connect(self._worker.search)
        self._record.connect(self._worker.record)
        self._close.connect(self._worker.close)
        self._worker.entry_ready.connect(self.entry_ready)
        self._worker.checking.connect(self.checking)
        self._worker.catalog_ready.connect(self.catalog_ready)
        self._worker.results_ready.connect(self._answered)
        self._worker.failed.connect(self.failed)
        self._worker.progress.connect(self.progress)
        self._thread.start()

    def refresh(self) -> None:
        """Bring the index up to date; ``catalog_ready`` follows."""
        self._refresh.emit()

    def ask(self, text: str, language: str = "") -> int:
        """Search for ``text`` (in versions of ``language`` if given); returns the serial
        number ``results_ready`` will carry."""
        self._serial += 1
        self._worker.latest = self._serial
        self._search.emit(self._serial, text, language)
        return self._serial

    def record(self, article: Article, found: Mapping[VersionKey, Sequence[Finding]]) -> None:
        """Keep the findings the window's checks made on ``article`` if it is the library's."""
        self._record.emit(article, found)

    def _answered(self, serial: int, results: Results) -> None:
        if serial == self._serial:  # an older answer is no longer what the field says
            self.results_ready.emit(serial, results)

    def stop(self) -> None:
        """Close the index on its thread and end the thread (waits for a search under way)."""
        if self._thread.isRunning():
            self._close.emit()
            self._thread.quit()
            self._thread.wait()


__all__ = ["Catalog", "LibrarySearch", "Results"]

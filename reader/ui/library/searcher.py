"""The library's index, queried off the GUI thread.

``Searcher`` lives in a thread of its own with an index (an SQLite connection) of its own: a
first build of a large library takes minutes, and a search that aligns the versions of its
hits for the first time takes a noticeable moment. The window asks (``LibrarySearch.ask``) and
is answered by signal; a question overtaken by a newer one before it is reached is dropped, so
that typing never queues searches.

Signals (of ``LibrarySearch``): ``catalog_ready(Catalog)``, ``results_ready(int, Results)`` (the
serial number of the question, the answer), ``failed(int, str)``, ``progress(int, int)``
(folders read, folders to read, while the index is brought up to date).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reader.core.errors import ReaderError
from reader.core.library.catalog import Catalog
from reader.core.library.hits import Results

if TYPE_CHECKING:
    from reader.core.library.index import LibraryIndex


class Searcher(QObject):
    """The worker: owns the index; every slot runs on the searching thread."""

    catalog_ready = Signal(object)
    results_ready = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, int)

    def __init__(self, library: Path, index_path: Path | None) -> None:
        super().__init__()
        self._library = library
        self._index_path = index_path
        self._index: LibraryIndex | None = None  # opened on the thread, at first use
        self.latest = 0  # the newest serial asked for (written by the GUI thread)

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
        except ReaderError as error:
            self.failed.emit(0, str(error))

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
        if self._index is not None:
            self._index.close()
            self._index = None


class LibrarySearch(QObject):
    """The GUI thread's side: starts the searching thread, asks, and stops it (``stop``)."""

    catalog_ready = Signal(object)
    results_ready = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, int)
    _refresh = Signal()
    _search = Signal(int, str, str)
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
        self._close.connect(self._worker.close)
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

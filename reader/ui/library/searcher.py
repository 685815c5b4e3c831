"""The library's index, queried off the GUI thread, and its findings counted in a worker process.

``Searcher`` lives in a thread of its own with an index (an SQLite connection) of its own: a
first build of a large library takes minutes, and a search that aligns the versions of its
hits for the first time takes a noticeable moment. The window asks (``LibrarySearch.ask``) and
is answered by signal; a question overtaken by a newer one before it is reached is dropped, so
that typing never queues searches.

Once the index is up to date, the articles whose findings are not known are checked, the most
recently updated first, in one worker process (``reader.worker`` running
``reader.core.library.status:check_folders``, started through ``reader.ui.jobs``) rather than on
this thread: the checks are Python, a sixth to a half of a second an article, and here they would
hold the interpreter lock against the window (scroll steps of a third of a second and more, issue
14). The worker is started only when there is something to count and ends when all is counted,
when counting is paused (``pause``: the dock closed) and when the index closes. Each article's
findings come back as it is checked and are kept in the index here, as before; so is that the
checks could not check an article (it does not load now, or they raised), with why: it is not
checked again until its files or the checks change (``LibraryIndex.keep_failure``). A worker that
crashes, or says nothing for ``ARTICLE_LIMIT_S``, is noted (``count_failed``) and the article it
was on is skipped, for this reading of the library (a crash may be the machine's, not the
article's): a new worker counts the rest. The window's checks, made in a process of their
own for the article on screen, are kept too (``record``).

Signals (of ``LibrarySearch``): ``catalog_ready(Catalog)``, ``results_ready(int, Results)`` (the
serial number of the question, the answer), ``failed(int, str)``, ``progress(int, int)``
(folders read, folders to read, while the index is brought up to date), ``entry_ready(
ArticleEntry)`` (an article's findings counted), ``checking(int, int)`` (articles checked,
articles to check), ``count_failed(str)`` (why an article could not be counted, or why
counting stopped: a sentence), ``failures_ready(dict[Path, str])`` (after the catalog: the
articles the checks could not check, kept from before, and why), ``check_failed(Path, str, str)``
(an article the checks could not check now: its folder, why, and an ``Unchecked`` kind).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from reader.core.errors import ReaderError
from reader.core.i18n import _, ngettext
from reader.core.library.catalog import Catalog
from reader.core.library.hits import Results
from reader.ui.jobs import Job, Jobs, ProcessJobs
from reader.ui.library.articles import Unchecked

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from reader.core.checks.model import Finding
    from reader.core.library.index import LibraryIndex
    from reader.core.library.status import Checked
    from reader.core.model import Article, VersionKey

COUNT = "reader.core.library.status:check_folders"  # the work the counting worker does
# The longest the worker may say nothing (its start, then one article) before it is taken for
# hung: a large article takes a few seconds on a busy machine; this is far beyond it.
ARTICLE_LIMIT_S = 120
# Workers in a row that fail before counting anything: then counting stops (a worker that
# cannot start, say) instead of skipping the articles one by one.
FRUITLESS_LIMIT = 3
COUNTING_NICENESS = 10  # the counting worker's nice value (0 normal, 19 the lowest priority)


def _yield_to_the_window(pid: int | None) -> None:
    """Lower the counting worker's scheduling priority (``nice`` 10), as desktop indexers run:
    it is background work, and where the processors are busy the window must come first."""
    if pid is None or not hasattr(os, "setpriority"):  # Windows has no nice values
        return
    with contextlib.suppress(OSError):  # gone already, or not allowed: it merely runs as is
        os.setpriority(
            os.PRIO_PROCESS, pid, max(COUNTING_NICENESS, os.getpriority(os.PRIO_PROCESS, 0))
        )


class Searcher(QObject):
    """The searching thread's side: owns the index and the counting worker; every slot runs on
    the searching thread."""

    catalog_ready = Signal(object)
    results_ready = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, int)
    entry_ready = Signal(object)
    checking = Signal(int, int)
    count_failed = Signal(str)
    failures_ready = Signal(object)
    check_failed = Signal(object, str, str)

    def __init__(
        self, library: Path, index_path: Path | None, jobs: Jobs, article_limit_s: int
    ) -> None:
        super().__init__()
        self._library = library
        self._index_path = index_path
        self._jobs = jobs
        self._index: LibraryIndex | None = None  # opened on the thread, at first use
        self.latest = 0  # the newest serial asked for (written by the GUI thread)
        self._unchecked: list[Path] = []
        self._checked = 0
        self._paused = False
        self._job: Job | None = None  # the counting worker, while there is one
        self._sent: list[Path] = []  # what it was given and has not answered yet
        self._prints: dict[Path, str | None] = {}  # their files' fingerprints when given
        self._fruitless = 0  # workers in a row that failed before counting anything
        self._fruitful = False  # the present worker has counted something
        self._silence: QTimer | None = None  # made on the thread, with the first worker
        self.article_limit_s = article_limit_s
        self.counter_pid: int | None = None  # the counting worker's process, while it runs
        self._closed = False  # for good: nothing asked after ``close`` starts anything

    def _opened(self) -> LibraryIndex:
        if self._index is None:
            from reader.core.library.index import LibraryIndex

            self._index = LibraryIndex(self._library, self._index_path)
        return self._index

    @Slot()
    def refresh(self) -> None:
        """Bring the index up to date with the folders, then send the catalog."""
        if self._closed:
            return
        self._stop_counting()  # what it was given is among the unchecked again
        try:
            index = self._opened()
            index.refresh(self.progress.emit)
            self.catalog_ready.emit(index.catalog())
            self.failures_ready.emit(index.failures())
            self._unchecked, self._checked = index.unchecked(), 0
        except ReaderError as error:
            self.failed.emit(0, str(error))
            return
        self._fruitless = 0
        self._count()

    @Slot(bool)
    def pause(self, paused: bool) -> None:
        """Stop counting (its worker ends) while ``paused``; go on with the rest after."""
        self._paused = paused
        if paused:
            self._stop_counting()
        else:
            self._count()

    def _count(self) -> None:
        """Start a worker on the articles still to count, if there are any and none is."""
        if self._job is not None or self._paused or self._index is None or self._closed:
            return
        if not self._unchecked:
            self.checking.emit(self._checked, self._checked)
            return
        self._sent = list(self._unchecked)
        self._prints = {folder: self._index.files_print(folder) for folder in self._sent}
        self._fruitful = False
        self._job = job = self._jobs.start(COUNT, (self._sent,), progress=True)
        job.progress.connect(self._counted)
        job.finished.connect(self._ended)
        job.failed.connect(self._failed)
        if self._silence is None:
            self._silence = QTimer(self)
            self._silence.setSingleShot(True)
            self._silence.timeout.connect(self._hung)
        self._silence.start(self.article_limit_s * 1000)
        _yield_to_the_window(job.pid)
        self.counter_pid = job.pid
        self.checking.emit(self._checked, self._checked + len(self._unchecked))

    @Slot(object)
    def _counted(self, checked: Checked) -> None:
        """One article's findings from the worker, or why it could not be checked: kept in the
        index if its files are still those it was given with."""
        if self._index is None or checked.folder not in self._sent:
            return
        if self._silence is not None:
            self._silence.start()  # the next article's time starts now
        self._fruitful = True
        self._sent.remove(checked.folder)
        before = self._prints.pop(checked.folder, None)
        if checked.folder not in self._unchecked:
            return  # kept meanwhile from the window's own checks
        self._unchecked.remove(checked.folder)
        self._checked += 1
        kept = failed = False
        try:
            if checked.found is not None:
                kept = self._index.keep_checked(*checked.found, before)
            else:
                failed = self._index.keep_failure(checked.folder, checked.error, before)
        except ReaderError as error:  # the index cannot be written: no use going on
            self._stop_counting()
            self._unchecked.clear()
            # Counting ends before the window is told why (as when a worker is given up on):
            # otherwise its status line would keep "Checking…" for the next time it is shown.
            self.checking.emit(self._checked, self._checked)
            self.failed.emit(0, str(error))
            return
        if kept:
            self._send_entry(checked.folder)
        elif failed:
            self.check_failed.emit(checked.folder, checked.error, Unchecked.FAILED)
        self.checking.emit(self._checked, self._checked + len(self._unchecked))

    def _ended(self, _count: object) -> None:
        """The worker counted all it was given; another counts whatever came meanwhile."""
        self._drop_job()
        self._fruitless = 0
        self._count()

    def _failed(self, error: Exception) -> None:
        self._give_up_on_article(str(error))

    def _hung(self) -> None:
        seconds = self.article_limit_s
        self._give_up_on_article(
            ngettext(
                "the checks said nothing for {seconds} second",
                "the checks said nothing for {seconds} seconds",
                seconds,
            ).format(seconds=seconds)
        )

    def _give_up_on_article(self, reason: str) -> None:
        """The worker stopped, or hung, on the first article it had not answered for: end it,
        note the article, and count the rest with a new one."""
        on = self._sent[0] if self._sent else None
        self._stop_counting()
        self._fruitless = 0 if self._fruitful else self._fruitless + 1
        if self._fruitless >= FRUITLESS_LIMIT:
            self._unchecked.clear()
            # Counting ends before it is said to have stopped: the window is told one signal at
            # a time, and in the other order it could show "stopped" beside "Checking…".
            self.checking.emit(self._checked, self._checked)
            self.count_failed.emit(
                _("Counting the findings stopped: {reason}.").format(reason=reason)
            )
            return
        if on is not None and on in self._unchecked:
            self._unchecked.remove(on)
            self._checked += 1
            self.check_failed.emit(on, reason, Unchecked.STOPPED)
            self.count_failed.emit(
                _("The findings of {folder} could not be counted: {reason}.").format(
                    folder=on.name, reason=reason
                )
            )
        QTimer.singleShot(0, self, self._count)  # from the event loop: the old job is gone

    def _stop_counting(self) -> None:
        """End the worker, if there is one; what it had not answered stays to count."""
        if self._job is not None:
            self._job.cancel()
            self._drop_job()

    def _drop_job(self) -> None:
        if self._silence is not None:
            self._silence.stop()
        if self._job is not None:
            self._job.deleteLater()
            self._job = None
        self.counter_pid = None
        self._sent, self._prints = [], {}

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
        if self._job is not None:
            if not any(folder in self._unchecked for folder in self._sent):
                self._stop_counting()  # it has nothing left to count
            self.checking.emit(self._checked, self._checked + len(self._unchecked))

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
        self._closed = True
        self._stop_counting()
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
    count_failed = Signal(str)
    failures_ready = Signal(object)
    check_failed = Signal(object, str, str)
    _refresh = Signal()
    _pause = Signal(bool)
    _search = Signal(int, str, str)
    _record = Signal(object, object)
    _close = Signal()

    def __init__(
        self,
        library: Path,
        index_path: Path | None = None,
        parent: QObject | None = None,
        jobs: Jobs | None = None,
        *,
        article_limit_s: int = ARTICLE_LIMIT_S,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._serial = 0
        self._thread = QThread()
        self._thread.setObjectName("library-search")
        # The limit is given here, before the thread starts: set afterwards from this thread,
        # it could come after the first worker was started with the default.
        self._worker = Searcher(
            library, index_path, jobs if jobs is not None else ProcessJobs(), article_limit_s
        )
        self._worker.moveToThread(self._thread)
        self._refresh.connect(self._worker.refresh)
        self._pause.connect(self._worker.pause)
        self._worker.count_failed.connect(self.count_failed)
        self._worker.failures_ready.connect(self.failures_ready)
        self._worker.check_failed.connect(self.check_failed)
        self._search.connect(self._worker.search)
        self._record.connect(self._worker.record)
        # Blocking: ``stop`` returns once the index is closed and the counting worker ended;
        # queued, the thread's loop could be told to quit before it delivered the close.
        self._close.connect(self._worker.close, Qt.ConnectionType.BlockingQueuedConnection)
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

    def pause(self, paused: bool) -> None:
        """Stop counting the findings (its worker process ends) while ``paused``."""
        self._pause.emit(paused)

    @property
    def counter_pid(self) -> int | None:
        """The process counting the findings, while there is one."""
        return self._worker.counter_pid

    @property
    def article_limit_s(self) -> int:
        """How long the counting worker may say nothing before it is taken for hung."""
        return self._worker.article_limit_s

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

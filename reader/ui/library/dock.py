"""The Library dock: the library's articles (``Ctrl+Shift+L``), and search across every
article and version with results as one types (``Ctrl+Shift+F``).

The findings of the articles are counted in the background by a worker process
(``reader.ui.library.searcher``), which runs while the dock is open and ends when it is closed.

Signals: ``open_requested(Path, str, int)``: open the article folder with the version ``L@REV``
(empty: the article's default) on the right, at paragraph ``int``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.i18n import _, ngettext, sentences
from reader.core.library.catalog import Catalog
from reader.core.library.hits import Hit, Results
from reader.core.text.bidi_controls import revealed_line
from reader.core.text.languages import language_name
from reader.ui.library.articles import (
    ENTRY_ROLE,
    FINDINGS,
    REASON_LENGTH,
    UPDATED,
    ArticlesFilter,
    ArticlesModel,
    Unchecked,
)
from reader.ui.library.hits import HIT_ROLE, HitDelegate, HitsModel
from reader.ui.library.searcher import ARTICLE_LIMIT_S, LibrarySearch
from reader.ui.plain import literal

if TYPE_CHECKING:
    from reader.core.checks.model import Finding
    from reader.core.model import Article, VersionKey
    from reader.ui.jobs import Jobs

TYPING_PAUSE_MS = 120  # a search starts once typing pauses this long
MAX_COLUMN = 260  # pixels: the widest a column of the articles starts


class LibraryDock(QDockWidget):
    """The dock (see the module docstring); ``search`` is its searching thread, whose counting
    worker is taken for hung once it says nothing for ``article_limit_s`` seconds."""

    open_requested = Signal(Path, str, int)

    def __init__(
        self,
        library: Path,
        reading_language: str = "en",
        index_path: Path | None = None,
        parent: QWidget | None = None,
        jobs: Jobs | None = None,
        *,
        article_limit_s: int = ARTICLE_LIMIT_S,
    ) -> None:
        super().__init__(_("Library"), parent)
        self.setObjectName("library-dock")
        self.search = LibrarySearch(
            library, index_path, self, jobs, article_limit_s=article_limit_s
        )
        self.catalog = Catalog(())
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_articles(reading_language), _("Articles"))
        self.tabs.addTab(self._build_search(), _("Search"))
        self.setWidget(self.tabs)
        self.search.catalog_ready.connect(self._show_catalog)
        self.search.results_ready.connect(self._show_results)
        self.search.failed.connect(self._show_failure)
        self.search.progress.connect(self._show_progress)
        self.search.entry_ready.connect(self.articles.update_entry)
        self.search.checking.connect(self._show_checking)
        self.search.count_failed.connect(self._note_count_failure)
        self.search.failures_ready.connect(self._show_failures)
        self.search.check_failed.connect(self._show_check_failure)
        self._summary = ""  # the articles' count, and what the index had to say
        self._count_notes: list[str] = []  # what could not be counted, since the last reading
        self._count_progress = ""  # how far counting is, while it is under way
        self.articles_status.setText(_("Reading the library…"))
        self.search.refresh()

    # -- the articles ----------------------------------------------------------------------

    def _build_articles(self, reading_language: str) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        self.title_filter = QLineEdit()
        self.title_filter.setObjectName("library-title-filter")
        self.title_filter.setPlaceholderText(_("Filter by title"))
        self.title_filter.setClearButtonEnabled(True)
        self.language_filter = QComboBox()
        self.language_filter.setObjectName("library-language-filter")
        self.language_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.machine_filter = QCheckBox(_("Has machine versions"))
        self.machine_filter.setObjectName("library-machine-filter")
        self.findings_filter = QCheckBox(_("Has findings"))
        self.findings_filter.setObjectName("library-findings-filter")
        self.findings_filter.setToolTip(
            _("Articles the fidelity checks found something in, as the accuracy banner counts it")
        )
        self.review_filter = QCheckBox(_("Not reviewed"))
        self.review_filter.setObjectName("library-review-filter")
        self.review_filter.setToolTip(
            _("Articles with paragraphs of a translation still to review")
        )
        row.addWidget(self.title_filter, 1)
        row.addWidget(self.language_filter)
        column.addLayout(row)
        checks = QHBoxLayout()
        for box in (self.machine_filter, self.findings_filter, self.review_filter):
            checks.addWidget(box)
        checks.addStretch(1)
        column.addLayout(checks)
        self.articles = ArticlesModel(reading_language)
        self.articles_filter = ArticlesFilter()
        self.articles_filter.setSourceModel(self.articles)
        self.table = QTableView()
        self.table.setObjectName("library-articles")
        self.table.setModel(self.articles_filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_article)
        column.addWidget(self.table, 1)
        self.articles_status = QLabel()
        self.articles_status.setObjectName("library-articles-status")
        self.articles_status.setWordWrap(True)
        self.articles_status.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.articles_status)
        self.title_filter.textChanged.connect(self._filter)
        self.language_filter.currentIndexChanged.connect(self._filter)
        for box in (self.machine_filter, self.findings_filter, self.review_filter):
            box.toggled.connect(self._filter)
        return page

    def _show_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.articles.set_entries(catalog.articles)
        self.table.resizeColumnsToContents()
        for column in range(self.articles.columnCount()):  # a long title must not hide the rest
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN))
        languages = sorted({code for entry in catalog.articles for code in entry.languages})
        for combo in (self.language_filter, self.search_language):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_("All languages"), "")
            for code in languages:
                combo.addItem(f"{language_name(code)} ({code})", code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        count = len(catalog.articles)
        parts = [ngettext("{count} article.", "{count} articles.", count).format(count=count)]
        self.articles_status.setToolTip("")  # no folder left that does not load: no reasons
        if catalog.broken:
            parts.append(
                ngettext(
                    "{count} folder does not load.",
                    "{count} folders do not load.",
                    len(catalog.broken),
                ).format(count=len(catalog.broken))
            )
            # A folder's name and why it does not load are the files' words: shown as written.
            reasons = [
                _("{folder}: {reason}").format(
                    folder=revealed_line(b.folder.name, REASON_LENGTH),
                    reason=revealed_line(b.reason, REASON_LENGTH),
                )
                for b in catalog.broken
            ]
            self.articles_status.setToolTip(literal("\n".join(reasons)))
        self._summary = sentences(*parts, *catalog.notes)
        self._count_notes, self._count_progress = [], ""
        self._show_status()
        if self.query.text().strip():
            self._ask()

    def _filter(self) -> None:
        self.articles_filter.set_filters(
            self.language_filter.currentData() or "",
            self.machine_filter.isChecked(),
            self.title_filter.text(),
            with_findings=self.findings_filter.isChecked(),
            not_reviewed=self.review_filter.isChecked(),
        )

    def _open_article(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        self.open_requested.emit(entry.folder, "", 0)

    def _show_progress(self, done: int, total: int) -> None:
        message = ngettext(
            "Indexing the library: {done} of {total} folder read…",
            "Indexing the library: {done} of {total} folders read…",
            total,
        )
        self.articles_status.setText(message.format(done=done, total=total))
        self.search_status.setText(message.format(done=done, total=total))  # searched after

    def _show_checking(self, done: int, total: int) -> None:
        self._count_progress = (
            ngettext(
                "Checking the articles for findings: {done} of {total} checked…",
                "Checking the articles for findings: {done} of {total} checked…",
                total,
            ).format(done=done, total=total)
            if done < total
            else ""
        )
        self._show_status()

    def _show_failures(self, failures: Mapping[Path, str]) -> None:
        self.articles.set_failures(failures)
        self._fit_findings()

    def _show_check_failure(self, folder: Path, reason: str, kind: str) -> None:
        self.articles.set_failure(folder, reason, Unchecked(kind))
        self._fit_findings()

    def _fit_findings(self) -> None:
        """The findings column made wide enough for the label of an article the checks could
        not check (sized to the counts before, it would wrap), and the status line said again."""
        if self.articles.failures():
            width = max(self.table.columnWidth(FINDINGS), self.table.sizeHintForColumn(FINDINGS))
            self.table.setColumnWidth(FINDINGS, min(width, MAX_COLUMN))
        self._show_status()

    def _note_count_failure(self, note: str) -> None:
        self._count_notes.append(note)
        self._show_status()

    def _show_status(self) -> None:
        """The articles' count, how many the checks could not check, what could not be
        counted, and how far counting is."""
        failures = self.articles.failures()
        unchecked = ngettext(
            "{count} article could not be checked.",
            "{count} articles could not be checked.",
            failures,
        ).format(count=failures)
        self.articles_status.setText(
            sentences(
                self._summary,
                unchecked if failures else "",
                *self._count_notes,
                self._count_progress,
            )
        )

    def record_findings(
        self, article: Article | None, found: Mapping[VersionKey, Sequence[Finding]]
    ) -> None:
        """Count the findings the window's checks made on ``article`` if it is the library's."""
        if article is not None:
            self.search.record(article, found)

    # -- search ----------------------------------------------------------------------------

    def _build_search(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("library-query")
        self.query.setPlaceholderText(
            _('Search every article and version ("quoted words": a phrase)')
        )
        self.query.setClearButtonEnabled(True)
        self.search_language = QComboBox()
        self.search_language.setObjectName("library-search-language")
        self.search_language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_language)
        column.addLayout(row)
        self.hits = HitsModel()
        self.results = QListView()
        self.results.setObjectName("library-hits")
        self.results.setModel(self.hits)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.activated.connect(self._open_hit)
        column.addWidget(self.results, 1)
        self.search_status = QLabel()
        self.search_status.setObjectName("library-search-status")
        self.search_status.setWordWrap(True)
        self.search_status.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.search_status)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._ask)
        self.query.textChanged.connect(lambda _text: self._typing.start())
        self.search_language.currentIndexChanged.connect(lambda _index: self._ask())
        self.query.installEventFilter(self)
        return page

    def _ask(self) -> None:
        self._typing.stop()
        text = self.query.text()
        if not text.strip():
            self.hits.set_hits([])
            self.search_status.clear()
            return
        self.search.ask(text, self.search_language.currentData() or "")

    def _show_results(self, _serial: int, results: Results) -> None:
        self.hits.set_hits(results.hits)
        if results.hits:
            self.results.setCurrentIndex(self.hits.index(0))
        if results.total:
            message = ngettext(
                "{total} paragraph matches; the best {shown} are shown.",
                "{total} paragraphs match; the best {shown} are shown.",
                results.total,
            ).format(total=results.total, shown=len(results.hits))
        else:
            message = _("Nothing found.")
        self.search_status.setText(sentences(message, *results.notes))

    def _show_failure(self, serial: int, message: str) -> None:
        if serial:
            self.hits.set_hits([])
            self.search_status.setText(message)
        else:
            self.articles_status.setText(message)

    def _open_hit(self, index: QModelIndex) -> None:
        hit: Hit = index.data(HIT_ROLE)
        self.open_requested.emit(hit.folder, f"{hit.language}@{hit.revision}", hit.paragraph)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the query field, Enter opens the current hit and the arrows move through them."""
        if watched is self.query and isinstance(event, QKeyEvent):
            key = event.key() if event.type() == QEvent.Type.KeyPress else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._typing.stop()
                current = self.results.currentIndex()
                if current.isValid():
                    self._open_hit(current)
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(
                    0, min(self.hits.rowCount() - 1, self.results.currentIndex().row() + step)
                )
                self.results.setCurrentIndex(self.hits.index(row))
                return True
        return super().eventFilter(watched, event)

    # -- showing ---------------------------------------------------------------------------

    def show_articles(self) -> None:
        self.show()
        self.raise_()
        self.tabs.setCurrentIndex(0)
        self.table.setFocus()

    def show_search(self) -> None:
        self.show()
        self.raise_()
        self.tabs.setCurrentIndex(1)
        self.query.setFocus()
        self.query.selectAll()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed, the dock no longer counts findings: its worker process ends."""
        self.search.pause(True)
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again, it counts the rest."""
        self.search.pause(False)
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the library again (after an import, an article added)."""
        self.search.refresh()

    def stop(self) -> None:
        """End the searching thread and the counting worker (the window is closing)."""
        self.search.stop()

"""The library's articles as a table: sortable by any column, filtered by language, by
having machine versions, and by words of the title."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader.core.i18n import N_, _
from reader.core.library.catalog import ArticleEntry
from reader.core.model import Origin
from reader.core.text.fold import fold

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The columns, in order: their headings.
COLUMNS = (
    N_("Title"),
    N_("Title in your language"),
    N_("Languages"),
    N_("Versions"),
    N_("Updated"),
)
TITLE, READING_TITLE, LANGUAGES, VERSIONS, UPDATED = range(len(COLUMNS))


def versions_text(entry: ArticleEntry) -> str:
    """Each version as ``ar@2 machine``, in the order the article lists them."""
    return _(", ").join(
        _("{language}@{revision} {origin}").format(
            language=v.language, revision=v.revision, origin=v.origin.value
        )
        for v in entry.versions
    )


class ArticlesModel(QAbstractTableModel):
    """One row per article; ``ENTRY_ROLE`` gives its ``ArticleEntry``."""

    def __init__(self, reading_language: str = "en") -> None:
        super().__init__()
        self._entries: list[ArticleEntry] = []
        self.reading_language = reading_language

    def set_entries(self, entries: Sequence[ArticleEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(entry, index.column(), sorting=role == SORT_ROLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(entry.folder)
        return None

    def _text(self, entry: ArticleEntry, column: int, sorting: bool) -> str:
        if column == TITLE:
            return fold(entry.title) if sorting else entry.title
        if column == READING_TITLE:
            title = entry.title_in(self.reading_language)
            return fold(title) if sorting else title
        if column == LANGUAGES:
            return " ".join(entry.languages)
        if column == VERSIONS:
            return versions_text(entry)
        return entry.updated


class ArticlesFilter(QSortFilterProxyModel):
    """Rows of the articles that pass the filters: a language (``""``: any), having machine
    versions or not, and words of either title (folded: ``elysee`` finds ``Élysée``)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._language = ""
        self._machine_only = False
        self._words: list[str] = []

    def set_filters(self, language: str, machine_only: bool, words: str) -> None:
        self.beginFilterChange()
        self._language = language
        self._machine_only = machine_only
        self._words = [fold(w) for w in words.split()]
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        entry: ArticleEntry = self.sourceModel().index(row, 0, parent).data(ENTRY_ROLE)
        if self._language and not entry.has_language(self._language):
            return False
        if self._machine_only and not any(v.origin is Origin.MACHINE for v in entry.versions):
            return False
        titles = fold(
            " ".join(entry.title_in(code) for code in entry.languages) + " " + entry.title
        )
        return all(word in titles for word in self._words)

"""The library's articles as a table: sortable by any column, filtered by language, by
having machine versions, by having findings, by not being reviewed, and by words of the title."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader.core.i18n import N_, _, ngettext
from reader.core.library.catalog import ArticleEntry
from reader.core.model import Origin
from reader.core.text.bidi_controls import revealed_line
from reader.core.text.fold import fold
from reader.ui.plain import literal

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The columns, in order: their headings.
# The counts come right after the title, so that a dock a third of the window wide shows them.
COLUMNS = (
    N_("Title"),
    N_("Findings"),
    N_("Reviewed"),
    N_("Title in your language"),
    N_("Languages"),
    N_("Versions"),
    N_("Updated"),
)
TITLE, FINDINGS, REVIEWED, READING_TITLE, LANGUAGES, VERSIONS, UPDATED = range(len(COLUMNS))
# The longest a reason an article could not be checked is shown (characters): the rest elided.
REASON_LENGTH = 300


class Unchecked(StrEnum):
    """Why an article's findings are not counted though it was given to the checks."""

    FAILED = "failed"  # it did not load when checked, or the checks raised (kept in the index)
    STOPPED = "stopped"  # the checks' worker crashed or hung on it (for this reading only)


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
        self._rows: dict[Path, int] = {}
        # The articles the checks could not check, and why, by folder.
        self._unchecked: dict[Path, tuple[Unchecked, str]] = {}
        self.reading_language = reading_language

    def set_entries(self, entries: Sequence[ArticleEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = {entry.folder: row for row, entry in enumerate(self._entries)}
        self._unchecked = {}
        self.endResetModel()

    def set_failures(self, failures: Mapping[Path, str]) -> None:
        """The articles the checks could not check, kept from before (``set_entries`` first)."""
        for folder, reason in failures.items():
            self.set_failure(folder, reason, Unchecked.FAILED)

    def set_failure(self, folder: Path, reason: str, kind: Unchecked) -> None:
        """Show that the checks could not check the article in ``folder``, and why."""
        row = self._rows.get(folder)
        if row is None:
            return
        self._unchecked[folder] = (Unchecked(kind), reason)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def failure(self, folder: Path) -> tuple[Unchecked, str] | None:
        """Why the checks could not check the article in ``folder``, if they could not."""
        return self._unchecked.get(folder)

    def failures(self) -> int:
        """How many articles the checks could not check."""
        return len(self._unchecked)

    def update_entry(self, entry: ArticleEntry) -> None:
        """Show ``entry`` in place of the article of the same folder (its findings counted)."""
        row = self._rows.get(entry.folder)
        if row is None:
            return
        self._entries[row] = entry
        if entry.findings is not None:  # checked since: what failed before is past
            self._unchecked.pop(entry.folder, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

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
        column = index.column()
        failure = self._unchecked.get(entry.folder) if column == FINDINGS else None
        if failure is not None and role == Qt.ItemDataRole.DisplayRole:
            return _failure_label(failure[0])
        if role == Qt.ItemDataRole.ToolTipRole:
            # Folder names, reasons and review errors come from files: shown as written.
            return literal(_failure_tooltip(*failure) if failure else _tooltip(entry, column))
        if role == SORT_ROLE and column in (FINDINGS, REVIEWED):
            return _sort_key(entry, column)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(entry, column, sorting=role == SORT_ROLE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (FINDINGS, REVIEWED):
            return Qt.AlignmentFlag.AlignCenter
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
        if column == FINDINGS:
            return "…" if entry.findings is None else str(entry.findings)
        if column == REVIEWED:
            approved, needs_work, total = entry.review
            return _("{reviewed} of {total}").format(reviewed=approved + needs_work, total=total)
        return entry.updated


def _failure_label(kind: Unchecked) -> str:
    """What the findings column says of an article the checks could not check."""
    if kind is Unchecked.STOPPED:
        return _("Checks stopped")
    return _("Could not check")


def _failure_tooltip(kind: Unchecked, reason: str) -> str:
    """Why, in the row's tooltip: the sentence, and the reason on a line of its own."""
    if kind is Unchecked.STOPPED:
        text = _("The fidelity checks stopped on this article, which is not counted:\n{reason}")
    else:
        text = _(
            "The fidelity checks could not check this article; they will try again once its "
            "files change:\n{reason}"
        )
    return text.format(reason=revealed_line(reason, REASON_LENGTH))


def _sort_key(entry: ArticleEntry, column: int) -> float:
    """Findings by their number (not checked yet: first, ascending); review by the share done."""
    if column == FINDINGS:
        return -1.0 if entry.findings is None else float(entry.findings)
    approved, needs_work, total = entry.review
    return (approved + needs_work) / total if total else 1.0


def _tooltip(entry: ArticleEntry, column: int) -> str:
    if column == FINDINGS:
        if entry.findings is None:
            return _("Not checked yet: the fidelity checks run in the background.")
        return "\n".join(
            ngettext(
                "{version}: {count} finding",
                "{version}: {count} findings",
                v.status.findings or 0,
            ).format(version=f"{v.language}@{v.revision}", count=v.status.findings or 0)
            for v in entry.translations
        )
    if column == REVIEWED:
        approved, needs_work, total = entry.review
        text = _(
            "{approved} approved and {needs_work} needing work, of {total} paragraphs of the "
            "translations"
        ).format(approved=approved, needs_work=needs_work, total=total)
        if entry.review_error:
            text += "\n" + _("The review file cannot be read: {reason}").format(
                reason=revealed_line(entry.review_error, REASON_LENGTH)
            )
        return text
    return str(entry.folder)


class ArticlesFilter(QSortFilterProxyModel):
    """Rows of the articles that pass the filters: a language (``""``: any), having machine
    versions or not, having findings (counted: an article not checked yet has none known),
    having paragraphs still to review, and words of either title (folded: ``elysee`` finds
    ``Élysée``)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._language = ""
        self._machine_only = False
        self._with_findings = False
        self._not_reviewed = False
        self._words: list[str] = []

    def set_filters(
        self,
        language: str,
        machine_only: bool,
        words: str,
        with_findings: bool = False,
        not_reviewed: bool = False,
    ) -> None:
        self.beginFilterChange()
        self._language = language
        self._machine_only = machine_only
        self._with_findings = with_findings
        self._not_reviewed = not_reviewed
        self._words = [fold(w) for w in words.split()]
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        entry: ArticleEntry = self.sourceModel().index(row, 0, parent).data(ENTRY_ROLE)
        if self._language and not entry.has_language(self._language):
            return False
        if self._machine_only and not any(v.origin is Origin.MACHINE for v in entry.versions):
            return False
        if self._with_findings and not entry.findings:
            return False
        if self._not_reviewed and not entry.not_reviewed:
            return False
        titles = fold(
            " ".join(entry.title_in(code) for code in entry.languages) + " " + entry.title
        )
        return all(word in titles for word in self._words)

"""The window's web work: *File › Open Web Page…*, links and saved pages dropped on the window,
``reader URL``, and *File › Check for Updates*.

An import or an update runs as a job in a worker process (the work ``IMPORT`` and ``UPDATE``,
in ``reader.core.web.tasks``), its progress in the status bar beside a Cancel button; the window
stays usable and the article on screen stays until the new one is ready. A failure is one
sentence in a dialog (the address, what is wrong), never a traceback.

Cancelling kills the worker wherever it is. So an import is built inside a staging folder made
here, beside its destination, and moved out of it by one rename once it is complete; whatever
happens, the staging folder is removed here, so nothing half-written is ever left. An update
that is stopped leaves at most whole files its manifest does not list yet, and no temporary
file.

Nothing here runs or renders page content: addresses, reasons and notices are shown as plain
text (``reader.ui.plain``).
"""

from __future__ import annotations

import shutil
import tempfile
import traceback
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError, display_path
from reader.core.i18n import _
from reader.core.present.web import (
    compare_offer,
    import_done,
    import_failed,
    import_progress,
    import_started,
    internal_error,
    nothing_open,
    read_address,
    update_failed,
    update_progress,
    update_started,
    update_summary,
    update_title,
    work_stopped,
)
from reader.core.web.outcomes import FetchError, ImportResult, Skipped, UpdateResult
from reader.core.web.saved import SUFFIXES
from reader.ui import settings
from reader.ui.plain import literal

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from reader.core.model import Article
    from reader.ui.context import AppContext
    from reader.ui.jobs import Job
    from reader.ui.main_window import MainWindow

IMPORT = "reader.core.web.tasks:import_page"  # imported by the worker, never by the window
UPDATE = "reader.core.web.tasks:update_folder"
STAGING_PREFIX = ".reader-import-"
MAX_RECENT = 10
_WEB_SCHEMES = ("http", "https")


def dropped_source(mime: QMimeData) -> str | None:
    """The web page a drop carries: a link (``text/uri-list``, or plain text that is one http(s)
    address) or a saved page (.html, .htm, .mhtml, .mht). None for anything else: text files
    and article folders open as they always did."""
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                if Path(url.toLocalFile()).suffix.lower() in SUFFIXES:
                    return url.toLocalFile()
            elif url.scheme().lower() in _WEB_SCHEMES and url.host():
                return bytes(url.toEncoded().data()).decode("ascii")
        return None
    if mime.hasText():
        text = mime.text().strip()
        if "\n" not in text and text.lower().startswith(("http://", "https://")):
            return read_address(text).source
    return None


def recent_addresses(store: settings.Store) -> list[str]:
    return [line for line in str(store.get(settings.RECENT_ADDRESSES)).splitlines() if line]


def remember_address(store: settings.Store, address: str) -> None:
    """Put ``address`` first in the list of pages opened lately."""
    recent = [address, *(a for a in recent_addresses(store) if a != address)]
    store.set(settings.RECENT_ADDRESSES, "\n".join(recent[:MAX_RECENT]))


def problem_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A warning shown as plain text, modal to ``parent``'s window but not blocking the event
    loop (the window's other jobs go on); it deletes itself when closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("web-problem")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class OpenWebPageDialog(QDialog):
    """*File › Open Web Page…*: an address (the pages opened lately offered, an address on the
    clipboard filled in), whether to import the page's other language versions too, and where
    the article goes. An address Reader cannot import is refused in the dialog, which stays.

    Signals:
        chosen(str, bool, object): the page to import (an http(s) address or a saved page's
            path), whether its other language versions too, and the folder (Path) to put the
            new article folder in.
    """

    chosen = Signal(str, bool, object)

    def __init__(self, parent: QWidget, recent: list[str], destination: Path) -> None:
        super().__init__(parent)
        self.setObjectName("open-web-page")
        self.setWindowTitle(_("Open Web Page"))
        self.destination = destination
        prompt = QLabel(_("Address of a news page, or a saved page (.html, .htm, .mhtml, .mht):"))
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.address = QComboBox()
        self.address.setObjectName("address")
        self.address.setEditable(True)
        self.address.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.address.addItems(recent)
        self.address.setMinimumContentsLength(48)
        self.address.setCurrentText(self._clipboard_address())
        line = self.address.lineEdit()
        if line is not None:  # an editable combo box always has one
            line.setPlaceholderText("https://")
            line.selectAll()
        self.problem = QLabel()
        self.problem.setObjectName("address-problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4262c;")
        self.problem.hide()
        self.alternates = QCheckBox(_("Also import the page's other language versions"))
        self.alternates.setObjectName("alternates")
        self.alternates.setChecked(True)
        self.where = QLabel()
        self.where.setObjectName("destination")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        change = QPushButton(_("Change…"))
        change.setObjectName("change-destination")
        change.clicked.connect(self._choose_destination)
        self._show_destination()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(_("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        place = QHBoxLayout()
        place.addWidget(self.where, 1)
        place.addWidget(change, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.address)
        layout.addWidget(self.problem)
        layout.addWidget(self.alternates)
        layout.addLayout(place)
        layout.addWidget(buttons)

    @staticmethod
    def _clipboard_address() -> str:
        """The clipboard's text, if it is a web address (as a browser's Open Location does)."""
        text = QGuiApplication.clipboard().text().strip()
        if "\n" in text or not text.lower().startswith(("http://", "https://")):
            return ""
        return text if read_address(text).source else ""

    def _show_destination(self) -> None:
        self.where.setText(
            _("The article is saved as a new folder in {folder}").format(
                folder=display_path(self.destination)
            )
        )

    def _choose_destination(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(
            self, _("Save the article in"), str(self.destination)
        )
        if name:
            self.destination = Path(name)
            self._show_destination()

    def accept(self) -> None:
        address = read_address(self.address.currentText())
        if address.source is None:
            self.problem.setText(address.problem)
            self.problem.show()
            self.address.setFocus()
            return
        self.chosen.emit(address.source, self.alternates.isChecked(), self.destination)
        super().accept()


class JobProgress(QWidget):
    """The status bar's view of a web job: what it is doing, a bar, and Cancel.

    Signals:
        cancel_clicked(): the user asked to stop the job.
    """

    cancel_clicked = Signal()
    LABEL_WIDTH = 460

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("job-progress")
        self.label = QLabel()
        self.label.setObjectName("job-label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setObjectName("job-bar")
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(_("Cancel"))
        self.cancel.setObjectName("job-cancel")
        self.cancel.clicked.connect(self.cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.text = ""

    def start(self, text: str) -> None:
        """A job has started; how much there is to do is not known yet (a busy bar)."""
        self.bar.setRange(0, 0)
        self._say(text)
        self.show()

    def report(self, text: str, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self._say(text)

    def _say(self, text: str) -> None:
        self.text = text
        # Addresses are long: the middle gives way, both ends stay readable.
        shown = QFontMetrics(self.label.font()).elidedText(
            text, Qt.TextElideMode.ElideMiddle, self.LABEL_WIDTH
        )
        self.label.setText(shown)
        self.label.setToolTip(literal(text) if shown != text else "")


class _Kind(Enum):
    IMPORT = "import"
    UPDATE = "update"


class WebWork(QObject):
    """The window's imports and updates: one job at a time, each with its progress, a Cancel
    button, and an outcome the window shows.

    Signals:
        imported(object, str): an import is in place: its folder (Path), and the language of the
            page asked for.
        updated(object): a check for updates of this article folder (Path) has ended.
        busy_changed(bool): a job started (True) or ended (False).
    """

    imported = Signal(object, str)
    updated = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.progress = JobProgress()
        self.progress.cancel_clicked.connect(self.cancel)
        self.progress.hide()
        window.status().addPermanentWidget(self.progress)
        self._job: Job | None = None
        self._kind = _Kind.IMPORT
        self._source = ""
        self._staging: Path | None = None
        self._folder: Path | None = None
        self._skipped: dict[Path, tuple[Skipped, ...]] = {}
        self.dialog: OpenWebPageDialog | None = None
        self.message: QMessageBox | None = None  # the last outcome shown in a dialog

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def job(self) -> Job | None:
        """The job under way, if any."""
        return self._job

    def library(self) -> Path:
        """Where imported articles go unless the user chooses another folder."""
        if self._window.library is None:
            from reader.core.library import library_folder

            self._window.library = library_folder()
        return self._window.library

    def skipped_of(self, article: Article) -> tuple[Skipped, ...]:
        """The addresses that the import of ``article`` (in this window) left out."""
        return self._skipped.get(article.path, ()) if article.path is not None else ()

    # -- importing -----------------------------------------------------------------------------

    def ask_for_page(self) -> OpenWebPageDialog:
        """Show *Open Web Page*; the import starts when the user accepts it."""
        dialog = OpenWebPageDialog(
            self._window, recent_addresses(self._window.store), self.library()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(
            lambda source, alternates, destination: self.import_page(
                source, alternates, destination
            )
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def import_page(
        self, source: str, alternates: bool = True, destination: Path | None = None
    ) -> bool:
        """Start importing ``source`` into a new folder in ``destination`` (default: the
        library). False, and the reason in the status bar, if it cannot start."""
        if self._refuse_while_busy():
            return False
        destination = destination or self.library()
        try:
            destination.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, suffix=".part", dir=destination))
        except OSError as error:
            reason = _("the folder {folder} cannot be written ({reason})").format(
                folder=display_path(destination), reason=error.strerror or error
            )
            self._show_problem(_("Cannot Import"), import_failed(source, reason))
            return False
        self._source, self._staging = source, staging
        arguments = (source, str(destination), str(staging), alternates)
        self._start(_Kind.IMPORT, arguments, import_started(source), self._import_finished)
        return True

    def _import_finished(self, result: ImportResult) -> None:
        self._end()
        folder = Path(result.folder)
        self._skipped[folder] = result.skipped
        if self._source.lower().startswith(("http://", "https://")):  # not a saved page's path
            remember_address(self._window.store, self._source)
        self.imported.emit(folder, result.page_language)
        self._window.status().showMessage(import_done(result), 20000)

    # -- updating ------------------------------------------------------------------------------

    def check_for_updates(self, folder: Path) -> bool:
        """Start fetching the web versions of the article folder ``folder`` again."""
        if self._refuse_while_busy():
            return False
        self._folder = folder
        self._start(_Kind.UPDATE, (str(folder),), update_started(), self._update_finished)
        return True

    def _update_finished(self, result: UpdateResult) -> None:
        folder = self._folder
        self._end()
        assert folder is not None
        self.updated.emit(folder)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            _("Check for Updates"),
            update_title(result),
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setObjectName("update-summary")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(literal(update_summary(result)))
        if result.changed:
            changed = result.changed[0]
            compare = box.addButton(
                compare_offer(changed.language), QMessageBox.ButtonRole.AcceptRole
            )
            compare.setObjectName("compare-revisions")
            compare.clicked.connect(
                lambda: self._window.show_revisions(folder, changed.language, changed.revision)
            )
            box.setDefaultButton(compare)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box

    # -- the job's life ------------------------------------------------------------------------

    def cancel(self) -> None:
        """Stop the job under way, if any; nothing it was writing is left behind."""
        job = self._job
        if job is None:
            return
        job.cancel()  # the worker is killed and gone when this returns
        kind, folder = self._kind, self._folder
        self._end()
        if kind is _Kind.UPDATE and folder is not None:
            _remove_temporary_files(folder)
            message = _("Check for updates cancelled.")
        else:
            message = _("Import cancelled: nothing was saved.")
        self._window.status().showMessage(message, 8000)

    def _refuse_while_busy(self) -> bool:
        if self.busy:
            self._window.status().showMessage(
                _("An import or a check for updates is under way: wait for it, or cancel it."),
                8000,
            )
        return self.busy

    def _start(
        self,
        kind: _Kind,
        arguments: tuple[object, ...],
        text: str,
        finished: Callable[[Any], None],
    ) -> None:
        """Run the work of ``kind`` on ``arguments`` as a job, its progress shown (``text``
        until the work says how far it got); ``finished`` takes its result."""
        work = IMPORT if kind is _Kind.IMPORT else UPDATE
        job = self._window.jobs_to_run().start(work, arguments, parent=self, progress=True)
        self._job, self._kind = job, kind
        job.progress.connect(self._progressed)
        job.finished.connect(finished)
        job.failed.connect(self._failed)
        self.progress.start(text)
        self.busy_changed.emit(True)

    def _progressed(self, value: tuple[int, int, str]) -> None:
        done, total, address = value
        say = import_progress if self._kind is _Kind.IMPORT else update_progress
        self.progress.report(say(done, total, address), done, total)

    def _end(self) -> None:
        """The job is over (done, failed or cancelled): let it go, remove what it staged."""
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
        self._folder = None
        self.progress.hide()
        self.busy_changed.emit(False)

    def _failed(self, error: Exception) -> None:
        kind, source = self._kind, self._source
        self._end()
        reason = _reason(error)
        if kind is _Kind.IMPORT:
            if self._window.article is None:
                self._window.show_placeholder(nothing_open())
            self._show_problem(_("Cannot Import"), import_failed(source, reason))
        else:
            self._show_problem(_("Check for Updates"), update_failed(reason))

    def _show_problem(self, title: str, text: str) -> None:
        self.message = problem_box(self._window, title, text)


def _reason(error: Exception) -> str:
    """What went wrong, as the end of a sentence: the reason a page could not be had, a saved
    page's problem, the worker's end; for a bug, its kind (its traceback to standard error)."""
    from reader.ui.jobs import WorkerStopped  # loaded with the job

    if isinstance(error, FetchError):
        return error.reason
    if isinstance(error, ReaderError):
        text = str(error)
        where = f"{display_path(error.path)}: " if error.path is not None else ""
        return text.removeprefix(where)
    if isinstance(error, WorkerStopped):
        return work_stopped(str(error))
    traceback.print_exception(error)
    return internal_error(type(error).__name__)


def _remove_temporary_files(folder: Path) -> None:
    """The temporary files (``.NAME.RANDOM.part``) that a stopped update was writing."""
    for place in (folder, folder / "raw"):
        for path in place.glob(".*.part"):
            if path.is_file():
                path.unlink(missing_ok=True)


def run_import(context: AppContext, source: str) -> int:
    """``reader URL`` or ``reader page.html``: the window, empty, importing ``source``; the event
    loop until it closes."""
    from reader.ui.app import application, resume_collector
    from reader.ui.main_window import MainWindow

    app = application()
    window = MainWindow(context.store(), context.jobs, context.library)
    window.show_placeholder(import_started(source))
    window.show()
    resume_collector()  # no text to wait for: the collector comes back now
    window.import_web_page(source)
    status = app.exec()
    del window
    return status

"""The main window: two panes, the compare toggle, the version switchers. Layout and wiring only.

Signals:
    article_loaded(Article): a new article is on screen.
    compare_changed(bool): compare mode was switched on or off.
    checks_done(dict): the fidelity findings of every version are in (empty if the checks
        could not run).
    text_painted(): an article's text (or the font notice in its place) has been painted for the
        first time since the article was set.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStatusBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import EncodingUnclear, LanguageUnclear, ReaderError
from reader.core.i18n import _
from reader.core.ingest.encodings import encoding_label
from reader.core.ingest.loading import load
from reader.core.model import Article, Version, VersionKey
from reader.core.present.banner import SHOW_SOURCE, ChecksStatus
from reader.core.present.findings import nothing_to_step
from reader.core.present.notes import settings_problems
from reader.core.text.bidi_controls import reveal
from reader.core.text.languages import LANGUAGES, language_name
from reader.ui import settings
from reader.ui.plain import literal, warn
from reader.ui.reading.pane import VersionPane
from reader.ui.reading.revision_bar import RevisionBar
from reader.ui.reading.sync import PaneSync
from reader.ui.recent import Place, RecentArticles, absolute
from reader.ui.settings import Store
from reader.ui.zoom import WheelZoom, ZoomLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from reader.core.align.aligner import Alignment
    from reader.core.checks.run import Finding
    from reader.ui.jobs import Job, Jobs
    from reader.ui.library.dock import LibraryDock
    from reader.ui.library.find import FindBar
    from reader.ui.printing import View
    from reader.ui.review.controller import ReviewController
    from reader.ui.web import WebWork

MIN_FONT, MAX_FONT = settings.FONT_SIZE_RANGE
ZOOM_STEP = 1.1
ALIGN_LIMIT = 5000  # paragraphs per side aligned in the window
# Imported by the worker, never by the window: against the source, or (a translation without
# its source, such as a lone file) the checks that need none.
CHECKS = "reader.core.checks.run:check_article"
CHECKS_ALONE = "reader.core.checks.run:check_without_source"


def _from_the_web(article: Article) -> bool:
    """An article folder with a version fetched from the web: one that can be checked for
    updates."""
    return (
        article.path is not None
        and article.path.is_dir()
        and any(v.provenance is not None and v.provenance.url for v in article.versions)
    )


def _key_or_none(text: str) -> VersionKey | None:
    try:
        return VersionKey.parse(text) if text else None
    except ValueError:
        return None


class MainWindow(QMainWindow):
    """Reader's one window: its settings in ``store``, its background work (the fidelity checks,
    imports and updates from the web) run by ``jobs`` (if None, worker processes:
    reader.ui.jobs.ProcessJobs); articles imported from the web go into ``library`` (if None,
    the library folder, reader.core.library)."""

    article_loaded = Signal(object)
    compare_changed = Signal(bool)
    checks_done = Signal(object)
    text_painted = Signal()

    def __init__(self, store: Store, jobs: Jobs | None = None, library: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.store = store
        self.jobs = jobs
        self.library = library
        self._web_work: WebWork | None = None  # made with the first web job (reader.ui.web)
        self.article: Article | None = None
        self._paths: list[Path] = []
        self.font_size = float(store.get(settings.FONT_SIZE))

        self.left = VersionPane("left")
        self.right = VersionPane("right")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setSizes([1, 1])  # half each, whatever the panes hold when first shown
        self.revisions = RevisionBar()
        self.revisions.inline_changed.connect(lambda _: self._refresh_sync())
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.revisions)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._inline_shown = False
        for pane in (self.left, self.right):
            pane.version_selected.connect(lambda key, pane=pane: self.show_in(pane, key))
            pane.action_triggered.connect(lambda action, pane=pane: self._on_banner(pane, action))

        self.sync = PaneSync(self.left.view, self.right.view, self)
        # Banners of different heights would start the two texts at different heights.
        self._level_timer = QTimer(self)
        self._level_timer.setSingleShot(True)
        self._level_timer.timeout.connect(self._level_banners)
        self._banners = (self.left.banner, self.right.banner)
        for pane in (self.left, self.right):
            pane.banner.installEventFilter(self)
            pane.banner.expanded_changed.connect(lambda _expanded: self._level_banners())
            pane.installEventFilter(self)
            pane.painted.connect(self._on_text_painted)  # starts the checks
        self._checks_pending = False
        self._checks_job: Job | None = None
        self._settings_notice: QLabel | None = None
        self._placeholder: QLabel | None = None  # where the panes are, before any article
        self._alignments: dict[tuple[int, VersionKey, VersionKey], Alignment] = {}  # per article
        self.review: ReviewController | None = None  # made after the first paint (reader.ui.review)
        self.text_painted.connect(lambda: QTimer.singleShot(0, self._start_review))

        self._build_actions()
        self._build_desktop()
        self._build_library_actions()
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        geometry = store.get(settings.GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        layout = store.get(settings.LAYOUT)
        self.set_compare(
            bool(store.get(settings.COMPARE)) if layout == "last" else layout == "compare"
        )

    # -- actions ------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str],
        slot: Callable[[], object],
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setToolTip(
            _("{action} ({shortcut})").format(
                action=tip or text,
                shortcut=QKeySequence(shortcuts[0]).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
            if shortcuts
            else tip
        )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_files_action = self._action(
            _("&Open Files…"),
            [QKeySequence.StandardKey.Open],
            self._open_files_dialog,
            _("Open plain-text files as the versions of one article"),
        )
        self.open_folder_action = self._action(
            _("Open Article &Folder…"),
            ["Ctrl+Shift+O"],
            self._open_folder_dialog,
            _("Open an article folder"),
        )
        self.open_web_action = self._action(
            _("Open &Web Page…"),
            ["Ctrl+L"],
            self._open_web_dialog,
            _("Import a news page and its other language versions"),
        )
        self.check_updates_action = self._action(
            _("Check for &Updates"),
            [],
            self.check_for_updates,
            _("Fetch this article's pages again and add what changed as new revisions"),
        )
        self.check_updates_action.setEnabled(False)
        self.paste_version_action = self._action(
            _("Paste as &New Version"),
            ["Ctrl+Shift+V"],
            self.paste_as_version,
            _("Add the text on the clipboard to this article as a new version"),
        )
        self.quit_action = self._action(_("&Quit"), [QKeySequence.StandardKey.Quit], self.close)
        self.compare_action = self._action(
            _("&Compare"), ["Ctrl+\\", "Ctrl+D"], lambda: None, _("Show two versions side by side")
        )
        self.compare_action.setCheckable(True)
        self.compare_action.toggled.connect(self.set_compare)
        self.swap_action = self._action(
            _("&Swap Panes"), ["Ctrl+Shift+X"], self.swap, _("Swap the two versions")
        )
        self.zoom_in_action = self._action(
            _("Zoom &In"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], lambda: self.zoom(1)
        )
        self.zoom_out_action = self._action(
            _("Zoom &Out"), [QKeySequence.StandardKey.ZoomOut], lambda: self.zoom(-1)
        )
        self.zoom_reset_action = self._action(_("&Actual Size"), ["Ctrl+0"], lambda: self.zoom(0))
        self.next_group_action = self._action(
            _("&Next Paragraph Group"),
            ["Alt+Down"],
            lambda: self.sync.step(1),
            _("Move both panes to the next aligned group"),
        )
        self.previous_group_action = self._action(
            _("&Previous Paragraph Group"), ["Alt+Up"], lambda: self.sync.step(-1)
        )
        # F8 steps through the findings (the key editors and IDEs use for the next problem);
        # the aligner's unsure groups keep Alt+Shift with the group stepping's arrows.
        self.next_unsure_action = self._action(
            _("Next &Unsure Group"),
            ["Alt+Shift+Down"],
            lambda: self.sync.step(1, flagged_only=True),
            _(
                "Jump to the next group that is not one paragraph against one, or that the aligner is unsure of"
            ),
        )
        self.previous_unsure_action = self._action(
            _("Previous Uns&ure Group"),
            ["Alt+Shift+Up"],
            lambda: self.sync.step(-1, flagged_only=True),
        )
        self._build_finding_actions()
        self.next_change_action = self._action(
            _("Next &Change"),
            ["F7"],
            lambda: self.revisions.step(1),
            _("Next difference between revisions"),
        )
        self.previous_change_action = self._action(
            _("Previous C&hange"), ["Shift+F7"], lambda: self.revisions.step(-1)
        )
        self.previous_revision_action = self._action(
            _("Compare with &Previous Revision"),
            ["Ctrl+Shift+R"],
            self.compare_with_previous_revision,
            _("Put the previous revision of this language beside it"),
        )
        self.language_action = self._action(
            _("Set &Language of This Version…"),
            [],
            self._choose_language,
            _("Override the language detected for a plain-text file"),
        )

        menus = self.menuBar()
        file_menu = self.file_menu = menus.addMenu(_("&File"))
        file_menu.addActions([self.open_files_action, self.open_folder_action])
        file_menu.addAction(self.open_web_action)
        file_menu.addSeparator()
        file_menu.addAction(self.check_updates_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.preferences_action = self._action(
            _("Pr&eferences…"),
            ["Ctrl+,"],
            self.show_preferences,
            _(
                "The interface's language and digits, your name for review notes, the reading size and the layout at start"
            ),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu = self.edit_menu = menus.addMenu(_("&Edit"))
        edit_menu.addAction(self.paste_version_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menus.addMenu(_("&View"))
        view_menu.addActions([self.compare_action, self.swap_action])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        # Alt+R: Alt+V is the View menu's.
        version_menu = menus.addMenu(_("Ve&rsion"))
        version_menu.addAction(self.previous_revision_action)
        version_menu.addSeparator()
        version_menu.addAction(self.language_action)

        self._build_go_menu()

        toolbar = QToolBar(_("Main"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.open_files_action, self.open_folder_action, self.open_web_action])
        toolbar.addSeparator()
        toolbar.addActions([self.compare_action, self.swap_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action])
        self.addToolBar(toolbar)

    # -- desktop: zoom level, help, recent articles, copy with source, print and export --------

    def _build_desktop(self) -> None:
        """What users of a desktop reader expect beside the reading itself; each part lives in
        its own module (reader.ui.zoom, help, recent, clipboard, printing)."""
        self.zoom_label = ZoomLabel()
        self.zoom_label.show_size(self.font_size, settings.FONT_SIZE.default)
        self.status().addPermanentWidget(self.zoom_label)
        wheel = WheelZoom(self.zoom, self)
        for pane in (self.left, self.right):
            wheel.watch(pane.view)

        self.recent = RecentArticles(self.store)
        self.recent_menu = QMenu(_("Open &Recent"), self)
        self.recent_menu.setObjectName("recent-menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        after_web = self.file_menu.actions().index(self.open_web_action) + 1
        self.file_menu.insertMenu(self.file_menu.actions()[after_web], self.recent_menu)

        self.print_action = self._action(
            _("&Print\u2026"),
            [QKeySequence.StandardKey.Print],
            self.print_view,
            _("Print what is on screen"),
        )
        self.export_pdf_action = self._action(
            _("Export as P&DF\u2026"),
            [],
            lambda: self.export_view("pdf"),
            _("Write what is on screen to a PDF file"),
        )
        self.export_html_action = self._action(
            _("Export as &HTML\u2026"),
            [],
            lambda: self.export_view("html"),
            _("Write what is on screen to an HTML file"),
        )
        self.file_menu.insertActions(
            self.quit_action, [self.print_action, self.export_pdf_action, self.export_html_action]
        )
        self.file_menu.insertSeparator(self.quit_action)

        self.copy_source_action = self._action(
            _("Copy with &Source"),
            ["Ctrl+Shift+C"],
            self.copy_with_source,
            _("Copy the selected text with its source paragraphs, title, origin and date"),
        )
        self.edit_menu.insertAction(self.paste_version_action, self.copy_source_action)
        self.edit_menu.insertSeparator(self.paste_version_action)
        for pane in (self.left, self.right):
            pane.add_context_action(self.copy_source_action)

        self.guide_action = self._action(
            _("Reader &User Guide"),
            [QKeySequence.StandardKey.HelpContents],
            lambda: self._help("show_guide"),
        )
        self.shortcuts_action = self._action(
            _("&Keyboard Shortcuts"), [], lambda: self._help("show_shortcuts")
        )
        self.about_action = self._action(_("&About Reader"), [], lambda: self._help("show_about"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu = self.menuBar().addMenu(_("&Help"))
        self.help_menu = help_menu  # the last menu: menus added later go before it
        help_menu.addActions([self.guide_action, self.shortcuts_action])
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    # -- the library: its dock, Find, adding an article (reader/ui/library/) -------------------

    def _build_library_actions(self) -> None:
        """The actions only: the dock and the find bar are built when first asked for, so that
        nothing of the library loads before the first paint."""
        self._library_dock: LibraryDock | None = None
        self._find_bar: FindBar | None = None
        self.library_action = self._action(
            _("&Library"),
            ["Ctrl+Shift+L"],
            lambda: self.library_dock().show_articles(),
            _("The articles in the library"),
        )
        self.search_library_action = self._action(
            _("&Search the Library\u2026"),
            ["Ctrl+Shift+F"],
            lambda: self.library_dock().show_search(),
            _("Find words in every article and version of the library"),
        )
        self.add_to_library_action = self._action(
            _("&Add to Library"),
            [],
            self.add_to_library,
            _(
                "Copy this article's folder into the library (otherwise it is only remembered in Open Recent)"
            ),
        )
        self.add_to_library_action.setEnabled(False)
        # Worked out when the menu opens, not as an article loads: the first article loads
        # before the first paint, and nothing of the library is to load before it.
        self.file_menu.aboutToShow.connect(self._enable_adding)
        self.find_action = self._action(
            _("&Find in Article\u2026"),
            [QKeySequence.StandardKey.Find],
            self.find_in_article,
            _("Find words in both panes, with the library's matching"),
        )
        self.file_menu.insertActions(
            self.print_action,
            [self.library_action, self.search_library_action, self.add_to_library_action],
        )
        self.file_menu.insertSeparator(self.print_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)

    def _library_folder(self) -> Path:
        from reader.core.library import library_folder

        return self.library or library_folder()

    def library_dock(self) -> LibraryDock:
        """The Library dock, built (and the index opened on its thread) the first time."""
        if self._library_dock is None:
            from reader.ui.library.dock import LibraryDock

            reading = QLocale().name().split("_")[0]  # the interface's language; "C": English
            dock = LibraryDock(
                self._library_folder(), reading if reading != "C" else "en", parent=self
            )
            dock.open_requested.connect(self.open_at)
            # The checks of an article of the library are kept in its index (counted there).
            self.checks_done.connect(lambda found: dock.record_findings(self.article, found))
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.resizeDocks([dock], [self.width() * 2 // 5], Qt.Orientation.Horizontal)
            self._library_dock = dock
        return self._library_dock

    def open_at(self, folder: Path, version: str, paragraph: int) -> bool:
        """Open the article folder with ``version`` (``L@REV``; empty: as it opens) on the
        right beside its source, at ``paragraph`` with its counterpart."""
        if not self.open_paths([folder]) or self.article is None:
            return False
        if version:
            source = self.article.source_language
            left = str(self.left.key) if version.startswith(f"{source}@") else f"{source}@0"
            self.restore_place(Place((str(folder),), left=left, right=version, paragraph=paragraph))
        return True

    def find_in_article(self) -> None:
        """Show the find bar (built the first time) with its field focused."""
        if self._find_bar is None:
            from reader.ui.library.find import FindBar

            self._find_bar = FindBar(self)
            self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self._find_bar)
            self.article_loaded.connect(self._find_bar.update_marks)
            self.compare_changed.connect(self._find_bar.update_marks)
        self._find_bar.start()

    def _enable_adding(self) -> None:
        from reader.core.library.adding import inside

        folder = self.article.path if self.article is not None else None
        addable = (
            folder is not None and folder.is_dir() and not inside(folder, self._library_folder())
        )
        self.add_to_library_action.setEnabled(addable)

    def add_to_library(self) -> None:
        """Copy the article on screen into the library and go on reading the copy."""
        from reader.core.library.adding import add_to_library

        if self.article is None or self.article.path is None:
            return
        try:
            copy = add_to_library(self.article.path, self._library_folder())
        except ReaderError as error:
            warn(self, _("Cannot add to the library"), str(error))
            return
        self.open_paths([copy])
        self.status().showMessage(_("Added to the library as {folder}").format(folder=copy), 8000)
        if self._library_dock is not None:
            self._library_dock.refresh()

    def _help(self, dialog: str) -> None:
        """Show one of the Help menu's dialogs (reader.ui.help, loaded when first asked for)."""
        from reader.ui import help as dialogs  # a module named like the builtin

        getattr(dialogs, dialog)(self)

    def _fill_recent_menu(self) -> None:
        from reader.ui.recent import fill_menu

        fill_menu(self.recent_menu, self.recent, self.open_place)

    def open_place(self, place: Place) -> bool:
        """Open a recent article as it was left: its versions, compare, its paragraph."""
        paths = [Path(p) for p in place.paths]
        if not self.open_paths(paths):
            return False
        self.restore_place(place)
        return True

    def reopen(self, place: Place) -> bool:
        """At start, the last article as it was left; False (and a word in the status bar) if
        it no longer opens, for the caller to show another."""
        paths = [Path(p) for p in place.paths]
        try:
            article = load(paths)
        except ReaderError as error:
            self.status().showMessage(str(error), 10000)
            return False
        self.set_article(article, _key_or_none(place.left), _key_or_none(place.right), paths)
        self.restore_place(place)
        return True

    def restore_place(self, place: Place) -> None:
        """Put the article on screen back as ``place`` says: the versions in the panes, compare
        on or off, and (once laid out) the paragraph at the top of the reading pane."""
        left, right = _key_or_none(place.left), _key_or_none(place.right)
        if self.article is None:
            return
        for pane, key in ((self.left, left), (self.right, right)):
            version = self.article.find(key) if key is not None else None
            if version is not None and version is not pane.version:
                pane.show_version(version, self.font_size)
        self._remember()
        self.set_compare(place.compare)
        if place.paragraph <= 0:
            return  # a new text starts at its top: nothing to scroll, no group to tint
        if self._checks_pending:  # not painted yet: the panes are levelled at the first paint
            self.text_painted.connect(
                lambda: self.scroll_to(place.paragraph), Qt.ConnectionType.SingleShotConnection
            )
        else:
            self.scroll_to(place.paragraph)

    def scroll_to(self, paragraph: int) -> None:
        """Bring ``paragraph`` of the reading pane to the top, and its group in the other."""
        group = self.sync.bead_of(1, paragraph) if self.compare else -1
        if group >= 0:
            self.sync.go_to(group)
        else:
            self.right.view.scroll_to_paragraph(paragraph)

    def place(self, paragraph: int | None = None) -> Place | None:
        """Where the article on screen is, to reopen it there (at ``paragraph``, or the one at
        the top of the reading pane); None for one opened from no files (a snapshot)."""
        if self.article is None or not self._paths:
            return None
        if paragraph is None:
            paragraph = max(0, self.right.view.first_visible_paragraph())
        return Place(
            paths=absolute(self._paths),
            title=self.article.display_title,
            left=str(self.left.key or ""),
            right=str(self.right.key or ""),
            compare=self.compare_action.isChecked(),
            paragraph=paragraph,
        )

    def _remember_place(self, paragraph: int | None = None) -> None:
        place = self.place(paragraph)
        if place is not None:
            self.recent.remember(place)

    def copy_with_source(self) -> None:
        """Put the selected text on the clipboard with its source paragraphs, title, origin,
        date and any finding inside it (reader.ui.clipboard)."""
        from datetime import date

        from reader.core.present.citation import copied, nothing_selected
        from reader.ui.clipboard import put_on_clipboard, quotation

        pane = self._selection_pane()
        quoted = None
        if self.article is not None and pane is not None:
            quoted = quotation(
                self.article, pane.view, pane.findings, self._alignment, date.today()
            )
        if quoted is None:
            self.status().showMessage(nothing_selected(), 5000)
            return
        put_on_clipboard(quoted)
        self.status().showMessage(copied(len(quoted.source)), 5000)

    def _selection_pane(self) -> VersionPane | None:
        """The pane whose selection to copy: the focused one, else the one with a selection."""
        focused = self._focused_pane()
        panes = [focused, self.left if focused is self.right else self.right]
        for pane in panes:
            if pane.isVisible() and pane.view.textCursor().hasSelection():
                return pane
        return None

    def printable_view(self) -> View | None:
        """What is on screen, for print and export: the visible versions (left first) with
        their alignment and findings."""
        from reader.ui.printing import View

        right = self.right.version
        if self.article is None or right is None:
            return None
        left = self.left.version if self.compare and self.left.isVisible() else None
        versions = (left, right) if left is not None and left is not right else (right,)
        alignment = self._alignment(*versions) if len(versions) == 2 else None
        return View(self.article, versions, alignment, self.right.checks, self.right.checks_status)

    def print_view(self) -> None:
        from reader.ui.printing import print_with_dialog

        view = self.printable_view()
        if view is not None:
            print_with_dialog(self, view)

    def export_view(self, fmt: str) -> None:
        from reader.ui.printing import export_with_dialog

        view = self.printable_view()
        if view is not None:
            export_with_dialog(self, view, fmt)

    def _build_finding_actions(self) -> None:
        self.next_finding_action = self._action(
            _("Next &Finding"),
            ["F8"],
            lambda: self.step_finding(1),
            _("Go to the next place the fidelity checks flagged"),
        )
        self.previous_finding_action = self._action(
            _("Pre&vious Finding"), ["Shift+F8"], lambda: self.step_finding(-1)
        )

    def _build_go_menu(self) -> None:
        """Go: moving through the article: findings, paragraph groups, changes."""
        go_menu = self.menuBar().addMenu(_("&Go"))
        go_menu.addActions([self.next_finding_action, self.previous_finding_action])
        go_menu.addSeparator()
        go_menu.addActions(
            [
                self.next_group_action,
                self.previous_group_action,
                self.next_unsure_action,
                self.previous_unsure_action,
            ]
        )
        go_menu.addSeparator()
        go_menu.addActions([self.next_change_action, self.previous_change_action])

    # -- stepping through findings --------------------------------------------------------------

    def step_finding(self, step: int) -> bool:
        """Go to the next (1) or previous (-1) finding of the focused pane's version (else of
        the other pane on screen); where there is none, say so in the status bar."""
        focused = self._focused_pane()
        other = self.left if focused is self.right else self.right
        for pane in (focused, other):
            if pane.isVisibleTo(self) and pane.findings and pane.findings_shown:
                pane.step_finding(step)
                return True
        running = any(p.checks_status is ChecksStatus.RUNNING for p in (self.left, self.right))
        self.status().showMessage(nothing_to_step(running), 4000)
        return False

    # -- opening ------------------------------------------------------------------------------

    def open_paths(
        self,
        paths: Sequence[Path],
        languages: Sequence[str | None] = (),
        encoding: str | None = None,
    ) -> bool:
        """Open an article folder or plain-text files; on bad input say why and keep the current
        one. What Reader cannot decide alone (an encoding, a language) it asks for."""
        try:
            article = load(list(paths), languages=list(languages), encoding=encoding)
        except EncodingUnclear as error:
            chosen = self._ask_encoding(error)
            return chosen is not None and self.open_paths(paths, languages, chosen)
        except LanguageUnclear as error:
            if error.path is not None:
                question = _("Reader cannot tell the language of {file}.").format(
                    file=error.path.name
                )
            else:
                question = _("Reader cannot tell the language of this file.")
            language = self.ask_language(
                _("Choose the language"),
                literal(f"{question}\n\n{_('Language of this text:')}"),
            )
            if language is None:
                return False
            named = [*languages, *[None] * (error.index + 1 - len(languages))]
            named[error.index] = language
            return self.open_paths(paths, named, encoding)
        except ReaderError as error:
            warn(self, _("Cannot open"), str(error))
            return False
        self.set_article(article, paths=paths)
        return True

    def _ask_encoding(self, error: EncodingUnclear) -> str | None:
        """Let the user pick among the encodings the file reads plausibly in; never guess."""
        from PySide6.QtWidgets import QInputDialog  # dialogs load when first needed

        labels = [encoding_label(c) for c in error.candidates]
        label, ok = QInputDialog.getItem(
            self,
            _("Choose the encoding"),
            literal(f"{error}\n\n{_('Read the file as:')}"),
            labels,
            0,
            False,
        )
        return error.candidates[labels.index(label)] if ok else None

    def _open_files_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        names, _filter = QFileDialog.getOpenFileNames(
            self, _("Open versions"), "", _("Text files (*.txt);;All files (*)")
        )
        if names:
            self.open_paths([Path(n) for n in names])

    def _open_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name = QFileDialog.getExistingDirectory(self, _("Open article folder"))
        if name:
            self.open_paths([Path(name)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        files = mime.hasUrls() and all(u.isLocalFile() for u in mime.urls())
        if files or self._dropped_web_source(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        source = self._dropped_web_source(event)
        if source is not None:  # a link, or a saved page: imported
            event.acceptProposedAction()
            self.import_web_page(source)
            return
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    @staticmethod
    def _dropped_web_source(event: QDragEnterEvent | QDropEvent) -> str | None:
        from reader.ui.web import dropped_source  # the web code loads when first needed

        return dropped_source(event.mimeData())

    # -- the web: importing, updating, pasting (reader.ui.web, reader.ui.paste) ----------------

    def _web(self) -> WebWork:
        if self._web_work is None:
            from reader.ui.web import WebWork

            self._web_work = WebWork(self)
            self._web_work.imported.connect(self._show_imported)
            self._web_work.updated.connect(self._show_updated)
            self._web_work.busy_changed.connect(self._web_busy)
        return self._web_work

    def jobs_to_run(self) -> Jobs:
        """What runs background work: the context's, else worker processes (made when first
        needed, after the first paint)."""
        if self.jobs is None:
            from reader.ui.jobs import ProcessJobs

            self.jobs = ProcessJobs()
        return self.jobs

    def _open_web_dialog(self) -> None:
        self._web().ask_for_page()

    def import_web_page(self, source: str, alternates: bool = True) -> bool:
        """Import ``source`` (an http(s) address or a saved page) in the background; it opens
        when done. False if another web job is under way."""
        return self._web().import_page(source, alternates)

    def check_for_updates(self) -> None:
        """Fetch the pages of the article on screen again, in the background."""
        article = self.article
        if article is not None and article.path is not None and _from_the_web(article):
            self._web().check_for_updates(article.path)

    def paste_as_version(self) -> None:
        """Add the clipboard's text to the article on screen as a new version."""
        from reader.ui.paste import paste_as_version

        paste_as_version(self)

    def _show_imported(self, folder: Path, asked: str) -> None:
        """Open an imported article: the source on the left, the language of the page asked for
        on the right (another translation if that was the source), side by side."""
        article = self._load_quietly(folder)
        if article is None:
            return
        source = VersionKey(article.source_language, 0)
        others = [v.language for v in article.versions if v.language != source.language]
        right = asked if asked in others else next(iter(others), source.language)
        self.set_article(article, left=source, right=VersionKey(right, 0), paths=[folder])
        self.set_compare(len(article.versions) > 1)
        if self._library_dock is not None:  # index the new article
            self._library_dock.refresh()

    def _show_updated(self, folder: Path) -> None:
        if self.article is not None and self.article.path == folder:
            article = self._load_quietly(folder)
            if article is not None:
                self.set_article(article, self.left.key, self.right.key, paths=[folder])

    def show_revisions(self, folder: Path, language: str, revision: int) -> None:
        """Open the article folder ``folder`` (if it is not on screen) with ``language`` at
        ``revision`` on the right and its previous revision on the left, compared."""
        article = self.article
        if article is None or article.path != folder:
            article = self._load_quietly(folder)
            if article is None:
                return
        earlier = [v for v in article.revisions(language) if v.revision < revision]
        left = earlier[-1].key if earlier else None
        self.set_article(article, left=left, right=VersionKey(language, revision), paths=[folder])
        self.set_compare(True)

    def _load_quietly(self, folder: Path) -> Article | None:
        """The article folder ``folder``, or None after saying why it cannot be opened."""
        try:
            return load([folder])
        except ReaderError as error:
            warn(self, _("Cannot open"), str(error))
            return None

    def _web_busy(self, busy: bool) -> None:
        self.open_web_action.setEnabled(not busy)
        self.paste_version_action.setEnabled(not busy)
        self.check_updates_action.setEnabled(
            not busy and self.article is not None and _from_the_web(self.article)
        )

    def _choose_language(self) -> None:
        pane = self._focused_pane()
        if self.article is None or pane.version is None or pane.version.path not in self._paths:
            warn(
                self,
                _("Set language"),
                _(
                    "Only the versions of loose text files can be relabelled; "
                    "an article folder's languages come from its article.toml."
                ),
            )
            return
        language = self.ask_language(
            _("Set language"), _("Language of this text:"), pane.version.language
        )
        if language is None:
            return
        index = self._paths.index(pane.version.path)
        languages: list[str | None] = [v.language for v in self.article.versions]
        languages = languages[: len(self._paths)]
        languages[index] = language
        self.open_paths(self._paths, languages)

    def _enable_relabelling(self, article: Article, paths: Sequence[Path]) -> None:
        """Set Language is offered for loose text files only: an article folder's languages
        come from its article.toml, and the action could only refuse."""
        loose = {p for p in paths if not p.is_dir()}
        self.language_action.setEnabled(any(v.path in loose for v in article.versions))

    def ask_language(self, title: str, label: str, current: str | None = None) -> str | None:
        """Let the user pick a language from those Reader knows; None if they cancel."""
        from PySide6.QtWidgets import QInputDialog

        codes = sorted(LANGUAGES, key=language_name)
        names = [f"{language_name(c)} ({c})" for c in codes]
        at = codes.index(current) if current in codes else 0
        name, ok = QInputDialog.getItem(self, title, label, names, at, False)
        return codes[names.index(name)] if ok else None

    # -- what is shown ------------------------------------------------------------------------

    def set_article(
        self,
        article: Article,
        left: VersionKey | None = None,
        right: VersionKey | None = None,
        paths: Sequence[Path] = (),
    ) -> None:
        """Show ``article`` (opened from ``paths``): the source on the left and a translation on
        the right, unless ``left``/``right`` (or the saved choice) say otherwise."""
        self._remember_place()  # where the last article was left
        self.article = article
        self._paths = list(paths)
        if self._placeholder is not None:
            self._placeholder.hide()
            self.splitter.show()
        # One version has nothing to compare with: one pane, whatever the saved choice.
        self.compare_action.setEnabled(len(article.versions) > 1)
        self.setWindowTitle(
            _("{title} — Reader").format(title=reveal(article.display_title))
            if article.display_title
            else _("Reader")
        )
        busy = self._web_work is not None and self._web_work.busy
        self.check_updates_action.setEnabled(not busy and _from_the_web(article))
        self._enable_relabelling(article, paths)
        notes = self._article_notes(article)
        for pane in (self.left, self.right):
            pane.set_article(article)
            pane.set_article_notes(notes)
        scope = self._scope()
        left_version = self._pick(
            left or _key_or_none(self.store.get(settings.LEFT, scope)), self._default_left()
        )
        right_version = self._pick(
            right or _key_or_none(self.store.get(settings.RIGHT, scope)), self._default_right()
        )
        # Everything around the texts first, and the window's geometry settled once, so that
        # each text is laid out at its final width rather than at every width on the way.
        self.left.show_chrome(left_version)
        self.right.show_chrome(right_version)
        self.left.setVisible(self.compare)
        self._settle(self)
        self._level_banners()  # now, not after the first paint: both texts start level at once
        self.left.show_text(self.font_size)
        self.right.show_text(self.font_size)
        self._alignments.clear()
        self._apply_compare()
        # Fidelity checks run once the text has painted: the text first, the findings next.
        self._checks_pending = True
        self._drop_checks()  # the previous article's
        self._show_settings_problems()
        self._remember_place(0)  # first in Open Recent (asking the view would lay it out now)
        self.article_loaded.emit(article)

    def _start_review(self) -> None:
        """Statuses, notes and dismissed findings (reader.ui.review): loaded once the first
        text has painted (and the paint is done), not on the start path."""
        if self.review is None:
            from reader.ui.review.controller import ReviewController

            self.review = ReviewController(self)

    def _article_notes(self, article: Article) -> list[str]:
        """Where the article came from: the evidence for its source language, and the addresses
        its import left out (known while the window that imported it is open)."""
        skipped = self._web_work.skipped_of(article) if self._web_work is not None else ()
        if not article.source_evidence and not skipped:
            return []
        from reader.core.present.provenance import evidence_notes, skipped_notes

        return [*evidence_notes(article.source_evidence), *skipped_notes(skipped)]

    def show_placeholder(self, text: str) -> None:
        """No article on screen yet (``reader URL`` while it imports): ``text`` in the panes'
        place; the next article puts the panes back."""
        if self._placeholder is None:
            label = QLabel()
            label.setObjectName("placeholder")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setMargin(48)
            central = self.centralWidget()
            layout = central.layout() if central is not None else None
            assert isinstance(layout, QVBoxLayout)
            layout.addWidget(label, 1)
            self._placeholder = label
        self._placeholder.setText(text)
        self._placeholder.show()
        self.splitter.hide()

    def _show_settings_problems(self) -> None:
        """Say when saved settings could not be read (defaults are in use, the damaged file kept)."""
        if not self.store.problems:
            return
        if self._settings_notice is None:
            self._settings_notice = QLabel()
            self._settings_notice.setObjectName("settings-notice")
            self._settings_notice.setTextFormat(Qt.TextFormat.PlainText)
            self.status().addPermanentWidget(self._settings_notice)
        count = len(self.store.problems)
        self._settings_notice.setText(settings_problems(count))
        self._settings_notice.setToolTip(literal("\n".join(self.store.problems)))

    def _run_checks(self) -> None:
        """Check every translation of the article against its source, in the background; the
        findings are marked when they come in (a new article cancels the checks of the last)."""
        article = self.article
        if article is None or not self.isVisible():  # closed since its first paint: no worker
            return
        work = CHECKS if article.source is not None else CHECKS_ALONE
        job = self.jobs_to_run().start(work, (article,), parent=self)
        job.finished.connect(self._checks_finished)
        job.failed.connect(self._checks_failed)
        self._checks_job = job

    def _checks_finished(self, findings: dict[VersionKey, list[Finding]]) -> None:
        self._drop_checks()
        self._show_checks(findings, ChecksStatus.DONE)

    def _checks_failed(self, error: Exception) -> None:
        from reader.ui.jobs import WorkerStopped  # loaded with the job

        self._drop_checks()
        if not isinstance(error, ReaderError | WorkerStopped):  # a bug: keep its traceback
            traceback.print_exception(error)
        self.status().showMessage(
            _("Fidelity checks could not run: {reason}").format(reason=error), 8000
        )
        self._show_checks({}, ChecksStatus.FAILED)

    def _show_checks(self, findings: dict[VersionKey, list[Finding]], status: ChecksStatus) -> None:
        for pane in (self.left, self.right):
            pane.set_checks(findings, status)
        self._level_banners()  # before the next paint, so that the texts never part
        self.checks_done.emit(findings)

    def _drop_checks(self) -> None:
        """Cancel the checks under way, if any, and let their job go."""
        job, self._checks_job = self._checks_job, None
        if job is not None:
            job.cancel()
            job.deleteLater()

    def _pick(self, key: VersionKey | None, fallback: Version) -> Version:
        assert self.article is not None
        if key is None:
            return fallback
        return self.article.find(key) or self.article.find(VersionKey(key.language, 0)) or fallback

    def _default_left(self) -> Version:
        assert self.article is not None
        return self.article.source or self.article.versions[0]

    def _default_right(self) -> Version:
        assert self.article is not None
        others = [v for v in self.article.versions if v.language != self.article.source_language]
        return others[0] if others else self.article.versions[-1]

    def show_in(self, pane: VersionPane, key: VersionKey) -> None:
        """Show the version named ``key`` in ``pane``."""
        if self.article is None:
            return
        version = self.article.find(key)
        if version is not None:
            pane.show_version(version, self.font_size)
            self._remember()
            self._level_banners()
            self._refresh_sync()

    def set_compare(self, on: bool) -> None:
        """Compare on: both panes side by side. Off: the right pane alone, at full width."""
        if self.compare_action.isChecked() != on:
            self.compare_action.setChecked(on)
        self.store.set(settings.COMPARE, on)
        self._apply_compare()

    def _apply_compare(self) -> None:
        self.left.setVisible(self.compare)
        self.swap_action.setEnabled(self.compare)
        self._refresh_sync()
        self.compare_changed.emit(self.compare)

    @property
    def paths(self) -> list[Path]:
        """What the article on screen was opened from (a folder, or its loose files)."""
        return list(self._paths)

    @property
    def compare(self) -> bool:
        """Two panes on screen: the toggle is on and the article has two versions to show."""
        return self.compare_action.isChecked() and self.compare_action.isEnabled()

    def swap(self) -> None:
        """Exchange the versions of the two panes."""
        left, right = self.left.version, self.right.version
        if left is None or right is None:
            return
        self.left.show_version(right, self.font_size)
        self.right.show_version(left, self.font_size)
        self._remember()
        self._level_banners()
        self._refresh_sync()

    def show_source(self, beside: VersionPane) -> None:
        """Bring the source into view next to ``beside``: compare on, source in the other pane."""
        if self.article is None or self.article.source is None:
            return
        other = self.left if beside is self.right else self.right
        paragraph = beside.view.first_visible_paragraph()
        if other.version is not self.article.source:
            other.show_version(self.article.source, self.font_size)
        self._remember()
        self.set_compare(True)  # also aligns the panes
        # Keep the reader's place: both panes to the group of the paragraph they were reading.
        group = self.sync.bead_of(0 if beside is self.left else 1, paragraph)
        if group >= 0:
            self.sync.go_to(group)
        else:
            other.view.scroll_to_paragraph(paragraph)

    def _on_banner(self, pane: VersionPane, action: str) -> None:
        if action == SHOW_SOURCE:
            self.show_source(pane)

    def show_preferences(self) -> None:
        """Edit › Preferences (reader.ui.preferences, loaded when first asked for)."""
        from reader.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.store, self)
        dialog.font_size_chosen.connect(self.set_font_size)
        dialog.exec()

    def zoom(self, step: int) -> None:
        """Step the reading size up (1), down (-1), or back to the default (0)."""
        self.set_font_size(
            settings.FONT_SIZE.default if step == 0 else self.font_size * ZOOM_STEP**step
        )

    def set_font_size(self, size: float) -> None:
        """Show both texts at ``size`` points (kept within the zoom range), and keep it."""
        self.font_size = min(MAX_FONT, max(MIN_FONT, size))
        self.store.set(settings.FONT_SIZE, self.font_size)
        self.zoom_label.show_size(self.font_size, settings.FONT_SIZE.default)
        for pane in (self.left, self.right):
            if pane.version is not None:
                pane.show_version(pane.version, self.font_size)
        self._refresh_sync()

    def _refresh_sync(self) -> None:
        """In compare mode keep the panes level: revisions of one language as a word-level
        difference, other versions by paragraph alignment; or both revisions inline."""
        left, right = self.left.version, self.right.version
        if self._inline_shown and right is not None:
            self._inline_shown = False
            self.right.show_version(right, self.font_size)
        if not self.compare or self.article is None or left is None or right is None:
            self.revisions.clear(self.left, self.right)
            for pane in (self.left, self.right):
                pane.show_findings(True)
            self.sync.set_alignment(None)
            self._offer_source()
            return
        alignment = self.revisions.compare(self.left, self.right)
        for pane in (self.left, self.right):
            pane.show_findings(alignment is None)  # diff marks alone while revisions are compared
        if alignment is not None and self.revisions.inline.isChecked():
            self.left.setVisible(False)
            self.revisions.show_inline(self.right, self.font_size)
            self._inline_shown = True
            self.sync.set_alignment(None)
            self._offer_source()
            return
        self.left.setVisible(True)
        self.sync.set_alignment(alignment or self._alignment(left, right))
        self._offer_source()

    def _offer_source(self) -> None:
        """A banner offers to show the source only while the source is not beside it."""
        source = self.article.source if self.article is not None else None
        both = self.compare and self.left.isVisibleTo(self)
        for pane, other in ((self.left, self.right), (self.right, self.left)):
            pane.set_source_beside(both and source is not None and other.version is source)

    def alignment_of(self, left: Version, right: Version) -> Alignment | None:
        """The alignment of two versions' paragraphs, made once (None past ``ALIGN_LIMIT``)."""
        return self._alignment(left, right)

    def _alignment(self, left: Version, right: Version) -> Alignment | None:
        if max(len(left.paragraphs), len(right.paragraphs)) > ALIGN_LIMIT:
            # About 0.25 ms a paragraph (bench/align.py): beyond this the window would stall.
            self.status().showMessage(
                _(
                    "Too many paragraphs to align (over {limit}): the panes scroll on their own"
                ).format(limit=ALIGN_LIMIT),
                8000,
            )
            return None
        key = (id(self.article), left.key, right.key)
        if key not in self._alignments:
            from reader.core.align.aligner import align  # only once two versions are side by side

            self._alignments[key] = align(
                [p.text for p in left.paragraphs],
                [p.text for p in right.paragraphs],
                left.language,
                right.language,
            )
        return self._alignments[key]

    def compare_with_previous_revision(self) -> None:
        """Show the previous revision of the right pane's language in the left pane."""
        version = self.right.version
        if self.article is None or version is None:
            return
        earlier = [
            v for v in self.article.revisions(version.language) if v.revision < version.revision
        ]
        if not earlier:
            self.status().showMessage(
                _("{version} has no earlier revision").format(version=version.key), 4000
            )
            return
        self.left.show_version(earlier[-1], self.font_size)
        self._remember()
        self.set_compare(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            if event.type() == QEvent.Type.Resize and watched in self._banners:
                # A banner that changed height moves its text now, before the panes are
                # aligned and painted with the texts apart.
                self._level_banners()
            self._level_timer.start(0)
        return False

    def _on_text_painted(self) -> None:
        if self._checks_pending:
            self._checks_pending = False
            self.text_painted.emit()
            QTimer.singleShot(0, self._run_checks)

    def _level_banners(self) -> None:
        """In compare mode start both texts level: the pane under the shorter banner gets the
        difference as room between its banner and its text. Each banner keeps its own height,
        so a collapsed or shorter banner gives its room back at once, in both panes."""
        panes = (self.left, self.right)
        for pane in panes:
            self._settle(pane)  # the banners at their final size before they are measured
        heights = [pane.banner_height() for pane in panes]
        both = self.compare and all(pane.isVisibleTo(self) for pane in panes)
        for pane, height in zip(panes, heights, strict=True):
            pane.set_text_offset(max(heights) - height if both else 0)
            self._settle(pane)  # the texts move now, both at once, not at the next idle

    @staticmethod
    def _settle(widget: QWidget) -> None:
        """Lay ``widget`` out now rather than at the next idle moment."""
        layout = widget.layout()
        if layout is not None:
            layout.activate()

    def status(self) -> QStatusBar:
        """The status bar, on screen. Qt makes it when first asked for, and one made after the
        window was shown stays hidden: its messages would never be seen."""
        bar = self.statusBar()
        if bar.isHidden():
            bar.show()
        return bar

    def _focused_pane(self) -> VersionPane:
        focus = self.focusWidget()
        return self.left if focus is not None and self.left.isAncestorOf(focus) else self.right

    def _scope(self) -> str | None:
        """The name the article on screen keeps its pane choices under."""
        if self.article is None:
            return None
        return settings.article_scope(self.article.path, self._paths)

    def _remember(self) -> None:
        """Keep the panes' versions for this article (each article has its own)."""
        scope = self._scope()
        if scope is None:
            return
        if self.left.key:
            self.store.set(settings.LEFT, str(self.left.key), scope)
        if self.right.key:
            self.store.set(settings.RIGHT, str(self.right.key), scope)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._library_dock is not None:
            self._library_dock.stop()  # its searching thread
        self._remember_place()
        self._drop_checks()  # and its worker process with them
        if self._web_work is not None:
            self._web_work.cancel()  # and whatever it staged
        self.store.set(settings.GEOMETRY, self.saveGeometry().data())
        self._remember()
        self.store.sync()
        super().closeEvent(event)

"""The review in the window: paragraph statuses, notes and dismissed findings of the versions on
screen, kept in the article folder's review file (reader.core.review.store).

Made by the main window after its first paint (nothing of it on the start path). It adds a
Review menu, the keyboard commands of CAT tools (``Ctrl+Enter`` approves the paragraph and goes
to the next unreviewed one, ``Ctrl+Shift+Enter`` marks it as needing work), the same commands
in the text's context menu, and a margin beside each pane's text (reader.ui.review.margin).
The panes show only the findings that stand, and their banners the review's progress.

Every change is saved within half a second (a temporary file, fsync, a rename); a change
another window or machine saved is seen when the folder changes and merged.

Signals:
    changed(): the review on screen changed (a decision here, or a change read from disk).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.ingest.loading import MANIFEST
from reader.core.model import Article, Origin, Version
from reader.core.present.banner import Banner
from reader.core.present.review import (
    clashes_line,
    dismissed_line,
    note_line,
    reviewed_banner,
    set_aside_line,
    status_name,
)
from reader.core.review.model import (
    Dismissal,
    Note,
    Review,
    Status,
    VersionReview,
    add_note,
    dismiss,
    next_unreviewed,
    now,
    restore,
    set_status,
    split_findings,
)
from reader.core.review.revisions import finish
from reader.core.review.store import ReviewFile, Saved
from reader.ui import settings
from reader.ui.context import is_bundled
from reader.ui.plain import warn
from reader.ui.review.margin import StatusMargin

if TYPE_CHECKING:
    from reader.core.checks.model import Finding
    from reader.ui.main_window import MainWindow
    from reader.ui.printing import View
    from reader.ui.reading.pane import VersionPane

SAVE_DELAY_MS = 400  # a change is on disk within half a second
# Asks the user for a line of text: (title, label) -> the text, or None when cancelled.
Ask = Callable[[str, str], "str | None"]
# Asks the user where to write a file: (format, suggested path) -> the path, or None.
AskPath = Callable[[str, Path], "Path | None"]
# Tells the user of a failure in a dialog: (title, text).
Tell = Callable[[str, str], None]


class ReviewController(QObject):
    """The review of the article on ``window``."""

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.file: ReviewFile | None = None
        self.bundled = False  # the sample that comes with Reader: no review is kept in it
        self.review = Review()
        self._dirty = False
        self.ask: Ask = self._ask  # tests put a fake in its place
        self.ask_path: AskPath = self._ask_path  # tests put a fake in its place
        self.tell: Tell = partial(warn, window)  # tests put a fake in its place
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_changed)
        self._build_actions()
        self.margins: dict[str, StatusMargin] = {}
        for pane in self.panes:
            pane.findings_hook = partial(self._standing, pane)
            pane.banner_hook = self._banner
            pane.view.viewport().installEventFilter(self)  # a right-click places the cursor
            margin = StatusMargin(
                pane.view, partial(self._mark, pane), partial(self.paragraph_tip, pane)
            )
            margin.clicked.connect(partial(self._cycle, pane))
            self.margins[pane.objectName()] = margin
            for action in self.context_actions:
                pane.add_context_action(action)
        from reader.ui.review.editing import ParagraphEditor

        self.editor = ParagraphEditor(self)
        window.article_loaded.connect(self.set_article)
        window.installEventFilter(self)  # its closing ends the editing and saves
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)
        if window.article is not None:
            self.set_article(window.article)

    @property
    def panes(self) -> tuple[VersionPane, VersionPane]:
        return (self.window.left, self.window.right)

    # -- actions ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        window = self.window

        def action(text: str, shortcuts: list[str], slot: Callable[[], object]) -> QAction:
            made = QAction(text, window)
            made.setShortcuts([QKeySequence(s) for s in shortcuts])
            made.triggered.connect(slot)
            window.addAction(made)
            return made

        # Return is the main keyboard's Enter key, Enter the keypad's: CAT tools take both.
        self.approve_action = action(
            _("&Approve and Go to Next Unreviewed"),
            ["Ctrl+Return", "Ctrl+Enter"],
            self.approve_and_next,
        )
        self.needs_work_action = action(
            _("Mark as &Needing Work"),
            ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"],
            lambda: self.set_status_here(Status.NEEDS_WORK),
        )
        self.unreviewed_action = action(
            _("Mark as &Unreviewed"), [], lambda: self.set_status_here(Status.UNREVIEWED)
        )
        self.note_action = action(_("Add a &Note…"), ["Ctrl+Alt+M"], self.add_note_here)
        self.dismiss_action = action(_("&Dismiss Finding…"), [], self.dismiss_here)
        self.edit_action = action(_("&Edit Paragraph"), ["F2"], self.toggle_editing)
        self.finish_action = action(_("&Finish Revision"), [], self.finish_revision)
        self.dismissed_menu = QMenu(_("Dismissed &Findings"), window)
        self.dismissed_menu.setObjectName("dismissed-menu")
        self.dismissed_menu.aboutToShow.connect(self._fill_dismissed_menu)
        self.context_actions = [
            self.approve_action,
            self.needs_work_action,
            self.unreviewed_action,
            self.note_action,
            self.dismiss_action,
            self.dismissed_menu.menuAction(),
            self.edit_action,
        ]
        menu = QMenu(_("Revie&w"), window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), menu)  # Help stays last
        menu.setObjectName("review-menu")
        menu.addActions(self.context_actions[:3])
        menu.addSeparator()
        menu.addActions(self.context_actions[3:6])
        menu.addSeparator()
        menu.addActions([self.edit_action, self.finish_action])
        menu.addSeparator()
        self.report_pdf_action = action(
            _("Export Review &Report as PDF\u2026"),
            [],
            lambda: self.export_report("pdf"),
        )
        self.report_html_action = action(
            _("Export Review Report as H&TML\u2026"), [], lambda: self.export_report("html")
        )
        menu.addActions([self.report_pdf_action, self.report_html_action])

    # -- the article --------------------------------------------------------------------------

    def set_article(self, article: Article) -> None:
        """Read the review of ``article`` (kept in its folder; none for loose files)."""
        if self.editor.editing and article is not self.window.article:
            self.editor.stop()
        self.save()
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        folder = article.path
        self.file = None
        self.review = Review()
        self.bundled = folder is not None and is_bundled(folder)
        if folder is not None and (folder / MANIFEST).is_file() and not self.bundled:
            self.file = ReviewFile(folder)
            loaded = self.file.load()
            self.review = loaded.review
            if loaded.set_aside is not None:
                self.say(set_aside_line(loaded.set_aside), 0)
            self._watcher.addPath(str(folder))
        self._refresh()

    def _folder_changed(self, _folder: str) -> None:
        if self.file is None or not self.file.changed_on_disk():
            return
        if self._dirty or self.file.lost_a_save():
            # merges what is on disk with what is here; a save of ours that another writer's
            # replaced unseen (a share without locks) is written again
            self._dirty = True
            self.save()
            return
        loaded = self.file.load()
        self.review = loaded.review
        if loaded.set_aside is not None:
            self.say(set_aside_line(loaded.set_aside), 0)
        self._refresh()

    # -- the paragraph acted on ---------------------------------------------------------------

    def current_pane(self) -> VersionPane:
        """The pane the commands act on: the focused one, else the right (the translation)."""
        left, right = self.panes
        focus = self.window.focusWidget()
        if left.isVisible() and focus is not None and left.isAncestorOf(focus):
            return left
        return right

    def current_paragraph(self, pane: VersionPane) -> int:
        """The paragraph the text cursor is in (a click puts it there)."""
        return pane.view.textCursor().blockNumber()

    def _target(self) -> tuple[VersionPane, Version, int] | None:
        pane = self.current_pane()
        if pane.version is None or not pane.version.paragraphs:
            return None
        paragraph = self.current_paragraph(pane)
        return pane, pane.version, min(max(paragraph, 0), len(pane.version.paragraphs) - 1)

    def of(self, version: Version) -> VersionReview:
        return self.review.of(str(version.key))

    # -- decisions ----------------------------------------------------------------------------

    def reviewer(self) -> str:
        return str(self.window.store.get(settings.REVIEWER))

    def set_status(self, pane: VersionPane, paragraph: int, status: Status) -> None:
        version = pane.version
        assert version is not None
        text = version.paragraphs[paragraph].text
        updated = set_status(self.of(version), paragraph, text, status, self.reviewer(), now())
        self._change(version, updated)

    def set_status_here(self, status: Status) -> None:
        target = self._target()
        if target is not None:
            pane, _version, paragraph = target
            self.set_status(pane, paragraph, status)

    def approve_and_next(self) -> None:
        """Approve the current paragraph and put the cursor on the next unreviewed one."""
        target = self._target()
        if target is None:
            return
        pane, version, paragraph = target
        self.set_status(pane, paragraph, Status.APPROVED)
        texts = [p.text for p in version.paragraphs]
        following = next_unreviewed(self.of(version), texts, paragraph)
        if following is not None:
            self.go_to(pane, following)

    def go_to(self, pane: VersionPane, paragraph: int) -> None:
        cursor = QTextCursor(pane.view.block(paragraph))
        pane.view.setTextCursor(cursor)
        pane.view.scroll_to_paragraph(paragraph)

    def _cycle(self, pane: VersionPane, paragraph: int) -> None:
        """The margin's control: unreviewed, approved, needs work, and round again."""
        version = pane.version
        if version is None:
            return
        order = [Status.UNREVIEWED, Status.APPROVED, Status.NEEDS_WORK]
        now_ = self.of(version).status(paragraph, version.paragraphs[paragraph].text)
        self.set_status(pane, paragraph, order[(order.index(now_) + 1) % len(order)])

    def add_note_here(self) -> None:
        target = self._target()
        if target is None:
            return
        _pane, version, paragraph = target
        text = self.ask(_("Add a Note"), _("Note on paragraph {number}:").format(number=paragraph))
        if text and text.strip():
            self.add_note(version, paragraph, text.strip())

    def add_note(self, version: Version, paragraph: int, text: str) -> None:
        note = Note(now(), self.reviewer(), text)
        self._change(version, add_note(self.of(version), paragraph, note))

    def dismiss_here(self) -> None:
        """Dismiss the finding stepped to, else the first in the current paragraph, with a reason."""
        target = self._target()
        if target is None:
            return
        pane, _version, paragraph = target
        finding = self._finding_at(pane, paragraph)
        if finding is None:
            self.say(_("No finding to dismiss in paragraph {number}.").format(number=paragraph))
            return
        reason = self.ask(
            _("Dismiss Finding"), _("Why is this not a problem? (e.g. name kept on purpose)")
        )
        if reason and reason.strip():
            self.dismiss(pane, finding, reason.strip())

    def _finding_at(self, pane: VersionPane, paragraph: int) -> Finding | None:
        if 0 <= pane.finding_index < len(pane.findings):
            return pane.findings[pane.finding_index]
        return next((f for f in pane.findings if f.paragraph == paragraph), None)

    def dismiss(self, pane: VersionPane, finding: Finding, reason: str) -> None:
        version = pane.version
        assert version is not None
        targets, sources = self._texts(version)
        updated = dismiss(
            self.of(version), finding, targets, sources, reason, self.reviewer(), now()
        )
        self._change(version, updated)

    def restore(self, pane: VersionPane, finding: Finding) -> None:
        version = pane.version
        assert version is not None
        self._change(version, restore(self.of(version), finding))

    def dismissed(self, pane: VersionPane) -> list[tuple[Finding, Dismissal]]:
        """The findings of the pane's version dismissed on their present text."""
        version = pane.version
        if version is None:
            return []
        targets, sources = self._texts(version)
        found = pane.checks.get(version.key, [])
        _open, dismissed = split_findings(self.of(version), found, targets, sources)
        return dismissed

    def _fill_dismissed_menu(self) -> None:
        menu = self.dismissed_menu
        menu.clear()
        pane = self.current_pane()
        version = pane.version
        entries = self.dismissed(pane)
        if version is None or not entries:
            empty = menu.addAction(_("No finding is dismissed"))
            empty.setEnabled(False)
            return
        for finding, dismissal in entries:
            item = menu.addAction(dismissed_line(dismissal).replace("&", "&&"))
            item.setToolTip(_("Restore this finding: it counts again"))
            item.triggered.connect(partial(self.restore, pane, finding))

    # -- post-editing -------------------------------------------------------------------------

    def toggle_editing(self) -> None:
        """``F2``: edit the current paragraph in place, or end the editing."""
        if self.editor.editing:
            self.editor.stop()
            return
        pane = self.current_pane()
        self.editor.start(pane, self.current_paragraph(pane))

    def carry_review(self, parent: Version, revision: Version) -> None:
        """A new revision starts with its parent's review: statuses and dismissals hold where
        the text is the same (they are tied to it), notes stay with their paragraphs."""
        self._change(revision, replace(self.of(parent), finished=None))

    def finish_revision(self) -> None:
        """Freeze the post-edited revision on screen: the next edit starts another."""
        if self.editor.editing:
            self.editor.stop()
        pane = self.current_pane()
        version = pane.version
        if version is None or version.origin is not Origin.POST_EDITED:
            self.say(_("Only a post-edited revision can be finished."))
            return
        self._change(version, finish(self.of(version), self.reviewer(), now()))
        self.say(
            _("{version} is finished; the next edit starts a new revision.").format(
                version=version.key
            )
        )

    # -- what the panes show ------------------------------------------------------------------

    def _texts(self, version: Version) -> tuple[list[str], list[str]]:
        article = self.window.article
        source = article.source if article is not None else None
        sources = [p.text for p in source.paragraphs] if source is not None else []
        return [p.text for p in version.paragraphs], sources

    def _standing(self, pane: VersionPane, version: Version, found: list[Finding]) -> list[Finding]:
        targets, sources = self._texts(version)
        standing, _dismissed = split_findings(self.of(version), found, targets, sources)
        return standing

    def _banner(self, version: Version, banner: Banner) -> Banner:
        article = self.window.article
        if article is None:
            return banner
        pane = next((p for p in self.panes if p.version is version), None)
        dismissed = len(self.dismissed(pane)) if pane is not None else 0
        return reviewed_banner(banner, article, version, self.of(version), dismissed)

    def _mark(self, pane: VersionPane, paragraph: int) -> tuple[Status, int] | None:
        version = pane.version
        article = self.window.article
        if version is None or article is None or paragraph >= len(version.paragraphs):
            return None
        if self.file is None or version.language == article.source_language:
            return None  # loose files keep no review; the source is not reviewed
        review = self.of(version)
        status = review.status(paragraph, version.paragraphs[paragraph].text)
        return status, len(review.notes.get(paragraph, ()))

    def paragraph_tip(self, pane: VersionPane, paragraph: int) -> str:
        """The margin's tool tip: the status, the notes, the findings dismissed there."""
        version = pane.version
        if version is None or paragraph >= len(version.paragraphs):
            return ""
        review = self.of(version)
        status = review.status(paragraph, version.paragraphs[paragraph].text)
        lines = [status_name(status)]
        lines += [note_line(note) for note in review.notes.get(paragraph, ())]
        lines += [dismissed_line(d) for f, d in self.dismissed(pane) if f.paragraph == paragraph]
        return "\n".join(lines)

    def _refresh(self) -> None:
        for pane in self.panes:
            if pane.version is not None and pane.article is not None:
                pane.set_checks(pane.checks, pane.checks_status)
            self.margins[pane.objectName()].place()
        self.changed.emit()

    # -- the review report ---------------------------------------------------------------------

    def report_view(self) -> View | None:
        """The review report of the translation on the right, as ``reader export --review``
        writes it: the source beside it, their alignment, the findings, the review."""
        from reader.ui.printing import View

        window = self.window
        article, target = window.article, window.right.version
        if article is None or target is None:
            return None
        source = article.source
        pair = source is not None and source is not target
        versions = (source, target) if source is not None and pair else (target,)
        alignment = window.alignment_of(*versions) if len(versions) == 2 else None
        checks, status = window.right.checks, window.right.checks_status
        return View(article, versions, alignment, checks, status, self.of(target))

    def export_report(self, fmt: str) -> Path | None:
        """Review › Export Review Report as PDF… / HTML…: ask where, then write the report
        (``reader export --review``'s rendering); a failure is said in a dialog."""
        from reader.ui.printing import WRITERS

        view = self.report_view()
        if view is None:
            return None
        target = view.versions[-1]
        article = view.article
        stem = article.path.stem if article.path is not None else article.display_title
        name = _("{article} {version} review").format(article=stem, version=target.key)
        out = self.ask_path(fmt, Path.home() / f"{name}.{fmt}")
        if out is None:
            return None
        if not out.suffix and not out.exists():  # a name typed without its extension
            out = out.with_suffix(f".{fmt}")
        try:
            WRITERS[fmt](view, out)
        except ReaderError as error:
            self.tell(_("Cannot export the review report"), str(error))
            return None
        self.say(_("The review report was written to {path}.").format(path=out))
        return out

    def _ask_path(self, fmt: str, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from reader.ui.printing import FILTERS

        title = _("Export Review Report")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, title, str(suggested), _(FILTERS[fmt])
        )
        return Path(chosen) if chosen else None

    # -- saving -------------------------------------------------------------------------------

    def _change(self, version: Version, updated: VersionReview) -> None:
        if self.file is None:
            self.say(self.why_not_kept())
            return
        self.review = self.review.with_version(str(version.key), updated)
        self._dirty = True
        self._save_timer.start()
        self._refresh()

    def why_not_kept(self) -> str:
        """Why this article keeps no review and takes no edits."""
        if self.bundled:
            return _(
                "The sample that comes with Reader is never changed: add it to the library "
                "(File › Add to Library) to review or edit it."
            )
        return _("Reviews are kept in article folders; this article is loose files.")

    def save(self) -> Saved | None:
        """Write the review now, if it changed (merged with what another writer saved)."""
        self._save_timer.stop()
        if self.file is None or not self._dirty:
            return None
        try:
            saved = self.file.save(self.review)
        except OSError as error:
            message = _("The review could not be saved: {reason}")
            self.say(message.format(reason=error.strerror or error), 0)
            return None
        except ReaderError as error:
            self.say(str(error), 0)
            return None
        self._dirty = False
        if saved.set_aside is not None:
            self.say(set_aside_line(saved.set_aside), 0)
        if saved.clashes:
            self.say(clashes_line(saved.clashes), 0)
        if saved.merged:
            self.review = saved.review
            self._refresh()
        return saved

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shut_down()
        elif event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self._place_cursor(watched, event)
        return False

    def _place_cursor(self, watched: QObject, event: QContextMenuEvent) -> None:
        """A right-click puts the text cursor where it is (unless on the selection, which the
        menu's Copy is for), so that the menu's review commands act on that paragraph."""
        pane = next((p for p in self.panes if watched is p.view.viewport()), None)
        if pane is None or self.editor.editing:
            return
        view = pane.view
        clicked = view.cursorForPosition(event.pos())
        cursor = view.textCursor()
        if cursor.hasSelection() and (
            cursor.selectionStart() <= clicked.position() <= cursor.selectionEnd()
        ):
            return
        view.setTextCursor(clicked)

    def shut_down(self) -> None:
        """The application is quitting: end any editing, write what is not written yet."""
        self.editor.stop()
        self.save()

    def say(self, text: str, timeout: int = 5000) -> None:
        self.window.status().showMessage(text, timeout)

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self.window, title, label)
        return text if ok else None

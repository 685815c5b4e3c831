"""Post-editing in place: ``F2`` or a double-click edits a paragraph in the pane itself, in the
same right-to-left layout, with undo and redo (``Ctrl+Z``, ``Ctrl+Shift+Z``).

The view's own document is made editable for that one paragraph (block *i* is paragraph *i*):
a key that would join it to its neighbours or split it in two is refused, and an edit that
changed the paragraph count (a paste of several paragraphs) is undone. ``Shift+Enter`` breaks
a line inside the paragraph.

The first change creates a new revision of the language on disk (origin ``post-edited``, the
parent recorded; reader.core.review.revisions), unless the version is itself an unfinished
post-edited revision, which is then changed; each later change rewrites that revision's file
within a second (written on a thread of its own). The fidelity checks run again on the edited text a moment after the
typing stops, in the worker process (reader.ui.jobs), and mark the paragraph when they answer.
The paragraph being edited is framed in the highlight colour (reader.ui.review.frame). When it
gains or loses a line, the rows below it in the other pane follow within a tenth of a second
(``PaneSync.relevel_after``: only the paddings that change). ``Escape``, ``F2`` again or
leaving the paragraph ends the editing; the pane then shows the revision.
*Finish Revision* freezes it: the next edit starts another.

Signals:
    revision_made(object): the first edit made this new revision (a VersionKey).
    editing_changed(bool): editing started or ended.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor

from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.ingest.loading import load_folder
from reader.core.model import Paragraph, Version, VersionKey
from reader.core.review.revisions import (
    add_post_edited,
    edits_in_place,
    rewrite_post_edited,
    written_revision,
)

if TYPE_CHECKING:
    from reader.core.checks.model import Finding
    from reader.ui.jobs import Job
    from reader.ui.reading.pane import VersionPane
    from reader.ui.review.controller import ReviewController
    from reader.ui.review.frame import EditFrame

CHECK = "reader.core.checks.run:check_version"
SAVE_DELAY_MS = 500  # what is typed is on disk within a second
CHECK_DELAY_MS = 600  # the checks run once typing pauses this long
LEVEL_DELAY_MS = 100  # the other pane follows a line more or less this soon, typing or not
LINE_BREAK = "\u2028"  # what Shift+Enter puts in a QTextEdit block


class ParagraphEditor(QObject):
    """Edits one paragraph of one pane at a time, for the review ``controller``."""

    revision_made = Signal(object)
    editing_changed = Signal(bool)

    def __init__(self, controller: ReviewController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.pane: VersionPane | None = None
        self.paragraph = -1
        self.base: Version | None = None  # the version on screen when editing started
        self.target: Version | None = None  # the revision the edits are written to, once made
        self._blocks = 0
        self._undoing = False
        self.frame: EditFrame | None = None  # around the paragraph being edited
        self._job: Job | None = None
        self._save_timer = self._timer(SAVE_DELAY_MS, self.save)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="revision-writer")
        self._writing: Future[None] | None = None
        self._check_timer = self._timer(CHECK_DELAY_MS, self._run_checks)
        self._level_timer = self._timer(LEVEL_DELAY_MS, self._relevel)
        self._height = 0.0  # the edited paragraph's height when the panes were last levelled
        for pane in controller.panes:
            pane.view.installEventFilter(self)
            pane.view.viewport().installEventFilter(self)

    def _timer(self, interval: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    @property
    def editing(self) -> bool:
        return self.pane is not None

    # -- starting and ending ------------------------------------------------------------------

    def start(self, pane: VersionPane, paragraph: int) -> bool:
        """Edit ``paragraph`` of the version in ``pane``; False where it cannot be edited."""
        article = self.window.article
        version = pane.version
        if self.editing:
            self.stop()
        if (
            article is None
            or version is None
            or self.controller.file is None
            or version.language == article.source_language
            or not 0 <= paragraph < len(version.paragraphs)
        ):
            self.controller.say(
                self.controller.why_not_kept()
                if self.controller.file is None
                else _("Only a translation can be edited; the source stays as received.")
            )
            return False
        view = pane.view
        self.pane, self.paragraph, self.base, self.target = pane, paragraph, version, None
        if edits_in_place(version, self.controller.of(version)):
            self.target = version
        document = view.document()
        self._blocks = document.blockCount()
        document.setUndoRedoEnabled(False)  # an empty undo stack: nothing before the editing
        document.setUndoRedoEnabled(True)
        document.contentsChanged.connect(self._changed)
        view.setReadOnly(False)
        view.setUndoRedoEnabled(True)
        view.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        view.cursorPositionChanged.connect(self._cursor_moved)
        cursor = view.textCursor()
        # As in CAT tools, the cursor goes to the paragraph's end, unless a click put it inside.
        if cursor.blockNumber() != paragraph or cursor.positionInBlock() == 0:
            cursor = QTextCursor(view.block(paragraph))
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            view.setTextCursor(cursor)
        view.setFocus()
        from reader.ui.review.frame import EditFrame

        self.frame = EditFrame(view, paragraph)
        self._height = self._paragraph_height()
        # Not on contentsChanged alone: Qt may lay the paragraph out later (while a relayout of
        # the document is under way), and the document's size says when it did.
        document.documentLayout().documentSizeChanged.connect(self._height_changed)
        self.editing_changed.emit(True)
        return True

    def stop(self) -> None:
        """End the editing: save, make the view read-only again, show the revision."""
        pane = self.pane
        if pane is None:
            return
        self.save()
        view = pane.view
        document = view.document()
        document.contentsChanged.disconnect(self._changed)
        document.documentLayout().documentSizeChanged.disconnect(self._height_changed)
        view.cursorPositionChanged.disconnect(self._cursor_moved)
        view.setReadOnly(True)
        view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        document.setUndoRedoEnabled(False)
        if self.frame is not None:
            self.frame.close_frame()
            self.frame = None
        target, paragraph = self.target, self.paragraph
        self._report_write(wait=True)  # the file as it reads now, before it is shown
        self.pane, self.base, self.target, self.paragraph = None, None, None, -1
        self._check_timer.stop()
        self._level_timer.stop()
        self._drop_job()
        self.editing_changed.emit(False)
        if target is not None:
            self._show(pane, target.key, paragraph)

    def _show(self, pane: VersionPane, key: VersionKey, paragraph: int) -> None:
        """Put the revision (as saved) in ``pane``, the rest of the window as it was."""
        window = self.window
        article = window.article
        if article is None or article.path is None:
            return
        try:
            reloaded = load_folder(article.path)
        except ReaderError as error:
            self.controller.say(str(error), 0)
            return
        left, right = window.left.key, window.right.key
        if pane is window.left:
            left = key
        else:
            right = key
        window.set_article(reloaded, left, right, paths=[article.path])
        self.controller.go_to(pane, paragraph)

    # -- what is typed ------------------------------------------------------------------------

    def texts(self) -> list[str]:
        """The paragraphs as they read now, the edited one from the view."""
        assert self.pane is not None and self.base is not None
        texts = [p.text for p in self.base.paragraphs]
        edited = self.pane.view.block(self.paragraph).text().replace(LINE_BREAK, "\n")
        texts[self.paragraph] = edited
        return texts

    def _changed(self) -> None:
        pane = self.pane
        if pane is None or self._undoing:
            return
        document = pane.view.document()
        if document.blockCount() != self._blocks:
            # A paste of several paragraphs, or a key that got through: one paragraph at a time.
            self._undoing = True
            document.undo()
            self._undoing = False
            self.controller.say(_("Edit one paragraph at a time."))
            return
        if self.target is None and not self._make_revision():
            return
        if not self._save_timer.isActive():  # not restarted: nothing waits more than that
            self._save_timer.start()
        self._check_timer.start()
        self._height_changed()

    def _height_changed(self, *_size: object) -> None:
        """A line more or less in the edited paragraph: the rows beside it follow, soon."""
        changed = self.pane is not None and self._paragraph_height() != self._height
        if changed and not self._level_timer.isActive():  # not restarted: at most that late
            self._level_timer.start()

    def _paragraph_height(self) -> float:
        assert self.pane is not None
        return self.pane.view.paragraph_rect(self.paragraph, self.paragraph).height()

    def _relevel(self) -> None:
        """The other pane's rows below move with the edited paragraph's growing or shrinking."""
        pane = self.pane
        if pane is None:
            return
        self._height = self._paragraph_height()
        side = 0 if pane is self.window.left else 1
        self.window.sync.relevel_after(side, self.paragraph)

    def _make_revision(self) -> bool:
        """The first edit: add the new revision to the folder, with the text as it is now."""
        article, base = self.window.article, self.base
        assert article is not None and article.path is not None and base is not None
        try:
            texts = self.texts()
            key = add_post_edited(article.path, article, base, texts)
            made = written_revision(article.path, key, base, texts)
        except (ReaderError, OSError) as error:
            self.controller.say(str(error), 0)
            return False
        self.target = made
        self.controller.carry_review(base, made)
        self.revision_made.emit(key)
        message = _("Editing {version}, a new post-edited revision; the received text is kept.")
        self.controller.say(message.format(version=key))
        return True

    def save(self) -> None:
        """Write the revision's text: its file replaced in one step, on a thread of its own
        (fsync takes tens of milliseconds, which typing must not wait for), one write after
        the other."""
        self._save_timer.stop()
        self._report_write()
        if self.pane is None or self.target is None:
            return
        texts = self.texts()
        if texts == [p.text for p in self.target.paragraphs]:
            return
        self._writing = self._writer.submit(rewrite_post_edited, self.target, texts)
        paragraphs = tuple(
            replace(p, text=t) for p, t in zip(self.target.paragraphs, texts, strict=True)
        )
        self.target = replace(self.target, paragraphs=paragraphs)

    def flush(self) -> None:
        """Save, and wait until the file is on disk."""
        self.save()
        self._report_write(wait=True)

    def _report_write(self, wait: bool = False) -> None:
        """Say if the last write failed (``wait``: once it is done)."""
        writing = self._writing
        if writing is None or not (wait or writing.done()):
            return
        self._writing = None
        error = writing.exception()
        if error is not None:
            self.controller.say(str(error), 0)

    # -- the checks, off the UI thread --------------------------------------------------------

    def _run_checks(self) -> None:
        article, pane = self.window.article, self.pane
        if article is None or pane is None or article.source is None or self.base is None:
            return
        self._drop_job()
        edited = replace(
            self.base,
            paragraphs=tuple(
                Paragraph(p.role, t, p.direction)
                for p, t in zip(self.base.paragraphs, self.texts(), strict=True)
            ),
        )
        job = self.window.jobs_to_run().start(CHECK, (article.source, edited), parent=self)
        job.finished.connect(lambda findings, pane=pane: self._checked(pane, findings))
        self._job = job

    def _drop_job(self) -> None:
        """Stop the checks under way (their worker process too)."""
        if self._job is not None:
            self._job.cancel()
            self._job.deleteLater()
            self._job = None

    def _checked(self, pane: VersionPane, findings: list[Finding]) -> None:
        if pane is not self.pane or pane.version is None:
            return
        pane.set_checks({**pane.checks, pane.version.key: findings}, pane.checks_status)

    # -- keys and mouse -----------------------------------------------------------------------

    def _cursor_moved(self) -> None:
        pane = self.pane
        if pane is None:
            return
        cursor = pane.view.textCursor()
        document = pane.view.document()
        anchor = document.findBlock(cursor.anchor()).blockNumber()
        if cursor.blockNumber() != self.paragraph or anchor != self.paragraph:
            QTimer.singleShot(0, self.stop)  # not from within Qt's own cursor handling

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            pane = self._pane_of(watched)
            if pane is not None and not self.editing and pane.version is not None:
                position = event.position().toPoint()  # type: ignore[attr-defined]
                paragraph = pane.view.paragraph_at(position)
                if paragraph >= 0:
                    QTimer.singleShot(0, lambda: self.start(pane, paragraph))
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        return False

    def _pane_of(self, watched: QObject) -> VersionPane | None:
        for pane in self.controller.panes:
            if watched is pane.view or watched is pane.view.viewport():
                return pane
        return None

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        pane = self._pane_of(watched)
        if pane is None:
            return False
        if pane is not self.pane:
            return False
        if event.key() == Qt.Key.Key_Escape:
            self.stop()
            return True
        cursor = pane.view.textCursor()
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                return False  # the review's shortcuts (approve and go on)
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                pane.view.insertPlainText(LINE_BREAK)
            return True  # a new paragraph would break the paragraph numbering
        at_start = cursor.positionInBlock() == 0 and not cursor.hasSelection()
        at_end = cursor.atBlockEnd() and not cursor.hasSelection()
        # Either would join the paragraph to its neighbour.
        return (key == Qt.Key.Key_Backspace and at_start) or (key == Qt.Key.Key_Delete and at_end)

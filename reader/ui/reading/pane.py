"""One pane: a version picker, the accuracy banner, and the version's text (or a font notice).

Signals:
    version_selected(VersionKey): the user picked another version in this pane's switcher.
    painted(): the text of the version last shown, or the font notice in its place, was painted
        for the first time.
    action_triggered(str): the banner's action was clicked (its id, e.g. "show-source").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.i18n import _
from reader.core.ingest.encodings import encoding_label
from reader.core.model import Article, Version, VersionKey
from reader.core.present.article import version_label
from reader.core.present.banner import ChecksStatus, banner_for
from reader.core.present.findings import finding_step, finding_tip
from reader.core.present.notes import font_notice, notes_label, version_notes
from reader.core.text.languages import dominant_script, script_of, writing_scripts
from reader.ui.fonts import coverage, reading_families, reading_font
from reader.ui.plain import literal
from reader.ui.reading.banner_view import BannerView
from reader.ui.reading.text_view import ArticleView, Highlight, HighlightKind, Layer

if TYPE_CHECKING:
    from reader.core.checks.model import Finding, FindingKind
    from reader.core.present.banner import Banner


class VersionPane(QWidget):
    """Shows one version of the current article."""

    version_selected = Signal(object)
    action_triggered = Signal(str)
    painted = Signal()  # the version's text, or the notice shown instead, was painted

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"pane-{name}")
        self.article: Article | None = None
        self.version: Version | None = None
        self.article_notes: list[str] = []  # about the article as a whole: where it came from

        self.picker = QComboBox()
        self.picker.setObjectName("version-picker")
        self.picker.setToolTip(_("Version shown in this pane"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.activated.connect(self._on_picked)
        self.encoding = QLabel()
        self.encoding.setObjectName("encoding")
        self.encoding.setTextFormat(Qt.TextFormat.PlainText)
        # What loading noticed (a guessed language, dropped page debris, bidi controls...):
        # a button whose menu lists it, also readable as its tool tip.
        self.notes = QToolButton()
        self.notes.setObjectName("notes")
        self.notes.setAutoRaise(True)
        self.notes.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.notes.setMenu(QMenu(self.notes))

        self.banner = BannerView()
        self.banner.action_triggered.connect(self.action_triggered)
        self.banner.finding_step.connect(self.step_finding)
        self.checks: dict[VersionKey, list[Finding]] = {}  # every version's findings, once run
        self.checks_status = ChecksStatus.RUNNING  # a new article's checks start at its paint
        self.source_beside = False  # the article's source is on screen in the other pane
        self.findings: list[Finding] = []  # those that stand (not dismissed in a review)
        self.finding_index = -1
        # The review (reader.ui.review) sets these: which findings stand, and the banner's
        # words about the review.
        self.findings_hook: Callable[[Version, list[Finding]], list[Finding]] | None = None
        self.banner_hook: Callable[[Version, Banner], Banner] | None = None
        self._findings_shown = True
        self.view = ArticleView()
        # Above the text, never instead of it: where no font covers the text's own script, its
        # Latin names, numbers and links can still be read and copied.
        self.font_notice = QLabel()
        self.font_notice.setObjectName("font-notice")
        self.font_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.font_notice.setWordWrap(True)
        self.font_notice.setMargin(6)
        self.font_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.font_notice.hide()
        self.view.text_painted.connect(self.painted)
        self._context_actions: list[QAction] = []
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        header = QHBoxLayout()
        header.addWidget(self.picker)
        header.addWidget(self.encoding)
        header.addStretch(1)
        header.addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        # Room under a shorter banner, so that both panes' texts start level (set_text_offset).
        self.gap = QWidget()
        self.gap.setObjectName("banner-gap")
        self.gap.setFixedHeight(0)
        layout.addWidget(self.gap)
        layout.addWidget(self.font_notice)
        layout.addWidget(self.view, 1)

    def banner_height(self) -> int:
        """The height the banner wants at its current width (0 when hidden)."""
        banner = self.banner
        if banner.isHidden():
            return 0
        if banner.hasHeightForWidth():
            return banner.heightForWidth(banner.width())
        return banner.sizeHint().height()

    def set_text_offset(self, pixels: int) -> None:
        """Start the text ``pixels`` lower than right under the banner (to level it with the
        other pane's, under a taller banner); the banner keeps its own height."""
        pixels = max(pixels, 0)
        if self.gap.height() != pixels or self.gap.minimumHeight() != pixels:
            self.gap.setFixedHeight(pixels)

    @property
    def key(self) -> VersionKey | None:
        return self.version.key if self.version else None

    def set_article(self, article: Article) -> None:
        """Fill the switcher with every version of ``article``; its checks are to come."""
        self.article = article
        self.article_notes = []
        self.checks, self.checks_status = {}, ChecksStatus.RUNNING
        self.picker.clear()
        for version in article.versions:
            self.picker.addItem(version_label(version, article), str(version.key))

    def set_article_notes(self, notes: list[str]) -> None:
        """Notes about the article as a whole (the evidence for its source language, the
        addresses not imported), listed before those of the version shown."""
        self.article_notes = list(notes)
        if self.version is not None:
            self._show_notes(self.version)

    def show_version(self, version: Version, font_size: float) -> None:
        """Show ``version`` (of the current article) at ``font_size`` points."""
        self.show_chrome(version)
        self.show_text(font_size)

    def show_chrome(self, version: Version) -> None:
        """Make ``version`` (of the current article) this pane's version and show everything
        about it but its text: switcher, encoding, notes, banner. ``show_text`` follows."""
        assert self.article is not None
        self.version = version
        with self._one_layout_pass():
            self.picker.setCurrentIndex(self.picker.findData(str(version.key)))
            self.encoding.setText(encoding_label(version.encoding))
            self.encoding.setToolTip(
                literal(
                    _("Encoding of {file}").format(file=version.path.name)
                    if version.path
                    else _("Encoding of the text")
                )
            )
            self._show_notes(version)
            self.findings, self.finding_index = self._standing(version), -1
            self._show_banner()

    @contextmanager
    def _one_layout_pass(self) -> Iterator[None]:
        """Lay the pane out once for all the changes made inside, not once for each.

        Showing a widget in a window on screen lays out its parents at once (QWidget::setVisible
        activates every ancestor's layout), and the banner's word-wrapped labels are laid out
        anew at each pass: a banner filled label by label cost a dozen passes. Disabled layouts
        skip those passes; each is activated once at the end, the pane's first.
        """
        layouts = [layout for layout in (self.layout(), self.banner.layout()) if layout]
        for layout in layouts:
            layout.setEnabled(False)
        try:
            yield
        finally:
            for layout in layouts:
                layout.setEnabled(True)
                layout.activate()

    def show_text(self, font_size: float) -> None:
        """Lay out the text of this pane's version at ``font_size`` points; above it, say which
        font to install where none covers the text's own script."""
        version = self.version
        assert version is not None
        script = dominant_script(version.text)
        checked = coverage(version.text, reading_families(script), script=script)
        # A stray emoji without a glyph is a note; a text whose own writing (for Japanese: Han
        # and both kana, per character) no font covers gets the notice as well.
        own = writing_scripts(script)
        blocking = [ch for ch in checked.missing if script_of(ch) in own]
        self._show_notes(version, checked.missing)
        if blocking:
            self.font_notice.setText(
                font_notice(
                    version.language, len(checked.missing), checked.total, checked.install_hint()
                )
            )
        self.font_notice.setVisible(bool(blocking))
        self.view.show_version(version, reading_font(script, font_size))
        self.show_findings(self._findings_shown)

    def set_checks(
        self, checks: dict[VersionKey, list[Finding]], status: ChecksStatus = ChecksStatus.DONE
    ) -> None:
        """Take the fidelity findings of every version (or that the checks failed); mark those
        of the version shown."""
        self.checks, self.checks_status = checks, status
        if self.version is None or self.article is None:
            return
        self.findings, self.finding_index = self._standing(self.version), -1
        with self._one_layout_pass():
            self._show_banner()
        self.show_findings(self._findings_shown)

    def set_source_beside(self, beside: bool) -> None:
        """Say whether the article's source is on screen beside this pane: then the banner no
        longer offers to show it."""
        if beside == self.source_beside:
            return
        self.source_beside = beside
        if self.version is not None and self.article is not None:
            with self._one_layout_pass():
                self._show_banner()

    def _standing(self, version: Version) -> list[Finding]:
        findings = list(self.checks.get(version.key, ()))
        return self.findings_hook(version, findings) if self.findings_hook else findings

    def _show_banner(self) -> None:
        assert self.article is not None and self.version is not None
        counts = _counts(self.findings)
        doubtful = sum(not f.confident for f in self.findings)
        banner = banner_for(
            self.article,
            self.version,
            counts,
            self.checks_status,
            source_beside=self.source_beside,
            doubtful=doubtful,
            alone=self.article.source is None and self.checks_status is ChecksStatus.DONE,
        )
        if self.banner_hook is not None:
            banner = self.banner_hook(self.version, banner)
        self.banner.show_banner(banner)

    def show_findings(self, shown: bool) -> None:
        """Mark the findings' words in the text (hidden while revisions are compared)."""
        self._findings_shown = shown
        marks = [
            Highlight(f.paragraph, start, end, HighlightKind.FINDING, finding_tip(f))
            for f in self.findings
            if f.paragraph is not None
            for start, end in f.spans
        ]
        self.view.set_highlights(marks if shown else [], Layer.FINDINGS)
        if not shown:
            self.view.set_highlights([], Layer.CURRENT)

    @property
    def findings_shown(self) -> bool:
        """The findings are marked in the text (not while revisions are compared)."""
        return self._findings_shown

    def step_finding(self, step: int) -> None:
        """Go to the next (1) or previous (-1) finding, wrapping around, and say what it is."""
        if not self.findings:
            return
        self.finding_index = (self.finding_index + step) % len(self.findings)
        finding = self.findings[self.finding_index]
        if finding.paragraph is not None:
            self.view.scroll_to_paragraph(finding.paragraph)
            current = [
                Highlight(finding.paragraph, a, b, HighlightKind.FINDING_CURRENT)
                for a, b in finding.spans
            ]
            self.view.set_highlights(current, Layer.CURRENT)
        else:
            self.view.set_highlights([], Layer.CURRENT)
        self.banner.show_finding(finding_step(self.finding_index, len(self.findings), finding))

    def _show_notes(self, version: Version, no_glyph: frozenset[str] = frozenset()) -> None:
        notes = [*self.article_notes, *version_notes(version, no_glyph)]
        self.notes.setText(notes_label(len(notes)))
        self.notes.setVisible(bool(notes))
        self.notes.setToolTip(literal("\n".join(notes)))
        menu = self.notes.menu()
        menu.clear()
        for note in notes:
            menu.addAction(note.replace("&", "&&"))  # plain text; "&" would mark a shortcut

    def add_context_action(self, action: QAction) -> None:
        """Offer ``action`` in the text's context menu, below Qt's own (Copy, Select All)."""
        self._context_actions.append(action)

    def _context_menu(self, point: QPoint) -> None:
        menu = self.view.createStandardContextMenu()
        menu.addSeparator()
        menu.addActions(self._context_actions)
        menu.exec(self.view.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _on_picked(self, index: int) -> None:
        # Item data holds "L@REV" text: Qt cannot compare Python objects in findData.
        data = self.picker.itemData(index)
        if data and data != str(self.key):
            self.version_selected.emit(VersionKey.parse(data))


def _counts(findings: list[Finding]) -> tuple[tuple[FindingKind, int], ...]:
    if not findings:
        return ()
    from reader.core.checks.model import count_by_kind

    return count_by_kind(findings, confident_only=True)  # the rest are worth a look

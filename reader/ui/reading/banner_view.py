"""The accuracy banner: renders a ``reader.core.present.banner.Banner`` value, and nothing else decides its words.

It sits above a pane's text, outside its scroll area, and has no close button. It opens compact:
the headline on one line with its action and an expander, and the line about the fidelity
checks (with the arrows that step through the findings) always under it; the expander adds the
details and the publisher's notice.

Signals:
    action_triggered(str): the banner's action button was clicked (the action's id).
    finding_step(int): the reader asked for the next (1) or previous (-1) finding.
    expanded_changed(bool): the details were shown or hidden (the banner's height changed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from reader.core.i18n import _
from reader.core.present.banner import Banner, BannerLevel, notice_line

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

_WARNING, _INFORMATION = "warning", "information"
_STYLES = {  # background, text, icon
    BannerLevel.MACHINE: ("#fff4d6", "#7a4f00", _WARNING),
    BannerLevel.UNVERIFIED: ("#fff4d6", "#7a4f00", _WARNING),
    BannerLevel.REVIEWED: ("#e8f1fb", "#1f4f82", _INFORMATION),
    BannerLevel.SOURCE: ("#eaf6ec", "#25612f", _INFORMATION),
}


def _canvas(size: int, ratio: float) -> tuple[QPixmap, QPainter]:
    """A transparent square pixmap ``size`` logical pixels wide, and an antialiased painter
    without a pen on it (the caller ends the painter)."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    return pixmap, painter


def level_icon(kind: str, color: str, size: int, ratio: float = 1.0) -> QPixmap:
    """The banner's icon, drawn in its text colour: a triangle with "!" for a warning, a disc
    with "i" for information; ``size`` logical pixels square at device pixel ratio ``ratio``.

    Drawn rather than taken from the style: the style's message-box icons clash with the
    banner's colours, and loading QStyle's wrappers costs start-up time.
    """
    pixmap, painter = _canvas(size, ratio)
    s = float(size)
    shape = QPainterPath()
    if kind == _WARNING:
        shape.moveTo(s / 2, s * 0.06)
        shape.lineTo(s * 0.98, s * 0.92)
        shape.lineTo(s * 0.02, s * 0.92)
        shape.closeSubpath()
        stroke, dot = QRectF(s * 0.44, s * 0.34, s * 0.12, s * 0.32), QPointF(s / 2, s * 0.78)
    else:
        shape.addEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
        stroke, dot = QRectF(s * 0.43, s * 0.42, s * 0.14, s * 0.38), QPointF(s / 2, s * 0.27)
    painter.fillPath(shape, QColor(color))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(stroke, s * 0.05, s * 0.05)
    painter.drawEllipse(dot, s * 0.075, s * 0.075)
    painter.end()
    return pixmap


class _WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height for each width until its text or font
    changes.

    While a window settles, Qt's layouts ask a word-wrapped label its height for a width again
    and again (88 times for the sample's two banners before the first paint, for 19 different
    widths), and a selectable label lays its whole text out anew for each question.
    """

    def __init__(self) -> None:
        super().__init__()
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _METRICS_CHANGES:
            self._heights.clear()
        super().changeEvent(event)


# What changes a label's height for a given width, besides its text.
_METRICS_CHANGES = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


def _plain_label(object_name: str) -> QLabel:
    # PlainText: article and notice text must never be read as rich text (which can load
    # files and follow links; RTL.md, "Untrusted text").
    label = _WrappedLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


STEP_BUTTON = 30  # logical pixels square: a finger's width, not a 12-pixel arrow
_STEP_ARROW = 16


def step_arrow(points_right: bool, color: str, size: int, ratio: float = 1.0) -> QPixmap:
    """A filled triangle pointing right or left, ``size`` logical pixels square, drawn in the
    banner's text colour (the style's arrows are a few pixels wide)."""
    pixmap, painter = _canvas(size, ratio)
    s = float(size)
    tip, back = (s * 0.85, s * 0.2) if points_right else (s * 0.15, s * 0.8)
    shape = QPainterPath()
    shape.moveTo(back, s * 0.12)
    shape.lineTo(tip, s / 2)
    shape.lineTo(back, s * 0.88)
    shape.closeSubpath()
    painter.fillPath(shape, QColor(color))
    painter.end()
    return pixmap


class BannerView(QFrame):
    """One banner; ``show_banner`` renders a value."""

    action_triggered = Signal(str)
    finding_step = Signal(int)
    expanded_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        # The box is painted here (paintEvent): a style sheet did it, and made Qt's style sheet
        # style polish every widget of both banners at start-up. Its 1 px border is the margin.
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContentsMargins(1, 1, 1, 1)
        self._colours: tuple[QColor, QColor] | None = None  # background, text
        self._banner: Banner | None = None

        self.icon = QLabel()
        self.icon.setObjectName("banner-icon")
        self.icon_kind = ""  # _WARNING or _INFORMATION once a banner is shown
        self.headline = _plain_label("banner-headline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = _plain_label("banner-detail")
        self.notice = _plain_label("banner-notice")
        self.findings = _plain_label("banner-findings")
        self.finding = _plain_label("banner-finding")  # the finding stepped to, in words
        self._labels = (self.headline, self.detail, self.notice, self.findings, self.finding)
        self.previous_finding = self._step_button("banner-previous", _("Previous finding"), -1)
        self.next_finding = self._step_button("banner-next", _("Next finding"), 1)
        self.action = QPushButton()
        self.action.setObjectName("banner-action")
        self.action.clicked.connect(self._on_action)
        self.toggle = QToolButton()
        self.toggle.setObjectName("banner-toggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(False)  # compact until the reader asks for the details
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(_("Show or hide the banner's details (the banner itself stays)"))
        self.toggle.toggled.connect(self._on_toggled)
        self._foreground = "#000000"

        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.headline, 1)
        top.addWidget(self.action, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        layout.addWidget(self.notice)
        checks = QHBoxLayout()
        checks.setSpacing(2)
        checks.addWidget(self.findings, 1, Qt.AlignmentFlag.AlignVCenter)
        checks.addWidget(self.previous_finding)
        checks.addWidget(self.next_finding)
        layout.addLayout(checks)
        layout.addWidget(self.finding)
        # No stretch: the banner is as tall as what it shows, and gives the room back when it
        # shows less (the panes' texts are levelled below the banners, not inside them).
        self._set_expanded(False)

    @property
    def banner(self) -> Banner | None:
        return self._banner

    @property
    def colours(self) -> tuple[str, str] | None:
        """The box's background and text colours (``#rrggbb``), once a banner is shown."""
        if self._colours is None:
            return None
        background, foreground = self._colours
        return background.name(), foreground.name()

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def show_banner(self, banner: Banner | None) -> None:
        """Render ``banner``; None hides the banner (no version on screen)."""
        self._banner = banner
        self.setVisible(banner is not None)
        if banner is None:
            return
        background, foreground, icon = _STYLES[banner.level]
        self._colours = (QColor(background), QColor(foreground))
        for label in self._labels:
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, self._colours[1])
            label.setPalette(palette)
        self.update()
        size = self.headline.fontMetrics().height()
        self.icon.setPixmap(level_icon(icon, foreground, size, self.devicePixelRatioF()))
        self.icon_kind = icon
        self._foreground = foreground
        self._draw_step_arrows()
        self.headline.setText(banner.headline)
        self.detail.setText(banner.detail)
        self.notice.setText(notice_line(banner.notice) if banner.notice else "")
        self.findings.setText(banner.checks)
        self.finding.setText("")
        self.action.setVisible(banner.action is not None)
        if banner.action is not None:
            self.action.setText(banner.action.label)
        self._set_expanded(self.expanded)

    def show_finding(self, text: str) -> None:
        """Say which finding the reader stepped to ("2 of 5: ...")."""
        self.finding.setText(text)
        self._set_expanded(self.expanded)

    def _step_button(self, name: str, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setProperty("step", step)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFixedSize(STEP_BUTTON, STEP_BUTTON)
        button.setIconSize(QSize(_STEP_ARROW, _STEP_ARROW))
        button.clicked.connect(lambda: self.finding_step.emit(step))
        return button

    def _draw_step_arrows(self) -> None:
        """Next points the reading way: right in a left-to-right interface, left in a
        right-to-left one (the layout mirrors the buttons' order, not what they draw)."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        ratio = self.devicePixelRatioF()
        for button in (self.previous_finding, self.next_finding):
            forward = int(button.property("step")) > 0
            arrow = step_arrow(forward != rtl, self._foreground, _STEP_ARROW, ratio)
            button.setIcon(QIcon(arrow))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The banner's box: its background, and a 1 px border of its text colour with
        rounded corners."""
        if self._colours is None:
            return
        background, foreground = self._colours
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(foreground)
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._draw_step_arrows()
        super().changeEvent(event)

    def _on_toggled(self, expanded: bool) -> None:
        self._set_expanded(expanded)
        self.expanded_changed.emit(expanded)

    def _set_expanded(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.UpArrow if expanded else Qt.ArrowType.DownArrow)
        for label in (self.detail, self.notice):
            label.setVisible(expanded and bool(label.text()))
        # The checks' line, and the finding stepped to, show in the compact banner too.
        for label in (self.findings, self.finding):
            label.setVisible(bool(label.text()))
        has_findings = bool(self._banner and any(count for _kind, count in self._banner.findings))
        for button in (self.previous_finding, self.next_finding):
            button.setVisible(has_findings)

    def _on_action(self) -> None:
        if self._banner is not None and self._banner.action is not None:
            self.action_triggered.emit(self._banner.action.id)

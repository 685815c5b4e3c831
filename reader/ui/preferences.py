"""Edit › Preferences (Ctrl+,): the interface's language and digits, the name signed on review
notes, the reading font size and the layout Reader starts in, kept in settings.ini.

The reading size applies at once (it is the zoom); the language and the digits when Reader
next starts, as the dialog says: every menu and message is built in the language of the start.

Signals:
    font_size_chosen(float): the reading font size was changed, in points.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.i18n import ENGLISH, N_, _, catalog_languages
from reader.core.text.languages import native_name
from reader.ui import settings
from reader.ui.settings import Store

# The digits choices, marked here and translated when the dialog is built.
_DIGITS = {
    "default": N_("As usual for the language and region"),
    "latn": N_("Western digits: 0 1 2 3"),
    "native": N_("Arabic-Indic digits where the language has them: ٠ ١ ٢ ٣"),
}
_LAYOUTS = {
    "last": N_("As it was last left"),
    "compare": N_("Two versions side by side"),
    "single": N_("One version at full width"),
}


def _combo(name: str, choices: dict[str, str], current: str) -> QComboBox:
    """A drop-down of ``choices`` (value → text already in the reader's language)."""
    combo = QComboBox()
    combo.setObjectName(name)
    for value, text in choices.items():
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class PreferencesDialog(QDialog):
    """The preferences of ``store``, saved when the dialog is accepted."""

    font_size_chosen = Signal(float)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(_("Preferences"))
        self.store = store
        # Each language by its own name, as language pickers write them: a reader who cannot
        # read the current interface still finds their own.
        languages = {"": _("The system's language"), ENGLISH: native_name(ENGLISH)}
        languages |= {code: native_name(code) for code in catalog_languages()}
        self.language = _combo(
            "language", languages, str(store.get(settings.INTERFACE_LANGUAGE)).split("_")[0]
        )
        self.digits = _combo(
            "digits", {k: _(v) for k, v in _DIGITS.items()}, store.get(settings.DIGITS)
        )
        self.author = QLineEdit(str(store.get(settings.REVIEWER)))
        self.author.setObjectName("author")
        self.author.setPlaceholderText(_("Your name, as review notes are signed"))
        self.font_size = QDoubleSpinBox()
        self.font_size.setObjectName("font-size")
        self.font_size.setRange(*settings.FONT_SIZE_RANGE)
        self.font_size.setDecimals(1)
        self.font_size.setValue(float(store.get(settings.FONT_SIZE)))
        self.layout_choice = _combo(
            "layout", {k: _(v) for k, v in _LAYOUTS.items()}, store.get(settings.LAYOUT)
        )
        self.restart_note = QLabel(_("The language and the digits change when Reader next starts."))
        self.restart_note.setObjectName("restart-note")
        self.restart_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(_("&Language:"), self.language)
        form.addRow(_("&Digits:"), self.digits)
        form.addRow(_("&Author of review notes:"), self.author)
        form.addRow(_("Reading &font size (points):"), self.font_size)
        form.addRow(_("La&yout at start:"), self.layout_choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.restart_note)
        column.addWidget(buttons)

    def accept(self) -> None:
        """Keep what the dialog shows; the reading size applies at once."""
        store = self.store
        store.set(settings.INTERFACE_LANGUAGE, self.language.currentData())
        store.set(settings.DIGITS, self.digits.currentData())
        store.set(settings.REVIEWER, self.author.text().strip())
        store.set(settings.LAYOUT, self.layout_choice.currentData())
        size = self.font_size.value()
        if size != float(store.get(settings.FONT_SIZE)):
            self.font_size_chosen.emit(size)
        store.sync()
        super().accept()

"""The window in Arabic and Indonesian: translated, mirrored for Arabic, Qt's own words too."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from reader.cli import main
from reader.core import i18n
from reader.ui import settings
from reader.ui.app import choose_language
from reader.ui.preferences import PreferencesDialog
from reader.ui.settings import Store

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _x(widget: QWidget) -> int:
    """Where ``widget`` starts across its window."""
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def _menu_ink(path: Path) -> tuple[int, int, int]:
    """The leftmost and rightmost columns with ink in the menu bar's band (the snapshot's top
    rows), and the image's width."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.bytesPerLine() * height)
    band = data.reshape(height, image.bytesPerLine())[4:20, :width].astype(int)
    background = np.median(band)
    columns = np.flatnonzero((np.abs(band - background) > 60).any(axis=0))
    return int(columns[0]), int(columns[-1]), width


def test_an_arabic_snapshot_s_menu_bar_starts_at_the_right_edge(speaking, tmp_path, capsys):
    out = tmp_path / "ar.png"
    assert main(["snapshot", "--ui-lang", "ar", "-o", str(out), "--size", "1000x700"]) == 0
    left, right, width = _menu_ink(out)
    assert right > width - 30 and left > width // 2, (left, right)
    english = tmp_path / "en.png"
    speaking("en")
    assert main(["snapshot", "--ui-lang", "en", "-o", str(english), "--size", "1000x700"]) == 0
    left, right, width = _menu_ink(english)
    assert left < 30 and right < width // 2, (left, right)


def test_the_arabic_window_is_mirrored_and_speaks_arabic(speaking, open_window, qtbot):
    speaking("ar")
    window = open_window()
    assert QApplication.layoutDirection() == RTL and window.isRightToLeft()
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert titles[:3] == ["&ملف", "&تحرير", "&عرض"]
    first, last = bar.actionGeometry(bar.actions()[0]), bar.actionGeometry(bar.actions()[-1])
    assert first.x() > last.x() and first.right() > bar.width() - 40
    # The source (the left pane's) reads first: on the right, where an Arabic reader starts.
    assert _x(window.left) > _x(window.right)
    # The tool bar runs from the right too.
    toolbar = window.findChild(QWidget, "toolbar")
    open_files = toolbar.widgetForAction(window.open_files_action)
    zoom_in = toolbar.widgetForAction(window.zoom_in_action)
    assert _x(open_files) > _x(zoom_in)
    # Next finding is on the left, pointing left: the reading way.
    banner = window.right.banner
    qtbot.waitUntil(banner.next_finding.isVisible)  # once the checks are in
    assert _x(banner.next_finding) < _x(banner.previous_finding)
    arrow = banner.next_finding.icon().pixmap(16, 16).toImage()
    alpha = np.array([[arrow.pixelColor(x, y).alpha() for x in range(16)] for y in range(16)])
    assert alpha[:, :8].sum() < alpha[:, 8:].sum()  # a triangle's tip holds the least ink
    assert _has_arabic(banner.headline.text()) and _has_arabic(banner.findings.text())


def test_article_text_keeps_its_own_direction_in_a_mirrored_interface(speaking, open_window):
    """The interface's direction never decides how a paragraph flows: the Indonesian source
    stays left-to-right, the Arabic translation right-to-left."""
    speaking("ar")
    window = open_window()
    source = window.left.view.document().firstBlock()
    translation = window.right.view.document().firstBlock()
    assert source.textDirection() == LTR
    assert translation.textDirection() == RTL
    assert window.left.view.toPlainText().startswith("Vladimir Putin dan Kim Jong Un")


def test_qt_s_own_words_come_from_its_catalog(speaking, qtbot, tmp_path):
    speaking("ar")
    dialog = PreferencesDialog(Store(tmp_path / "config"))
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok).text()
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert _has_arabic(ok) and _has_arabic(cancel)
    assert dialog.windowTitle() == "التفضيلات"
    speaking("id")
    assert i18n._("Preferences") == "Preferensi"
    assert QApplication.layoutDirection() == LTR
    # PySide6 ships no qtbase_id: the standard buttons come from Reader's catalog.
    dialog = PreferencesDialog(Store(tmp_path / "config"))
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert QApplication.translate("QFileDialog", "Look in:") == "Look in:"  # the rest is Qt's


def test_digits_in_the_status_bar_and_qt_s_own_numbers_follow_the_region(
    speaking, open_window, qtbot, tmp_path
):
    speaking("ar_EG")
    window = open_window()
    assert window.zoom_label.text() == "١٠٠٪"
    window.close()
    dialog = PreferencesDialog(Store(tmp_path / "config"))
    qtbot.addWidget(dialog)
    assert dialog.font_size.text() == "١٥٫٠"
    speaking("ar_EG", digits="latn")
    assert open_window().zoom_label.text() == "100٪"
    dialog = PreferencesDialog(Store(tmp_path / "config"))
    qtbot.addWidget(dialog)
    assert dialog.font_size.text() == "15.0"
    speaking("id")
    assert PreferencesDialog(Store(tmp_path / "config")).font_size.text() == "15,0"


def test_preferences_are_saved_and_the_reading_size_applies_at_once(open_window, tmp_path):
    window = open_window(config="prefs")
    dialog = PreferencesDialog(window.store, window)
    dialog.font_size_chosen.connect(window.set_font_size)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.digits.setCurrentIndex(dialog.digits.findData("native"))
    dialog.author.setText("  Siti Rahma ")
    dialog.font_size.setValue(20.0)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("single"))
    dialog.accept()
    assert window.font_size == 20.0
    store = Store(tmp_path / "prefs")  # read back from the file
    assert store.get(settings.INTERFACE_LANGUAGE) == "ar"
    assert store.get(settings.DIGITS) == "native"
    assert store.get(settings.REVIEWER) == "Siti Rahma"
    assert store.get(settings.FONT_SIZE) == 20.0
    assert store.get(settings.LAYOUT) == "single"
    window.close()
    # The next window starts in one version at full width, whatever compare was last.
    assert not open_window(config="prefs").compare_action.isChecked()


def test_the_language_comes_from_ui_lang_then_preferences_then_the_system(tmp_path, monkeypatch):
    store = Store(tmp_path / "config")
    with i18n.kept():
        monkeypatch.setenv("LANGUAGE", "id")
        assert choose_language(store) == "id"
        store.set(settings.INTERFACE_LANGUAGE, "ar")
        assert choose_language(store) == "ar"
        assert choose_language(store, ui_lang="en") == "en"
        store.set(settings.DIGITS, "native")
        assert choose_language(store) == "ar" and i18n.numerals().startswith("٠١٢")


def test_preferences_name_each_language_in_itself(speaking, qtbot, tmp_path):
    speaking("id")
    dialog = PreferencesDialog(Store(tmp_path / "config"))
    qtbot.addWidget(dialog)
    items = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert items == ["Bahasa sistem", "English", "العربية", "Bahasa Indonesia"]


@pytest.mark.parametrize("language", ["ar", "id"])
def test_the_menus_speak_the_language(language, speaking, open_window):
    speaking(language)
    window = open_window()
    english = ["&File", "&Edit", "&View", "Ve&rsion", "&Go", "&Help"]
    titles = [a.text() for a in window.menuBar().actions()]
    assert len(titles) == len(english) and not set(titles) & set(english)


def _menu_paths(text: str) -> list[str]:
    """The menu paths a guide names: **Menu › Item…**."""
    return re.findall(r"\*\*([^*]+ › [^*]+)\*\*", text)


@pytest.mark.parametrize("language", ["ar", "id"])
def test_the_user_guide_is_translated_and_names_the_menus_as_they_read(
    language, speaking, open_window
):
    """The guide in the interface's language, with the English guide's shape (a guide left
    behind by a new section fails here), and every menu path it names is one the window has."""
    from reader.ui.help import guide_text

    english = guide_text()
    speaking(language)
    guide = guide_text()
    assert guide != english
    for mark in ("\\n## ", "\\n- ", "\\n    reader "):
        assert guide.count(mark) == english.count(mark), mark
    window = open_window()
    items = set()
    for top in window.menuBar().actions():
        menu = top.text().replace("&", "")
        items |= {f"{menu} › {a.text().replace('&', '')}" for a in top.menu().actions()}
    paths = _menu_paths(guide)
    assert len(paths) == len(_menu_paths(english))
    assert [p for p in paths if p not in items] == []

"""The banner, the compare toggle, the switchers, zoom, opening files: as a user would try them."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from reader.core.ingest.loading import load
from reader.core.model import VersionKey
from reader.ui import settings
from reader.ui.app import build_window
from reader.ui.context import AppContext
from reader.ui.main_window import MainWindow


@pytest.fixture
def context(tmp_path: Path) -> AppContext:
    return AppContext(tmp_path / "config")


@pytest.fixture
def window(open_window) -> MainWindow:
    return open_window(size=(1200, 800))


def _visible_in_window(widget, window: MainWindow) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (
        widget.isVisible()
        and widget.height() > 0
        and window.rect().contains(top_left)
        and window.rect().contains(top_left + QPoint(widget.width() - 1, widget.height() - 1))
    )


# -- the accuracy banner ------------------------------------------------------------------------


def test_banner_warns_for_the_machine_translation(window: MainWindow) -> None:
    banner = window.right.banner
    assert _visible_in_window(banner, window)
    assert banner.headline.text() == "Machine translation from Indonesian: it may be inaccurate"
    assert "generated automatically from the Indonesian original" in banner.detail.text()
    assert "Indonesian is the authoritative language" in banner.detail.text()
    assert "please always see Indonesian as our main language" in banner.notice.text()
    assert not banner.action.isVisible()  # the source is beside it
    window.set_compare(False)
    assert banner.action.isVisible()
    assert banner.action.text() == "Show the Indonesian source"


def test_show_source_is_offered_only_while_the_source_is_not_beside(window: MainWindow) -> None:
    """Swapped panes still have the source beside the translation: nothing to offer. Another
    translation beside it, or one pane alone, and the offer is back."""
    window.swap()
    assert str(window.right.key) == "id@1"
    assert not window.left.banner.action.isVisible()
    window.show_in(window.right, VersionKey("en", 1))
    assert window.left.banner.action.isVisible()
    assert window.right.banner.action.isVisible()


def test_banner_stays_in_view_after_scrolling_to_the_end(window: MainWindow, qtbot) -> None:
    window.zoom(1)
    window.zoom(1)  # large text: the pane must scroll
    view = window.right.view
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    assert _visible_in_window(window.right.banner, window)
    # The banner sits above the text, outside the scroll area.
    assert not view.isAncestorOf(window.right.banner)
    assert window.right.banner.geometry().bottom() < window.right.view.geometry().top()


def test_banner_cannot_be_closed_only_collapsed(window: MainWindow, qtbot) -> None:
    window.set_compare(False)  # the source not beside it: the banner offers it
    banner = window.right.banner
    buttons = {b.objectName() for b in banner.findChildren(QAbstractButton)}
    assert buttons == {"banner-action", "banner-toggle", "banner-previous", "banner-next"}
    assert not any("close" in b.objectName() for b in banner.findChildren(QAbstractButton))
    assert not banner.expanded  # compact by default
    qtbot.mouseClick(banner.toggle, Qt.MouseButton.LeftButton)
    assert banner.expanded and banner.notice.isVisible()
    qtbot.mouseClick(banner.toggle, Qt.MouseButton.LeftButton)
    assert not banner.expanded
    assert banner.isVisible() and banner.headline.isVisible() and banner.action.isVisible()
    assert not banner.notice.isVisible()


def _text_top(pane, window: MainWindow) -> int:
    return pane.view.mapTo(window, QPoint(0, 0)).y()


def _settled(qtbot) -> None:
    qtbot.wait(20)  # the layouts' posted requests, and nothing else: no resize
    QApplication.processEvents()


def _checked(window: MainWindow, qtbot) -> None:
    """The findings are in (the banner's checks line has its final length)."""
    qtbot.waitUntil(lambda: window.right.banner.next_finding.isVisible(), timeout=10_000)
    _settled(qtbot)


def test_the_compact_banner_is_one_line_and_the_findings_line(window: MainWindow, qtbot) -> None:
    """The headline on one line, its expander, and the checks' line with the step arrows."""
    _checked(window, qtbot)
    banner = window.right.banner
    metrics = banner.headline.fontMetrics()
    assert banner.headline.height() < 2 * metrics.lineSpacing()
    assert banner.findings.isVisible() and banner.next_finding.isVisible()
    assert not banner.detail.isVisible() and not banner.notice.isVisible()
    assert banner.toggle.isVisible()


def test_a_collapsed_banner_gives_its_room_back_at_once(window: MainWindow, qtbot) -> None:
    """No resize needed: collapsing frees the room in both panes, and the texts stay level."""
    _checked(window, qtbot)
    banner = window.right.banner
    compact, top = banner.height(), _text_top(window.right, window)
    banner.toggle.click()
    _settled(qtbot)
    assert banner.height() > compact + 40
    assert _text_top(window.right, window) == _text_top(window.left, window) > top
    banner.toggle.click()
    _settled(qtbot)
    assert banner.height() == compact
    assert _text_top(window.right, window) == _text_top(window.left, window) == top


def test_banners_keep_their_own_heights_and_the_texts_start_level(window: MainWindow) -> None:
    """The source's one-line banner is not padded to the machine banner's height: the room
    goes between it and the text, so both texts start at the same height."""
    left, right = window.left.banner, window.right.banner
    assert left.height() < right.height()
    assert left.height() == window.left.banner_height()
    assert _text_top(window.left, window) == _text_top(window.right, window)


def test_a_shorter_banner_for_the_next_version_keeps_no_old_height(
    window: MainWindow, qtbot
) -> None:
    window.set_compare(False)
    banner = window.right.banner
    banner.toggle.click()  # the machine banner's details: the notice, several lines
    _settled(qtbot)
    tall = banner.height()
    window.show_in(window.right, VersionKey("ar", 2))  # post-edited: no notice, no findings
    _settled(qtbot)
    assert banner.height() < tall - 40
    assert banner.height() == window.right.banner_height()


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_banners_take_a_small_share_of_the_window(open_window, size) -> None:
    """Issue 19: the banners took 22 % of a 900 px window and 31 % at 1024×700 (168 and 202 px
    measured here before); compact, they take 75 px."""
    window = open_window(size=size)
    tallest = max(pane.banner.height() for pane in (window.left, window.right))
    assert tallest / size[1] < 0.12, tallest
    assert window.right.view.viewport().height() > 0.7 * size[1]


def test_show_source_brings_the_source_into_view(window: MainWindow, qtbot) -> None:
    window.set_compare(False)
    assert not window.left.isVisible()
    window.left.show_version(load_sample_version(window, "en@1"), window.font_size)
    qtbot.mouseClick(window.right.banner.action, Qt.MouseButton.LeftButton)
    assert window.compare and window.left.isVisible()
    assert str(window.left.key) == "id@1"


def load_sample_version(window: MainWindow, key: str):
    assert window.article is not None
    version = window.article.find(VersionKey.parse(key))
    assert version is not None
    return version


def test_source_and_post_edited_banners_say_so(window: MainWindow) -> None:
    source = window.left.banner
    assert source.headline.text().startswith("Original: Indonesian is the authoritative version")
    assert not source.action.isVisible()
    assert source.notice.text() == ""
    window.show_in(window.right, VersionKey("ar", 2))
    banner = window.right.banner
    assert banner.headline.text() == "Post-edited translation from Indonesian"
    assert "corrected by a person" in banner.detail.text()
    assert banner.notice.text() == ""


def test_banner_icon_says_warning_or_information_in_the_banner_colour(window: MainWindow) -> None:
    """A triangle for a machine version, a disc for the source, each in its banner's text colour."""

    def inked(banner) -> dict[str, float]:
        image = banner.icon.pixmap().toImage()
        width, height = image.width(), image.height()
        colours = Counter(
            image.pixelColor(x, y).name()
            for x in range(width)
            for y in range(height)
            if image.pixelColor(x, y).alpha() == 255
        )

        # Ink per row near the top and near the bottom: a triangle is narrow at its apex and
        # widest at its base; a disc is narrow at both ends.
        def row_ink(y: int) -> int:
            return sum(image.pixelColor(x, y).alpha() > 128 for x in range(width))

        top, bottom = row_ink(round(height * 0.15)), row_ink(round(height * 0.85))
        return {"colour": colours.most_common(1)[0][0], "top": top, "bottom": bottom}

    warning, information = inked(window.right.banner), inked(window.left.banner)
    assert (
        window.right.banner.icon_kind == "warning" and window.left.banner.icon_kind == "information"
    )
    assert warning["colour"] == "#7a4f00" and information["colour"] == "#25612f"
    assert warning["bottom"] > 3 * warning["top"]  # triangle
    assert abs(information["bottom"] - information["top"]) <= 2  # disc


# -- compare toggle, switchers, persistence -----------------------------------------------------


def test_compare_toggle_switches_between_one_and_two_panes(window: MainWindow, qtbot) -> None:
    window.compare_action.trigger()
    assert not window.compare
    assert not window.left.isVisible()
    qtbot.waitUntil(lambda: window.right.width() > 0.9 * window.splitter.width())
    qtbot.keyClick(window, Qt.Key.Key_Backslash, Qt.KeyboardModifier.ControlModifier)
    assert window.compare and window.left.isVisible()
    qtbot.waitUntil(lambda: window.right.width() < 0.6 * window.splitter.width())


def test_version_switcher_lists_every_language_and_revision(window: MainWindow) -> None:
    picker = window.right.picker
    keys = [picker.itemData(i) for i in range(picker.count())]
    assert keys == ["id@1", "ar@1", "ar@2", "en@1", "fr@1", "zh@1", "ja@1"]
    labels = [picker.itemText(i) for i in range(picker.count())]
    # Each language in its own name too (CLDR's), as a reader looking for it would write it.
    assert labels == [
        "Indonesian (Bahasa Indonesia) · original",
        "Arabic (العربية) · revision 1 · machine",
        "Arabic (العربية) · revision 2 · post-edited",
        "English · machine",
        "French (Français) · machine",
        "Chinese (中文) · machine",
        "Japanese (日本語) · machine",
    ]


def test_switcher_changes_what_is_shown(window: MainWindow) -> None:
    picker = window.right.picker
    picker.activated.emit(picker.findData("en@1"))
    assert str(window.right.key) == "en@1"
    assert (
        window.right.view.toPlainText().splitlines()[0].startswith("Vladimir Putin and Kim Jong Un")
    )
    assert (
        window.right.view.document().firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight
    )


def test_swap_exchanges_the_panes(window: MainWindow) -> None:
    window.swap_action.trigger()
    assert (str(window.left.key), str(window.right.key)) == ("ar@1", "id@1")


def test_choices_survive_a_restart(
    window: MainWindow, context: AppContext, sample: Path, qtbot
) -> None:
    window.show_in(window.right, VersionKey("ar", 2))
    window.show_in(window.left, VersionKey("fr", 1))
    window.set_compare(False)
    window.zoom(1)
    size = window.font_size
    window.close()
    again = build_window(context, load([sample]))
    qtbot.addWidget(again)
    assert not again.compare
    assert (str(again.left.key), str(again.right.key)) == ("fr@1", "ar@2")
    assert again.font_size == pytest.approx(size)


def test_pane_choices_are_remembered_for_each_article(
    context: AppContext, qtbot, sample: Path, seed: Path
) -> None:
    """Issue 19: after the one-version seed (ar@1 in both panes), a plain `reader` showed the
    sample at ar@1 beside ar@1. Each article keeps its own choices."""
    window = build_window(context, load([sample]), paths=[sample])
    qtbot.addWidget(window)
    window.show_in(window.right, VersionKey("fr", 1))
    assert window.open_paths([seed])
    assert (str(window.left.key), str(window.right.key)) == ("ar@1", "ar@1")
    window.close()
    fresh = build_window(context, load([sample]), paths=[sample])
    qtbot.addWidget(fresh)
    assert (str(fresh.left.key), str(fresh.right.key)) == ("id@1", "fr@1")
    other = build_window(context, load([seed]), paths=[seed])
    qtbot.addWidget(other)
    assert str(other.right.key) == "ar@1"
    first_time = build_window(context, load([sample / "en.txt"]), paths=[sample / "en.txt"])
    qtbot.addWidget(first_time)
    assert str(first_time.right.key) == "en@1"


def test_zoom_changes_the_reading_size(window: MainWindow) -> None:
    before = window.right.view.document().defaultFont().pointSizeF()
    window.zoom_in_action.trigger()
    assert window.right.view.document().defaultFont().pointSizeF() > before
    window.zoom_reset_action.trigger()
    assert window.right.view.document().defaultFont().pointSizeF() == pytest.approx(before)


def _without_cjk_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.ui import fonts

    # A machine with no CJK font: the system offers nothing for Chinese, Japanese or Korean.
    monkeypatch.setattr(fonts, "_system_families", lambda script: [])


def _notice_above_the_text(pane) -> None:
    assert pane.font_notice.isVisibleTo(pane)
    assert "fonts-noto-cjk" in pane.font_notice.text()
    assert pane.font_notice.geometry().bottom() < pane.view.geometry().top()
    assert pane.view.isVisibleTo(pane)
    assert pane.view.toPlainText() == "\n".join(p.text for p in pane.version.paragraphs)
    assert pane.banner.isVisible()  # still a machine translation on screen


def test_chinese_without_a_cjk_font_shows_what_to_install(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _without_cjk_fonts(monkeypatch)
    window.show_in(window.right, VersionKey("zh", 1))
    _notice_above_the_text(window.right)
    assert "Chinese" in window.right.font_notice.text()


def test_japanese_without_a_cjk_font_shows_the_notice_above_its_text(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Japanese is "Jpan" as a whole but Han, Hiragana and Katakana per character: the notice
    shows all the same, the text below it (its Latin names readable and copyable)."""
    _without_cjk_fonts(monkeypatch)
    window.show_in(window.right, VersionKey("ja", 1))
    _notice_above_the_text(window.right)
    assert "Japanese" in window.right.font_notice.text()
    assert "KCNA" in window.right.view.toPlainText()
    # The notes name the missing characters by code point: drawn, they would be boxes too.
    tip = window.right.notes.toolTip()
    assert re.search(r"no glyph in the installed fonts: U\+[0-9A-F]{4}", tip), tip


def test_korean_without_a_cjk_font_shows_the_notice_above_its_text(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _without_cjk_fonts(monkeypatch)
    korean = tmp_path / "ko.txt"
    korean.write_text(
        "푸틴과 김정은, 서로 편지를 주고받다\n\n"
        "블라디미르 푸틴 러시아 대통령과 김정은 국무위원장이 2019년 4월 25일 "
        "블라디보스토크에서 만난 지 5년이 지났다고 KCNA가 전했다.\n",
        encoding="utf-8",
    )
    assert window.open_paths([korean], languages=["ko"])
    _notice_above_the_text(window.right)
    assert "Korean" in window.right.font_notice.text()


# -- opening ------------------------------------------------------------------------------------


def test_drop_opens_a_plain_file_as_a_one_version_article(window: MainWindow, seed: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(seed))])
    event = QDropEvent(
        window.rect().center().toPointF(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.article is not None and len(window.article.versions) == 1
    assert str(window.right.key) == "ar@1"
    assert window.right.encoding.text() == "UTF-8"


def test_bad_file_keeps_the_current_article_and_says_why(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    before = window.article
    assert not window.open_paths([bad])
    assert window.article is before
    assert len(shown) == 1 and "photo.txt" in shown[0] and "PNG" in shown[0]
    assert QApplication.activeModalWidget() is None


def test_coverage_reports_characters_no_font_can_draw(qapp) -> None:
    from reader.ui import fonts

    fonts.register_bundled_fonts()
    assert fonts.coverage("مرحبا Kremlin.ru 2019", fonts.ARABIC_READING).complete
    missing = fonts.coverage("中文新闻", ("Amiri",), system=False)
    assert missing.missing == frozenset("中文新闻") and missing.script == "Hani"
    assert "fonts-noto-cjk" in missing.install_hint()


def test_bundled_fonts_are_found_as_files_and_a_missing_package_is_refused(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    from reader.ui import fonts

    amiri = fonts.bundled_font_files("fontpkg_amiri")
    assert sorted(Path(p).name for p in amiri) == ["Amiri-Bold.ttf", "Amiri-Regular.ttf"]
    assert all(Path(p).is_file() for p in amiri)
    assert {"Amiri", "Noto Sans Arabic", "Noto Serif", "Noto Sans"} <= set(
        fonts.register_bundled_fonts()
    )
    assert "Amiri" in QFontDatabase.families()
    with pytest.raises(ModuleNotFoundError):
        fonts.bundled_font_files("fontpkg_no_such_font")


def test_unclear_encoding_asks_the_user_instead_of_guessing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    short = tmp_path / "short.txt"
    short.write_bytes("مرحبا".encode("cp1256"))
    offered: list[list[str]] = []

    def choose(parent, title, label, items, current, editable):
        offered.append(list(items))
        return "Windows-1256 (Arabic)", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    assert window.open_paths([short], languages=["ar"])
    assert "Windows-1256 (Arabic)" in offered[0] and len(offered[0]) >= 2
    assert window.right.encoding.text() == "Windows-1256 (Arabic)"
    assert window.right.view.toPlainText() == "مرحبا"


def test_language_of_a_loose_file_can_be_overridden(
    qtbot, context: AppContext, sample: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = build_window(context, load([sample / "en.txt"]), paths=[sample / "en.txt"])
    qtbot.addWidget(window)
    assert str(window.right.key) == "en@1"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("French (fr)", True))
    window.language_action.trigger()
    assert str(window.right.key) == "fr@1"
    assert window.article.versions[0].language == "fr"


def test_set_language_is_offered_for_loose_files_only(
    window: MainWindow, sample: Path, qtbot
) -> None:
    """An article folder's languages come from its manifest: the action would only refuse."""
    assert not window.language_action.isEnabled()
    assert window.open_paths([sample / "en.txt"])
    assert window.language_action.isEnabled()
    assert window.open_paths([sample])
    assert not window.language_action.isEnabled()


def test_menu_mnemonics_are_unique(window: MainWindow) -> None:
    """Alt+letter opens one menu: no two top-level menus share a mnemonic."""
    import re

    titles = [a.text() for a in window.menuBar().actions()]
    keys = [m.group(1).lower() for t in titles if (m := re.search(r"&(\w)", t))]
    assert len(keys) == len(titles)
    assert len(set(keys)) == len(keys), titles


def test_a_file_too_short_to_tell_asks_for_its_language(
    window: MainWindow, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loose file Reader cannot place (a headline alone) gets the language picker, not an
    error about a command-line option; cancelling keeps the article on screen."""
    from PySide6.QtWidgets import QInputDialog

    headline = tmp_path / "judul.txt"
    headline.write_text("Pyongyang, 2019\n", encoding="utf-8")
    asked: list[str] = []
    answer = ("", False)

    def choose(parent, title, label, items, current, editable):
        asked.append(label)
        return answer

    warned: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(
        "reader.ui.main_window.warn", lambda parent, title, text: warned.append(text)
    )
    before = window.article
    assert not window.open_paths([sample / "ar.txt", headline])
    assert window.article is before and not warned
    assert "cannot tell the language of judul.txt" in asked[0] and "--lang" not in asked[0]

    answer = ("Indonesian (id)", True)
    assert window.open_paths([sample / "ar.txt", headline])
    assert [str(v.key) for v in window.article.versions] == ["ar@1", "id@1"]
    assert window.article.versions[0].language_detected
    assert window.left.view.toPlainText() == "Pyongyang, 2019" and not warned


def test_a_one_version_article_reads_in_one_pane(qtbot, context: AppContext, seed: Path) -> None:
    window = build_window(context, load([seed]), paths=[seed])
    qtbot.addWidget(window)
    window.show()
    assert not window.compare and not window.left.isVisible()
    assert not window.compare_action.isEnabled()
    assert context.store().get(settings.COMPARE)  # the saved preference is kept


def test_damaged_settings_are_reported_and_kept(qtbot, tmp_path: Path, sample: Path) -> None:
    config = tmp_path / "damaged"
    config.mkdir()
    (config / "state.ini").write_bytes(b"\xff\xfe\x00garbage[[[\n\x00")
    window = build_window(AppContext(config), load([sample]))
    qtbot.addWidget(window)
    notice = window.findChild(QLabel, "settings-notice")
    assert notice is not None and "defaults in use" in notice.text()
    assert "state.ini" in notice.toolTip()
    assert any(p.name.startswith("state.ini.corrupt") for p in config.iterdir())


def test_an_emoji_without_a_glyph_does_not_hide_the_article(
    qtbot, context: AppContext, tmp_path: Path, seed: Path
) -> None:
    text = seed.read_text(encoding="utf-8").replace("جاكرتا", "جاكرتا \U0001fae0", 1)
    path = tmp_path / "emoji.txt"
    path.write_text(text, encoding="utf-8")
    window = build_window(context, load([path]), paths=[path])
    qtbot.addWidget(window)
    pane = window.right
    from reader.ui.fonts import coverage, reading_families

    if coverage(text, reading_families("Arab")).complete:
        pytest.skip("a font on this machine draws the emoji")
    assert not pane.font_notice.isVisibleTo(pane)  # a stray emoji is a note, not a notice
    assert "no glyph" in pane.notes.toolTip()

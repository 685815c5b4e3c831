"""The library in the window: the Library dock's articles, search as one types with the hit
beside its source, Enter opening the article there, Find in both panes, adding an article."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.core.model import VersionKey
from reader.ui.library.articles import ENTRY_ROLE, READING_TITLE
from reader.ui.library.hits import HIT_ROLE, MARK_COLOUR
from reader.ui.reading.text_view import HighlightKind
from tests.conftest import SAMPLE


@pytest.fixture
def window(open_window, library: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("READER_LIBRARY", str(library))
    return open_window()


def shown_titles(dock) -> list[str]:
    view = dock.table.model()
    return [view.index(row, 0).data(ENTRY_ROLE).title for row in range(view.rowCount())]


def test_the_dock_lists_the_articles_and_filters_them(window, qtbot) -> None:
    window.library_action.trigger()
    dock = window.library_dock()
    qtbot.waitUntil(lambda: dock.table.model().rowCount() == 2, timeout=30000)
    assert dock.isVisible() and dock.tabs.currentIndex() == 0
    # The articles are counted at once; the findings' background check may be under way.
    assert dock.articles_status.text().startswith("2 articles.")
    qtbot.waitUntil(lambda: dock.articles_status.text() == "2 articles.", timeout=60000)
    dock.language_filter.setCurrentIndex(dock.language_filter.findData("ja"))
    assert [t[:14] for t in shown_titles(dock)] == ["Vladimir Putin"]
    dock.language_filter.setCurrentIndex(0)
    dock.title_filter.setText("BANJIR")
    assert shown_titles(dock) == ["Banjir di Jakarta"]
    dock.title_filter.clear()
    dock.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [t[:6] for t in shown_titles(dock)] == ["Banjir", "Vladim"]
    # The title in the reading language (English here) beside the source's.
    dock.table.sortByColumn(READING_TITLE, Qt.SortOrder.DescendingOrder)
    assert (
        dock.table.model()
        .index(0, READING_TITLE)
        .data()
        .startswith("Vladimir Putin and Kim Jong Un")
    )


def test_the_dock_counts_findings_in_the_background_and_filters_by_them_and_review(
    window, qtbot, library: Path
) -> None:
    from reader.core.review.model import Review, Status, set_status
    from reader.core.review.store import ReviewFile
    from reader.ui.library.articles import FINDINGS, REVIEWED
    from tests.library.conftest import write_article

    write_article(
        library / "numbers",
        "id",
        {
            "id": "Banjir di Bogor\n\nHujan turun pada tahun 2019 selama 3 hari.",
            "ar": "فيضانات في بوغور\n\nهطلت الأمطار في عام ٢٠١٨ لمدة ٣ أيام.",
        },
    )
    texts = ["Banjir di Jakarta", "Presiden meninjau banjir pada 2019."]
    arabic = ["فيضانات في جاكرتا", "تفقد الرئيس الفيضانات في عام ٢٠١٩."]
    assert (library / "jakarta" / "id.txt").read_text(encoding="utf-8").split("\n\n") == texts
    review = Review().of("ar@1")
    for number, text in enumerate(arabic):
        review = set_status(review, number, text, Status.APPROVED, "me", "t")
    file = ReviewFile(library / "jakarta")
    file.load()
    file.save(Review().with_version("ar@1", review))
    window.library_action.trigger()
    dock = window.library_dock()
    view = dock.table.model()

    def column(number: int) -> dict[str, str]:
        return {
            view.index(row, 0).data(ENTRY_ROLE).folder.name: view.index(row, number).data()
            for row in range(view.rowCount())
        }

    # Every article is checked in the background; the counts come in as they are made.
    qtbot.waitUntil(
        lambda: (
            "…" not in column(FINDINGS).values()
            and view.rowCount() == 3
            and dock.articles_status.text() == "3 articles."
        ),
        timeout=60000,
    )
    assert column(FINDINGS) == {"numbers": "1", "jakarta": "0", "putin-kim": "0"}
    assert column(REVIEWED)["jakarta"] == "2 of 2"
    assert column(REVIEWED)["numbers"] == "0 of 2"
    dock.findings_filter.setChecked(True)
    assert list(column(FINDINGS)) == ["numbers"]
    dock.findings_filter.setChecked(False)
    dock.review_filter.setChecked(True)
    assert set(column(REVIEWED)) == {"numbers", "putin-kim"}
    dock.table.sortByColumn(FINDINGS, Qt.SortOrder.DescendingOrder)
    dock.review_filter.setChecked(False)
    assert list(column(FINDINGS).values()) == ["1", "0", "0"]


def test_search_as_one_types_marks_the_words_beside_the_source(window, qtbot) -> None:
    window.search_library_action.trigger()
    dock = window.library_dock()
    assert dock.tabs.currentIndex() == 1
    qtbot.waitUntil(dock.query.hasFocus)
    dock.query.insert("والرئيس")  # QTest types ASCII only
    qtbot.waitUntil(lambda: dock.hits.rowCount() > 0, timeout=30000)
    assert "paragraphs match" in dock.search_status.text()
    delegate = dock.results.itemDelegate()
    for row in range(dock.hits.rowCount()):
        hit = dock.hits.index(row).data(HIT_ROLE)
        found, source = delegate.documents(hit)
        # The text is the paragraph itself: marked with formats, not with characters.
        assert found.toPlainText() == hit.text
        for start, end in hit.marks:
            cursor = QTextCursor(found)
            cursor.setPosition(start + 1)
            assert cursor.charFormat().background().color() == MARK_COLOUR
            assert hit.text[start:end].endswith("رئيس")
        # Laid out at the width it is shown at, the hit fits its row (nothing cut off).
        shown = dock.results.visualRect(dock.hits.index(row))
        assert found.textWidth() < shown.width()
        assert shown.height() > found.size().height()
        if hit.language == "ar":
            assert found.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
            assert source is not None and source.toPlainText() == hit.source_text
            assert source.firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight


def test_enter_opens_the_article_at_the_hit_beside_its_source(window, qtbot, library) -> None:
    window.search_library_action.trigger()
    dock = window.library_dock()
    qtbot.waitUntil(lambda: dock.search_language.findData("ar") > 0, timeout=30000)
    dock.search_language.setCurrentIndex(dock.search_language.findData("ar"))
    dock.query.insert("الفيضانات")
    qtbot.waitUntil(lambda: dock.hits.rowCount() == 2, timeout=30000)  # the title matches too
    row = next(r for r in range(2) if dock.hits.index(r).data(HIT_ROLE).paragraph == 1)
    dock.results.setCurrentIndex(dock.hits.index(row))
    hit = dock.hits.index(row).data(HIT_ROLE)
    assert (hit.folder, hit.paragraph, hit.source_paragraphs) == (library / "jakarta", 1, (1,))
    qtbot.keyClick(dock.query, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.article is not None and window.article.path == library / "jakarta"
    )
    assert window.right.key == VersionKey("ar", 1) and window.left.key == VersionKey("id", 1)
    assert window.compare
    qtbot.waitUntil(lambda: window.left.view.group() == [1])  # the counterpart, tinted


def test_a_query_with_nothing_to_search_says_so(window, qtbot) -> None:
    window.search_library_action.trigger()
    dock = window.library_dock()
    qtbot.keyClicks(dock.query, "*(:")
    message = "the query has no words to search for"
    qtbot.waitUntil(lambda: dock.search_status.text() == message, timeout=30000)
    assert dock.hits.rowCount() == 0


def test_find_marks_both_panes_and_the_counterparts(window, qtbot) -> None:
    window.set_compare(True)
    window.find_action.trigger()
    bar = window._find_bar
    assert bar.isVisible()
    qtbot.waitUntil(bar.field.hasFocus)
    bar.field.setText("بوتين")
    bar.update_marks()
    right = window.right.view.highlights()
    found = [h for h in right if h.kind is HighlightKind.FOUND]
    arabic = window.right.version.paragraphs
    assert found and all(arabic[h.paragraph].text[h.start : h.end].endswith("بوتين") for h in found)
    counterparts = {h.paragraph for h in window.left.view.highlights()}
    assert {h.paragraph for h in found} <= counterparts | {0}  # aligned 1-1 on the sample
    assert bar.status.text().startswith(f"{len({h.paragraph for h in found})} paragraphs match")
    bar.field.setText("Putin")
    bar.update_marks()
    left = [h for h in window.left.view.highlights() if h.kind is HighlightKind.FOUND]
    assert left and all(
        window.left.version.paragraphs[h.paragraph].text[h.start : h.end] == "Putin" for h in left
    )
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.right.view.highlights() == [
        h for h in window.right.view.highlights() if h.kind not in (HighlightKind.FOUND,)
    ]


def test_an_article_from_elsewhere_is_added_by_copying_it_in(
    open_window, tmp_path: Path, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_LIBRARY", str(library))
    elsewhere = tmp_path / "elsewhere" / "putin-kim"
    shutil.copytree(SAMPLE, elsewhere)
    window = open_window(paths=[elsewhere])
    window.file_menu.aboutToShow.emit()  # the File menu opened
    assert window.add_to_library_action.isEnabled()
    window.add_to_library_action.trigger()
    copy = library / "putin-kim-2"  # the name was taken
    assert (copy / "article.toml").is_file() and (elsewhere / "article.toml").is_file()
    assert window.article.path == copy
    window.file_menu.aboutToShow.emit()
    assert not window.add_to_library_action.isEnabled()


def test_nothing_of_the_library_loads_with_the_window(tmp_path: Path) -> None:
    """The window's start pays nothing for the library: no index, no dock, no SQLite."""
    code = (
        "import sys; from pathlib import Path\n"
        "from reader.ui.app import build_window\n"
        "from reader.ui.context import AppContext\n"
        "from reader.core.ingest.loading import load\n"
        f"sample = Path({str(SAMPLE)!r})\n"
        f"window = build_window(AppContext(Path({str(tmp_path)!r})), load([sample]), paths=[sample])\n"
        "window.show()\n"
        "print(sorted(m for m in sys.modules if 'library' in m or m == 'sqlite3'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert result.stdout.strip() == "[]"

"""Edit › Paste as New Version: plain text and HTML from the clipboard become a version of the
article on screen; its language detected, or asked for; its origin defaulted and said; saved in
an article folder, held in memory otherwise, and the bundled sample never changed."""

from __future__ import annotations

import gzip
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog

from reader.core.model import Origin, VersionKey
from reader.ui.main_window import MainWindow

FRENCH = (
    "Le port de Semarang construit une digue de 3,6 kilomètres.\n\n"
    "Les travaux protégeront quarante mille habitants des inondations marines qui reviennent "
    "chaque mois dans les quartiers du nord de la ville."
)
ARABIC_HTML = """<meta charset="utf-8"><h1>سيمارانغ تبدأ بناء جدار بحري</h1>
<script>alert("never")</script><img src="file:///etc/passwd">
<p>بدأت حكومة مدينة سيمارانغ بناء جدار بحري بطول 3.6 كيلومتر على طول الساحل الشمالي.</p>
<p>وقال العمدة إن المشروع سيكتمل في نهاية عام 2025.</p>"""


@pytest.fixture
def folder(sample: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "article"
    shutil.copytree(sample, copy)
    return copy


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _clipboard(text: str = "", html: str | None = None) -> None:
    mime = QMimeData()
    mime.setText(text)
    if html is not None:
        mime.setHtml(html)
    QGuiApplication.clipboard().setMimeData(mime)


def _answer_language(choice: str | None, asked: list[str]) -> Callable[[], None]:
    """Answer the language picker the paste opens (a real, modal QInputDialog) once it is up."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        asked.append(dialog.labelText())
        if choice is None:
            dialog.reject()
        else:
            dialog.setTextValue(choice)
            dialog.accept()

    return answer


def test_plain_text_becomes_the_next_revision_saved_in_the_folder(web_window, folder: Path) -> None:
    window: MainWindow = web_window([folder])
    _clipboard(FRENCH)
    window.paste_version_action.trigger()

    assert (window.left.key, window.right.key) == (VersionKey("fr", 1), VersionKey("fr", 2))
    assert window.compare and window.revisions.summary.text().startswith("Revision 1 → 2:")
    assert (folder / "fr-2.txt").read_text("utf-8") == FRENCH + "\n"
    entry = tomllib.loads((folder / "article.toml").read_text("utf-8"))["versions"][-1]
    assert (entry["language"], entry["file"], entry["origin"]) == ("fr", "fr-2.txt", "unknown")
    assert window.right.version.origin is Origin.UNKNOWN
    assert window.right.banner.headline.text() == (
        "Translation of unrecorded origin: it may be machine-generated"
    )
    assert window.status().currentMessage() == (
        "Pasted as the French version (revision 2). Its origin is unknown, since nothing says "
        "who translated it: the banner warns that it may be machine-generated. It is saved in "
        "the article folder as fr-2.txt."
    )


def test_html_is_reduced_to_text_and_kept_beside_it(web_window, folder: Path) -> None:
    window: MainWindow = web_window([folder])
    _clipboard("the plain-text flavour is not taken", ARABIC_HTML)
    window.paste_version_action.trigger()

    assert (window.left.key, window.right.key) == (VersionKey("ar", 2), VersionKey("ar", 3))
    text = (folder / "ar-3.txt").read_text("utf-8")
    assert text.split("\n\n")[0] == "سيمارانغ تبدأ بناء جدار بحري"
    assert len(text.split("\n\n")) == 3
    assert "never" not in text and "passwd" not in text and "plain-text" not in text
    assert gzip.decompress((folder / "raw" / "ar-3.html.gz").read_bytes()) == ARABIC_HTML.encode()
    assert window.right.view.toPlainText().startswith("سيمارانغ تبدأ")


def test_an_unclear_language_is_asked_for(web_window, folder: Path) -> None:
    window: MainWindow = web_window([folder])
    before = _files(folder)
    _clipboard("Semarang, 2024")
    asked: list[str] = []
    QTimer.singleShot(0, _answer_language(None, asked))
    window.paste_version_action.trigger()  # cancelled: nothing happens
    assert len(asked) == 1 and "cannot tell the language of the pasted text" in asked[0]
    assert _files(folder) == before and window.right.key == VersionKey("ar", 1)

    QTimer.singleShot(0, _answer_language("Indonesian (id)", asked))
    window.paste_version_action.trigger()
    assert window.right.key == VersionKey("id", 2)
    assert window.right.version.origin is Origin.ORIGINAL
    assert (folder / "id-2.txt").read_text("utf-8") == "Semarang, 2024\n"
    assert "It is marked original: it is in the article's authoritative language, Indonesian." in (
        window.status().currentMessage()
    )


def test_loose_files_hold_the_paste_in_memory_and_say_so(web_window, sample: Path) -> None:
    before = _files(sample)
    window: MainWindow = web_window([sample / "id.txt", sample / "ar.txt"])
    _clipboard(FRENCH)
    window.paste_version_action.trigger()

    assert window.right.key == VersionKey("fr", 1) and window.right.version.path is None
    assert [str(v.key) for v in window.article.versions] == ["id@1", "ar@1", "fr@1"]
    notes = [action.text() for action in window.right.notes.menu().actions()]
    assert (
        "It is kept in memory only, because the article is not a folder: it is gone once "
        "another article is opened." in notes
    )
    assert (
        window.status()
        .currentMessage()
        .endswith("because the article is not a folder: it is gone once another article is opened.")
    )
    assert _files(sample) == before


def test_the_bundled_sample_is_never_changed(web_window, sample: Path) -> None:
    before = _files(sample)
    window: MainWindow = web_window([sample])
    _clipboard(FRENCH)
    window.paste_version_action.trigger()
    assert window.right.key == VersionKey("fr", 2) and window.right.version.path is None
    assert "the bundled sample article is never changed" in window.status().currentMessage()
    assert _files(sample) == before


def test_an_empty_clipboard_says_so(web_window, folder: Path) -> None:
    window: MainWindow = web_window([folder])
    before = window.article
    _clipboard("  \n ")
    window.paste_version_action.trigger()
    assert window.status().currentMessage() == "The clipboard holds no text to paste."
    assert window.article is before

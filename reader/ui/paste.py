"""*Edit › Paste as New Version*: the clipboard's text becomes a version of the article on screen.

The clipboard's HTML is reduced to text by the core (``reader.core.web.pasting``: parsed, never
rendered, nothing loaded), else its plain text is taken. The language is detected, and asked for
(the window's language picker) when the text does not decide it; the origin is defaulted, and
the status bar says which and why. An article folder gets the version as a new file and a
manifest entry (nothing overwritten; the manifest replaced in one step); anything else (loose
files, the bundled sample) holds it in memory, and says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.ingest.loading import load
from reader.core.model import Article, Origin, Version
from reader.core.present.banner import version_name
from reader.core.present.web import Kept, kept_sentence, paste_language_question, pasted_summary
from reader.core.web.pasting import (
    Clipping,
    clipping,
    pasted_language,
    pasted_origin,
    pasted_version,
    save_pasted,
    with_version,
)
from reader.ui.context import is_bundled
from reader.ui.plain import literal

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

SHOWN_MS = 20000  # how long the status bar says what became of a paste


def paste_as_version(window: MainWindow) -> Version | None:
    """Add the clipboard's text to ``window``'s article as its next version; the version, or
    None when there was nothing to paste or the user cancelled."""
    article = window.article
    if article is None:
        return None
    mime = QGuiApplication.clipboard().mimeData()  # None where nothing was ever copied
    html = mime.html() if mime is not None and mime.hasHtml() else None
    text = mime.text() if mime is not None and mime.hasText() else None
    try:
        pasted = clipping(html, text)
    except ReaderError as error:
        window.status().showMessage(str(error), SHOWN_MS)
        return None
    language = _language(window, article, pasted.text)
    if language is None:
        return None
    origin, reason = pasted_origin(article, language)
    kept, detail = _where(article)
    version: Version | None = None
    if kept is Kept.SAVED:
        version, detail = _save(window, article, pasted, language, origin)
        kept = Kept.SAVED if version is not None else Kept.UNWRITABLE
    if version is None:
        remark = kept_sentence(kept, detail)
        version = pasted_version(article, pasted.text, language, origin, remarks=(remark,))
        _show(window, with_version(article, version), version, window.paths)
    name = version_name(version, window.article or article)
    window.status().showMessage(pasted_summary(name, reason, language, kept, detail), SHOWN_MS)
    return version


def _language(window: MainWindow, article: Article, text: str) -> str | None:
    """The pasted text's language: detected, else asked for (None if the user cancels)."""
    language, clear = pasted_language(text, {v.language for v in article.versions})
    if clear and language is not None:
        return language
    return window.ask_language(
        _("Paste as New Version"), literal(paste_language_question()), language
    )


def _save(
    window: MainWindow, article: Article, pasted: Clipping, language: str, origin: Origin
) -> tuple[Version | None, str]:
    """Save the paste into the article's folder and show it: the version and its file's name;
    or None and why the folder could not take it."""
    folder = article.path
    assert folder is not None
    try:
        key = save_pasted(folder, pasted, language, origin)
        updated = load([folder])
    except OSError as error:
        return None, str(error.strerror or error)
    except ReaderError as error:
        return None, str(error)
    version = updated.find(key)
    assert version is not None and version.path is not None
    _show(window, updated, version, [folder])
    return version, version.path.name


def _where(article: Article) -> tuple[Kept, str]:
    """Where a version pasted into ``article`` can go: its folder, unless it has none or it is
    the sample that comes with Reader (never changed)."""
    folder = article.path
    if folder is None or not folder.is_dir():
        return Kept.NOT_A_FOLDER, ""
    if is_bundled(folder):
        return Kept.SAMPLE, ""
    return Kept.SAVED, ""


def _show(window: MainWindow, article: Article, version: Version, paths: list[Path]) -> None:
    """``article`` on screen with the new ``version`` on the right, beside the revision before
    it (a word-level difference) or else the source."""
    earlier = [v for v in article.revisions(version.language) if v.revision < version.revision]
    beside = earlier[-1] if earlier else article.source
    left = beside.key if beside is not None and beside is not version else None
    window.set_article(article, left=left, right=version.key, paths=paths)
    window.set_compare(left is not None)

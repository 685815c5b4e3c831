"""File › Open Web Page, drops of links and saved pages, and ``reader URL``, as a user meets them:
the page imported from the local server opens beside its source with the evidence for the source
language, progress on the way, errors in one sentence, and Cancel leaving nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from shiboken6 import isValid

from reader.core.ingest.loading import load_folder
from reader.core.model import VersionKey
from reader.core.web.saved import SUFFIXES
from reader.ui import settings
from reader.ui.jobs import ProcessJobs
from reader.ui.main_window import MainWindow
from tests import layout_checks as check
from tests.fake_jobs import FakeJobs
from tests.web.server import FixtureServer, Reply
from tests.web.sites import Site, load_site

WAIT_MS = 60000


@pytest.fixture
def kabarnusa(server: FixtureServer) -> Site:
    site = load_site("kabarnusa")
    server.add_site(site)
    return site


def _entries(library: Path) -> list[str]:
    """Everything in the library folder, hidden staging folders included."""
    return sorted(p.name for p in library.iterdir()) if library.exists() else []


def _import(qtbot, window: MainWindow, source: str) -> None:
    with qtbot.waitSignal(window.article_loaded, timeout=WAIT_MS):
        assert window.import_web_page(source)


def _failure(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window._web().message is not None, timeout=WAIT_MS)
    box = window._web().message
    assert box is not None and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    return box


def test_an_imported_page_opens_beside_its_source_with_the_evidence(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site, tmp_path: Path
) -> None:
    window = web_window()
    url = server.url(kabarnusa.paths["ar"])
    _import(qtbot, window, url)

    library = tmp_path / "library"
    [name] = _entries(library)  # the article, and no staging folder left
    folder = library / name
    assert window.article.path == folder and window.paths == [folder]
    assert (window.left.key, window.right.key) == (VersionKey("id", 1), VersionKey("ar", 1))
    assert window.compare and window.left.isVisible()
    arabic = window.right.view
    assert all(check.block_is_rtl(b) for b in check.blocks(arabic)[:3])
    assert check.flush_right(check.ink(arabic.viewport().grab().toImage()))

    detail = window.left.banner.detail.text()
    assert detail.endswith("Indonesian is the source according to the publisher's notice.")
    assert window.right.banner.headline.text().startswith("Machine translation from Indonesian")
    notes = window.left.notes.toolTip()
    assert "Source language Indonesian, from the publisher&#x27;s notice: “The English" in notes
    assert window.statusBar().currentMessage() == f"Imported 6 versions into {folder}."
    assert window.store.get(settings.RECENT_ADDRESSES) == url
    assert window.check_updates_action.isEnabled() and window.open_web_action.isEnabled()
    assert not window._web().progress.isVisible()


def test_the_source_page_asked_for_gets_a_translation_beside_it(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site
) -> None:
    window = web_window()
    _import(qtbot, window, server.url(kabarnusa.paths["id"]))
    assert window.left.key == VersionKey("id", 1)
    assert window.right.key is not None and window.right.key.language != "id"


def test_progress_is_reported_page_by_page(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site
) -> None:
    jobs = FakeJobs(hold=True)
    window = web_window(jobs=jobs)
    url = server.url(kabarnusa.paths["ar"])
    assert window.import_web_page(url)
    progress = window._web().progress
    assert progress.isVisible() and progress.text == f"Fetching {url}…"
    assert (progress.bar.minimum(), progress.bar.maximum()) == (0, 0)  # busy: total unknown
    assert not window.open_web_action.isEnabled() and not window.paste_version_action.isEnabled()
    seen: list[str] = []
    jobs.started[0].progress.connect(lambda _value: seen.append(progress.text))
    with qtbot.waitSignal(window.article_loaded, timeout=WAIT_MS):
        jobs.started[0].run()
    assert seen[0] == f"Fetched 1 of 6 pages: {url}"
    assert seen[-1].startswith("Fetched 6 of 6 pages: http://127.0.0.1")
    assert len(seen) == 6


def test_the_dialog_refuses_what_it_cannot_import_and_imports_the_rest(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site
) -> None:
    window = web_window()
    url = server.url(kabarnusa.paths["ar"])
    QGuiApplication.clipboard().setText(url)
    window.open_web_action.trigger()
    dialog = window._web().dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Open Web Page"
    assert dialog.address.currentText() == url  # an address on the clipboard is filled in
    assert str(dialog.destination).endswith("library")
    import_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)

    dialog.address.setCurrentText("ftp://files.example/berita")
    import_button.click()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text() == (
        "Reader opens web pages only (http and https), not ftp: addresses."
    )
    assert window.article.path.name == "sample"

    dialog.address.setCurrentText(url)
    dialog.alternates.setChecked(False)
    with qtbot.waitSignal(window.article_loaded, timeout=WAIT_MS):
        import_button.click()
    assert not isValid(dialog)  # closed, and deleted
    assert [v.language for v in window.article.versions] == ["ar"]  # this page alone
    assert window.article.source_language == "id"  # its notice names the source
    assert not window.compare  # one version: one pane


def test_the_dialog_offers_the_pages_opened_lately(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site
) -> None:
    window = web_window()
    for language in ("ar", "fr"):
        _import(qtbot, window, server.url(kabarnusa.paths[language]))
    QGuiApplication.clipboard().setText("not an address")
    window.open_web_action.trigger()
    dialog = window._web().dialog
    items = [dialog.address.itemText(i) for i in range(dialog.address.count())]
    assert items == [server.url(kabarnusa.paths["fr"]), server.url(kabarnusa.paths["ar"])]
    assert dialog.address.currentText() == ""
    dialog.reject()


def test_addresses_left_out_are_listed_in_the_notes_with_their_reasons(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site
) -> None:
    page = kabarnusa.render("ar", server.base).replace(
        "</head>",
        '<link rel="alternate" hreflang="de" href="https://elsewhere.example/de/tanggul">'
        '<link rel="alternate" hreflang="es" href="javascript:alert(1)"></head>',
        1,
    )
    server.routes[kabarnusa.paths["ar"]] = Reply.html(page)
    window = web_window()
    _import(qtbot, window, server.url(kabarnusa.paths["ar"]))
    notes = [a.text() for a in window.right.notes.menu().actions()]
    assert any(
        n.startswith("Not imported: https://elsewhere.example/de/tanggul (on another site")
        for n in notes
    )
    assert any(
        n.startswith("Not imported: javascript:alert(1) (a javascript: address") for n in notes
    )
    assert "2 addresses on the page were not imported" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (None, "the server answered 404 Not Found"),
        (
            Reply(b"%PDF-1.7\n" + bytes(64), headers={"Content-Type": "application/pdf"}),
            "is a PDF document, not a web page",
        ),
        (
            Reply(b"\x89PNG\r\n\x1a\n" + bytes(64), headers={"Content-Type": "image/png"}),
            "is an image (image/png), not a web page",
        ),
    ],
)
def test_a_page_that_cannot_be_imported_is_one_sentence_and_the_article_stays(
    qtbot, web_window, server: FixtureServer, tmp_path: Path, reply: Reply | None, reason: str
) -> None:
    if reply is not None:
        server.routes["/berita/laporan"] = reply
    url = server.url("/berita/laporan")
    window = web_window()
    before = window.article
    assert window.import_web_page(url)
    box = _failure(qtbot, window)
    assert box.text() == f"Reader could not import {url}: {reason}."
    assert box.windowTitle() == "Cannot Import"
    assert window.article is before and window.right.key == VersionKey("ar", 1)
    assert _entries(tmp_path / "library") == []  # not even the staging folder
    assert window.open_web_action.isEnabled() and not window._web().progress.isVisible()
    box.close()


def test_cancel_leaves_nothing_of_what_the_worker_had_begun(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site, tmp_path: Path
) -> None:
    jobs = FakeJobs(hold=True)
    window = web_window(jobs=jobs)
    before = window.article
    assert window.import_web_page(server.url(kabarnusa.paths["ar"]))
    library = tmp_path / "library"
    [staging] = library.iterdir()
    assert staging.name.startswith(".reader-import-")
    (staging / "semarang" / "raw").mkdir(parents=True)  # as a killed worker may leave it
    (staging / "semarang" / "ar.txt").write_text("half", "utf-8")

    window._web().progress.cancel.click()
    assert jobs.started[0].cancelled
    assert _entries(library) == []
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was saved."
    assert window.article is before and window.open_web_action.isEnabled()
    assert not window._web().progress.isVisible()


def _drop(window: MainWindow, mime: QMimeData) -> bool:
    """Drag ``mime`` over the window and drop it; whether the window took it."""
    at = window.rect().center().toPointF()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        at.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    enter.ignore()
    window.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(at, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    return True


def test_a_saved_page_dropped_on_the_window_is_imported_with_its_versions(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site, tmp_path: Path
) -> None:
    url = server.url(kabarnusa.paths["ar"])
    saved = tmp_path / "Semarang.html"
    saved.write_text(
        f"<!-- saved from url=({len(url):04d}){url} -->\n" + kabarnusa.render("ar", server.base),
        "utf-8",
    )
    window = web_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(saved))])
    with qtbot.waitSignal(window.article_loaded, timeout=WAIT_MS):
        assert _drop(window, mime)
    assert (window.left.key, window.right.key) == (VersionKey("id", 1), VersionKey("ar", 1))
    arabic = window.article.find(VersionKey("ar", 1))
    assert arabic.provenance.url == url and arabic.provenance.raw == "raw/ar.html.gz"
    assert len(window.article.versions) == 6  # the others fetched from the page's own site


@pytest.mark.parametrize("as_text", [False, True])
def test_a_link_dropped_on_the_window_is_imported(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site, as_text: bool
) -> None:
    url = server.url(kabarnusa.paths["fr"])
    window = web_window()
    mime = QMimeData()
    if as_text:
        mime.setText(f"  {url}\n")
    else:
        mime.setUrls([QUrl(url)])
    with qtbot.waitSignal(window.article_loaded, timeout=WAIT_MS):
        assert _drop(window, mime)
    assert window.right.key == VersionKey("fr", 1)


def test_what_is_neither_a_file_nor_a_page_is_not_taken(web_window) -> None:
    window = web_window()
    for text in ("Semarang mulai bangun tanggul laut", "ftp://files.example/a", "a\nhttps://b.c"):
        mime = QMimeData()
        mime.setText(text)
        assert not _drop(window, mime)
    assert window.article.path.name == "sample"


# -- in worker processes, as the application runs it --------------------------------------------


def test_an_import_in_a_worker_process(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site, tmp_path: Path, children
) -> None:
    window = web_window(jobs=ProcessJobs())
    url = server.url(kabarnusa.paths["ar"])
    assert window.import_web_page(url)
    job = window._web().job
    assert job is not None and job.pid is not None and job.pid != os.getpid()
    reports: list[object] = []
    job.progress.connect(reports.append)
    qtbot.waitSignal(window.article_loaded, timeout=WAIT_MS).wait()
    assert reports[0] == (1, 6, url) and reports[-1][:2] == (6, 6)
    assert (window.left.key, window.right.key) == (VersionKey("id", 1), VersionKey("ar", 1))
    assert "according to the publisher's notice" in window.left.banner.detail.text()
    [name] = _entries(tmp_path / "library")
    assert len(load_folder(tmp_path / "library" / name).versions) == 6
    assert job.pid not in children()


def test_cancelling_a_worker_mid_import_kills_it_and_leaves_no_folder(
    qtbot, web_window, server: FixtureServer, kabarnusa: Site, tmp_path: Path, children
) -> None:
    for language in kabarnusa.languages:
        if language != "ar":  # the other versions are slow to come
            page = kabarnusa.render(language, server.base).encode()
            server.routes[kabarnusa.paths[language]] = Reply(
                page,
                headers={"Content-Type": "text/html; charset=utf-8"},
                delay_per_chunk=20.0,
            )
    window = web_window(jobs=ProcessJobs())
    assert window.import_web_page(server.url(kabarnusa.paths["ar"]))
    job = window._web().job
    reports: list[object] = []
    job.progress.connect(reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=WAIT_MS)  # the page itself is in
    pid = job.pid
    assert pid in children()
    window._web().progress.cancel.click()
    assert pid not in children() and not job.running
    assert _entries(tmp_path / "library") == []
    assert window.article.path.name == "sample"


def test_reader_url_opens_the_window_and_imports(
    server: FixtureServer, kabarnusa: Site, tmp_path: Path
) -> None:
    library = tmp_path / "library"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "READER_LIBRARY": str(library),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    with subprocess.Popen(
        [sys.executable, "-m", "reader", server.url(kabarnusa.paths["ja"])],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    ) as process:
        try:
            deadline = time.monotonic() + WAIT_MS / 1000
            while time.monotonic() < deadline and not list(library.glob("*/article.toml")):
                assert process.poll() is None, process.communicate()[1].decode()
                time.sleep(0.1)
        finally:
            process.terminate()
            process.communicate(timeout=10)
    [manifest] = library.glob("*/article.toml")
    article = load_folder(manifest.parent)
    assert article.source_language == "id" and len(article.versions) == 6


def test_the_command_line_tells_a_page_from_files_by_name_alone(tmp_path: Path) -> None:
    from reader import cli
    from reader.core.errors import ReaderError

    assert set(cli._SAVED_PAGES) == SUFFIXES
    saved = tmp_path / "page.HTML"
    saved.write_text("<p>x</p>", "utf-8")
    assert cli._web_source(["https://k.example/a"]) == "https://k.example/a"
    assert cli._web_source([str(saved)]) == str(saved)
    assert cli._web_source([str(tmp_path / "missing.html")]) is None  # "no such file", as before
    assert cli._web_source(["article", "notes.txt"]) is None
    with pytest.raises(ReaderError, match="a web page opens on its own, not with other files"):
        cli._web_source(["https://k.example/a", "notes.txt"])


START_PROBE = """
import sys, tempfile
from pathlib import Path
from reader.core.ingest.loading import load
from reader.ui.app import application, open_window
from reader.ui.context import AppContext

app = application()
window = open_window(AppContext(Path(tempfile.mkdtemp())), load([Path(sys.argv[1])]))
loaded = []
window.text_painted.connect(lambda: (loaded.extend(sys.modules), app.quit()))
app.exec()
heavy = ("httpx", "lxml", "trafilatura", "publicsuffixlist", "reader.core.web", "reader.ui.web")
print(sorted(m for m in loaded if m.startswith(heavy)))
print(window.left.banner.detail.text())
"""


def test_opening_an_article_from_the_web_loads_none_of_the_web_code(
    qtbot, server: FixtureServer, kabarnusa: Site, tmp_path: Path
) -> None:
    from reader.core.web.importing import import_article

    import_article(server.url(kabarnusa.paths["ar"]), target=tmp_path / "a")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", START_PROBE, str(tmp_path / "a")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    modules, detail = done.stdout.splitlines()
    assert modules == "[]"
    assert detail.endswith("Indonesian is the source according to the publisher's notice.")


@pytest.mark.parametrize(
    ("keys", "action"),
    [("Ctrl+L", "open_web_action"), ("Ctrl+Shift+V", "paste_version_action")],
)
def test_the_shortcuts_reach_their_actions(qtbot, web_window, keys: str, action: str) -> None:
    from PySide6.QtGui import QKeySequence

    window = web_window()
    triggered: list[bool] = []
    getattr(window, action).triggered.connect(lambda: triggered.append(True))
    with qtbot.waitActive(window):
        window.activateWindow()
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
    assert triggered == [True]
    assert getattr(window, action).shortcut().toString() == keys
    dialog = window._web().dialog if action == "open_web_action" else None
    if dialog is not None:
        dialog.reject()


def test_an_empty_window_says_what_it_imports_and_what_to_do_when_that_fails(
    qtbot, server: FixtureServer, tmp_path: Path
) -> None:
    """``reader URL`` opens the window with no article: the import in the panes' place, then
    what the user can do if it fails."""
    from reader.core.present.web import import_started
    from reader.ui.settings import Store

    url = server.url("/berita/hilang")
    window = MainWindow(Store(tmp_path / "config"), FakeJobs(), tmp_path / "library")
    qtbot.addWidget(window)
    window.show_placeholder(import_started(url))
    window.show()
    placeholder = window.findChild(QLabel, "placeholder")
    assert placeholder.isVisible() and placeholder.text() == f"Fetching {url}…"
    assert not window.splitter.isVisible()
    assert window.import_web_page(url)
    box = _failure(qtbot, window)
    assert box.text() == f"Reader could not import {url}: the server answered 404 Not Found."
    assert placeholder.text().startswith("No article is open. Open a web page (Ctrl+L)")
    box.close()

    kabarnusa = load_site("kabarnusa")
    server.add_site(kabarnusa)
    with qtbot.waitSignal(window.article_loaded, timeout=WAIT_MS):
        window.import_web_page(server.url(kabarnusa.paths["ar"]))
    assert not placeholder.isVisible() and window.splitter.isVisible()

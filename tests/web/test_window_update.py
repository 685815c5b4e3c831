"""File › Check for Updates: the article's pages fetched again from the local server (which can
change its answer), what changed said in a dialog, and the changed version put beside its
previous revision as a word-level difference."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from reader.core.model import VersionKey
from reader.core.web.importing import import_article
from reader.ui.jobs import ProcessJobs
from reader.ui.main_window import MainWindow
from tests.fake_jobs import FakeJobs
from tests.web.server import FixtureServer, Handler, Reply
from tests.web.sites import load_site

WAIT_MS = 60000
SITE = load_site("harbour")


def _serve(server: FixtureServer, changed: dict[str, str] | None = None) -> None:
    """The site's pages, answering 304 to a request that names the ETag they have now."""
    for language in SITE.languages:
        page = (changed or {}).get(language) or SITE.render(language, server.base)
        etag = f'"{language}-{hash(page) & 0xFFFF}"'

        def route(handler: Handler, page: str = page, etag: str = etag) -> Reply:
            if handler.headers.get("If-None-Match") == etag:
                return Reply(b"", 304, {"ETag": etag})
            return Reply.html(page, ETag=etag)

        server.routes[SITE.paths[language]] = route


@pytest.fixture
def article(server: FixtureServer, tmp_path: Path) -> Path:
    _serve(server)
    import_article(server.url(SITE.paths["fr"]), target=tmp_path / "harbour")
    return tmp_path / "harbour"


def _summary(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window._web().message is not None, timeout=WAIT_MS)
    box = window._web().message
    assert box is not None and box.isVisible()
    return box


def test_a_changed_translation_is_offered_beside_its_previous_revision(
    qtbot, web_window, server: FixtureServer, article: Path
) -> None:
    window = web_window([article])
    assert window.check_updates_action.isEnabled()
    french = SITE.render("fr", server.base).replace("480 000 dollars", "490 000 dollars")
    _serve(server, changed={"fr": french})

    with qtbot.waitSignal(window.article_loaded, timeout=WAIT_MS):  # reloaded with fr@2
        window.check_updates_action.trigger()
    box = _summary(qtbot, window)
    assert box.windowTitle() == "Check for Updates" and box.text() == "1 version changed"
    assert "French: the page changed; its new text is revision 2." in box.informativeText()
    assert "3 versions are as they were." in box.informativeText()
    assert [v.revision for v in window.article.revisions("fr")] == [1, 2]
    assert (article / "fr-2.txt").is_file()

    button = next(b for b in box.buttons() if b.objectName() == "compare-revisions")
    assert button.text() == "Compare the French Revisions"
    button.click()
    assert not isValid(box) or not box.isVisible()
    assert (window.left.key, window.right.key) == (VersionKey("fr", 1), VersionKey("fr", 2))
    assert window.compare and window.revisions.isVisible()
    assert window.revisions.summary.text().startswith("Revision 1 → 2:")
    marked = window.left.view.highlights()
    french = window.left.version.paragraphs
    assert [french[h.paragraph].text[h.start : h.end] for h in marked if h.kind == "delete"] == [
        "480"
    ]


def test_nothing_changed_costs_one_request_a_page_and_says_so(
    qtbot, web_window, server: FixtureServer, article: Path
) -> None:
    window = web_window([article])
    server.requests.clear()
    window.check_updates_action.trigger()
    box = _summary(qtbot, window)
    assert box.text() == "No version changed"
    assert box.informativeText().endswith("4 versions are as they were.</qt>")
    assert not [b for b in box.buttons() if b.objectName() == "compare-revisions"]
    assert len(server.requests) == 4
    assert all("If-None-Match" in headers for _, headers in server.requests)


def test_a_page_that_fails_is_named_and_the_rest_still_checked(
    qtbot, web_window, server: FixtureServer, article: Path
) -> None:
    window = web_window([article])
    server.routes[SITE.paths["ar"]] = Reply(b"gone", 410, {"Content-Type": "text/plain"})
    window.check_updates_action.trigger()
    box = _summary(qtbot, window)
    assert box.text() == "No version changed"
    text = box.informativeText()
    assert (
        f"{server.url(SITE.paths['ar'])} could not be checked: the server answered 410 Gone."
        in text
    )
    assert "3 versions are as they were." in text


def test_an_update_in_a_worker_process_can_be_cancelled(
    qtbot, web_window, server: FixtureServer, article: Path, children
) -> None:
    french = SITE.render("fr", server.base).encode()
    server.routes[SITE.paths["fr"]] = Reply(
        french, headers={"Content-Type": "text/html; charset=utf-8"}, delay_per_chunk=20.0
    )
    window = web_window([article], jobs=ProcessJobs())
    manifest = (article / "article.toml").read_bytes()
    window.check_updates_action.trigger()
    job = window._web().job
    assert job is not None and window._web().progress.text == (
        "Checking the article's pages for changes…"
    )
    assert not window.check_updates_action.isEnabled()
    qtbot.waitUntil(lambda: job.pid in children(), timeout=WAIT_MS)
    window._web().progress.cancel.click()
    assert job.pid not in children()
    assert window.status().currentMessage() == "Check for updates cancelled."
    assert (article / "article.toml").read_bytes() == manifest
    assert sorted(p.name for p in article.rglob(".*")) == []
    assert window.check_updates_action.isEnabled()


def test_only_an_article_from_the_web_can_be_checked(qtbot, web_window, sample: Path) -> None:
    window = web_window([sample])
    assert not window.check_updates_action.isEnabled()
    jobs = FakeJobs()
    window.jobs = jobs
    window.check_for_updates()
    assert jobs.started == []


def test_an_update_that_cannot_run_says_why(
    qtbot, web_window, server: FixtureServer, article: Path
) -> None:
    window = web_window([article])
    (article / "article.toml").write_text("not = [valid", "utf-8")  # broken since it opened
    window.check_updates_action.trigger()
    box = _summary(qtbot, window)
    assert box.windowTitle() == "Check for Updates"
    assert box.text().startswith(
        "Reader could not check this article for updates: is not valid TOML"
    )

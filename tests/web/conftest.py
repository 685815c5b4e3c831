"""A local HTTP server per test, and the fixture sites on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tests.web.server import FixtureServer, serving


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serving() as running:
        yield running


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests to 127.0.0.1 must not go through a proxy the environment names."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def web_window(qtbot, tmp_path: Path):
    """A factory for the real main window on ``paths`` (default: the sample article) whose
    imports go into ``tmp_path / "library"``, its background work run by ``jobs`` (default: in
    this process, tests/fake_jobs.py)."""
    from reader.core.ingest.loading import load
    from reader.ui.app import build_window
    from reader.ui.context import AppContext
    from tests.fake_jobs import FakeJobs

    def make(paths=None, jobs=None, size=(1280, 850)):
        paths = list(paths or [SAMPLE])
        context = AppContext(
            tmp_path / "config",
            jobs=jobs if jobs is not None else FakeJobs(),
            library=tmp_path / "library",
        )
        window = build_window(context, load(paths), paths=paths)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make

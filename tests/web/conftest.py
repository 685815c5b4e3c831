"""A local HTTP server per test, and the fixture sites on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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

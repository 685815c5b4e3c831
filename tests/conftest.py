"""Headless Qt, one QApplication, and every folder the app writes to under tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
SEED = SAMPLE / "ar.txt"


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may touch the real user's settings."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def sample() -> Path:
    return SAMPLE


@pytest.fixture
def seed() -> Path:
    return SEED


@pytest.fixture
def open_window(qtbot, tmp_path: Path):
    """A factory for the real main window on ``paths`` (default: the sample article), with its
    settings in a temporary folder; shown at ``size`` unless ``show`` is false."""
    from reader.core.ingest.loading import load
    from reader.ui.app import build_window
    from reader.ui.context import AppContext

    def make(paths=None, size=(1280, 850), show=True, config="config", languages=(), **options):
        paths = list(paths or [SAMPLE])
        context = AppContext(tmp_path / config)
        window = build_window(context, load(paths, languages=languages), paths=paths, **options)
        qtbot.addWidget(window)
        if show:
            window.resize(*size)
            window.show()
            qtbot.waitExposed(window)
        return window

    return make

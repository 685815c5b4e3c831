"""Headless Qt, one QApplication, and every folder the app writes to under tmp_path."""

from __future__ import annotations

import os
import sys
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


@pytest.fixture(scope="session", autouse=True)
def _clipboard_emptied_before_exit():
    """Leave the clipboard empty. Without a window system Qt keeps its contents in a static that is
    destroyed after Python has shut down; deleting a QMimeData that Python made from there crashed
    the interpreter on its way out (exit status 139 after every test had passed)."""
    yield
    gui = sys.modules.get("PySide6.QtGui")
    if gui is not None and gui.QGuiApplication.instance() is not None:
        gui.QGuiApplication.clipboard().clear()


@pytest.fixture
def sample() -> Path:
    return SAMPLE


@pytest.fixture
def seed() -> Path:
    return SEED


@pytest.fixture
def open_window(qtbot, tmp_path: Path):
    """A factory for the real main window on ``paths`` (default: the sample article), with its
    settings in a temporary folder and its background work run by ``jobs`` (default: in this
    process, tests/fake_jobs.py); shown at ``size`` unless ``show`` is false."""
    from reader.core.ingest.loading import load
    from reader.ui.app import build_window
    from reader.ui.context import AppContext
    from tests.fake_jobs import FakeJobs

    def make(
        paths=None, size=(1280, 850), show=True, config="config", languages=(), jobs=None, **options
    ):
        paths = list(paths or [SAMPLE])
        context = AppContext(tmp_path / config, jobs=jobs if jobs is not None else FakeJobs())
        window = build_window(context, load(paths, languages=languages), paths=paths, **options)
        qtbot.addWidget(window)
        if show:
            window.resize(*size)
            window.show()
            qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def children():
    """The ids of this process's child processes, read from /proc when called."""

    def listing() -> set[int]:
        tasks = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
        return {int(pid) for pid in tasks.read_text(encoding="ascii").split()}

    return listing


WORK = """
import sys, time

def count(n, *, progress):
    for i in range(1, n + 1):
        progress((i, n))
    return "counted"

def report_then_wait(*, progress):
    progress("started")
    time.sleep(60)

def loaded():
    return sorted(sys.modules)
"""


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The name of a module of test work (``count``, ``report_then_wait``, ``loaded``) that this
    process and the worker processes it starts can import."""
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "reader_test_work.py").write_text(WORK, encoding="utf-8")
    monkeypatch.syspath_prepend(folder)
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH")) if p)
    monkeypatch.setenv("PYTHONPATH", path)  # worker processes start with this environment
    return "reader_test_work"

"""The start path: what ``reader`` has imported when its window first paints the sample.

Every module on that path costs start-up time (issue 16: first paint within 1.3 times two
plain QTextEdits). Features that only act on a user's request (help, printing, the web, review,
the library and search, the other commands, the fidelity checks, which run in a worker process)
load when first used; this guards against one of them landing on the start path again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# ``reader`` as a user starts it, run until its window has painted the article's text; then
# the modules imported by then, as JSON. ``BEFORE`` is imported first (the test that proves
# the guard can fail).
PROBE = """
import json, sys
import reader.ui.app as app
from reader.cli import main

BEFORE
shown = app.open_window
at_first_paint = []

def open_window(*args, **kwargs):
    window = shown(*args, **kwargs)

    def painted():
        at_first_paint.extend(sys.modules)
        window.close()

    window.text_painted.connect(painted)
    return window

app.open_window = open_window
status = main([])
print(json.dumps({"status": status, "modules": sorted(at_first_paint)}))
"""

# Loaded only when the user asks for them (prefixes: a package and everything in it).
NOT_ON_THE_START_PATH = (
    "reader.ui.help",
    "reader.ui.printing",
    "reader.ui.web",
    "reader.ui.paste",
    "reader.ui.clipboard",
    "reader.ui.snapshot",
    "reader.ui.jobs",  # the checks' worker starts after the first paint
    "reader.ui.review",
    "reader.ui.library",
    "reader.ui.search",
    "reader.core.web",
    "reader.core.export",
    "reader.core.compare",  # two revisions of one language side by side
    "reader.core.checks.run",  # the checks themselves run in the worker
    "reader.core.review",
    "reader.core.library",
    "reader.core.search",
    "reader.core.present.citation",
    "reader.core.present.provenance",
    "reader.core.present.web",
    "reader.commands.info",
    "reader.commands.check",
    "reader.commands.align",
    "reader.commands.diff",
    "reader.commands.show",
    "reader.commands.import_",
    "reader.commands.update",
    "reader.commands.export",
    "reader.commands.snapshot",
    "reader.worker",
    "PySide6.QtPrintSupport",
    "PySide6.QtNetwork",
    "httpx",
    "lxml",
    "trafilatura",
    "charset_normalizer",
    "babel",  # CLDR: loaded when a numeral or a month needs it, never for the sample
    "importlib.resources",  # reader.resources_folder() and the font packages' folders instead
    "html",  # reader.ui.plain.literal escapes without it
    "numpy",  # the alignment's numpy engine: long texts only, the sample is searched without it
)


def first_paint_modules(tmp_path: Path, before: str = "") -> list[str]:
    """The modules a fresh ``reader`` (its settings in ``tmp_path``) has imported at the first
    paint of the sample."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    script = PROBE.replace("BEFORE", before)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["status"] == 0
    modules: list[str] = result["modules"]
    # The probe ran at the first paint of an aligned article, not before.
    assert "reader.ui.main_window" in modules and "reader.core.align.aligner" in modules
    return modules


def off_the_path(modules: list[str]) -> list[str]:
    return [
        m for m in modules if any(m == p or m.startswith(p + ".") for p in NOT_ON_THE_START_PATH)
    ]


@pytest.fixture(scope="module")
def probe_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("start")


def test_the_first_paint_imports_nothing_it_does_not_show(probe_folder: Path) -> None:
    assert off_the_path(first_paint_modules(probe_folder / "plain")) == []


def test_a_feature_put_on_the_start_path_is_caught(probe_folder: Path) -> None:
    modules = first_paint_modules(probe_folder / "caught", before="import reader.ui.help")
    assert off_the_path(modules) == ["reader.ui.help"]


# ``reader`` stopped where it first reaches for Qt (the settings folder, just before PySide6 is
# imported): the modules imported by then.
BEFORE_QT_PROBE = """
import json, sys
from reader.core.errors import ReaderError
from reader.ui.context import AppContext
from reader.cli import main

def default(cls):
    print(json.dumps(list(sys.modules)))
    raise ReaderError("stopped before Qt")

AppContext.default = classmethod(default)
main([])
"""


def test_the_core_the_window_runs_is_imported_before_qt(tmp_path: Path) -> None:
    """Once PySide6 is imported, its import hook reads the source of every module imported after
    it (looking for __feature__ switches): the core modules the window runs come first."""
    done = subprocess.run(
        [sys.executable, "-c", BEFORE_QT_PROBE],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "stopped before Qt" in done.stderr
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert not any(m == "PySide6" or m.startswith("PySide6.") for m in modules)
    for module in ("reader.core.align.aligner", "reader.core.present.banner"):
        assert module in modules

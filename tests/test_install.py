"""Reader installed as users get it, run from there and not from the source tree: the wheel in a
fresh virtual environment (what pipx does), and the frozen PyInstaller bundle.

Both take minutes. The wheel test runs in CI (``CI`` set) or when ``READER_TEST_WHEEL=1``; the
bundle test only when ``READER_TEST_BUNDLE=1`` (it builds with ``bash .ci/bundle``, some five
minutes), or ``READER_TEST_BUNDLE=PATH`` to test the bundle whose executable that is.
Dependencies come from pip's cache or the package index, as they do for a user.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from reader import APP_ID

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
BUNDLE = ROOT / "dist" / "reader" / "reader"

wheel_asked = pytest.mark.skipif(
    not (os.environ.get("CI") or os.environ.get("READER_TEST_WHEEL") == "1"),
    reason="builds and installs the wheel (minutes): runs in CI or with READER_TEST_WHEEL=1",
)
# READER_TEST_BUNDLE=1 builds the bundle first; a path to a bundle's executable tests that one.
BUNDLE_ASKED = os.environ.get("READER_TEST_BUNDLE", "")
bundle_asked = pytest.mark.skipif(
    not BUNDLE_ASKED,
    reason="builds the PyInstaller bundle (minutes): runs with READER_TEST_BUNDLE=1",
)


def _run(command: list[str | Path], cwd: Path, timeout: float = 600, **environment: str) -> str:
    """Run ``command`` away from the source tree (so nothing is imported from it); its output."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", **environment)
    result = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _info(reader: list[str | Path], sample: Path, cwd: Path) -> dict[str, Any]:
    """``reader info --json`` on ``sample``, each version's file named relative to it."""
    info: dict[str, Any] = json.loads(_run([*reader, "info", sample, "--json"], cwd=cwd))
    for version in info["versions"]:
        version["file"] = Path(version["file"]).relative_to(sample).as_posix()
    return info


def _reference_info() -> dict[str, Any]:
    """``reader info --json`` on the sample, from the source tree."""
    return _info([sys.executable, "-m", "reader"], SAMPLE, ROOT)


def _check_snapshot(reader: list[str | Path], cwd: Path) -> None:
    out = cwd / "snapshot.png"
    _run([*reader, "snapshot", "-o", out, "--size", "1000x700"], cwd=cwd)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


@pytest.mark.slow
@wheel_asked
def test_the_wheel_installs_and_runs_on_its_own(tmp_path: Path, qapp) -> None:
    wheels = tmp_path / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", wheels, ROOT],
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("reader-*.whl")

    # Every file of resources/ is in the wheel but the screenshots (the README's and the
    # AppStream metadata's, fetched from the repository).
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = ROOT / "resources"
    wanted = {
        "reader/resources/" + path.relative_to(resources).as_posix()
        for path in resources.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not (path.parent == resources and path.suffix == ".png")
    }
    assert wanted, "the resources folder has subfolders of files"
    assert wanted <= names, sorted(wanted - names)
    assert "reader/resources/sample/ar.txt" in names
    assert f"reader/resources/desktop/{APP_ID}.desktop" in names
    assert not any(name.endswith("screenshot.png") for name in names)
    for language in ("ar", "id"):
        assert f"reader/locale/{language}/LC_MESSAGES/reader.mo" in names
    assert "reader/locale/numerals.tsv" in names
    entry_points = zipfile.ZipFile(wheel).read("reader-0.1.0.dist-info/entry_points.txt")
    assert b"[gui_scripts]\nreader-gui = reader.cli:entry" in entry_points

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=tmp_path)
    python = venv / "bin" / "python"
    _run([python, "-m", "pip", "install", "--quiet", "--no-compile", wheel], cwd=tmp_path)
    where = _run([python, "-c", "import reader; print(reader.__file__)"], cwd=tmp_path)
    assert Path(where.strip()).is_relative_to(venv)
    assert os.access(venv / "bin" / "reader-gui", os.X_OK)

    reader = [venv / "bin" / "reader"]
    installed_sample = Path(where.strip()).parent / "resources" / "sample"
    assert _info(reader, installed_sample, tmp_path) == _reference_info()
    _check_snapshot(reader, tmp_path)
    # The catalogs as installed: the help in Arabic, argparse's words and all.
    arabic = _run([*reader, "info", "--ui-lang", "ar", "--help"], cwd=tmp_path)
    assert arabic.startswith("الاستخدام: reader info ") and "الخيارات:" in arabic

    data_home = tmp_path / "data"
    _run([*reader, "--install-desktop-entry"], cwd=tmp_path, XDG_DATA_HOME=str(data_home))
    entry = (data_home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={venv / 'bin' / 'reader-gui'} %F" in entry.splitlines()


def _worker_answer(program: list[str | Path], request: bytes) -> object:
    """Send ``request`` to a worker and read its one answer (stdin kept open meanwhile: the
    worker stops when it closes, reader.worker)."""
    from reader.worker import Frame, FrameReader

    with subprocess.Popen(
        [str(p) for p in program], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    ) as worker:
        assert worker.stdin is not None and worker.stdout is not None
        worker.stdin.write(request)
        worker.stdin.flush()
        answer = worker.stdout.read()
        worker.stdin.close()
        assert worker.wait(timeout=120) == 0
    frames = FrameReader().feed(answer)
    kind, value = frames[-1]
    assert kind is Frame.RESULT, value
    return value


@pytest.mark.slow
@bundle_asked
def test_the_frozen_bundle_runs_the_commands_and_the_worker(tmp_path: Path, qapp) -> None:
    if BUNDLE_ASKED == "1":
        _run(["bash", ROOT / ".ci" / "bundle"], cwd=ROOT, timeout=1800)
        bundle = BUNDLE
    else:
        bundle = Path(BUNDLE_ASKED).resolve()
    assert os.access(bundle, os.X_OK)

    assert _info([bundle], SAMPLE, tmp_path) == _reference_info()
    _check_snapshot([bundle], tmp_path)

    # The checks' worker, started the way reader.ui.jobs starts it frozen: the same executable
    # with --worker. Its findings are this process's, computed in the bundle.
    from reader.core.checks.run import check_article
    from reader.core.ingest.loading import load
    from reader.ui.main_window import CHECKS

    article = load([SAMPLE])
    request = pickle.dumps((CHECKS, (article,), False))
    findings = _worker_answer([bundle, "--worker"], request)
    assert findings == check_article(article)
    assert any(findings.values())  # type: ignore[attr-defined]

"""The boundary between the pure core and the Qt shell, enforced rather than hoped for."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


def test_mypy_passes() -> None:
    """Types hold: strict on the core and the worker, checked on the shell (pyproject.toml)."""
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run(
        [str(mypy), "--no-incremental", "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _modules_loaded(code: str, prefixes: tuple[str, ...]) -> list[str]:
    """The modules whose names start with ``prefixes`` that running ``code`` in a fresh
    interpreter loads."""
    probe = f"{code}; import sys; print(sorted(m for m in sys.modules if m.startswith({prefixes})))"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return list(ast.literal_eval(result.stdout.strip()))


def test_core_and_command_line_load_without_qt() -> None:
    code = (
        "import reader.core.ingest.loading, reader.core.present.banner,"
        " reader.core.present.article, reader.core.export.json, reader.cli"
    )
    assert _modules_loaded(code, ("PySide6", "reader.ui")) == []


def test_the_settings_folder_is_found_without_qt() -> None:
    """`reader` finds its settings folder before Qt loads: PySide6 reads the source of every
    module imported after it (reader.cli)."""
    code = "from reader.ui.context import AppContext; AppContext.default()"
    assert _modules_loaded(code, ("PySide6",)) == []


def test_qt_bindings_keep_none_alive(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to None per void call: the app aborted after a few
    thousand calls on Python < 3.12 (pyproject excludes it). Guard against such a build."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10


def test_every_module_is_on_one_side_of_the_qt_line() -> None:
    """The contract names the core as one package: a module added beside it, outside both the
    core and the shell, would be held by no contract."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    forbidden = config["tool"]["importlinter"]["contracts"][0]
    assert set(forbidden["source_modules"]) == {"reader.core", "reader.worker"}
    top_level = {p.stem for p in (ROOT / "reader").glob("*.py")}
    assert top_level == {"__init__", "__main__", "cli", "worker"}
    folders = {p.name for p in (ROOT / "reader").iterdir() if (p / "__init__.py").exists()}
    assert folders == {"core", "commands", "ui"}


def test_every_package_is_listed_for_the_wheel() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "reader").rglob("__init__.py")
    }
    assert found <= listed

"""The boundary between the pure core and the Qt shell, enforced rather than hoped for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 1 kept, 0 broken." in result.stdout


def test_core_and_command_line_load_without_qt() -> None:
    code = (
        "import sys, reader.loading, reader.banner, reader.info, reader.cli;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'reader.ui'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_qt_bindings_keep_none_alive(qapp) -> None:
    """PySide6 6.12.0 dropped a reference to None per void call: the app aborted after a few
    thousand calls on Python < 3.12 (pyproject excludes it). Guard against such a build."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 10


def test_contract_covers_every_core_module() -> None:
    """A new core module must join the contract, or the boundary silently stops covering it."""
    import tomllib

    contract = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (rule,) = contract["tool"]["importlinter"]["contracts"]
    shell = {"__init__", "__main__", "cli"}  # the entry point may start the window
    core = {f"reader.{p.stem}" for p in (ROOT / "reader").glob("*.py") if p.stem not in shell}
    assert set(rule["source_modules"]) == core

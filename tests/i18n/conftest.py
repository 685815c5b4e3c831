"""The interface in another language: the catalog tool, and a language switched for one test."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from reader.core import i18n

ROOT = Path(__file__).resolve().parents[2]


def catalog_tool() -> ModuleType:
    """.ci/i18n.py, the tool that extracts, updates and compiles the catalogs."""
    spec = importlib.util.spec_from_file_location("reader_catalog_tool", ROOT / ".ci" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def tool() -> ModuleType:
    return catalog_tool()


@pytest.fixture
def speaking(qapp) -> Iterator[Callable[..., str]]:
    """``speaking(language, digits="default")`` puts the interface (and the QApplication) in
    ``language`` for the test; English and left-to-right again afterwards."""
    from reader.ui.app import speak

    def switch(language: str, digits: str = "default") -> str:
        chosen = i18n.use_languages([language], digits)
        speak(qapp)
        return chosen

    with i18n.kept():
        yield switch
    i18n.use_languages([i18n.ENGLISH])
    speak(qapp)

"""A library folder built at test time from the sample article, and an index of its own."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLE


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index goes to the user cache folder: a temporary one here."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("READER_LIBRARY", raising=False)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library of two articles: the sample, and a short one of two versions."""
    folder = tmp_path / "library"
    shutil.copytree(SAMPLE, folder / "putin-kim")
    write_article(
        folder / "jakarta",
        "id",
        {
            "id": "Banjir di Jakarta\n\nPresiden meninjau banjir pada 2019.",
            "ar": "فيضانات في جاكرتا\n\nتفقد الرئيس الفيضانات في عام ٢٠١٩.",
        },
    )
    return folder


def write_article(folder: Path, source: str, texts: dict[str, str]) -> Path:
    """An article folder with one version per language (``texts``), the source original and
    the others machine translations."""
    folder.mkdir(parents=True)
    lines = [f'source = "{source}"']
    for language, text in texts.items():
        (folder / f"{language}.txt").write_text(text, encoding="utf-8")
        origin = "original" if language == source else "machine"
        lines += ["[[versions]]", f'language = "{language}"', f'file = "{language}.txt"']
        lines.append(f'origin = "{origin}"')
    (folder / "article.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def make_article() -> Callable[[Path, str, dict[str, str]], Path]:
    return write_article

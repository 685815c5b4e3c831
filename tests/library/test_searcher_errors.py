"""The counting side of the library's search when the index cannot keep a count."""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.library.status import Checked
from reader.ui.library.searcher import ARTICLE_LIMIT_S, Searcher


class _UnwritableIndex:
    """An index whose disk refuses every write (full, or gone read-only)."""

    def keep_checked(self, *_args: object) -> bool:
        raise ReaderError("library index: disk full")

    def keep_failure(self, *_args: object) -> bool:
        raise ReaderError("library index: disk full")


def test_an_index_that_cannot_be_written_ends_the_progress_before_saying_so(
    qtbot, tmp_path: Path
) -> None:
    """Counting stops when the index cannot keep a count; the window is told that counting has
    ended (done == total: "Checking…" leaves the status line) before it is told why, so that no
    later status shows "Checking… 1 of 3" again."""
    searcher = Searcher(
        tmp_path, tmp_path / "index.sqlite", jobs=None, article_limit_s=ARTICLE_LIMIT_S
    )  # type: ignore[arg-type]
    folders = [tmp_path / name for name in ("a", "b", "c")]
    searcher._index = _UnwritableIndex()  # type: ignore[assignment]
    searcher._unchecked = list(folders)
    searcher._sent = [folders[0]]
    said: list[tuple[str, tuple[object, ...]]] = []
    searcher.checking.connect(lambda done, total: said.append(("checking", (done, total))))
    searcher.failed.connect(lambda serial, message: said.append(("failed", (serial, message))))

    searcher._counted(Checked(folders[0], None, "ValueError: boom"))

    assert said == [
        ("checking", (1, 1)),
        ("failed", (0, "library index: disk full")),
    ]
    assert searcher._unchecked == []

"""The bands the aligner's search searches, counted (shared by ``tests/test_align_drift.py`` and
``tests/test_align_coarse.py``)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from reader.core.align import search


def searched_cells(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The cells of every band searched from now on (``search._search``), in order."""
    searched: list[int] = []
    original = search._search

    def counting(
        problem: search.Problem,
        band: search.Band,
        kinds: Sequence[int],
        earlier: search._Earlier | None = None,
    ) -> tuple[list[search.Step], float]:
        searched.append(search._cells(band))
        return original(problem, band, kinds, earlier)

    monkeypatch.setattr(search, "_search", counting)
    return searched

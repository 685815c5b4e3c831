"""The search's specialised kernels choose what the general engines choose, to the last bit: the
same beads and the same path cost, ties included (``reader.core.align.search``)."""

from __future__ import annotations

import random

import pytest

from reader.core.align import search
from reader.core.align.anchors import Weights


def _problem(seed: int, n: int, m: int) -> search.Problem:
    """A pair of texts drawn at random: lengths from a few values (so that beads tie), a few
    anchors shared by nearby paragraphs, orphan numbers, stray paragraphs."""
    rng = random.Random(seed)
    lengths = [40, 80, 120, 120, 200]

    def profile(k: int) -> dict[str, float]:
        return {f"#{k // 3 + d}": 0.5 + 0.25 * d for d in range(rng.randrange(3))}

    anchors = Weights(
        [profile(i) for i in range(n)],
        [profile(j) for j in range(m)],
        [rng.choice([0.0, 0.0, 0.0, 0.7]) for _ in range(n)],
        [rng.choice([0.0, 0.0, 0.0, 0.7]) for _ in range(m)],
    )
    strays = (
        [rng.choice([0.0, 0.0, 0.0, 1.0]) for _ in range(n)],
        [rng.choice([0.0, 0.0, 0.0, 1.0]) for _ in range(m)],
    )
    return search.Problem(
        [rng.choice(lengths) for _ in range(n)],
        [rng.choice(lengths) for _ in range(m)],
        anchors,
        strays=strays,
    )


@pytest.mark.parametrize("seed", range(12))
def test_the_scout_kernel_chooses_what_the_numpy_engine_chooses(seed: int) -> None:
    n, m = 150 + 7 * seed, 140 + 11 * seed
    problem = _problem(seed, n, m)
    diagonal = [i * m / n for i in range(n + 1)]
    band = search._band(diagonal, diagonal, [2 + seed % 5] * (n + 1), m)
    kinds = search._SCOUT_KINDS
    expected = search._search_arrays(problem, band, kinds)
    for costs in (problem.costs_to, search._BandCosts(problem, band, kinds)):
        assert search._scout_rows(problem, band, costs) == expected
    assert any(i0 == i1 or j0 == j1 for i0, i1, j0, j1 in expected[0])  # 0–1 and 1–0 beads

"""A long text that drifts is searched coarse to fine (``reader.core.align.search._coarse_scout``):
its scout's path found over blocks of paragraphs first, then over the paragraphs near it, in a
few searches where doubling the band over the paragraphs took seven of up to 3.6 M cells; a
coarse path is taken only where it costs less than what the widening had found."""

from __future__ import annotations

import random

import pytest

from reader.core.align import search
from reader.core.align.anchors import Weights
from tests.align_searched import searched_cells


def _drifting(size: int) -> tuple[search.Problem, list[search.Step]]:
    """Lengths alone of a translation 30 % longer than its source in the first half and 30 %
    shorter in the second (``tests/test_align_drift.py``'s, long enough that a widening search
    cannot reach ``MAX_BAND`` on every row within its budget), and its 1–1 beads."""
    rng = random.Random(7)
    source = [rng.randint(40, 400) for _ in range(size)]
    target = [round(length * (1.3 if i < size // 2 else 0.7)) for i, length in enumerate(source)]
    none = Weights([{}] * size, [{}] * size, [0.0] * size, [0.0] * size)
    return search.Problem(source, target, none), [(i, i + 1, i, i + 1) for i in range(size)]


def test_a_long_text_that_drifts_is_searched_coarse_to_fine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    problem, gold = _drifting(4000)
    searched = searched_cells(monkeypatch)
    steps = search.scout_path(problem)
    # Doubling the band over the paragraphs searched 7.4 M cells in all and found 3,200 of the
    # 4,000 beads; coarse to fine, 0.6 M and 3,696.
    assert sum(searched) < 1_000_000
    assert len(set(steps) & set(gold)) > 0.9 * len(gold)


def test_a_coarse_path_dearer_than_the_widenings_is_not_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Any text the widening goes on with once doubled, searched coarse or not as told.
    problem, _ = _drifting(600)
    monkeypatch.setattr(search, "_out_of_reach", lambda _problem, _budget: False)
    widened = search.scout_path(problem)
    problem, _ = _drifting(600)
    monkeypatch.setattr(search, "_out_of_reach", lambda _problem, _budget: True)
    tried: list[bool] = []

    def dear(problem: search.Problem) -> tuple[list[search.Step], float]:
        tried.append(True)
        return [(0, problem.n, 0, problem.m)], float("inf")

    monkeypatch.setattr(search, "_coarse_scout", dear)
    assert search.scout_path(problem) == widened
    assert tried == [True]


def test_a_text_the_first_doubling_leaves_alone_is_not_searched_coarse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As the bench's news pairs at 5,000 paragraphs: long enough, but the band held the path,
    # and doubling it around the paragraphs without counterpart finds nothing cheaper.
    rng = random.Random(3)
    source = [rng.randint(40, 400) for _ in range(4000)]
    added = {500: 120, 2500: 300, 3500: 80}  # target paragraphs the source lacks, by place
    target, gold, j = [], [], 0
    for i, length in enumerate(source):
        if i in added:
            target.append(added[i])
            gold.append((i, i, j, j + 1))
            j += 1
        target.append(length)
        gold.append((i, i + 1, j, j + 1))
        j += 1
    none = Weights([{}] * len(source), [{}] * len(target), [0.0] * len(source), [0.0] * j)
    problem = search.Problem(source, target, none)
    assert search._out_of_reach(problem, search.MAX_CELLS)
    searched = searched_cells(monkeypatch)
    monkeypatch.setattr(search, "_coarse_scout", lambda _problem: pytest.fail("searched coarse"))
    assert search.scout_path(problem) == gold
    assert len(searched) == 2  # the band, and the band doubled around the added paragraphs


def test_a_coarse_text_holds_its_blocks_summed() -> None:
    anchors = Weights(
        [{"#1": 1.0}, {"#1": 0.5, "Lx": 2.0}, {}, {"#9": 1.0}, {}],
        [{"#1": 1.0}, {}, {"Lx": 2.0}, {}, {"#9": 1.0}, {}, {}],
        [0.0, 0.7, 0.0, 0.0, 0.2],
        [0.1] * 7,
    )
    strays = [1.0, 0.0, 0.0, 0.5, 0.0], [0.0] * 6 + [1.0]
    problem = search.Problem([10, 20, 30, 40, 50], [1, 2, 3, 4, 5, 6, 7], anchors, strays=strays)
    coarse, source_at, target_at = search._coarsened(problem, 2)
    # Two source paragraphs a block, and as many target paragraphs as 7 to 5 makes them (3).
    assert (source_at, target_at) == ([0, 2, 4, 5], [0, 3, 6, 7])
    assert (coarse.n, coarse.m) == (3, 3)
    assert [coarse.lengths(i, i + 1, 0, 0)[0] for i in range(3)] == [30, 70, 50]
    assert [coarse.lengths(0, 0, j, j + 1)[1] for j in range(3)] == [6, 15, 7]
    assert coarse.source_profiles == [{"#1": 1.5, "Lx": 2.0}, {"#9": 1.0}, {}]
    assert coarse.target_profiles == [{"#1": 1.0, "Lx": 2.0}, {"#9": 1.0}, {}]
    matched, unmatched, orphans = coarse.anchors(0, 1, 0, 1)
    assert (matched, unmatched) == (3.0, 0.5)
    assert orphans == pytest.approx(0.7 + 3 * 0.1)
    assert coarse.source_strays == [1.0, 0.5, 0.0]
    assert coarse.target_strays == [0.0, 0.0, 1.0]
    assert coarse.model == search.LengthModel(problem.model.ratio, 2 * problem.model.variance)

"""The search's two engines give the alignments the pure-Python search gave before the numpy
engine joined it (issue 18's speed): each forced to search every problem, whatever its size.

``tests/data/align_engine.json`` holds the beads that the pure-Python search chose, recorded
before the numpy engine was written, on: the sample article against each translation, every
case of the evaluation set, the 2,016 × 1,932 concatenation of ``bench/align.py`` (and its
mixed-language twin), and the first 300 gold beads' sentences of some public gold sets (read
from outside the project, skipped where missing). Run this file as a script with ``--record``
to record them again, which is only right when the cost model itself changes.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from reader.core.align import search  # noqa: E402
from reader.core.align.aligner import align  # noqa: E402
from reader.core.align.anchors import paragraph_keys, weigh  # noqa: E402
from reader.core.ingest.loading import load_files  # noqa: E402
from tests.align_baseline import load_cases  # noqa: E402

EXPECTED = ROOT / "tests" / "data" / "align_engine.json"
SAMPLE = ROOT / "resources" / "sample"
PUBLIC = Path("/work/shared/data/align-public")
SLICE = 300  # gold beads of a public document kept in a slice

Pair = tuple[list[str], list[str], str, str]
Spans = list[list[list[int]]]


def _paragraphs(path: Path, language: str) -> list[str]:
    return [p.text for p in load_files([path], languages=[language]).versions[0].paragraphs]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _gold_slice(source: list[str], target: list[str], gold_path: Path) -> tuple[list[str], ...]:
    """The sentences the first ``SLICE`` gold beads cover, on each side."""
    last_source = last_target = 0
    beads = [line for line in _lines(gold_path) if line.strip()][:SLICE]
    for line in beads:
        left, right = (json.loads(part) for part in line.split(":"))
        last_source = max([last_source, *(i + 1 for i in left)])
        last_target = max([last_target, *(j + 1 for j in right)])
    return source[:last_source], target[:last_target]


def _bench_big_case() -> Callable[..., Any]:
    """``bench/align.py``'s own concatenation (``bench/`` is a folder of scripts, not a package)."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))  # for its ``from timing import ...``
    spec = importlib.util.spec_from_file_location("bench_align", ROOT / "bench" / "align.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.big_case  # type: ignore[no-any-return]


def _public() -> Iterator[tuple[str, Callable[[], Pair]]]:
    tb, bible, mac = PUBLIC / "tb", PUBLIC / "bible", PUBLIC / "macdev"

    def text_berg(name: str) -> Pair:
        source, target = _lines(tb / f"{name}.de"), _lines(tb / f"{name}.fr")
        return (*_gold_slice(source, target, tb / f"{name}.defr"), "de", "fr")  # type: ignore[return-value]

    def scripture() -> Pair:
        source, target = _lines(bible / "en"), _lines(bible / "zh")
        return (*_gold_slice(source, target, bible / "gold.align"), "en", "zh")  # type: ignore[return-value]

    def macdev(name: str) -> Pair:
        source, target = _lines(mac / f"{name}.zh"), _lines(mac / f"{name}.en")
        return (*_gold_slice(source, target, mac / f"{name}.gold"), "zh", "en")  # type: ignore[return-value]

    yield "public/tb/test0", lambda: text_berg("test0")
    yield "public/bible", scripture
    yield "public/macdev/001", lambda: macdev("001")
    yield "public/macdev/002", lambda: macdev("002")


def pairs() -> Iterator[tuple[str, Callable[[], Pair]]]:
    """Every recorded pair, by name, with a function that reads its texts."""
    for language in ("ar", "en", "fr", "zh"):

        def sample(language: str = language) -> Pair:
            source = _paragraphs(SAMPLE / "id.txt", "id")
            return source, _paragraphs(SAMPLE / f"{language}.txt", language), "id", language

        yield f"sample/{language}", sample
    cases = load_cases()
    for case in cases:
        yield (
            f"case/{case.id}",
            lambda case=case: (
                list(case.source),
                list(case.target),
                case.source_language,
                case.target_language,
            ),
        )
    big_case = _bench_big_case()
    arabic = [case for case in cases if case.target_language == "ar"]
    for label, chosen in (("id-ar", arabic), ("mixed", cases)):

        def concatenated(chosen: list = chosen) -> Pair:  # type: ignore[type-arg]
            big = big_case(chosen, 2000)
            return list(big.source), list(big.target), big.source_language, big.target_language

        yield f"bench/{label}-2000", concatenated
    yield from _public()


def aligned(pair: Pair) -> Spans:
    return [[list(bead.source), list(bead.target)] for bead in align(*pair).beads]


def _expected() -> dict[str, Spans]:
    data: dict[str, Spans] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return data


# What ``search.SMALL_COSTS``, ``ROW_COSTS`` and ``NARROW_ROW`` are set to, to force one engine
# on every search: pure Python; numpy's bead costs searched on lists; numpy throughout.
ENGINES = {
    "python": (sys.maxsize, 0, 0),
    "lists": (0, sys.maxsize, sys.maxsize),
    "numpy": (0, 0, 0),
}


@pytest.mark.parametrize("engine", list(ENGINES))
@pytest.mark.parametrize(("name", "read"), list(pairs()), ids=[name for name, _ in pairs()])
def test_each_engine_chooses_the_beads_recorded_before_it_was_vectorised(
    name: str, read: Callable[[], Pair], engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if name.startswith("public/") and not PUBLIC.is_dir():
        pytest.skip("the public gold sets are not on this machine")
    for setting, value in zip(
        ("SMALL_COSTS", "ROW_COSTS", "NARROW_ROW"), ENGINES[engine], strict=True
    ):
        monkeypatch.setattr(search, setting, value)
    searched: list[str] = []
    monkeypatch.setattr(search, "_search_rows", _spy(search._search_rows, searched))
    monkeypatch.setattr(search, "_search_arrays", _spy(search._search_arrays, searched))
    assert aligned(read()) == _expected()[name]
    assert set(searched) == {engine}


def _spy(engine: Callable[..., Any], searched: list[str]) -> Callable[..., Any]:
    """``engine``, noting in ``searched`` which engine each call is: ``python`` (bead costs
    in pure Python), ``lists`` (computed on arrays, searched on lists), ``numpy``."""

    def spied(*args: Any) -> Any:
        if engine.__name__ == "_search_arrays":
            searched.append("numpy")
        else:
            searched.append("lists" if isinstance(args[3], search._BandCosts) else "python")
        return engine(*args)

    return spied


def _record() -> None:
    recorded = {name: aligned(read()) for name, read in pairs()}
    lines = ",\n".join(
        f"{json.dumps(name)}: {json.dumps(spans, separators=(',', ':'))}"
        for name, spans in recorded.items()
    )
    EXPECTED.write_text("{\n" + lines + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--record"]:
        _record()


class _Words:
    """Word evidence that differs from bead to bead (a hand-written ``BeadEvidence``)."""

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        return -0.25 * ((3 * i0 + i1 + 5 * j0 + 2 * j1) % 7)

    def support(self, i0: int, i1: int, j0: int, j1: int) -> float:
        return -self.cost(i0, i1, j0, j1)

    def costs_over(self, cells: search.Cells) -> Any:
        i0, j0 = cells.i0, cells.j0
        return -0.25 * ((3 * i0 + i0 + cells.di + 5 * j0 + 2 * (j0 + cells.dj)) % 7)


@pytest.mark.parametrize("words", [False, True])
def test_both_engines_cost_a_bead_as_the_bead_cost_does(words: bool) -> None:
    # Each engine's costs (a row at a time in pure Python, a band at once in numpy) are the
    # sum that scoring and regrouping take from Problem.cost, prior aside: lengths, anchors,
    # strays and learnt words.
    case = next(c for c in load_cases() if c.id == "rail-id-ar")
    n, m = len(case.source), len(case.target)
    problem = search.Problem(
        [len(" ".join(p.split())) for p in case.source],
        [len(" ".join(p.split())) for p in case.target],
        weigh(paragraph_keys(case.source, "id"), paragraph_keys(case.target, "ar")),
        strays=([0.5 * (i % 3 == 1) for i in range(n)], [0.75 * (j % 4 == 2) for j in range(m)]),
    )
    problem.words = _Words() if words else None
    for di, dj in [(1, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (4, 1), (1, 4)]:
        rows = np.arange(di, n + 1)
        first = np.full(len(rows), dj)
        last = np.maximum(np.minimum(m, rows + 2), dj - 1)
        band = iter(problem.costs_over(di, dj, rows, first, last).tolist())
        for i, j_last in zip(rows.tolist(), last.tolist(), strict=True):
            row = problem.costs_to(i - di, i, dj, dj, j_last)
            # Anchors' matched weights are added up in another order: the last bits may differ.
            assert row == pytest.approx([next(band) for _ in row], abs=1e-12)
            slow = [
                problem.cost(i - di, i, j - dj, j) - search.prior_cost(di, dj)
                for j in range(dj, j_last + 1)
            ]
            assert row == pytest.approx(slow, abs=1e-9)
        assert next(band, None) is None
    assert problem.anchors(0, 1, 0, 1)[0] > 0  # anchors matched: the test weighs them


def _swept_one_by_one(
    row: list[float], new_target: float, bonus: list[float]
) -> tuple[list[float], list[int]]:
    """The 0–1 sweep as a plain left-to-right loop: what ``search._sweep`` must agree with."""
    row, marked = list(row), []
    for j in range(1, len(row)):
        cost = row[j - 1] + new_target - bonus[j - 1]
        if cost < row[j]:
            row[j] = cost
            marked.append(j)
    return row, marked


@pytest.mark.parametrize("width", [2, 40, search.WIDE_ROW + 1, 5000])
def test_the_sweep_of_a_row_is_the_left_to_right_loop(width: int) -> None:
    # Wide rows (a text against thousands of paragraphs) take the prefix form in numpy.
    rng = np.random.default_rng(width)
    row = rng.uniform(0.0, 60.0, width)
    row[rng.random(width) < 0.1] = np.inf  # cells no bead reaches
    bonus = np.where(rng.random(width - 1) < 0.2, rng.uniform(0.0, 1.0, width - 1), 0.0)
    expected, marked = _swept_one_by_one(row.tolist(), 4.2, bonus.tolist())
    assert marked  # the row has runs of 0–1 beads to find
    if width <= search.WIDE_ROW:
        values = row.tolist()
        # The row starts at column 3 of the text: the bonuses are the text's, by column.
        assert search._swept(values, 4.2, [9.0, 9.0, 9.0, *bonus.tolist()], 3) == marked
        assert values == expected
    else:
        choice = np.full(width, -1, dtype=np.int8)
        search._sweep(row, choice, 4.2, bonus)
        assert np.flatnonzero(choice == search._NEW_TARGET).tolist() == marked
        assert row.tolist() == pytest.approx(expected, rel=1e-12)

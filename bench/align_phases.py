"""Where one alignment's time goes, phase by phase, on a long pair: the Bible or a news pair.

Run it from the project root::

    .venv/bin/python bench/align_phases.py [--pair bible|id-ar|mixed] [--repeat 3] [--marks]
        [--floor]

It aligns the pair once to warm up (a slice of it: ICU's transliterator, the word lists and the
imports loaded), then ``--repeat`` times, and prints the CPU seconds of each phase of
``reader.core.align.aligner.align`` (median; this process's time, so a busy machine's other
processes count little): reading both texts' anchors and stray weights (``_read``), the scout
(``scout_path``), the full search near it (``refined_path``), the words read for learning
(``text_words``, the cognates), each learning of words from a path (``_evidence``) and each
search with them, and the rest (the bead scores, and what lies between). Below, every search
of the last run: its bead kinds, cells and CPU seconds.

With ``--marks`` it calls ``os.getppid()`` at the start and end of each phase of the last run,
so that callgrind dumps its instruction counts phase by phase; the phases are printed in the
order of the dumps::

    valgrind --tool=callgrind --dump-before=getppid .venv/bin/python bench/align_phases.py \\
        --pair bible --repeat 1 --marks

With ``--floor`` it then runs each search of the last run's dynamic programming again alone,
its bead costs priced beforehand (the scout's rows handed out from lists, the full search's
blocks from a first run), all rows from scratch: the least any search of those bands and kinds
costs in this engine, whatever its bead costs (with ``--marks``, marked too).

The Bible (5,000 × 6,301 verses, en–zh) is read from the public sets
(``/work/shared/data/align-public``, ``bench/align_public.py``); the news pairs are the 5,040 ×
4,830 pairs of ``bench/align.py --size 5000``. A benchmark, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import inspect
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import align as bench_align  # noqa: E402
import align_public  # noqa: E402

from reader.core.align import aligner, search  # noqa: E402
from tests.align_baseline import load_cases  # noqa: E402

Texts = tuple[Sequence[str], Sequence[str], str, str]


def pair(name: str) -> tuple[Texts, Texts]:
    """The pair to align and the slice of it that warms up."""
    if name == "bible":
        bible = align_public.bible(align_public.DATA / "bible")
        return (bible.source, bible.target, "en", "zh"), (
            bible.source[:300],
            bible.target[:400],
            "en",
            "zh",
        )
    cases = load_cases()
    picked = [c for c in cases if c.target_language == "ar"] if name == "id-ar" else cases
    big, warm = bench_align.big_case(picked, 5000), bench_align.big_case(picked, 300)
    return (
        (big.source, big.target, big.source_language, big.target_language),
        (warm.source, warm.target, warm.source_language, warm.target_language),
    )


class Phases:
    """The aligner's phases timed (and marked) by wrapping the functions that make them."""

    def __init__(self, marks: bool) -> None:
        self.marks = marks
        self.spent: list[tuple[str, float]] = []
        self.searches: list[tuple[int, int, float]] = []
        self.captured: list[tuple[search.Problem, search.Band, tuple[int, ...], Any]] = []
        self.order: list[str] = []

    def wrap(self, owner: Any, name: str, label: str) -> None:
        inner: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            self._mark(label)
            start = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                self.spent.append((label, time.process_time() - start))
                self._mark("between")

        setattr(owner, name, staticmethod(timed) if isinstance(owner, type) else timed)

    def wrap_search(self) -> None:
        inner = search._search

        def timed(problem: search.Problem, band: search.Band, chosen: Any, *rest: Any) -> Any:
            state = (problem.words, problem.model, dict(problem.priors))
            self.captured.append((problem, band, tuple(chosen), state))
            start = time.process_time()
            try:
                return inner(problem, band, chosen, *rest)
            finally:
                spent = time.process_time() - start
                self.searches.append((len(chosen), search._cells(band), spent))

        search._search = timed

    def _mark(self, label: str) -> None:
        if self.marks:
            os.getppid()
            self.order.append(label)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pair", choices=("bible", "id-ar", "mixed"), default="bible")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs (median reported)")
    parser.add_argument("--marks", action="store_true", help="os.getppid() around each phase")
    parser.add_argument("--floor", action="store_true", help="each search's DP alone, after")
    args = parser.parse_args(argv)
    if args.pair == "bible" and not (align_public.DATA / "bible").is_dir():
        print(f"no public sets at {align_public.DATA}")
        return 0
    texts, warm = pair(args.pair)
    aligner.align(*warm)
    runs: list[dict[str, float]] = []
    phases = Phases(False)
    for run in range(max(args.repeat, 1)):
        phases = Phases(args.marks and run == args.repeat - 1)
        saved = [inspect.getattr_static(owner, name) for owner, name in _WRAPPED]
        saved_search = search._search
        for (owner, name), label in zip(_WRAPPED, _LABELS, strict=True):
            phases.wrap(owner, name, label)
        phases.wrap_search()
        try:
            phases._mark("start")
            start = time.process_time()
            aligner.align(*texts)
            total = time.process_time() - start
            phases._mark("end")
        finally:
            for (owner, name), inner in zip(_WRAPPED, saved, strict=True):
                setattr(owner, name, inner)
            search._search = saved_search
        runs.append(_totals(phases.spent, total))
    print(
        f"{args.pair}: {len(texts[0])} x {len(texts[1])} paragraphs, CPU seconds, median of "
        f"{len(runs)}"
    )
    for label in runs[0]:
        print(f"  {label:<16} {statistics.median(run[label] for run in runs):7.3f}")
    print("searches of the last run: kinds, cells, CPU seconds")
    for kinds, cells, spent in phases.searches:
        print(f"  {kinds} {cells:>9,} {spent:7.3f}")
    if args.floor:
        print("the dynamic programming alone, bead costs priced beforehand: kinds, cells, CPU s")
        for kinds, cells, spent in dp_alone(phases):
            print(f"  {kinds} {cells:>9,} {spent:7.3f}")
    if phases.order:
        print("marks:", " ".join(phases.order))
    return 0


def dp_alone(phases: Phases) -> list[tuple[int, int, float]]:
    """Each captured search's dynamic programming run again over bead costs priced in a first
    run: the scout's on lists (``_scout_rows``), the others on arrays (``_kinds_arrays``, its
    blocks handed back as they were built), every row searched."""
    found = []
    for problem, band, chosen, (words, model, priors) in phases.captured:
        problem.words, problem.model, problem.priors = words, model, priors
        run = _scout_alone if chosen == search._SCOUT_KINDS else _kinds_alone
        found.append((len(chosen), search._cells(band), run(problem, band, chosen, phases)))
    return found


def _scout_alone(
    problem: search.Problem, band: search.Band, chosen: tuple[int, ...], phases: Phases
) -> float:
    rows: dict[int, Sequence[float]] = {}
    costs = search._BandCosts(problem, band, chosen)

    def kept(i0: int, i1: int, size: int, first: int, last: int) -> Sequence[float]:
        rows[i1] = costs(i0, i1, size, first, last)
        return rows[i1]

    search._scout_rows(problem, band, kept)
    start = time.process_time()
    phases._mark("dp")
    search._scout_rows(problem, band, lambda i0, i1, size, first, last: rows[i1])
    phases._mark("between")
    return time.process_time() - start


def _kinds_alone(
    problem: search.Problem, band: search.Band, chosen: tuple[int, ...], phases: Phases
) -> float:
    blocks: dict[tuple[int, int], Any] = {}
    block_of = search._Block.of

    def built(cls: Any, *args: Any, **kwargs: Any) -> Any:
        key = (args[3].start, args[3].stop)  # the block's rows
        if key not in blocks:
            blocks[key] = block_of(*args, **kwargs)
        return blocks[key]

    search._Block.of = classmethod(built)  # type: ignore[assignment]
    try:
        search._kinds_arrays(problem, band, chosen)
        start = time.process_time()
        phases._mark("dp")
        search._kinds_arrays(problem, band, chosen)
        phases._mark("between")
        return time.process_time() - start
    finally:
        search._Block.of = block_of  # type: ignore[method-assign]


_WRAPPED = [
    (aligner, "_read"),
    (search, "scout_path"),
    (search, "refined_path"),
    (aligner, "text_words"),
    (aligner.Cognates, "read"),
    (aligner, "_evidence"),
    (aligner, "refined_path"),
]
_LABELS = ["read", "scout", "refined", "words read", "cognates read", "learning", "learnt search"]


def _totals(spent: list[tuple[str, float]], total: float) -> dict[str, float]:
    """Each phase's seconds added up, the rest (scores, what lies between), and the whole."""
    totals = dict.fromkeys([*_LABELS, "rest", "whole"], 0.0)
    for label, seconds in spent:
        totals[label] += seconds
    totals["rest"] = total - sum(seconds for _, seconds in spent)
    totals["whole"] = total
    return totals


if __name__ == "__main__":
    sys.exit(main())

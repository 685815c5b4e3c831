"""Paragraph alignment: quality on the evaluation set and speed on a 2,000-paragraph pair.

Run it from the project root::

    .venv/bin/python bench/align.py [--repeat 5]

It prints, against the plain length-only Gale–Church baseline (``tests/align_baseline.py``):

1. strict F1 per case of ``tests/data/align/`` and pooled over the set (a predicted bead counts
   only when both of its sides equal a gold bead's), with the aligner's own search run on
   lengths alone beside it, to show what the anchors add;
2. the same on *derived* pairs, translation against translation (Arabic–English, Arabic–French,
   English–French of one article), whose gold beads follow from the two cases' gold beads:
   restructurings on both sides, and gold beads the aligner cannot always express (a 3–2);
3. what the scores say: their spread over right and wrong beads;
4. the time to align a pair of about 2,000 paragraphs (``--size``), built by concatenating the
   cases over and over (numbers renumbered on each pass, so that a number stays as rare as in a real
   article), wall and CPU, as the median of ``--repeat`` runs; the baseline's full search would
   take minutes, so it is timed in a band of the same width around the plain diagonal; the
   floors that any run pays (reading the anchors; the bead costs alone over the full search's
   band; one search of that band); the stray weights alone on each pair (the language
   identifier's share); and the process's peak resident memory (Unix).

It is a benchmark, not a test: it always exits 0 (a target it misses is marked UNDER or OVER).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from reader.core.align import search  # noqa: E402
from reader.core.align.aligner import align, paragraph_length  # noqa: E402
from reader.core.align.anchors import Weights, Words, anchor_weights  # noqa: E402
from reader.core.align.search import INITIAL_BAND, Problem, best_path  # noqa: E402
from reader.core.align.stray import strays  # noqa: E402
from tests.align_baseline import (  # noqa: E402
    BeadSpan,
    Case,
    gale_church,
    load_cases,
    pooled_f1,
    strict_f1,
)

TARGET_F1 = 0.97
TARGET_SECONDS = 1.0
BIG_SIZE = 2000  # source paragraphs in the speed test

Aligner = Callable[[Case], list[BeadSpan]]


def ours(case: Case) -> list[BeadSpan]:
    alignment = align(case.source, case.target, case.source_language, case.target_language)
    return [(bead.source, bead.target) for bead in alignment.beads]


def lengths_only(case: Case) -> list[BeadSpan]:
    """The aligner's own search with no anchors at all: what the anchors are worth."""
    n, m = len(case.source), len(case.target)
    none = Weights([{} for _ in range(n)], [{} for _ in range(m)], [0.0] * n, [0.0] * m)
    lengths = [paragraph_length(p) for p in case.source], [paragraph_length(p) for p in case.target]
    problem = Problem(*lengths, none)
    return [(tuple(range(i0, i1)), tuple(range(j0, j1))) for i0, i1, j0, j1 in best_path(problem)]


def baseline(case: Case) -> list[BeadSpan]:
    return gale_church(case.source, case.target)


COLUMNS: tuple[tuple[str, Aligner], ...] = (
    ("reader", ours),
    ("lengths", lengths_only),
    ("baseline", baseline),
)


def _table(title: str, cases: Sequence[Case]) -> float:
    """Print F1 per case for each aligner; return the aligner's pooled F1."""
    print(f"\n{title}")
    print(f"  {'case':<16} {'beads':>5}" + "".join(f"  {name:>8}" for name, _ in COLUMNS))
    results: dict[str, list[tuple[list[BeadSpan], Sequence[BeadSpan]]]] = {}
    for case in cases:
        row = f"  {case.id:<16} {len(case.gold):>5}"
        scores = []
        for name, aligner in COLUMNS:
            predicted = aligner(case)
            results.setdefault(name, []).append((predicted, case.gold))
            scores.append(strict_f1(predicted, case.gold))
            row += f"  {scores[-1]:>8.3f}"
        flag = "" if scores[0] >= scores[-1] else "  (worse than the baseline)"
        print(row + flag)
    pooled = {name: pooled_f1(results[name]) for name, _ in COLUMNS}
    total = sum(len(c.gold) for c in cases)
    print(f"  {'pooled':<16} {total:>5}" + "".join(f"  {pooled[n]:>8.3f}" for n, _ in COLUMNS))
    return pooled["reader"]


# -- derived pairs: translation against translation ---------------------------------------------


def _compose(left: Case, right: Case) -> tuple[BeadSpan, ...]:
    """Gold beads between two translations of one source: paragraphs linked through the source
    paragraphs they render, grouped into connected blocks, in order."""
    blocks: list[tuple[set[int], set[int], set[int]]] = []  # source, left, right paragraphs
    for side, case in ((1, left), (2, right)):
        for sources, targets in case.gold:
            for paragraph in targets:
                block: tuple[set[int], set[int], set[int]] = (set(sources), set(), set())
                block[side].add(paragraph)
                for other in [b for b in blocks if sources and b[0] & set(sources)]:
                    blocks.remove(other)
                    for k in range(3):
                        block[k].update(other[k])
                blocks.append(block)
    blocks.sort(key=lambda b: (min(b[1], default=10**6), min(b[2], default=10**6)))
    return tuple((tuple(sorted(b[1])), tuple(sorted(b[2]))) for b in blocks)


def derived_cases(cases: Sequence[Case]) -> list[Case]:
    """Translation-to-translation cases for every article with two translations or more."""
    by_article: dict[str, list[Case]] = {}
    for case in cases:
        by_article.setdefault(case.id.split("-")[0], []).append(case)
    derived = []
    for name, group in sorted(by_article.items()):
        for a, left in enumerate(group):
            for right in group[a + 1 :]:
                derived.append(
                    Case(
                        id=f"{name}-{left.target_language}-{right.target_language}",
                        description="derived",
                        source_language=left.target_language,
                        target_language=right.target_language,
                        source=left.target,
                        target=right.target,
                        gold=_compose(left, right),
                    )
                )
    return derived


def _scores(cases: Sequence[Case]) -> None:
    right: list[float] = []
    wrong: list[float] = []
    without: list[float] = []
    for case in cases:
        gold = set(case.gold)
        for bead in align(
            case.source, case.target, case.source_language, case.target_language
        ).beads:
            (right if (bead.source, bead.target) in gold else wrong).append(bead.score)
            if not bead.source or not bead.target:
                without.append(bead.score)
    print("\nscores over both sets")
    for label, values in (("right beads", right), ("wrong beads", wrong), ("1-0 and 0-1", without)):
        if values:
            print(
                f"  {label:<12} {len(values):>4}: median {statistics.median(values):.2f}, "
                f"min {min(values):.2f}, max {max(values):.2f}"
            )
    below = sum(s < 0.9 for s in wrong)
    print(f"  wrong beads scored below 0.9: {below} of {len(wrong)}")


# -- the 2,000-paragraph pair -------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:(?:[.,٫٬'’\u00a0\u202f\u2009]| (?=\d{3}(?!\d)))\d+)*")


def _renumber(text: str, tag: int) -> str:
    """Put 9 and ``tag`` in three digits before every number, in the number's own digits and
    as a number of its own: on every side a number stays equal to its translation's, and every
    pass has numbers no other pass has. (Glued to the number, ``9004`` + ``2.300`` would make
    ``90042.300``, which no language writes: a reader of locale conventions reads it as a
    decimal in one language and a grouping in another.)"""

    def prefixed(match: re.Match[str]) -> str:
        zero = ord(match.group()[0]) - int(match.group()[0])
        return "".join(chr(zero + int(d)) for d in f"9{tag:03d}") + " " + match.group()

    return _NUMBER.sub(prefixed, text)


def big_case(cases: Sequence[Case], size: int) -> Case:
    """The cases concatenated over and over until the source has ``size`` paragraphs."""
    source: list[str] = []
    target: list[str] = []
    gold: list[BeadSpan] = []
    tag = 0
    while len(source) < size:
        for case in cases:
            tag += 1
            i, j = len(source), len(target)
            source += [_renumber(p, tag) for p in case.source]
            target += [_renumber(p, tag) for p in case.target]
            gold += [(tuple(i + a for a in s), tuple(j + b for b in t)) for s, t in case.gold]
    language = cases[0].target_language
    return Case("big", "concatenated", "id", language, tuple(source), tuple(target), tuple(gold))


def floors(case: Case) -> tuple[float, float, float, int]:
    """What any run of the aligner pays on ``case``, apart, in CPU seconds (this process's, so
    that a busy machine's other processes do not count): to read both texts' anchors and
    weigh them (``anchor_weights``, as the aligner does, before any search); to compute each
    bead cost once over a band of the
    full search's width around the aligner's own path (``Problem.costs_over``, every kind at
    once, no search); and to run one search over that band (bead costs and dynamic
    programming, no scout, no widening, no second pass); and the cells of that band."""
    start = time.process_time()
    texts, languages = (case.source, case.target), (case.source_language, case.target_language)
    weights = anchor_weights(texts, languages, (Words.read(texts[0]), Words.read(texts[1])))
    reading = time.process_time() - start
    problem = Problem(
        [paragraph_length(p) for p in case.source],
        [paragraph_length(p) for p in case.target],
        weights,
    )
    steps = best_path(problem)
    n = problem.n
    band = search._band(*search._path_centre(steps, n), [search.REFINE_BAND] * (n + 1), problem.m)
    lo, hi = (np.asarray(side) for side in band)
    kinds = [kind for kind in search.PRIORS if kind[0] and kind[1]]
    start = time.process_time()
    for di, dj in kinds:
        rows = np.arange(di, n + 1)
        first = np.maximum(np.maximum(lo[rows], lo[rows - di] + dj), dj)
        last = np.maximum(np.minimum(hi[rows], hi[rows - di] + dj), first - 1)
        problem.costs_over(di, dj, rows, first, last)
    costs = time.process_time() - start
    start = time.process_time()
    search._search(problem, band, range(len(search.PRIORS)))
    one_search = time.process_time() - start
    return reading, costs, one_search, int((hi - lo + 1).sum())


def stray_seconds(case: Case) -> float:
    """The CPU seconds of both texts' stray weights (``reader.core.align.stray``, the language
    identifier's share of a run), their words read beforehand as the aligner reads them."""
    texts, languages = (case.source, case.target), (case.source_language, case.target_language)
    words = [Words.read(text).as_written(text) for text in texts]
    start = time.process_time()
    for k in (0, 1):
        strays(texts[k], languages[k], languages[1 - k], words[k])
    return time.process_time() - start


def _speed(cases: Sequence[Case], repeat: int, size: int) -> None:
    arabic = big_case([c for c in cases if c.target_language == "ar"], size)
    mixed = big_case(cases, size)  # translations into Arabic, English, French in turn
    print(
        f"\nspeed: id-ar {len(arabic.source)} x {len(arabic.target)} paragraphs, "
        f"mixed {len(mixed.source)} x {len(mixed.target)} (median of {repeat}, lowest-highest)"
    )
    for label, case in (("id-ar", arabic), ("mixed", mixed)):
        walls, cpus = [], []
        for _ in range(repeat):
            wall, cpu = time.perf_counter(), time.process_time()
            beads = ours(case)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        seconds = statistics.median(walls)
        verdict = "ok" if seconds < TARGET_SECONDS else "OVER"
        print(
            f"  reader    {label:<6} wall {seconds:6.2f} s ({min(walls):.2f}-{max(walls):.2f}), "
            f"CPU {statistics.median(cpus):6.2f} s ({min(cpus):.2f}-{max(cpus):.2f})  "
            f"(target < {TARGET_SECONDS:.0f} s: {verdict})  strict F1 "
            f"{strict_f1(beads, case.gold):.3f}"
        )
    reading, costs, one_search, cells = floors(arabic)
    print(
        f"  floors    id-ar  (CPU) anchors read and weighed {reading:.2f} s; bead costs alone over the full "
        f"search's band ({cells:,} cells, every kind, numpy) {costs:.3f} s; one search of that "
        f"band {one_search:.3f} s"
    )
    print(
        f"  strays    (CPU) both texts' stray weights, of each run above: id-ar "
        f"{stray_seconds(arabic):.3f} s, mixed {stray_seconds(mixed):.3f} s"
    )
    start = time.perf_counter()
    reference = gale_church(arabic.source, arabic.target, band=INITIAL_BAND)
    seconds = time.perf_counter() - start
    print(
        f"  baseline  id-ar  {seconds * 1000:6.0f} ms  (one run, band ±{INITIAL_BAND} around "
        f"the plain diagonal)  strict F1 {strict_f1(reference, arabic.gold):.3f}"
    )
    try:
        import resource  # Unix only
    except ImportError:
        return
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  memory    the bench's process at most {peak:.0f} MB resident")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs (median reported)")
    parser.add_argument("--size", type=int, default=BIG_SIZE, help="source paragraphs, speed test")
    args = parser.parse_args(argv)
    cases = load_cases()
    print(
        "strict F1: reader = reader.core.align.aligner; lengths = its search without anchors; baseline ="
    )
    print("length-only Gale–Church with the texts' total length ratio (tests/align_baseline.py)")
    overall = _table("evaluation set (tests/data/align)", cases)
    print(f"  target >= {TARGET_F1}: {'ok' if overall >= TARGET_F1 else 'UNDER'}")
    derived = derived_cases(cases)
    _table("derived pairs, translation against translation", derived)
    _scores([*cases, *derived])
    _speed(cases, max(args.repeat, 1), args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())

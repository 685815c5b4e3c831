"""Paragraph alignment: quality on the evaluation set and speed on a 2,000-paragraph pair.

Run it from the project root::

    .venv/bin/python bench/align.py [--repeat 5]

It prints, against the plain length-only Gale–Church baseline (``tests/align_baseline.py``):

1. strict F1 per case of ``tests/data/align/`` and over the whole set (a predicted bead counts
   only when both of its sides equal a gold bead's);
2. the same on *derived* pairs, translation against translation (English–French, Arabic–English,
   Arabic–French of one article), whose gold beads follow from the two cases' gold beads: pairs
   the aligner was never tuned on, with restructurings on both sides;
3. the time to align a pair of about 2,000 paragraphs, built by concatenating the cases over and
   over (numbers renumbered on each pass, so that anchors stay as rare as in a real article), as
   the median of ``--repeat`` runs; the baseline, whose full search would take minutes, is timed
   in a band of the same width around the plain diagonal.

It is a benchmark, not a test: it always exits 0.
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

from reader.align import align  # noqa: E402
from reader.align_search import INITIAL_BAND  # noqa: E402
from tests.align_baseline import BeadSpan, Case, gale_church, load_cases, strict_f1  # noqa: E402

TARGET_F1 = 0.97
TARGET_SECONDS = 1.0
BIG_SIZE = 2000  # source paragraphs in the speed test

Aligner = Callable[[Case], list[BeadSpan]]


def ours(case: Case) -> list[BeadSpan]:
    alignment = align(case.source, case.target, case.source_language, case.target_language)
    return [(bead.source, bead.target) for bead in alignment.beads]


def baseline(case: Case) -> list[BeadSpan]:
    return gale_church(case.source, case.target)


def _pooled_f1(results: Sequence[tuple[list[BeadSpan], Sequence[BeadSpan]]]) -> float:
    """Strict F1 over all beads of all cases together."""
    right = sum(len(set(p) & set(g)) for p, g in results)
    found = sum(len(set(p)) for p, _ in results)
    wanted = sum(len(set(g)) for _, g in results)
    if not right:
        return 0.0
    precision, recall = right / found, right / wanted
    return 2 * precision * recall / (precision + recall)


def _table(title: str, cases: Sequence[Case]) -> float:
    """Print F1 per case for both aligners; return ours over the whole set."""
    print(f"\n{title}")
    print(f"  {'case':<22} {'beads':>5}  {'reader':>7}  {'baseline':>8}")
    mine, theirs = [], []
    for case in cases:
        predicted, reference = ours(case), baseline(case)
        mine.append((predicted, case.gold))
        theirs.append((reference, case.gold))
        f1, base = strict_f1(predicted, case.gold), strict_f1(reference, case.gold)
        flag = "" if f1 >= base else "  WORSE THAN BASELINE"
        print(f"  {case.id:<22} {len(case.gold):>5}  {f1:>7.3f}  {base:>8.3f}{flag}")
    overall = _pooled_f1(mine)
    print(
        f"  {'overall (pooled)':<22} {sum(len(c.gold) for c in cases):>5}  "
        f"{overall:>7.3f}  {_pooled_f1(theirs):>8.3f}"
    )
    return overall


# -- derived pairs: translation against translation ---------------------------------------------


def _compose(left: Case, right: Case) -> tuple[BeadSpan, ...]:
    """Gold beads between two translations of one source: paragraphs linked through the
    source paragraphs they render, grouped into connected blocks, in order."""
    owner_left = {j: bead[0] for bead in left.gold for j in bead[1]}
    owner_right = {j: bead[0] for bead in right.gold for j in bead[1]}
    beads: list[tuple[set[int], set[int], set[int]]] = []  # source, left, right
    for side, owners in ((1, owner_left), (2, owner_right)):
        for paragraph, sources in sorted(owners.items()):
            touching = [b for b in beads if b[0] & set(sources)] if sources else []
            merged: tuple[set[int], set[int], set[int]] = (set(sources), set(), set())
            merged[side].add(paragraph)
            for bead in touching:
                beads.remove(bead)
                for k in range(3):
                    merged[k].update(bead[k])
            beads.append(merged)
    beads = [b for b in beads if b[1] or b[2]]
    beads.sort(key=lambda b: (min(b[1] | {10**6}), min(b[2] | {10**6})))
    return tuple((tuple(sorted(b[1])), tuple(sorted(b[2]))) for b in beads)


def derived_cases(cases: Sequence[Case]) -> list[Case]:
    """Translation-to-translation cases for every article with two translations or more."""
    by_article: dict[str, list[Case]] = {}
    for case in cases:
        by_article.setdefault(case.id.split("-")[0], []).append(case)
    derived = []
    for name, group in sorted(by_article.items()):
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                left, right = group[a], group[b]
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


# -- the 2,000-paragraph pair -------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:(?:[.,٫٬'’\u00a0\u202f\u2009]| (?=\d{3}(?!\d)))\d+)*")


def _renumber(text: str, tag: int) -> str:
    """Prefix every number with ``tag``, in the number's own digits: on every side a number
    stays equal to its translation's, and differs from the same number on other passes."""

    def prefixed(match: re.Match[str]) -> str:
        zero = ord(match.group()[0]) - int(match.group()[0])
        return "".join(chr(zero + int(d)) for d in str(tag)) + match.group()

    return _NUMBER.sub(prefixed, text)


def big_case(cases: Sequence[Case], size: int) -> Case:
    """The cases concatenated over and over until the source has ``size`` paragraphs."""
    source: list[str] = []
    target: list[str] = []
    gold: list[BeadSpan] = []
    rounds = 0
    while len(source) < size:
        for case in cases:
            tag = rounds * len(cases) + cases.index(case) + 1
            i, j = len(source), len(target)
            source += [_renumber(p, tag) for p in case.source]
            target += [_renumber(p, tag) for p in case.target]
            gold += [(tuple(i + a for a in s), tuple(j + b for b in t)) for s, t in case.gold]
        rounds += 1
    return Case("big", "concatenated", "id", "mixed", tuple(source), tuple(target), tuple(gold))


def _median_time(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _speed(cases: Sequence[Case], repeat: int) -> None:
    # Target languages alternate within the big pair; Arabic is given, so that the names of the
    # Arabic parts are read (the French and English parts only lose their name anchors).
    big = big_case([c for c in cases if c.target_language == "ar"], BIG_SIZE)
    mixed = big_case(cases, BIG_SIZE)
    print(
        f"\nspeed: {len(big.source)} x {len(big.target)} paragraphs (id-ar), and "
        f"{len(mixed.source)} x {len(mixed.target)} (id against ar, en and fr in turn)"
    )
    for label, case, language in (("id-ar", big, "ar"), ("mixed", mixed, "en")):
        seconds = _median_time(
            lambda c=case, lang=language: align(c.source, c.target, "id", lang), repeat
        )
        predicted = [
            (b.source, b.target) for b in align(case.source, case.target, "id", language).beads
        ]
        verdict = "ok" if seconds < TARGET_SECONDS else "OVER"
        print(
            f"  reader   {label:<6} median {seconds * 1000:7.0f} ms of {repeat} "
            f"(target < {TARGET_SECONDS:.0f} s: {verdict}); strict F1 {strict_f1(predicted, case.gold):.3f}"
        )
    start = time.perf_counter()
    reference = gale_church(big.source, big.target, band=INITIAL_BAND)
    seconds = time.perf_counter() - start
    print(
        f"  baseline id-ar  {seconds * 1000:7.0f} ms, one run, band ±{INITIAL_BAND} around the "
        f"plain diagonal; strict F1 {strict_f1(reference, big.gold):.3f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs (median reported)")
    args = parser.parse_args(argv)
    cases = load_cases()
    overall = _table("evaluation set (tests/data/align): strict F1", cases)
    verdict = "ok" if overall >= TARGET_F1 else "UNDER"
    print(f"  target >= {TARGET_F1}: {verdict}")
    _table(
        "derived pairs, translation against translation (not tuned on): strict F1",
        derived_cases(cases),
    )
    _speed(cases, max(args.repeat, 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the benchmarks share: the median time of repeated runs, and a sample's spread."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple


def timings(
    run: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> list[float]:
    """Each of ``repeat`` timings of ``run()`` by ``clock`` (wall time unless told)."""
    times = []
    for _ in range(repeat):
        start = clock()
        run()
        times.append(clock() - start)
    return times


def median_seconds(
    run: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The median of ``repeat`` timings of ``run()`` by ``clock`` (wall time unless told)."""
    return statistics.median(timings(run, repeat, clock))


class Spread(NamedTuple):
    """A sample's median and spread: lowest, quartiles, highest."""

    median: float
    low: float
    p25: float
    p75: float
    high: float


def spread(values: Sequence[float]) -> Spread:
    """The median, quartiles and extremes of ``values`` (at least one)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return Spread(*ordered * 5)
    p25, median, p75 = statistics.quantiles(ordered, n=4, method="inclusive")
    return Spread(median, ordered[0], p25, p75, ordered[-1])

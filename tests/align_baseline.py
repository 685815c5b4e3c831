"""The yardstick for ``reader.core.align.aligner``: plain Gale–Church, the evaluation set, strict F1.

Shared by ``tests/test_align.py`` and ``bench/align.py``; not part of the product.

The baseline is Gale and Church (1993) as usually implemented (NLTK's ``gale_church``): lengths
in characters only, their priors and variance (6.8), a full search with no band. The one
change in its favour: the ratio of target to source characters is the ratio of the texts'
totals instead of 1, without which it could not align Arabic with Indonesian at all.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

CASES = Path(__file__).resolve().parent / "data" / "align"

BeadSpan = tuple[tuple[int, ...], tuple[int, ...]]

_PRIORS = {
    (1, 0): 0.0099,
    (0, 1): 0.0099,
    (1, 1): 0.89,
    (2, 1): 0.089,
    (1, 2): 0.089,
    (2, 2): 0.011,
}
_VARIANCE = 6.8


@dataclass(frozen=True)
class Case:
    """One hand-built parallel text with its gold beads."""

    id: str
    description: str
    source_language: str
    target_language: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    gold: tuple[BeadSpan, ...]


def load_cases(folder: Path = CASES) -> list[Case]:
    """Every case of the evaluation set, in file-name order."""
    cases = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cases.append(
            Case(
                id=data["id"],
                description=data["description"],
                source_language=data["source_language"],
                target_language=data["target_language"],
                source=tuple(data["source"]),
                target=tuple(data["target"]),
                gold=tuple((tuple(s), tuple(t)) for s, t in data["gold"]),
            )
        )
    return cases


def strict_f1(predicted: Iterable[BeadSpan], gold: Iterable[BeadSpan]) -> float:
    """F1 over beads, a predicted bead counting only when both its sides equal a gold bead's."""
    found, wanted = set(predicted), set(gold)
    if not found and not wanted:
        return 1.0
    right = len(found & wanted)
    if not right:
        return 0.0
    precision, recall = right / len(found), right / len(wanted)
    return 2 * precision * recall / (precision + recall)


def pooled_f1(results: Iterable[tuple[Iterable[BeadSpan], Iterable[BeadSpan]]]) -> float:
    """Strict F1 over the beads of several cases together: (predicted, gold) per case."""
    right = found = wanted = 0
    for predicted, gold in results:
        predicted_set, gold_set = set(predicted), set(gold)
        right += len(predicted_set & gold_set)
        found += len(predicted_set)
        wanted += len(gold_set)
    return 2 * right / (found + wanted) if found + wanted else 1.0


def _tail_cost(delta: float) -> float:
    x = abs(delta) / math.sqrt(2)
    if x < 5:
        return -math.log(math.erfc(x))
    return x * x + math.log(x) + 0.5 * math.log(math.pi)


def gale_church(
    source: Sequence[str], target: Sequence[str], band: int | None = None
) -> list[BeadSpan]:
    """Length-only Gale–Church alignment of two lists of paragraphs: beads as index tuples.

    ``band``: search only within that many paragraphs of the straight diagonal (for timing it
    on long texts; the evaluation uses the full search).
    """
    ls = [len(" ".join(p.split())) for p in source]
    lt = [len(" ".join(p.split())) for p in target]
    ratio = sum(lt) / sum(ls) if sum(ls) and sum(lt) else 1.0
    n, m = len(ls), len(lt)
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        columns = range(m + 1)
        if band is not None:
            middle = round(i * m / n) if n else 0
            columns = range(max(0, middle - band), min(m, middle + band) + 1)
        for j in columns:
            for (di, dj), prior in _PRIORS.items():
                if i < di or j < dj or cost[i - di][j - dj] == math.inf:
                    continue
                s, t = sum(ls[i - di : i]), sum(lt[j - dj : j])
                mean = max((s + t / ratio) / 2, 1.0)
                delta = (t - ratio * s) / math.sqrt(_VARIANCE * ratio * mean)
                total = cost[i - di][j - dj] + _tail_cost(delta) - math.log(prior)
                if total < cost[i][j]:
                    cost[i][j], back[i][j] = total, (di, dj)
    beads: list[BeadSpan] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        if (di, dj) == (0, 0):
            raise ValueError("the band does not reach the end: widen it")
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return beads[::-1]

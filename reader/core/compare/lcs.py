"""A longest common subsequence of two sequences of integers, fast where it can be.

The engine of the word-level difference (``reader.core.compare.words``), which maps tokens to
integers first: it knows nothing of text. Two revisions share most of their items, so a common
head and tail are taken first; what is left is matched

- by Myers' O(ND) algorithm where that is cheap (exact and minimal);
- split first at items found once in each sequence (patience anchors) when it is long;
- and, where neither helps (long repetitive sequences), resynchronised greedily at the nearest
  run of common items.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Hashable, Sequence

# Myers runs on the whole input when it is this small (in items) ...
_MYERS_WHOLE = 20_000
# ... and gives up (for the faster heuristics) after this many steps.
MYERS_BUDGET = 1_000_000
# Resynchronising after a change needs this many items in a row in common.
_SYNC_RUN = 4


def ids(sequences: Sequence[Sequence[Hashable]]) -> list[list[int]]:
    """The same integers for the same items across ``sequences``: comparing ints is cheaper."""
    table = {item: index for index, item in enumerate({item for seq in sequences for item in seq})}
    return [list(map(table.__getitem__, seq)) for seq in sequences]


# A block of matched items: a[i + t] == b[j + t] for t < length.
Block = tuple[int, int, int]


def match(a: Sequence[int], b: Sequence[int]) -> list[Block]:
    """Matched blocks (i, j, length), in order: a longest common subsequence of ``a`` and ``b``
    where the inputs allow (Myers), a near-longest one, fast, where they are long."""
    blocks: list[Block] = []
    stack = [(0, len(a), 0, len(b))]
    while stack:
        a0, a1, b0, b1 = stack.pop()
        # Common prefix and suffix first: revisions share most of their items.
        head = _common_run(a, b, a0, b0, min(a1 - a0, b1 - b0))
        if head:
            blocks.append((a0, b0, head))
            a0, b0 = a0 + head, b0 + head
        tail = _common_tail(a, b, a1, b1, min(a1 - a0, b1 - b0))
        if tail:
            a1, b1 = a1 - tail, b1 - tail
            blocks.append((a1, b1, tail))
        if a0 < a1 and b0 < b1:
            stack += _split(a, b, a0, a1, b0, b1, blocks)
    blocks.sort()
    return blocks


def pairs(blocks: list[Block]) -> list[tuple[int, int]]:
    """The matched blocks as single matched pairs (i, j), in order."""
    return [(i + t, j + t) for i, j, length in blocks for t in range(length)]


def _blocks(matched: list[tuple[int, int]], di: int = 0, dj: int = 0) -> list[Block]:
    """Matched pairs (shifted by di, dj) gathered into blocks of consecutive pairs."""
    blocks: list[Block] = []
    for i, j in matched:
        if blocks:
            bi, bj, length = blocks[-1]
            if bi + length == i + di and bj + length == j + dj:
                blocks[-1] = (bi, bj, length + 1)
                continue
        blocks.append((i + di, j + dj, 1))
    return blocks


def _common_run(a: Sequence[int], b: Sequence[int], i: int, j: int, limit: int) -> int:
    """How many items agree from (i, j) on, at most ``limit``: compared a chunk at a time
    (list slices compare at C speed), the chunk doubling while they agree."""
    length, chunk = 0, 8
    while length < limit:
        step = min(chunk, limit - length)
        if a[i + length : i + length + step] == b[j + length : j + length + step]:
            length += step
            chunk *= 2
        elif step == 1:
            break
        else:
            chunk = max(1, step // 2)
    return length


def _common_tail(a: Sequence[int], b: Sequence[int], i: int, j: int, limit: int) -> int:
    """How many items agree backwards from a[i - 1], b[j - 1], at most ``limit``."""
    length, chunk = 0, 8
    while length < limit:
        step = min(chunk, limit - length)
        if a[i - length - step : i - length] == b[j - length - step : j - length]:
            length += step
            chunk *= 2
        elif step == 1:
            break
        else:
            chunk = max(1, step // 2)
    return length


def _split(
    a: Sequence[int],
    b: Sequence[int],
    a0: int,
    a1: int,
    b0: int,
    b1: int,
    blocks: list[Block],
) -> list[tuple[int, int, int, int]]:
    """Match one region: exactly if cheap, else at unique anchors (returning the sub-regions
    left to match), else by greedy resynchronisation."""
    sub_a, sub_b = a[a0:a1], b[b0:b1]
    if len(sub_a) + len(sub_b) <= _MYERS_WHOLE:
        found = myers(sub_a, sub_b, MYERS_BUDGET)
        if found is not None:
            blocks += _blocks(found, a0, b0)
            return []
    anchors = _unique_anchors(sub_a, sub_b)
    if anchors:
        regions = []
        prev_i, prev_j = a0, b0
        for i, j in anchors:
            blocks.append((a0 + i, b0 + j, 1))
            regions.append((prev_i, a0 + i, prev_j, b0 + j))
            prev_i, prev_j = a0 + i + 1, b0 + j + 1
        regions.append((prev_i, a1, prev_j, b1))
        return regions
    blocks += [(a0 + i, b0 + j, length) for i, j, length in _resync(sub_a, sub_b)]
    return []


def myers(a: Sequence[int], b: Sequence[int], budget: int) -> list[tuple[int, int]] | None:
    """A longest common subsequence by Myers' O(ND) greedy algorithm, as matched pairs; None if
    it would take more than ``budget`` steps (D, the edit distance, is too large)."""
    n, m = len(a), len(b)
    if not n or not m:
        return []
    offset = n + m + 1
    v = [0] * (2 * offset + 1)
    trace: list[list[int]] = []
    work = 0
    for d in range(n + m + 1):
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[offset + k - 1] < v[offset + k + 1]):
                x = v[offset + k + 1]
            else:
                x = v[offset + k - 1] + 1
            y = x - k
            start = x
            while x < n and y < m and a[x] == b[y]:
                x += 1
                y += 1
            work += x - start + 1
            v[offset + k] = x
            if x >= n and y >= m:
                trace.append(v[offset - d : offset + d + 1])
                return _backtrack(trace, n, m)
        trace.append(v[offset - d : offset + d + 1])
        if work > budget:
            return None
    return None  # not reached: d = n + m always ends


def _backtrack(trace: list[list[int]], n: int, m: int) -> list[tuple[int, int]]:
    """The matched pairs along the path Myers found (``trace[d][k + d]`` = furthest x)."""
    pairs: list[tuple[int, int]] = []
    x, y = n, m
    for d in range(len(trace) - 1, 0, -1):
        previous = trace[d - 1]
        k = x - y
        down = k == -d or (k != d and previous[k - 1 + d - 1] < previous[k + 1 + d - 1])
        prev_k = k + 1 if down else k - 1
        prev_x = previous[prev_k + d - 1]
        snake_x = prev_x if down else prev_x + 1
        while x > snake_x:
            x, y = x - 1, y - 1
            pairs.append((x, y))
        x, y = prev_x, prev_x - prev_k
    while x > 0 and y > 0:
        x, y = x - 1, y - 1
        pairs.append((x, y))
    pairs.reverse()
    return pairs


def _unique_anchors(a: Sequence[int], b: Sequence[int]) -> list[tuple[int, int]]:
    """Patience anchors: items found exactly once in each sequence, in an order both agree on
    (the longest increasing subsequence of their positions)."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {item: j for j, item in enumerate(b) if count_b[item] == 1}
    candidates = [
        (i, where_b[item]) for i, item in enumerate(a) if count_a[item] == 1 and item in where_b
    ]
    return _increasing(candidates)


def _increasing(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``candidates`` (sorted by i) whose j also increases (patience sort)."""
    tails: list[int] = []  # tails[n]: smallest j ending an increasing run of length n + 1
    tail_index: list[int] = []
    back: list[int] = []
    for index, (_, j) in enumerate(candidates):
        place = bisect.bisect_left(tails, j)
        back.append(tail_index[place - 1] if place else -1)
        if place == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[place] = j
            tail_index[place] = index
    run: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        run.append(candidates[index])
        index = back[index]
    run.reverse()
    return run


def _resync(a: Sequence[int], b: Sequence[int]) -> list[Block]:
    """Greedy matching for long, repetitive inputs with no unique anchors: walk both in step;
    at each mismatch find, by Myers' algorithm from there, the fewest changes that lead to a
    long run of common items, and take them; failing that, jump to the nearest short run."""
    n, m = len(a), len(b)
    grams: dict[tuple[int, ...], list[int]] | None = None
    blocks: list[Block] = []
    i = j = 0
    while i < n and j < m:
        run = _common_run(a, b, i, j, min(n - i, m - j))
        if run:
            blocks.append((i, j, run))
            i, j = i + run, j + run
            continue
        reached = _reach_run(a, b, i, j)
        if reached == []:
            break  # the end of one sequence, with nothing more in common
        if reached is not None:
            blocks += _blocks(reached)
            i, j = reached[-1][0] + 1, reached[-1][1] + 1
            continue
        if grams is None:
            grams = _gram_positions(a)
        target = _nearest_gram(a, b, i, j, grams)
        p, q = target if target else (n, m)
        blocks += _blocks(myers(a[i:p], b[j:q], MYERS_BUDGET) or [], i, j)
        i, j = p, q
    return blocks


# After a change, this many items in common mean the sequences are back in step: a shorter run can
# be chance (the same four characters recur in Chinese), a longer one rarely is.
_RUN = 32
_RUN_CHANGES = (16, 400)


def _reach_run(a: Sequence[int], b: Sequence[int], i: int, j: int) -> list[tuple[int, int]] | None:
    """``_reach_run_within`` with few changes first (most edits are one or two words), then
    with many: the work array is sized by the changes allowed."""
    for max_changes in _RUN_CHANGES:
        found = _reach_run_within(a, b, i, j, max_changes)
        if found is not None:
            return found
    return None


def _reach_run_within(
    a: Sequence[int], b: Sequence[int], i: int, j: int, max_changes: int
) -> list[tuple[int, int]] | None:
    """Matched pairs from (i, j) along the fewest changes that reach ``_RUN`` items in common
    (or the end of either sequence: then perhaps none), ending with that run; None past
    ``max_changes``."""
    n, m = len(a), len(b)
    offset = max_changes + 1
    v = [0] * (2 * offset + 1)  # furthest x - i on each diagonal k = (x - i) - (y - j)
    trace: list[list[int]] = []
    for d in range(max_changes + 1):
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[offset + k - 1] < v[offset + k + 1]):
                x = v[offset + k + 1]
            else:
                x = v[offset + k - 1] + 1
            y = x - k
            run = 0
            while i + x < n and j + y < m and run < _RUN and a[i + x] == b[j + y]:
                x, y, run = x + 1, y + 1, run + 1
            v[offset + k] = x
            if run >= _RUN or i + x >= n or j + y >= m:
                trace.append(v[offset - d : offset + d + 1])
                return [(i + p, j + q) for p, q in _backtrack(trace, x, y)]
        trace.append(v[offset - d : offset + d + 1])
    return None


def _gram_positions(a: Sequence[int]) -> dict[tuple[int, ...], list[int]]:
    """Where each run of ``_SYNC_RUN`` items starts in ``a`` (positions increasing)."""
    positions: dict[tuple[int, ...], list[int]] = {}
    runs = zip(*(a[shift:] for shift in range(_SYNC_RUN)), strict=False)
    for index, gram in enumerate(runs):
        positions.setdefault(gram, []).append(index)
    return positions


def _nearest_gram(
    a: Sequence[int],
    b: Sequence[int],
    i: int,
    j: int,
    grams: dict[tuple[int, ...], list[int]],
) -> tuple[int, int] | None:
    """The (p, q), p ≥ i and q ≥ j, nearest to (i, j) where a and b share a run of items."""
    best: tuple[int, int] | None = None
    best_cost = len(a) + len(b)
    for q in range(j, len(b) - _SYNC_RUN + 1):
        if q - j >= best_cost:
            break
        positions = grams.get(tuple(b[q : q + _SYNC_RUN]))
        if not positions:
            continue
        at = bisect.bisect_left(positions, i)
        if at < len(positions) and positions[at] - i + q - j < best_cost:
            best, best_cost = (positions[at], q), positions[at] - i + q - j
    return best

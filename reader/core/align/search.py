"""The search behind ``reader.core.align.aligner``: Gale and Church's dynamic programming over paragraphs.

A bead's cost is -log of its kind's prior, plus how far its lengths stray from the texts' own
ratio of target to source characters (in standard deviations, as Gale and Church model it),
minus the anchor weight it matches, plus the weight it leaves unmatched (see
``reader.core.align.anchors``), plus, where words are learnt from the texts, what its words say
(``Problem.words``, ``reader.core.align.lexicon``); a paragraph that is not a translation
(``reader.core.align.stray``) makes a bead without counterpart cheaper and a merge dearer. The cheapest path through the grid of (source, target) paragraph
boundaries is the alignment.

Speed comes from searching a band, not the whole grid: first a *scout* pass with only 1–1,
1–0 and 0–1 beads along the diagonal that the cumulative lengths predict, then the full search
in a narrow band around the scout's path. A band widens where the best path runs along its
edge; the scout's also doubles, everywhere and then where the path moved, while that finds a
cheaper path (a long text whose path settled on a wrong stretch inside the band). The full
search knows splits and merges up to four paragraphs into one (a literary translator splits
one Chinese sentence into up to four English ones); bigger merges, which it cannot express, are found
afterwards among the paragraphs it left without counterpart (``_regroup``).

Three engines search a band, over the same costs: a short one (up to ``SMALL_COSTS`` bead
costs, an article's) in pure Python, cell by cell (``Problem.costs_to``, ``_search_rows``); a
long one takes the bead costs of a whole band from numpy arrays (``Problem.costs_over``), and
runs the dynamic programming on lists where the band's rows are narrow and its kinds few (the
scout's: ``_BandCosts``, ``_search_rows``), or row by row on arrays, each row one array
(``_search_arrays``; the scout's kinds by a kernel of their own, ``_scout_arrays``). numpy is
imported only for a long one: on an article its per-call overhead costs more than the
arithmetic it saves, and importing it would cost the window's start-up 0.15–0.26 s of CPU.

A long text with few anchors that drifts off the diagonal (the Bible's 5,000 × 6,301 verses)
is searched coarse to fine, as Vecalign is: once the scout's first doubling shows it drifting,
over blocks of consecutive paragraphs in a band as wide as the widening would have reached,
then over the paragraphs near that path (``_coarse_scout``: 0.39 M cells, where doubling the
band over the paragraphs took 7.2 M); the length term comes from a table of the spans'
distinct lengths (``_LengthCosts``); and the full search's widened band takes over the first
rows it shares with the band before, and the beads' costs of the rows past those that widened
(``_Earlier``, ``_Reused``: the Bible's bead costs priced 2.69 M -> 1.85 M), and stops where
four rows past those that widened have the very costs found before (``_Settling``: the
Bible's first search with learnt words searched again 37 rows of 3,885). The last three give
the very values they replace.
No Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from itertools import accumulate, chain, pairwise
from operator import sub
from typing import TYPE_CHECKING, Generic, Protocol, TypeAlias, TypeVar

from reader.core.align.anchors import Weights

if TYPE_CHECKING:  # numpy itself is imported where the numpy engine runs, not on import
    import numpy as np
    import numpy.typing as npt

    FloatArray: TypeAlias = npt.NDArray[np.float64]
    IntArray: TypeAlias = npt.NDArray[np.int64]

Array = TypeVar("Array", "FloatArray", "IntArray")

# Bead kinds (source paragraphs, target paragraphs) and how often translated news shows each.
# Gale and Church's sentence priors, reshaped for paragraphs: an edited translation drops a
# paragraph or adds a note about as often as it merges two, and seldom regroups two as two.
# Making a paragraph without counterpart too costly (their 0.0099) makes the search hide it
# inside a merge instead.
PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.88,
    (1, 0): 0.015,
    (0, 1): 0.015,
    (2, 1): 0.035,
    (1, 2): 0.035,
    (2, 2): 0.005,
    (3, 1): 0.0075,
    (1, 3): 0.0075,
    (4, 1): 0.002,
    (1, 4): 0.002,
}
DEFAULT_VARIANCE = 6.8  # Gale and Church's variance of target characters per source character
VARIANCE_RANGE = (4.0, 40.0)  # what an estimate from the texts may move it to
# The variance is measured on the 1–1 beads of a path that lengths chose, which fit lengths
# better than the translation does: on MAC-Dev 002 (a literary translation), its gold 1–1 beads
# vary twice as much as the first path's. Where words are learnt from the texts (few anchors:
# a literary text), it is widened by this factor, so that lengths stop overruling the words
# where a translator's sentences run long or short; news, whose numbers and names anchor nearly
# every paragraph, keeps the measured one (widened, its translation-against-translation pairs
# fell from 0.928 to 0.900).
VARIANCE_MARGIN = 2.0
MIN_FIT_BEADS = 4  # 1–1 beads needed before the texts' own ratio and variance are trusted
MIN_FIT_LENGTH = 20  # characters: shorter paragraphs say little about the ratio
ANCHOR_BONUS = 1.0  # cost units per unit of matched anchor weight
ANCHOR_PENALTY = 1.0  # cost units per unit of anchor weight left unmatched inside a bead
ORPHAN_PENALTY = 2.0  # per unit of orphan-number weight (numbers the other text lacks) in a bead
# The two penalties together stop here, below the 8.4 of a 1–0 plus a 0–1: a 1–1 whose lengths
# fit stays a 1–1 even when every number in it disagrees (a machine translation that garbled
# them), so the fidelity checks report wrong numbers, not a missing and an extra paragraph.
ANCHOR_PENALTY_CAP = 6.0
# A paragraph that is not a translation (``reader.core.align.stray``: the other text's language,
# or no language at all): a bead without counterpart costs it this much less, and a merge that
# holds it (three paragraphs or more) this much more, per unit of stray weight.
STRAY_BONUS = 1.0
STRAY_PENALTY = 3.0
INITIAL_BAND = 8  # paragraphs on each side of the predicted diagonal
REFINE_BAND = 3  # around the scout's path, for the full search
SPLIT_EVIDENCE = 20  # paragraphs: how many more the count of splits is averaged over
COST_GAIN = 1.0  # what a doubled band must save (cost units, -log) to be doubled again
REACH = 16  # rows on each side of a strained row that widen with it, at least
MAX_BAND = 512  # the widest a band grows (paragraphs on each side) ...
# ... and the most it multiplies its cells: at least MIN_GROWTH times, and MAX_GROWTH times
# while that stays under MAX_CELLS (the Bible's 5,000 sentences drift far enough to need 3.4 M).
MIN_GROWTH = 8
MAX_GROWTH = 64
MAX_CELLS = 4_000_000
# A long text that drifts farther than its widening can follow within MAX_CELLS is searched
# first over blocks of this many source paragraphs (``_coarse_scout``), then in a band of this
# many paragraphs on each side of that path's blocks.
COARSE_BLOCK = 8
COARSE_MARGIN = 3 * COARSE_BLOCK

LONGEST = max(max(kind) for kind in PRIORS)  # paragraphs on one side of a bead, at most
_SQRT2 = math.sqrt(2.0)
_LOG_SQRT_PI = 0.5 * math.log(math.pi)
_KIND_LIST = list(PRIORS)
_NEW_TARGET = _KIND_LIST.index((0, 1))  # the 0–1 kind, swept apart within each row
_ALL_KINDS = tuple(range(len(_KIND_LIST)))
# Searched only where the texts' paragraph counts make them likelier than by default
# (``split_priors``): elsewhere a bead of five paragraphs is rare enough to leave to
# ``_regroup``, and the two kinds would cost a fifth more time.
_SPLITS_IN_FOUR = frozenset(_KIND_LIST.index(kind) for kind in ((1, 4), (4, 1)))
# The scout's kinds: cheap, and all a path needs to stay close to the truth.
_SCOUT_KINDS = tuple(_KIND_LIST.index(kind) for kind in ((1, 1), (1, 0), (0, 1)))


# -- the cost model -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LengthModel:
    """Target characters per source character (``ratio``) and the variance of that per
    source character (``variance``), as Gale and Church model translation lengths."""

    ratio: float
    variance: float = DEFAULT_VARIANCE

    def delta(self, source_chars: int, target_chars: int) -> float:
        """How many standard deviations the target length lies from what the source predicts."""
        mean = max((source_chars + target_chars / self.ratio) / 2, 1.0)
        spread = math.sqrt(self.variance * self.ratio * mean)
        return (target_chars - self.ratio * source_chars) / spread


def _tail_cost(delta: float) -> float:
    """-log of the two-sided normal tail probability beyond ``|delta|``."""
    x = abs(delta) / _SQRT2
    if x < 5.0:
        return -math.log(math.erfc(x))
    return x * x + math.log(x) + _LOG_SQRT_PI  # asymptotic: erfc underflows further out


def _tail_costs(x: FloatArray) -> FloatArray:
    """``_tail_cost`` of each of ``x``, already absolute deviations over the square root of 2.
    numpy has no erfc: it is taken from ``math`` (correctly rounded, as the scalar cost's),
    value by value, which costs a tenth of the whole cost's time."""
    import numpy as np

    near = x < 5.0
    costs = np.empty_like(x)
    close = x[near]
    costs[near] = -np.log(np.fromiter(map(math.erfc, close.tolist()), np.float64, len(close)))
    far = x[~near]
    costs[~near] = far * far + np.log(far) + _LOG_SQRT_PI
    return costs


def _deviations(
    model: LengthModel, source_chars: FloatArray, target_chars: FloatArray
) -> FloatArray:
    """``LengthModel.delta``'s absolute value over the square root of 2, for each pair of
    source and target characters (arrays, broadcast), as ``_tail_costs`` takes them."""
    import numpy as np

    ratio = model.ratio
    mean = 0.5 * source_chars + target_chars * (0.5 / ratio)
    spread = np.sqrt(2 * model.variance * ratio * np.maximum(mean, 1.0))
    deviations: FloatArray = np.abs(target_chars - ratio * source_chars) / spread
    return deviations


class _LengthCosts:
    """The length term of ``Problem.costs_over`` (``_tail_costs`` of each cell's deviation),
    looked up in a table per bead kind where that is cheaper than computing it cell by cell.

    The term depends on a bead's source and target characters alone, and a long text's spans
    of a given size have few distinct lengths (the Bible's 5,000 verses: 287 in English, 75
    in Chinese), while a widening search prices millions of cells (its scout, 7.5 M): the
    table of every pair of distinct lengths takes thousands of erfc where the cells take
    millions. The table holds the very values the cells would compute (the same operations on
    the same numbers). It is built for a kind once the cells priced directly under the model
    add up to its size (at most twice the work of the better choice, when it is not known how
    many cells will come), so that a text whose spans' lengths are nearly all distinct (news
    paragraphs) keeps pricing cells directly. Built again when the model changes.
    """

    def __init__(self, source_lengths: list[FloatArray], target_lengths: list[FloatArray]) -> None:
        self.lengths = source_lengths, target_lengths
        # Per side and span size: the distinct lengths, and each span's index among them.
        self.ranks: dict[tuple[int, int], tuple[FloatArray, IntArray]] = {}
        self.model: LengthModel | None = None
        self.tables: dict[tuple[int, int], FloatArray] = {}
        self.priced: dict[tuple[int, int], int] = {}  # cells priced directly, per kind

    def costs(self, model: LengthModel, cells: Cells) -> FloatArray:
        """The length term of each of ``cells`` under ``model``."""
        kind = cells.di, cells.dj
        if model != self.model:
            self.model, self.tables, self.priced = model, {}, {}
        table = self.tables.get(kind)
        if table is None:
            (source, _), (target, _) = self._ranks(0, cells.di), self._ranks(1, cells.dj)
            self.priced[kind] = self.priced.get(kind, 0) + cells.count
            if self.priced[kind] < len(source) * len(target):
                chars = cells.source(self.lengths[0]), cells.target(self.lengths[1])
                return _tail_costs(_deviations(model, *chars))
            grid = _deviations(model, source[:, None], target[None, :]).ravel()
            table = self.tables[kind] = _tail_costs(grid)
        (_, source_rank), (target, target_rank) = self._ranks(0, cells.di), self._ranks(1, cells.dj)
        at = _gather(source_rank, cells.i0) * len(target) + _gather(target_rank, cells.j0)
        return _gather(table, at)

    def _ranks(self, side: int, size: int) -> tuple[FloatArray, IntArray]:
        found = self.ranks.get((side, size))
        if found is None:
            import numpy as np

            found = self.ranks[(side, size)] = np.unique(
                self.lengths[side][size], return_inverse=True
            )
        return found


def _prefix(values: Sequence[float]) -> list[float]:
    sums = [0.0]
    for value in values:
        sums.append(sums[-1] + value)
    return sums


def _span_sums(prefix: Sequence[float]) -> list[list[float]]:
    """``sums[k][i]``: the sum of values ``i .. i+k-1``, from prefix sums, for k up to
    ``LONGEST``."""
    count = len(prefix) - 1
    return [[prefix[i + k] - prefix[i] for i in range(count - k + 1)] for k in range(LONGEST + 1)]


def _span_arrays(prefix: Sequence[float]) -> list[FloatArray]:
    """``_span_sums`` as numpy arrays (the same subtractions)."""
    import numpy as np

    at = np.asarray(prefix, dtype=np.float64)
    return [at[k:] - at[: max(len(at) - k, 0)] for k in range(LONGEST + 1)]


def _spans(profiles: Sequence[dict[str, float]]) -> list[list[dict[str, float]]]:
    """``spans[k][i]``: the anchors of paragraphs ``i .. i+k-1`` together, for k up to
    ``LONGEST``, each the previous size's with one paragraph more added."""
    spans: list[list[dict[str, float]]] = [[{} for _ in range(len(profiles) + 1)]]
    for size in range(1, LONGEST + 1):
        row = []
        for start in range(len(profiles) - size + 1):
            merged = dict(spans[size - 1][start])
            for key, weight in profiles[start + size - 1].items():
                merged[key] = merged.get(key, 0.0) + weight
            row.append(merged)
        spans.append(row)
    return spans


def _merged(profiles: Sequence[dict[str, float]], start: int, stop: int) -> dict[str, float]:
    """The anchors of paragraphs ``start:stop`` together, added up in paragraph order (a
    single paragraph's own, not to be changed)."""
    if stop - start == 1:
        return profiles[start]
    merged: dict[str, float] = {}
    for index in range(start, stop):
        for key, weight in profiles[index].items():
            merged[key] = merged.get(key, 0.0) + weight
    return merged


@dataclass(frozen=True)
class SpanEntries:
    """One text's anchors over spans of ``size`` paragraphs, as arrays: one entry per key a
    span holds (its first paragraph, the key's number, the span's weight of it), sorted by
    key and then first paragraph, and ``code`` (key and first paragraph in one number) to
    find a key's entries in a range of first paragraphs by binary search."""

    starts: IntArray
    keys: IntArray
    weights: FloatArray
    code: IntArray

    @classmethod
    def of(cls, single: SpanEntries, size: int, count: int) -> SpanEntries:
        """Each paragraph's entry (``single``: the entries of spans of one paragraph) counts
        for every span of ``size`` that holds it: ``single`` shifted back by each offset is
        sorted already, so the shifted runs are merged (a stable sort of sorted runs), and
        each span's weight of a key added up from its first paragraph on, as the paragraphs
        come."""
        import numpy as np

        runs = [single.code - offset for offset in range(size)]
        starts = [single.starts - offset for offset in range(size)]
        kept = [(at >= 0) & (at <= count - size) for at in starts]
        code = np.concatenate([run[keep] for run, keep in zip(runs, kept, strict=True)])
        weights = np.concatenate([single.weights[keep] for keep in kept])
        order = np.argsort(code, kind="stable")
        code, weights = code[order], weights[order]
        first = np.empty(len(code), dtype=bool)
        first[:1] = True
        np.not_equal(code[1:], code[:-1], out=first[1:])
        summed: FloatArray = np.bincount(np.cumsum(first) - 1, weights=weights).astype(np.float64)
        code = code[first]
        return cls(code % (count + 1), code // (count + 1), summed, code)


def span_entries(
    profiles: Sequence[dict[str, float]], numbers: dict[str, int]
) -> list[SpanEntries]:
    """``entries[k]``: the anchors of every span of ``k`` paragraphs (``SpanEntries``), k up to
    ``LONGEST``. ``numbers``: each key's number, given in the order keys first occur (shared
    by the texts whose entries are matched)."""
    weights = chain.from_iterable(map(dict.values, profiles))
    return _entries(profiles, numbers, weights)


def set_entries(sets: Sequence[AbstractSet[str]], numbers: dict[str, int]) -> list[SpanEntries]:
    """``span_entries`` of paragraphs whose keys are a set, each weighing 1 (the learnt words
    of ``reader.core.align.lexicon``: no dictionary made per paragraph)."""
    return _entries(sets, numbers, None)


def _entries(
    profiles: Sequence[Collection[str]], numbers: dict[str, int], weighed: Iterable[float] | None
) -> list[SpanEntries]:
    """``span_entries`` of paragraphs' keys, weighed in their order (1 each, without)."""
    import numpy as np

    found = list(chain.from_iterable(profiles))
    for key in dict.fromkeys(found):
        numbers.setdefault(key, len(numbers))
    count = len(profiles)
    paragraphs = np.repeat(np.arange(count, dtype=np.int64), list(map(len, profiles)))
    code = np.fromiter(map(numbers.__getitem__, found), np.int64, len(found)) * (count + 1)
    code += paragraphs
    weights = (
        np.ones(len(found)) if weighed is None else np.fromiter(weighed, np.float64, len(found))
    )
    order = np.argsort(code, kind="stable")  # a paragraph holds a key once: no two alike
    code = code[order]
    single = SpanEntries(paragraphs[order], code // (count + 1), weights[order], code)
    nothing = np.zeros(0, dtype=np.int64)  # size 0: a bead side without paragraphs
    empty = SpanEntries(nothing, nothing, np.zeros(0), nothing)
    return [empty, single, *(SpanEntries.of(single, size, count) for size in range(2, LONGEST + 1))]


def _gather(values: Array, at: IntArray) -> Array:
    """``values[at]``, where the band makes every index valid by construction: ``take``
    without its check of bounds, which gathers twice as fast as indexing. The search gathers
    a value per cell and kind (lengths, orphans, anchors) and per pair of entries that share
    a key: 6.9 and 8.5 million on the bench's two news pairs."""
    gathered: Array = values.take(at, mode="clip")
    return gathered


@dataclass(frozen=True)
class Cells:
    """Cells of a band that the numpy engine prices at once (``Problem.costs_over``): beads of
    ``di`` source and ``dj`` target paragraphs (both at least 1) ending on row ``i = rows[k]``
    and on every column ``j`` from ``first[k]`` to ``last[k]``, flat, row after row (row ``k``'s
    first cell at ``offsets[k]``); each cell's bead starts at ``i0`` and ``j0``."""

    di: int
    dj: int
    rows: IntArray
    first: IntArray
    last: IntArray
    offsets: IntArray
    i0: IntArray
    j0: IntArray

    @classmethod
    def of(cls, di: int, dj: int, rows: IntArray, first: IntArray, last: IntArray) -> Cells:
        import numpy as np

        widths = np.maximum(last - first + 1, 0)
        offsets = np.cumsum(widths) - widths
        j = np.repeat(first - offsets, widths) + np.arange(int(widths.sum()))
        return cls(di, dj, rows, first, last, offsets, np.repeat(rows, widths) - di, j - dj)

    @property
    def count(self) -> int:
        return len(self.i0)

    def source(self, sums: Sequence[FloatArray]) -> FloatArray:
        """Each cell's value of ``sums`` over its bead's source span (``sums[k][i]``: over
        ``k`` paragraphs from ``i``, as ``_SpanSums`` holds them)."""
        return _gather(sums[self.di], self.i0)

    def target(self, sums: Sequence[FloatArray]) -> FloatArray:
        """Each cell's value of ``sums`` over its bead's target span."""
        return _gather(sums[self.dj], self.j0)

    def shared(
        self, source: SpanEntries, target: SpanEntries, sizes: tuple[int, int]
    ) -> tuple[IntArray, IntArray, IntArray]:
        """The pairs of a source entry (of spans of ``di`` paragraphs) and a target entry (of
        ``dj``) of one key that meet in a cell: for every source entry whose span ends on one
        of the rows, the target entries of its key whose spans end in the row's columns (found
        by binary search). Each pair's cell, source entry and target entry; ``sizes``: the two
        texts' paragraph counts."""
        import numpy as np

        di, dj, first, last = self.di, self.dj, self.first, self.last
        n, m = sizes
        # Source entries whose span ends on one of the rows (rows ascend, one entry per row).
        row_of = np.full(n + 1, -1, dtype=np.int64)
        row_of[self.rows] = np.arange(len(self.rows))
        ends = source.starts + di
        at = row_of[ends]
        chosen = np.flatnonzero(at >= 0)
        at = at[chosen]
        base = source.keys[chosen] * (m + 1)
        left = np.searchsorted(target.code, base + first[at] - dj, side="left")
        right = np.searchsorted(target.code, base + last[at] - dj, side="right")
        counts = np.maximum(right - left, 0)
        # What each pair takes from its source entry, worked out per entry and repeated for
        # its pairs (a cell's offset in the band less its row's first column): a band's
        # pairs outnumber its entries three to one on the bench's news pairs.
        shift = self.offsets[at] + dj - first[at]
        found = np.repeat(left - (np.cumsum(counts) - counts), counts) + np.arange(
            int(counts.sum())
        )
        where = np.repeat(shift, counts) + _gather(target.starts, found)
        return where, np.repeat(chosen, counts), found


def prior_cost(
    source_count: int, target_count: int, priors: Mapping[tuple[int, int], float] = PRIORS
) -> float:
    """-log of a bead kind's prior. A kind beyond ``priors`` (a 5–1 merge) is as likely as a
    3–1 bead plus one paragraph without counterpart per paragraph more, by the default
    ``PRIORS`` (what a text's counts say of splits in two and three says nothing of these):
    the priors then leave the choice between the two readings to lengths and anchors."""
    prior = priors.get((source_count, target_count))
    if prior is not None:
        return -math.log(prior)
    extra = source_count + target_count - 4
    side, null = PRIORS[(3, 1)], PRIORS[(1, 0)]
    return -math.log(side) - extra * math.log(null)  # logs: no underflow


def _matched(a: dict[str, float], b: dict[str, float]) -> float:
    """The anchor weight two groups of paragraphs share, summed in the smaller group's order
    (not a set's, whose order changes with the string hash seed: the same texts would score
    differently in the last digits from one run to the next)."""
    if len(b) < len(a):
        a, b = b, a
    total = 0.0
    for key, x in a.items():
        y = b.get(key)
        if y is not None:
            total += x if x < y else y
    return total


Sums = TypeVar("Sums")  # one span size's sums: a list of floats, or a numpy array


@dataclass(frozen=True)
class _SpanSums(Generic[Sums]):
    """Per span size ``k`` and first paragraph ``i``, the sums over paragraphs ``i .. i+k-1``
    of each side's characters, stray weights, anchor weight on keys both texts have, and
    orphan-number weight (``_span_sums``), as an engine reads them."""

    source_lengths: list[Sums]
    target_lengths: list[Sums]
    source_strays: list[Sums]
    target_strays: list[Sums]
    source_shared: list[Sums]
    target_shared: list[Sums]
    source_orphans: list[Sums]
    target_orphans: list[Sums]

    @classmethod
    def of(cls, problem: Problem, sums: Callable[[Sequence[float]], list[Sums]]) -> _SpanSums[Sums]:
        return cls(*(sums(prefix) for prefix in problem.prefixes()))


@dataclass(frozen=True)
class _Lists:
    """What the pure-Python engine reads: the span sums as lists, each side's anchors over
    spans as dictionaries (``_spans``)."""

    sums: _SpanSums[list[float]]
    source_spans: list[list[dict[str, float]]]
    target_spans: list[list[dict[str, float]]]

    @classmethod
    def of(cls, problem: Problem) -> _Lists:
        spans = _spans(problem.source_profiles), _spans(problem.target_profiles)
        return cls(_SpanSums.of(problem, _span_sums), *spans)


@dataclass(frozen=True)
class _Arrays:
    """What the numpy engine reads: the span sums as arrays, each side's anchors over spans
    as entries (``SpanEntries``)."""

    sums: _SpanSums[FloatArray]
    source_entries: list[SpanEntries]
    target_entries: list[SpanEntries]

    @classmethod
    def of(cls, problem: Problem) -> _Arrays:
        numbers: dict[str, int] = {}  # each key's number, shared by both sides' entries
        entries = (
            span_entries(problem.source_profiles, numbers),
            span_entries(problem.target_profiles, numbers),
        )
        return cls(_SpanSums.of(problem, _span_arrays), *entries)


class BeadEvidence(Protocol):
    """Evidence about a bead beyond lengths and anchors, as a cost in the search's units
    (-log), negative where it supports the bead, and 0 for a bead without counterpart: the
    word pairs learnt from the texts (``reader.core.align.lexicon.WordEvidence``), and the
    texts' cognates (``reader.core.align.cognates``), together (``lexicon.Evidences``)."""

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The cost of the bead taking source ``i0:i1`` and target ``j0:j1``."""
        ...

    def support(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """What the evidence adds to the bead's log-odds of being right (``bead_score``)."""
        ...

    def costs_over(self, cells: Cells) -> FloatArray:
        """``cost`` of every cell of ``cells`` at once, flat (the numpy engine's)."""
        ...

    def weighs(self, side: int) -> list[bool]:
        """Per paragraph of a side (0 the source, 1 the target), whether the evidence weighs
        what it holds: whether it has a word that could link across a bead."""
        ...


class Problem:
    """Everything the search needs about one pair of texts: lengths, anchors, the length model.

    Paragraph ``i`` of the source is row ``i`` of the grid; a bead is a step (i0, i1, j0, j1)
    taking source paragraphs ``i0:i1`` and target paragraphs ``j0:j1`` together.
    """

    def __init__(
        self,
        source_lengths: Sequence[int],
        target_lengths: Sequence[int],
        anchors: Weights,
        model: LengthModel | None = None,
        strays: tuple[Sequence[float], Sequence[float]] | None = None,
    ) -> None:
        """``model`` defaults to the ratio of the texts' total lengths, Gale and Church's
        variance; ``strays``, each side's paragraphs' stray weights, to none."""
        self.n, self.m = len(source_lengths), len(target_lengths)
        self.source_at = _prefix(source_lengths)
        self.target_at = _prefix(target_lengths)
        self.use_anchors(anchors)
        self.use_strays(strays or ([0.0] * self.n, [0.0] * self.m))
        total_s, total_t = self.source_at[-1], self.target_at[-1]
        self.model = model or LengthModel(total_t / total_s if total_s and total_t else 1.0)
        self.priors: dict[tuple[int, int], float] = dict(PRIORS)
        self.words: BeadEvidence | None = None  # set where words are learnt (the aligner)
        self._length_costs: _LengthCosts | None = None  # the numpy engine's length term

    def use_anchors(self, anchors: Weights) -> None:
        """Weigh beads by these anchors from now on (more evidence about the same texts)."""
        self.source_profiles, self.target_profiles = anchors.source, anchors.target
        self.source_shared_at = _prefix([sum(p.values()) for p in anchors.source])
        self.target_shared_at = _prefix([sum(p.values()) for p in anchors.target])
        self.source_orphans = _prefix(anchors.source_orphans)
        self.target_orphans = _prefix(anchors.target_orphans)
        # What each engine reads, built from these on its first search.
        self._lists_cache: _Lists | None = None
        self._arrays_cache: _Arrays | None = None
        # Each bead's anchors (``anchors``), asked for by the search's checks, the regrouping
        # and the scores, often of the same beads.
        self._anchors_cache: dict[Step, tuple[float, float, float]] = {}

    def use_strays(self, strays: tuple[Sequence[float], Sequence[float]]) -> None:
        """Take each side's paragraphs' stray weights (``reader.core.align.stray``) to be
        these from now on: the aligner's learnt words weigh some of the paragraphs that the
        stray test weighed (``reader.core.align.aligner``)."""
        self.source_strays, self.target_strays = list(strays[0]), list(strays[1])
        self.source_stray_at = _prefix(self.source_strays)
        self.target_stray_at = _prefix(self.target_strays)
        # The engines' span sums hold them: built again, not their anchors' spans.
        if self._lists_cache is not None:
            self._lists_cache = replace(self._lists_cache, sums=_SpanSums.of(self, _span_sums))
        if self._arrays_cache is not None:
            self._arrays_cache = replace(self._arrays_cache, sums=_SpanSums.of(self, _span_arrays))

    def end_search(self) -> None:
        """Let go of what the bead costs kept for the model of one search: the length term's
        tables (``_LengthCosts``, some 3 MB on the Bible), which the aligner's learning of
        words after the search would otherwise hold at its peak of memory."""
        self._length_costs = None

    def prefixes(self) -> tuple[list[float], ...]:
        """The prefix sums that ``_SpanSums`` holds spans of, in the order of its fields."""
        return (
            self.source_at,
            self.target_at,
            self.source_stray_at,
            self.target_stray_at,
            self.source_shared_at,
            self.target_shared_at,
            self.source_orphans,
            self.target_orphans,
        )

    def _lists(self) -> _Lists:
        """What the pure-Python engine reads (``_Lists``)."""
        if self._lists_cache is None:
            self._lists_cache = _Lists.of(self)
        return self._lists_cache

    def _arrays(self) -> _Arrays:
        """What the numpy engine reads (``_Arrays``)."""
        if self._arrays_cache is None:
            self._arrays_cache = _Arrays.of(self)
        return self._arrays_cache

    def kinds(self, chosen: Sequence[int]) -> list[tuple[int, int, float]]:
        """The bead kinds ``chosen`` (indexes into ``PRIORS``) as (source count, target count,
        cost of the kind's prior under this problem's priors)."""
        kinds = list(PRIORS)
        return [(*kinds[k], -math.log(self.priors[kinds[k]])) for k in chosen]

    def prior_cost(self, source_count: int, target_count: int) -> float:
        """-log of a bead kind's prior under this problem's priors (``prior_cost``)."""
        return prior_cost(source_count, target_count, self.priors)

    def lengths(self, i0: int, i1: int, j0: int, j1: int) -> tuple[int, int]:
        return (
            round(self.source_at[i1] - self.source_at[i0]),
            round(self.target_at[j1] - self.target_at[j0]),
        )

    def spans(self, i0: int, i1: int, j0: int, j1: int) -> tuple[dict[str, float], ...]:
        """The shared anchors of source ``i0:i1`` and of target ``j0:j1``, each side merged."""
        return (
            _merged(self.source_profiles, i0, i1),
            _merged(self.target_profiles, j0, j1),
        )

    def weights(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, float]:
        """The bead's anchor weight on keys both texts have, and on orphan numbers."""
        shared = sum(sum(span.values()) for span in self.spans(i0, i1, j0, j1))
        orphans = (
            self.source_orphans[i1]
            - self.source_orphans[i0]
            + self.target_orphans[j1]
            - self.target_orphans[j0]
        )
        return shared, orphans

    def anchors(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, float, float]:
        """Anchor weight matched across the bead, weight of keys both texts have left
        unmatched inside it, and weight of orphan numbers (which nothing can match)."""
        step = i0, i1, j0, j1
        found = self._anchors_cache.get(step)
        if found is None:
            matched = _matched(*self.spans(i0, i1, j0, j1))
            shared, orphans = self.weights(i0, i1, j0, j1)
            found = self._anchors_cache[step] = (matched, shared - 2 * matched, orphans)
        return found

    def stray(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The stray weight of the bead's paragraphs (``reader.core.align.stray``)."""
        return (
            self.source_stray_at[i1]
            - self.source_stray_at[i0]
            + self.target_stray_at[j1]
            - self.target_stray_at[j0]
        )

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The cost of a bead: -log of its kind's prior, length misfit, anchor disagreement.

        A paragraph without counterpart costs only its prior, less if it is not a translation
        (``STRAY_BONUS``): its length is no evidence either way, and its anchors have nothing
        to disagree with. A merge of three paragraphs or more costs more for each that is not
        a translation (``STRAY_PENALTY``). (``costs_over`` is the same sum, prior aside,
        computed for a whole band at once.)
        """
        prior = self.prior_cost(i1 - i0, j1 - j0)
        stray = self.stray(i0, i1, j0, j1)
        if i0 == i1 or j0 == j1:
            return prior - STRAY_BONUS * stray
        matched, unmatched, orphans = self.anchors(i0, i1, j0, j1)
        merged = STRAY_PENALTY * stray if i1 - i0 + j1 - j0 > 2 else 0.0
        return (
            prior
            + merged
            + _tail_cost(self.model.delta(*self.lengths(i0, i1, j0, j1)))
            - ANCHOR_BONUS * matched
            + min(ANCHOR_PENALTY * unmatched + ORPHAN_PENALTY * orphans, ANCHOR_PENALTY_CAP)
            + (self.words.cost(i0, i1, j0, j1) if self.words else 0.0)
        )

    def costs_to(self, i0: int, i1: int, size: int, first: int, last: int) -> list[float]:
        """``cost(i0, i1, j - size, j)``, prior aside, for every ``j`` from ``first`` to ``last``
        (``size`` at least 1): the pure-Python engine's row of one bead kind. The source side
        is looked up once and the loop body kept to arithmetic (``costs_over`` is the same sum
        over a whole band, for the numpy engine).
        """
        sqrt, log, erfc = math.sqrt, math.log, math.erfc
        ratio = self.model.ratio
        two_spread, half_over_ratio = 2 * self.model.variance * ratio, 0.5 / ratio
        lists = self._lists()
        sums, di = lists.sums, i1 - i0
        source_chars = sums.source_lengths[di][i0]
        expected, half_source = ratio * source_chars, 0.5 * source_chars
        span, fixed = lists.source_spans[di][i0], sums.source_shared[di][i0]
        orphans = ORPHAN_PENALTY * sums.source_orphans[di][i0]
        lengths, spans = sums.target_lengths[size], lists.target_spans[size]
        shared, target_orphans = sums.target_shared[size], sums.target_orphans[size]
        merge = di + size > 2
        source_stray = STRAY_PENALTY * sums.source_strays[di][i0]
        target_strays = sums.target_strays[size]
        costs = []
        words = self.words.cost if self.words else None
        for j0 in range(first - size, last - size + 1):
            target_chars = lengths[j0]
            mean = half_source + target_chars * half_over_ratio
            x = abs(target_chars - expected) / sqrt(two_spread * (mean if mean > 1.0 else 1.0))
            cost = -log(erfc(x)) if x < 5.0 else x * x + log(x) + _LOG_SQRT_PI
            penalty = orphans + ORPHAN_PENALTY * target_orphans[j0]
            unmatched = fixed + shared[j0]
            if unmatched:
                matched = _matched(span, spans[j0]) if span else 0.0
                cost -= ANCHOR_BONUS * matched
                penalty += ANCHOR_PENALTY * (unmatched - 2 * matched)
            if merge:
                cost += source_stray + STRAY_PENALTY * target_strays[j0]
            if words:
                cost += words(i0, i1, j0, j0 + size)
            costs.append(cost + (penalty if penalty < ANCHOR_PENALTY_CAP else ANCHOR_PENALTY_CAP))
        return costs

    def costs_over(
        self, di: int, dj: int, rows: IntArray, first: IntArray, last: IntArray
    ) -> FloatArray:
        """``cost(i - di, i, j - dj, j)``, prior aside, for every ``j`` from ``first[k]`` to
        ``last[k]`` of each row ``i = rows[k]`` (``di`` and ``dj`` both at least 1), flat, row
        after row: the same sum as ``cost``, computed for a whole band at once, since the
        search spends its time here. Anchors are few per paragraph: the weight a cell
        matches is added up from the pairs of entries that share a key (``_matched_over``),
        not from a dictionary per cell; nor are learnt words (``BeadEvidence.costs_over``).
        """
        import numpy as np

        sums = self._arrays().sums
        cells = Cells.of(di, dj, rows, first, last)
        if self._length_costs is None:
            self._length_costs = _LengthCosts(sums.source_lengths, sums.target_lengths)
        cost = self._length_costs.costs(self.model, cells)
        penalty = ORPHAN_PENALTY * cells.source(sums.source_orphans)
        penalty += ORPHAN_PENALTY * cells.target(sums.target_orphans)
        unmatched = cells.source(sums.source_shared) + cells.target(sums.target_shared)
        matched = self._matched_over(cells)
        cost -= ANCHOR_BONUS * matched
        penalty += ANCHOR_PENALTY * (unmatched - 2 * matched)
        if di + dj > 2:
            strays = cells.source(sums.source_strays)
            cost += STRAY_PENALTY * strays + STRAY_PENALTY * cells.target(sums.target_strays)
        if self.words is not None:
            cost += self.words.costs_over(cells)
        return cost + np.minimum(penalty, ANCHOR_PENALTY_CAP)

    def _matched_over(self, cells: Cells) -> FloatArray:
        """The anchor weight each cell of ``costs_over`` matches: each pair of a source and a
        target entry of one key that meet in a cell (``Cells.shared``) adds the lesser of its
        two weights."""
        import numpy as np

        arrays = self._arrays()
        source, target = arrays.source_entries[cells.di], arrays.target_entries[cells.dj]
        where, left, right = cells.shared(source, target, (self.n, self.m))
        weights = np.minimum(_gather(source.weights, left), _gather(target.weights, right))
        matched: FloatArray = np.bincount(where, weights=weights, minlength=cells.count).astype(
            np.float64
        )
        return matched


# -- the banded search --------------------------------------------------------------------------

Step = tuple[int, int, int, int]  # a bead as (i0, i1, j0, j1): source i0:i1, target j0:j1
Band = tuple[list[int], list[int]]  # per source boundary i, the lowest and highest j searched


# Bead costs (band cells times bead kinds) up to which the pure-Python engine searches: there
# numpy's fixed cost per call and kind outweighs the arithmetic it saves. Measured on articles
# and their concatenations, the engines break even near 1,650 costs with the scout's three
# kinds (550 cells) and near 1,200 with the full search's eight (150 cells): the sample
# article's searches cost 360 and 730, and take a half and two thirds of numpy's time in pure
# Python.
SMALL_COSTS = 1_500
# A long search's dynamic programming runs on lists too, over bead costs computed on arrays
# (``_BandCosts``), where its rows hold at most this many bead costs of kinds that consume
# source paragraphs, on average, and none is wider than ``NARROW_ROW`` cells: there numpy's
# fixed cost per call and row outweighs the loop. The full search's (seven kinds, 11 cells a
# row) took 0.41 s on lists against 0.29 s on arrays at 5,040 × 4,830 paragraphs, under load.
# The scout's kinds run on lists whatever their rows hold (``_scout_rows``), up to
# ``NARROW_ROW`` cells: 41, 57, 84, 140 and 252 ms against 63, 78, 107, 162 and 269 ms on
# arrays at 12, 20, 36, 68 and 131 cells a row on that pair.
ROW_COSTS = 64
NARROW_ROW = 256
LONG_BAND = 500  # rows of a band past which it is drawn on arrays (``_band``)
BLOCK_CELLS = 1 << 18  # bead costs computed at once, all kinds: bounds the search's memory
KEPT_BEADS = 1 << 20  # bead costs of a band, all kinds, up to which they are kept (``_Earlier``)
WIDE_ROW = 256  # cells: a row swept in prefix form (``_sweep``)
# Cells of a row that its 0–1 beads reach, up to which the numpy engines set them one by one
# (``_sweep_row``): 0.8 µs for five cells against 2.1 µs to convert the row and the cells;
# most rows of the full search on the bench's news pairs have four to six of eleven.
FEW_SWEPT = 8

BeadCosts: TypeAlias = Callable[[int, int, int, int, int], Sequence[float]]


def _search(
    problem: Problem, band: Band, chosen: Sequence[int], earlier: _Earlier | None = None
) -> tuple[list[Step], float]:
    """Gale and Church's dynamic programming, restricted to the band and to some bead kinds
    (indexes into ``PRIORS``, 0–1 always included): the best path's beads and its cost.
    A short search (``SMALL_COSTS``) runs in pure Python (``_search_rows`` over
    ``Problem.costs_to``); a long one computes its bead costs on numpy arrays, and runs on
    lists where its rows are narrow and its kinds few or the scout's (``ROW_COSTS``;
    ``_search_rows`` over ``_BandCosts``), on arrays elsewhere (``_search_arrays``). All three
    choose the same beads. ``earlier``: the band a widening search searched before, on arrays
    (``_Earlier``).
    """
    cells = _cells(band)
    if cells * len(chosen) <= SMALL_COSTS:
        return _search_rows(problem, band, chosen, problem.costs_to)
    stepping = sum(1 for k in chosen if _KIND_LIST[k][0])
    few = tuple(chosen) == _SCOUT_KINDS or cells * stepping <= ROW_COSTS * len(band[0])
    if few and max(map(sub, band[1], band[0])) < NARROW_ROW:
        return _search_rows(problem, band, chosen, _BandCosts(problem, band, chosen))
    return _search_arrays(problem, band, chosen, earlier)


def _search_rows(
    problem: Problem, band: Band, chosen: Sequence[int], bead_costs: BeadCosts
) -> tuple[list[Step], float]:
    """``_search`` on lists, row by row and cell by cell: first every bead kind that consumes
    source paragraphs, from the rows above (``bead_costs(i0, i1, size, first, last)``: the
    costs, prior aside, of the beads from source paragraphs ``i0:i1`` to the target spans of
    ``size`` paragraphs that end at ``first`` to ``last``), a kind replacing the cell's best
    only when strictly cheaper (the first kind on a tie); then a left-to-right sweep for 0–1
    beads, which stay in the row and cost only their prior (``_swept``)."""
    if tuple(chosen) == _SCOUT_KINDS:
        return _scout_rows(problem, band, bead_costs)
    lo, hi = band
    kinds = problem.kinds(chosen)
    new_target = problem.prior_cost(0, 1)
    bonuses = [STRAY_BONUS * stray for stray in problem.target_strays]
    costs: list[list[float]] = []
    choices: list[list[int]] = []
    inf = math.inf
    for i in range(problem.n + 1):
        first, last = lo[i], hi[i]
        row = [inf] * (last - first + 1)
        choice = [-1] * (last - first + 1)
        if i == 0 and first == 0:
            row[0] = 0.0
        for index, (di, dj, prior) in enumerate(kinds):
            if di == 0 or di > i:
                continue
            previous, offset = costs[i - di], lo[i - di]
            start = max(first, offset + dj, dj)
            stop = min(last, offset + len(previous) - 1 + dj)
            if start > stop:
                continue
            if dj == 0:
                stray = problem.source_stray_at[i] - problem.source_stray_at[i - di]
                beads: Sequence[float] = [-STRAY_BONUS * stray] * (stop - start + 1)
            else:
                beads = bead_costs(i - di, i, dj, start, stop)
            kind = chosen[index]
            before = previous[start - dj - offset : stop - dj - offset + 1]
            for j, came, bead in zip(
                range(start - first, stop - first + 1), before, beads, strict=True
            ):
                total = came + prior + bead
                if total < row[j]:
                    row[j], choice[j] = total, kind
        for j in _swept(row, new_target, bonuses, first):
            choice[j] = _NEW_TARGET
        costs.append(row)
        choices.append(choice)
    offsets = list(accumulate((len(row) for row in choices), initial=0))
    return _trace(list(chain.from_iterable(choices)), offsets, lo, problem), costs[-1][-1]


def _scout_rows(problem: Problem, band: Band, bead_costs: BeadCosts) -> tuple[list[Step], float]:
    """``_search_rows`` for the scout's kinds (1–1, 1–0, 0–1), with the same sums and the same
    choices, each cell's three kinds taken in one pass: a row's 1–1 and 1–0 totals in one
    comprehension each, then one loop over the row that picks the cheaper (the 1–1 on a tie)
    and sweeps the 0–1 beads. A long text's scout searches twice, over 100,000 cells or more,
    and spent half its time on the general loop's per-kind slicing and indexing."""
    lo, hi = band
    (_, _, match), (_, _, drop) = problem.kinds(_SCOUT_KINDS[:2])
    one, left_out, added = _SCOUT_KINDS
    new_target = problem.prior_cost(0, 1)
    bonuses = [STRAY_BONUS * stray for stray in problem.target_strays]
    stray_at = problem.source_stray_at
    inf = math.inf
    row = [0.0] + [inf] * (hi[0] - lo[0]) if lo[0] == 0 else [inf] * (hi[0] - lo[0] + 1)
    choice = [-1] * len(row)
    for j in _swept(row, new_target, bonuses, lo[0]):
        choice[j] = added
    choices = [choice]
    for i in range(1, problem.n + 1):
        previous, offset, end = row, lo[i - 1], hi[i - 1]
        first, last = lo[i], hi[i]
        # Each kind's totals over the whole row, infinite where its bead starts off the band.
        start, stop = max(first, offset + 1, 1), min(last, end + 1)
        if start <= stop:
            came = previous[start - 1 - offset : stop - offset]
            beads = bead_costs(i - 1, i, 1, start, stop)
            ones = [inf] * (start - first)
            ones += [cost + match + bead for cost, bead in zip(came, beads, strict=True)]
            ones += [inf] * (last - stop)
        else:
            ones = [inf] * (last - first + 1)
        start, stop = max(first, offset), min(last, end)
        if start <= stop:
            bead = -STRAY_BONUS * (stray_at[i] - stray_at[i - 1])
            drops = [inf] * (start - first)
            drops += [cost + drop + bead for cost in previous[start - offset : stop - offset + 1]]
            drops += [inf] * (last - stop)
        else:
            drops = [inf] * (last - first + 1)
        row, choice, best = [], [], inf
        for matched, dropped, bonus in zip(
            ones, drops, chain((0.0,), bonuses[first:last]), strict=True
        ):
            total = best + new_target - bonus  # the 0–1 bead from the cell before
            if dropped < matched:
                best, kind = dropped, left_out
            elif matched < inf:
                best, kind = matched, one
            else:
                best, kind = inf, -1
            if total < best:
                best, kind = total, added
            row.append(best)
            choice.append(kind)
        choices.append(choice)
    offsets = list(accumulate((len(choice) for choice in choices), initial=0))
    return _trace(list(chain.from_iterable(choices)), offsets, lo, problem), row[-1]


class _BandCosts:
    """The bead costs of a long band, for ``_search_rows``: computed on numpy arrays a block of
    rows at a time as the search reaches them (``Problem.costs_over``, ``BLOCK_CELLS``), and
    handed out a row and a kind at a time, as lists (or, without ``lists``, as arrays, for
    ``_scout_arrays``: ``row``)."""

    def __init__(
        self, problem: Problem, band: Band, chosen: Sequence[int], lists: bool = True
    ) -> None:
        import numpy as np

        self.problem = problem
        self.lo, self.hi = (np.asarray(side, dtype=np.int64) for side in band)
        self.kinds = [(di, dj) for di, dj, _ in problem.kinds(chosen) if di and dj]
        self.blocks = iter(_blocks((self.hi - self.lo + 1).tolist(), len(self.kinds)))
        self.stop = 0  # the rows whose costs are computed end here
        self.lists = lists
        # Per kind: the block's costs, flat, as an array and (with ``lists``) as a list; where
        # each row's start; the block's first row.
        self.runs: dict[tuple[int, int], tuple[FloatArray, list[float], list[int], int]] = {}

    def __call__(self, i0: int, i1: int, size: int, first: int, last: int) -> Sequence[float]:
        costs, _, at = self._run(i0, i1, size)
        return costs[at : at + last - first + 1]

    def row(self, i0: int, i1: int, size: int, first: int, last: int) -> FloatArray:
        """What a call gives, as an array (of a ``_BandCosts`` made without ``lists``)."""
        _, costs, at = self._run(i0, i1, size)
        return costs[at : at + last - first + 1]

    def _run(self, i0: int, i1: int, size: int) -> tuple[list[float], FloatArray, int]:
        """The block's costs of the kind as a list and as an array, and where the row's start."""
        while i1 >= self.stop:
            self._next_block()
        costs, listed, starts, row = self.runs[(i1 - i0, size)]
        return listed, costs, starts[i1 - row]

    def _next_block(self) -> None:
        """The costs of the next block of rows, each kind's cells in a row as the search reads
        them: from ``max(lo[i], lo[i - di] + dj, dj)`` to ``min(hi[i], hi[i - di] + dj)``."""
        import numpy as np

        start, self.stop = next(self.blocks)
        lo, hi = self.lo, self.hi
        for di, dj in self.kinds:
            rows = np.arange(max(start, di), self.stop, dtype=np.int64)
            first = np.maximum(np.maximum(lo[rows], lo[rows - di] + dj), dj)
            last = np.maximum(np.minimum(hi[rows], hi[rows - di] + dj), first - 1)
            widths = last - first + 1
            costs = self.problem.costs_over(di, dj, rows, first, last)
            starts = (np.cumsum(widths) - widths).tolist()
            listed = costs.tolist() if self.lists else []
            self.runs[(di, dj)] = (costs, listed, starts, max(start, di))


def _search_arrays(
    problem: Problem, band: Band, chosen: Sequence[int], earlier: _Earlier | None = None
) -> tuple[list[Step], float]:
    """``_search`` on numpy arrays: the scout's kinds by their own kernel (``_scout_arrays``),
    others by the general one (``_kinds_arrays``)."""
    if tuple(chosen) == _SCOUT_KINDS:
        return _scout_arrays(problem, band)
    return _kinds_arrays(problem, band, chosen, earlier)


class _Earlier:
    """The band that a widening search last searched on arrays (``_kinds_arrays``), with the
    cheapest cost of each cell, the kind of bead it came by and its beads' costs. The search's
    next band is the same on its first rows (where the path ran along no edge, or did not
    move) and a cell's cost depends on the rows above it alone, so those rows' costs and
    choices are taken over, not searched again: the Bible's full searches widened from row
    3,826 of 5,000 on, three times. Past the rows that widened, the band is the same again,
    and so are the beads into its cells: their costs are taken over too (``_Reused``), where
    the cheapest costs are not (the Bible's first search with learnt words widened rows
    1,115 to 1,150, and priced its beads again down to row 5,000). Only within one widening
    search, whose costs, kinds and priors do not change."""

    def __init__(self) -> None:
        self.band: Band = ([], [])
        self.costs: FloatArray | None = None
        self.choices: npt.NDArray[np.int8] | None = None
        self.beads: FloatArray | None = None

    def rows(self, band: Band) -> int:
        """How many of ``band``'s first rows this search holds: those where the bands agree."""
        if self.costs is None:
            return 0
        rows = 0
        for lo, hi, was_lo, was_hi in zip(*band, *self.band, strict=False):
            if lo != was_lo or hi != was_hi:
                break
            rows += 1
        return rows

    def reused(self, band: tuple[IntArray, IntArray]) -> _Reused | None:
        """The beads' costs of ``band``'s rows that this search priced already: those whose
        beads, of up to ``LONGEST`` source paragraphs, start and end in rows where the bands
        agree."""
        import numpy as np

        if self.beads is None or len(self.band[0]) != len(band[0]):
            return None
        was_lo, was_hi = (np.asarray(side, dtype=np.int64) for side in self.band)
        differ = np.cumsum((band[0] != was_lo) | (band[1] != was_hi))
        before = np.concatenate((np.zeros(LONGEST + 1, dtype=np.int64), differ))[: len(differ)]
        widths = was_hi - was_lo + 1
        return _Reused(differ == before, np.cumsum(widths) - widths, self.beads)

    def settling(self, band: Band) -> _Settling | None:
        """What lets the next search on ``band`` stop early (``_Settling``): none where this
        search kept no costs, or a band of other rows."""
        if self.costs is None or self.choices is None or len(self.band[0]) != len(band[0]):
            return None
        start = len(band[0])  # the bands agree from this row to their end
        while start and (band[0][start - 1], band[1][start - 1]) == (
            self.band[0][start - 1],
            self.band[1][start - 1],
        ):
            start -= 1
        widths = (b - a + 1 for a, b in zip(*self.band, strict=True))
        return _Settling(start, list(accumulate(widths, initial=0)), self)

    def keep(
        self,
        band: Band,
        costs: FloatArray,
        choices: npt.NDArray[np.int8],
        beads: FloatArray | None,
    ) -> None:
        self.band, self.costs, self.choices, self.beads = band, costs, choices, beads


@dataclass
class _Settling:
    """Where a widening search may stop: past the rows that widened, once ``LONGEST``
    consecutive rows have the very costs that the search before found (``_Earlier``), in the
    rows from which the two bands agree to their end (``start``), every row after them is the
    same too (a cell's cost and kind depend on the ``LONGEST`` rows above it, the band and its
    beads' costs alone), and is taken over. The Bible's first search with learnt words widened
    rows 1,116 to 1,148, and its costs were the same from row 1,149 on: 3,850 rows not
    searched again."""

    start: int
    offsets: list[int]  # where the earlier band's rows start, and its end
    earlier: _Earlier
    equal: int = 0  # consecutive rows found the same so far

    def settled(self, i: int, row: FloatArray) -> bool:
        """Whether row ``i`` (its cheapest costs, swept) and the ``LONGEST - 1`` rows before it
        are the earlier search's, to the bit."""
        if i < self.start or self.earlier.costs is None:
            return False
        at = self.offsets[i]
        same = row.tobytes() == self.earlier.costs[at : at + len(row)].tobytes()
        self.equal = self.equal + 1 if same else 0
        return self.equal >= LONGEST

    def take_rest(
        self,
        i: int,
        into: tuple[FloatArray, npt.NDArray[np.int8], FloatArray | None],
        end: int,
    ) -> None:
        """Take the earlier search's costs, kinds and beads' costs of the rows after ``i``
        (``end``: where they start in this band)."""
        costs, choices, beads = into
        earlier, was = self.earlier, self.offsets[i + 1]
        if earlier.costs is None or earlier.choices is None:
            raise RuntimeError("nothing to take over")  # settled() found it
        rest = len(choices) - end
        costs[end : end + rest] = earlier.costs[was : was + rest]
        choices[end:] = earlier.choices[was : was + rest]
        if beads is not None and earlier.beads is not None:
            beads[:, end:] = earlier.beads[:, was : was + rest]


@dataclass(frozen=True)
class _Reused:
    """What a widening search's band before holds of the next: per row, whether its beads'
    costs are the same (``rows``), and where the band before held each row's cells and its
    beads' costs (kind by kind, cell by cell)."""

    rows: npt.NDArray[np.bool_]
    offsets: IntArray
    beads: FloatArray


def _kinds_arrays(
    problem: Problem, band: Band, chosen: Sequence[int], earlier: _Earlier | None = None
) -> tuple[list[Step], float]:
    """``_search`` on numpy arrays, any kinds. The band's cells are stored flat, row after row.
    Row by row: every bead kind that consumes source paragraphs at once, each cell gathering
    its predecessor's cost for every kind (``_Block``) and taking the cheapest, the first kind
    on a tie; then the 0–1 beads (``_sweep_row``). The first rows that ``earlier`` holds are
    taken from it, and the band is kept there for the next search.
    """
    import numpy as np

    lo, hi = band
    stepping = [(k, kind) for k, kind in zip(chosen, problem.kinds(chosen), strict=True) if kind[0]]
    ids = np.array([k for k, _ in stepping], dtype=np.int8)
    priors = np.array([[prior] for _, (_, _, prior) in stepping], dtype=np.float64)
    new_target = problem.prior_cost(0, 1)
    bonus = STRAY_BONUS * np.asarray(problem.target_strays, dtype=np.float64)
    bonuses = bonus.tolist()
    lo_a, hi_a = np.asarray(lo, dtype=np.int64), np.asarray(hi, dtype=np.int64)
    widths = hi_a - lo_a + 1
    offsets_a = np.cumsum(widths) - widths
    offsets, widths_list = offsets_a.tolist(), widths.tolist()
    cells = int(widths.sum())
    costs = np.full(cells + 1, math.inf)  # the last: where a kind that cannot reach a cell looks
    choices = np.full(cells, -1, dtype=np.int8)
    if lo[0] == 0:
        costs[0] = 0.0
    held = earlier.rows(band) if earlier else 0
    # Each kind's bead into each cell, prior aside, kept for the next search where it is small
    # enough and complete: where the search before kept its beads into the rows taken over.
    kept = (
        earlier is not None
        and cells * len(stepping) <= KEPT_BEADS
        and (not held or earlier.beads is not None)
    )
    beads = np.zeros((len(stepping), cells)) if kept else None
    if earlier and earlier.costs is not None and earlier.choices is not None and held:
        end = offsets[held] if held < len(offsets) else cells
        costs[:end], choices[:end] = earlier.costs[:end], earlier.choices[:end]
        if beads is not None and earlier.beads is not None:
            beads[:, :end] = earlier.beads[:, :end]
    reused = earlier.reused((lo_a, hi_a)) if earlier and kept else None
    whole = beads is None or (earlier is not None and earlier.beads is not None)
    settling = earlier.settling(band) if earlier and whole else None
    settled = False
    for block_start, block_stop in _blocks(widths_list[held:], len(stepping)):
        if settled:
            break
        block_start, block_stop = block_start + held, block_stop + held
        start, stop = offsets[block_start], offsets[block_stop - 1] + widths_list[block_stop - 1]
        into = np.zeros((len(stepping), stop - start)) if beads is None else beads[:, start:stop]
        block = _Block.of(
            problem,
            [kind for _, kind in stepping],
            (lo_a, hi_a, offsets_a),
            range(block_start, block_stop),
            (cells, into),
            reused,
        )
        base = start
        for i in range(block_start, block_stop):
            at, width = offsets[i], hi[i] - lo[i] + 1
            row, choice = costs[at : at + width], choices[at : at + width]
            if i:
                local = at - base
                total = costs.take(block.predecessors[:, local : local + width])
                total += priors
                total += block.beads[:, local : local + width]
                np.minimum.reduce(total, axis=0, out=row)
                choice[:] = ids[total.argmin(axis=0)]
            _sweep_row(row, choice, new_target, (bonus, bonuses), lo[i])
            if settling is not None and settling.settled(i, row):
                settling.take_rest(i, (costs, choices, beads), offsets[i] + width)
                settled = True
                break
    if earlier:
        earlier.keep(band, costs, choices, beads)
    return _trace(choices, offsets, lo, problem), float(costs[cells - 1])


def _scout_arrays(problem: Problem, band: Band) -> tuple[list[Step], float]:
    """``_kinds_arrays`` for the scout's kinds (1–1, 1–0, 0–1), with the same sums and the same
    choices: a cell's 1–1 bead comes from the cell before it in the row above and its 1–0
    from the cell above, so a row's totals are slices of the row above, with no predecessors
    gathered (``_Block``), and only the row above is kept. On the Bible (5,000 × 6,301 verses)
    the scout's last bands hold 1 to 3.6 M cells, where ``_Block`` cost as much as the beads.
    """
    import numpy as np

    lo, hi = band
    (_, _, match), (_, _, drop) = problem.kinds(_SCOUT_KINDS[:2])
    one, left_out, _ = _SCOUT_KINDS
    new_target = problem.prior_cost(0, 1)
    bonus = STRAY_BONUS * np.asarray(problem.target_strays, dtype=np.float64)
    bonuses = bonus.tolist()
    dropped = (-STRAY_BONUS * problem._arrays().sums.source_strays[1]).tolist()
    matched = _BandCosts(problem, band, _SCOUT_KINDS, lists=False)
    offsets = list(accumulate((b - a + 1 for a, b in zip(lo, hi, strict=True)), initial=0))
    choices = np.full(offsets[-1], -1, dtype=np.int8)
    row = np.full(offsets[1], math.inf)
    if lo[0] == 0:
        row[0] = 0.0
    _sweep_row(row, choices[: offsets[1]], new_target, (bonus, bonuses), lo[0])
    for i in range(1, problem.n + 1):
        previous, offset, end = row, lo[i - 1], hi[i - 1]
        first, last = lo[i], hi[i]
        ones = np.full(last - first + 1, math.inf)
        start, stop = max(first, offset + 1, 1), min(last, end + 1)
        if start <= stop:
            came = previous[start - 1 - offset : stop - offset] + match
            came += matched.row(i - 1, i, 1, start, stop)
            ones[start - first : stop - first + 1] = came
        row = np.full(last - first + 1, math.inf)
        start, stop = max(first, offset), min(last, end)
        if start <= stop:
            drops = previous[start - offset : stop - offset + 1] + drop
            drops += dropped[i - 1]
            row[start - first : stop - first + 1] = drops
        choice = choices[offsets[i] : offsets[i + 1]]
        choice[:] = np.where(row < ones, left_out, one)  # the 1–1 on a tie, as argmin takes it
        np.minimum(row, ones, out=row)
        _sweep_row(row, choice, new_target, (bonus, bonuses), first)
    return _trace(choices, offsets, lo, problem), float(row[-1])


def _sweep_row(
    row: FloatArray,
    choice: npt.NDArray[np.int8],
    new_target: float,
    bonus: tuple[FloatArray, list[float]],
    first: int,
) -> None:
    """The 0–1 beads of a row of the numpy engines, whose first cell is column ``first``, in
    place: which stay in the row and cost only their prior: swept on the row as a list
    (``_swept``, as the pure-Python engine does), or in prefix form where the row is wider
    than ``WIDE_ROW`` (``_sweep``). ``bonus``: each target paragraph's stray bonus, as an
    array and as a list."""
    width = len(row)
    if width > WIDE_ROW:
        _sweep(row, choice, new_target, bonus[0][first : first + width - 1])
    elif width > 1:
        values = row.tolist()
        swept = _swept(values, new_target, bonus[1], first)
        if len(swept) > FEW_SWEPT:
            row[:] = values
            choice[swept] = _NEW_TARGET
        else:  # cell by cell: cheaper than converting the row and the cells to arrays
            for j in swept:
                row[j] = values[j]
                choice[j] = _NEW_TARGET


def _blocks(widths: list[int], kinds: int) -> list[tuple[int, int]]:
    """Consecutive rows in blocks of about ``BLOCK_CELLS`` bead costs, all kinds together."""
    blocks, start, cells = [], 0, 0
    for i, width in enumerate(widths):
        cells += width * max(kinds, 1)
        if cells > BLOCK_CELLS:
            blocks.append((start, i + 1))
            start, cells = i + 1, 0
    if start < len(widths):
        blocks.append((start, len(widths)))
    return blocks


@dataclass(frozen=True)
class _Block:
    """Consecutive rows of a band, cell by cell (flat, as the search stores them) and kind by
    kind: the index of the cell a bead of that kind comes from (``nowhere``, an unreachable
    cost, where the band has none), and the bead's cost, prior aside."""

    predecessors: IntArray
    beads: FloatArray

    @classmethod
    def of(
        cls,
        problem: Problem,
        kinds: Sequence[tuple[int, int, float]],
        band: tuple[IntArray, IntArray, IntArray],
        rows: range,
        into: tuple[int, FloatArray],
        reused: _Reused | None = None,
    ) -> _Block:
        """The block of ``rows``: ``into``, the index of an unreachable cost (``nowhere``) and
        where the beads' costs go (the band's, over these rows); those that ``reused`` holds
        are taken from it, the others priced."""
        import numpy as np

        lo, hi, offsets = band
        nowhere, beads = into
        row_numbers = np.arange(rows.start, rows.stop, dtype=np.int64)
        widths = hi[row_numbers] - lo[row_numbers] + 1
        # What a cell needs of its row, worked out per row and repeated for its cells.
        columns = np.arange(int(widths.sum())) + np.repeat(
            lo[row_numbers] - (offsets[row_numbers] - offsets[rows.start]), widths
        )
        priced = row_numbers if reused is None else row_numbers[~reused.rows[row_numbers]]
        fresh = None if reused is None else np.repeat(~reused.rows[row_numbers], widths)
        predecessors = np.empty((len(kinds), len(columns)), dtype=np.int64)
        for k, (di, dj, _) in enumerate(kinds):
            # A bead of the kind into column j of row i comes from column j - dj of row i - di,
            # where that row holds it: from columns lo + dj to hi + dj of that row.
            above = np.maximum(row_numbers - di, 0)
            low = np.where(row_numbers >= di, lo[above] + dj, hi[row_numbers] + 1)
            low, high = np.repeat(low, widths), np.repeat(hi[above] + dj, widths)
            reached = (columns >= low) & (columns <= high)
            shift = np.repeat(offsets[above] - lo[above] - dj, widths)
            np.copyto(predecessors[k], np.where(reached, columns + shift, nowhere))
            if dj == 0:
                strays = problem._arrays().sums.source_strays[di][above]
                beads[k] = np.repeat(-STRAY_BONUS * strays, widths)
                continue
            # The cells a kind reaches in a row are one run of columns, as costs_over takes them.
            chosen = priced[priced >= di]
            if not len(chosen):
                continue
            starts = np.maximum(np.maximum(lo[chosen], lo[chosen - di] + dj), dj)
            stops = np.maximum(np.minimum(hi[chosen], hi[chosen - di] + dj), starts - 1)
            beads[k, reached if fresh is None else reached & fresh] = problem.costs_over(
                di, dj, chosen, starts, stops
            )
        if reused is not None and fresh is not None and not fresh.all():
            kept = ~fresh
            shift = np.repeat(reused.offsets[row_numbers] - lo[row_numbers], widths)
            beads[:, kept] = reused.beads[:, (shift + columns)[kept]]
        return cls(predecessors, beads)


def _swept(row: list[float], new_target: float, bonuses: Sequence[float], first: int) -> list[int]:
    """The 0–1 beads of a row whose first cell is column ``first``, in place, left to right:
    a cell is reached from the one before it when that is strictly cheaper, at the cost
    ``row[j - 1] + new_target - bonuses[first + j - 1]``; the cells so reached. Both engines
    sweep a row so (the numpy one, a row of up to ``WIDE_ROW`` cells: on an array, the
    comparisons cost more in numpy's fixed cost per call than the loop does)."""
    marked = []
    for j in range(1, len(row)):
        total = row[j - 1] + new_target - bonuses[first + j - 1]
        if total < row[j]:
            row[j] = total
            marked.append(j)
    return marked


def _sweep(
    row: FloatArray, choice: npt.NDArray[np.int8], new_target: float, bonus: FloatArray
) -> None:
    """``_swept`` for a row wider than ``WIDE_ROW`` (a text against thousands of paragraphs),
    in place, in prefix form: a running minimum, which may round differently in the last bits.
    One vectorised pass first finds whether a 0–1 bead from the row as it stands improves any
    cell (most rows have none)."""
    import numpy as np

    total = row[:-1] + new_target
    total -= bonus
    if not (total < row[1:]).any():
        return
    steps = np.concatenate(([0.0], np.cumsum(new_target - bonus)))
    shifted = row - steps
    least = np.minimum.accumulate(shifted)
    improved = least < shifted
    row[improved] = least[improved] + steps[improved]
    choice[improved] = _NEW_TARGET


def _trace(
    choices: Sequence[int] | npt.NDArray[np.int8],
    offsets: Sequence[int],
    lo: Sequence[int],
    problem: Problem,
) -> list[Step]:
    """The best path's beads, from the last cell back: each cell's choice of bead kind
    (``choices``, the band's cells flat, row ``i``'s from ``offsets[i]``)."""
    steps: list[Step] = []
    i, j = problem.n, problem.m
    while i or j:
        kind = int(choices[offsets[i] + j - lo[i]])
        if kind < 0:
            raise RuntimeError("the band does not connect the two ends")  # _band prevents it
        di, dj = _KIND_LIST[kind]
        steps.append((i - di, i, j - dj, j))
        i, j = i - di, j - dj
    steps.reverse()
    return steps


def _band(
    centre_lo: Sequence[float], centre_hi: Sequence[float], widths: Sequence[int], m: int
) -> Band:
    """Per row, the columns within that row's width of the centre, which spans its neighbours'
    centres too so that consecutive rows always overlap. A long text's band is worked out on
    arrays (``_band_arrays``): a widening search draws a band per search, 17 on the Bible, at
    2.7 ms each on lists and 0.4 ms on arrays."""
    if len(widths) > LONG_BAND:
        return _band_arrays(centre_lo, centre_hi, widths, m)
    low, high = _padded(centre_lo), _padded(centre_hi)
    lows = map(math.floor, map(min, low, low[1:], low[2:]))
    highs = map(math.ceil, map(max, high, high[1:], high[2:]))
    lo = [max(0, at - width) for at, width in zip(lows, widths, strict=True)]
    hi = [min(m, at + width) for at, width in zip(highs, widths, strict=True)]
    return lo, hi


def _band_arrays(
    centre_lo: Sequence[float], centre_hi: Sequence[float], widths: Sequence[int], m: int
) -> Band:
    """``_band`` on numpy arrays: the same least and greatest of three neighbours, rounded
    down and up (the centres are finite), as lists."""
    import numpy as np

    low = np.asarray(_padded(centre_lo), dtype=np.float64)
    high = np.asarray(_padded(centre_hi), dtype=np.float64)
    lows = np.floor(np.minimum(np.minimum(low[:-2], low[1:-1]), low[2:])).astype(np.int64)
    highs = np.ceil(np.maximum(np.maximum(high[:-2], high[1:-1]), high[2:])).astype(np.int64)
    width = np.asarray(widths, dtype=np.int64)
    lo: list[int] = np.maximum(lows - width, 0).tolist()
    hi: list[int] = np.minimum(highs + width, m).tolist()
    return lo, hi


def _padded(values: Sequence[float]) -> list[float]:
    """``values`` with the first repeated before and the last after: each row's neighbours."""
    return [values[0], *values, values[-1]]


def _length_diagonal(problem: Problem) -> list[float]:
    """Where each source boundary should fall among the target paragraphs, by cumulative
    length: merges and splits keep characters, so this follows the path closely."""
    total_s, total_t = problem.source_at[-1], problem.target_at[-1]
    if total_s <= 0 or total_t <= 0:
        return [i * problem.m / max(problem.n, 1) for i in range(problem.n + 1)]
    centre, j = [], 0
    target_at = problem.target_at
    for at in problem.source_at:
        goal = at / total_s * total_t
        while j < problem.m and target_at[j + 1] < goal:
            j += 1
        width = target_at[j + 1] - target_at[j] if j < problem.m else 1.0
        centre.append(min(j + (goal - target_at[j]) / width if width else j, problem.m))
    return centre


def _strained(steps: Sequence[Step], band: Band, m: int) -> list[int]:
    """The rows where the path runs along an edge of the band: there the band, not the
    evidence, may have chosen it."""
    lo, hi = band
    return [
        i0
        for i0, _, j0, _ in steps[1:]
        if (lo[i0] > 0 and j0 <= lo[i0] + 1) or (hi[i0] < m and j0 >= hi[i0] - 1)
    ]


def _cells(band: Band) -> int:
    """The cells of a band: its rows' widths added up in C (a band has a row per source
    paragraph, and a widening search counts its bands several times)."""
    lo, hi = band
    if len(lo) != len(hi):
        raise ValueError("a band's two sides differ in length")
    cells: int = sum(map(sub, hi, lo)) + len(lo)
    return cells


def _widening_search(
    problem: Problem,
    centre: tuple[list[float], list[float]],
    width: int,
    kinds: Sequence[int],
    explore: bool,
) -> tuple[list[Step], float]:
    """Search a band around the centre, widening it where a wider band may find a better path:
    the best path found, and its cost.

    A path pushed off the truth by a narrow band shows it in one of two ways. It runs along
    the band's edge; or, in a long text, it settles on a wrong stretch well inside the band,
    which only a wider search reveals; since the scout's path leaves a diagonal only through
    beads without counterpart, the band is doubled around those once, and from then on around
    the rows where the path ran along the edge or where the wider band changed it
    (over a stretch of rows as long as the new width, at least ``REACH``), until the path
    stops changing: a text the narrow band aligned right costs one search more, a drifting
    one pays for width only where it drifted. A row widens to ``MAX_BAND`` paragraphs at
    most, and the band to ``MAX_GROWTH`` times the cells it started with: past that, the best
    path found is the answer, so that no text, however scrambled or lopsided (100,000
    paragraphs against 10), makes the search quadratic. A text too long for that
    (``_out_of_reach``) that the first doubling shows drifting is searched coarse to fine
    instead (``_coarse_scout``), where that finds a cheaper path than the doubling did.
    Without ``explore`` (a centre known to be close), the band widens only where the path runs
    along its edge.

    What the bead costs kept for the search's model is let go at the end
    (``Problem.end_search``).
    """
    try:
        widths = [width] * (problem.n + 1)
        band = _band(*centre, widths, problem.m)
        cells = _cells(band)
        budget = max(MIN_GROWTH * cells, min(MAX_GROWTH * cells, MAX_CELLS))
        earlier = _Earlier()  # the costs and kinds do not change until the search ends
        steps, cost = _search(problem, band, kinds, earlier)
        coarse_tried = False
        # A path leaves a diagonal only through beads without counterpart: a wrong stretch starts
        # and ends at some, so at first the rows around them may find a better path with more room.
        moved: Iterable[int] = (
            [i0 for i0, i1, j0, j1 in steps if i0 == i1 or j0 == j1] if explore else ()
        )
        while True:
            strained = _strained(steps, band, problem.m)
            wider = _grown(widths, {*moved, *strained}, band)
            grown_band = _band(*centre, wider, problem.m)
            # Past the budget, or where widening hardly grows the band (a lopsided pair, whose
            # rows already span thousands of columns), searching again cannot pay.
            cells = _cells(grown_band)
            if wider == widths or cells > budget or cells <= _cells(band):
                return steps, cost
            wider_steps, wider_cost = _search(problem, grown_band, kinds, earlier)
            if explore and not strained and wider_cost > cost - COST_GAIN:
                return (steps, cost) if wider_cost >= cost else (wider_steps, wider_cost)
            if explore and not coarse_tried and _out_of_reach(problem, budget):
                coarse_tried = True  # once: then the coarse path, or the widening as before
                coarse = _coarse_scout(problem)
                if coarse[1] < wider_cost:
                    return coarse
            moved = _moved(steps, wider_steps) if explore else ()
            steps, cost, widths, band = wider_steps, wider_cost, wider, grown_band
    finally:
        problem.end_search()


def _out_of_reach(problem: Problem, budget: int) -> bool:
    """Whether a widening search could not widen every row to ``MAX_BAND`` within ``budget``
    cells: a text this long that drifts is searched coarse first (``_coarse_scout``)."""
    return min(problem.n * (2 * MAX_BAND + 1), (problem.n + 1) * (problem.m + 1)) > budget


def _coarse_scout(problem: Problem) -> tuple[list[Step], float]:
    """The scout's path of a long text that drifts, found coarse to fine, as Vecalign (Thompson
    and Koehn 2019) reaches linear time, and its cost: the scout's search of the text made of
    blocks of ``COARSE_BLOCK`` consecutive paragraphs (``_coarsened``), in a band as wide in
    blocks as a widening search would reach in paragraphs (``MAX_BAND``), then the scout's
    search of the paragraphs within ``COARSE_MARGIN`` of that path's blocks; each band widened
    where its path runs along its edge.

    Doubling the band over the paragraphs until a wider one finds nothing cheaper took the
    Bible's 5,000 × 6,301 verses seven searches of 0.10 to 3.6 M cells, stopped by
    ``MAX_CELLS``, not by the path settling; coarse to fine, two of 0.08 and 0.31 M."""
    coarse, source_at, target_at = _coarsened(problem, COARSE_BLOCK)
    coarse.priors = split_priors(coarse.n, coarse.m)
    diagonal = _length_diagonal(coarse)
    width = MAX_BAND // COARSE_BLOCK
    blocks, _ = _widening_search(coarse, (diagonal, diagonal), width, _SCOUT_KINDS, False)
    projected = [
        (source_at[i0], source_at[i1], target_at[j0], target_at[j1]) for i0, i1, j0, j1 in blocks
    ]
    centre = _path_centre(projected, problem.n)
    return _widening_search(problem, centre, COARSE_MARGIN, _SCOUT_KINDS, False)


def _coarsened(problem: Problem, size: int) -> tuple[Problem, list[int], list[int]]:
    """``problem`` over blocks of ``size`` consecutive source paragraphs and of as many target
    paragraphs as the texts' counts make them, each block's lengths, anchors and stray weights
    summed; and where each block starts on each side, the text's end last.

    The length model's variance is multiplied by ``size``: a translation's ratio of lengths
    drifts over a text (the scout prices every bead with the whole text's ratio), so the
    deviations of consecutive paragraphs add up rather than cancel, and a block's grows with
    its paragraphs, not with their square root. Without it, on a translation 30 % longer in its
    first half and 30 % shorter in its second, a block that renders its block cost about as
    much as dropping one and adding the other: the coarse path was dearer than the doubling's,
    and the widening went on to 8.9 M cells (``tests/test_align_coarse.py``; 0.6 M with it)."""
    source_at = [*range(0, problem.n, size), problem.n]
    target_at = [*range(0, problem.m, max(round(size * problem.m / problem.n), 1)), problem.m]
    anchors = Weights(
        [_merged(problem.source_profiles, a, b) for a, b in pairwise(source_at)],
        [_merged(problem.target_profiles, a, b) for a, b in pairwise(target_at)],
        _block_sums(problem.source_orphans, source_at),
        _block_sums(problem.target_orphans, target_at),
    )
    lengths = (
        [round(length) for length in _block_sums(problem.source_at, source_at)],
        [round(length) for length in _block_sums(problem.target_at, target_at)],
    )
    strays = (
        _block_sums(problem.source_stray_at, source_at),
        _block_sums(problem.target_stray_at, target_at),
    )
    model = LengthModel(problem.model.ratio, problem.model.variance * size)
    return Problem(*lengths, anchors, model, strays), source_at, target_at


def _block_sums(prefix: Sequence[float], starts: Sequence[int]) -> list[float]:
    """The sums of each block of values whose ``prefix`` sums are given, blocks starting at
    ``starts`` (the last, where the values end)."""
    return [prefix[b] - prefix[a] for a, b in pairwise(starts)]


def _grown(widths: Sequence[int], rows: Iterable[int], band: Band) -> list[int]:
    """``widths`` with each of ``rows`` doubled (up to ``MAX_BAND``) over a stretch of rows as
    long as its new width on each side (at least ``REACH``); a row that already spans more
    than any band would (a lopsided pair) left as it is. Each width grown to marks where its
    stretches start and end, and one pass over the rows per width (a few: powers of two) sets
    them, where marking the rows of every stretch one by one took 2.8 M steps on the Bible."""
    lo, hi = band
    count = len(widths)
    edges: dict[int, list[int]] = {}  # per width grown to: +1 where a stretch starts, -1 after
    for row in rows:
        if hi[row] - lo[row] > 2 * MAX_BAND:
            continue
        grown = min(2 * widths[row], MAX_BAND)
        reach = max(grown, REACH)
        marks = edges.setdefault(grown, [0] * (count + 1))
        marks[max(row - reach, 0)] += 1
        marks[min(row + reach + 1, count)] -= 1
    wider = list(widths)
    for grown, marks in edges.items():
        for k, covered in enumerate(accumulate(marks[:count])):
            if covered and wider[k] < grown:
                wider[k] = grown
    return wider


def _moved(before: Sequence[Step], after: Sequence[Step]) -> set[int]:
    """The rows where two paths part."""
    return {i0 for i0, _, j0, _ in set(after) ^ set(before)}


def _path_centre(steps: Sequence[Step], n: int) -> tuple[list[float], list[float]]:
    """Per source boundary, the lowest and highest target boundary the path passes through."""
    lo_c, hi_c = [math.inf] * (n + 1), [-math.inf] * (n + 1)
    lo_c[0] = hi_c[0] = 0.0
    for i0, i1, j0, j1 in steps:
        for i in range(i0, i1 + 1):
            lo_c[i], hi_c[i] = min(lo_c[i], j0), max(hi_c[i], j1)
    return lo_c, hi_c


# -- merges beyond the search's bead kinds ------------------------------------------------------


def _is_null(step: Step) -> bool:
    return step[0] == step[1] or step[2] == step[3]


def _join(*steps: Step) -> Step:
    return steps[0][0], steps[-1][1], steps[0][2], steps[-1][3]


def _regroup(problem: Problem, steps: Sequence[Step]) -> list[Step]:
    """Merges bigger than the search's bead kinds, which it can only show as paragraphs without
    counterpart: five paragraphs merged into one come out as a 3–1 bead and two 1–0 beads.

    Each run of such beads is tried as one bead of its own (when it holds paragraphs of both
    sides), and folded into the bead before it or after it; whichever costs least wins.
    """
    pending = list(steps)
    result: list[Step] = []
    costs: dict[Step, float] = {}  # a bead beside a run is priced for several options

    def cost(step: Step) -> float:
        found = costs.get(step)
        if found is None:
            found = costs[step] = problem.cost(*step)
        return found

    k = 0
    while k < len(pending):
        if not _is_null(pending[k]):
            result.append(pending[k])
            k += 1
            continue
        end = k
        while end < len(pending) and _is_null(pending[end]):
            end += 1
        run = pending[k:end]
        left = [result.pop()] if result and not _is_null(result[-1]) else []
        right = [pending[end]] if end < len(pending) else []
        options = [left + run + right]
        if any(i0 < i1 for i0, i1, _, _ in run) and any(j0 < j1 for _, _, j0, j1 in run):
            options.append([*left, _join(*run), *right])
        if left:
            options.append([_join(*left, *run), *right])
        if right:
            options.append([*left, _join(*run, *right)])
        best = min(options, key=lambda option: sum(map(cost, option)))
        if right:  # the bead after the run is looked at again, as the next run's left
            result += best[:-1]
            pending[end] = best[-1]
        else:
            result += best
        k = end
    return result


# -- fitting the length model to the texts ------------------------------------------------------


def fit(problem: Problem, steps: Sequence[Step], merges: bool = False) -> LengthModel | None:
    """The ratio and variance measured on the 1–1 beads of an alignment (on every bead with
    both sides, with ``merges``: a path of the full search), if enough.

    The scout knows no merges: a merged paragraph shows up there as a 1–1 bead of the
    wrong length. Beads more than three deviations off the first model are left out of the
    ratio, and the variance is taken from the median deviation, blind to such outliers.
    """
    pairs = [
        problem.lengths(*step)
        for step in steps
        if (step[1] - step[0] == 1 and step[3] - step[2] == 1)
        or (merges and step[0] < step[1] and step[2] < step[3])
    ]
    pairs = [(s, t) for s, t in pairs if min(s, t) >= MIN_FIT_LENGTH]
    pairs = [(s, t) for s, t in pairs if abs(problem.model.delta(s, t)) < 3]
    if len(pairs) < MIN_FIT_BEADS:
        return None
    unit = LengthModel(sum(t for _, t in pairs) / sum(s for s, _ in pairs), 1.0)
    # The median of a squared standard normal is 0.455.
    variance = _median([unit.delta(s, t) ** 2 for s, t in pairs]) / 0.455
    return LengthModel(unit.ratio, min(max(variance, VARIANCE_RANGE[0]), VARIANCE_RANGE[1]))


def widened(model: LengthModel) -> LengthModel:
    """``model`` with its variance widened by ``VARIANCE_MARGIN``, for a search that rests on
    learnt words as well as lengths."""
    variance = min(model.variance * VARIANCE_MARGIN, VARIANCE_RANGE[1])
    return LengthModel(model.ratio, variance)


def split_priors(n: int, m: int) -> dict[tuple[int, int], float]:
    """The bead priors for texts of ``n`` and ``m`` paragraphs: more splits the more the
    longer side outnumbers the other.

    When one text has more paragraphs (sentences) than the other, the extra ones must come
    from splits, since merges and insertions are the exception: on average ``(m - n) / n``
    extra paragraphs per paragraph of the shorter side. Spread geometrically over splits in
    two, three and four (each extra paragraph as likely as the previous one by the same
    factor), that mean sets the shares of the 1–1, 1–2, 1–3 and 1–4 kinds (2–1, 3–1 and 4–1
    when the source is longer); a kind never falls below its default. Equal counts keep ``PRIORS``, and
    so, nearly, does a short text: the mean is taken over ``SPLIT_EVIDENCE`` paragraphs more
    than the shorter side has, since one paragraph more in an article of five is chance.
    """
    priors = dict(PRIORS)
    short, long_ = min(n, m), max(n, m)
    if short == 0 or long_ == short:
        return priors
    extra = (long_ - short) / (short + SPLIT_EVIDENCE)
    ratio = extra / (1 + extra)  # a geometric count of extra paragraphs with mean ``extra``
    kinds = [(1, 1), (1, 2), (1, 3), (1, 4)] if m > n else [(1, 1), (2, 1), (3, 1), (4, 1)]
    mass = sum(PRIORS[kind] for kind in kinds)
    for k, kind in enumerate(kinds[1:], start=1):
        priors[kind] = max(PRIORS[kind], mass * (1 - ratio) * ratio**k)
    priors[(1, 1)] = mass - sum(priors[kind] for kind in kinds[1:])
    return priors


def _median(values: list[float]) -> float:
    """The median of ``values`` (not empty); ``statistics`` would cost start-up time to import."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


# -- scores -------------------------------------------------------------------------------------

# Log-odds that a bead is right before its evidence is weighed, per kind: a 1–1 is the rule,
# regroupings are less certain, a paragraph without counterpart is a guess a reader should check.
_BASE_LOGIT = {(1, 1): 4.0, (2, 1): 2.5, (1, 2): 2.5, (2, 2): 1.5, (3, 1): 1.5, (1, 3): 1.5}
_LARGER_LOGIT = 1.0
_NULL_LOGIT = 0.0  # a paragraph without counterpart and without anchors scores 0.5
_ORPHAN_SUPPORT = 1.0  # numbers the other text lacks make "no counterpart" likelier, up to 0.73


def bead_score(problem: Problem, step: Step, support: float | None = None) -> float:
    """How strongly a bead's own evidence supports it, in [0, 1].

    A logistic function of: the kind's base log-odds; minus half the squared length deviation
    (in standard deviations of the texts' own length ratio); plus the anchor weight matched
    across the bead, minus the weight left unmatched; plus, where words are learnt, what its
    words say (``BeadEvidence.support``). A bead without counterpart scores 0.5,
    less if its paragraphs hold anchors that occur in the other text (they may belong there),
    somewhat more if they hold numbers the other text lacks altogether. ``support``: the
    words' ``support`` of the bead, where the caller priced a whole path's at once.
    """
    i0, i1, j0, j1 = step
    stray = problem.stray(*step)
    if i0 == i1 or j0 == j1:
        shared, orphans = problem.weights(*step)
        return _logistic(_NULL_LOGIT + min(orphans + stray, _ORPHAN_SUPPORT) - shared)
    ls, lt = problem.lengths(*step)
    matched, unmatched, orphans = problem.anchors(*step)
    delta = problem.model.delta(ls, lt)
    evidence = matched - unmatched - orphans - delta * delta / 2
    if problem.words:
        evidence += problem.words.support(*step) if support is None else support
    if i1 - i0 + j1 - j0 > 2:
        evidence -= stray
    return _logistic(_BASE_LOGIT.get((i1 - i0, j1 - j0), _LARGER_LOGIT) + evidence)


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -60 else 0.0


# -- the two passes -----------------------------------------------------------------------------


def best_path(problem: Problem) -> list[Step]:
    """The cheapest beads, in order, as (i0, i1, j0, j1) steps; ``problem.model`` is left fitted
    to the texts: the scout's path (``scout_path``), then the full search near it
    (``refined_path``)."""
    return refined_path(problem, scout_path(problem))


def scout_path(problem: Problem) -> list[Step]:
    """A first path, close to the truth though it knows no merges: ``problem``'s priors and
    length model are left set for the full search.

    The bead priors are first set from the two texts' paragraph counts (``split_priors``).
    The scout searches with the ratio of the texts' total lengths and Gale and Church's
    variance, and only 1–1, 1–0 and 0–1 beads (cheap, and all a path needs to stay close to the
    truth), in a band around the length diagonal that widens until a wider one finds nothing
    cheaper (``_widening_search``); the ratio and variance are then measured on its 1–1 beads
    (a dropped paragraph or an added note skews totals).
    """
    problem.priors = split_priors(problem.n, problem.m)
    diagonal = _length_diagonal(problem)
    steps, _ = _widening_search(problem, (diagonal, diagonal), INITIAL_BAND, _SCOUT_KINDS, True)
    problem.model = fit(problem, steps) or problem.model
    return steps


def refined_path(problem: Problem, steps: Sequence[Step]) -> list[Step]:
    """The cheapest beads of every kind near a path found before (the scout's), in a narrow
    band around it that widens where the new path runs along its edge (splits in four only
    where the paragraph counts make them likely); merges beyond the search's kinds regrouped
    (``_regroup``)."""
    around = _path_centre(steps, problem.n)
    kinds = [
        k
        for k in _ALL_KINDS
        if k not in _SPLITS_IN_FOUR or problem.priors[_KIND_LIST[k]] > PRIORS[_KIND_LIST[k]]
    ]
    steps, _ = _widening_search(problem, around, REFINE_BAND, kinds, False)
    return _regroup(problem, steps)

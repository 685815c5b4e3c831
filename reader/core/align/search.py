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

Pure Python, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from reader.core.align.anchors import Weights

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


def _prefix(values: Sequence[float]) -> list[float]:
    sums = [0.0]
    for value in values:
        sums.append(sums[-1] + value)
    return sums


def _spans(profiles: Sequence[dict[str, float]], longest: int) -> list[list[dict[str, float]]]:
    """``spans[k][i]``: the anchors of paragraphs ``i .. i+k-1`` together, for k up to 3."""
    spans: list[list[dict[str, float]]] = [[{} for _ in range(len(profiles) + 1)]]
    for size in range(1, longest + 1):
        row = []
        for start in range(len(profiles) - size + 1):
            merged = dict(spans[size - 1][start])
            for key, weight in profiles[start + size - 1].items():
                merged[key] = merged.get(key, 0.0) + weight
            row.append(merged)
        spans.append(row)
    return spans


def _span_sums(prefix: Sequence[float], longest: int) -> list[list[float]]:
    """``sums[k][i]``: the sum of values ``i .. i+k-1``, from prefix sums, for k up to 3."""
    count = len(prefix) - 1
    return [[prefix[i + k] - prefix[i] for i in range(count - k + 1)] for k in range(longest + 1)]


def _span(spans: list[list[dict[str, float]]], start: int, stop: int) -> dict[str, float]:
    """Paragraphs ``start:stop`` merged: precomputed up to three, added up beyond."""
    if stop - start < len(spans):
        return spans[stop - start][start]
    merged: dict[str, float] = {}
    for index in range(start, stop):
        for key, weight in spans[1][index].items():
            merged[key] = merged.get(key, 0.0) + weight
    return merged


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
    """The anchor weight two groups of paragraphs share."""
    total = 0.0
    for key in a.keys() & b.keys():
        x, y = a[key], b[key]
        total += x if x < y else y
    return total


class BeadEvidence(Protocol):
    """Evidence about a bead beyond lengths and anchors, as a cost in the search's units
    (-log), negative where it supports the bead, and 0 for a bead without counterpart: the
    word pairs learnt from the texts (``reader.core.align.lexicon.WordEvidence``)."""

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The cost of the bead taking source ``i0:i1`` and target ``j0:j1``."""
        ...

    def support(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """What the evidence adds to the bead's log-odds of being right (``bead_score``)."""
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
        source_strays, target_strays = strays or ([0.0] * self.n, [0.0] * self.m)
        self.source_strays, self.target_strays = list(source_strays), list(target_strays)
        self.source_stray_at = _prefix(source_strays)
        self.target_stray_at = _prefix(target_strays)
        self.source_at = _prefix(source_lengths)
        self.target_at = _prefix(target_lengths)
        longest = max(d for d, _ in PRIORS)
        # Per span size, per first paragraph: the target side's characters.
        self.target_lengths = _span_sums(self.target_at, longest)
        self.target_stray_spans = _span_sums(self.target_stray_at, longest)
        self.use_anchors(anchors)
        total_s, total_t = self.source_at[-1], self.target_at[-1]
        self.model = model or LengthModel(total_t / total_s if total_s and total_t else 1.0)
        self.priors: dict[tuple[int, int], float] = dict(PRIORS)
        self.words: BeadEvidence | None = None  # set where words are learnt (the aligner)

    def use_anchors(self, anchors: Weights) -> None:
        """Weigh beads by these anchors from now on (more evidence about the same texts)."""
        longest = max(d for d, _ in PRIORS)
        self.source_spans = _spans(anchors.source, longest)
        self.target_spans = _spans(anchors.target, longest)
        self.source_shared = [[sum(s.values()) for s in row] for row in self.source_spans]
        self.target_shared = [[sum(s.values()) for s in row] for row in self.target_spans]
        self.source_orphans = _prefix(anchors.source_orphans)
        self.target_orphans = _prefix(anchors.target_orphans)
        self.target_orphan_spans = _span_sums(self.target_orphans, longest)

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
        return _span(self.source_spans, i0, i1), _span(self.target_spans, j0, j1)

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
        matched = _matched(*self.spans(i0, i1, j0, j1))
        shared, orphans = self.weights(i0, i1, j0, j1)
        return matched, shared - 2 * matched, orphans

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
        a translation (``STRAY_PENALTY``). (``costs_to`` is the same sum, prior aside,
        computed for a whole row at once.)
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
        """``cost(i0, i1, j - size, j)`` for every ``j`` from ``first`` to ``last``.

        One call per row and bead kind, not per cell: the search spends its time here, so the
        source side is looked up once and the loop body is kept to arithmetic.
        """
        sqrt, log, erfc = math.sqrt, math.log, math.erfc
        ratio = self.model.ratio
        two_spread, half_over_ratio = 2 * self.model.variance * ratio, 0.5 / ratio
        source_chars = self.source_at[i1] - self.source_at[i0]
        expected, half_source = ratio * source_chars, 0.5 * source_chars
        span, fixed = self.source_spans[i1 - i0][i0], self.source_shared[i1 - i0][i0]
        orphans = ORPHAN_PENALTY * (self.source_orphans[i1] - self.source_orphans[i0])
        lengths, spans = self.target_lengths[size], self.target_spans[size]
        shared, target_orphans = self.target_shared[size], self.target_orphan_spans[size]
        merge = i1 - i0 + size > 2
        source_stray = STRAY_PENALTY * (self.source_stray_at[i1] - self.source_stray_at[i0])
        target_strays = self.target_stray_spans[size]
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


# -- the banded search --------------------------------------------------------------------------

Step = tuple[int, int, int, int]  # a bead as (i0, i1, j0, j1): source i0:i1, target j0:j1
Band = tuple[list[int], list[int]]  # per source boundary i, the lowest and highest j searched


def _search(problem: Problem, band: Band, chosen: Sequence[int]) -> tuple[list[Step], float]:
    """Gale and Church's dynamic programming, restricted to the band and to some bead kinds
    (indexes into ``PRIORS``, 0–1 always included); the best path's beads.

    Row by row: first every bead kind that consumes source paragraphs, from the rows above;
    then a left-to-right sweep for 0–1 beads, which stay in the row and cost only their prior.
    Returns the beads and the path's cost.
    """
    lo, hi = band
    kinds = problem.kinds(chosen)
    new_target = problem.prior_cost(0, 1)
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
                beads = [-STRAY_BONUS * stray] * (stop - start + 1)
            else:
                beads = problem.costs_to(i - di, i, dj, start, stop)
            kind = chosen[index]
            for j, bead in zip(range(start, stop + 1), beads, strict=True):
                total = previous[j - dj - offset] + prior + bead
                if total < row[j - first]:
                    row[j - first], choice[j - first] = total, kind
        strays = problem.target_strays
        for j in range(first + 1, last + 1):
            total = row[j - 1 - first] + new_target - STRAY_BONUS * strays[j - 1]
            if total < row[j - first]:
                row[j - first], choice[j - first] = total, _NEW_TARGET
        costs.append(row)
        choices.append(choice)
    return _trace(choices, lo, problem.n, problem.m), costs[-1][-1]


def _trace(choices: list[list[int]], lo: list[int], n: int, m: int) -> list[Step]:
    steps: list[Step] = []
    i, j = n, m
    while i or j:
        kind = choices[i][j - lo[i]]
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
    centres too so that consecutive rows always overlap."""
    rows = len(centre_lo)
    lo, hi = [], []
    for i in range(rows):
        around = range(max(i - 1, 0), min(i + 2, rows))
        lo.append(max(0, math.floor(min(centre_lo[k] for k in around)) - widths[i]))
        hi.append(min(m, math.ceil(max(centre_hi[k] for k in around)) + widths[i]))
    return lo, hi


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
    return sum(b - a + 1 for a, b in zip(*band, strict=True))


def _widening_search(
    problem: Problem,
    centre: tuple[list[float], list[float]],
    width: int,
    kinds: Sequence[int],
    explore: bool,
) -> list[Step]:
    """Search a band around the centre, widening it where a wider band may find a better path.

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
    paragraphs against 10), makes the search quadratic. Without ``explore`` (a centre known
    to be close), the band widens only where the path runs along its edge.
    """
    widths = [width] * (problem.n + 1)
    band = _band(*centre, widths, problem.m)
    cells = _cells(band)
    budget = max(MIN_GROWTH * cells, min(MAX_GROWTH * cells, MAX_CELLS))
    steps, cost = _search(problem, band, kinds)
    # A path leaves a diagonal only through beads without counterpart: a wrong stretch starts
    # and ends at some, so at first the rows around them may find a better path with more room.
    moved: Iterable[int] = (
        [i0 for i0, i1, j0, j1 in steps if i0 == i1 or j0 == j1] if explore else ()
    )
    while True:
        strained = _strained(steps, band, problem.m)
        wider = list(widths)
        for row in {*moved, *strained}:
            if band[1][row] - band[0][row] > 2 * MAX_BAND:
                continue  # a lopsided pair: the row already spans more than any band would
            grown = min(2 * widths[row], MAX_BAND)
            reach = max(grown, REACH)
            for k in range(max(row - reach, 0), min(row + reach, problem.n) + 1):
                wider[k] = max(wider[k], grown)
        grown_band = _band(*centre, wider, problem.m)
        # Past the budget, or where widening hardly grows the band (a lopsided pair, whose
        # rows already span thousands of columns), searching again cannot pay.
        cells = _cells(grown_band)
        if wider == widths or cells > budget or cells <= _cells(band):
            return steps
        wider_steps, wider_cost = _search(problem, grown_band, kinds)
        if explore and not strained and wider_cost > cost - COST_GAIN:
            return steps if wider_cost >= cost else wider_steps
        moved = _moved(steps, wider_steps) if explore else ()
        steps, cost, widths, band = wider_steps, wider_cost, wider, grown_band


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
        best = min(options, key=lambda option: sum(problem.cost(*step) for step in option))
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


def bead_score(problem: Problem, step: Step) -> float:
    """How strongly a bead's own evidence supports it, in [0, 1].

    A logistic function of: the kind's base log-odds; minus half the squared length deviation
    (in standard deviations of the texts' own length ratio); plus the anchor weight matched
    across the bead, minus the weight left unmatched; plus, where words are learnt, what its
    words say (``BeadEvidence.support``). A bead without counterpart scores 0.5,
    less if its paragraphs hold anchors that occur in the other text (they may belong there),
    somewhat more if they hold numbers the other text lacks altogether.
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
        evidence += problem.words.support(*step)
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
    steps = _widening_search(problem, (diagonal, diagonal), INITIAL_BAND, _SCOUT_KINDS, True)
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
    return _regroup(problem, _widening_search(problem, around, REFINE_BAND, kinds, False))

"""Word pairs learnt from the two texts themselves, and what they say of a bead.

Lengths, numbers and names say little about a literary translation or a text with few
numbers: which of two English sentences renders a Chinese one is a matter of words. No
dictionary is needed to learn the most useful of them: in a long pair of texts, a word and its
translation keep turning up in the same beads. After a first alignment, every word of each
source bead is counted against every word of its target side; a pair whose words occur
together in most of the beads either occurs in (Dice's coefficient at least ``MIN_DICE``, in
``MIN_TOGETHER`` beads or more; the strongest pairs first, each word in ``LINKS`` pairs at most)
is learnt: hunalign's second pass (Varga et al. 2005), with a dictionary learnt by
co-occurrence over a first alignment, as Moore (2002) learns his, rather than given.

What the pairs say of a bead (``WordEvidence``): each of its words that takes part in a pair
either finds a partner on the bead's other side or does not, and right beads find one far more
often than pairings of unrelated paragraphs; both rates are measured on the texts themselves.
A word counts once however many paragraphs of the other side hold its partner, so that a
merge gains only the links its added paragraph brings, and pays for the words it brings that
find none: a 1–1 against a 1–2 is decided by whether the second paragraph's words translate
the first's.

Words are cut by the one tokenizer (``reader.core.text.tokens``), folded, and a word of a
spaced script is cut to its first ``STEM`` letters so that inflections count together (a crude
stem, but one that holds in any language); a character of a script written without spaces
(Chinese) is a word. Words in one bead in five or more are left out (function words: they pair
with everything and would weigh nothing), and so are words in fewer beads than a pair must
share (``MIN_TOGETHER``).

The pairs of words that beads hold are counted on numpy arrays (millions of them in a long
text: ``_together``), and a long search prices a whole block of beads at once on arrays
(``WordEvidence.costs_over``): each side's words and partners over spans of paragraphs as
entries, a word linked across a bead being a pair of entries of one key that meet in its cell.
numpy is imported only there, where words are learnt. No Qt.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING

from reader.core.align.search import LONGEST, BeadEvidence, Cells, SpanEntries, set_entries
from reader.core.text.fold import fold
from reader.core.text.tokens import word_pattern

if TYPE_CHECKING:
    from reader.core.align.search import FloatArray, IntArray

MIN_BEADS = 60  # beads of both sides in a first alignment before anything is learnt from it
MIN_TOGETHER = 3  # beads a pair must share
MIN_DICE = 0.5  # 2 × beads shared / (beads with the one + beads with the other)
MAX_SHARE = 0.2  # a word in more than this share of beads is a function word
DENSE = 4  # pairs of words counted in a table up to this many entries per pair met (``_counted``)
LINKS = 2  # pairs a word may be in: a word of one language may be two of the other
STEM = 5  # letters kept of a word of a spaced script

Bead = tuple[Sequence[int], Sequence[int]]


def words(text: str) -> set[str]:
    """The distinct words of a paragraph as the lexicon counts them: folded, a spaced script's
    word cut to ``STEM`` letters, a character of an unspaced script alone; no numbers."""
    return text_words([text])[0]


def text_words(paragraphs: Iterable[str]) -> list[set[str]]:
    """``words`` of each paragraph of a text, each distinct token read once: a text repeats
    its tokens many times over (the Bible's 6,301 Chinese verses, 150,000 characters, are
    2,500 distinct ones), and folding a character of another script than Latin is dear."""
    read: dict[str, str] = {}  # a token's word, "" for none (a number, a Latin letter alone)
    found, tokens = [], word_pattern().findall
    for paragraph in paragraphs:
        kept = set()
        for token in tokens(paragraph):
            word = read.get(token)
            if word is None:
                word = read[token] = _word(token)
            if word:
                kept.add(word)
        found.append(kept)
    return found


def _word(token: str) -> str:
    """A token's word as ``words`` counts it, "" for a token it leaves out."""
    if token[0].isdecimal():
        return ""
    word = fold(token)
    return word[:STEM] if len(word) > 1 or not word.isascii() else ""


def _content(
    paragraphs: Sequence[set[str]], beads: Sequence[Bead], side: int
) -> tuple[list[set[str]], dict[str, int]]:
    """Per bead, one side's words that are neither too rare nor too common to learn from; and
    each such word's beads."""
    per_bead = [
        paragraphs[bead[side][0]]
        if len(bead[side]) == 1
        else set().union(*(paragraphs[k] for k in bead[side]))
        for bead in beads
    ]
    frequency = Counter(chain.from_iterable(per_bead))
    most = max(2, MAX_SHARE * len(beads))
    # A word in fewer beads than a pair must share is in no pair: not paired at all.
    kept = {word: n for word, n in frequency.items() if MIN_TOGETHER <= n <= most}
    words = set(kept)
    return [found & words for found in per_bead], kept


def learn_pairs(
    source: Sequence[set[str]], target: Sequence[set[str]], beads: Iterable[Bead]
) -> dict[str, set[str]]:
    """Per source word, the target words it pairs with, learnt from ``beads`` (source and
    target paragraph indexes of a first alignment; beads with an empty side are skipped)."""
    linked = [bead for bead in beads if bead[0] and bead[1]]
    if len(linked) < MIN_BEADS:
        return {}
    (source_words, left), (target_words, right) = (
        _content(source, linked, 0),
        _content(target, linked, 1),
    )
    # Competitive linking (Melamed 2000): the strongest pairs first, each word in one pair at
    # most, so that words which merely keep company with a word's translation (the rest of a
    # sentence repeated word for word) pair with nothing.
    ranked = sorted(
        (
            (2 * n / (left[s] + right[t]), n, s, t)
            for s, t, n in _together(source_words, target_words, left, right)
        ),
        reverse=True,
    )
    pairs: dict[str, set[str]] = {}
    taken: Counter[str] = Counter()
    for _, _, s, t in ranked:
        partners = pairs.setdefault(s, set())
        if len(partners) < LINKS and taken[t] < LINKS:
            partners.add(t)
            taken[t] += 1
    return pairs


def _together(
    source: Sequence[set[str]],
    target: Sequence[set[str]],
    left: Mapping[str, int],
    right: Mapping[str, int],
) -> list[tuple[str, str, int]]:
    """The pairs of a source and a target word that share ``MIN_TOGETHER`` beads or more, at a
    Dice coefficient of ``MIN_DICE`` or more, with the beads they share: per bead, each pair of
    its two sides' words (``source[k]`` and ``target[k]``), counted on numpy arrays, a number
    per pair (in a long text, millions of them); ``left`` and ``right``, each word's beads."""
    import numpy as np

    source_names, target_names = sorted(left), sorted(right)
    source_of = {word: k for k, word in enumerate(source_names)}
    target_of = {word: k for k, word in enumerate(target_names)}
    flat_source = np.fromiter(map(source_of.__getitem__, chain.from_iterable(source)), np.int64)
    flat_target = np.fromiter(map(target_of.__getitem__, chain.from_iterable(target)), np.int64)
    source_counts = np.fromiter(map(len, source), np.int64, len(source))
    target_counts = np.fromiter(map(len, target), np.int64, len(target))
    # Each source word of a bead is paired with each of its bead's target words: its entry
    # repeated once per target word, beside the bead's run of target entries.
    of_bead = np.repeat(np.arange(len(source)), source_counts)
    times = target_counts[of_bead]
    runs = np.cumsum(times) - times
    at_target = np.repeat((np.cumsum(target_counts) - target_counts)[of_bead] - runs, times)
    at_target += np.arange(int(times.sum()))
    codes = np.repeat(flat_source * len(target_names), times) + flat_target[at_target]
    pairs, shared = _counted(codes, len(source_names) * len(target_names))
    s, t = pairs // len(target_names), pairs % len(target_names)
    beads = np.fromiter((left[w] for w in source_names), np.int64, len(source_names))[s]
    beads += np.fromiter((right[w] for w in target_names), np.int64, len(target_names))[t]
    kept = 2 * shared >= MIN_DICE * beads
    return [
        (source_names[a], target_names[b], n)
        for a, b, n in zip(s[kept].tolist(), t[kept].tolist(), shared[kept].tolist(), strict=True)
    ]


def _counted(codes: IntArray, size: int) -> tuple[IntArray, IntArray]:
    """The distinct values of ``codes`` (each from 0 to ``size`` - 1) met ``MIN_TOGETHER``
    times or more, ascending, and how many times each is met: counted in a table of ``size``
    where it is no bigger than ``DENSE`` times the codes (the Bible's 1.3 M pairs of words
    a pass, in 3.9 M), since a table is filled in one pass where ``np.unique`` sorts."""
    import numpy as np

    if size > DENSE * len(codes):
        pairs, shared = np.unique(codes, return_counts=True)
        kept = shared >= MIN_TOGETHER
        return pairs[kept], shared[kept]
    table = np.bincount(codes, minlength=size)
    found = np.flatnonzero(table >= MIN_TOGETHER)
    return found, table[found]


# -- what the pairs say of a bead ---------------------------------------------------------------

WORD_WEIGHT = 0.3  # what a word's link or miss counts for: a sentence's words are not independent
OFF_PATH = 2  # paragraphs off a path where pairings of unrelated paragraphs are taken from
RATE_FLOOR = 1e-3  # link rates are kept this far from 0 and 1
ARRAY_BEADS = 256  # beads of a path of one kind priced on arrays at once from this many on

Step = tuple[int, int, int, int]  # a bead as (i0, i1, j0, j1): source i0:i1, target j0:j1
_Side = tuple[frozenset[str], frozenset[str]]


@dataclass(frozen=True)
class _Spans:
    """One side's words that take part in pairs, and the partners they would link with, over
    spans of ``k`` paragraphs (``SpanEntries``, k up to ``LONGEST``), and per span size and
    first paragraph how many such words the span holds: what ``WordEvidence.costs_over``
    reads."""

    words: list[SpanEntries]
    partners: list[SpanEntries]
    counts: list[IntArray]

    @classmethod
    def of(
        cls,
        words: Sequence[frozenset[str]],
        partners: Sequence[frozenset[str]],
        numbers: dict[str, int],
    ) -> _Spans:
        import numpy as np

        entries = set_entries(words, numbers)
        counts = [
            np.bincount(entries[k].starts, minlength=max(len(words) - k + 1, 0))
            for k in range(LONGEST + 1)
        ]
        linked = set_entries(partners, numbers)
        return cls(entries, linked, counts)


class WordEvidence:
    """What a bead's words say once pairs are learnt, as a cost in the search's units (-log):
    how many of its words find a learnt partner on its other side, against how many could.

    Each word that takes part in a learnt pair is a trial: linked (its partner is on the bead's
    other side) or not. A right bead links its words at rate ``p_right``, a pairing of
    unrelated paragraphs at ``p_wrong`` (``calibrated``, measured on the texts). A bead's cost
    is minus the log-likelihood ratio of its links and misses, scaled by ``WORD_WEIGHT``
    (naive Bayes over words that are not independent); a bead without counterpart has no
    words to weigh and costs nothing. Spans of paragraphs are cached, so that each bead costs
    two set intersections; a long search's block of beads costs a few array operations
    (``costs_over``).
    """

    def __init__(
        self, source: Sequence[set[str]], target: Sequence[set[str]], pairs: dict[str, set[str]]
    ) -> None:
        backward: dict[str, set[str]] = {}
        for s, targets in pairs.items():
            for t in targets:
                backward.setdefault(t, set()).add(s)
        paired, backed = set(pairs), set(backward)  # set against set: in C, the smaller
        self._words = (
            [frozenset(found.intersection(paired)) for found in source],
            [frozenset(found.intersection(backed)) for found in target],
        )
        self._partners = (
            [frozenset().union(*map(pairs.__getitem__, found)) for found in self._words[0]],
            [frozenset().union(*map(backward.__getitem__, found)) for found in self._words[1]],
        )
        self._spans: tuple[dict[tuple[int, int], _Side], dict[tuple[int, int], _Side]] = ({}, {})
        self._arrays: tuple[_Spans, _Spans] | None = None  # built on the first ``costs_over``
        self.link_cost = 0.0  # per linked word (negative: a link is evidence for the bead)
        self.miss_cost = 0.0  # per word without a partner across the bead

    def _side(self, side: int, start: int, stop: int) -> _Side:
        """A span's words, and the partners they would link with (a paragraph's own: most
        beads that ``calibrated`` and ``support`` count hold one on each side)."""
        if stop - start == 1:
            return self._words[side][start], self._partners[side][start]
        found = self._spans[side].get((start, stop))
        if found is None:
            words, partners = self._words[side], self._partners[side]
            found = (
                frozenset().union(*words[start:stop]),
                frozenset().union(*partners[start:stop]),
            )
            self._spans[side][start, stop] = found
        return found

    def counts(self, i0: int, i1: int, j0: int, j1: int) -> tuple[int, int]:
        """A bead's linked words (a partner on its other side) and its trials (words that
        could have one)."""
        source, source_partners = self._side(0, i0, i1)
        target, target_partners = self._side(1, j0, j1)
        linked = len(source_partners & target) + len(target_partners & source)
        return linked, len(source) + len(target)

    def calibrated(self, steps: Sequence[Step], m: int) -> bool:
        """Measure the link rates on a path's 1–1 beads (right, mostly) and on pairings
        ``OFF_PATH`` paragraphs off them (wrong, mostly); whether links tell the two apart.
        (``counts`` of one paragraph a side, its sets read straight from the lists.)"""
        (source, target), (source_partners, target_partners) = self._words, self._partners
        right, wrong = [0, 0], [0, 0]
        for i0, i1, j0, j1 in steps:
            if i1 - i0 != 1 or j1 - j0 != 1:
                continue
            words, partners = source[i0], source_partners[i0]
            for into, j in ((right, j0), (wrong, j0 - OFF_PATH), (wrong, j0 + OFF_PATH)):
                if 0 <= j < m:
                    into[0] += len(partners & target[j]) + len(target_partners[j] & words)
                    into[1] += len(words) + len(target[j])
        if not right[1] or not wrong[1]:
            return False
        p_right = min(max(right[0] / right[1], RATE_FLOOR), 1 - RATE_FLOOR)
        p_wrong = min(max(wrong[0] / wrong[1], RATE_FLOOR), 1 - RATE_FLOOR)
        if p_right <= p_wrong:
            return False
        self.link_cost = -WORD_WEIGHT * math.log(p_right / p_wrong)
        self.miss_cost = -WORD_WEIGHT * math.log((1 - p_right) / (1 - p_wrong))
        return True

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The bead's words' cost: negative where they translate each other."""
        if i0 == i1 or j0 == j1:
            return 0.0
        linked, trials = self.counts(i0, i1, j0, j1)
        return self.link_cost * linked + self.miss_cost * (trials - linked)

    def support(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """What the bead's words add to its log-odds of being right (``support``)."""
        return support(self.cost, self._sizes(), (i0, i1, j0, j1))

    def costs_over(self, cells: Cells) -> FloatArray:
        """``cost`` of every cell of ``cells`` at once: a word linked across a cell is a pair
        of one side's partner entry and the other side's word entry of one key that meet in
        the cell (``Cells.shared``; a span's entries hold each word once, as ``counts`` does)."""
        import numpy as np

        if self._arrays is None:
            numbers: dict[str, int] = {}  # each word's number, shared by both sides
            self._arrays = (
                _Spans.of(self._words[0], self._partners[0], numbers),
                _Spans.of(self._words[1], self._partners[1], numbers),
            )
        source, target = self._arrays
        di, dj, sizes = cells.di, cells.dj, self._sizes()
        linked = np.zeros(cells.count, dtype=np.int64)
        for left, right in ((source.partners, target.words), (source.words, target.partners)):
            where, _, _ = cells.shared(left[di], right[dj], sizes)
            linked += np.bincount(where, minlength=cells.count)
        trials = source.counts[di][cells.i0] + target.counts[dj][cells.j0]
        costs: FloatArray = self.link_cost * linked + self.miss_cost * (trials - linked)
        return costs

    def weighs(self, side: int) -> list[bool]:
        """Per paragraph of ``side`` (0 the source, 1 the target), whether it holds a word
        that takes part in a pair: one whose link or miss its beads' costs count."""
        return [bool(found) for found in self._words[side]]

    def _sizes(self) -> tuple[int, int]:
        return len(self._words[0]), len(self._words[1])


def support(
    cost: Callable[[int, int, int, int], float], sizes: tuple[int, int], step: Step
) -> float:
    """What evidence priced by ``cost`` adds to a bead's log-odds of being right, for its
    score: minus its cost, less the most that one more paragraph next to the bead on either
    side would save (a bead whose neighbour's words translate its own may be missing part of
    a split). 0 for a bead without counterpart; ``sizes``: the two texts' paragraph counts."""
    i0, i1, j0, j1 = step
    if i0 == i1 or j0 == j1:
        return 0.0
    own = cost(i0, i1, j0, j1)
    n, m = sizes
    wider = [
        cost(a, b, c, d)
        for a, b, c, d in (
            (i0 - 1, i1, j0, j1),
            (i0, i1 + 1, j0, j1),
            (i0, i1, j0 - 1, j1),
            (i0, i1, j0, j1 + 1),
        )
        if a >= 0 and b <= n and c >= 0 and d <= m
    ]
    return -own - max(0.0, own - min(wider, default=own))


def supports(evidence: BeadEvidence, sizes: tuple[int, int], steps: Sequence[Step]) -> list[float]:
    """``support`` of each bead of a path (``steps``) under ``evidence``, the same floats, its
    five costs (the bead's own and its four widenings) priced on arrays: per widening and kind
    of bead, the path's beads end on rows of their own, one cell each (``costs_over``, which
    reads all of a span size's entries: a kind of fewer than ``ARRAY_BEADS`` beads, or with a
    side wider than ``LONGEST`` paragraphs, is priced bead by bead by ``cost``)."""
    import numpy as np

    found = [0.0] * len(steps)  # a bead without counterpart: no words to weigh
    path = np.array(steps, dtype=np.int64).reshape(-1, 4)
    linked = np.flatnonzero((path[:, 0] < path[:, 1]) & (path[:, 2] < path[:, 3]))
    if not len(linked):
        return found
    beads, (n, m) = path[linked], sizes
    widenings = ((0, 0, 0, 0), (-1, 0, 0, 0), (0, 1, 0, 0), (0, 0, -1, 0), (0, 0, 0, 1))
    costs = np.full((len(widenings), len(beads)), np.inf)  # inf: past a text's end
    for row, widening in zip(costs, widenings, strict=True):
        wide = beads + np.array(widening)
        inside = (wide[:, 0] >= 0) & (wide[:, 1] <= n) & (wide[:, 2] >= 0) & (wide[:, 3] <= m)
        di, dj = wide[:, 1] - wide[:, 0], wide[:, 3] - wide[:, 2]
        for kind in np.unique((di * (m + 2) + dj)[inside]).tolist():
            a, b = divmod(kind, m + 2)
            at = np.flatnonzero(inside & (di == a) & (dj == b))
            if len(at) < ARRAY_BEADS or a > LONGEST or b > LONGEST:
                row[at] = [evidence.cost(*bead) for bead in wide[at].tolist()]
            else:
                ends, last = wide[at, 1], wide[at, 3]
                row[at] = evidence.costs_over(Cells.of(a, b, ends, last, last))
    own, least = costs[0], costs[1:].min(axis=0)
    least = np.where(least == np.inf, own, least)  # no widening: ``support``'s default
    gain = own - least
    found_linked = -own - np.where(gain > 0.0, gain, 0.0)  # max(0.0, gain), as ``support``
    for k, value in zip(linked.tolist(), found_linked.tolist(), strict=True):
        found[k] = value
    return found


class Evidences:
    """Several kinds of evidence about beads (learnt word pairs, cognates) as one: their
    costs add up, and so does what they say of a bead's score (``support``, of the sum)."""

    def __init__(self, parts: Sequence[WordEvidence], sizes: tuple[int, int]) -> None:
        self._parts = parts
        self._costs = [part.cost for part in parts]
        self._sizes = sizes

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """The bead's cost under every kind of evidence."""
        return sum(cost(i0, i1, j0, j1) for cost in self._costs)

    def support(self, i0: int, i1: int, j0: int, j1: int) -> float:
        """What all of the evidence adds to the bead's log-odds of being right."""
        return support(self.cost, self._sizes, (i0, i1, j0, j1))

    def costs_over(self, cells: Cells) -> FloatArray:
        """``cost`` of every cell of ``cells`` at once, the kinds added up in ``cost``'s order."""
        first, *rest = self._parts
        costs = first.costs_over(cells)
        for part in rest:
            costs += part.costs_over(cells)
        return costs

    def weighs(self, side: int) -> list[bool]:
        """Per paragraph of ``side``, whether any of the kinds weighs it."""
        return [
            any(found) for found in zip(*(part.weighs(side) for part in self._parts), strict=True)
        ]


def word_evidence(
    source_words: Sequence[set[str]], target_words: Sequence[set[str]], steps: Sequence[Step]
) -> WordEvidence | None:
    """The evidence of the word pairs that the alignment ``steps`` teaches of the two texts'
    paragraphs, read to their ``words``, calibrated on it; ``None`` where nothing is learnt or
    the links do not tell right beads from wrong."""
    pairs = learn_pairs(
        source_words, target_words, [(range(a, b), range(c, d)) for a, b, c, d in steps]
    )
    if not pairs:
        return None
    evidence = WordEvidence(source_words, target_words, pairs)
    return evidence if evidence.calibrated(steps, len(target_words)) else None

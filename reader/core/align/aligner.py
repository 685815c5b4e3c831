"""Paragraph alignment: which paragraphs of a translation render which paragraphs of its source.

Translations do not keep the source's paragraphs: editors merge two short ones, split a long
one, drop one, add an editor's note. ``align`` finds the *beads*, groups of consecutive
paragraphs that render each other (1–1, 2–1, 1–2, 2–2, 3–1, 1–3, 4–1, 1–4, and bigger merges), or that
have no counterpart (1–0, 0–1), in order and covering every paragraph of both texts once.

The method is Gale and Church's (1993) dynamic programming over paragraph lengths, with the
ratio of target to source characters and its variance estimated from the two texts themselves
(Latin letters kept in a Chinese or Japanese text beside a Latin-script one counted at that
ratio: ``_lengths``), strengthened by anchors that survive translation: numbers in any digit system or in words,
Latin-script tokens, names, quotation marks (``reader.core.align.anchors``). Splits are the
likelier the more one text outnumbers the other in paragraphs. The search is banded around the
diagonal that the cumulative lengths predict; the band widens where the best path touches its
edge, and wherever a wider band finds a cheaper path, so that a long text does not drift
(``reader.core.align.search``; ``bench/align.py``, ``bench/align_public.py``). A long text
whose anchors leave many beads without evidence (a novel, a scripture: few numbers and names)
is searched twice more, each time with the word pairs learnt from the alignment before: a
bead is then the likelier the more of its words find a learnt partner across it
(``reader.core.align.lexicon``) and, in two languages written in one script, the more of its
rarer words find a cognate across it (``reader.core.align.cognates``). A paragraph that is
not a translation of anything, written in the other text's language or in no language at all
(the debris of a scan), is cheaper left without counterpart and dearer inside a merge
(``reader.core.align.stray``).

What a bead's ``score`` means: how strongly the bead's own evidence supports it, in [0, 1]. It
is a logistic function of the kind's base log-odds (a 1–1 is the rule, a regrouping less
certain), of how far the lengths stray from the texts' ratio, of the anchors matched
across the bead against those left unmatched, and, where words are learnt, of its words'
links across it (less where a neighbouring paragraph's words would link too: a split cut
short). A 1–1 whose lengths fit and whose numbers and names agree scores near 1 (0.98 and
up); one whose anchors disagree falls fast (in a short text, one number that differs takes it to about 0.94, two to about 0.25). A paragraph without counterpart scores around 0.5: lower when
it holds anchors found elsewhere in the other text (it may belong there), up to 0.73 when it
holds numbers the other text lacks altogether (a dropped paragraph, an added note). A score is
not a calibrated probability; below 0.9 is worth a reader's look.

This module never imports Qt: the window's aligned rows are drawn from an ``Alignment``.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from reader.core.align.anchors import Weights, Words, anchor_weights
from reader.core.align.cognates import Cognates
from reader.core.align.lexicon import MIN_BEADS, Evidences, supports, text_words, word_evidence
from reader.core.align.search import (
    BeadEvidence,
    LengthModel,
    Problem,
    Step,
    bead_score,
    best_path,
    fit,
    refined_path,
    widened,
)
from reader.core.align.stray import strays as stray_weights
from reader.core.text.languages import language_script
from reader.core.text.words import LATIN_LETTERS

NULL_SCORE = 0.5  # a paragraph without counterpart when the other text is empty
# Beads of a first alignment that match anchors (weight at least MIN_MATCHED): when this share
# of them does, words are not learnt (``_learn_words``). News paragraphs: 0.9 to 1.0 of beads;
# literary texts and the Bible, 0.0 to 0.6.
MIN_MATCHED = 0.3
WELL_ANCHORED = 0.8
# Searches with learnt words: the second learns from the first's path, better than the path
# lengths and anchors chose (MAC-Dev tuning part 0.638 with one, 0.684 with two, 0.683 with
# three; Text+Berg's 0.858 with each).
LEARNING_PASSES = 2


# -- the result ---------------------------------------------------------------------------------


class Side(StrEnum):
    """One side of an alignment: the source, or the target that renders it."""

    SOURCE = "source"
    TARGET = "target"


@dataclass(frozen=True)
class Bead:
    """Consecutive source paragraphs and the consecutive target paragraphs that render them.

    ``source`` and ``target`` are 0-based paragraph indexes; either may be empty (a paragraph
    with no counterpart). ``score`` in [0, 1] says how strongly the bead's own evidence supports
    it (see the module's docstring): near 1 for a 1–1 whose lengths fit the texts' ratio and
    whose anchors all match; lower as lengths drift or anchors disagree; around 0.5 or below for
    a paragraph left without counterpart, which a reader should check.
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"2-1"``, ``"0-1"``, ...: source count, then target count. A shape, not
        one of a fixed set of kinds: merges of any size occur (five paragraphs into one)."""
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True)
class Alignment:
    """Beads in order, covering every paragraph of both texts exactly once."""

    beads: tuple[Bead, ...]

    @cached_property
    def _index(self) -> dict[Side, dict[int, Bead]]:
        found: dict[Side, dict[int, Bead]] = {Side.SOURCE: {}, Side.TARGET: {}}
        for bead in self.beads:
            found[Side.SOURCE].update(dict.fromkeys(bead.source, bead))
            found[Side.TARGET].update(dict.fromkeys(bead.target, bead))
        return found

    def counterpart(self, side: Side, index: int) -> Bead:
        """The bead holding paragraph ``index`` of ``side``."""
        try:
            return self._index[Side(side)][index]
        except KeyError:
            raise IndexError(f"no {side} paragraph {index} in this alignment") from None


# -- the entry point ----------------------------------------------------------------------------


def paragraph_length(text: str) -> int:
    """Characters, with runs of white space counted once: layout is not translation.

    A paragraph whose only white space is single spaces between its words (nearly every one)
    is its own length, told without cutting it into words: every other white space character
    (``str.split``'s) is unprintable, and so is a tab or a line break."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return len(text)
    return len(" ".join(text.split()))


_LATIN_LETTER = re.compile(f"[{LATIN_LETTERS}]")


def _lengths(
    source: Sequence[str], target: Sequence[str], source_language: str, target_language: str
) -> tuple[list[int], list[int]]:
    """Each paragraph's length (``paragraph_length``). In a Chinese or Japanese text beside one
    in Latin letters, its Latin letters (names and glosses kept from the other text, copied
    rather than translated) count at the texts' own rate of that text's other characters to the
    other text's characters, not as characters of its script: a paragraph that keeps a list of
    names in Latin letters is otherwise too long for its source, and is merged with the
    paragraphs before it."""
    texts = source, target
    lengths = [paragraph_length(p) for p in source], [paragraph_length(p) for p in target]
    scripts = [language_script(language) for language in (source_language, target_language)]
    if sorted(scripts) not in (["Hani", "Latn"], ["Jpan", "Latn"]):
        return lengths
    han = 0 if scripts[1] == "Latn" else 1
    latin = [len(_LATIN_LETTER.findall(p)) for p in texts[han]]
    total_latin = sum(latin)
    other = sum(lengths[1 - han])
    if not total_latin or not other:
        return lengths
    rate = max(0.0, sum(lengths[han]) - total_latin) / other
    weighed = [max(1, n - k + round(k * rate)) for n, k in zip(lengths[han], latin, strict=True)]
    return (weighed, lengths[1]) if han == 0 else (lengths[0], weighed)


def align(
    source: Sequence[str], target: Sequence[str], source_language: str, target_language: str
) -> Alignment:
    """Beads in order covering every paragraph of both sides exactly once.

    The languages tell the anchors how to read each text (which script its names are in,
    whether a "billion" is 10⁹ or 10¹²); the length ratio is measured on the texts themselves.
    """
    if not source or not target:
        alone = [Bead((i,), (), NULL_SCORE) for i in range(len(source))]
        return Alignment((*alone, *(Bead((), (j,), NULL_SCORE) for j in range(len(target)))))
    if list(source) == list(target):  # a version beside itself: nothing to search
        return Alignment(tuple(Bead((i,), (i,), 1.0) for i in range(len(source))))
    with _collector_paused():
        problem, steps = searched(source, target, source_language, target_language)
        sizes = len(source), len(target)
        words = supports(problem.words, sizes, steps) if problem.words else [None] * len(steps)
        return Alignment(
            tuple(
                Bead(
                    tuple(range(i0, i1)),
                    tuple(range(j0, j1)),
                    bead_score(problem, (i0, i1, j0, j1), support),
                )
                for (i0, i1, j0, j1), support in zip(steps, words, strict=True)
            )
        )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a pair is aligned, and resumed after if it
    ran before. The search allocates millions of short-lived tuples, lists and arrays, which
    reference counting frees and which make no cycles; each of them counts toward the next
    collection, which then walks every object the process holds (the word lists, the anchors).
    On the 5,000-paragraph mixed pair the walks are 5 % of the time (0.953 → 0.903 s of CPU);
    the Bible's peak memory is unchanged (``bench/align_public.py``). Whatever cycles the
    search leaves are collected by the next collection after it."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def searched(
    source: Sequence[str], target: Sequence[str], source_language: str, target_language: str
) -> tuple[Problem, list[Step]]:
    """The cheapest path through two non-empty texts, with the cost model it was found under
    (``align``'s search; ``bench/align_public.py --costs`` prices the gold path with it)."""
    lengths = _lengths(source, target, source_language, target_language)
    anchors, strays = _read(source, target, source_language, target_language)
    problem = Problem(*lengths, anchors, strays=strays)
    steps = best_path(problem)
    if _needs_words(source, target, problem, steps):
        cognates = Cognates.read(source, target, source_language, target_language)
        steps = _aligned_by_words(source, target, cognates, problem, steps)
    return problem, steps


def _read(
    source: Sequence[str], target: Sequence[str], source_language: str, target_language: str
) -> tuple[Weights, tuple[list[float], list[float]]]:
    """The two texts' anchors, weighed, and each paragraph's stray weight: each text's words
    read once for both (and let go before the search)."""
    read = Words.read(source), Words.read(target)
    weights = anchor_weights((source, target), (source_language, target_language), read)
    strays = (
        stray_weights(source, source_language, target_language, read[0].as_written(source)),
        stray_weights(target, target_language, source_language, read[1].as_written(target)),
    )
    return weights, strays


def _needs_words(
    source: Sequence[str], target: Sequence[str], problem: Problem, steps: list[Step]
) -> bool:
    """Whether words should be learnt from the two texts: only where they are needed and can
    be learnt, in texts long enough whose own anchors leave many beads without evidence (a
    literary text, a book with few numbers and names; not a news article with a number or a
    name in nearly every paragraph, where words would cost time without changing a bead)."""
    if min(len(source), len(target)) < MIN_BEADS:
        return False
    linked = [step for step in steps if step[0] < step[1] and step[2] < step[3]]
    anchored = sum(problem.anchors(*step)[0] >= MIN_MATCHED for step in linked)
    return anchored < WELL_ANCHORED * len(linked)


def _aligned_by_words(
    source: Sequence[str],
    target: Sequence[str],
    cognates: Cognates | None,
    problem: Problem,
    steps: list[Step],
) -> list[Step]:
    """The path searched again, ``LEARNING_PASSES`` times, with what the words learnt from the
    path before (``reader.core.align.lexicon``) and the texts' cognates, if written in one
    script (``reader.core.align.cognates``), say of each bead; ``steps`` if neither says
    anything.

    Where words are learnt, lengths count for less (``reader.core.align.search.widened``), and
    the ratio of target to source characters is the texts' totals: measured on the 1–1 beads
    of a path that lengths chose, in a translation that splits many sentences, it pairs a
    sentence with one part of its split and falls short (MAC-Dev 002: 3.39 measured, 3.66 by
    the totals, 3.75 on the gold beads; 003: 4.77, 5.18, 5.24).
    """
    texts = text_words(source), text_words(target)  # read once, for each pass
    evidence = _evidence(texts, cognates, steps)
    if evidence is None:
        return steps
    variance = widened(fit(problem, steps, merges=True) or problem.model).variance
    problem.model = LengthModel(problem.target_at[-1] / problem.source_at[-1], variance)
    strays = problem.source_strays, problem.target_strays  # the stray test's
    for search in range(LEARNING_PASSES):
        if search:
            evidence = _evidence(texts, cognates, steps) or evidence
        problem.words = evidence
        problem.use_strays(_unweighed(strays, evidence))
        steps = refined_path(problem, steps)
    return steps


def _unweighed(
    strays: tuple[list[float], list[float]], evidence: BeadEvidence
) -> tuple[list[float], list[float]]:
    """The stray weights of the paragraphs that ``evidence`` does not weigh; 0 for those it
    does, which hold a word that a learnt pair or a cognate links across a bead, or misses.

    The stray test guesses from a paragraph's language that it renders nothing, and makes a
    merge that holds it dearer (``reader.core.align.search.STRAY_PENALTY``). In a yearbook,
    the lines it takes for no language or for the other's are mostly names, titles and
    references on lines of their own ("- Heinrich Roiss :", "La Tour de Mustagh ." in the
    German), which the French renders inside a sentence: their cognates say so bead by bead,
    where the guess only overruled them. Debris ("....", "r \\") holds no such word, and
    keeps its weight.
    """
    source, target = (
        [
            0.0 if weighed else weight
            for weight, weighed in zip(side, evidence.weighs(k), strict=True)
        ]
        for k, side in enumerate(strays)
    )
    return source, target


def _evidence(
    texts: tuple[list[set[str]], list[set[str]]], cognates: Cognates | None, steps: list[Step]
) -> BeadEvidence | None:
    """What the words learnt from ``steps`` and the cognates, calibrated on them, say of a
    bead, together; ``None`` where neither says anything. ``texts``: each paragraph's
    ``words``."""
    found = [
        evidence
        for evidence in (
            word_evidence(*texts, steps),
            cognates.evidence(steps) if cognates else None,
        )
        if evidence is not None
    ]
    if len(found) < 2:
        return found[0] if found else None
    return Evidences(found, (len(texts[0]), len(texts[1])))

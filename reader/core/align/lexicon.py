"""Word pairs learnt from the two texts themselves: the aligner's bilingual evidence.

Lengths, numbers and names say little about a literary translation or a text with few
numbers: which of two English sentences renders a Chinese one is a matter of words. No
dictionary is needed to learn the most useful of them: in a long pair of texts, a word and its
translation keep turning up in the same beads. After a first alignment, every word of each
source bead is counted against every word of its target side; a pair whose words occur
together in most of the beads either occurs in (Dice's coefficient at least ``MIN_DICE``, in
``MIN_TOGETHER`` beads or more; the strongest pairs first, each word in ``LINKS`` pairs at most)
becomes an anchor key of its own, ``W`` followed by the two words, on every paragraph holding
either word: hunalign's second pass (Varga et al. 2005), with a dictionary learnt by
co-occurrence over a first alignment, as Moore (2002) learns his, rather than given.

Words are cut by the one tokenizer (``reader.core.text.tokens``), folded, and a word of a
spaced script is cut to its first ``STEM`` letters so that inflections count together (a crude
stem, but one that holds in any language); a character of a script written without spaces
(Chinese) is a word. Words in one bead in five or more are left out (function words: they pair
with everything and would weigh nothing as anchors), and so are words met only once.

Pure Python, no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import product

from reader.core.text.fold import fold
from reader.core.text.tokens import word_pattern

MIN_BEADS = 60  # beads of both sides in a first alignment before anything is learnt from it
MIN_TOGETHER = 3  # beads a pair must share
MIN_DICE = 0.5  # 2 × beads shared / (beads with the one + beads with the other)
MAX_SHARE = 0.2  # a word in more than this share of beads is a function word
LINKS = 2  # pairs a word may be in: a word of one language may be two of the other
STEM = 5  # letters kept of a word of a spaced script

Bead = tuple[Sequence[int], Sequence[int]]


def words(text: str) -> set[str]:
    """The distinct words of a paragraph as the lexicon counts them: folded, a spaced script's
    word cut to ``STEM`` letters, a character of an unspaced script alone; no numbers."""
    found = set()
    for token in word_pattern().findall(text):
        if token[0].isdecimal():
            continue
        word = fold(token)
        if len(word) > 1 or not word.isascii():
            found.add(word[:STEM])
    return found


def _content(paragraphs: Sequence[set[str]], beads: Sequence[Bead], side: int) -> list[set[str]]:
    """Per bead, one side's words that are neither too rare nor too common to learn from."""
    per_bead = [set().union(*(paragraphs[k] for k in bead[side])) for bead in beads]
    frequency = Counter(word for found in per_bead for word in found)
    most = max(2, MAX_SHARE * len(beads))
    kept = {word for word, n in frequency.items() if 2 <= n <= most}
    return [found & kept for found in per_bead]


def learn_pairs(
    source: Sequence[set[str]], target: Sequence[set[str]], beads: Iterable[Bead]
) -> dict[str, set[str]]:
    """Per source word, the target words it pairs with, learnt from ``beads`` (source and
    target paragraph indexes of a first alignment; beads with an empty side are skipped)."""
    linked = [bead for bead in beads if bead[0] and bead[1]]
    if len(linked) < MIN_BEADS:
        return {}
    source_words, target_words = _content(source, linked, 0), _content(target, linked, 1)
    together: Counter[tuple[str, str]] = Counter()
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for s_words, t_words in zip(source_words, target_words, strict=True):
        left.update(s_words)
        right.update(t_words)
        together.update(product(s_words, t_words))
    # Competitive linking (Melamed 2000): the strongest pairs first, each word in one pair at
    # most, so that words which merely keep company with a word's translation (the rest of a
    # sentence repeated word for word) pair with nothing.
    ranked = sorted(
        (
            (2 * n / (left[s] + right[t]), n, s, t)
            for (s, t), n in together.items()
            if n >= MIN_TOGETHER and 2 * n >= MIN_DICE * (left[s] + right[t])
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


def pair_keys(
    source: Sequence[set[str]], target: Sequence[set[str]], pairs: dict[str, set[str]]
) -> tuple[list[Counter[str]], list[Counter[str]]]:
    """The anchor keys the pairs put on each paragraph of each side: ``W`` + source word +
    tab + target word, once per paragraph holding that side's word."""
    wanted = {t for targets in pairs.values() for t in targets}
    by_target: dict[str, list[str]] = {}
    for s, targets in pairs.items():
        for t in targets:
            by_target.setdefault(t, []).append(s)
    source_keys = [
        Counter(f"W{s}\t{t}" for s in found if s in pairs for t in pairs[s]) for found in source
    ]
    target_keys = [
        Counter(f"W{s}\t{t}" for t in found if t in wanted for s in by_target[t])
        for found in target
    ]
    return source_keys, target_keys

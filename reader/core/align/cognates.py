"""Cognates: words that two languages written in one script spell nearly alike.

A German and a French text share more than numbers and names: ``Minuten`` and ``minutes``,
``technische`` and ``techniques``, ``September`` and ``septembre``, a place's name in both
spellings. Simard, Foster and Isabelle (1992) take two words of at least ``PREFIX`` letters
that share their first ``PREFIX`` letters (accents folded) as cognates: language-independent
evidence that needs no dictionary and covers the words a text uses once or twice, which the
word pairs learnt from co-occurrence (``reader.core.align.lexicon``) cannot learn. Numbers
and punctuation are anchors already (``reader.core.align.anchors``).

Each paragraph is read to the set of its words' prefixes; a prefix both texts hold, in no
more than ``MAX_SHARE`` of either text's paragraphs (``dans`` beside ``dans``, or a name the
whole text is about, says little), pairs with itself. What the pairs say of a bead is what
learnt word pairs say (``WordEvidence``): each prefix of the bead either finds its twin on
the other side or not, at rates measured on the texts' first alignment. Texts in two scripts
have no cognates in this sense: nothing is read.

Pure Python, no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.core.align.lexicon import MAX_SHARE, Step, WordEvidence
from reader.core.text.fold import fold
from reader.core.text.languages import language_of
from reader.core.text.tokens import word_pattern

PREFIX = 4  # letters two cognates share from their start, and the least a word has


def prefixes(text: str) -> set[str]:
    """The first ``PREFIX`` letters of each word of ``text`` that has that many, folded."""
    found = set()
    for token in word_pattern().findall(text):
        if len(token) >= PREFIX and token.isalpha():
            found.add(fold(token)[:PREFIX])
    return found


def _same_script(source_language: str, target_language: str) -> bool:
    source, target = language_of(source_language), language_of(target_language)
    return source is not None and target is not None and source.script == target.script


class Cognates:
    """The two texts' paragraphs read to their cognate prefixes, once; ``evidence`` prices
    beads by them, calibrated on an alignment of the texts."""

    def __init__(self, source: Sequence[set[str]], target: Sequence[set[str]]) -> None:
        kept = _kept(source) & _kept(target)
        self._source = [found & kept for found in source]
        self._target = [found & kept for found in target]
        self._pairs = {prefix: {prefix} for prefix in kept}
        self._links: WordEvidence | None = None  # built on the first ``evidence``

    @classmethod
    def read(
        cls,
        source: Sequence[str],
        target: Sequence[str],
        source_language: str,
        target_language: str,
    ) -> Cognates | None:
        """The cognates of two texts, ``None`` where their languages are written in two
        scripts (or are not known)."""
        if not _same_script(source_language, target_language):
            return None
        return cls([prefixes(p) for p in source], [prefixes(p) for p in target])

    def evidence(self, steps: Sequence[Step]) -> WordEvidence | None:
        """What the cognates say of a bead, at link rates measured on ``steps``; ``None``
        where there are none or they do not tell right beads from wrong."""
        if not self._pairs:
            return None
        # The pairs do not change from one alignment to the next, only the rates: one
        # evidence, with the spans it has read, calibrated again (it keeps its rates where
        # they do not tell right beads from wrong, and is then not used).
        if self._links is None:
            self._links = WordEvidence(self._source, self._target, self._pairs)
        return self._links if self._links.calibrated(steps, len(self._target)) else None


def _kept(paragraphs: Sequence[set[str]]) -> set[str]:
    """The prefixes of one text that are not in too many of its paragraphs to tell them apart."""
    frequency = Counter(prefix for found in paragraphs for prefix in found)
    most = max(1.0, MAX_SHARE * len(paragraphs))
    return {prefix for prefix, n in frequency.items() if n <= most}

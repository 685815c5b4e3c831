"""Made-up parallel texts for the aligner's tests, where one sentence in ten is split in two
(shared by ``tests/test_align_lexicon.py`` and ``tests/test_align_cognates.py``)."""

from __future__ import annotations

from collections.abc import Sequence

Bead = tuple[tuple[int, ...], tuple[int, ...]]


def with_splits(translations: Sequence[list[str]]) -> tuple[list[str], list[Bead]]:
    """The target sentences of ``translations`` (each a sentence's words), the sixth of every
    ten cut in two halves, and the gold beads that pair each source sentence with them."""
    target: list[str] = []
    gold: list[Bead] = []
    for i, translated in enumerate(translations):
        if i % 10 == 5:
            cut = len(translated) // 2
            gold.append(((i,), (len(target), len(target) + 1)))
            target += [" ".join(translated[:cut]) + ".", " ".join(translated[cut:]) + "."]
        else:
            gold.append(((i,), (len(target),)))
            target.append(" ".join(translated) + ".")
    return target, gold

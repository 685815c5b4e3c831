"""Cognates as alignment evidence between texts in one script (issue 18, Text+Berg's de–fr).

The texts are made up: every word of the "translation" is a fresh random word (so no word
pair can be learnt from co-occurrence), padded with particles the source has none of (so
lengths say little), except each sentence's one or two rare terms, which the translation
spells with another ending, as German and French spell ``Minuten`` and ``minutes``; every
tenth sentence is split in two.
"""

from __future__ import annotations

import random

import pytest

from reader.core.align.aligner import align
from reader.core.align.cognates import Cognates, prefixes
from reader.core.align.lexicon import Evidences, WordEvidence
from reader.core.align.search import Cells
from tests.align_made_up import Bead, with_splits

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _word(rng: random.Random, low: int = 3, high: int = 9) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(low, high)))


def cognate_pair(sentences: int = 150, seed: int = 92) -> tuple[list[str], list[str], list[Bead]]:
    rng = random.Random(seed)
    source: list[str] = []
    translations: list[list[str]] = []
    for _ in range(sentences):
        terms = [_word(rng, 6, 10) for _ in range(rng.randint(1, 2))]
        plain = [_word(rng) for _ in range(rng.randint(4, 10))]
        source.append(" ".join(plain + [term + "ung" for term in terms]) + ".")
        translated = [_word(rng) for _ in range(rng.randint(2, 20))]
        for term in terms:
            translated.insert(rng.randrange(len(translated) + 1), term + "ion")
        translations.append(translated)
    target, gold = with_splits(translations)
    return source, target, gold


def steps_of(beads: list[Bead]) -> list[tuple[int, int, int, int]]:
    return [(s[0], s[-1] + 1, t[0], t[-1] + 1) for s, t in beads]


def test_a_word_is_read_to_its_first_four_letters_folded_and_short_words_and_numbers_not() -> None:
    assert prefixes("Die technischen Angaben: 40 Minuten, Genève.") == {
        "tech",
        "anga",
        "minu",
        "gene",
    }
    assert prefixes("Les données techniques : 40 minutes à Genf") == {
        "donn",
        "tech",
        "minu",
        "genf",
    }


def test_only_texts_in_one_script_have_cognates() -> None:
    text = ["Die technischen Angaben."] * 3
    assert Cognates.read(text, text, "de", "fr") is not None
    assert Cognates.read(text, text, "en", "zh") is None
    assert Cognates.read(text, text, "id", "ar") is None


def test_cognates_across_a_bead_are_evidence_for_it_and_their_absence_against_it() -> None:
    source, target, gold = cognate_pair()
    cognates = Cognates.read(source, target, "de", "fr")
    assert cognates is not None
    evidence = cognates.evidence(steps_of(gold))
    assert evidence is not None
    assert evidence.link_cost < 0 < evidence.miss_cost  # measured on the texts
    assert evidence.cost(0, 1, 0, 1) < 0 < evidence.cost(0, 1, 1, 2)
    (i,), (j, k) = next(bead for bead in gold if len(bead[1]) == 2)
    # The split's second half holds its share of the terms or nothing; the sentence after it
    # brings terms of its own, which find no twin.
    assert evidence.cost(i, i + 1, j, k + 1) <= evidence.cost(i, i + 1, j, j + 1)
    assert evidence.cost(i, i + 1, j, k + 2) > evidence.cost(i, i + 1, j, k + 1)


def test_evidences_together_cost_their_sum_bead_by_bead_and_a_block_at_once() -> None:
    np = pytest.importorskip("numpy")
    source, target, gold = cognate_pair()
    cognates = Cognates.read(source, target, "de", "fr")
    assert cognates is not None
    one = cognates.evidence(steps_of(gold))
    assert isinstance(one, WordEvidence)
    both = Evidences([one, one], (len(source), len(target)))
    assert both.cost(3, 4, 3, 4) == 2 * one.cost(3, 4, 3, 4) < 0
    assert both.support(3, 4, 3, 4) == 2 * one.support(3, 4, 3, 4)
    rows = np.arange(2, len(source) + 1, dtype=np.int64)
    first = np.maximum(rows - 5, 1)
    last = np.minimum(rows + 5, len(target))
    cells = Cells.of(2, 1, rows, first, last)
    costs = both.costs_over(cells).tolist()
    assert costs == [
        both.cost(i, i + 2, j, j + 1)
        for i, j in zip(cells.i0.tolist(), cells.j0.tolist(), strict=True)
    ]
    assert costs == (2 * one.costs_over(cells)).tolist()


def right(source: list[str], target: list[str], gold: list[Bead], languages: str) -> int:
    found = {(b.source, b.target) for b in align(source, target, *languages.split()).beads}
    return len(found & set(gold))


def test_a_translation_with_nothing_to_learn_is_aligned_by_its_cognates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source, target, gold = cognate_pair()
    with_cognates = right(source, target, gold, "de fr")
    monkeypatch.setattr(Cognates, "read", classmethod(lambda cls, *args: None))
    without = right(source, target, gold, "de fr")
    assert with_cognates >= 0.9 * len(gold) > 1.2 * without

"""Word pairs the aligner learns from the two texts themselves (issue 18: the cost model).

The texts are made up: a source in random words, a "translation" that renders each word by a
word of its own and scatters particles the source has none of, so that sentence lengths say
little, as in a literary translation; every tenth sentence is split in two.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from itertools import product

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align import aligner, lexicon
from reader.core.align.aligner import align
from reader.core.align.lexicon import (
    MIN_DICE,
    MIN_TOGETHER,
    OFF_PATH,
    RATE_FLOOR,
    WORD_WEIGHT,
    Evidences,
    WordEvidence,
    learn_pairs,
    supports,
    text_words,
    word_evidence,
    words,
)
from reader.core.align.search import LONGEST, Cells, set_entries, span_entries
from tests.align_made_up import Bead, with_splits

PARTICLES = ["la", "de", "ke", "na", "se"]


def cipher_pair(
    sentences: int = 150, particles: int = 25, seed: int = 18
) -> tuple[list[str], list[str], list[Bead], dict[str, str]]:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = [
        "".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(150)
    ]
    rendering = {
        w: "".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for w in vocabulary
    }
    source: list[str] = []
    translations: list[list[str]] = []
    for _ in range(sentences):
        sentence = [rng.choice(vocabulary) for _ in range(rng.randint(5, 12))]
        source.append(" ".join(sentence) + ".")
        translated = [rendering[w] for w in sentence]
        for _ in range(rng.randint(0, particles)):
            translated.insert(rng.randrange(len(translated) + 1), rng.choice(PARTICLES))
        translations.append(translated)
    target, gold = with_splits(translations)
    return source, target, gold, rendering


def right(source: list[str], target: list[str], gold: list[Bead]) -> int:
    found = {(bead.source, bead.target) for bead in align(source, target, "en", "fr").beads}
    return len(found & set(gold))


def test_words_are_folded_cut_to_a_stem_and_chinese_is_read_by_character() -> None:
    assert words("The Translations of 2019, translated.") == {"the", "trans", "of"}
    assert words("他活了九百三十岁") == {"他", "活", "了", "九", "百", "三", "十", "岁"}


def test_a_text_is_read_paragraph_by_paragraph_each_token_once() -> None:
    paragraphs = ["Noah lived 950 years.", "950 YEARS, Noah", "", "他活了 950 岁", "他 他 x"]
    assert text_words(paragraphs) == [
        {"noah", "lived", "years"},
        {"years", "noah"},
        set(),
        {"他", "活", "了", "岁"},
        {"他"},  # a Latin letter alone is no word, a Chinese character is
    ]
    assert text_words(paragraphs) == [words(p) for p in paragraphs]


@pytest.mark.parametrize("size", [40, 100_000])  # counted in a table, and by sorting
def test_codes_met_often_enough_are_counted_whichever_way(size: int) -> None:
    np = pytest.importorskip("numpy")
    rng = random.Random(size)
    codes = [rng.randrange(40) * (size // 40) for _ in range(300)] + [size - 1] * MIN_TOGETHER
    expected = sorted((code, n) for code, n in Counter(codes).items() if n >= MIN_TOGETHER)
    found, counts = lexicon._counted(np.array(codes, dtype=np.int64), size)
    assert list(zip(found.tolist(), counts.tolist(), strict=True)) == expected
    assert expected[-1][0] == size - 1
    assert (size > lexicon.DENSE * len(codes)) == (size == 100_000)  # each way is taken


def test_a_word_and_its_rendering_are_learnt_and_particles_pair_with_nothing() -> None:
    source, target, gold, rendering = cipher_pair()
    source_words = [words(p) for p in source]
    target_words = [words(p) for p in target]
    pairs = learn_pairs(source_words, target_words, gold)
    learnt = {(s, t) for s, found in pairs.items() for t in found}
    right_pairs = {(s[:5], t[:5]) for s, t in rendering.items()}
    assert len(learnt & right_pairs) > 0.9 * len(learnt) > 50
    assert not {t for _, t in learnt} & set(PARTICLES)  # in nearly every sentence: no evidence
    evidence = WordEvidence(source_words, target_words, pairs)
    linked, trials = evidence.counts(0, 1, 0, 1)
    assert trials > 0 and linked > 0.8 * trials  # the first sentences render each other
    assert evidence.counts(0, 1, 3, 4)[0] < 0.3 * evidence.counts(0, 1, 3, 4)[1]


def test_the_pairs_of_words_are_counted_on_arrays_as_bead_by_bead() -> None:
    source, target, gold, _ = cipher_pair()
    source_words = [set().union(*(words(source[i]) for i in s)) for s, _ in gold]
    target_words = [set().union(*(words(target[j]) for j in t)) for _, t in gold]
    source_words[5] = set()  # a bead whose side has no word left to learn from
    left = Counter(w for found in source_words for w in found)
    right = Counter(w for found in target_words for w in found)
    together = Counter(
        pair for s, t in zip(source_words, target_words, strict=True) for pair in product(s, t)
    )
    expected = {
        (s, t, n)
        for (s, t), n in together.items()
        if n >= MIN_TOGETHER and 2 * n >= MIN_DICE * (left[s] + right[t])
    }
    found = lexicon._together(source_words, target_words, left, right)
    assert len(found) == len(expected) > 100
    assert set(found) == expected


def steps_of(beads: list[Bead]) -> list[tuple[int, int, int, int]]:
    return [(s[0], s[-1] + 1, t[0], t[-1] + 1) for s, t in beads]


def test_the_words_favour_a_right_bead_over_its_neighbours_and_a_split_over_half_of_it() -> None:
    source, target, gold, _ = cipher_pair()
    evidence = word_evidence([words(p) for p in source], [words(p) for p in target], steps_of(gold))
    assert evidence is not None
    assert evidence.link_cost < 0 < evidence.miss_cost  # measured on the texts
    assert evidence.cost(0, 1, 0, 1) < 0 < evidence.cost(0, 1, 1, 2)
    assert evidence.cost(1, 2, 0, 1) > 0
    assert evidence.cost(0, 0, 0, 1) == evidence.cost(0, 1, 1, 1) == 0.0  # nothing to weigh
    (split,) = [bead for bead in gold if len(bead[1]) == 2][:1]
    (i,), (j, k) = split
    whole = evidence.cost(i, i + 1, j, k + 1)
    assert whole < evidence.cost(i, i + 1, j, j + 1)  # the second half's words are his too
    assert whole < evidence.cost(i, i + 1, j, k + 2)  # a sentence more brings words of its own
    assert evidence.cost(i, i + 1, j, k + 2) > evidence.cost(i, i + 1, j, k + 1)


def test_a_bead_missing_half_of_a_split_has_less_support_than_its_words_alone_would_give() -> None:
    source, target, gold, _ = cipher_pair()
    evidence = word_evidence([words(p) for p in source], [words(p) for p in target], steps_of(gold))
    assert evidence is not None
    (i,), (j, k) = next(bead for bead in gold if len(bead[1]) == 2)
    half = (i, i + 1, j, j + 1)
    assert evidence.support(*half) < -evidence.cost(*half)  # the next sentence is his too
    whole = (i, i + 1, j, k + 1)
    assert evidence.support(*whole) == -evidence.cost(*whole) > evidence.support(*half)


def band_cells(di: int, dj: int, n: int, m: int, width: int) -> Cells:
    """The cells of beads of ``di`` and ``dj`` paragraphs in a band ``width`` columns either
    side of the diagonal, from the first row that can hold one to the last."""
    np = pytest.importorskip("numpy")
    rows = np.arange(di, n + 1, dtype=np.int64)
    diagonal = rows * m // n
    first = np.maximum(diagonal - width, dj)
    last = np.maximum(np.minimum(diagonal + width, m), first - 1)
    return Cells.of(di, dj, rows, first, last)


def test_a_block_of_beads_is_priced_on_arrays_exactly_as_bead_by_bead() -> None:
    source, target, gold, _ = cipher_pair()
    evidence = word_evidence([words(p) for p in source], [words(p) for p in target], steps_of(gold))
    assert evidence is not None
    n, m = len(source), len(target)
    priced: list[float] = []
    for di in range(1, LONGEST + 1):
        for dj in range(1, LONGEST + 1):
            cells = band_cells(di, dj, n, m, 6)
            expected = [
                evidence.cost(i, i + di, j, j + dj)
                for i, j in zip(cells.i0.tolist(), cells.j0.tolist(), strict=True)
            ]
            assert evidence.costs_over(cells).tolist() == expected
            priced += expected
    assert min(priced) < 0 < max(priced)  # beads whose words link, and beads whose do not


@pytest.mark.parametrize("at_once", [1, 10**6])  # every kind on arrays, and none
def test_a_paths_supports_are_priced_on_arrays_exactly_as_bead_by_bead(
    at_once: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lexicon, "ARRAY_BEADS", at_once)
    source, target, gold, _ = cipher_pair()
    evidence = word_evidence([words(p) for p in source], [words(p) for p in target], steps_of(gold))
    assert evidence is not None
    n, m = len(source), len(target)
    # A merge wider than the arrays' spans at the texts' start, a bead without counterpart,
    # the gold beads after them (splits, and the last bead at both texts' ends).
    wide = LONGEST + 1
    path = [(0, wide, 0, 2), (wide, wide, 2, 3)]
    path += [step for step in steps_of(gold) if step[0] >= wide and step[2] >= 3]
    found = supports(evidence, (n, m), path)
    assert found == [evidence.support(*step) for step in path]
    assert found[1] == 0.0 and min(found) < 0 < max(found)
    both = Evidences([evidence, evidence], (n, m))  # two kinds of evidence add up
    assert supports(both, (n, m), path) == [both.support(*step) for step in path]


def test_the_link_rates_are_counted_at_once_as_bead_by_bead() -> None:
    source, target, gold, _ = cipher_pair()
    source_words, target_words = [words(p) for p in source], [words(p) for p in target]
    pairs = learn_pairs(source_words, target_words, gold)
    evidence = WordEvidence(source_words, target_words, pairs)
    steps, m = steps_of(gold), len(target)
    assert evidence.calibrated(steps, m)
    # Each 1–1 bead's links and trials, and those of the pairings OFF_PATH sentences off it
    # that fall inside the target (the first and last beads' do not), one bead at a time.
    right, wrong = [0, 0], [0, 0]
    for i0, i1, j0, j1 in steps:
        if i1 - i0 == j1 - j0 == 1:
            for into, j in ((right, j0), (wrong, j0 - OFF_PATH), (wrong, j0 + OFF_PATH)):
                if 0 <= j < m:
                    linked, trials = evidence.counts(i0, i1, j, j + 1)
                    into[0] += linked
                    into[1] += trials
    assert 0 < wrong[0] < wrong[1] and right[0] == right[1]  # every right bead's words link
    p_right, p_wrong = 1 - RATE_FLOOR, wrong[0] / wrong[1]
    assert evidence.link_cost == -WORD_WEIGHT * math.log(p_right / p_wrong)
    assert evidence.miss_cost == -WORD_WEIGHT * math.log((1 - p_right) / (1 - p_wrong))


def test_links_are_not_used_where_the_path_they_are_measured_on_shows_no_difference() -> None:
    source, target, gold, _ = cipher_pair()
    source_words, target_words = [words(p) for p in source], [words(p) for p in target]
    evidence = WordEvidence(
        source_words, target_words, learn_pairs(source_words, target_words, gold)
    )
    assert evidence.calibrated(steps_of(gold), len(target))
    # Measured on pairings three sentences off the truth, right and wrong look alike.
    shifted = [(i, i + 1, j + 3, j + 4) for i, _, j, _ in steps_of(gold) if j + 4 <= len(target)]
    assert not WordEvidence(
        source_words, target_words, learn_pairs(source_words, target_words, gold)
    ).calibrated(shifted, len(target))


def test_too_few_beads_teach_nothing() -> None:
    source, target, gold, _ = cipher_pair(sentences=40)
    assert learn_pairs([words(p) for p in source], [words(p) for p in target], gold) == {}


def test_a_translation_whose_lengths_say_little_is_aligned_by_the_words_it_learns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source, target, gold, _ = cipher_pair()
    with_words = right(source, target, gold)
    monkeypatch.setattr(aligner, "MIN_BEADS", 10**9)  # the same search without learnt words
    without = right(source, target, gold)
    assert with_words >= 0.7 * len(gold) > 1.5 * without


@settings(max_examples=300, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from("abcdefg")), max_size=12))
def test_a_paragraphs_set_of_words_is_entered_as_its_keys_weighing_one(
    sets: list[frozenset[str]],
) -> None:
    as_sets, as_weights = (
        set_entries(sets, {}),
        span_entries([dict.fromkeys(s, 1.0) for s in sets], {}),
    )
    for by_set, by_weight in zip(as_sets, as_weights, strict=True):
        for field in ("starts", "keys", "weights", "code"):
            assert np.array_equal(getattr(by_set, field), getattr(by_weight, field))

"""Word pairs the aligner learns from the two texts themselves (issue 18: the cost model).

The texts are made up: a source in random words, a "translation" that renders each word by a
word of its own and scatters particles the source has none of, so that sentence lengths say
little, as in a literary translation; every tenth sentence is split in two.
"""

from __future__ import annotations

import random

import pytest

from reader.core.align import aligner
from reader.core.align.aligner import align
from reader.core.align.lexicon import learn_pairs, pair_keys, words

Bead = tuple[tuple[int, ...], tuple[int, ...]]
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
    target: list[str] = []
    gold: list[Bead] = []
    for i in range(sentences):
        sentence = [rng.choice(vocabulary) for _ in range(rng.randint(5, 12))]
        source.append(" ".join(sentence) + ".")
        translated = [rendering[w] for w in sentence]
        for _ in range(rng.randint(0, particles)):
            translated.insert(rng.randrange(len(translated) + 1), rng.choice(PARTICLES))
        if i % 10 == 5:
            cut = len(translated) // 2
            gold.append(((i,), (len(target), len(target) + 1)))
            target += [" ".join(translated[:cut]) + ".", " ".join(translated[cut:]) + "."]
        else:
            gold.append(((i,), (len(target),)))
            target.append(" ".join(translated) + ".")
    return source, target, gold, rendering


def right(source: list[str], target: list[str], gold: list[Bead]) -> int:
    found = {(bead.source, bead.target) for bead in align(source, target, "en", "fr").beads}
    return len(found & set(gold))


def test_words_are_folded_cut_to_a_stem_and_chinese_is_read_by_character() -> None:
    assert words("The Translations of 2019, translated.") == {"the", "trans", "of"}
    assert words("他活了九百三十岁") == {"他", "活", "了", "九", "百", "三", "十", "岁"}


def test_a_word_and_its_rendering_are_learnt_and_particles_pair_with_nothing() -> None:
    source, target, gold, rendering = cipher_pair()
    source_words = [words(p) for p in source]
    target_words = [words(p) for p in target]
    pairs = learn_pairs(source_words, target_words, gold)
    learnt = {(s, t) for s, found in pairs.items() for t in found}
    right_pairs = {(s[:5], t[:5]) for s, t in rendering.items()}
    assert len(learnt & right_pairs) > 0.9 * len(learnt) > 50
    assert not {t for _, t in learnt} & set(PARTICLES)  # in nearly every sentence: no evidence
    source_keys, target_keys = pair_keys(source_words, target_words, pairs)
    shared = [set(s) & set(t) for s, t in zip(source_keys, target_keys[:1], strict=False)]
    assert shared[0]  # the first sentences render each other, and their keys say so


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

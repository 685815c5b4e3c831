"""The one reading of a paragraph that the checks share (``reader.core.checks.reading``): what
each reading holds, by position where a check indexes it by the paragraph's words."""

from __future__ import annotations

from reader.core.checks.reading import (
    latin_folded,
    latin_tokens,
    long_keys,
    skeletons,
    stem_keys,
    word_skeletons,
)
from reader.core.text.words import paragraph_texts, paragraph_words, word_bounds

MIXED = "قال بوتين لوكالة Reuters إن People’s Daily نشرت الخبر في Kremlin.ru وبالكرملين"


def test_the_latin_words_as_written_in_order_and_folded() -> None:
    assert latin_tokens(MIXED) == ("Reuters", "People’s", "Daily", "Kremlin", "ru")
    assert latin_tokens("Août à Genève") == ("Août", "à", "Genève")
    assert latin_folded("Août à Genève, août") == {"aout", "a", "geneve"}
    assert latin_tokens("بوتين وكيم") == ()


def test_a_words_skeletons_come_off_its_clitics_its_own_first() -> None:
    keys = stem_keys("وبالكرملين")
    assert keys[0] != stem_keys("كرملين")[0]  # the whole word's skeleton first
    assert stem_keys("كرملين")[0] in keys  # and, bi-, al- off: the name's own skeleton
    assert len(keys) == len(set(keys))


def test_the_skeletons_of_each_word_by_its_position_and_of_the_whole_paragraph() -> None:
    texts = paragraph_texts(MIXED)
    by_word = word_skeletons(MIXED)
    assert len(by_word) == len(texts)
    assert by_word[texts.index("بوتين")] == stem_keys("بوتين")
    assert skeletons(MIXED) == {key for keys in by_word for key in keys}
    assert skeletons("") == frozenset() and word_skeletons("") == ()


def test_a_latin_words_long_skeletons_only() -> None:
    assert long_keys("Putin") and all(len(key) >= 2 for key in long_keys("Putin"))
    assert long_keys("a") == ()  # one consonant or none: too short to tell a word by


def test_the_words_bounds_are_the_words_spans() -> None:
    for text in (MIXED, "Rp 5,2 triliun (2) pada 15/8.", "", "   "):
        starts, ends = word_bounds(text)
        assert list(zip(starts, ends, strict=True)) == [
            (w.start, w.end) for w in paragraph_words(text)
        ]

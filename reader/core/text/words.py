"""Words with their spans, and whole-word highlight ranges, for the fidelity checks.

Every span a check reports is highlighted in the window, and a highlight that starts or ends
inside an Arabic word breaks the joins of its letters (the shaper sees two runs). So checks
never report a raw match position: they widen it to whole words here. A word is a word-like
token of ``reader.core.text.tokens`` (a word, a number, a character of a script written without
spaces): the checks read the very words that the word-level difference compares.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple

from reader.core.text.fold import fold
from reader.core.text.patterns import lazy
from reader.core.text.tokens import word_pattern

__all__ = [
    "CLAUSE_BREAK",
    "LATIN_LETTERS",
    "LATIN_WORD",
    "Word",
    "covering",
    "fold",
    "has_latin_letter",
    "is_latin_word",
    "lower_words",
    "merged_spans",
    "paragraph_texts",
    "paragraph_words",
    "preview",
    "sentence_starts",
    "trimmed",
    "whole_words",
    "with_neighbours",
    "word_bounds",
    "word_span",
    "words",
]

# Latin letters (with accents), and a word written in them: the Latin-letter runs of the
# tokenizer's words, an apostrophe joining letters ("People's", "l'Ukraine"). Checks that only
# care for Latin words (a name, a word left untranslated) find them with this one pattern.
LATIN_LETTERS = "A-Za-z\u00c0-\u024f"
LATIN_WORD = lazy(rf"[{LATIN_LETTERS}]+(?:['’][{LATIN_LETTERS}]+)*")

# Where a clause ends: repetition is looked for inside one clause.
CLAUSE_BREAK = lazy(r"[.!?;:,،؛؟。！？；：，、\n()（）\[\]\"“”«»「」]")


class Word(NamedTuple):
    """One word of a paragraph and its character range ``[start, end)``."""

    text: str
    start: int
    end: int


def words(text: str) -> list[Word]:
    """The words of ``text`` in order, with their spans."""
    # tuple.__new__ skips the NamedTuple constructor's Python frame: a third faster on the
    # hundreds of thousands of words of a long article.
    new = tuple.__new__
    return [new(Word, (m[0], m.start(), m.end())) for m in word_pattern().finditer(text)]


@functools.lru_cache(maxsize=512)
def paragraph_words(text: str) -> tuple[Word, ...]:
    """``words(text)``, kept for the few checks that read the same paragraph in one run."""
    return tuple(words(text))


@functools.lru_cache(maxsize=512)
def paragraph_texts(text: str) -> tuple[str, ...]:
    """The words of ``text`` as strings, without spans: one C-level ``findall``, several times
    cheaper than ``words``. Checks screen a paragraph word by word with it and build the
    ``Word`` spans (``paragraph_words``) only for a paragraph where something was found; the
    same positions index both."""
    return tuple(word_pattern().findall(text))


def word_span(text: str, first: int, last: int) -> tuple[int, int]:
    """From the start of word ``first`` to the end of word ``last`` (positions as in
    ``paragraph_texts``), building no ``Word``: the paragraph read only up to there, or, past
    its first few hundred words, its bounds read once (``word_bounds``), as reading up to the
    word at each call made a paragraph of a million characters, one line as some files come,
    cost its length squared."""
    if last < _READ_UP_TO:
        matches = list(itertools.islice(word_pattern().finditer(text), first, last + 1))
        return matches[0].start(), matches[-1].end()
    starts, ends = word_bounds(text)
    return starts[first], ends[last]


_READ_UP_TO = 500  # words


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole words: never a highlight edge inside a word."""
    starts, ends = word_bounds(text)
    at = bisect.bisect_right(starts, start) - 1
    if at >= 0 and starts[at] < start < ends[at]:
        start = starts[at]
    at = bisect.bisect_left(ends, end)
    if at < len(starts) and starts[at] < end < ends[at]:
        end = ends[at]
    return start, end


def with_neighbours(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole words and grown over the words touching it on either
    side: a control character between two letters is highlighted with the word it sits in."""
    start, end = whole_words(text, start, end)
    starts, ends = word_bounds(text)
    at = bisect.bisect_left(ends, start)
    if at < len(starts) and ends[at] == start:
        start = starts[at]
    at = bisect.bisect_left(starts, end)
    if at < len(starts) and starts[at] == end:
        end = ends[at]
    return start, end


def merged_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, those that overlap or touch made one: no two highlights of one
    finding or search hit cover the same characters (two controls side by side, each widened
    to its neighbouring words, give [41, 43] and [42, 50]: one span, [41, 50])."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces and punctuation at its edges: from the first word
    that starts inside it to the last that ends inside it (empty when no word does)."""
    starts, ends = word_bounds(text)
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_right(ends, end) - 1
    if first >= len(starts) or last < first:
        return start, start
    return starts[first], ends[last]


@functools.lru_cache(maxsize=512)
def word_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each word of ``text`` starts, and where each ends (positions as in
    ``paragraph_texts``): the spans of ``paragraph_words`` built in C-level passes, with no
    ``Word`` for each word, for a check that reads a few spans or widens one to whole words."""
    matches = list(word_pattern().finditer(text))
    return tuple(map(re.Match.start, matches)), tuple(map(re.Match.end, matches))


@functools.lru_cache(maxsize=1 << 16)
def is_latin_word(word: str) -> bool:
    """A word written in Latin letters (accents allowed)."""
    return any(ch.isalpha() for ch in word) and all(
        ch < "\u0250" or unicodedata.combining(ch) for ch in word if ch.isalpha()
    )


# What a Latin word is written with: the alphabetic characters before U+0250 (the end of Latin
# Extended-B: A-Z, a-z, ª, µ, º and the accented letters), which ``is_latin_word`` asks of every
# letter of a word, and the whole block of ``LATIN_LETTERS`` (× and ÷ too).
_LATIN_LETTER = lazy("[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f]")


def has_latin_letter(text: str) -> bool:
    """Whether ``text`` holds a character a Latin word can be made of: where it holds none
    (most paragraphs of a translation in another script), none of its words is Latin
    (``is_latin_word``) and ``LATIN_WORD`` finds nothing, on one C-level search."""
    return _LATIN_LETTER.search(text) is not None


_PLAIN_WORD = lazy(r"\w+")
# The same in an ASCII text, whose only word characters are ASCII ones: tested by a range each,
# not by a lookup of each character's properties.
_ASCII_WORD = lazy(r"\w+", re.ASCII)


@functools.lru_cache(maxsize=512)
def lower_words(text: str) -> frozenset[str]:
    """The text's runs of word characters, lower-cased: a cheap first test of whether a word
    of a list (a month, a spelled number, an agency's name) can be in the text at all."""
    words = _ASCII_WORD if text.isascii() else _PLAIN_WORD
    return frozenset(words.findall(text.lower()))


def sentence_starts(text: str) -> set[int]:
    """Offsets of the words that open a sentence, a quotation or a parenthesis: where a
    capital letter says nothing about a name."""
    starts: set[int] = set()
    previous_end = 0
    for word in paragraph_words(text):
        if previous_end == 0 or _OPENING_GAP.search(text, previous_end, word.start):
            starts.add(word.start)
        previous_end = word.end
    return starts


_OPENING_GAP = lazy(r"[.!?。！？:\n\"“‘«(]|\s[-–—]\s")


def preview(text: str, width: int = 80) -> str:
    """One line of at most ``width`` characters, for evidence and messages. Only the text's
    head is read, as much as the line needs: a finding on a paragraph of a million characters
    previews its source once for each finding."""
    size = 2 * width
    while True:
        line = " ".join(text[:size].split())
        if size >= len(text):
            return line if len(line) <= width else line[: width - 1] + "…"
        if len(line) > width:  # the whole text's line is longer, and starts with this one
            return line[: width - 1] + "…"
        size *= 4


def covering(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position is inside one of ``spans`` (each ``[start, end)``): the spans joined
    and sorted once, a position then found by bisection rather than tried against every span,
    which made a paragraph with a name on every line cost its length squared."""
    merged = merged_spans(spans)
    starts = [start for start, _ in merged]
    ends = [end for _, end in merged]

    def covers(position: int) -> bool:
        at = bisect.bisect_right(starts, position) - 1
        return at >= 0 and position < ends[at]

    return covers

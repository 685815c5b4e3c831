"""Words with their spans, and whole-word highlight ranges, for the fidelity checks.

Every span a check reports is highlighted in the window, and a highlight that starts or ends
inside an Arabic word breaks the joins of its letters (the shaper sees two runs). So checks
never report a raw match position: they widen it to whole words here. A "word" is a run of
letters, digits and the marks that live inside words (Arabic harakat, tatweel, ZWJ/ZWNJ);
a character of a script written without spaces (Chinese, Japanese) is a word on its own,
since there is no join to break and no space to find.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import NamedTuple

# Marks and format characters that sit inside a word: combining marks of Latin and Arabic,
# tatweel, ZERO WIDTH NON-JOINER and JOINER.
_INNER = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d"
# Han, kana and Hangul: each character a word of its own.
_UNSPACED = "\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_LETTERS = rf"[^\W_{_UNSPACED}{_INNER}]+(?:[{_INNER}]+[^\W_{_UNSPACED}{_INNER}]*)*"
# An apostrophe between letters stays inside the word: "People's", "l'agence", "Jum'at".
_WORD = re.compile(rf"[{_UNSPACED}]|[{_INNER}]*{_LETTERS}(?:['’]{_LETTERS})*")
_WORD_CHAR = re.compile(rf"[^\W_{_UNSPACED}]|[{_INNER}]")
_UNSPACED_CHAR = re.compile(rf"[{_UNSPACED}]")
# Where a clause ends: repetition is looked for inside one clause.
CLAUSE_BREAK = re.compile(r"[.!?;:,،؛؟。！？；：，、\n()（）\[\]\"“”«»「」]")


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
    return [new(Word, (m[0], m.start(), m.end())) for m in _WORD.finditer(text)]


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
    return tuple(_WORD.findall(text))


def word_span(text: str, first: int, last: int) -> tuple[int, int]:
    """From the start of word ``first`` to the end of word ``last`` (positions as in
    ``paragraph_texts``), reading the paragraph only up to there and building no ``Word``."""
    matches = list(itertools.islice(_WORD.finditer(text), first, last + 1))
    return matches[0].start(), matches[-1].end()


def is_unspaced(ch: str) -> bool:
    """Whether ``ch`` belongs to a script written without spaces between words."""
    return bool(_UNSPACED_CHAR.match(ch))


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to whole words: never a highlight edge inside a word."""
    while start > 0 and _WORD_CHAR.match(text, start - 1) and _WORD_CHAR.match(text, start):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text, end) and _WORD_CHAR.match(text, end - 1):
        end += 1
    return start, end


def with_neighbours(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` grown over the word characters touching it on either side: a control
    character between two letters is highlighted with the word it sits in."""
    while start > 0 and _WORD_CHAR.match(text, start - 1):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text, end):
        end += 1
    return start, end


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces and punctuation at its edges (kept whole-word)."""
    while start < end and not (_WORD_CHAR.match(text, start) or is_unspaced(text[start])):
        start += 1
    while end > start and not (_WORD_CHAR.match(text, end - 1) or is_unspaced(text[end - 1])):
        end -= 1
    return start, end


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A word as checks compare it: case-folded, accents and Arabic vowel marks removed,
    alef and hamza seats unified (أ إ آ → ا), final ى → ي and ة → ه."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch != "\u0640")
    return unicodedata.normalize("NFC", bare).translate(_ARABIC_FOLD)


_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


@functools.lru_cache(maxsize=1 << 16)
def is_latin_word(word: str) -> bool:
    """A word written in Latin letters (accents allowed)."""
    return any(ch.isalpha() for ch in word) and all(
        ch < "\u0250" or unicodedata.combining(ch) for ch in word if ch.isalpha()
    )


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


_OPENING_GAP = re.compile(r"[.!?。！？:\n\"“‘«(]|\s[-–—]\s")


def preview(text: str, width: int = 80) -> str:
    """One line of at most ``width`` characters, for evidence and messages."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"

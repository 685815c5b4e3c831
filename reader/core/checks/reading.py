"""One reading of a paragraph, shared by every check of its bead. No Qt.

The checks of one bead read the same two paragraphs (each check also the text of the whole
bead): their Latin words, those words folded, the consonant skeletons of their words. Each of
those readings is a function of the text alone, worked out by the first check that asks and
kept for the others (a few hundred texts: the beads in flight), instead of each check scanning
and folding the paragraph again. Like ``reader.core.text.words.paragraph_texts``, they are
strings and sets, never spans: a check builds spans only where it found something. (At most
``_KEPT`` texts are kept, fewer than a long article's paragraphs: a second run of the checks
reads again.) The words' own readings (a word's skeletons) and the language tags' (script,
primary subtag) are kept per word and per tag, as the checks ask the same ones over and over.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from reader.core.text.arabic import stems as arabic_stems
from reader.core.text.languages import language_script, primary_subtag
from reader.core.text.numbers.numerals import ascii_digits
from reader.core.text.patterns import lazy
from reader.core.text.transliterate import arabic_key, latin_keys
from reader.core.text.words import LATIN_LETTERS, LATIN_WORD, fold, paragraph_texts

__all__ = [
    "labelled_digits",
    "labelled_numerals",
    "labels_at",
    "language_script",
    "language_subtag",
    "latin_folded",
    "latin_tokens",
    "long_keys",
    "skeletons",
    "stem_keys",
    "word_skeletons",
]

# Texts kept: a bead's paragraphs and its joined texts, for every check of the bead.
_KEPT = 512


@functools.lru_cache(maxsize=64)
def language_subtag(language: str) -> str:
    """``primary_subtag`` of a language tag, parsed once per tag rather than once per bead."""
    return primary_subtag(language)


@functools.lru_cache(maxsize=_KEPT)
def latin_tokens(text: str) -> tuple[str, ...]:
    """The words of ``text`` written in Latin letters (``LATIN_WORD``), in order, as written."""
    return tuple(LATIN_WORD.findall(text))


@functools.lru_cache(maxsize=_KEPT)
def latin_folded(text: str) -> frozenset[str]:
    """The Latin words of ``text``, folded (``reader.core.text.fold``)."""
    return frozenset(map(fold, latin_tokens(text)))


@functools.lru_cache(maxsize=1 << 16)
def stem_keys(word: str) -> tuple[str, ...]:
    """The consonant skeletons of an Arabic word and of its stems, the word's own first."""
    return tuple(dict.fromkeys(arabic_key(stem) for stem in arabic_stems(word)))


@functools.lru_cache(maxsize=1 << 14)
def long_keys(word: str) -> tuple[str, ...]:
    """The skeletons of a Latin word long enough (two consonants) to be told apart."""
    return tuple(key for key in latin_keys(word) if len(key) >= 2)


@functools.lru_cache(maxsize=_KEPT)
def word_skeletons(text: str) -> tuple[tuple[str, ...], ...]:
    """``stem_keys`` of each word of ``text``, by position as in ``paragraph_texts``."""
    return tuple(map(stem_keys, paragraph_texts(text)))


@functools.lru_cache(maxsize=_KEPT)
def skeletons(text: str) -> frozenset[str]:
    """Every skeleton of every word of ``text`` and of its stems."""
    return frozenset().union(*word_skeletons(text))


class Labelled(NamedTuple):
    """A numeral written right after a word, as a reference gives it (``labelled_numerals``)."""

    label: tuple[int, int]  # the word's span
    numeral: int  # where the numeral starts
    digits: str  # its digits, without marks, in ASCII
    run_in: bool  # the word is Latin and runs into the numeral: nothing or a full stop between


# A word, a full stop or a space or nothing, a numeral: "Gbr. 5", "Tabel 3", "Fig.55", "Table33".
# The word in Latin letters or in others, as a Chinese text runs one into the other ("架Boeing").
_LABELLED = lazy(
    rf"((?<![{LATIN_LETTERS}])[{LATIN_LETTERS}]+|(?<![^\W\d_])[^\W\d_{LATIN_LETTERS}]+)"
    r"(\.?\s?)(\d+(?:[.,]\d+)*)(?![\d.,]?\d)"
)
_LATIN_LABEL = lazy(rf"[{LATIN_LETTERS}]+")
_NOT_DIGITS = lazy(r"\D")


@functools.lru_cache(maxsize=_KEPT)
def labelled_numerals(text: str) -> tuple[Labelled, ...]:
    """The numerals of ``text`` written right after a word (a label: Gbr. 5, Tabel 3, Group 42),
    each with the label's span, the numeral's digits and whether the label runs into it
    (Fig.55, Table33): a reference to a figure or table, which a translation copied from
    another (PubMed's) keeps with its link's text, its number written twice over."""
    found = []
    for match in _LABELLED.finditer(ascii_digits(text)):
        run_in = not match[2].strip(".") and _LATIN_LABEL.fullmatch(match[1]) is not None
        digits = _NOT_DIGITS.sub("", match[3])
        found.append(Labelled(match.span(1), match.start(3), digits, run_in))
    return tuple(found)


@functools.lru_cache(maxsize=_KEPT)
def labels_at(text: str) -> dict[tuple[int, int], Labelled]:
    """``labelled_numerals`` by the label's span (the first where two share one): looked up
    for each Latin word of a paragraph, not searched for."""
    found: dict[tuple[int, int], Labelled] = {}
    for labelled in labelled_numerals(text):
        found.setdefault(labelled.label, labelled)
    return found


@functools.lru_cache(maxsize=_KEPT)
def labelled_digits(text: str) -> frozenset[str]:
    """The digits of ``labelled_numerals``, each once."""
    return frozenset(labelled.digits for labelled in labelled_numerals(text))

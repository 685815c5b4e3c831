"""Search terms: the words of a text as the library's index and Find compare them.

Built on the one tokenizer (``tokens``) and the one fold (``fold``), after Lucene's analyzers:

- a word is folded (case, accents, Arabic vowel marks, tatweel and hamza seats; ٱ → ا, ى → ي,
  ة → ه) and, if Arabic, lightly stemmed (``arabic.light_stem``): ``الرئيس``, ``والرئيس``,
  ``للرئيس`` and ``رئيس`` are one term;
- digits of any script are ASCII digits (``٢٠١٩`` and ``۲۰۱۹`` are ``2019``), and a number's
  groups are terms of their own, read as a phrase: ``1.000,5`` is ``1 000 5``, so that it is
  found by ``1.000,5`` and by ``1,000.5`` alike, and ``2019/2020`` by ``2019``;
- characters of the scripts written without spaces (Chinese, Japanese, Thai) are paired into
  overlapping bigrams (Lucene's CJKBigramFilter): ``東京都`` is ``東京 京都``; a character alone is
  a term by itself;
- an apostrophe cuts a word into terms read as a phrase (``People's`` is ``people s``).

Beside the terms, ``names`` gives the consonant skeletons (``transliterate``) of the text's
Arabic and Cyrillic words, of each stem of an Arabic word as the checks and the aligner take
them: ``بوتين``, ``لبوتين`` and ``Путин`` give ``BTN``, which is also a skeleton of ``Putin``.
That is how a name typed in Latin letters finds its spellings in other scripts.

Each term keeps the span of the text it came from, so that a match is marked on whole tokens
(an Arabic word is never cut: its letters stay joined), and the number of the token (or of the
run of unspaced characters) it was cut from: a query reads the terms of one token as a phrase.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import NamedTuple

from reader.core.text.arabic import ARABIC_FUNCTION_WORDS, light_stem, stems
from reader.core.text.fold import fold
from reader.core.text.tokens import TokenKind, kind_of, word_pattern
from reader.core.text.transliterate import arabic_key, cyrillic_key, latin_keys

# What joins the parts of one token (tokens.py): the decimal and grouping marks between digits,
# an apostrophe between letters. A term is cut at each.
_CONNECTORS = re.compile(r"[.,:/\u066b\u066c'\u2019]+")
_JOINERS = str.maketrans("", "", "\u200c\u200d")


class Term(NamedTuple):
    """One search term: its ``key`` (what the index holds), the span ``[start, end)`` of the text
    it came from, and the number of its ``group`` (the token or run of unspaced characters it
    was cut from; the terms of one group follow each other)."""

    key: str
    start: int
    end: int
    group: int


class _AsciiDigits(dict[int, str]):
    """A ``str.translate`` table from every decimal digit (Arabic-Indic, Persian, Devanagari,
    full-width ...) to its ASCII digit; other characters are left alone."""

    def __missing__(self, code: int) -> str:
        value = unicodedata.decimal(chr(code), None)
        found = chr(code) if value is None else str(value)
        self[code] = found
        return found


_ASCII_DIGITS = _AsciiDigits()


def terms(text: str) -> list[Term]:
    """The search terms of ``text``, in order (see the module docstring)."""
    found: list[Term] = []
    add = found.append
    run: list[tuple[str, int, int]] = []  # unspaced characters that touch: key, start, end
    group = 0
    cjk = TokenKind.CJK
    for match in word_pattern().finditer(text):
        piece = match.group()
        start, end = match.span()
        if kind_of(piece) is cjk:
            if run and run[-1][2] != start:
                group = _bigrams(run, group, found)
            if len(piece) == 1:  # the usual case: one Chinese character, one kana
                run.append((_character_key(piece), start, end))
            else:
                run.extend(_characters(piece, start))
            continue
        if run:
            group = _bigrams(run, group, found)
        keys = word_keys(piece)
        if len(keys) == 1:
            add(Term(keys[0], start, end, group))
        else:
            found.extend(Term(key, start, end, group) for key in keys)
        group += bool(keys)
    if run:
        _bigrams(run, group, found)
    return found


@functools.lru_cache(maxsize=1 << 17)
def word_keys(word: str) -> tuple[str, ...]:
    """The terms of one word or number token: folded, digits in ASCII, cut at its connectors,
    Arabic lightly stemmed. (Cached: the words of a language repeat.)"""
    folded = fold(word).translate(_JOINERS).translate(_ASCII_DIGITS)
    return tuple(
        light_stem(part) if _is_arabic(part) else part for part in _CONNECTORS.split(folded) if part
    )


def names(text: str) -> list[str]:
    """The skeletons of the Arabic and Cyrillic words of ``text`` (see the module docstring),
    each once, in order of appearance."""
    found: dict[str, None] = {}
    for piece in word_pattern().findall(text):
        found.update(dict.fromkeys(word_skeletons(piece)))
    return list(found)


@functools.lru_cache(maxsize=1 << 16)
def word_skeletons(word: str) -> tuple[str, ...]:
    """The skeletons of one Arabic word (of each of its stems) or Cyrillic word, of two
    consonants or more (one says too little); none for a function word or another script."""
    first = word[:1]
    if "\u0621" <= first <= "\u06d3":
        if word in ARABIC_FUNCTION_WORDS:
            return ()
        keys = [arabic_key(stem) for stem in stems(word)]
    elif "\u0400" <= first <= "\u04ff":
        keys = [cyrillic_key(word)]
    else:
        return ()
    return tuple(dict.fromkeys(key for key in keys if len(key) >= 2))


def name_skeletons(word: str) -> tuple[str, ...]:
    """The skeletons other scripts may spell a Latin name in (``Putin``: ``BTN``), of two
    consonants or more, sorted; none for a word that is not Latin letters."""
    if not word.isascii() or not word.isalpha():
        return ()
    return tuple(sorted(key for key in latin_keys(word) if len(key) >= 2))


def _is_arabic(word: str) -> bool:
    return "\u0621" <= word[0] <= "\u06d3"


def _characters(piece: str, start: int) -> list[tuple[str, int, int]]:
    """A token of unspaced script cut into its characters, each with the marks after it, as
    keys: width-folded (NFKC), nothing else (a voicing mark makes another kana: ガ is not カ)."""
    found: list[tuple[str, int, int]] = []
    for offset, ch in enumerate(piece):
        if found and (unicodedata.category(ch)[0] == "M" or ch in "\u200c\u200d"):
            key, first, _ = found[-1]
            found[-1] = (key + ch, first, start + offset + 1)
        else:
            found.append((ch, start + offset, start + offset + 1))
    return [(_character_key(key), s, e) for key, s, e in found]


@functools.lru_cache(maxsize=1 << 14)
def _character_key(character: str) -> str:
    return unicodedata.normalize("NFKC", character).casefold()


def _bigrams(run: list[tuple[str, int, int]], group: int, found: list[Term]) -> int:
    """The run's overlapping pairs of characters as terms (one character alone: itself); the
    run is emptied and the next group number returned."""
    if len(run) == 1:
        found.append(Term(run[0][0], run[0][1], run[0][2], group))
    else:
        found.extend(Term(a[0] + b[0], a[1], b[2], group) for a, b in itertools.pairwise(run))
    run.clear()
    return group + 1

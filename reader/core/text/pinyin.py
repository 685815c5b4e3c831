"""Chinese names as an English (or any Latin-script) translation writes them: in pinyin.

A Chinese text and its translation share no script, but they share names: since 1979 Chinese
personal and place names are romanised in Hanyu Pinyin, without tone marks, a given name's
syllables run together (陈清扬 → Chen Qingyang, 云南 → Yunnan, 王琦瑶 → Wang Qiyao). So a
capitalised Latin word of two syllables or more that equals the pinyin of two or three
consecutive Chinese characters is, most likely, that name: evidence that the two paragraphs
render each other, which the aligner can use as it uses a name's consonant skeleton across
Arabic and Latin (``reader.core.align.anchors``).

Each character's reading is ICU's (``Han-Latin; Latin-ASCII``: the most common reading of a
character, toneless, ü as u), looked up once per distinct character: ICU's transliterator
run over a whole text costs seconds, a table of the few thousand characters a text uses a few
milliseconds. A character that has several readings (长 chang or zhang) gets its most common
one, so a name written with its rarer reading is missed, never invented. One syllable alone
(陈, "Chen") matches too many characters to say anything, so only two and three characters
are keyed, and a Latin word of at least ``MIN_LETTERS`` letters. Without PyICU nothing is
read.

Pure Python, no Qt.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

SPANS = (2, 3)  # characters keyed together: a given name, a place, a surname and given name
MIN_LETTERS = 4  # a Latin word shorter than this is at most one syllable or a common word
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@functools.cache
def _transliterator() -> Any:
    try:
        import icu
    except ImportError:  # pragma: no cover - PyICU is a dependency; then no name is read
        return None
    return icu.Transliterator.createInstance("Han-Latin; Latin-ASCII")


@functools.lru_cache(maxsize=1 << 15)
def syllable(character: str) -> str:
    """The toneless pinyin of one Chinese character, in lower case (``扬`` → ``yang``); ``""``
    where ICU has no reading."""
    transliterator = _transliterator()
    if transliterator is None:
        return ""
    reading = transliterator.transliterate(character).strip().lower()
    return reading if reading.isascii() and reading.isalpha() else ""


def han_keys(text: str) -> set[str]:
    """The pinyin of every run of ``SPANS`` consecutive Chinese characters in ``text``, their
    syllables run together (``陈清扬`` → ``chenqing``, ``qingyang``, ``chenqingyang``)."""
    keys: set[str] = set()
    for run in _HAN.findall(text):
        for _, windows in _windows(run.translate(_readings(run)).split()):
            keys.update(windows)
    return set(filter(str.isalpha, keys))


def _windows(syllables: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Each span of ``SPANS`` and its windows: ``windows[i]`` the ``span`` syllables from the
    ``i``-th on, run together (joined by ``map``, in C)."""
    windows = syllables
    for span in range(2, SPANS[-1] + 1):
        windows = list(map(operator.add, windows, syllables[span - 1 :]))
        if span in SPANS:
            yield span, windows


# Between two runs of characters read at once (``HanNames``): no window spans two.
_BREAK = "|"
# Each character's syllable and a space, as ``str.translate`` takes it (a character without a
# reading, and the break, a hyphen, which no key holds), grown as texts bring characters;
# ``_KNOWN`` the same characters, as a set of strings.
_TABLE: dict[int, str] = {ord(_BREAK): "- "}
_KNOWN: set[str] = {_BREAK}


def _readings(text: str) -> dict[int, str]:
    """``_TABLE``, holding every character of ``text``."""
    for character in set(text) - _KNOWN:
        _TABLE[ord(character)] = (syllable(character) or "-") + " "
        _KNOWN.add(character)
    return _TABLE


class HanNames:
    """The pinyin keys of a Chinese text's runs of characters (``words``) that the other
    text's names can match (``wanted``). All runs are read at once, in C (``str.translate``,
    ``map``; the Bible's 160,000 characters in a few hundredths of a second), to the few spans
    of characters whose pinyin the other text holds (``held``: 清扬 → ``qingyang``); a run's
    ``keys`` are then those spans it holds, found by one pattern."""

    def __init__(self, wanted: frozenset[str], words: Iterable[str]) -> None:
        # Each character of ``text`` is one syllable of ``syllables``, so a window's index is
        # where its span starts.
        text = _BREAK.join(_HAN.findall(_BREAK.join(words)))
        syllables = text.translate(_readings(text)).split()
        self.held: dict[str, str] = {}
        for span, windows in _windows(syllables):
            for key in wanted.intersection(windows):  # each occurrence's span, by C's search
                start = windows.index(key)
                while start >= 0:
                    self.held[text[start : start + span]] = key
                    start = _index(windows, key, start + 1)
        spans = sorted(self.held, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, spans))) if spans else None

    def keys(self, run: str) -> set[str]:
        """The pinyin keys of the spans of ``run`` that the other text's names match."""
        if self._pattern is None:
            return set()
        return {self.held[span] for span in self._pattern.findall(run)}


def _index(items: list[str], item: str, start: int) -> int:
    """Where ``item`` is in ``items`` from ``start`` on; -1 where it is not."""
    try:
        return items.index(item, start)
    except ValueError:
        return -1


def latin_name_key(word: str) -> str | None:
    """The key a capitalised Latin word is matched by against ``han_keys``: its letters folded
    to ASCII, in lower case, hyphens and apostrophes dropped (``Qingyang``, ``Xi'an``, ``Lü``);
    ``None`` for a word too short to be two syllables or not written in Latin letters."""
    folded = unicodedata.normalize("NFKD", word)
    letters = "".join(ch for ch in folded if ch.isascii() and ch.isalpha()).lower()
    return letters if len(letters) >= MIN_LETTERS else None

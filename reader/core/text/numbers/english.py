"""English numbers written in words, compounds included: ``twenty-two``, ``three hundred and
five``, ``a thousand``, ``two million four hundred thousand``, ``forty-second``.

English spells small numbers and round ones, and translations into it spell what the source
wrote in numerals (``二十`` is *twenty*, ``八十八`` *eighty-eight*): the number is the same, and so
must its value be. The words are read as a grammar, not a table of phrases: a number is units,
teens or tens (a unit may follow tens, after a hyphen or a space), optionally times ``hundred``
and the rest, and such groups times a scale word (``thousand``, ``million``, ...), largest
first. ``and`` joins only inside a number (``three hundred and five``), ``a``/``an`` counts one
only before ``hundred``, ``dozen`` or a scale word. The last word may be an ordinal
(``twenty-first``, ``hundredth``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from reader.core.text.numbers.wordscan import numbers_in_words
from reader.core.text.patterns import lazy

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
HUNDRED = "hundred"
DOZEN = "dozen"
# Ordinals that are not the cardinal plus "th": the rest are (fourth, sixtieth after y → ie).
_IRREGULAR_ORDINALS = {
    "first": "one",
    "second": "two",
    "third": "three",
    "fifth": "five",
    "eighth": "eight",
    "ninth": "nine",
    "twelfth": "twelve",
}
_ARTICLES = frozenset({"a", "an"})
_WORD = lazy(r"[A-Za-z]+")
_GAP = lazy(r"[ \t\u00a0]*-?[ \t\u00a0]*")  # within one line: spaces, a hyphen


@functools.cache
def _cardinals() -> dict[str, int]:
    return {**UNITS, **TEENS, **TENS, HUNDRED: 100, DOZEN: 12, **SCALES}


@functools.cache
def _ordinals() -> dict[str, str]:
    """Each ordinal word and the cardinal it counts: ``fourth`` → ``four``."""
    found = dict(_IRREGULAR_ORDINALS)
    for word in (*UNITS, *TEENS, HUNDRED, *SCALES):
        if word not in found.values() and word != "zero":
            found[word + "th"] = word
    for word in TENS:
        found[word[:-1] + "ieth"] = word
    return found


def number_words() -> frozenset[str]:
    """Every word that can be part of an English number (articles and ``and`` aside)."""
    return frozenset((*_cardinals(), *_ordinals()))


def _value(word: str) -> tuple[str, bool] | None:
    """The cardinal a word stands for and whether it was an ordinal, or None."""
    word = word.lower()
    if word in _cardinals():
        return word, False
    cardinal = _ordinals().get(word)
    return (cardinal, True) if cardinal else None


def english_numbers(text: str) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, value, ordinal) of each number written in English words in ``text``."""
    yield from numbers_in_words(text, _WORD, lambda words, index: _number_at(text, words, index))


def _number_at(
    text: str, words: list[tuple[int, int, str]], index: int
) -> tuple[int, int, bool] | None:
    """The number starting at word ``index``: the index after it, its value, whether ordinal."""
    total = group = 0
    last = ""  # the kind of the last word taken: unit, teen, tens, hundred, scale
    taken = index
    largest_scale = 10**18
    ordinal = False
    k = index
    while k < len(words) and not ordinal:
        start, _, word = words[k]
        if k > index and not _GAP.fullmatch(text, words[k - 1][1], start):
            break
        if word.lower() in _ARTICLES and k == index:
            following = _value(words[k + 1][2]) if k + 1 < len(words) else None
            if following and following[0] in (HUNDRED, DOZEN, *SCALES):
                group, last, k = 1, "unit", k + 1
                continue
            return None
        if word.lower() == "and" and last in ("hundred", "scale") and k + 1 < len(words):
            following = _value(words[k + 1][2])
            if following and _kind(following[0]) in ("unit", "teen", "tens"):
                k += 1  # "three hundred and five"
                continue
        found = _value(word)
        if found is None:
            break
        cardinal, ordinal = found
        value = _cardinals()[cardinal]
        kind = _kind(cardinal)
        if not _may_follow(last, kind, group):
            break
        if kind == "hundred":
            group = (group or 1) * 100
        elif kind == "dozen":
            group = (group or 1) * 12
        elif kind == "scale":
            if value >= largest_scale:
                break
            total += (group or 1) * value
            group, largest_scale = 0, value
        else:
            group += value
        last = kind
        k += 1
        taken = k
    if taken == index:
        return None
    return taken, total + group, ordinal


def _kind(cardinal: str) -> str:
    if cardinal in UNITS:
        return "unit"
    if cardinal in TEENS:
        return "teen"
    if cardinal in TENS:
        return "tens"
    if cardinal in SCALES:
        return "scale"
    return cardinal  # hundred, dozen


def _may_follow(last: str, kind: str, group: int) -> bool:
    """Whether a word of ``kind`` continues a number whose last word was of kind ``last``."""
    if not last:
        return kind not in ("scale", "hundred", "dozen")  # "thousand" alone is no number
    if kind in ("unit", "teen", "tens"):
        if last == "tens":
            return kind == "unit"
        return last in ("hundred", "scale")
    if kind in ("hundred", "dozen"):
        return last in ("unit", "teen", "tens") and group < 100
    return last in ("unit", "teen", "tens", "hundred", "dozen")  # a scale word

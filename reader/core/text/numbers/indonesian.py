"""Indonesian and Malay numbers written in words, compounds included: ``tiga belas``, ``dua
puluh lima``, ``tiga ratus enam puluh lima``, ``dua ribu sembilan belas``, ``kedua puluh``.

Read as a grammar, the one CLDR's rules spell out for both languages (ICU's
``%spellout-cardinal``, ``%spellout-ordinal``, ``%spellout-numbering-year``): a unit (``satu``
to ``sembilan``) times a place word, ``belas`` (ten and the unit), ``puluh`` (tens, a unit may
follow), ``ratus`` (hundreds), ``ribu`` (thousands), largest first; ``se-`` counts one joined to
the place (``sepuluh``, ``sebelas``, ``seratus``, ``seribu``). ``ke-`` before the first word
makes an ordinal (``ketiga``, ``kedua puluh satu``), except ``kedua`` alone, which says "both"
as often as "second" (``kedua negara``): its value stands, not its kind. Scale words from a
million up (``juta``, ``miliar``) are ``scales``', which multiplies what is read here. A count
by the dozen, ``lusin``, is twelve times the number before it (``dua lusin``, 24; ``selusin``,
12), as English ``two dozen`` is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from reader.core.text.numbers.wordscan import Token, numbers_in_words
from reader.core.text.patterns import lazy

UNITS = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "lapan": 8,  # Malay
    "sembilan": 9,
}
# The place words, and the words that join "se" (one) to them.
TEEN, TENS, HUNDRED, THOUSAND = "belas", "puluh", "ratus", "ribu"
_JOINED_ONE = {"sebelas": 11, "sepuluh": 10, "seratus": 100, "seribu": 1000, "sejuta": 10**6}
DOZEN, _ONE_DOZEN = "lusin", "selusin"
_A_DOZEN = 12
_FIRST = "pertama"
_BOTH = "dua"  # "kedua" alone: both, or second
_ORDINAL_PREFIX = "ke"

_WORD = lazy(r"[^\W\d_]+")
_GAP = lazy(r"[ \u00a0]+")


@functools.cache
def number_words() -> frozenset[str]:
    """Every word that can begin an Indonesian or Malay number, lower-cased: where a number is
    looked for."""
    starts = {*UNITS, *_JOINED_ONE, _ONE_DOZEN}
    return frozenset({*starts, *(_ORDINAL_PREFIX + w for w in starts), _FIRST})


def indonesian_numbers(text: str, starts: Iterable[int]) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, value, ordinal) of each number written in Indonesian or Malay words, read
    from ``starts``, where the words of ``number_words`` stand in it (``spelled``)."""
    yield from numbers_in_words(
        text,
        _WORD,
        lambda tokens, index: _Parser(text, tokens, index).number(),
        starts,
        follows=_follows(),
    )


@functools.cache
def _follows() -> frozenset[str]:
    """The words that may continue a number (after its first): units, places, ``se-`` forms."""
    return frozenset({*UNITS, *_JOINED_ONE, TEEN, TENS, HUNDRED, THOUSAND, DOZEN})


class _Parser:
    """A number read word by word from ``tokens[index]`` on: thousands, hundreds, the rest."""

    def __init__(self, text: str, tokens: list[Token], index: int) -> None:
        self.text, self.tokens, self.first, self.at = text, tokens, index, index
        self.words: dict[int, str | None] = {}  # each word as ``word`` reads it, once

    def word(self, ahead: int = 0) -> str | None:
        """The word ``ahead`` words on, lower-cased, if a gap joins it to the number (its
        ``ke-`` off on the first word, which ``number`` notes)."""
        at = self.at + ahead
        if at not in self.words:
            self.words[at] = self._word_at(at)
        return self.words[at]

    def _word_at(self, at: int) -> str | None:
        if at >= len(self.tokens):
            return None
        start, _, written = self.tokens[at]
        if at > self.first and not _GAP.fullmatch(self.text, self.tokens[at - 1][1], start):
            return None
        word = written.lower()
        if at == self.first and word.startswith(_ORDINAL_PREFIX):
            bare = word.removeprefix(_ORDINAL_PREFIX)
            if bare in UNITS or bare in _JOINED_ONE:
                return bare
        return word

    def unit(self) -> int | None:
        """A unit from one ("satu") to nine, taken; zero only alone."""
        word = self.word()
        value = UNITS.get(word or "")
        if value is None or (value == 0 and self.at > self.first):
            return None
        self.at += 1
        return value

    def below_hundred(self) -> int | None:
        word = self.word()
        if word in ("sebelas", "sepuluh"):
            self.at += 1
            return _JOINED_ONE[word]
        unit = self.unit()
        if unit is None or unit == 0:
            return unit
        place = self.word()
        if place == TEEN:
            self.at += 1
            return 10 + unit
        if place == TENS:
            self.at += 1
            after = self.word()
            return unit * 10 + (self.unit() or 0) if after in UNITS else unit * 10
        return unit

    def below_thousand(self) -> int | None:
        word = self.word()
        if word == "seratus":
            self.at += 1
            return 100 + (self.below_hundred() or 0)
        start = self.at
        value = self.below_hundred()
        if value is not None and 2 <= value <= 9 and self.word() == HUNDRED:
            self.at += 1
            return value * 100 + (self.below_hundred() or 0)
        if value is None:
            self.at = start
        return value

    def number(self) -> tuple[int, int, bool] | None:
        first = self.tokens[self.at][2].lower()
        if first == _FIRST:
            return self.at + 1, 1, True
        if first == "sejuta" or first == _ORDINAL_PREFIX + "sejuta":
            return self.at + 1, 10**6, first != "sejuta"
        if first == _ONE_DOZEN:
            return self.at + 1, _A_DOZEN, False
        ordinal = first.startswith(_ORDINAL_PREFIX) and self.word() != first
        if self.word() == "seribu":
            self.at += 1
            value = 1000 + (self.below_thousand() or 0)
        else:
            head = self.below_thousand()
            if head is None:
                return None
            value = head
            if head and self.word() == THOUSAND:
                self.at += 1
                value = head * 1000 + (self.below_thousand() or 0)
        if value and self.word() == DOZEN:  # "dua lusin": two dozen
            self.at += 1
            value *= _A_DOZEN
        if ordinal and first == _ORDINAL_PREFIX + _BOTH and self.at == self.first + 1:
            ordinal = False  # "kedua": both, or second
        return self.at, value, ordinal

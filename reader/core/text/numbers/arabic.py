"""Arabic numbers of several words with hundreds or thousands in them, read by their grammar:
``مائة وعشرون``, ``ثلاثمائة وخمسة وستون``, ``ألف وتسعمائة وخمسة وأربعون``, ``ألفين وتسعة عشر``,
``خمسة وعشرون ألفًا وثلاثمائة``, ``ثلاثة ملايين وخمسمائة ألف``.

The grammar CLDR's rules spell out (ICU's ``%spellout-cardinal-*`` and ``%spellout-ordinal-*``),
read as writers write it: the parts largest first, joined by و; below a hundred the unit before
the ten (``خمسة وعشرون``), the teens a unit then عشر or عشرة (``ثلاثة عشر``, with إحدى/أحد and
اثنا/اثنتا for eleven and twelve); the hundreds one word (``ثلاثمائة``, ``تسعمئة``) or the unit
and مائة apart (``ثلاث مئة``, as academies of the language recommend, and ``تسعة مائة`` as ICU
writes it); a scale word (``scales``: ألف, آلاف, ألفًا, مليون, ملايين, مليار…) multiplies what
comes before it, its dual says two of it (``ألفان``, ``ألفين``, ``مليوني``), and a smaller part
after it is added (``ألف وخمسمائة``). With the article on its first word the number is an
ordinal (``المائة``, the hundredth; ``الألف وتسعمائة``).

Only such numbers are read here; words alone, and units with tens, are ``spelled``'s table's.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from enum import Enum, auto

from reader.core.text.arabic import CLITICS
from reader.core.text.fold import ARABIC_MARKS, fold
from reader.core.text.numbers.scales import scale_words
from reader.core.text.numbers.wordscan import Token, numbers_in_words
from reader.core.text.patterns import lazy

_WORD_TEXT = rf"(?:[\u0621-\u064a]|[{ARABIC_MARKS}])+"
_WORD = lazy(_WORD_TEXT)
_GAP = lazy(r"[ \u00a0]+")
_AND = "و"
_ARTICLE = "ال"
_HUNDRED = 100
_THOUSAND = 1000


class Part(Enum):
    """What a word is in a number."""

    UNIT = auto()  # 0 to 9
    TEEN_UNIT = auto()  # أحد, إحدى, اثنا, اثنتا: one and two before عشر
    TEN = auto()  # عشر, عشرة: ten, and after a unit a teen
    TENS = auto()  # 20 to 90
    HUNDREDS = auto()  # 100 to 900
    SCALE = auto()  # a thousand and up, multiplying
    DUAL = auto()  # two of a scale word: ألفان, مليونين


# The forms of one and two that only stand before عشر (elevens and twelves).
_TEEN_UNITS = {"احد": 1, "احدي": 1, "اثنا": 2, "اثنتا": 2, "اثني": 2, "اثنتي": 2}
_TEN = frozenset({"عشر", "عشره"})
_DUAL_ENDINGS = ("ان", "ين", "ي")
# The words an ordinal of hundreds or thousands starts with, the article on them: المائة,
# المائتان, الألف, الألفي (the 2019th: الألفي وتسعة عشر).
_ORDINAL_HEADS = (Part.HUNDREDS, Part.SCALE, Part.DUAL)


def arabic_numbers(text: str, words: Iterable[int]) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, value, ordinal) of each number of ``text`` in Arabic words that has a
    hundred or a scale word in it and more than one word, read from ``words``, where the words
    of ``spelled``'s table stand in it (in text order). Such a number has one of them among its
    first three words."""

    def number_at(tokens: list[Token], index: int) -> tuple[int, int, bool] | None:
        parsed = _Parser(text, tokens, index).number()
        if parsed is None:
            return None
        stop, value, ordinal, grand = parsed
        return (stop, value, ordinal) if grand and stop - index >= 2 else None

    return numbers_in_words(text, _WORD, number_at, _starts(text, words))


def _starts(text: str, words: Iterable[int]) -> Iterator[int]:
    """Each of ``words``, the two words before it first."""
    done = -1
    for start in words:
        before = _WORDS_BEFORE.search(text, max(0, start - _LONGEST_BEFORE), start)
        ats = [m.start() for m in _WORD.finditer(text, before.start(), start)] if before else []
        for at in (*ats, start):
            if at > done:
                done = at
                yield at


# The one or two words before a word of the table that a number may begin with: a dual, مليار
# or the article's المائة, and a teen's إحدى (ألفين وإحدى عشر, المائة وإحدى عشر).
_WORDS_BEFORE = lazy(rf"(?:{_WORD_TEXT}[ \u00a0]+){{1,2}}$")
_LONGEST_BEFORE = 40  # characters: two such words and their gaps


@functools.lru_cache(maxsize=1 << 14)
def _part_of(word: str) -> tuple[Part, int] | None:
    """What a folded Arabic word, with no clitic, is in a number, and its value."""
    scales = scale_words("ar")
    if word in scales:
        return Part.SCALE, scales[word]
    for ending in _DUAL_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and scales.get(stem, 0) >= _THOUSAND and not stem.endswith("ا"):
            return Part.DUAL, 2 * scales[stem]
    if word in _TEEN_UNITS:
        return Part.TEEN_UNIT, _TEEN_UNITS[word]
    if word in _TEN:
        return Part.TEN, 10
    value = _table().get(word)
    if value is None or word.startswith(_ARTICLE):
        return None
    if value < 10:
        return Part.UNIT, value
    if value < _HUNDRED:
        return Part.TENS, value
    if value < _THOUSAND:
        return Part.HUNDREDS, value
    return None


@functools.cache
def grand_words() -> frozenset[str]:
    """Every way of writing a word without which no number here is read (a hundred, a scale
    word, a dual of one), with a clitic, the article or both: a text none of whose words
    (``words.lower_words``) is one has none of these numbers."""
    from reader.core.text.numbers.spelled import written_forms

    scales = scale_words("ar")
    folded = {word for word, value in _table().items() if _HUNDRED <= value < _THOUSAND}
    folded.update(scales)
    folded.update(w + e for w in scales if not w.endswith("ا") for e in _DUAL_ENDINGS)
    written = {form for word in folded for form in written_forms(word)}
    prefixes = ("", _ARTICLE, *CLITICS, *(c + _ARTICLE for c in CLITICS))
    return frozenset(prefix + word for prefix in prefixes for word in written)


@functools.cache
def _table() -> dict[str, int]:
    from reader.core.text.numbers.spelled import arabic_table  # spelled reads with this module

    return arabic_table()


class _Parser:
    """A number read word by word from ``tokens[index]`` on: groups below a thousand, each
    with its scale word, largest first, joined by و."""

    def __init__(self, text: str, tokens: list[Token], index: int) -> None:
        self.text, self.tokens, self.first, self.at = text, tokens, index, index
        self.ordinal = False  # the article on the first word
        self.grand = False  # a hundred or a scale word was read

    def part(self, joined: bool) -> tuple[Part, int] | None:
        """What the next word is, if a gap joins it to the number (and, ``joined``, و)."""
        if self.at >= len(self.tokens):
            return None
        start, _, written = self.tokens[self.at]
        first = self.at == self.first
        if not first and not _GAP.fullmatch(self.text, self.tokens[self.at - 1][1], start):
            return None
        word = fold(written)
        if joined or (first and word[:1] in CLITICS and _part_of(word) is None):
            if joined and not word.startswith(_AND):
                return None
            word = word[1:]  # و, "and"; on a first word, a clitic ("بثلاثمائة")
        if word.startswith(_ARTICLE) and (first or (joined and self.ordinal)):
            bare = _part_of(word[len(_ARTICLE) :])
            if bare is not None and (self.ordinal or bare[0] in _ORDINAL_HEADS):
                self.ordinal = True
                return bare
        return _part_of(word)

    def take(self, joined: bool, *kinds: Part) -> int | None:
        found = self.part(joined)
        if found is None or found[0] not in kinds:
            return None
        self.at += 1
        return found[1]

    def below_hundred(self, joined: bool) -> int | None:
        """A unit, a teen, a ten, or a unit and a ten (``خمسة وعشرون``)."""
        start = self.at
        found = self.part(joined)
        if found is None or found[0] not in (Part.UNIT, Part.TEEN_UNIT, Part.TEN, Part.TENS):
            return None
        kind, value = found
        self.at += 1
        if kind in (Part.TEN, Part.TENS):
            return value
        if self.take(False, Part.TEN) is not None:
            return 10 + value
        if kind is Part.TEEN_UNIT:  # إحدى alone: "one of"
            self.at = start
            return None
        return value + (self.take(True, Part.TENS) or 0)

    def below_thousand(self, joined: bool) -> int | None:
        """A group below a thousand: hundreds, then what و joins to them."""
        hundreds = self.take(joined, Part.HUNDREDS)
        if hundreds is None:
            value = self.below_hundred(joined)
            if value is None or not 3 <= value <= 9:
                return value
            if self.take(False, Part.HUNDREDS) != _HUNDRED:
                return value
            hundreds = value * _HUNDRED  # "ثلاث مئة", "تسعة مائة"
        self.grand = True
        return hundreds + (self.below_hundred(True) or 0)

    def group(self, joined: bool) -> tuple[int, int] | None:
        """A group and its scale word: (its value, the scale's factor, 1 for none)."""
        dual = self.take(joined, Part.DUAL)
        if dual is not None:
            return dual, dual // 2
        value = self.below_thousand(joined)
        scale = self.take(value is None and joined, Part.SCALE)
        if value is None:
            return None if scale is None else (scale, scale)
        return (value * scale, scale) if scale else (value, 1)

    def number(self) -> tuple[int, int, bool, bool] | None:
        total, smallest = 0, 0
        joined = False
        while True:
            start = self.at
            found = self.group(joined)
            if found is None:
                self.at = start
                break
            value, factor = found
            if smallest and factor >= smallest:
                self.at = start  # "ثلاثة آلاف وأربعة آلاف": two numbers
                break
            total += value
            smallest, joined = factor, True
            if factor == 1:
                break  # a group with no scale word ends the number
            self.grand = True
        if self.at == self.first:
            return None
        return self.at, total, self.ordinal, self.grand


# -- nouns built on a numeral's root ------------------------------------------------------------

# Arabic builds nouns and adjectives on a numeral's root in the pattern فُعاليّ, which state the
# number: سباعي (of seven: rugby sevens, سباعيات الرجبي), رباعي (fourfold, a quartet), ثلاثي
# (threefold, a trio), with the feminine's ة and the plural's ات. The root is the ordinal's (the
# pattern فاعل: سابع, سادس, whose second letter is the long ا), read from the numeral table.
_ROOT_NOUN_ENDINGS = ("ي", "يه", "يات")  # folded: ة is ه
_LONG_A = "ا"
_WEAK_LETTERS = frozenset("اوي")


@functools.cache
def _root_nouns() -> dict[str, int]:
    """The folded nouns of ``_ROOT_NOUN_ENDINGS`` built on the roots of the ordinals three to
    ten, each with its number. An ordinal whose third root letter is weak (الثاني, الحادي) makes
    other words (ثنائي), and a word that is itself a numeral of the table (ثمانية) is no such noun."""
    table = _table()
    found: dict[str, int] = {}
    for word, value in table.items():
        stem = word.removeprefix(_ARTICLE)
        if stem == word or not 3 <= value <= 10 or len(stem) != 4 or stem[1] != _LONG_A:
            continue
        first, second, third = stem[0], stem[2], stem[3]
        if third in _WEAK_LETTERS:
            continue
        for ending in _ROOT_NOUN_ENDINGS:
            noun = first + second + _LONG_A + third + ending
            if noun not in table:
                found[noun] = value
    return found


_PREFIXES = ("", _ARTICLE, "لل", *CLITICS, *(c + _ARTICLE for c in CLITICS))


@functools.cache
def root_noun_forms() -> frozenset[str]:
    """Every way of writing the nouns of ``_root_nouns`` with a clitic, the article or both,
    without vowel marks: a text none of whose words (``words.lower_words``) is one has none."""
    from reader.core.text.numbers.spelled import written_forms

    written = {form for noun in _root_nouns() for form in written_forms(noun)}
    return frozenset(prefix + word for prefix in _PREFIXES for word in written)


def root_nouns(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, number) of each noun of ``text`` built on a numeral's root (``سباعيات``,
    7), a clitic or the article on it."""
    nouns = _root_nouns()
    for match in _WORD.finditer(text):
        word = fold(match[0])
        value = next(
            (
                nouns[word[len(prefix) :]]
                for prefix in _PREFIXES
                if word.startswith(prefix) and word[len(prefix) :] in nouns
            ),
            None,
        )
        if value is not None:
            yield match.start(), match.end(), value

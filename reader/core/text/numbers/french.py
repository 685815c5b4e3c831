"""French numbers written in words, compounds included: ``dix-sept``, ``vingt et un``,
``soixante-dix``, ``quatre-vingt-dix-neuf``, ``trois cent soixante-cinq``, ``deux mille
dix-neuf``, ``vingt-et-unième``.

Read as a grammar, the one CLDR's rules for French spell out (ICU's ``%spellout-cardinal-*``,
``%spellout-ordinal-*`` and ``%spellout-numbering-year``): below a hundred, tens and a unit
joined by a hyphen, or by ``et`` before one (``vingt et un``, ``soixante et onze``); seventy and
ninety as sixty and eighty plus ten to nineteen (``soixante-dix``, ``quatre-vingt-onze``); the
Belgian and Swiss ``septante``, ``huitante``, ``octante``, ``nonante``; hundreds as ``cent``
after a unit (``cents`` when nothing follows); thousands as ``mille``; hyphens everywhere after
the 1990 spelling (``deux-cent-cinquante``); the last word may be an ordinal (``-ième``, and
``premier``, ``second`` alone). ``un`` and ``une`` alone are the article (``un homme``), not a
count: they are a number only inside a compound, or before a scale word (``un million``),
which ``scales`` then applies, as it does to ``deux millions``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reader.core.text.fold import fold
from reader.core.text.numbers.scales import half_after_noun, scale_words
from reader.core.text.numbers.wordscan import Token, numbers_in_words
from reader.core.text.patterns import lazy

UNITS = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
}
TEENS = {
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
}
TENS = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    # Belgium and Switzerland.
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
HUNDRED = "cent"
THOUSAND = "mille"
# Ordinals that stand only for a whole number of their own: "premier", "second(e)".
_ALONE_ORDINALS = {"premier": 1, "premiere": 1, "second": 2, "seconde": 2}
_ONE = frozenset({"un", "une"})
_AFTER_ET = frozenset({"un", "une", "onze"})  # "vingt et un", "soixante et onze"
_TWENTY = 20

_WORD = lazy(r"[^\W\d_]+")
_GAP = lazy(r"[ \u00a0]*-[ \u00a0]*|[ \u00a0]+")  # within one line: spaces or a hyphen


@dataclass(frozen=True)
class _Word:
    """A word of the text that may be part of a number: its cardinal (folded) and whether it
    was written as an ordinal."""

    start: int
    end: int
    cardinal: str
    ordinal: bool


@functools.cache
def _cardinals() -> dict[str, int]:
    return {**UNITS, **TEENS, **TENS, HUNDRED: 100, "cents": 100, "vingts": 20, THOUSAND: 1000}


@functools.cache
def _ordinals() -> dict[str, str]:
    """Each folded ordinal word (``-ieme``) and the cardinal it counts: ``cinquieme`` → ``cinq``."""
    found: dict[str, str] = {}
    for word in _cardinals():
        if word in ("zero", "une", "cents", "vingts"):
            continue
        stem = {"cinq": "cinqu", "neuf": "neuv"}.get(word, word.removesuffix("e"))
        found[stem + "ieme"] = word
    return found


@functools.cache
def number_words() -> frozenset[str]:
    """Every word that can begin a French number, lower-cased, with and without its accents
    (``deuxième``, ``deuxieme``), singular and plural: where a number is looked for."""
    folded = {*_cardinals(), *_ordinals(), *_ALONE_ORDINALS} - {"cents", "vingts"}
    folded |= {word + "s" for word in (*_ordinals(), *_ALONE_ORDINALS)}
    accented = {word.replace("ieme", "ième").replace("premiere", "première") for word in folded}
    return frozenset(folded | accented | {"zéro"})


def _word(start: int, end: int, text: str) -> _Word | None:
    folded = fold(text[start:end])
    if folded in _cardinals():
        return _Word(start, end, folded, ordinal=False)
    singular = folded.removesuffix("s")
    cardinal = _ordinals().get(singular)
    if cardinal is not None:
        return _Word(start, end, cardinal, ordinal=True)
    return None


def french_numbers(text: str, starts: Iterable[int]) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, value, ordinal) of each number written in French words in ``text``,
    read from ``starts``, where the words of ``number_words`` stand in it (``spelled``)."""
    yield from numbers_in_words(
        text,
        _WORD,
        lambda tokens, index: _number_at(text, tokens, index),
        starts,
        follows=_follows(),
    )


@functools.cache
def _follows() -> frozenset[str]:
    """The words that may continue a number (after its first), lower-cased, with and without
    accents: its words, ``et``, and the scale words after ``un`` ("un million")."""
    return number_words() | {"et", "cents", "vingts"} | set(scale_words("fr"))


class _Parser:
    """A number read word by word from ``tokens[index]`` on (recursive descent: a thousand
    part, a hundred part, a part below a hundred)."""

    def __init__(self, text: str, tokens: list[Token], index: int) -> None:
        self.text, self.tokens, self.at = text, tokens, index
        self.first = index
        self.ordinal = False

    def peek(self, ahead: int = 0) -> _Word | None:
        """The number word ``ahead`` words on, if it continues the number (joined by a gap, no
        ordinal before it); ``et`` is looked at by ``et_then``."""
        at = self.at + ahead
        if self.ordinal or at >= len(self.tokens):
            return None
        start, end, _ = self.tokens[at]
        if at > self.first and not _GAP.fullmatch(self.text, self.tokens[at - 1][1], start):
            return None
        return _word(start, end, self.text)

    def take(self) -> _Word:
        word = self.peek()
        assert word is not None  # only after a peek that found one
        self.at += 1
        self.ordinal = word.ordinal
        return word

    def et_then(self, allowed: frozenset[str]) -> bool:
        """Whether ``et`` and then one of ``allowed`` come next ("vingt et un"): ``et`` taken."""
        if self.ordinal or self.at + 1 >= len(self.tokens):
            return False
        start, end, _ = self.tokens[self.at]
        if fold(self.text[start:end]) != "et":
            return False
        if not _GAP.fullmatch(self.text, self.tokens[self.at - 1][1], start):
            return False
        self.at += 1
        following = self.peek()
        if following is None or following.cardinal not in allowed:
            self.at -= 1
            return False
        return True

    def below_hundred(self) -> int | None:
        word = self.peek()
        if word is None:
            return None
        name = word.cardinal
        if name in UNITS:
            after = None if word.ordinal else self.peek(1)  # "quatrième" ends its number
            if name == "quatre" and after and after.cardinal.startswith("vingt"):
                self.take()
                self.take()
                if self.et_then(_AFTER_ET):  # ICU's ordinals: "quatre-vingt-et-unième"
                    return 80 + _cardinals()[self.take().cardinal]
                return 80 + (self.below_twenty() or 0)
            self.take()
            return UNITS[name]
        if name in TEENS:
            return self.below_twenty()
        if name in TENS:
            self.take()
            if self.et_then(_AFTER_ET):
                return TENS[name] + _cardinals()[self.take().cardinal]
            rest = self.below_twenty() if name == "soixante" else self.unit(from_one=True)
            return TENS[name] + (rest or 0)
        return None

    def unit(self, from_one: bool) -> int | None:
        word = self.peek()
        if word is None or word.cardinal not in UNITS or (from_one and word.cardinal == "zero"):
            return None
        self.take()
        return UNITS[word.cardinal]

    def below_twenty(self) -> int | None:
        """One to nineteen: a unit, ``onze`` to ``seize``, ``dix`` and ``dix-sept`` to ``dix-neuf``."""
        word = self.peek()
        if word is None:
            return None
        if word.cardinal in TEENS:
            self.take()
            value = TEENS[word.cardinal]
            if value == 10 and (unit := self.peek()) and UNITS.get(unit.cardinal, 0) >= 7:
                self.take()
                value += UNITS[unit.cardinal]
            return value
        return self.unit(from_one=True)

    def below_thousand(self) -> int | None:
        """Below a thousand: hundreds as ``cent`` after a unit, or after eleven to nineteen in
        a year ("dix-neuf cent quarante-cinq"), and the rest."""
        word = self.peek()
        if word is None:
            return None
        hundreds = 1
        if not _hundred(word):
            value = self.below_hundred()
            after = self.peek()
            if value is None or after is None or not _hundred(after) or value in (0, 1, 10):
                return value
            if value >= _TWENTY:
                return value
            hundreds = value
        plural = self.take().cardinal == "cents"
        if plural:
            return hundreds * 100  # "deux cents" ends: "deux cent cinq"
        if self.et_then(_AFTER_ET):  # ICU's ordinals: "cent-et-unième", "deux cent-et-onzième"
            return hundreds * 100 + _cardinals()[self.take().cardinal]
        return hundreds * 100 + (self.below_hundred() or 0)

    def number(self) -> int | None:
        head = self.below_thousand()
        word = self.peek()
        if word is None or word.cardinal != THOUSAND:
            return head
        self.take()
        if self.et_then(_AFTER_ET):  # "mille et un", ICU's "deux mille-et-unième"
            return (head or 1) * 1000 + _cardinals()[self.take().cardinal]
        return (head or 1) * 1000 + (self.below_thousand() or 0)


# "cents" ends a number of hundreds ("quatre cents", 400) and names the coins, a hundredth of
# a euro or a dollar ("quatre cents", four cents): the plural of both is spelled alike.
_ENDS_IN_CENTS = lazy(r"(?:^|[\s-])cents$", re.IGNORECASE)


def cents_counted(words: str, value: int) -> int | None:
    """The count of coins a French number ending in "cents" also says (``words``, as written,
    read as ``value``): "quatre cents" is 400 or four cents, "deux mille trois cents" 2,300 or
    2,003 cents. None for a number that does not end so."""
    if not _ENDS_IN_CENTS.search(words.rstrip()):
        return None
    hundreds = value % 1000 // 100
    return value - hundreds * 100 + hundreds if hundreds else None


def _hundred(word: _Word) -> bool:
    return word.cardinal in (HUNDRED, "cents")


def _number_at(text: str, tokens: list[Token], index: int) -> tuple[int, int, bool] | None:
    """The number starting at word ``index``: the index after it, its value, whether ordinal."""
    start, end, _ = tokens[index]
    alone = _ALONE_ORDINALS.get(fold(text[start:end]).removesuffix("s"))
    if alone is not None:
        return index + 1, alone, True
    parser = _Parser(text, tokens, index)
    value = parser.number()
    if value is None:
        return None
    taken = parser.at
    if (
        taken == index + 1
        and fold(text[start:end]) in _ONE
        and not _before_scale(text, tokens, taken)
        and not half_after_noun(text, end, "fr")
    ):
        return None  # "un", "une": the article; a count before "et demi" ("un an et demi")
    return taken, value, parser.ordinal


def _before_scale(text: str, tokens: list[Token], index: int) -> bool:
    """Whether a scale word of a million or more comes next ("un million")."""
    if index >= len(tokens):
        return False
    start, end, _ = tokens[index]
    return scale_words("fr").get(fold(text[start:end]), 0) >= 10**6


# -- approximate counts -----------------------------------------------------------------------

# French makes a noun of a cardinal with -aine for a count about that large ("une dizaine",
# about ten; "une vingtaine", "une centaine") and of a thousand with -ier ("un millier"). In
# the singular, after the article, it is about that many, which the other version often
# writes as a figure ("about 100", "أكثر من 1000"); in the plural ("des centaines", "des
# milliers") it is hundreds, thousands: no value. The noun's stem is the cardinal's, its
# final e dropped and x and f voiced as in the ordinals (dix → dizaine, neuf → neuvaine).
_VOICED = {"x": "z", "f": "v"}


@functools.cache
def approximate_nouns() -> dict[str, int]:
    """Each noun of an approximate count (``dizaine``, ``centaine``, ``millier``) and the
    count it is about."""
    nouns = {THOUSAND.removesuffix("e") + "ier": 1000}
    for word, value in {**UNITS, **TEENS, **TENS, HUNDRED: 100}.items():
        stem = word.removesuffix("e")
        stem = stem[:-1] + _VOICED.get(stem[-1], stem[-1])
        nouns[stem + "aine"] = value
    return nouns


@functools.cache
def _approximate_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(approximate_nouns(), key=len, reverse=True))
    return re.compile(rf"\bune?\s+(?P<n>{nouns})\b", re.IGNORECASE)


def approximate_counts(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, count) of each approximate count of ``text``: "une centaine", "plus d'un
    millier" (the article and the noun)."""
    for match in _approximate_pattern().finditer(text):
        yield match.start(), match.end(), approximate_nouns()[match["n"].lower()]

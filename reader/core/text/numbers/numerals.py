"""A run of digits and marks read as one number: ``1.000,5``, ``١٬٠٠٠٫٥``, ``2 000``, ``3,5``."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from reader.core.text.numbers.conventions import ARABIC_COMMA, conventions
from reader.core.text.patterns import lazy

ARABIC_DECIMAL = "\u066b"  # ٫
ARABIC_THOUSANDS = "\u066c"  # ٬
_MARKS = f".,{ARABIC_DECIMAL}{ARABIC_THOUSANDS}"
_SPACES = "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin spaces group anywhere
_APOSTROPHES = "'\u2019"
_BEFORE_THREE = f" {_APOSTROPHES}{ARABIC_COMMA}"  # marks that group only before three digits

# Digits of any script (``\d`` is every decimal digit of Unicode) with the marks that group or
# split them. A plain space, an apostrophe or the Arabic comma joins groups only before exactly
# three digits ("2 000 personnes", "1'000", "30،000"), and only in the languages that group so
# (``numeral_runs``).
# Its first digit written apart (``\d\d*``, not ``\d+``): a pattern that opens with a class of
# characters is searched for by that class, in C, position by position; one that opens with a
# repeat is tried in full at every position, which took twice as long on a paragraph.
_NUMERAL = rf"\d\d*(?:(?:[{_MARKS}{_SPACES}]|(?:[{_BEFORE_THREE}])(?=\d{{3}}(?!\d)))\d+)*"
NUMERAL = lazy(_NUMERAL)
# The same in a text of ASCII characters, whose only digits are 0-9: a range of characters is
# tested at each position of the scan in a few instructions, the class of every digit of
# Unicode by a lookup of the character's properties.
_ASCII_NUMERAL = lazy(_NUMERAL.replace(r"\d", "[0-9]"))
_TIGHT = lazy(rf"\d+(?:[{_MARKS}{_SPACES}]\d+)*")
_SEPARATOR = lazy(rf"[{_MARKS}{_SPACES}{_BEFORE_THREE}]")
# A decimal digit other than 0-9: "not a non-digit, not 0-9", one character class (a look-ahead
# before ``\d`` made the scan of every paragraph five times slower).
_OTHER_DIGITS = lazy(r"[^\D0-9]")


def numerals_in(text: str) -> list[re.Match[str]]:
    """``NUMERAL``'s matches in ``text``, in order."""
    return list((_ASCII_NUMERAL if text.isascii() else NUMERAL).finditer(text))


@dataclass(frozen=True)
class Numeral:
    """A run of digits and separators read as one number."""

    value: Decimal
    alternatives: tuple[Decimal, ...]
    is_decimal: bool
    grouped: bool  # written with a thousands separator


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script written as an ASCII one, character for
    character (so spans survive): ``٢٠١٩`` → ``2019``. The Unicode database knows every digit."""
    if text.isascii() or not _OTHER_DIGITS.search(text):  # isascii: no look at the text
        return text
    return _OTHER_DIGITS.sub(lambda m: str(unicodedata.decimal(m[0])), text)


def numeral_runs(norm: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """The numerals of ``norm[start:end]`` (a match of ``NUMERAL``): itself, or, where a space,
    an apostrophe or the Arabic comma joined groups that this language does not join so, its
    parts."""
    run = norm[start:end]
    spaced = " " in run
    apostrophe = any(a in run for a in _APOSTROPHES)
    comma = ARABIC_COMMA in run
    if not spaced and not apostrophe and not comma:
        return [(start, end)]
    convention = conventions(language, native_digits=False)
    if (
        (not spaced or convention.space_groups)
        and (not apostrophe or convention.apostrophe_groups)
        and (not comma or convention.comma_groups)
    ):
        return [(start, end)]
    return [(start + m.start(), start + m.end()) for m in _TIGHT.finditer(run)]


def _decimal(integer: str, fraction: str = "") -> Decimal:
    return Decimal(f"{integer or '0'}.{fraction}" if fraction else integer)


def _grouped(groups: list[str]) -> bool:
    """Whether digit groups are a valid thousands grouping: 1–3 digits, then threes (a lone
    group, with no separator in it, may be any length)."""
    if len(groups) == 1:
        return True
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


@functools.lru_cache(maxsize=1 << 14)
def read_numeral(token: str, language: str, native_digits: bool = False) -> Numeral | None:
    """The value of a numeral (ASCII digits; ``native_digits`` when the text wrote them in its
    language's own) such as ``1.000,5``, ``1٬000٫5`` or ``3,5`` in ``language``; None when the
    separators make no number (``15.08.2022``)."""
    seps = _SEPARATOR.findall(token)
    if not seps:
        return Numeral(Decimal(token), (), False, False)
    groups = _SEPARATOR.split(token)
    marks = [s for s in seps if s in _MARKS]
    kinds = set(marks)
    spaced = len(marks) < len(seps)  # spaces, apostrophes and ، only ever group thousands
    if ARABIC_DECIMAL in kinds:
        decimal_mark: str | None = ARABIC_DECIMAL
    elif ARABIC_THOUSANDS in kinds:  # a Western mark beside ٬ is the decimal one
        decimal_mark = next((m for m in marks if m in ".,"), None)
    elif len(kinds) == 2:  # "1.000,5" or "1,000.5": the last mark is the decimal one
        decimal_mark = marks[-1]
    elif len(marks) == 1 and not spaced:
        return _single_mark(groups, marks[0], language, native_digits)
    elif len(marks) == 1 and seps[-1] == marks[0]:  # "1 000,5"
        decimal_mark = marks[0]
    else:  # one mark repeated, or spaces: thousands groups
        decimal_mark = None
    if decimal_mark is None:
        return _integer(groups)
    return _with_decimal(groups, seps, decimal_mark)


def _with_decimal(groups: list[str], seps: list[str], mark: str) -> Numeral | None:
    if seps.count(mark) != 1 or seps[-1] != mark or not _grouped(groups[:-1]):
        return None
    return Numeral(_decimal("".join(groups[:-1]), groups[-1]), (), True, len(groups) > 2)


def _integer(groups: list[str]) -> Numeral | None:
    if not _grouped(groups):
        return None
    return Numeral(Decimal("".join(groups)), (), False, True)


def _single_mark(groups: list[str], mark: str, language: str, native_digits: bool) -> Numeral:
    """One ``.`` or ``,``: a decimal unless exactly three digits follow, which the language
    decides (``1.000`` is a thousand in Indonesian, one in English, either in Arabic). Three
    digits after the language's own decimal mark keep the thousands as the other reading: the
    other usage's grouping mark is that one (``1,127`` is 1127 in English), and a figure is
    often copied with its marks from a text in the other usage."""
    head, tail = groups
    as_decimal = Numeral(_decimal(head, tail), (), True, False)
    if len(tail) != 3 or head.startswith("0") or len(head) > 3:
        return as_decimal
    as_thousands = Numeral(Decimal(head + tail), (), False, True)
    decimal = conventions(language, native_digits).decimal
    if decimal is None:  # both readings kept; news groups thousands far more often
        return Numeral(as_thousands.value, (as_decimal.value,), False, True)
    if mark != decimal:
        return as_thousands
    # "1,127 defections" in an Indonesian text, "more than 42.000 participants" in an English
    # one: a grouping from the other usage, which writers and translators copy with the figure.
    return Numeral(as_decimal.value, (as_thousands.value,), True, False)

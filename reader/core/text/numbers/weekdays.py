"""Weekday names, from CLDR (through Babel): a date a translation may change without a digit.

A news sentence dates itself by weekday ("pada Kamis (25/4)", "on Thursday"), and a translation
that turns Thursday into الثلاثاء (Tuesday) has changed a fact as surely as one that changes a
number. The names are CLDR's wide ones, format and stand-alone, with the Arabic article's
clitics (``والخميس``) and every seat of the hamza (``الاربعاء``).
Where CLDR capitalises a language's weekdays, a lower-case word is not one (Indonesian
``minggu`` is a week; ``Minggu`` is Sunday). Chinese and Japanese names (``星期四``, ``木曜日``)
are found without spaces around them, and their short forms (``周四``, ``(木)``) are not read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reader.core.text.arabic import CLITICS
from reader.core.text.fold import fold
from reader.core.text.numbers.cldr import locale_for
from reader.core.text.words import lower_words

_ARABIC_SEATS = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}
_UNSPACED = frozenset({"zh", "ja"})


@dataclass(frozen=True)
class Weekday:
    """A weekday named in a text: 0 is Monday, as in CLDR and ``datetime``."""

    start: int
    end: int
    number: int
    name: str


@dataclass(frozen=True)
class _Table:
    names: dict[str, int]  # folded name → weekday
    pattern: re.Pattern[str] | None
    capitalised: bool
    # The folded names the pattern is made of, where each is one ASCII word: in an ASCII text
    # (most of a Latin-script language's paragraphs) the pattern matches a whole word equal to
    # one of them but for case, so a text none of whose words (``lower_words``) is one of
    # these names none.
    ascii_words: frozenset[str] | None = None


@functools.lru_cache(maxsize=32)
def _table(language: str) -> _Table:
    primary = language.split("-")[0].lower()
    locale = locale_for(language)
    if locale is None:
        return _Table({}, None, False)
    written: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in locale.days[context]["wide"].items():
            written.setdefault(str(name), int(number))
    names = {fold(name): number for name, number in written.items()}
    capitalised = all(name[:1].isupper() for name in written) and primary not in _UNSPACED
    ordered = sorted(names, key=len, reverse=True)
    if primary in _UNSPACED:
        pattern = re.compile("(?P<name>" + "|".join(map(re.escape, written)) + ")")
    elif primary in ("ar", "fa", "ur"):
        alternation = "|".join("".join(_ARABIC_SEATS.get(ch, ch) for ch in n) for n in ordered)
        pattern = re.compile(rf"(?<!\w)[{CLITICS}]?(?P<name>{alternation})(?!\w)")
    else:
        alternation = "|".join(map(re.escape, ordered))
        pattern = re.compile(rf"(?<!\w)(?P<name>{alternation})(?!\w)", re.IGNORECASE)
        if all(map(_ASCII_WORD.fullmatch, names)):  # folded: lower-case already
            return _Table(names, pattern, capitalised, frozenset(names))
    return _Table(names, pattern, capitalised)


_ASCII_WORD = re.compile(r"\w+", re.ASCII)


def weekdays_in(text: str, language: str) -> list[Weekday]:
    """The weekdays ``text`` (in ``language``) names, in order."""
    table = _table(language)
    if table.pattern is None:
        return []
    words = table.ascii_words
    if words is not None and text.isascii() and words.isdisjoint(lower_words(text)):
        return []  # one set test, not a scan: most paragraphs name no weekday
    found = []
    for match in table.pattern.finditer(text):
        name = match["name"]
        number = table.names.get(fold(name))
        if number is None or (table.capitalised and not name[:1].isupper()):
            continue
        found.append(Weekday(match.start(), match.end(), number, name))
    return found

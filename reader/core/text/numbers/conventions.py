"""How each language writes a number's decimal and grouping marks, from CLDR (through Babel).

Only a numeral that its marks alone cannot settle asks: ``1.000`` and ``1,000`` (one mark,
three digits after it), a group of digits after a plain space (``2 000``) or an apostrophe
(``1'000``). ``1.000,5``, ``3,5``, ``١٬٠٠٠٫٥`` and ``1.000.000`` read the same in every
language, so most texts never load any locale data, and the window, which aligns versions with
these numbers, never loads Babel to show an article that has none of those.

What CLDR does not say, and this module decides:

- A text whose language writes its numbers in Arabic-Indic digits (CLDR's native numbering
  system ``arab`` or ``arabext``: Arabic, Persian, Urdu) writes Western digits mostly where a
  machine translation copied them from its source, in the source's convention. A lone mark
  among Western digits there is ambiguous: both readings are kept, the thousands one first.
  So is any mark in a language CLDR does not know.
- A mark that is not the language's decimal mark groups thousands (``1.000`` in French, which
  groups with a narrow space but reads a dot as nothing else).
- A plain space, typed where CLDR has a no-break one, groups thousands in the languages whose
  grouping mark is a space (French, Russian); elsewhere two numbers that a space parts stay two.
- The Arabic comma ، (U+060C), which CLDR has as a grouping mark of the script (Kashmiri's, for
  Western digits), groups thousands in every language whose native digits are Arabic-Indic:
  Arabic writes ``30،000`` beside ``30٬000``, and lists put a space after it. Elsewhere it is
  the comma of a quotation.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reader.core.text.numbers.cldr import locale_for

# CLDR numbering systems whose digits are Arabic-Indic.
_ARABIC_INDIC = frozenset({"arab", "arabext"})
_SPACES = frozenset(" \u00a0\u202f\u2009")
_APOSTROPHES = frozenset("'\u2019")
ARABIC_COMMA = "\u060c"


@dataclass(frozen=True)
class Conventions:
    """How numerals of one digit system are written in one language."""

    decimal: str | None  # the decimal mark; None when a lone mark is ambiguous
    space_groups: bool  # a space groups thousands ("2 000")
    apostrophe_groups: bool  # an apostrophe groups thousands ("1'000", Swiss German)
    comma_groups: bool = False  # the Arabic comma groups thousands ("30،000")


_UNKNOWN = Conventions(None, space_groups=False, apostrophe_groups=False)


@functools.lru_cache(maxsize=128)
def conventions(language: str, native_digits: bool) -> Conventions:
    """The conventions of ``language`` (a BCP 47 tag) for its native digits (``native_digits``)
    or for Western ones."""
    locale = locale_for(language)
    if locale is None:
        return _UNKNOWN
    native = locale.other_numbering_systems.get("native", "latn")
    system = native if native_digits else "latn"
    symbols = locale.number_symbols.get(system) or locale.number_symbols.get("latn", {})
    group = str(symbols.get("group", ","))
    ambiguous = not native_digits and native in _ARABIC_INDIC
    return Conventions(
        None if ambiguous else str(symbols.get("decimal", ".")),
        space_groups=group in _SPACES,
        apostrophe_groups=group in _APOSTROPHES,
        comma_groups=native in _ARABIC_INDIC or group == ARABIC_COMMA,
    )

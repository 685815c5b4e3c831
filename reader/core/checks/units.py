"""Units of measure written beside a number, read from CLDR's unit names, for the number check.

Translators convert units (6 mètres and 20 feet, 72 km and 45 miles, 98 kg and 216 pounds): a
reader holding both texts sees one quantity given in another unit, where a check reading numbers
alone sees one number missing and another added. The unit a number carries is read from the words
written right after it (and, where CLDR writes a unit around the number, "時速 {0} キロメートル",
before it too), in any language Babel has CLDR data for: every length (long, short, narrow) and
every plural form CLDR writes, folded as the text layer folds words (``reader.core.text.fold``:
case, accents, Arabic vowel marks and tanwin) and without the spaces inside a name ("كيلو
مترًا" is "كيلومترًا"), and the regional variants' own forms besides the language's (Arabic's
broken plural أقدام, feet, is written by ar_SA alone). No word is typed here: what CLDR does not
write is not read.

The factors to one base unit of each dimension are the units' definitions (an international foot
is 0.3048 m), not data tuned to any text.
"""

from __future__ import annotations

import functools
import pickle
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from reader.core.text.fold import fold
from reader.core.text.frequency import commonest
from reader.core.text.numbers import NumberMention
from reader.core.text.numbers.cldr import locale_for


class Dimension(StrEnum):
    """What a unit measures: two quantities compare only within one dimension."""

    LENGTH = "length"
    MASS = "mass"
    TEMPERATURE = "temperature"
    VOLUME = "volume"
    AREA = "area"
    SPEED = "speed"


@dataclass(frozen=True)
class Unit:
    """A CLDR unit, its dimension, and how a value in it converts to the dimension's base unit
    (metre, kilogram, degree Celsius, litre, square metre, kilometre per hour):
    ``base = value * scale + offset``."""

    name: str  # CLDR's measurement unit ("length-foot")
    dimension: Dimension
    scale: Decimal
    offset: Decimal = Decimal(0)
    # Two units a number is given in at once, joined by a slash ("25 yards/meters"): it
    # states its quantity in either (``slashed``); the first one's scale is the one above.
    either: tuple[Unit, ...] = ()

    def to_base(self, value: Decimal) -> Decimal:
        return value * self.scale + self.offset


_FOOT = Decimal("0.3048")
_INCH = _FOOT / 12
_MILE = _FOOT * 5280
_POUND = Decimal("0.45359237")
_GALLON = Decimal("3.785411784")  # the US gallon: the one news translated from English means
_ACRE = _FOOT * _FOOT * 43560

UNITS = tuple(
    Unit(name, dimension, Decimal(scale), Decimal(offset))
    for name, dimension, scale, offset in (
        ("length-kilometer", Dimension.LENGTH, 1000, 0),
        ("length-meter", Dimension.LENGTH, 1, 0),
        ("length-centimeter", Dimension.LENGTH, Decimal("0.01"), 0),
        ("length-millimeter", Dimension.LENGTH, Decimal("0.001"), 0),
        ("length-mile", Dimension.LENGTH, _MILE, 0),
        ("length-yard", Dimension.LENGTH, _FOOT * 3, 0),
        ("length-foot", Dimension.LENGTH, _FOOT, 0),
        ("length-inch", Dimension.LENGTH, _INCH, 0),
        ("mass-tonne", Dimension.MASS, 1000, 0),
        ("mass-kilogram", Dimension.MASS, 1, 0),
        ("mass-gram", Dimension.MASS, Decimal("0.001"), 0),
        ("mass-pound", Dimension.MASS, _POUND, 0),
        ("mass-ounce", Dimension.MASS, _POUND / 16, 0),
        ("temperature-celsius", Dimension.TEMPERATURE, 1, 0),
        ("temperature-fahrenheit", Dimension.TEMPERATURE, Decimal(5) / 9, Decimal(-160) / 9),
        # A degree with no scale named ("80 degrees", "26 degrés", "35°"): CLDR files the word
        # under temperature-generic in French and under angle-degree in English, Arabic and
        # Indonesian; news means a temperature by both, in Celsius or in Fahrenheit.
        ("temperature-generic", Dimension.TEMPERATURE, 1, 0),
        ("angle-degree", Dimension.TEMPERATURE, 1, 0),
        ("volume-liter", Dimension.VOLUME, 1, 0),
        ("volume-gallon", Dimension.VOLUME, _GALLON, 0),
        ("area-square-kilometer", Dimension.AREA, 1_000_000, 0),
        ("area-hectare", Dimension.AREA, 10_000, 0),
        ("area-square-meter", Dimension.AREA, 1, 0),
        ("area-square-mile", Dimension.AREA, _MILE * _MILE, 0),
        ("area-acre", Dimension.AREA, _ACRE, 0),
        ("area-square-foot", Dimension.AREA, _FOOT * _FOOT, 0),
        ("speed-kilometer-per-hour", Dimension.SPEED, 1, 0),
        ("speed-mile-per-hour", Dimension.SPEED, _MILE / 1000, 0),
    )
)

UNIT = {unit.name: unit for unit in UNITS}

_PLACEHOLDER = "{0}"
# Where a unit's name ends: a number's unit is read up to the first of these.
_STOPS = frozenset(",;:()[]{}«»\"'،؛!?…")
# The longest name read, in characters without spaces ("kilomètrescarrés" and a margin).
_WINDOW = 32


def _compact(text: str) -> str:
    return "".join(fold(text).split())


# The plural categories CLDR writes a unit's pattern in (a "per" pattern, "{0} per foot", is
# another unit).
_PLURAL_FORMS = frozenset({"zero", "one", "two", "few", "many", "other"})
_LENGTHS = ("long", "short", "narrow")


def _pattern_tables(language: str) -> Iterator[Mapping[str, Any]]:
    """CLDR's unit patterns for ``language`` (its own and those it inherits), then each regional
    variant's own: a form one region writes (Arabic's broken plural أقدام, feet, in ar_SA) is
    read in every region. These are the tables ``babel.units.format_unit`` formats from; read
    whole, every plural form of every length at once, since formatting one number per form of
    each regional locale would take seconds for Arabic's 29 (``tests/test_checks_units.py``
    holds the two to the same names).

    A region's own file is read here, not through ``babel.localedata.load(name,
    merge_inherited=False)``: that keeps the unmerged data in babel's cache, where every later
    ``Locale.parse`` of the region would find it without what it inherits."""
    from babel import localedata

    base = language.replace("-", "_").split("_")[0]
    locale = locale_for(base)
    if locale is None:
        return
    yield locale._data["unit_patterns"]
    for name in localedata.locale_identifiers():
        if name.startswith(f"{base}_"):
            with open(localedata.resolve_locale_filename(name), "rb") as own:
                data = pickle.load(own)  # babel's own data files, read as babel reads them
            yield data.get("unit_patterns", {})


@functools.cache
def _names(language: str) -> dict[str, tuple[tuple[Unit, str], ...]]:
    """The names CLDR writes after a number in ``language``, folded and without spaces, each
    with its units and what CLDR writes before the number with it (mostly nothing); and the
    international symbols (``_symbols``) that ``language`` writes no other way."""
    found: dict[str, dict[tuple[Unit, str], None]] = {}
    for table in _pattern_tables(language):
        for name, unit, before in _table_names(table, _LENGTHS):
            found.setdefault(name, {})[(unit, before)] = None
    code = language.replace("_", "-").split("-")[0]
    if found and code != _SYMBOLS_LANGUAGE:
        words = commonest(code, _WORDS_SHARE)
        for name, unit, before in _symbols():
            if name not in found and name not in words:
                found[name] = {(unit, before): None}
    return {name: tuple(units) for name, units in found.items()}


def _table_names(
    table: Mapping[str, Any], lengths: tuple[str, ...]
) -> Iterator[tuple[str, Unit, str]]:
    """(name, unit, what is written before the number) for each unit's pattern of a CLDR
    table, in the given lengths."""
    for unit in UNITS:
        by_length = table.get(unit.name)
        if not isinstance(by_length, Mapping):
            continue
        for length in lengths:
            forms = by_length.get(length)
            for form, pattern in forms.items() if isinstance(forms, Mapping) else ():
                if form not in _PLURAL_FORMS or _PLACEHOLDER not in str(pattern):
                    continue  # "per", or the number spelled out ("متران", two metres)
                before, _, after = str(pattern).partition(_PLACEHOLDER)
                name = _compact(after)
                if name:
                    yield name, unit, _compact(before)


# A unit's symbol as English writes it short (mph, lb, ft, km/h) is written so in other languages
# too, where their own CLDR symbol differs (Indonesian news writes "85 mph", CLDR's "mpj"): read in
# every language, where it is no name of the language's own and none of its commonest words, nor
# of English's ("in"); "t" and "g" are letters. Symbols, not words: the long names stay each
# language's.
_SYMBOLS_LANGUAGE = "en"
_MIN_SYMBOL = 2


_WORDS_SHARE = 0.5  # of running text: a language's commonest words ("in", the French "mi" is not)


@functools.cache
def _symbols() -> tuple[tuple[str, Unit, str], ...]:
    words = commonest(_SYMBOLS_LANGUAGE, _WORDS_SHARE)
    table = next(_pattern_tables(_SYMBOLS_LANGUAGE), {})  # English's own, not its regions'
    found = (
        entry
        for entry in _table_names(table, ("short",))
        if len(entry[0]) >= _MIN_SYMBOL
        and entry[0].isascii()
        and not entry[2]
        and entry[0] not in words
    )
    return tuple(dict.fromkeys(found))


@functools.cache
def _lengths(language: str) -> tuple[int, ...]:
    return tuple(sorted({len(name) for name in _names(language)}, reverse=True))


def _ends(text: str) -> tuple[str, frozenset[int]]:
    """``text`` folded and without spaces, cut at its first stop; and the places in it where a
    word ended (a space, or the end). Each word is folded apart, so that the places count the
    folded letters (tanwin and vowel marks gone)."""
    compact = ""
    ends: set[int] = set()
    for word in text.split():
        stop = next((i for i, char in enumerate(word) if char in _STOPS), None)
        compact += fold(word if stop is None else word[:stop])
        ends.add(len(compact))
        if stop is not None or len(compact) >= _WINDOW:
            break
    return compact, frozenset(ends)


def unit_of(text: str, mention: NumberMention, language: str) -> Unit | None:
    """The unit written with ``mention`` in ``text`` (a text of ``language``), or None.

    A name is read whole: it ends where a word ends, or where the next character is no letter,
    or inside a text written without spaces (Chinese 公里, "6米高"). The longest name wins
    ("kilomètres carrés" over "kilomètres"). Two names of one dimension joined by a slash
    ("25 yards/meters") are both the number's: ``slashed``."""
    names = _names(language)
    if not names:
        return None
    start, end = mention.span
    after, ends = _ends(text[end : end + 2 * _WINDOW])
    if not after:
        return None
    found = _unit_at(after, ends, names, language, text[max(0, start - _WINDOW) : start])
    if found is None:
        return None
    unit, length = found
    if after[length : length + 1] == _SLASH:  # "25 yards/meters": either unit
        rest = after[length + 1 :]
        second = _unit_at(rest, frozenset(e - length - 1 for e in ends), names, language, "")
        if second is not None and second[0].dimension is unit.dimension:
            return slashed(unit, second[0])
    return unit


_SLASH = "/"


def slashed(unit: Unit, other: Unit) -> Unit:
    """The two units of "25 yards/meters" as one, which states its number in either."""
    return Unit(f"{unit.name}/{other.name}", unit.dimension, unit.scale, unit.offset, (unit, other))


def _unit_at(
    after: str,
    ends: frozenset[int],
    names: dict[str, tuple[tuple[Unit, str], ...]],
    language: str,
    before_text: str,
) -> tuple[Unit, int] | None:
    """The unit whose name opens ``after`` (folded, without spaces; ``ends``: where its words
    end), and the name's length; ``before_text``: what precedes the number, where CLDR writes a
    unit around it."""
    for length in _lengths(language):
        name = after[:length]
        units = names.get(name) if len(name) == length else None
        if units is None:
            continue
        following = after[length : length + 1]
        spaceless = not name[-1].isascii() and name[-1] >= "\u2e80"  # Han, kana
        if length not in ends and following.isalpha() and not spaceless:
            continue
        # A name CLDR writes around the number ("時速 {0} キロメートル") first, where it is.
        before = _compact(before_text)
        for unit, prefix in sorted(units, key=lambda entry: -len(entry[1])):
            if before.endswith(prefix):
                return unit, length
    return None


def unit_named(word: str, language: str) -> Unit | None:
    """The unit a word names by itself, as CLDR writes its name after a number: Arabic's
    singular says one of it ("على بعد ميل", a mile away; with a clitic, "بميل"). None for a word
    that names no unit, or names one only around a number."""
    names = _names(language)
    folded = _compact(word)
    for name in (folded, folded[1:]) if len(folded) > 1 else (folded,):
        unit = next((unit for unit, before in names.get(name, ()) if not before), None)
        if unit is not None:
            return unit
    return None


def _half_step(value: Decimal) -> Decimal:
    """Half the step of the last digit written: the rounding a value stated this way admits."""
    exponent = value.normalize().as_tuple().exponent
    return Decimal(5).scaleb(int(exponent) - 1) if isinstance(exponent, int) else Decimal(0)


# How far two statements of one quantity may differ: a translator's rounding. At least 5 %; as
# much as the least precise side's rounding (6 m is 5.5 to 6.5 m), but never more than 10 %, so
# that 2 km against 1 mile (1.6 km) still shows. Temperatures differ by degrees, not percent.
_AT_LEAST = Decimal("0.05")
_AT_MOST = Decimal("0.10")
_DEGREES = Decimal(1)


_SCALELESS = frozenset({"temperature-generic", "angle-degree"})


def _scales(unit: Unit) -> tuple[Unit, ...]:
    """The units ``unit`` may be: a degree with no scale named is Celsius or Fahrenheit."""
    if unit.name in _SCALELESS:
        return UNIT["temperature-celsius"], UNIT["temperature-fahrenheit"]
    return (unit,)


def restated(unit: Unit, other: Unit) -> bool:
    """Whether a quantity in ``unit`` may be given in ``other`` as a conversion: another unit,
    or degrees on both sides, where each may name another scale."""
    return unit.name != other.name or unit.name in _SCALELESS


def same_quantity(value: Decimal, unit: Unit, other_value: Decimal, other_unit: Unit) -> bool:
    """Whether ``value`` in ``unit`` and ``other_value`` in ``other_unit`` state one quantity,
    within the rounding a translator uses; a degree with no scale named in either scale
    (26 degrés against 80 degrees: 26 °C is 79 °F); either of two units given at once."""
    if unit.dimension is not other_unit.dimension:
        return False
    if unit.either or other_unit.either:
        return any(
            same_quantity(value, one, other_value, other)
            for one in unit.either or (unit,)
            for other in other_unit.either or (other_unit,)
        )
    if unit.name in _SCALELESS or other_unit.name in _SCALELESS:
        return any(
            _same(value, one, other_value, other)
            for one in _scales(unit)
            for other in _scales(other_unit)
        )
    return _same(value, unit, other_value, other_unit)


def _same(value: Decimal, unit: Unit, other_value: Decimal, other_unit: Unit) -> bool:
    base, other = unit.to_base(value), other_unit.to_base(other_value)
    rounding = max(unit.scale * _half_step(value), other_unit.scale * _half_step(other_value))
    if unit.dimension is Dimension.TEMPERATURE:
        return abs(base - other) <= max(_DEGREES, rounding)
    largest = max(abs(base), abs(other))
    if not largest:
        return True
    allowed = min(_AT_MOST, max(_AT_LEAST, rounding / largest))
    return abs(base - other) <= allowed * largest

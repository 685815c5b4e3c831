"""A text read mention by mention: every number in it, with its kind and span."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from decimal import Decimal

from reader.core.text.arabic import CLITICS
from reader.core.text.fold import fold
from reader.core.text.languages import primary_subtag
from reader.core.text.numbers import arabic, cues, hijri
from reader.core.text.numbers.chinese import DIGITS, MYRIADS, UNITS, chinese_numerals, positional
from reader.core.text.numbers.cjk import cjk_numbers, counted, soft_count, wide_marks
from reader.core.text.numbers.cldr import month_before_day
from reader.core.text.numbers.french import cents_counted
from reader.core.text.numbers.idioms import (
    FRENCH_ORDINAL_ENDING,
    ROMAN_CENTURY_NUMERAL,
    SHORT_DECADE_LANGUAGES,
    idiom_numbers,
    may_name_decade,
    roman_value,
    short_decades,
    year_ranges,
)
from reader.core.text.numbers.mention import NumberKind, NumberMention, normal
from reader.core.text.numbers.months import (
    Month,
    borrowed_alone,
    borrowed_months,
    month_word,
    month_words,
    months_in,
)
from reader.core.text.numbers.numerals import (
    Numeral,
    ascii_digits,
    numeral_runs,
    numerals_in,
    read_numeral,
)
from reader.core.text.numbers.ranges import shared_scales
from reader.core.text.numbers.scales import (
    estimated,
    half_after,
    half_after_noun,
    half_after_words,
    half_before_scale,
    joins_digits,
    may_say_half,
    scale_after,
    scale_rest,
    spaced_scale_after,
    word_follows,
)
from reader.core.text.numbers.spelled import spelled_forms, spelled_numbers
from reader.core.text.numbers.weekdays import weekdays_in
from reader.core.text.patterns import lazy
from reader.core.text.words import lower_words

# Called for every paragraph with the same few language tags: parsing the tag once each.
_primary_subtag = functools.lru_cache(maxsize=64)(primary_subtag)


def extract_numbers(text: str, language: str, *, words: bool = True) -> list[NumberMention]:
    """Every number mention in ``text`` written in ``language``, in text order.

    Digits of any script count (``2019`` = ``٢٠١٩``); numbers that belong to a name or code
    (``G20``, ``COVID-19``, ``F-16``, ``5G``) are left out, since translations rewrite those
    freely (``مجموعة العشرين``). With ``words`` false, only what is written in numerals is read
    (digits, and Chinese numerals): no month names or numbers spelled in words, which need the
    language's vocabulary.
    """
    # Times, dates in digits, year ranges and numerals all start with a digit: a paragraph
    # without one (most of an article's, in prose) skips their scans on one search. Every
    # numeral, found at once by it: the hour cues after them, then each read. (A digit of any
    # script is in one of them, and the numerals of a text are where they are with its digits
    # written as ASCII ones, which is how they are read.)
    numerals = numerals_in(text)
    digits = bool(numerals)
    if not words and not digits:
        return list(_cjk_spelled(text))  # the aligner's many paragraphs without a digit
    subtag = _primary_subtag(language)
    # The text's own digits are in its numerals, if it has any: most texts are not looked at.
    norm = text if text.isascii() or all(n[0].isascii() for n in numerals) else ascii_digits(text)
    native = norm is not text  # the digits were the text's own, not Western ones
    if subtag in _CJK and (native or len(numerals) > 1):  # "3，000": two numerals in ASCII
        norm = wide_marks(norm)  # "１，０００", "3，000": full-width marks of a number
    if norm is not text:
        numerals = numerals_in(norm)
    reading = _Reading(text, norm, language, subtag, native, kinds=words)
    vocabulary = lower_words(text) if words else frozenset()
    if digits:
        _read_digit_forms(reading, numerals)
    elif subtag in _CJK:
        reading.add_all(cjk_numbers(text, norm))
    # An English month in another language's text too: as a day's ("19 March"), or alone
    # after the language's word for "month" or before a year ("bulan July", "June 1887").
    lend = digits or (words and month_word(subtag) in vocabulary)
    may_name = words and _may_name(vocabulary, text, subtag, borrowed=lend)
    months = read_months(text, subtag) if may_name else ()
    borrowed = borrowed_months(text, subtag, vocabulary) if may_name and lend else ()
    if borrowed:
        months = tuple(sorted((*months, *borrowed), key=_month_start))
    if len(months) > _FEW_MONTHS:  # found beside a day by bisection (``_beside``)
        months = _Months(months)
    used_months: set[int] = set()
    if digits:
        _numerals(reading, numerals, months, used_months)
    for month in months:
        if month in borrowed and not (
            month.start not in used_months and borrowed_alone(text, month, subtag)
        ):
            continue
        if month.start not in used_months and not _spells_number(month, subtag):
            reading.add(_month_alone(text, month))
    spelled = words and not vocabulary.isdisjoint(_spelled_words(subtag))
    in_words = list(_spelled(reading, vocabulary)) if spelled else []
    if subtag == "ar":  # its numbers of hundreds and thousands before the idioms read a part
        reading.add_all(m for m in in_words if m.value >= _HUNDRED and " " in m.text)  # ألفين
    if words:
        reading.add_all(idiom_numbers(text, subtag, vocabulary))
        if subtag == "fr" and "siècle" in text:
            reading.add_all(_first_roman_centuries(text))
    reading.add_all(iter(in_words))
    if subtag == "ar" and words and not vocabulary.isdisjoint(arabic.root_noun_forms()):
        reading.add_all(_root_numbers(text))  # سباعيات: sevens
    reading.add_all(_cjk_spelled(text))
    found = reading.mentions if reading.in_order else sorted(reading.mentions, key=_span)
    if subtag == "ar" and words and found:
        found = hijri.soften(norm, found, vocabulary)
    return shared_scales(text, found, language) if digits and len(found) > 1 else found


def _span(mention: NumberMention) -> tuple[int, int]:
    return mention.span


def _month_start(month: Month) -> int:
    return month.start


# A character from the lowest of the Chinese numerals (〇) on: one comparison per character.
_FROM_FIRST_CHINESE_NUMERAL = re.compile(f"[{min([*DIGITS, *UNITS, *MYRIADS])}-\U0010ffff]")
_CJK = frozenset({"zh", "ja"})
_HUNDRED = 100
_HALF = Decimal("0.5")


def _read_digit_forms(reading: _Reading, numerals: Sequence[re.Match[str]]) -> None:
    """The forms written with digits that come before the numerals, in the order that lets
    a longer reading take its span first (a time, a date, a year range before its numbers);
    Chinese and Japanese times, decades and fractions among them, in Han numerals too."""
    text, norm, subtag = reading.text, reading.norm, reading.subtag
    # Each form's scan of the text only where one of the numerals can begin it: most of a
    # text's numerals are plain, and a scan costs more than a look at each numeral's ends.
    # "pukul", "الساعة" (by C's substring search: only the Kelvin sign lower-cases to an ASCII
    # letter of these, and Python's case-insensitive match takes it for "k" too), or "4pm",
    # "9 pagi" after a numeral (a digit before "pm" ends one).
    low = norm.lower()
    hour_hint = cues.holds_any(low, cues.HOUR_WORDS) or (
        _may_name_hour(low) and hour_after(norm, numerals)
    )
    if hour_hint or subtag in cues.H_TIME or may_begin_clock(norm, numerals):
        reading.add_all(_times(reading, hour_hint, numerals))
    if hour_hint or cues.holds_any(norm, cues.TIME_ZONES):
        reading.add_all(_zoned_hours(reading, numerals))
    if "月" in text:
        reading.add_all(_cjk_dates(text, norm))
    if subtag in _CJK:
        reading.add_all(cjk_numbers(text, norm))
    if "/" in norm:
        reading.add_all(_slash_dates(reading))
    if _may_join_years(norm, subtag) and may_begin_range(norm, numerals):
        reading.add_all(year_ranges(text, norm))
    if (
        subtag in SHORT_DECADE_LANGUAGES
        and may_begin_decade(numerals)
        and may_name_decade(low, subtag)
    ):
        reading.add_all(short_decades(text, norm, subtag))


# What the numerals of a text (``NUMERAL``'s matches in it with ASCII digits), looked at once
# each, say of the forms that need a numeral to begin or end them.


def _may_name_hour(low: str) -> bool:
    """Whether a text (lower-cased) has what ``cues.HOUR_AFTER`` needs: the "m" of "pm", or
    the letters of "pagi", "siang", "sore" that no other letter matches case-insensitively (ı
    is an "i", ſ an "s"). Most texts in other scripts have none of them."""
    return "m" in low or "pag" in low or "ang" in low or "ore" in low


def hour_after(norm: str, numerals: Sequence[re.Match[str]]) -> bool:
    """Whether "pm" or "pagi" follows a numeral (``cues.HOUR_AFTER``: "4pm", "9 pagi"; only a
    numeral's last digit can be followed by one)."""
    for numeral in numerals:
        end = numeral.end()
        after = norm[end : end + 2]
        first = after[:1]
        if (first in _AM_PM or (first.isspace() and after[1:] in _AFTER_SPACE)) and (
            cues.HOUR_AFTER.match(norm, end)
        ):
            return True
    return False


def may_begin_clock(norm: str, numerals: Sequence[re.Match[str]]) -> bool:
    """Whether a numeral holds a dot or has a colon or an Arabic comma right after it
    (``10.30``, ``10:30``, ``15،00``: ``_clock_matches`` tries no other; a paragraph's full
    stops are no numeral's)."""
    for numeral in numerals:
        end = numeral.end()
        if "." in numeral[0] or norm[end : end + 1] in _AFTER_HOUR:
            return True
    return False


def may_begin_range(norm: str, numerals: Sequence[re.Match[str]]) -> bool:
    """Whether a year from 1500 to 2099 ends a numeral before a dash (``1950-53``: a year
    range of ``idioms.year_ranges`` needs one)."""
    for numeral in numerals:
        run, end = numeral[0], numeral.end()
        if len(run) >= 4 and run[-4] in "12":
            after = norm[end : end + 2]
            first = after[:1]
            if first in _DASHES or (first.isspace() and after[1:] in _DASHES):
                return True
    return False


def may_begin_decade(numerals: Sequence[re.Match[str]]) -> bool:
    """Whether two digits, the second a zero, begin a numeral with no digit after them
    (``années 30``, ``'30s``: a decade of ``idioms.short_decades`` needs one)."""
    return any(n[0][1:2] == "0" and not n[0][2:3].isdigit() for n in numerals)


_AM_PM = ("a", "p", "A", "P")
# After a space, "am", "pm", "pagi", "siang", "sore" in any case (ſ is a case-insensitive "s").
_AFTER_SPACE = (*_AM_PM, "s", "S", "ſ")
_COLONS = (":", "：")
_ARABIC_COMMA = "\u060c"
# What may follow a numeral, then minutes: a colon, or the Arabic comma beside a cue.
_AFTER_HOUR = (*_COLONS, _ARABIC_COMMA)
# What joins a year range's two years: the hyphen and en dash, and the wave dash Chinese and
# Japanese write a range with (JIS's 〜, which Windows types as the full-width tilde ～).
_DASHES = ("-", "–", "〜", "～")


def _may_join_years(norm: str, subtag: str) -> bool:
    """Whether a text holds a mark that may join a year range's years (a C-level search each;
    the wave dashes only in Chinese and Japanese, which write them)."""
    return "-" in norm or "–" in norm or (subtag in _CJK and ("〜" in norm or "～" in norm))


class _Reading:
    """One text being read: its mentions so far, none overlapping another. Without ``kinds``,
    only the values are wanted: a quantity is not told a percentage, an amount or a year."""

    def __init__(
        self, text: str, norm: str, language: str, subtag: str, native: bool, kinds: bool
    ) -> None:
        self.text, self.norm = text, norm
        self.language, self.subtag, self.native, self.kinds = language, subtag, native, kinds
        self.mentions: list[NumberMention] = []
        # The spans taken, in text order (starts, and ends alike: none overlaps another).
        self._starts: list[int] = []
        self._ends: list[int] = []
        # Whether ``mentions`` is in text order still: each was added after every span taken
        # (most texts' mentions, read left to right), so that none needs sorting.
        self.in_order = True

    def add(self, mention: NumberMention | None) -> None:
        if mention is None:
            return
        start, end = mention.span
        ends = self._ends
        if not ends or start >= ends[-1]:  # after every span taken: most, read in text order
            self._starts.append(start)
            ends.append(end)
            self.mentions.append(mention)
            return
        # The spans starting before this one ends: the last of them ends last, and overlaps
        # it if any does; if none does, this one goes right after them.
        at = bisect.bisect_left(self._starts, end)
        if at and self._ends[at - 1] > start:
            return
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self.mentions.append(mention)
        self.in_order = False

    def add_all(self, mentions: Iterator[NumberMention]) -> None:
        for mention in mentions:
            self.add(mention)


def names_a_month(text: str, language: str) -> bool:
    """Whether ``text`` may name a month at all (its words, clitics off, against the month
    names): a set test, before any scan of the text for month names."""
    return _may_name(lower_words(text), text, language)


# The quick tests of whether a month name or a spelled number can be in a text at all: its
# words (``lower_words``), clitics off, against the names. The names are given each clitic
# instead, once for the language, so that a text's words are looked up as they are.


def _may_name(
    vocabulary: frozenset[str], text: str, language: str, *, borrowed: bool = False
) -> bool:
    """Whether a text with these words (``lower_words``) may name a month at all: one of the
    words of its names, with or without a clitic (Han months: ``月``, which ends them); with
    ``borrowed``, or of the English names it may borrow (``months.borrowed_months``)."""
    names = month_words(language, borrowed=borrowed)
    return "月" in text if names is None else not vocabulary.isdisjoint(_with_clitics(names))


def _spelled_words(language: str) -> frozenset[str]:
    return _with_clitics(spelled_forms(language))


@functools.lru_cache(maxsize=64)
def _with_clitics(words: frozenset[str]) -> frozenset[str]:
    """``words``, and each after each Arabic clitic: a word of a text is one of these when it
    is one of ``words`` with or without a clitic."""
    return words.union(clitic + word for clitic in CLITICS for word in words)


@functools.lru_cache(maxsize=512)
def read_months(text: str, language: str) -> tuple[Month, ...]:
    """The month names of ``text`` (``months.months_in``), read once for the few readers of
    one paragraph in a run: the numbers, the month-name check, the replaced-name check."""
    return tuple(months_in(text, language))


# -- clock times and dates written in digits -----------------------------------------------------


def _times(
    reading: _Reading, hour_hint: bool, numerals: Sequence[re.Match[str]]
) -> Iterator[NumberMention]:
    """Clock times: ``10:30`` anywhere, ``10.30`` in Indonesian or beside a time cue; an hour
    alone (``pukul 9``, ``4pm``) only where a cue was found (``hour_hint``): ``cues.HOUR``'s
    look-behinds are tried at every position of the text."""
    text, norm = reading.text, reading.norm
    for match in _clock_matches(norm, numerals):
        before = norm[match.start() - 1 : match.start()]
        if int(match["h"]) > 24 or (before and before in "0123456789.,:"):
            continue
        cued_after = cues.TIME_AFTER.match(text, match.end())
        cued = bool(cued_after or cues.before(cues.TIME_BEFORE, text, match.start()))
        # A range's cue after its second end is both ends' ("6.30-10am", "10:00-11:00 pm").
        cue_at = None if cued_after else _range_cue(text, match)
        if match["sep"] == _ARABIC_COMMA and not cued_after:
            continue  # "15،00": a time beside its cue ("15،00 UTC"), two numbers otherwise
        if not cued and match["sep"] == ".":
            cued = cue_at is not None
        if match["sep"] == "." and not (
            reading.subtag in cues.TIME_DOT_LANGUAGES or cued or _at_time(reading, match)
        ):
            continue
        if match["sep"] == "." and not cued and _money_or_share(text, match.start(), match.end()):
            continue  # "RM3.50", "US$5.00", "2.50 persen": a decimal, not a time
        if scale_after(text, match.end(), reading.language):
            continue  # "3.26 juta": a number of millions, not a time
        time = _time(text, match.span(), int(match["h"]), int(match["m"]), cue_at)
        if match["sep"] == "." and not cued:  # Indonesian "2.53" may still be a decimal
            time = replace(time, alternatives=(Decimal(match[0]),))
        yield time
    yield from _hour_letter_times(reading)
    for match in cues.HOUR.finditer(norm) if hour_hint else ():
        hour = int(match["h"] or match["h2"])
        if hour <= 24 and not (match.start() and norm[match.start() - 1].isdigit()):
            yield _time(text, match.span(), hour, 0)


def _zoned_hours(reading: _Reading, numerals: Sequence[re.Match[str]]) -> Iterator[NumberMention]:
    """Four digits before a time zone or after the word for o'clock: the 24-hour clock's hours
    and minutes written together ("1200 GMT", "0930 UTC", "الساعة 0800"), which are no year."""
    norm = reading.norm
    for numeral in numerals:
        run = numeral[0]
        if len(run) != _HOURS_AND_MINUTES or not run.isdigit():
            continue
        hour, minutes = int(run[:2]), int(run[2:])
        if (
            hour <= _LAST_HOUR
            and minutes < _MINUTES
            and (
                cues.ZONE_AFTER.match(norm, numeral.end())
                or cues.before(cues.TIME_BEFORE, norm, numeral.start())
            )
        ):
            yield _time(reading.text, numeral.span(), hour, minutes)


_HOURS_AND_MINUTES = 4  # digits
_MINUTES = 60


def _range_cue(text: str, match: re.Match[str]) -> int | None:
    """Where the cue of a range's second end starts ("6.30-10am": "am"), which makes its first
    end a time too; None if none. Its "pm" is the first end's only if that hour is not the
    later one ("11.30-1pm" starts before noon): then the cue's place is the first end's own."""
    ranged = cues.RANGE_TO.match(text, match.end())
    if ranged is None or not cues.TIME_AFTER.match(text, ranged.end()):
        return None
    return ranged.end() if int(match["h"]) <= int(ranged["h"]) else match.end()


def _clock_matches(norm: str, numerals: Sequence[re.Match[str]]) -> Iterator[re.Match[str]]:
    """``cues.TIME``'s matches in ``norm``, as its ``finditer`` finds them (left to right, none
    overlapping), tried only where one can start: one or two digits before the separator,
    which is a dot inside a numeral (``10.30`` is one) or a colon or an Arabic comma right
    after one (``10:30``, ``15،00`` are two: neither groups two digits). A scan of the whole
    text for them cost more."""
    resume = 0  # where the last match ended
    for numeral in numerals:
        run, end = numeral[0], numeral.end()
        colon = norm[end : end + 1] in _AFTER_HOUR and _minutes_at(norm, end + 1)
        if not colon and "." not in run:
            continue  # most numerals
        start = numeral.start()
        separators = [
            start + i for i, ch in enumerate(run) if ch == "." and _minutes_at(run, i + 1)
        ]
        if colon:
            separators.append(end)
        for separator in separators:
            for begin in (separator - 2, separator - 1):
                match = cues.TIME.match(norm, begin) if begin >= resume else None
                if match:
                    resume = match.end()
                    yield match
                    break


def _minutes_at(text: str, at: int) -> bool:
    """Whether a time's minutes can start at ``at``: two digits, the first 0-5, and no third."""
    return (
        text[at : at + 1] in _TENS_OF_MINUTES
        and text[at + 1 : at + 2] in _ASCII_DIGITS
        and text[at + 2 : at + 3] not in _ASCII_DIGITS
    )


_TENS_OF_MINUTES = ("0", "1", "2", "3", "4", "5")
_ASCII_DIGITS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")


_LAST_HOUR = 23  # "at 24.50" is a price; a clock says 00.50


def _at_time(reading: _Reading, match: re.Match[str]) -> bool:
    """Whether a dotted number after the language's word for "at" (``cues.at_time``) may be
    a clock time: "she will speak at 23.45", "à 14.30", its hour at most 23. It stays a
    decimal as well ("at 12.50 a share"), as an Indonesian dotted time without a cue does."""
    pattern = cues.at_time(reading.subtag) if int(match["h"]) <= _LAST_HOUR else None
    return pattern is not None and cues.before(pattern, reading.text, match.start()) is not None


def _money_or_share(text: str, start: int, end: int) -> bool:
    """Whether a currency stands before a number or a percent sign after it."""
    return bool(cues.currency_before(text, start) or cues.PERCENT_AFTER.match(text, end))


def _hour_letter_times(reading: _Reading) -> Iterator[NumberMention]:
    """French hours: ``07h55``, ``14 h``; ``7 heures`` beside a word that makes it a time,
    and which may still be a count of hours (``jusqu'à 24 heures``)."""
    pattern = cues.H_TIME.get(reading.subtag)
    text = reading.text
    for match in pattern.finditer(reading.norm) if pattern else ():
        duration = match["h2"] and match["part"] is None
        if duration and not cues.before(cues.HEURES_BEFORE, text, match.start()):
            continue  # "pendant 2 heures": a duration
        hour = int(match["h"] or match["h2"])
        if hour > 24:
            continue
        minutes = int(match["m"] or 0)
        if match["q"]:  # "et demie", "et quart", "moins le quart"
            minutes = cues.QUARTERS[" ".join(match["q"].lower().split())]
            if minutes < 0:
                hour, minutes = (hour - 1) % 24, 60 + minutes
        time = _time(text, match.span(), hour, minutes)
        if duration:  # "jusqu'à 24 heures": until midnight, or for up to 24 hours
            time = replace(time, alternatives=(Decimal(hour),))
        yield time


_NOON = 12


def _time(
    text: str, span: tuple[int, int], hour: int, minutes: int, cue_at: int | None = None
) -> NumberMention:
    """A clock time; an hour before noon followed by "pm" or "مساءً" is the afternoon's, and
    twelve followed by "am" is midnight. ``cue_at``: where those cues are looked for, if not
    right after the time (after a range's second end: ``_range_cue``)."""
    after = span[1] if cue_at is None else cue_at
    afternoon = (
        cues.AFTERNOON.match(text, after) or cues.before(cues.AFTERNOON_BEFORE, text, span[0])
    ) and hour < 12
    midday = cues.MIDDAY.match(text, after) and hour <= cues.MIDDAY_HOURS
    if afternoon or midday:
        hour += 12
    elif hour == _NOON and cues.MORNING.match(text, after):
        hour = 0  # "12:30 AM": half past midnight
    return NumberMention(
        Decimal(hour * 60 + minutes), NumberKind.TIME, span, text[span[0] : span[1]]
    )


_AFTER_WHOLE = lazy(r"\d\s$")
# A right-to-left mark may stand before each slash: CLDR's Arabic dates ("15\u200f/8\u200f/2023").
_SLASH_DATE = lazy(
    r"(?<![\d/])(\d{1,2})\u200f?/(\d{1,2})(?:\u200f?/(\d{4}|\d{2}))?(?![\d/]|\u200f?/\d)"
)
# The year first: Chinese and Japanese ("2019/1/5", "2019/01/05").
_YEAR_FIRST_DATE = lazy(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")


def _slash_dates(reading: _Reading) -> Iterator[NumberMention]:
    """``Senin (15/8)``: day and month (month first where CLDR's short date has it first:
    English ``8/15``, Chinese ``8/15``), year optional, or first (``2019/8/15``). Without its
    year and with no weekday beside it, a pair is as often a fraction or a ratio ("cut by
    2/3", "open 24/7"), and each language reads it as a date in its own order: it keeps the
    two numbers as written for another reading (``NumberMention.alternatives``)."""
    text = reading.text
    for match in _YEAR_FIRST_DATE.finditer(reading.norm):
        month, day = int(match[2]), int(match[3])
        if 1 <= day <= 31 and 1 <= month <= 12:
            start, end = match.span(2)[0], match.end()
            yield NumberMention(Decimal(day), NumberKind.DATE, (start, end), text[start:end], month)
            span = match.span(1)
            yield NumberMention(Decimal(match[1]), NumberKind.YEAR, span, text[span[0] : span[1]])
    month_first = month_before_day(reading.language)
    for match in _SLASH_DATE.finditer(reading.norm):
        if _AFTER_WHOLE.search(reading.norm, max(0, match.start() - 8), match.start()):
            continue  # "220 2/3 innings": a fraction after a whole number, not a date
        first, second = int(match[1]), int(match[2])
        day, month = (second, first) if month_first else (first, second)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        end = match.end(2)
        written = (
            ()
            if match[3] or not reading.kinds or _weekday_beside(reading, match.start(), end)
            else (Decimal(first), Decimal(second))
        )
        # Chinese and Japanese write a date in words (4月7日, CLDR's ``MMMd``); their "4/7"
        # without a year is as often a share, "4 of 7": soft, a date only where the other
        # side has it. So is "24/7", the hours of a day by the days of a week, which other
        # languages say in words (round the clock, 全天候, على مدار الساعة).
        yield NumberMention(
            Decimal(day),
            NumberKind.DATE,
            (match.start(), end),
            text[match.start() : end],
            month,
            spelled=(reading.subtag in _CJK and not match[3]) or written == _ROUND_THE_CLOCK,
            alternatives=written,
        )
        if match[3]:
            year = int(match[3]) if len(match[3]) == 4 else full_year(int(match[3]))
            span = match.span(3)
            yield NumberMention(Decimal(year), NumberKind.YEAR, span, text[span[0] : span[1]])


_ROUND_THE_CLOCK = (Decimal(24), Decimal(7))
# How far from a slash pair a weekday dates it: "Senin (15/8)", "pada Kamis, 25/4".
_WEEKDAY_GAP = 4


def _weekday_beside(reading: _Reading, start: int, end: int) -> bool:
    """Whether a weekday is named right before or after ``text[start:end]``, with at most a
    few marks between ("Monday (8/15)", "(25/4) الخميس"): a date, not a fraction."""
    return any(
        0 <= start - day.end <= _WEEKDAY_GAP or 0 <= day.start - end <= _WEEKDAY_GAP
        for day in weekdays_in(reading.text, reading.language)
    )


def full_year(two_digits: int, today: dt.date | None = None) -> int:
    """A year written in two digits, as ICU and CLDR read one by default: the year ending so
    within 80 years before ``today`` and 20 after (``8/15/94`` is 1994, ``8/15/19`` 2019)."""
    latest = (today or dt.date.today()).year + 20
    year = latest // 100 * 100 + two_digits
    return year if year <= latest else year - 100


_CJK_DATE = lazy(r"(?P<m>\d{1,2})\s?月\s?(?:(?P<d>\d{1,2})\s?[日号號])?")


def _cjk_dates(text: str, norm: str) -> Iterator[NumberMention]:
    """``8月15日``, ``8月15号`` (a date), ``7月`` (a month); months in Han numerals (``七月``) are
    month names, and dates in them ``cjk``'s."""
    for match in _CJK_DATE.finditer(norm):
        if match.start() and norm[match.start() - 1].isdigit():
            continue
        month = int(match["m"])
        if not 1 <= month <= 12:
            continue
        span = match.span()
        if match["d"] and 1 <= int(match["d"]) <= 31:
            yield NumberMention(
                Decimal(match["d"]), NumberKind.DATE, span, text[span[0] : span[1]], month
            )
        else:
            span = (match.start(), match.start("m") + len(match["m"]) + 1)
            yield NumberMention(
                Decimal(month), NumberKind.MONTH, span, text[span[0] : span[1]].rstrip()
            )


# -- numerals -----------------------------------------------------------------------------------


def _numerals(
    reading: _Reading,
    numerals: Sequence[re.Match[str]],
    months: Sequence[Month],
    used_months: set[int],
) -> None:
    """Each numeral (``NUMERAL``'s matches in the text with ASCII digits) read and added:
    digits alone with nothing around them (most numerals) by ``_alone``, the rest in full."""
    norm, language, native, kinds = reading.norm, reading.language, reading.native, reading.kinds
    # Chinese, Japanese and Korean write a scale word or a counter straight after the digits.
    alone = reading.subtag not in _CJK and not joins_digits(language)
    for match in numerals:
        start, end = match.span()
        if start and norm[start - 1].isdigit():
            continue
        run = match[0]
        if start and norm[start - 1] in _DECIMAL_MARKS and _no_whole_part(norm, start - 1):
            reading.add_all(_fraction_alone(reading, start, end, months, used_months))
            continue
        # A space, an apostrophe or the Arabic comma: joins a language may not make.
        if " " in run or "'" in run or "\u2019" in run or "\u060c" in run:
            runs = numeral_runs(norm, start, end, language)
        else:  # most numerals: one run, read as it is, and most of those at a look
            if alone:
                numeral = read_numeral(run, language, native)
                mention = _alone(reading, start, end, numeral, months) if numeral else None
                if mention is not None:
                    reading.add(mention)
                    continue
            runs = [(start, end)]
        for s, e in runs:
            numeral = read_numeral(run if s == start and e == end else norm[s:e], language, native)
            if numeral is None:
                reading.add_all(_split_runs(reading, s, e))
            elif kinds:
                reading.add(_classify(reading, s, e, numeral, months, used_months))
            else:
                reading.add(_value(reading, s, e, numeral))


# A decimal written without its whole part, ".08%" (English and scientific usage; the Arabic
# of a translation copies it, "و.08%"): the decimal point or the Arabic decimal separator
# where a word could stand, at the start, after an opening mark or a sign, after a space that
# follows a word or a list's mark ("was .08%", "1.2%, .08%"), or after a one-letter Arabic
# proclitic (و, ف, ب, ل, ك) written onto it. After a letter or a digit the mark is no such
# thing ("No.5", "2019.08"), nor after a closing mark and a space, where it ends a sentence or
# a reference cut up by a copy ("(Tables 1-3) .3)").
_DECIMAL_MARKS = frozenset((".", "\u066b"))
_OPENING_A_BARE_DECIMAL = frozenset(
    ("", "(", "[", '"', "“", "«", "~", "≈", "<", ">", "+", "-", "−", "±", "$", "€", "£")
)
_SPACES_BEFORE = frozenset((" ", "\n", "\t", "\u00a0"))
_LIST_MARKS = frozenset((",", ":", ";", "،", "؛"))


def _no_whole_part(norm: str, mark: int) -> bool:
    """Whether the decimal mark at ``norm[mark]`` opens a number on its own (``_DECIMAL_MARKS``)."""
    before = norm[mark - 1 : mark]
    if before and before in CLITICS:  # the clitic opens a word: "1.2% و.08%"
        clitic_after = norm[mark - 2 : mark - 1]
        return clitic_after in _OPENING_A_BARE_DECIMAL or clitic_after in _SPACES_BEFORE
    if before in _OPENING_A_BARE_DECIMAL:
        return True
    if before not in _SPACES_BEFORE:
        return False
    word = norm[mark - 2 : mark - 1]
    return word == "" or word.isalpha() or word in _LIST_MARKS


def _fraction_alone(
    reading: _Reading, start: int, end: int, months: Sequence[Month], used_months: set[int]
) -> Iterator[NumberMention]:
    """The digits after a bare decimal mark (``.08``) read as the fraction they write, its span
    from the mark; digits grouped another way after it are read as a run is (``_split_runs``)."""
    run = reading.norm[start:end]
    if not run.isdigit():
        yield from _split_runs(reading, start, end)
        return
    numeral = Numeral(Decimal(f"0.{run}"), (), True, False)
    if reading.kinds:
        mention = _classify(reading, start, end, numeral, months, used_months)
    else:
        mention = _value(reading, start, end, numeral)
    if mention is not None:
        span = (start - 1, mention.span[1])
        yield replace(mention, span=span, text=reading.text[span[0] : span[1]])


# Around a numeral, the characters that leave it as it is: before it, none that makes it a
# name's (a letter, "U-23"); after it, none that begins a name, a scale word, an ordinal's
# suffix, a percentage or an amount. (A space after it is looked past: ``_alone``.)
_OPENING = frozenset(("", " ", "(", "[", "\n", '"', "“", "«", "/"))
_CLOSING = frozenset(
    ("", ")", "]", ",", ".", ";", ":", "!", "?", "،", "؛", "؟", '"', "”", "»", "-", "–", "/")
)


def _alone(
    reading: _Reading, start: int, end: int, numeral: Numeral, months: Sequence[Month]
) -> NumberMention | None:
    """A numeral of one run (``numeral``, at ``start:end``) read as ``_value`` or ``_classify``
    reads it, where the characters around it show at a look that none of their tests can
    change its reading: a plain number or a year, or a scaled one without kinds ("5 juta").
    None where one can (they read it then): most numerals stand between spaces and
    punctuation, and are read here without their dozen calls."""
    text = reading.text
    if text[start - 1 : start] not in _OPENING:
        return None
    after = text[end : end + 1]
    if not reading.kinds:
        if after == " ":
            if word_follows(text, end) and spaced_scale_after(text, end, reading.language):
                return None  # "5 juta"
        elif after not in _CLOSING:
            return None
        kind = NumberKind.DECIMAL if numeral.is_decimal else NumberKind.INTEGER
        return NumberMention(numeral.value, kind, (start, end), text[start:end])
    if after == " ":
        if word_follows(text, end) or text[end + 1 : end + 2] in cues.SIGNS_AFTER:
            return None  # "5 persen", "5 $", "5 Mei"
    elif after not in _CLOSING:
        return None
    # A sign or a currency before it ("Rp 5", "% 5"), or Indonesian "ke-2"; a day beside a
    # month name.
    if cues.percent_before(text, start) or cues.currency_before(text, start):
        return None
    if _ordinal_before(reading, start, end, numeral) is not None:
        return None
    value, whole = numeral.value, not (numeral.is_decimal or numeral.grouped)
    if months and whole and 1 <= value <= 31:
        return None
    if numeral.is_decimal:
        kind = NumberKind.DECIMAL
    elif whole and end - start == 4 and 1000 <= value <= 2100:
        kind = NumberKind.YEAR
    else:
        kind = NumberKind.INTEGER
    alternatives = tuple(map(normal, numeral.alternatives)) if numeral.alternatives else ()
    return NumberMention(
        normal(value), kind, (start, end), text[start:end], alternatives=alternatives
    )


def _value(reading: _Reading, start: int, end: int, numeral: Numeral) -> NumberMention | None:
    """One numeral's value, with its scale word, as ``_classify`` reads it without kinds: the
    aligner's many numerals, read in one call each (None for a number that belongs to a name,
    unless its name is an ordinal's: "ke-2")."""
    text = reading.text
    # Most numerals stand after a space and before one: no name's, no test to make.
    if not (text[start - 1 : start] == " " and text[end : end + 1] == " ") and _belongs_to_name(
        reading, start, end
    ):
        return _ordinal_before(reading, start, end, numeral)
    kind = NumberKind.DECIMAL if numeral.is_decimal else NumberKind.INTEGER
    scale = scale_after(text, end, reading.language)
    if not scale:
        return NumberMention(numeral.value, kind, (start, end), text[start:end])
    # The value as it came (3.50 and 3.5 are equal Decimals all the same).
    value, _, span_end = _scaled(reading, end, numeral, scale)
    return NumberMention(value, kind, (start, span_end), text[start:span_end])


def _split_runs(reading: _Reading, start: int, end: int) -> Iterator[NumberMention]:
    """A run that is no single number (``15.08.2022``, ``1,2,3``): each group on its own."""
    for match in re.finditer(r"\d+", reading.norm[start:end]):
        s, e = start + match.start(), start + match.end()
        value = Decimal(match[0])
        kind = NumberKind.YEAR if len(match[0]) == 4 and 1000 <= value <= 2100 else None
        yield NumberMention(value, kind or NumberKind.INTEGER, (s, e), reading.text[s:e])


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ch < "\u0250"


def _belongs_to_name(reading: _Reading, start: int, end: int) -> bool:
    """``G20``, ``MH17``, ``COVID-19``, ``كوفيد-19``, ``5G``: a number inside a name or code."""
    norm = reading.norm
    before = norm[start - 1] if start else ""
    if _is_latin_letter(before) and not cues.currency_before(reading.text, start):
        return True
    if before in "-+" and start >= 2 and norm[start - 2].isalpha():
        return not _year_after_prefix(norm, start, end)  # "U-23", "GMT+0100"
    after = norm[end : end + 2]
    return (
        bool(after)
        and after[0].isupper()
        and _is_latin_letter(after[0])
        and (len(after) == 1 or not after[1].islower())
    )


def _after_prefix(norm: str, start: int) -> bool:
    """Whether the numeral at ``start`` is joined by a hyphen to a word in lower case, as a
    prefix joins a date ("l'après-11 septembre", "pre-2008"), where a code joins capitals
    ("COVID-19"). ``_classify`` reads a day so only where it dates a month ("après-11
    septembre"): "covid-19 en mars" is still a name's."""
    return norm[start - 1 : start] == "-" and norm[start - 2 : start - 1].islower()


def _year_after_prefix(norm: str, start: int, end: int) -> bool:
    """Whether the numeral at ``start:end`` is a year joined by a hyphen to a word in lower
    case: English "mid-2019", "pre-2008", French "mi-2019", "fin-2018", where a code joins
    capitals ("U-23", "COVID-19", "nCoV-2019")."""
    return (
        end - start == 4
        and norm[start - 1] == "-"
        and norm[start - 2].islower()
        and norm[start:end].isdigit()
        and 1000 <= int(norm[start:end]) <= 2100
    )


def _classify(
    reading: _Reading,
    start: int,
    end: int,
    numeral: Numeral,
    months: Sequence[Month],
    used_months: set[int],
) -> NumberMention | None:
    """Turn one numeral into a mention, reading the words around it (None for a number that
    belongs to a name). Its kind is wanted (``reading.kinds``); ``_value`` reads values alone."""
    text = reading.text
    named = _belongs_to_name(reading, start, end) and not (
        months
        and _after_prefix(reading.norm, start)
        and _date_around(text, start, end, numeral, months, None) is not None
    )
    by_word = _ordinal_before(reading, start, end, numeral)
    if by_word is not None or named:
        return by_word
    suffix = cues.ORDINAL_SUFFIX.get(reading.subtag)
    ordinal = suffix.match(text, end) if suffix and not numeral.is_decimal else None
    date = _date_around(text, start, end, numeral, months, ordinal)
    if date is not None:
        month, span = date
        used_months.add(month.start)
        return NumberMention(
            numeral.value, NumberKind.DATE, span, text[span[0] : span[1]], month.number
        )
    if ordinal:
        span = (start, ordinal.end())
        return NumberMention(numeral.value, NumberKind.ORDINAL, span, text[start : span[1]])
    return _quantity(reading, start, end, numeral)


def _ordinal_before(
    reading: _Reading, start: int, end: int, numeral: Numeral
) -> NumberMention | None:
    """The numeral as an ordinal by the word before it ("ke-2"), which is no name's number.
    (That word's "e" is among the five characters before the numeral: a test before the
    search.)"""
    text = reading.text
    pattern = cues.ORDINAL_BEFORE.get(reading.subtag)
    if pattern is None:
        return None
    before = text[max(0, start - 5) : start]
    prefix = ("e" in before or "E" in before) and cues.before(pattern, text, start)
    if not prefix:
        return None
    span = (prefix.start(), end)
    return NumberMention(numeral.value, NumberKind.ORDINAL, span, text[span[0] : end])


def _date_around(
    text: str,
    start: int,
    end: int,
    numeral: Numeral,
    months: Sequence[Month],
    ordinal: re.Match[str] | None,
) -> tuple[Month, tuple[int, int]] | None:
    """The month that makes this numeral a day of the month: "15 Agustus", "August 15"."""
    if numeral.is_decimal or numeral.grouped or not 1 <= numeral.value <= 31:
        return None
    day_end = ordinal.end() if ordinal else end
    # Many months (``extract_numbers`` indexed them): only those beside the numeral.
    nearby = _beside(months, text, start, day_end) if isinstance(months, _Months) else months
    for month in nearby:
        if month.start >= day_end and cues.DAY_MONTH_GAP.fullmatch(text, day_end, month.start):
            return month, (start, month.end)
        if month.end < start and _DOT_AND_SPACES.fullmatch(text, month.end, start):
            return month, (month.start, day_end)
    return None


# Months a paragraph names, up to which each is tried for each numeral (most paragraphs): the
# test of a month is read only as far as the text beside the numeral, never copied.
_FEW_MONTHS = 8
_DOT_AND_SPACES = re.compile(r"\.?\s*")


class _Months(tuple[Month, ...]):
    """A text's month names in the order of their starts, and where they end sorted once
    (``ends``: each end with the month's place), for ``_beside`` to bisect."""

    @functools.cached_property
    def starts(self) -> list[int]:
        return [month.start for month in self]

    @functools.cached_property
    def ends(self) -> tuple[list[int], list[int]]:
        order = sorted(range(len(self)), key=lambda i: self[i].end)
        return [self[i].end for i in order], order


# As far as a day's gap to a month after it (``cues.DAY_MONTH_GAP``, of three characters
# besides spaces at most) can reach.
_GAP_REACH = re.compile(r"\s*(?:\S\s*){0,3}")


def _beside(months: _Months, text: str, start: int, day_end: int) -> list[Month]:
    """The months of ``months`` that may make a day of the numeral at ``start:day_end``, in
    their order: those starting as far after it as a day's gap reaches, and those ending at
    the spaces before it (a dot at most between). Found by bisection: trying every month of
    the paragraph for each numeral cost a paragraph of a million characters its length
    squared."""
    reach = _GAP_REACH.match(text, day_end)
    after = reach.end() if reach else day_end
    spaces = start
    while spaces and text[spaces - 1].isspace():
        spaces -= 1
    places = set(
        range(bisect.bisect_left(months.starts, day_end), bisect.bisect_right(months.starts, after))
    )
    ends, order = months.ends
    places.update(order[bisect.bisect_left(ends, spaces - 1) : bisect.bisect_left(ends, start)])
    return [months[i] for i in sorted(places)]


def _scaled(
    reading: _Reading, end: int, numeral: Numeral, scale: tuple[int, int] | None
) -> tuple[Decimal, tuple[Decimal, ...], int]:
    """A numeral's value and other readings times its scale word's factor (``scale``), with
    what follows the word added, and where the whole ends."""
    value, alternatives = numeral.value, numeral.alternatives
    if not scale:
        # "2 and a half million", "2 setengah juta": the half adds to the number, then scaled
        halved = half_before_scale(reading.text, end, reading.language)
        if halved is None:
            return value, alternatives, end
        factor, span_end = halved
        return (value + _HALF) * factor, tuple((a + _HALF) * factor for a in alternatives), span_end
    factor, span_end = scale
    value = value * factor
    alternatives = tuple(a * factor for a in alternatives)
    # "58 ألفا و362": 58,362; "1億2千万": 120 million; "2 millions et demi": 2.5 million
    rest: tuple[Decimal | int, int] | None = scale_rest(
        reading.norm, span_end, reading.language, factor
    )
    if rest is None:
        half = half_after(reading.text, span_end, reading.language)
        rest = (Decimal(factor) / 2, half) if half else None
    if rest:
        value += rest[0]
        alternatives = tuple(a + rest[0] for a in alternatives)
        span_end = rest[1]
    return value, alternatives, span_end


def _quantity(reading: _Reading, start: int, end: int, numeral: Numeral) -> NumberMention:
    """A plain number, a year, a percentage or an amount, with its scale word applied."""
    text = reading.text
    kind = NumberKind.DECIMAL if numeral.is_decimal else NumberKind.INTEGER
    scale = scale_after(text, end, reading.language)
    value, alternatives, span_end = _scaled(reading, end, numeral, scale)
    span_start = start
    percent = cues.PERCENT_AFTER.match(text, span_end) or cues.percent_before(text, start)
    currency_before = cues.currency_before(text, start)
    currency_after = cues.CURRENCY_AFTER.match(text, span_end)
    if percent:
        kind = NumberKind.PERCENT
        if percent.start() >= span_end:
            span_end = percent.end()
        else:
            span_start = percent.start()
    elif currency_before or currency_after:
        kind = NumberKind.AMOUNT
        span_start = currency_before.start() if currency_before else span_start
        span_end = currency_after.end() if currency_after else span_end
    elif not scale and not numeral.grouped and not numeral.is_decimal and end - start == 4:
        if 1000 <= value <= 2100 and not (reading.subtag in _CJK and counted(reading.norm, end)):
            kind = NumberKind.YEAR  # not "1000人", a thousand people
    elif scale:
        kind = NumberKind.DECIMAL if value != value.to_integral_value() else NumberKind.INTEGER
    elif kind is NumberKind.INTEGER and half_after_noun(text, span_end, reading.language):
        # "2 ans et demi": two and a half years, or two where the other says "two years"
        kind, value, alternatives = NumberKind.DECIMAL, value + _HALF, (*alternatives, value)
    # "2人" (two people): a count other languages spell out or say by grammar; "29日" (the
    # 29th, its month unsaid); "10代" (in the teens) and "in his 20s", a range of ages.
    count = kind is NumberKind.INTEGER and (
        (
            reading.subtag in _CJK
            and soft_count(reading.norm, start, span_end, value, reading.subtag)
        )
        or (reading.subtag == "en" and _tens_in_the_plural(reading.norm, start, span_end))
    )
    # "3 jutaan", "Rp 5 ribuan": some three million, some five thousand rupiah.
    estimate = scale is not None and estimated(text[end : scale[1]].strip(), reading.language)
    return NumberMention(
        normal(value),
        kind,
        (span_start, span_end),
        text[span_start:span_end],
        spelled=count or estimate,
        alternatives=tuple(map(normal, alternatives)) if alternatives else (),
    )


# A ten in the plural, English "in his 20s" (his twenties): a range of ages or of values,
# which other versions write as a decade (Arabic "العشرينات") or in words ("twenties").
_PLURAL_S = lazy(r"['’]?s(?![^\W\d_])")


def _tens_in_the_plural(text: str, start: int, end: int) -> bool:
    """Whether the two digits at ``start:end``, a ten, are followed by the plural's "s"."""
    run = text[start:end]
    return (
        len(run) == 2
        and run[0] in "123456789"
        and run[1] == "0"
        and bool(_PLURAL_S.match(text, end))
    )


# -- months and spelled numbers -----------------------------------------------------------------


def month_as_name(text: str, month: Month) -> bool:
    """A month name written as a person's name: before a capitalised word ("Juni Rahmawati"),
    or after a title ("Mrs May", "Ny. Mei"): not a month unless a cue says it is."""
    after = cues.NAME_AFTER.match(text, month.end)
    return bool(after or cues.before(cues.TITLE_BEFORE, text, month.start))


def _month_alone(text: str, month: Month) -> NumberMention:
    """A month named without a day ("Juli lalu", "يوليو الماضي"), when it is one: written in
    full, and, for a name that is also an ordinary word, beside a cue or a year."""
    cued = cues.month_announced(text, month.start, month.end)
    doubtful = month.abbreviated or (
        not cued and (fold(month.name) in cues.AMBIGUOUS_MONTHS or month_as_name(text, month))
    )
    # A doubtful one ("Sept.", "Mei", "May") is soft: it confirms a month the other version
    # names, and is never required there.
    return NumberMention(
        Decimal(month.number),
        NumberKind.MONTH,
        (month.start, month.end),
        text[month.start : month.end],
        spelled=doubtful,
    )


# A range of centuries in French Roman numerals, "siècle" said once, after the second: "du XIe
# au XIIIe siècle", "les XIe et XIIe siècles". The first end is a century too (the second is
# ``idioms``' own), and the range states the centuries between them (the 12th).
_FIRST_ROMAN_CENTURY = lazy(
    rf"(?P<r>{ROMAN_CENTURY_NUMERAL}){FRENCH_ORDINAL_ENDING}"
    rf"(?= ?(?:au|à|et|ou|-|–) ?(?:le |du )?(?P<last>{ROMAN_CENTURY_NUMERAL})"
    rf" ?{FRENCH_ORDINAL_ENDING}\s+siècles?\b)"
)
_CENTURIES_BETWEEN = 5  # at most, in a range read so


def _first_roman_centuries(text: str) -> Iterator[NumberMention]:
    """The first end of each range of centuries in Roman numerals (``_FIRST_ROMAN_CENTURY``),
    an ordinal, with the centuries between the ends as its other readings."""
    for match in _FIRST_ROMAN_CENTURY.finditer(text):
        value = roman_value(match["r"])
        last = roman_value(match["last"])
        if value is None or last is None:
            continue
        between = range(value + 1, last) if last - value <= _CENTURIES_BETWEEN else ()
        span = (match.start(), match.end("r"))
        yield NumberMention(
            Decimal(value),
            NumberKind.ORDINAL,
            span,
            text[span[0] : span[1]],
            alternatives=tuple(map(Decimal, between)),
        )


def _spells_number(month: Month, language: str) -> bool:
    """Whether a month's abbreviation, read alone, is a number's word: French "sept" (seven)
    is September's abbreviation only beside a day ("15 sept."), where ``_date_around`` took it."""
    return month.abbreviated and month.name.lower() in spelled_forms(language)


def _spelled(reading: _Reading, vocabulary: frozenset[str]) -> Iterator[NumberMention]:
    text = reading.text
    halves = may_say_half(text, reading.language)
    hours = not vocabulary.isdisjoint(_HOUR_CUES)  # a paragraph that may tell an hour in words
    for start, end, number, ordinal in spelled_numbers(text, reading.subtag, vocabulary):
        amount = Decimal(number)
        scale = scale_after(text, end, reading.language)
        if scale:
            amount *= scale[0]
            end = scale[1]
            half = half_after(text, end, reading.language)
            if half:  # "un milliard et demi"
                amount += Decimal(scale[0]) / 2
                end = half
        elif (
            halves
            and not ordinal
            and (rest := half_after_words(text, start, end, reading.language))
        ):
            amount += rest[0]  # "ثلاثة ملايين ونصف": the scale word is the number's own
            end = rest[1]
        elif not ordinal and half_after_noun(text, end, reading.language):
            amount += _HALF  # "deux ans et demi"
        kind = NumberKind.ORDINAL if ordinal else NumberKind.INTEGER
        if amount != amount.to_integral_value():
            kind = NumberKind.DECIMAL
        elif (
            hours
            and not ordinal
            and amount <= _LAST_HOUR
            and cues.before(cues.TIME_BEFORE, text, start)
        ):
            # An hour in words after the word for o'clock: "pukul enam pagi" is 6 a.m., as
            # "pukul 6 pagi" is; a time, spelled as the number is (so never required).
            time = _time(text, (start, end), int(amount), 0)
            yield NumberMention(time.value, time.kind, time.span, time.text, spelled=True)
            continue
        # "quatre cents": four hundred, or four cents (the coins)
        coins = cents_counted(text[start:end], number) if reading.subtag == "fr" else None
        yield NumberMention(
            normal(amount),
            kind,
            (start, end),
            text[start:end],
            spelled=True,
            alternatives=(Decimal(coins),) if coins and not scale else (),
        )


# The words of ``cues.TIME_BEFORE``, looked for among the paragraph's words before its pattern is.
_HOUR_CUES = frozenset({*cues.HOUR_WORDS, "pkl"})


def _root_numbers(text: str) -> Iterator[NumberMention]:
    """Arabic nouns built on a numeral's root (``arabic.root_nouns``): the number they state,
    as a word states it (never required of the other side)."""
    for start, end, value in arabic.root_nouns(text):
        span = (start, end)
        yield NumberMention(Decimal(value), NumberKind.INTEGER, span, text[start:end], spelled=True)


def _cjk_spelled(text: str) -> Iterator[NumberMention]:
    """Chinese numerals (``二〇一九``, ``三千五百万``): a number spelled in characters; after
    ``第`` an ordinal (``第三``, ``第二十一``), a lone numeral too."""
    if text.isascii() or not _FROM_FIRST_CHINESE_NUMERAL.search(text):  # 〇, the lowest
        return
    for start, end, value in chinese_numerals(text, ordinals=True):
        if text[start - 1 : start] == _ORDINAL_PREFIX:
            start -= 1
            kind = NumberKind.ORDINAL
        elif end - start == 4 and 1000 <= value <= 2100 and positional(text[start:end]):
            kind = NumberKind.YEAR  # "二〇一九", not "一千五百" (1,500)
        else:
            kind = NumberKind.INTEGER
        yield NumberMention(Decimal(value), kind, (start, end), text[start:end], spelled=True)


_ORDINAL_PREFIX = "第"

"""Hijri dates in Arabic: ``12 ربيع الأول 1440 هـ``, ``في ذي الحجة``, ``عام 1445 هجرية``.

Arabic news often dates an event in the Hijri calendar beside the Gregorian date, which a
source in another language does not write: read as plain numbers, its day and year would be
numbers the translation added, and the ordinal in a month's name (الأول in ربيع الأول, the
first Rabi'; الآخرة in جمادى الآخرة) an ordinal. So the day before a Hijri month and the year
after it (or before هـ, the Hijri era's mark) are soft: they confirm a number the other side
writes and are never required or added; and a month's name says no number.

The month names are ICU's (its Islamic calendar, the one set every Arabic locale writes), read
with any seat of the hamza, after a clitic, with ذو in each of its cases (ذي, ذا). Kept by hand,
as ``months`` keeps the Egyptian يونيه: the other names of the second Rabi' and Jumada, ربيع
الثاني and جمادى الثانية, common in news and missing from ICU. Without PyICU no Hijri month is
read, and only the hand-kept names and the era's mark are.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from reader.core.text.arabic import proclitic_forms
from reader.core.text.numbers.mention import NumberMention

_OTHER_NAMES = ("ربيع الثاني", "جمادى الثانية")
_SEATS = {"ا": "[اأإآ]", "أ": "[اأإآ]", "آ": "[اأإآ]", "ى": "[ىي]", "ة": "[ةه]"}
_CASES = {"ذو": "(?:ذو|ذي|ذا)"}  # "possessor of", declined: في ذي الحجة
# The Hijri era's mark after a year: هـ (written with or without the tatweel), هجري, هجرية,
# للهجرة.
_ERA = r"(?:هـ|ه(?![\u0621-\u064a])|هجري[ةه]?|للهجرة)"


@functools.cache
def month_names() -> tuple[str, ...]:
    """The twelve Hijri months' Arabic names, from ICU's Islamic calendar; empty without
    PyICU."""
    try:
        import icu
    except ImportError:
        return ()
    locale = icu.Locale("ar@calendar=islamic")
    calendar = icu.Calendar.createInstance(locale)
    written = icu.SimpleDateFormat("MMMM", locale)
    written.setCalendar(calendar)
    names = []
    for month in range(12):
        calendar.clear()
        calendar.set(1440, month, 5)  # any year and day: the name is the month's
        names.append(str(written.format(calendar.getTime())))
    return tuple(names)


def _written(name: str) -> str:
    words = []
    for word in name.split():
        words.append(_CASES.get(word) or "".join(_SEATS.get(ch, re.escape(ch)) for ch in word))
    return r"\s+".join(words)


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = sorted({*month_names(), *_OTHER_NAMES}, key=len, reverse=True)
    month = "|".join(map(_written, names))
    return re.compile(
        rf"(?:(?P<day>\d{{1,2}})\s+)?(?<![\u0621-\u064a])[وفبلك]?(?P<month>{month})"
        rf"(?![\u0621-\u064a])(?:\s+(?:سنة\s+|عام\s+)?(?P<year>\d{{3,4}})(?!\d))?"
        rf"|(?P<era_year>\d{{3,4}})\s*{_ERA}"
    )


# The first word of every month's name (in each seat and case; a test holds them to ICU's
# names) and the era's mark: a text without one of them, behind any clitics (وبذي), names no
# Hijri date. Written here, so that most texts are passed over without loading ICU.
CUES = frozenset(
    {"محرم", "صفر", "ربيع", "جمادى", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي", "ذا"}
    | {"هـ", "ه", "هجري", "هجرية", "هجريه", "للهجرة"}
)


@functools.cache
def _cue_words() -> frozenset[str]:
    return frozenset(clitics + word for word in CUES for clitics in proclitic_forms())


def soften(
    norm: str, mentions: list[NumberMention], vocabulary: frozenset[str]
) -> list[NumberMention]:
    """``mentions`` of an Arabic text (``norm``: the text with ASCII digits; ``vocabulary``:
    its words, ``words.lower_words``) without the numbers a Hijri month's name holds, and
    with the day and year of a Hijri date soft."""
    if vocabulary.isdisjoint(_cue_words()):  # most texts: one set operation
        return mentions
    names: list[tuple[int, int]] = []
    numbers: set[tuple[int, int]] = set()
    for match in _pattern().finditer(norm):
        dated = match["day"] or match["year"]
        if match["month"] and (dated or " " in match["month"]):  # صفر alone may be zero
            names.append(match.span("month"))
        for group in ("day", "year", "era_year"):
            if match[group]:
                numbers.add(match.span(group))
    if not names and not numbers:
        return mentions
    kept = []
    for mention in mentions:
        start, end = mention.span
        if any(first <= start and end <= last for first, last in names):
            continue  # الأول of ربيع الأول
        if any(first <= start < last for first, last in numbers):
            mention = replace(mention, spelled=True)
        kept.append(mention)
    return kept

"""Years of Japan's eras: ``令和5年`` is 2023, ``昭和20年`` 1945, ``令和元年`` (its first) 2019.

Japanese news gives a year in its era as often as in the Western calendar, and a translation
gives the Western year: read as the bare numeral, ``昭和20年`` would be the number 20 that the
translation lacks beside a 1945 the source lacks. The eras and the year each began are ICU's
(its Japanese calendar names the era every Gregorian year is in), not a table of this module, so
that an era ICU adds is read as soon as ICU knows it; from Meiji (1868) on, the eras news
writes. A decade of an era, ``昭和40年代`` (1965 to 1974), is soft, the Western decades it
falls in its other readings. Where PyICU is not installed (some macOS, ``pyproject.toml``), no
era year is read.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from decimal import Decimal

from reader.core.text.numbers.chinese import DIGITS, UNITS, numeral_value
from reader.core.text.numbers.mention import NumberKind, NumberMention

FIRST_YEAR = 1868  # Meiji's first: the eras before it are history, not news
_FIRST = "元"  # 元年: an era's first year
_DECADE = "代"  # 年代 after an era's year of tens: a decade of the era
# "令和5年", "平成 31 年", "令和元年", "昭和二十年": an era's name, then its year.
_HAN = "".join(d for d, v in {**DIGITS, **UNITS}.items() if v <= 10)
_ERA_YEAR = r"(?P<era>{eras})\s?(?P<year>\d{{1,2}}|元|[{han}]{{1,3}})\s?年"


@functools.cache
def era_offsets() -> dict[str, int]:
    """Each era's name and the Gregorian year before its first (so that an era year plus it is
    the Gregorian year), from ICU's Japanese calendar; empty without PyICU."""
    try:
        import icu
    except ImportError:
        return {}
    japanese = icu.SimpleDateFormat("GGGGy", icu.Locale("ja_JP@calendar=japanese"))
    japanese.setTimeZone(icu.TimeZone.getGMT())
    calendar = icu.GregorianCalendar(icu.TimeZone.getGMT())
    offsets: dict[str, int] = {}
    for year in range(FIRST_YEAR, dt.date.today().year + 2):
        for month, day in ((0, 1), (11, 31)):  # an era may begin in the year's course
            calendar.clear()
            calendar.set(year, month, day, 12, 0)
            written = re.fullmatch(r"(\D+)(\d+)", japanese.format(calendar.getTime()))
            if written:
                offsets.setdefault(written[1], year - int(written[2]))
    return offsets


@functools.cache
def _pattern() -> re.Pattern[str] | None:
    eras = era_offsets()
    if not eras:
        return None
    names = "|".join(map(re.escape, sorted(eras)))
    return re.compile(_ERA_YEAR.format(eras=names, han=_HAN))


def era_years(text: str, norm: str) -> Iterator[NumberMention]:
    """The era years of a Japanese ``text`` (``norm``: the same text with ASCII digits), each a
    year whose span is the era's name, its year and 年."""
    pattern = _pattern()
    if pattern is None:
        return
    offsets = era_offsets()
    for match in pattern.finditer(norm):
        year = 1 if match["year"] == _FIRST else numeral_value(match["year"])
        if not year:
            continue
        span = match.span()
        gregorian = offsets[match["era"]] + year
        # "昭和40年代": the era's forties, 1965 to 1974, which other languages say by the
        # Western decades it falls in (the late 1960s, the early 1970s): soft, as ``cjk``'s
        # decades are, those decades its other readings.
        decade = norm.startswith(_DECADE, span[1])
        if decade:
            span = (span[0], span[1] + len(_DECADE))
        western = {gregorian // 10 * 10, (gregorian + 9) // 10 * 10} - {gregorian} if decade else ()
        yield NumberMention(
            Decimal(gregorian),
            NumberKind.YEAR,
            span,
            text[span[0] : span[1]],
            spelled=decade,
            alternatives=tuple(Decimal(year) for year in sorted(western)),
        )

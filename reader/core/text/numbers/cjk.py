"""Numbers that Chinese and Japanese say by their own grammar, and other languages otherwise.

- Clock times: the hour counted with 時 (Japanese) or 点 / 點 (Chinese), minutes with 分, a
  half hour with 半, the part of the day before them: ``午前7時55分`` (7:55), ``午後2時``
  (14:00), ``下午二点`` (14:00), ``上午6点``, ``今晚7点`` (19:00). A Chinese 点 counts points
  too (``3点意见``, three remarks), and 一時 / 一时 is a word (``一時的に``, temporarily): each is
  a time only after a part of the day or before minutes. Japanese 時間 is a duration
  (``2時間``, two hours), no time.
- Decades: ``20世纪80年代`` (the 1980s), ``80年代``, ``2010年代`` (the 2010s), read as the year
  the decade starts, as the Arabic decades are (``reader.core.text.numbers.idioms``); in two
  digits without a century, the 1900s.
- Centuries: ``21世纪`` (the 21st century), ``十九世紀``: an ordinal, as "the 21st century" is.
- Fractions: ``五分之一`` (Chinese), ``5分の1`` (Japanese), one fifth: a share, 20 (per cent)
  or 0.2, as ``idioms`` reads a half.
- A count below ten before a counter (``2人``, two people; ``1つ``; ``2台``): Chinese and
  Japanese news write it in digits, where English, French and Arabic style spells it out or
  says it by grammar (Arabic's dual, ``سيارتا شرطة``, two police cars). Such a count is soft,
  like a number spelled in words: it confirms a number the other side writes, and is never
  required there (``small_count``).

- Shares in tenths: Japanese ``3割`` (30 per cent), ``3割5分`` (35), ``3割2分5厘`` (32.5, a
  batting average's .325); Chinese ``三成``, ``3成`` (30 per cent).
- A play's time in minutes and seconds: ``3分35秒``, which English and Arabic news write
  ``3:35``, as a clock time is written (the reader cannot tell the two apart there): read as
  the time ``3:35`` is, its numbers as the other readings; from 25 minutes on, as two numbers,
  as ``27:37`` is.
- A count of a unit of time and a half: ``1年半`` (a year and a half), ``2時間半``, Chinese
  ``3个半月``, ``一年半``: soft, the count itself the other reading. Half a unit alone,
  ``半年`` (half a year), ``半个月``, ``半世纪``: soft, the next unit's count the other reading
  (six months, fifteen days, fifty years).
- A day without its month, ``29日`` (the 29th of the month the news is in), or a count of
  days, ``1日の投獄`` (a day in jail), ``3日間``: soft (``day_alone``).
- "Several" before a power of ten in digits, ``数10人`` (dozens of people), ``数10万人``: an
  estimate, soft, as ``十数`` is (not after a Han character: ``死者数100人`` is the number of
  the dead, 100).
- A decimal in Han numerals, 点 its point: ``六点九`` (6.9), ``三点五亿`` (350 million),
  ``百分之三点五`` (3.5 per cent), as ICU's Chinese spell-out writes one; soft.
- A number set full width, its marks full width too: ``１，０００円``, ``３．５％``
  (``wide_marks``).
- An age by its decade, Japanese ``10代`` (in the teens), ``20代`` (in the twenties): a range
  other languages say in words ("teenage"), soft.
- A lone Han numeral before a counter (``六名``, six people; ``十年``, ten years): soft too.
- A date that names an event, month and day parted by the Chinese interpunct: ``9·11事件``
  (the 11th of September), ``5·12汶川地震`` (not Japanese 中黒, which lists: ``1・2号機``).
- Dates with the month or the day in Han numerals, as ICU writes them in the ``hans``,
  ``hant`` and ``jpan`` numbering systems and official Chinese writes them: ``八月十五日``,
  ``十月一日``, ``廿一日`` (the 21st), ``15号`` the spoken day.

- Two months with 月 written once: ``4至6月`` (April to June), ``4～6月``, ``4、5月``.
- A number before a unit whose name begins with a numeral, ``2900千瓦`` (2,900 kilowatts),
  ``5千克``: the numeral is the unit's prefix (CLDR's names of the units), no scale.
- A clock's hour is no numeral's tail: in ``5,000時`` 時 is the Chinese "when", and ``3.5時``
  no time.
- The full-width comma of a Chinese input method between ASCII digits groups them as a comma
  does: ``3，000`` (``wide_marks``).
- A four-digit number before a counter is a count, no year: ``1000人`` (``counted``).

Every mention but a time, a date, a month, a century in digits and a number before a unit is
soft (``NumberMention.spelled``): the other side may say it in words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal

from reader.core.text.numbers.chinese import (
    DIGITS,
    MYRIADS,
    SEVERAL,
    UNITS,
    both_scripts,
    estimated,
    numeral_value,
)
from reader.core.text.numbers.cldr import locale_for
from reader.core.text.numbers.eras import era_years
from reader.core.text.numbers.mention import NumberKind, NumberMention, normal
from reader.core.text.patterns import lazy

# A number as these rules read it: ASCII digits (the text's own digits made ASCII first), or
# Chinese numerals.
# Han characters (the unified ideographs and their first extension) and the kana, as ranges
# for the patterns' classes.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_KANA = "\u3040-\u30ff"
_HAN_NUMBER = f"[{''.join([*DIGITS, *UNITS])}]{{1,4}}"
_NUMBER = rf"(?:\d{{1,2}}|{_HAN_NUMBER})"

# The parts of the day, by whether they make an hour below twelve the afternoon's: CLDR's day
# periods for zh and ja (正午 noon and 夕方 the evening among them; not midnight's, whose "12"
# is no noon), and the evening's bound form, 晚 (Japanese 晩), that 今晚 (tonight), 昨晚 and
# 当晚 end with.
_MORNING = ("午前", "上午", "早上", "早晨", "清晨", "凌晨", "朝")
_AFTERNOON = ("午後", "下午", "晚上", "傍晚", "夕方", "夜", "中午", "正午", "晚", "晩")
_NOON = ("中午", "正午")  # an hour from eleven on is the morning's still: 中午11点
_PERIOD = "|".join(sorted((*_AFTERNOON, *_MORNING), key=len, reverse=True))
_TIME = lazy(
    rf"(?:(?P<period>{_PERIOD})\s?)?(?P<h>{_NUMBER})\s?(?P<unit>[時时点點])(?![間间])"
    rf"(?:\s?(?P<m>{_NUMBER})\s?分|(?P<half>半))?"
)
_ONE = frozenset(d for d, v in DIGITS.items() if v == 1)  # 一, and its financial forms
# A decade by its year in full too: "2010年代" (the 2010s), "1990年代".
_DECADE = lazy(
    rf"(?:(?P<c>{_NUMBER})\s?世[纪紀]\s?)?(?P<d>(?<!\d)\d{{2}}\d0|\d0|[二三四五六七八九]十)\s?年代"
)
# A decimal in Han numerals: the whole, 点 (the point), its digits one by one, and a myriad
# that scales it: "三点五" (3.5), "零点五", "二十三点四五", "三点五亿" (350 million), as ICU's
# Chinese spell-out writes a decimal. Not "一点一点" nor "一点一滴" (bit by bit).
_POINT = "点點"  # in simplified and traditional characters
_HAN_POINT = rf"(?:{_HAN_NUMBER})[{_POINT}][{''.join(DIGITS)}]+(?![{_POINT}滴])"
_HAN_DECIMAL = lazy(rf"(?P<n>{_HAN_POINT})(?P<m>[{''.join(MYRIADS)}])?")
# The share's parts as wholes (100分の1, 百分之百) and its numerator with decimals (百分之3.5,
# 百分之三点五).
_FRACTION = lazy(
    rf"(?P<den>(?<![\d.])\d{{1,4}}|{_HAN_NUMBER})\s?分(?:之|の)\s?"
    rf"(?P<num>\d+(?:\.\d+)?(?![\d.])|{_HAN_POINT}|{_HAN_NUMBER})"
)

# Characters of the scripts whose counters follow a numeral: Han, Hiragana, Katakana.
_COUNTER = lazy(rf"\s?[{_KANA}{_HAN}]")
# Characters after which a numeral is no count: a day or month, an hour, a number in a series
# (号), a percentage, an amount, or a numeral going on (万, 千).
_NOT_A_COUNT = frozenset("月日時时点點号號万萬亿億千百十％円元")
_HOURS = ("時間", "时间")
SMALL_COUNT = 10  # style guides spell out the numbers below ten


# The marks of a number set full width, as its digits are (Japanese typesetting's 全角:
# "１，０００円", "３．５％"), which NFKC folds to "," and "." (Unicode's compatibility mapping):
# a full stop between digits, and commas that group them in threes. Chinese input methods type
# the full-width comma between ASCII digits too ("15，001英镑", "3，000人"), which is as much
# a grouping mark. Any other comma is the sentence's ("２０１９，１００人": a year, then a count;
# "１，２，３": a list).
_WIDE_POINT = lazy("(?<=[0-9])\uff0e(?=[0-9])")
_WIDE_GROUPS = lazy("[0-9]{1,3}(?:\uff0c[0-9]{3})+(?![0-9])")
_WIDE_COMMA = lazy("\uff0c[0-9]{3}")  # searched from its comma: most commas are the sentence's


def wide_marks(norm: str) -> str:
    """``norm`` (a text with ASCII digits) with the full-width marks of its numbers, a point
    and grouping commas, written as ASCII ones, span for span; ``norm`` itself if it has none."""
    marks: dict[int, str] = {}
    if "\uff0e" in norm:
        marks.update((m.start(), ".") for m in _WIDE_POINT.finditer(norm))
    if "\uff0c" in norm and _WIDE_COMMA.search(norm):
        for match in _WIDE_GROUPS.finditer(norm):
            first = match.start()
            if norm[first - 1 : first].isdigit():
                continue  # "2019，100": the year's last digits, then the sentence's comma
            marks.update((first + i, ",") for i, ch in enumerate(match[0]) if ch == "\uff0c")
    if not marks:
        return norm
    return "".join(marks.get(i, ch) for i, ch in enumerate(norm))


def cjk_numbers(text: str, norm: str) -> Iterator[NumberMention]:
    """The times, decades and fractions of a Chinese or Japanese ``text`` (``norm``: the
    same text with ASCII digits, span for span); Japanese era years first, before their
    numeral is read as a number (``eras``)."""
    if "百分" in norm:  # before the times and decimals, which read 点 / 點 too
        yield from _percentage_points(text, norm)
    if "年" in norm:
        yield from era_years(text, norm)
    if "秒" in norm:  # before a fraction: "4分の 3 分 35 秒" is 3:35 four minutes in, no ¾
        yield from _minutes_seconds(text, norm)
    if any(unit in norm for unit in "時时点點"):
        yield from _times(text, norm)
    if "年代" in norm:
        yield from _decades(text, norm)
    if "世纪" in norm or "世紀" in norm:  # after the decades, which may name their century
        yield from _centuries(text, norm)
    if "分之" in norm or "分の" in norm:
        yield from _fractions(text, norm)
    if "点" in norm or "點" in norm:  # after the times, which 点 counts the hours of (三点五分)
        yield from _han_decimals(text, norm)
    if "月" in norm:
        yield from _han_dates(text, norm)
        if _MONTH_AFTER_RANGE.search(norm):  # from its mark: a pattern from the first month's
            yield from _first_months(text, norm)  # numeral is tried at every place
    if "\u00b7" in norm:
        yield from _dotted_dates(text, norm)
    if "割" in norm or "成" in norm:
        yield from _tenths(text, norm)
    if "半" in norm:
        yield from _and_a_half(text, norm)
        yield from _halves(text, norm)
    if "10" in norm:  # 数10, 数100: a ten's digits, in one search
        yield from _several_tens(text, norm)
    if "千" in norm or "百" in norm:  # what CLDR's units begin with (PREFIXES_OF_UNITS)
        yield from _before_prefixed_units(text, norm, _prefixed_units()[0])
    yield from _han_counts(text)


def _times(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _TIME.finditer(norm):
        if _numeral_tail(norm, match.start("h")):
            continue
        hour = numeral_value(match["h"])
        minutes = numeral_value(match["m"]) if match["m"] else (30 if match["half"] else 0)
        period = match["period"]
        bare = not (period or match["m"] or match["half"])
        if bare and (match["unit"] in "点點" or match["h"] in _ONE):
            # "3点意见": three points, not three o'clock; "一時的に" (temporarily), "一时" (for
            # a while): 一時 and 一时 are words of their own, an hour only with its part of the
            # day or its minutes.
            continue
        if hour is None or minutes is None or hour > 24 or minutes >= 60:
            continue
        if period in _AFTERNOON and hour < 12 and not (period in _NOON and hour >= 11):
            hour += 12
        span = match.span()
        yield NumberMention(
            Decimal(hour * 60 + minutes), NumberKind.TIME, span, text[span[0] : span[1]]
        )


def _numeral_tail(norm: str, start: int) -> bool:
    """Whether the digits at ``start`` end a longer numeral: an hour's digits begin one, and
    the last of "5000時" or "5,000時" ("when it is 5,000", 時 the Chinese "when" after a
    clause) or of "3.5時" are no hour; nor are a Latin name's, glued to it or after its
    hyphen ("COVID-19 时", when … COVID-19; "G20時"). (Looked at here, not in the pattern: a
    look behind there is tried at every place.)"""
    before = norm[start - 1 : start]
    if before == "-":  # "COVID-19", not "9-10时" (nine to ten o'clock)
        before = norm[start - 2 : start - 1]
        return before.isascii() and before.isalpha()
    return (
        before.isdigit()
        or (before.isascii() and before.isalpha())
        or (before in (".", ",") and norm[start - 2 : start - 1].isdigit())
    )


def _decades(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _DECADE.finditer(norm):
        decade = numeral_value(match["d"])
        century = numeral_value(match["c"]) if match["c"] else None
        if decade is None or decade % 10:
            continue
        if decade >= 100:  # the year in full
            year = decade
        else:
            year = decade + (
                (century - 1) * 100
                if century and _FIRST_CENTURY <= century <= _LAST_CENTURY
                else 1900
            )
        span = match.span()
        yield NumberMention(
            Decimal(year), NumberKind.YEAR, span, text[span[0] : span[1]], spelled=True
        )


# A century by its number: "21世纪" (the 21st century), "十九世紀", an ordinal as "the 21st
# century" is, so that a year of it on the other side ("the early 2000s") is read as the
# century's.
_CENTURY = lazy(rf"(?P<c>(?<![\d.])\d{{1,2}}|{_HAN_NUMBER})\s?世[纪紀]")
_FIRST_CENTURY, _LAST_CENTURY = 1, 21


def _centuries(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _CENTURY.finditer(norm):
        century = numeral_value(match["c"])
        if century is None or not _FIRST_CENTURY <= century <= _LAST_CENTURY:
            continue
        span = match.span()
        spelled = not match["c"].isdigit()
        yield NumberMention(
            Decimal(century), NumberKind.ORDINAL, span, text[span[0] : span[1]], spelled=spelled
        )


def _fractions(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _FRACTION.finditer(norm):
        denominator = numeral_value(match["den"])
        numerator = _number(match["num"])
        if not denominator or numerator is None or not 0 < numerator <= denominator:
            continue
        yield _share(text, match.span(), Decimal(numerator) / Decimal(denominator))


def _number(token: str) -> Decimal | int | None:
    """A whole or a decimal in ASCII digits or Han numerals: ``3``, ``3.5``, ``三``, ``三点五``."""
    if "." in token:
        return Decimal(token)
    point = next((ch for ch in _POINT if ch in token), None)
    if point:
        whole, _, digits = token.partition(point)
        value = numeral_value(whole)
        if value is None:
            return None
        return value + Decimal("0." + "".join(str(DIGITS[d]) for d in digits))
    return numeral_value(token)


_DIGITS_AND_UNITS = frozenset([*DIGITS, *UNITS])


def _han_decimals(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _HAN_DECIMAL.finditer(norm):
        value = _number(match["n"])
        if value is None or norm[match.start() - 1 : match.start()] in _DIGITS_AND_UNITS:
            continue  # a value, or the end of a run longer than a whole's four numerals
        span = match.span()
        scaled = Decimal(value * MYRIADS[match["m"]] if match["m"] else value)
        whole = scaled == scaled.to_integral_value()
        kind = NumberKind.INTEGER if whole else NumberKind.DECIMAL  # 三点五亿: 350 million
        yield NumberMention(normal(scaled), kind, span, text[span[0] : span[1]], spelled=True)


@functools.cache
def _percentage_point() -> re.Pattern[str]:
    """A number of percentage points: ``3个百分点``, ``0.5個百分點``, ``一个百分点``, ``两个
    百分点``, the classifier 个 / 個 optional (``0.5百分点``), in either script."""
    words = "|".join(sorted(both_scripts(("个百分点", "百分点")), key=len, reverse=True))
    number = (
        rf"(?<![\d.])\d+(?:\.\d+)?|(?<![{_NUMERALS}]){_HAN_POINT}|(?<![{_NUMERALS}])[{_NUMERALS}]+"
    )
    return re.compile(rf"(?P<n>{number})\s?(?:{words})")


def _percentage_points(text: str, norm: str) -> Iterator[NumberMention]:
    """Percentage points, a difference of percentages, which other languages write as a
    percentage ("1%") or say as points of one ("نقطة مئوية"): read as a percentage, soft in
    Han numerals as ``百分之三`` is."""
    for match in _percentage_point().finditer(norm):
        value = _number(match["n"])
        if value is None:
            continue
        spelled = not match["n"][0].isdigit()
        yield NumberMention(
            normal(Decimal(value)),
            NumberKind.PERCENT,
            match.span(),
            text[match.start() : match.end()],
            spelled=spelled,
        )


def _share(text: str, span: tuple[int, int], share: Decimal) -> NumberMention:
    """A share of a whole written in Han characters (3/4, 3割): a percentage, the share
    itself the other reading."""
    return NumberMention(
        normal(share * 100),
        NumberKind.PERCENT,
        span,
        text[span[0] : span[1]],
        spelled=True,
        alternatives=(normal(share),),
    )


# A share in tenths: Japanese 割 (a tenth), then 分 (a hundredth) and 厘 (a thousandth): "3割5分"
# is 35 per cent; Chinese 成 (a tenth): "三成" is 30 per cent. 成 begins words too (成员, member;
# 成为, to become): a share only before a character that is no Han one, or before a particle
# or a word of degree that follows a quantity (的, 以上, 左右, 多, 至...).
_TENTH = rf"(?P<n>(?<![\d.{''.join([*DIGITS, *UNITS])}])(?:10|[1-9]|十|[{''.join(DIGITS)}]))"
_HAN_DIGIT = rf"(?:\d|[{''.join(DIGITS)}])"
_WARI = lazy(rf"{_TENTH}\s?割(?:\s?(?P<b>{_HAN_DIGIT})\s?分(?:\s?(?P<r>{_HAN_DIGIT})\s?厘)?)?")
_CHENG = lazy(rf"{_TENTH}\s?成(?=$|[^{_HAN}]|[的以左多至到或和及与與半])")


def _tenths(text: str, norm: str) -> Iterator[NumberMention]:
    for pattern in (_WARI, _CHENG):
        for match in pattern.finditer(norm):
            tenths = numeral_value(match["n"])
            parts = [numeral_value(match[g]) if match.groupdict().get(g) else 0 for g in "br"]
            if tenths is None or not 0 < tenths <= 10 or None in parts:
                continue
            hundredths, thousandths = (p or 0 for p in parts)
            share = Decimal(tenths * 100 + hundredths * 10 + thousandths) / 1000
            yield _share(text, match.span(), share)


# A count and a half: 半 after the unit of time a number counts, "1年半" (a year and a half),
# "2時間半", "3か月半" (not 半ば, the middle: "30年半ば"); Chinese puts it before the unit, after
# the measure word: "3个半月", "一年半".
_NUMERALS_AND_HALF_BEFORE = frozenset([*DIGITS, *UNITS, *MYRIADS, *"上下前后後大"])
_TIME_UNIT = (
    "年|か月|ヶ月|カ月|ヵ月|時間|週間|小时|小時|个小时|個小時|个月|個月|个星期|個星期|周|週"
)
_AND_A_HALF = lazy(
    rf"(?<![\d.])(?P<n>\d{{1,3}}|{_HAN_NUMBER})\s?(?:(?:{_TIME_UNIT})半(?!ば)|[个個]半(?:月|小时|小時|星期))"
)


def _and_a_half(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _AND_A_HALF.finditer(norm):
        count = numeral_value(match["n"])
        if count is None:
            continue
        span = match.span()
        yield NumberMention(
            Decimal(count) + Decimal("0.5"),
            NumberKind.DECIMAL,
            span,
            text[span[0] : span[1]],
            spelled=True,
            alternatives=(Decimal(count),),
        )


# Half a unit of time, 半 before it: "半年" (half a year), "半个月", "半世纪" (half a century),
# "半時間": the half, and the count of the next unit that other languages say instead (six
# months, fifteen days, fifty years, thirty minutes). Not after a numeral (1年半 is
# ``_and_a_half``'s) nor after 上, 下, 前, 后, 後 (上半年: the year's first half, a part of one
# year) or 大 (大半年: most of a year).
_HALVES = {
    **dict.fromkeys(("年",), 6),
    **dict.fromkeys(("个月", "個月", "か月", "ヶ月", "カ月", "ヵ月"), 15),
    **dict.fromkeys(("世纪", "世紀"), 50),
    **dict.fromkeys(("小时", "小時", "个小时", "個小時", "時間"), 30),
}
_HALF_UNIT = lazy(rf"半(?P<unit>{'|'.join(sorted(_HALVES, key=len, reverse=True))})")


def _halves(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _HALF_UNIT.finditer(norm):
        before = norm[match.start() - 1 : match.start()]
        if before and (before.isdigit() or before in _NUMERALS_AND_HALF_BEFORE):
            continue
        span = match.span()
        yield NumberMention(
            Decimal("0.5"),
            NumberKind.DECIMAL,
            span,
            text[span[0] : span[1]],
            spelled=True,
            alternatives=(Decimal(_HALVES[match["unit"]]),),
        )


# "Several" before a power of ten in digits, Japanese horizontal text's way of writing 数十
# (tens of) and 数百: "数10人" (dozens of people), "数100年", "数10万人" (hundreds of
# thousands). An estimate, read as the same words in Han numerals are (``chinese``): soft, the
# power itself, as 十数 is. 数 ends words too, "the number of" (人数, 件数, 死者数100人: the
# dead, 100): "several" only where no Han character comes before it.
_SEVERAL_TENS = lazy(
    rf"[{''.join(sorted(SEVERAL))}]\s?(?P<n>10{{1,4}})(?!\d)(?:\s?(?P<m>[{''.join(MYRIADS)}]))?"
)
_HAN_CHARACTER = lazy(rf"[{_HAN}]")


def _several_tens(text: str, norm: str) -> Iterator[NumberMention]:
    # (What comes before 数 is looked at here, not in the pattern: a pattern that starts with
    # its characters is searched for them, one that starts with a look behind at every place.)
    for match in _SEVERAL_TENS.finditer(norm):
        if match.start() and _HAN_CHARACTER.match(norm, match.start() - 1):
            continue  # 人数, 死者数: "the number of"
        value = int(match["n"]) * (MYRIADS[match["m"]] if match["m"] else 1)
        start, end = match.start("n"), match.end()
        yield NumberMention(
            Decimal(value), NumberKind.INTEGER, (start, end), text[start:end], spelled=True
        )


# Minutes and seconds: "3分35秒", "13 分 10 秒" (分钟 in Chinese may stand for 分).
_MINUTES_SECONDS = lazy(
    rf"(?<![\d時时点點])(?P<m>\d{{1,3}}|{_HAN_NUMBER})\s?分[钟鐘]?\s?(?P<s>\d{{1,2}}|{_HAN_NUMBER})\s?秒"
)


_HOURS_A_DAY = 24  # the largest hour that "M:SS" is read as (``extract``'s clock times)


def _minutes_seconds(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _MINUTES_SECONDS.finditer(norm):
        minutes, seconds = numeral_value(match["m"]), numeral_value(match["s"])
        if minutes is None or seconds is None or minutes > _HOURS_A_DAY or seconds >= 60:
            continue  # "27:37" is no time either, but two numbers: so are 27 and 37 here
        span = match.span()
        yield NumberMention(
            Decimal(minutes * 60 + seconds),
            NumberKind.TIME,
            span,
            text[span[0] : span[1]],
            alternatives=(Decimal(minutes), Decimal(seconds)),
        )


# A number before a unit whose Chinese name begins with a numeral: "2900千瓦" (2,900 kilowatts),
# "5千克" (5 kilograms), "3百萬瓦" (3 megawatts). The numeral is the unit's metric prefix, kilo
# or mega, and scales no number: the number is the one other languages write before
# "kilowatts". The units by CLDR's names for them in Chinese, in both scripts.
_PREFIXES = frozenset([*UNITS, *MYRIADS])
PREFIXES_OF_UNITS = "千百"  # the first characters of those names today (a test holds it)


@functools.cache
def _prefixed_units() -> tuple[re.Pattern[str], str]:
    """The units' names, as a pattern, and the numerals they begin with."""
    names: set[str] = set()
    for tag in ("zh", "zh_Hant"):
        locale = locale_for(tag)
        for unit, widths in (locale.unit_display_names if locale is not None else {}).items():
            if unit.startswith("concentr"):
                continue  # a ratio, no quantity: 百分比, per cent (a percentage's word)
            names.update(
                name
                for name in widths.values()
                if name[:1] in _PREFIXES and _HAN_WORD.fullmatch(name)
            )
    units = sorted(both_scripts(names), key=len, reverse=True)
    return re.compile("|".join(units)), "".join(sorted({unit[0] for unit in units}))


_HAN_WORD = lazy(rf"[{_HAN}]+")
# The number before the unit, read back from it: digits, grouped or not, a decimal's point.
_NUMBER_BEFORE = lazy(r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?\s?$")
_LONGEST_NUMBER = 32  # characters looked at before a unit


def _before_prefixed_units(text: str, norm: str, units: re.Pattern[str]) -> Iterator[NumberMention]:
    # (The units are searched for, and the number read back from each: a pattern that starts
    # with the number's digits is tried at every digit of the text.)
    for unit in units.finditer(norm):
        end = unit.start()
        if not end or not (norm[end - 1].isdigit() or norm[end - 1] == " "):
            continue
        window = max(0, end - _LONGEST_NUMBER)
        number = _NUMBER_BEFORE.search(norm, window, end)
        if number is None:
            continue
        value = normal(Decimal(number[0].strip().replace(",", "")))
        kind = NumberKind.INTEGER if value == value.to_integral_value() else NumberKind.DECIMAL
        span = (number.start(), unit.end())
        yield NumberMention(value, kind, span, text[span[0] : span[1]])


# One Han numeral alone before a counter: "六名" (six people), "六か月" (six months), "十年" (ten
# years). Chinese's reader leaves a lone numeral unread (``chinese``: 一 is in too many words);
# before a counter it is a count, which other languages write in digits or spell out. 一 stays
# unread (一个 is "a"), as does a numeral in a run of them or before a date's or time's unit,
# and one after 第, an ordinal (第三次, the third time: ``extract``'s).
_NUMERALS = "".join([*DIGITS, *UNITS, *MYRIADS])
_HAN_COUNT = lazy(rf"(?<![{_NUMERALS}\d第])(?P<n>[二三四五六七八九两兩十])(?=[{_KANA}{_HAN}])")


# A date with its month or day in Han numerals: "八月十五日", "十月一日", "廿一日" (ICU's dates in
# the ``hans``, ``hant`` and ``jpan`` numbering systems; "8月15日", all in digits, is
# ``extract``'s). 号 is the spoken day (8月15号).
_HAN_DAY = rf"(?:\d{{1,2}}|[{''.join([*DIGITS, *UNITS])}]{{1,3}})"
_HAN_DATE = lazy(rf"(?<![{_NUMERALS}\d])(?P<m>{_HAN_DAY})\s?月\s?(?P<d>{_HAN_DAY})\s?[日号號]")


def _han_dates(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _HAN_DATE.finditer(norm):
        if match["m"].isdigit() and match["d"].isdigit():
            continue  # extract's
        month, day = numeral_value(match["m"]), numeral_value(match["d"])
        if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        span = match.span()
        yield NumberMention(Decimal(day), NumberKind.DATE, span, text[span[0] : span[1]], month)


# Two months with 月 written once, after the second: "4至6月" (April to June), "4～6月", "四到六月",
# "4、5月" (April and May). The first is a month too (not before a day: "5至6月3日" is no
# range of months).
_MONTH_NUMBER = rf"(?:1[0-2]|0?[1-9]|[{''.join(DIGITS)}十]{{1,2}})"
_RANGE_MARK = "[至到~～〜\\-－–—、]"
_FIRST_MONTH = lazy(
    rf"(?P<a>{_MONTH_NUMBER})\s?{_RANGE_MARK}\s?"
    rf"(?P<b>{_MONTH_NUMBER})\s?月(?!\s?(?:\d|[{''.join(DIGITS)}十]))"
)
_MONTH_AFTER_RANGE = lazy(rf"{_RANGE_MARK}\s?{_MONTH_NUMBER}\s?月")
_NOT_BEFORE_A_MONTH = frozenset([*_NUMERALS, *"0123456789."])


def _first_months(text: str, norm: str) -> Iterator[NumberMention]:
    # (What comes before the first month is looked at here, not in the pattern: a pattern that
    # starts with a look behind is tried at every place, as is one that starts with this one's
    # numerals.)
    for match in _FIRST_MONTH.finditer(norm):
        if norm[match.start() - 1 : match.start()] in _NOT_BEFORE_A_MONTH and match.start():
            continue  # "11至12月" read from its "1", "1.4至6月"
        first, second = numeral_value(match["a"]), numeral_value(match["b"])
        if first is None or second is None or not 1 <= first < second <= 12:
            continue
        start, end = match.span("a")
        yield NumberMention(Decimal(first), NumberKind.MONTH, (start, end), text[start:end])


# A date that names an event, its month and day parted by the 间隔号, Chinese punctuation's
# interpunct (GB/T 15834): "9·11事件", the 11th of September; "5·12汶川地震". The standard
# gives it no other use between numbers (it parts a foreign name's words: 大卫·约翰逊).
# Japanese 中黒 (・) is no such mark: it lists ("1・2号機", units 1 and 2; "5・6月").
_DOTTED_DATE = lazy(r"(?P<m>1[0-2]|0?[1-9])\u00b7(?P<d>3[01]|[12]\d|0?[1-9])(?![\d\u00b7])")


def _dotted_dates(text: str, norm: str) -> Iterator[NumberMention]:
    for match in _DOTTED_DATE.finditer(norm):
        before = norm[match.start() - 1 : match.start()]
        if before.isdigit() or before in ("\u00b7", "."):
            continue  # "1.9·11", "1·9·11": no date of two numbers
        span = match.span()
        yield NumberMention(
            Decimal(int(match["d"])),
            NumberKind.DATE,
            span,
            text[span[0] : span[1]],
            int(match["m"]),
        )


def _han_counts(text: str) -> Iterator[NumberMention]:
    for match in _HAN_COUNT.finditer(text):
        after = text[match.end()]
        if after in _NUMERALS or after in _NOT_A_COUNT or estimated(text, *match.span()):
            continue
        if text.endswith(_weekday_stems(), 0, match.start()):
            continue  # "周六下午": Saturday afternoon
        value = numeral_value(match["n"])
        if value is not None:
            span = match.span()
            yield NumberMention(Decimal(value), NumberKind.INTEGER, span, match[0], spelled=True)


@functools.cache
def _weekday_stems() -> tuple[str, ...]:
    """What comes before the numeral of a Chinese weekday name (``周`` of ``周六``, ``星期`` of
    ``星期六``), from CLDR's names in simplified and traditional Chinese."""
    stems: set[str] = set()
    for tag in ("zh", "zh_Hant"):
        locale = locale_for(tag)
        days = locale.days if locale is not None else {}
        for context in days.values():
            for width in context.values():
                stems.update(name[:-1] for name in width.values() if len(name) > 1)
    return tuple(sorted(stems))


_AGE_DECADE = lazy(r"\s?代(?!目)")  # "3代目": the third generation


def age_decade(norm: str, start: int, end: int, value: Decimal) -> bool:
    """Whether the numeral at ``start:end`` with this ``value`` is a Japanese age by its decade
    (``10代``, in the teens; ``20代``, in the twenties): a ten before 代, not after 第 (``第10代``,
    the tenth generation)."""
    return (
        value in _DECADES_OF_AGE
        and norm[start - 1 : start] != "第"
        and _AGE_DECADE.match(norm, end) is not None
    )


_DECADES_OF_AGE = frozenset(Decimal(tens) for tens in range(10, 100, 10))


def soft_count(norm: str, start: int, end: int, value: Decimal, subtag: str) -> bool:
    """Whether the whole number at ``start:end`` of a Chinese or Japanese text (``subtag``),
    with this ``value``, is one that other languages say in words or otherwise: a small count
    (``small_count``), a day without its month (``day_alone``), a Japanese age by its decade
    (``age_decade``)."""
    return (
        small_count(norm, end, value)
        or day_alone(norm, end, value)
        or (subtag == "ja" and age_decade(norm, start, end, value))
    )


# 日 after a numeral, but not the 日 of 日元 or 日圓 (the yen, in Chinese) or of 日本 (Japan).
_DAY = "日"
_NOT_A_DAY = frozenset("元圓圆本")
_DAYS_A_MONTH = 31


def day_alone(norm: str, end: int, value: Decimal) -> bool:
    """Whether the numeral ending at ``end`` with this ``value`` is a day with no month before
    it (a month before it makes it a date: ``extract``'s, or ``_han_dates``): ``29日`` (the
    29th of the month the news is in, which other languages give as a weekday or with the
    month) or a count of days (``1日の投獄``, a day in jail; ``3日間``, three days)."""
    at = end + 1 if norm[end : end + 1] == " " else end  # "1 日"
    return (
        norm[at : at + 1] == _DAY
        and norm[at + 1 : at + 2] not in _NOT_A_DAY
        and 1 <= value <= _DAYS_A_MONTH
    )


def small_count(norm: str, end: int, value: Decimal) -> bool:
    """Whether the numeral ending at ``end`` with this ``value`` is a small count before a
    counter (``2人``), which other languages spell out or say by grammar."""
    if value >= SMALL_COUNT or value != value.to_integral_value():
        return False
    return _counter_after(norm, end) is not None


def counted(norm: str, end: int) -> bool:
    """Whether the numeral ending at ``end`` counts what a counter after it names (``1000人``,
    ``1500名``, ``1200家``): a count, no year, which Chinese and Japanese write with ``年``
    (``2019年``)."""
    if norm[end : end + 1] == _YEAR:
        return False  # most four-digit numbers, at once
    counter = _counter_after(norm, end)
    return counter is not None and counter != _YEAR


_YEAR = "年"


def _counter_after(norm: str, end: int) -> str | None:
    """The counter right after the numeral ending at ``end``: a Han or kana character that is
    no unit of a date or time, scale or currency (``人``, ``台``; ``時間``, hours, too)."""
    counter = _COUNTER.match(norm, end)
    if counter is None:
        return None
    if norm.startswith(_HOURS, counter.end() - 1):
        return counter[0].strip()  # "2時間": two hours, a count (時 alone is an hour of the clock)
    return None if counter[0].strip() in _NOT_A_COUNT else counter[0].strip()

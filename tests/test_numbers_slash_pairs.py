"""A pair of numbers with a slash (issue 12 item 1): a date in each language's own order (CLDR's
short date: English and Chinese month first, Arabic, French and Indonesian day first) only where
something beside it says date; otherwise as often a fraction ("2/3") or a ratio ("24/7"), which
every language writes alike. Each sentence is written for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers


def findings(source: str, source_language: str, target: str) -> list[str]:
    pair = Pair(source_language, "ar", ((0, source),), ((0, target),))
    return [finding.message for finding in number_findings(pair)]


@pytest.mark.parametrize(
    ("source", "language", "arabic"),
    [
        # A fraction: month first in the source, day first in the Arabic.
        (
            "The plan cuts emissions by 2/3 before the decade ends.",
            "en",
            "تخفض الخطة الانبعاثات بمقدار 2/3 قبل نهاية العقد.",
        ),
        ("Près de 3/4 des lits sont occupés.", "fr", "نحو 3/4 الأسرّة مشغولة."),
        ("约 3/4 的病床已满。", "zh", "نحو 3/4 الأسرّة مشغولة."),
        ("Apotek ini buka 24/7 selama wabah.", "id", "تفتح هذه الصيدلية 24/7 طوال الوباء."),
        # A ratio or an idiom: no month 24 in a month-first language, the 24th in a day-first one.
        ("Nurses worked 24/7 through the winter.", "en", "عمل الممرضون 24/7 طوال الشتاء."),
        ("全天候 24/7 提供服务。", "zh", "تُقدَّم الخدمة 24/7."),
    ],
)
def test_a_slash_pair_with_nothing_that_says_date_is_read_as_written(
    source: str, language: str, arabic: str
) -> None:
    assert findings(source, language, arabic) == []


def test_a_changed_fraction_is_still_found() -> None:
    assert findings("It cut costs by 2/3.", "en", "خفّضت التكاليف بمقدار 1/3.") != []


@pytest.mark.parametrize(
    ("text", "language", "day", "month"),
    [
        ("Senin (15/8) pagi", "id", 15, 8),
        ("on Monday (8/15)", "en", 15, 8),
        ("وصل يوم الخميس (25/4).", "ar", 25, 4),
        ("jeudi 25/4", "fr", 25, 4),
    ],
)
def test_a_weekday_beside_a_slash_pair_makes_it_a_date_alone(
    text: str, language: str, day: int, month: int
) -> None:
    (mention,) = extract_numbers(text, language)
    assert (mention.kind, mention.value, mention.month) == (NumberKind.DATE, day, month)
    assert mention.readings() == (frozenset({("num", Decimal(day)), ("month", Decimal(month))}),)


def test_a_dated_slash_pair_changed_is_still_a_changed_date() -> None:
    # The weekday says date: 8/15 is 15 August, and the Arabic's 8/15 would be the 8th of a
    # fifteenth month, no date, so it is reported.
    assert findings("She arrived on Monday (8/15).", "en", "وصلت يوم الاثنين (16/8).") != []
    assert findings("Ia tiba pada Kamis (25/4).", "id", "وصل يوم الخميس (4/25).") != []


def test_a_slash_pair_with_its_year_is_a_date_alone() -> None:
    (date,) = [m for m in extract_numbers("le 15/8/2020", "fr") if m.kind is NumberKind.DATE]
    assert (date.kind, date.readings()) == (
        NumberKind.DATE,
        (frozenset({("num", Decimal(15)), ("month", Decimal(8))}),),
    )


def test_round_the_clock_in_words_against_24_7() -> None:
    """The hours of a day by the days of a week, "24/7": a translation says it in words."""
    (mention,) = extract_numbers("تعمل الصيدلية 24/7.", "ar")
    assert mention.soft
    assert findings("药房全天候营业。", "zh", "تعمل الصيدلية 24/7.") == []
    assert findings("Apotek buka sepanjang waktu.", "id", "تعمل الصيدلية 24/7.") == []

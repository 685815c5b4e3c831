"""Hijri dates in Arabic: the day and year of a Hijri date are soft (a translation adds them
beside the Gregorian date), and a month's name says no number (الأول of ربيع الأول is no
ordinal) (issue 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import extract_numbers
from reader.core.text.numbers.hijri import month_names


def read(text: str) -> list[tuple[str, bool]]:
    return [(m.text, m.spelled) for m in extract_numbers(text, "ar")]


def test_the_month_names_are_icus() -> None:
    names = month_names()
    assert len(names) == 12
    assert names[2] == "ربيع الأول" and names[8] == "رمضان" and names[11] == "ذو الحجة"


@pytest.mark.parametrize(
    "text",
    [
        "في شهر ربيع الأول",
        "حتى جمادى الآخرة",
        "مطلع جمادى الأولى",
        "في ربيع الثاني",
        "منذ جمادى الثانية",
    ],
)
def test_a_hijri_months_name_says_no_number(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("وقع في 12 ربيع الأول 1440 هـ", [("12", True), ("1440", True)]),
        ("في ١٠ ذي الحجة ١٤٤٥ هـ", [("١٠", True), ("١٤٤٥", True)]),
        ("في عام 1445 هجرية", [("1445", True)]),
        ("بدأ في 3 صفر 1441 للهجرة", [("3", True), ("1441", True)]),
        ("في 1 رمضان", [("1", True)]),
    ],
)
def test_a_hijri_dates_day_and_year_are_soft(text: str, numbers: list[tuple[str, bool]]) -> None:
    assert read(text) == numbers


def test_numbers_beside_a_hijri_date_are_read_as_before() -> None:
    found = read("في 12 ربيع الأول 1440 هـ الموافق 20 نوفمبر 2018 قتل 7 أشخاص")
    assert found == [
        ("12", True),
        ("1440", True),
        ("20 نوفمبر", False),
        ("2018", False),
        ("7", False),
    ]


def test_zero_alone_is_still_zero() -> None:
    assert read("بلغت درجة الحرارة صفر") == [("صفر", True)]


def test_a_hijri_date_beside_the_gregorian_one_is_no_finding() -> None:
    pair = Pair(
        "en",
        "ar",
        ((0, "The pilgrimage began on 14 June 2024."),),
        ((0, "بدأ الحج في 8 ذي الحجة 1445 هـ الموافق 14 يونيو 2024."),),
    )
    assert number_findings(pair) == []


def test_the_cues_hold_every_months_first_word() -> None:
    from reader.core.text.numbers.hijri import _OTHER_NAMES, CUES

    assert {name.split()[0] for name in (*month_names(), *_OTHER_NAMES)} <= CUES

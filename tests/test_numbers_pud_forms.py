"""Forms of numbers, months and times that professional translations write and the reader
missed, found on PUD's tuning part (issue 12): an Arabic noun and a half (``ساعة ونصف``, an
hour and a half), a short Arabic month with a clitic (``وآب``, and August), a dotted time whose
"am" follows the range's second end (``6.30-10am``), an English month in another language's
date (``19 March 1993`` in Indonesian), and a fraction of a scale word (``half a million``,
``setengah juta``, ``نصف مليون``). Sentences written for these tests, not PUD's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers


def values(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language)]


def read(text: str, language: str) -> list[tuple[str, Decimal, int | None]]:
    return [(m.kind.value, m.value, m.month) for m in extract_numbers(text, language)]


# -- an Arabic noun and a half ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("استغرقت الرحلة ساعة ونصف.", "1.5"),
        ("ارتفعت الحرارة درجة ونصف.", "1.5"),
        ("بقي في السجن عامًا ونصف.", "1.5"),  # the accusative
        ("عاد بعد سنة ونصف من الغياب.", "1.5"),
        ("وصل بكيلو ونصف من اللحم.", "1.5"),  # a clitic on the noun
        ("تبعد ساعة ونصف بالسيارة.", "1.5"),  # a clitic and the article after
        ("انتظرنا يومين ونصف.", "2.5"),  # the dual: two of it
        ("استمر الحصار 3 أسابيع ونصف.", "3.5"),  # after a numeral: its half
        ("استمر الحصار أربعة أسابيع ونصف.", "4.5"),  # after a number in words
    ],
)
def test_an_arabic_noun_and_a_half(text: str, value: str) -> None:
    assert Decimal(value) in values(text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "قتل الرجال ونصف النساء.",  # "and half of the women"
        "حضر وزير ونصف أعضاء المجلس.",  # "and half of the council's members"
        "استمر الحصار 3 أسابيع ونصف الشهر.",  # three weeks and half the month
    ],
)
def test_an_arabic_half_of_something_is_no_noun_and_a_half(text: str) -> None:
    found = values(text, "ar")
    assert Decimal("1.5") not in found and Decimal("3.5") not in found


def test_an_arabic_scale_word_and_a_half_is_still_the_scale_words() -> None:
    assert values("جمع مليون ونصف.", "ar") == [Decimal(1_500_000)]


# -- a short Arabic month with a clitic ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("بين تموز وآب من عام 2015.", [7, 8]),
        ("في شباط وآذار وآب.", [2, 3, 8]),
    ],
)
def test_a_short_arabic_month_with_a_clitic_as_cldr_writes_it(text: str, months: list[int]) -> None:
    found = [m.value for m in extract_numbers(text, "ar") if m.kind is NumberKind.MONTH]
    assert found == [Decimal(n) for n in months]


@pytest.mark.parametrize("text", ["فتح الباب وأب الطفل ينتظر.", "جلس واب الأسرة صامتًا."])
def test_a_short_arabic_word_with_a_clitic_written_otherwise_is_no_month(text: str) -> None:
    assert [m for m in extract_numbers(text, "ar") if m.kind is NumberKind.MONTH] == []


# -- a range of times with its cue after the second end -------------------------------------------


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("The market opens 6.30-10am.", [6 * 60 + 30, 10 * 60]),
        ("Tickets are sold 7.15 to 9am only.", [7 * 60 + 15, 9 * 60]),
        ("The bar is open 8.30-11pm.", [20 * 60 + 30, 23 * 60]),
        ("Lunch is served 11.30-2pm.", [11 * 60 + 30, 14 * 60]),  # starts before noon
    ],
)
def test_a_dotted_time_before_a_range_end_with_its_cue(text: str, times: list[int]) -> None:
    assert read(text, "en") == [("time", Decimal(t), None) for t in times]


@pytest.mark.parametrize("text", ["Prices rose 6.30-10 percent.", "It grew 2.50-3 times."])
def test_a_dotted_number_before_a_range_without_a_cue_is_a_decimal(text: str) -> None:
    assert extract_numbers(text, "en")[0].kind is NumberKind.DECIMAL


# -- an English month in another language's date --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "day", "month"),
    [
        ("Ia dinyatakan bangkrut pada 19 March 1993.", "id", 19, 3),
        ("Il est né le 4 July 1950.", "fr", 4, 7),
        ("Sidang digelar pada 2 August.", "id", 2, 8),
    ],
)
def test_an_english_month_beside_a_day_in_another_language(
    text: str, language: str, day: int, month: int
) -> None:
    assert ("date", Decimal(day), month) in read(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Kata May kepada wartawan, 5 orang hadir.", "id"), ("En March, 5 personnes.", "fr")],
)
def test_an_english_month_alone_in_another_language_is_not_read(text: str, language: str) -> None:
    assert read(text, language) == [("integer", Decimal(5), None)]


# -- a fraction of a scale word -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Nearly half a million people fled.", "en", 500_000),
        ("A quarter of a million homes lost power.", "en", 250_000),
        ("It cost one and a half billion dollars.", "en", 1_500_000_000),
        ("Some two and a half million voted.", "en", 2_500_000),
        ("A million and a half tickets were sold.", "en", 1_500_000),
        ("Sekitar setengah juta orang mengungsi.", "id", 500_000),
        ("Proyek itu bernilai satu setengah miliar rupiah.", "id", 1_500_000_000),
        ("Dua setengah juta warga memilih.", "id", 2_500_000),
        ("Seperempat juta rumah terendam.", "id", 250_000),
        ("Près d'un demi-million de personnes ont fui.", "fr", 500_000),
        ("Un quart de million de foyers.", "fr", 250_000),
        ("فر نحو نصف مليون شخص.", "ar", 500_000),
        ("كلف المشروع ربع مليار دولار.", "ar", 250_000_000),
        ("بلغ عددهم نصف المليون.", "ar", 500_000),
    ],
)
def test_a_fraction_of_a_scale_word(text: str, language: str, value: int) -> None:
    assert values(text, language) == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "language"),
    [("He and a half million others came.", "en"), ("Half the million residents left.", "en")],
)
def test_half_without_a_count_or_a_scale_after_it_is_no_fraction_of_one(
    text: str, language: str
) -> None:
    assert Decimal(500_000) not in values(text, language)


def test_half_a_million_matches_its_digits_on_the_other_side() -> None:
    source, target = "Nearly half a million people fled.", "فر نحو 500 ألف شخص."
    assert number_findings(Pair("en", "ar", ((0, source),), ((0, target),))) == []

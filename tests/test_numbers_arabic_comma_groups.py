"""The Arabic comma ، (U+060C) groups thousands between Western digits in Arabic-script text
(``30،000``), as CLDR has it for the script (Kashmiri's grouping mark), where every group after
it is exactly three digits; a list puts a space after it, and other groups stay apart. In a
language whose digits are not Arabic-Indic it groups nothing. Issue 12; sentences written for
these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import extract_numbers
from reader.core.text.numbers.conventions import ARABIC_COMMA


def values(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language)]


def test_cldr_has_the_arabic_comma_as_a_grouping_mark() -> None:
    assert Locale.parse("ks").number_symbols["latn"]["group"] == ARABIC_COMMA


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("فر أكثر من 45،000 شخص من المدينة.", "ar", "45000"),
        ("بلغت الخسائر 2،750،000 دولار.", "ar", "2750000"),
        ("وزن الشحنة 1،200.5 طن.", "ar", "1200.5"),  # with a decimal point after
        ("جمع المتحف ٤٥،٠٠٠ قطعة.", "ar", "45000"),  # Arabic-Indic digits
        ("بیش از 45،000 نفر آمدند.", "fa", "45000"),  # Persian writes it too
    ],
)
def test_the_arabic_comma_groups_thousands(text: str, language: str, value: str) -> None:
    assert values(text, language) == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("زار المدينة في 2017،2019 مرتين.", "ar", ["2017", "2019"]),  # four digits first
        ("راجع البندين 12،13 من الاتفاق.", "ar", ["12", "13"]),  # groups of two
        ("سجل الفريق 45، 120 نقطة ثم توقف.", "ar", ["45", "120"]),  # a list's comma and space
        ("More than 45،000 people fled.", "en", ["45", "0"]),  # not a mark English groups with
    ],
)
def test_the_arabic_comma_groups_only_threes_in_arabic_script(
    text: str, language: str, expected: list[str]
) -> None:
    assert values(text, language) == [Decimal(v) for v in expected]


def test_a_number_grouped_with_the_arabic_comma_matches_its_source() -> None:
    source = "More than 45,000 people have fled the city since May."
    target = "فر أكثر من 45،000 شخص من المدينة منذ مايو."
    assert number_findings(Pair("en", "ar", ((0, source),), ((0, target),))) == []

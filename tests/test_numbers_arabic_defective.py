"""Arabic's defective (manqūṣ) numbers in their short spelling: indefinite, in the nominative
and the genitive, ``ثاني`` (second) and ``ثماني`` (eight) drop their final ي for the tanween
(``اجتماع ثانٍ``, a second meeting); with the article, the short spelling is a slip news still
prints (``الثانٍ``). A short spelling that is more often another word is not read: ``حاد``
(sharp) is no ``حادٍ`` (of 21st). Issue 12; sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers


def read(text: str) -> list[tuple[NumberKind, Decimal]]:
    return [(m.kind, m.value) for m in extract_numbers(text, "ar")]


@pytest.mark.parametrize(
    "text",
    [
        "دعا الرئيس إلى اجتماع ثانٍ في الشهر المقبل.",  # with the tanween
        "دعا الرئيس إلى اجتماع ثان في الشهر المقبل.",  # bare
        "افتتح المصنع الثانٍ في المدينة.",  # the article with the short spelling: a slip
        "يمر خط الأنابيب الثانٍالذي بني حديثًا تحت البحر.",  # the slip run into the next word
    ],
)
def test_the_short_second_is_the_ordinal_two(text: str) -> None:
    assert read(text) == [(NumberKind.ORDINAL, Decimal(2))]


def test_the_short_eight_joins_its_tens() -> None:
    assert read("مضى على الحادث ثمانٍ وعشرون سنة.") == [(NumberKind.INTEGER, Decimal(28))]


@pytest.mark.parametrize(
    "text",
    [
        "شهدت الأسواق انخفاض حاد في الأسعار.",  # حاد: sharp, more common than the ordinal
        "حذر من الانخفاض الحاد في الأسعار.",
        "شهدت الأسواق انخفاضًا حادًا.",
    ],
)
def test_a_short_spelling_that_is_another_word_is_no_number(text: str) -> None:
    assert read(text) == []


def test_the_short_second_answers_a_two_on_the_other_side() -> None:
    source = "Work on the Baltic Line 2 pipeline has begun."
    target = "بدأ العمل على خط أنابيب البلطيق الثانٍ."
    assert number_findings(Pair("en", "ar", ((0, source),), ((0, target),))) == []

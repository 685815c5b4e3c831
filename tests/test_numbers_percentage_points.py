"""Chinese says a change of a percentage in percentage points, 个百分点 (個百分點 in
traditional characters), after a number in digits or in Han numerals; other languages write
the same change as a percentage ("1%") or as points of one ("نقطة مئوية"). Read as a
percentage: firm in digits, soft in Han numerals, as 百分之三 is (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers


@pytest.mark.parametrize(
    ("text", "language", "value", "soft"),
    [
        ("失业率上升了0.5个百分点。", "zh", "0.5", False),
        ("失業率上升了0.5個百分點。", "zh-Hant", "0.5", False),
        ("利率下调3个百分点。", "zh", "3", False),
        ("支持率超过一个百分点。", "zh", "1", True),
        ("支持率超過一個百分點。", "zh-Hant", "1", True),
        ("出口增速回落两个百分点。", "zh", "2", True),
        ("比上年提高十二个百分点。", "zh", "12", True),
        ("降幅收窄三点五个百分点。", "zh", "3.5", True),
        ("增速放缓1.2百分点。", "zh", "1.2", False),
    ],
)
def test_percentage_points_are_a_percentage(
    text: str, language: str, value: str, soft: bool
) -> None:
    [found] = extract_numbers(text, language)
    assert (found.kind, found.value, found.spelled) == (NumberKind.PERCENT, Decimal(value), soft)


def test_a_percentage_beside_its_points_is_read_too() -> None:
    found = extract_numbers("失业率上升0.5个百分点至3.2%。", "zh")
    assert [(m.kind, m.value) for m in found] == [
        (NumberKind.PERCENT, Decimal("0.5")),
        (NumberKind.PERCENT, Decimal("3.2")),
    ]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("经济增长率超过一个百分点。", "تجاوز معدل النمو الاقتصادي 1%."),
        ("失業率上升了0.5個百分點。", "ارتفع معدل البطالة بمقدار 0.5 نقطة مئوية."),
    ],
)
def test_percentage_points_match_the_arabic(source: str, target: str) -> None:
    pair = Pair("zh", "ar", ((0, source),), ((0, target),))
    assert number_findings(pair) == []

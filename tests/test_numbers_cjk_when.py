"""Chinese and Japanese 时 / 時 after a number (issue 12 item 1): an hour after a numeral of its
own ("19时30分", "下午3时"), but "when" after a clause that ends with a Latin name's number
("跟踪 COVID-19 时", when tracking COVID-19): a name's digits are no hour. Each sentence is
written for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import NumberKind, extract_numbers


def times(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language) if m.kind is NumberKind.TIME]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("在追踪 COVID-19 时，各国采用了不同方法。", "zh"),
        ("患者感染 SARS-CoV-2 时，症状较轻。", "zh"),
        ("G20时，各国领导人会面。", "zh"),
        ("COVID-19時には外出を控えた。", "ja"),
    ],
)
def test_a_name_s_number_before_when_is_no_hour(text: str, language: str) -> None:
    assert times(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("会议于19时30分开始。", "zh", 19 * 60 + 30),
        ("他下午3时到达。", "zh", 15 * 60),
        ("商店9-10时关门。", "zh", 10 * 60),
        ("午後7時に着いた。", "ja", 19 * 60),
    ],
)
def test_an_hour_after_its_own_numeral_is_still_an_hour(
    text: str, language: str, minutes: int
) -> None:
    assert times(text, language)[-1] == minutes

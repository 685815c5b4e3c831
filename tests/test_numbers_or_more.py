"""A plus sign after a number says "or more" (issue 12 item 1): the scale word after it is the
number's still ("$300+ billion" is 300 billion or more, بأكثر من 300 مليار). Each sentence is
written for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import extract_numbers
from tests.test_numbers_slash_pairs import findings


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The outbreak had a $300+ billion impact.", "en", 300 * 10**9),
        ("Some 5+ million people were tested.", "en", 5 * 10**6),
        ("Lebih dari 2+ juta orang diuji.", "id", 2 * 10**6),
        ("Plus de 3+ milliards d'euros.", "fr", 3 * 10**9),
        ("约 300+ 万人接受检测。", "zh", 3 * 10**6),
    ],
)
def test_a_plus_sign_keeps_the_scale(text: str, language: str, value: int) -> None:
    assert Decimal(value) in [m.value for m in extract_numbers(text, language)]
    assert Decimal(value) in [m.value for m in extract_numbers(text, language, words=False)]


def test_a_plus_sign_with_no_scale_after_it_leaves_the_number() -> None:
    assert [m.value for m in extract_numbers("Over 300+ people came.", "en")] == [300]


def test_or_more_against_the_arabic_more_than() -> None:
    assert (
        findings("It had a $300+ billion impact.", "en", "كان له أثر بأكثر من 300 مليار دولار.")
        == []
    )

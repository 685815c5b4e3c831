"""An Arabic hour "at night" makes the evening's hour whichever seat its tanween takes:
"ليلًا" (the tanween on the lam, as Unicode's vocalised text and many keyboards write it) as
"ليلاً" and "ليلا" (issue 12). Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import NumberKind, extract_numbers


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("أغلق المتجر عند الساعة 11 ليلًا.", 23 * 60),
        ("أغلق المتجر عند الساعة 11 ليلاً.", 23 * 60),
        ("وصل القطار في 10:30 ليلًا.", 22 * 60 + 30),
    ],
)
def test_an_arabic_hour_at_night_is_the_evening_s(text: str, minutes: int) -> None:
    found = extract_numbers(text, "ar")
    assert [(m.kind, m.value) for m in found] == [(NumberKind.TIME, Decimal(minutes))]

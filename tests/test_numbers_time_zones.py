"""A time zone after a dotted number makes it a clock time only as a word of its own (issue 12
item 1): "6.47 with" opens with the letters of WIT (eastern Indonesia's time) and is a decimal,
while "7.30 WIB" and "7.30 GMT." are times. Each sentence is written for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import NumberKind, extract_numbers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The R0 was as high as 6.47 with a wide interval.", "en"),
        ("Its score rose to 8.25 within a year.", "en"),
        ("Indeksnya 4.15 witnya", "en"),
        ("A ratio of 3.40 gmtx was used.", "en"),
    ],
)
def test_the_letters_of_a_time_zone_inside_a_word_make_no_time(text: str, language: str) -> None:
    assert all(m.kind is not NumberKind.TIME for m in extract_numbers(text, language))


@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("Rapat dimulai 7.30 WIB.", "id", 450),
        ("The talks began at 9.15 GMT.", "en", 555),
        ("Launch is set for 6.47 UTC, weather allowing.", "en", 407),
        ("Gempa terjadi 19.05 WITA", "id", 1145),
    ],
)
def test_a_time_zone_after_a_dotted_number_makes_a_time(
    text: str, language: str, minutes: int
) -> None:
    (time,) = [m for m in extract_numbers(text, language) if m.kind is NumberKind.TIME]
    assert time.value == Decimal(minutes)

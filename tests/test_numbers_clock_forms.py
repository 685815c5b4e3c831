"""Clock times written in the forms FLORES-200's translations showed (issue 12): four digits
beside a time zone, or after the word for o'clock, are the 24-hour clock's hours and minutes,
not a year ("1200 GMT", "الساعة 0800"); the
Arabic comma between hour and minutes beside a zone is a time's separator ("15،00 UTC"); a
range's "pm" after its second end is both ends' ("10:00-11:00 pm"). Each sentence is written
for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers


def _times(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language) if m.kind is NumberKind.TIME]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("The ship was towed away at about 1200 GMT on Monday.", 720),
        ("Launch came at 0930 UTC, an hour late.", 570),
        ("The last signal was heard at 2359 GMT.", 1439),
    ],
)
def test_four_digits_before_a_time_zone_are_a_time(text: str, minutes: int) -> None:
    assert _times(text, "en") == [Decimal(minutes)]
    assert all(m.kind is not NumberKind.YEAR for m in extract_numbers(text, "en"))
    # After the word for o'clock too.
    assert _times("قبل الساعة 0800 بالتوقيت العالمي الموحد.", "ar") == [Decimal(480)]
    # Without a zone, or with no hour and minutes in them, four digits stay what they were.
    assert _times("The bridge opened in 1200 and fell in 1350.", "en") == []
    assert _times("The town had 2460 GMT subscribers.", "en") == []


def test_the_arabic_comma_beside_a_zone_separates_hour_and_minutes() -> None:
    assert _times("بدأ البث (15،00 UTC) كما أعلن.", "ar") == [Decimal(900)]
    # Without a cue beside them, two numbers.
    found = extract_numbers("وصل 15،00 و20 شخصا.", "ar")
    assert [m.value for m in found] == [Decimal(15), Decimal(0), Decimal(20)]
    assert all(m.kind is not NumberKind.TIME for m in found)


@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("Between 10:00-11:00 pm MDT, a fire was lit.", "en", [1320, 1380]),
        ("بين الساعة 10:00 إلى 11:00 مساءً اشتعل حريق.", "ar", [1320, 1380]),
        ("It opens at 10:30 am, and 3:00-4:00 pm is for visits.", "en", [630, 900, 960]),
    ],
)
def test_a_range_cue_after_its_second_end_covers_the_first(
    text: str, language: str, minutes: list[int]
) -> None:
    assert _times(text, language) == [Decimal(m) for m in minutes]
    # A first end later than the second is the morning's: 9 to 5 pm.
    assert _times("From 9:00 to 5:00 pm the office is open.", "en") == [540, 1020]


@pytest.mark.parametrize(
    ("source", "target", "source_language", "target_language"),
    [
        (
            "The car was taken away at approximately 1200 GMT.",
            "La voiture a été enlevée vers 12 h 00 GMT.",
            "en",
            "fr",
        ),
        (
            "The program started on time (15.00 UTC).",
            "بدأ البرنامج في موعده (15،00 UTC).",
            "en",
            "ar",
        ),
        (
            "Between 10:00-11:00 pm MDT, a fire was started.",
            "Entre 22 h 00 et 23 h 00 MDT, un feu a été allumé.",
            "en",
            "fr",
        ),
    ],
)
def test_the_same_time_written_otherwise_is_no_mismatch(
    source: str, target: str, source_language: str, target_language: str
) -> None:
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    assert number_findings(pair) == []

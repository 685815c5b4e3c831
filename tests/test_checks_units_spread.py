"""A unit written once for a range, a temperature in degrees with no scale named, and a fraction
in words before a unit: the quantity is read as a reader reads it (issue 12). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings


def findings(source_language: str, source: str, target_language: str, target: str) -> list[str]:
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    return [finding.message for finding in number_findings(pair)]


@pytest.mark.parametrize(
    ("source_language", "source", "target_language", "target"),
    [
        ("fr", "Il tombera entre 2,5 et 10 cm de pluie.", "ar", "ستهطل من 1 إلى 4 بوصات من المطر."),
        ("id", "Hujan 2 hingga 3 inci per jam.", "fr", "Une pluie de 5 à 7,5 cm par heure."),
        ("en", "A walk of 3 to 5 miles.", "fr", "Une marche de 5 à 8 km."),
        ("en", "Waves 10-20 feet high.", "id", "Ombak setinggi 3-6 meter."),
    ],
)
def test_a_range_carries_the_unit_written_after_its_end(
    source_language: str, source: str, target_language: str, target: str
) -> None:
    assert findings(source_language, source, target_language, target) == []


def test_a_range_whose_start_was_changed_still_shows() -> None:
    found = findings("fr", "Entre 2,5 et 10 cm de pluie.", "ar", "من 3 إلى 4 بوصات من المطر.")
    assert found == ["the source has 2.5 where this has 3"]


@pytest.mark.parametrize(
    ("source_language", "source", "target_language", "target"),
    [
        (
            "fr",
            "Le mercure pourrait atteindre 26 degrés mardi.",
            "en",
            "It could reach 80 degrees.",
        ),
        ("fr", "Il a fait 26 degrés.", "ar", "وصلت درجة الحرارة إلى 80 درجة."),
        ("id", "Suhu mencapai 30 derajat.", "en", "It reached 86 degrees."),
        ("en", "It was 95° at noon.", "fr", "Il faisait 35 degrés à midi."),
    ],
)
def test_degrees_with_no_scale_named_may_be_either_scale(
    source_language: str, source: str, target_language: str, target: str
) -> None:
    assert findings(source_language, source, target_language, target) == []


def test_degrees_that_are_neither_scale_still_show() -> None:
    found = findings("fr", "Il a fait 26 degrés.", "ar", "وصلت درجة الحرارة إلى 90 درجة.")
    assert found == ["the source has 26 where this has 90"]


def test_a_fraction_in_words_measures_its_share_of_the_unit() -> None:
    assert findings("fr", "Plus de 1,3 cm de pluie.", "ar", "أكثر من نصف بوصة من المطر.") == []
    assert findings("fr", "Plus de 5 cm de pluie.", "ar", "أكثر من نصف بوصة من المطر.") == [
        "number 5 in the source is missing here"
    ]

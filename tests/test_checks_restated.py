"""A conversion in parentheses ("six meters (18 feet)", 19.7 feet) restates the quantity before
it, roughly as often as not: one side may leave it out, so its finding is worth a look, not
counted (issue 12); a close conversion is no finding at all (``test_checks_units``). A number in
parentheses that restates nothing, or a changed quantity, is still counted. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings


def found(source_language: str, source: str, target_language: str, target: str) -> list[bool]:
    """Each finding's confidence: True where the banner counts it."""
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    return [finding.confident for finding in number_findings(pair)]


@pytest.mark.parametrize(
    ("source_language", "source", "target_language", "target"),
    [
        ("fr", "Des vagues de six mètres de haut.", "ar", "أمواج بارتفاع ستة أمتار (18 قدمًا)."),
        ("en", "Waves six meters (18 feet) high.", "fr", "Des vagues de six mètres de haut."),
        ("id", "Jalan sepanjang 40 km dibuka.", "en", "A 40 km (20 miles) road opened."),
        ("en", "It weighs 90 kilograms (150 pounds).", "id", "Beratnya 90 kilogram."),
    ],
)
def test_a_conversion_in_parentheses_left_out_is_worth_a_look(
    source_language: str, source: str, target_language: str, target: str
) -> None:
    assert found(source_language, source, target_language, target) == [False]


def test_a_number_in_parentheses_that_converts_nothing_still_counts() -> None:
    assert found("fr", "Des vagues de six mètres.", "ar", "أمواج بارتفاع ستة أمتار (18 موجة).") == [
        True
    ]
    assert found("en", "Six victims (18 in all).", "fr", "Six victimes.") == [True]


@pytest.mark.parametrize(
    ("source_language", "source", "target_language", "target"),
    [
        ("id", "Pada tanggal 11 Maret 2020, WHO menyatakan pandemi.", "ar", "في 11 مارس أعلنت."),
        ("en", "It opened on 3 May.", "fr", "Elle a ouvert le 3 mai 2021."),
        ("fr", "Le 14 juillet 1789, la Bastille tomba.", "en", "On July 14 the Bastille fell."),
    ],
)
def test_the_year_of_a_date_the_other_side_gives_without_it_is_worth_a_look(
    source_language: str, source: str, target_language: str, target: str
) -> None:
    assert found(source_language, source, target_language, target) == [False]


def test_a_year_whose_date_the_other_side_lacks_still_counts() -> None:
    assert found("id", "Pada tanggal 11 Maret 2020.", "ar", "في 12 مارس.") == [True, True]
    assert found("id", "Pada tahun 2020, WHO menyatakan.", "ar", "في 11 مارس أعلنت.") == [True]


def test_a_year_changed_beside_the_same_date_still_counts() -> None:
    assert found("id", "Dimulai pada 24 Februari 2022.", "fr", "Commencée le 24 février 2023.") == [
        True
    ]

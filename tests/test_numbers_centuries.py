"""A century as a hundred years in French, English and Indonesian, as in Arabic ("depuis un
siècle" against "100 عام"); a numbered century ("XIXe siècle", "the 19th century", "abad ke-19")
is its ordinal, not a hundred (issue 12). Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import extract_numbers


def values(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "hundreds"),
    [
        ("fr", "Touchée à plusieurs reprises depuis un siècle.", 100),
        ("fr", "Deux siècles plus tard, la ville renaît.", 200),
        ("fr", "Le siècle dernier a vu trois crues.", 100),
        ("en", "The bridge stood for a century.", 100),
        ("en", "It was built over the past century.", 100),
        ("id", "Jembatan itu berdiri selama satu abad.", 100),
        ("id", "Kota itu dibangun dua abad lalu.", 200),
    ],
)
def test_a_century_is_a_hundred_years(language: str, text: str, hundreds: int) -> None:
    assert Decimal(hundreds) in values(text, language)


@pytest.mark.parametrize(
    ("language", "text", "ordinal"),
    [
        ("fr", "Un château du XIXe siècle.", 19),
        ("fr", "Un château du 19e siècle.", 19),
        ("fr", "Un château du dix-neuvième siècle.", 19),
        ("en", "A castle of the 19th century.", 19),
        ("en", "Skills for 21st-century work.", 21),
        ("en", "A castle of the nineteenth century.", 19),
        ("id", "Sebuah kastel abad ke-19.", 19),
    ],
)
def test_a_numbered_century_is_no_hundred(language: str, text: str, ordinal: int) -> None:
    found = values(text, language)
    assert Decimal(100) not in found
    assert Decimal(ordinal) in found


def test_plural_centuries_without_a_count_say_no_number() -> None:
    assert values("Des siècles de guerre.", "fr") == []
    assert values("Cinta abadi.", "id") == []


@pytest.mark.parametrize(
    ("source_language", "source", "target"),
    [
        (
            "fr",
            "Des tsunamis à plusieurs reprises depuis un siècle.",
            "تسونامي خلال 100 عام الماضية.",
        ),
        (
            "en",
            "Tsunamis struck several times in the past century.",
            "تسونامي خلال 100 عام الماضية.",
        ),
        ("id", "Tsunami melanda beberapa kali dalam satu abad terakhir.", "خلال 100 عام."),
    ],
)
def test_a_century_against_a_hundred_years_is_no_finding(
    source_language: str, source: str, target: str
) -> None:
    pair = Pair(source_language, "ar", ((0, source),), ((0, target),))
    assert number_findings(pair) == []


def test_the_article_before_siecle_is_no_roman_numeral() -> None:
    # "Le siècle" once read as L + e, the fiftieth century.
    assert values("Le siècle des Lumières.", "fr") == [Decimal(100)]

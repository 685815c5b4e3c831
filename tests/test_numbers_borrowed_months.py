"""A text in another language written in Latin letters keeps an English month name at times.
Beside a day it is that day's month ("pada 19 March"); alone, it is a month where the text says
so: after the language's word for "month" (CLDR's relative phrases give it: "bulan lalu",
"le mois dernier", "el mes pasado") or before a year. Elsewhere a capitalised "May" or "March"
stays a name or a word (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import NumberKind, extract_numbers
from reader.core.text.numbers.months import month_word


def months(text: str, language: str) -> list[int]:
    return [int(m.value) for m in extract_numbers(text, language) if m.kind is NumberKind.MONTH]


@pytest.mark.parametrize(
    ("language", "word"),
    [("id", "bulan"), ("ms", "bulan"), ("fr", "mois"), ("es", "mes"), ("it", "mese")],
)
def test_the_word_for_month_comes_from_cldr(language: str, word: str) -> None:
    assert month_word(language) == word


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Pameran itu dibuka pada bulan July.", "id", [7]),
        ("Sejak bulan August, harga beras naik.", "id", [8]),
        ("Kami bertemu bulan May lalu di Bandung.", "id", [5]),
        ("Il est arrivé au mois de June.", "fr", [6]),
        ("Llegó en el mes de October.", "es", [10]),
        ("Dia tinggal di sana hingga June 1887.", "id", [6]),
        ("La guerre dura de March 1915 à May 1916.", "fr", [3, 5]),
    ],
)
def test_an_english_month_alone_after_the_word_for_month_or_before_a_year(
    text: str, language: str, expected: list[int]
) -> None:
    assert months(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kata May kepada wartawan bulan ini.", "id"),
        ("Pada bulan itu, May berkata tidak.", "id"),
        ("En March, il a gagné.", "fr"),
        ("Bulan depan, August Wilson akan datang.", "id"),
        ("Pada bulan Aug, hujan.", "id"),
    ],
)
def test_an_english_month_alone_without_the_cue_is_not_read(text: str, language: str) -> None:
    assert months(text, language) == []


def test_a_month_alone_matches_the_other_versions_month() -> None:
    found = extract_numbers("antara bulan November 1886 dan June 1887", "id")
    assert [(m.kind, m.value) for m in found] == [
        (NumberKind.MONTH, Decimal(11)),
        (NumberKind.YEAR, Decimal(1886)),
        (NumberKind.MONTH, Decimal(6)),
        (NumberKind.YEAR, Decimal(1887)),
    ]

"""A year range written with the wave dash Chinese and Japanese use for ranges (JIS's 〜, or the
full-width tilde ～ Windows types for it), its second year shortened: ``1950～53年`` is 1950 to
1953, as ``1950-53`` is. Issue 12; sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers


def years(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language) if m.kind is NumberKind.YEAR]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("その港は1964～71年に拡張された。", "ja"),  # the full-width tilde
        ("その港は1964〜71年に拡張された。", "ja"),  # the wave dash
        ("该港口于1964～71年扩建。", "zh"),
        ("该港口于1964〜71年扩建。", "zh"),
    ],
)
def test_a_wave_dash_range_completes_its_second_year(text: str, language: str) -> None:
    assert years(text, language) == [Decimal(1964), Decimal(1971)]


def test_a_wave_dash_score_is_no_range() -> None:
    assert Decimal(2018) not in years("決勝は2019～18年の順で行われた。", "ja")


def test_a_wave_dash_range_matches_the_years_written_out() -> None:
    source = "その港は1964～71年に拡張された。"
    target = "وسع الميناء من 1964 حتى 1971."
    assert number_findings(Pair("ja", "ar", ((0, source),), ((0, target),))) == []

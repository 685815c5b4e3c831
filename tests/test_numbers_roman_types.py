"""Roman numerals that number a type or a phase (issue 12 item 1), joined by a hyphen
("type-I", "phase-III") or, in Chinese and Japanese, before the Han noun they number ("I 型",
"III 期"), even at the start of a sentence: they confirm the digits a translation writes
(النوع 1). Each sentence is written for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import extract_numbers
from tests.test_numbers_slash_pairs import findings


def romans(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language) if m.soft and m.text.isupper()]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("Both type-I and type-II cells were damaged.", "en", [1, 2]),
        ("The phase-III trial began.", "en", [3]),
        ("Sel tipe-I dan tipe-II rusak.", "id", [1, 2]),
        ("I 型和 II 型细胞受损。", "zh", [1, 2]),
        ("III 期试验已经开始。", "zh", [3]),
        ("II 型糖尿病の患者", "ja", [2]),
    ],
)
def test_a_roman_numeral_of_a_type(text: str, language: str, values: list[int]) -> None:
    assert romans(text, language) == values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Louis XIV ruled.", "fr"),
        ("The X-ray was clear.", "en"),
        ("HIV 病毒", "zh"),
        ("腰部X光片子出来", "zh"),
        ("X光片", "zh"),
    ],
)
def test_a_name_s_letters_are_no_roman_numeral(text: str, language: str) -> None:
    assert romans(text, language) == []


@pytest.mark.parametrize(
    ("source", "language"),
    [
        ("Both type-I and type-II cells were damaged.", "en"),
        ("I 型和 II 型细胞受损。", "zh"),
    ],
)
def test_the_arabic_digits_of_a_type_are_in_the_source(source: str, language: str) -> None:
    assert findings(source, language, "تضررت خلايا النوع 1 والنوع 2.") == []

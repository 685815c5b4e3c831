"""A decimal written without its whole part (issue 12 item 1): ".08%" is 0.08 %, as English and
scientific texts write it and as a translation copies it (the Arabic "و.08%", the conjunction
written onto the mark), never 8 %. A mark after a letter or a digit opens no number ("No.5",
"2019.08"). Each sentence is written for the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import NumberKind, extract_numbers
from tests.test_numbers_slash_pairs import findings


@pytest.mark.parametrize(
    ("text", "language", "value", "kind", "written"),
    [
        ("The rate was .08% last year.", "en", "0.08", NumberKind.PERCENT, ".08%"),
        ("ارتفع المعدل إلى .5% فقط.", "ar", "0.5", NumberKind.PERCENT, ".5%"),
        ("في أستراليا 1.2% و.08% في نيوزيلندا", "ar", "0.08", NumberKind.PERCENT, ".08%"),
        ("He fired a .308 rifle.", "en", "0.308", NumberKind.DECIMAL, ".308"),
        ("a p-value (.05)", "en", "0.05", NumberKind.DECIMAL, ".05"),
        ("٫٧٥ من العينات", "ar", "0.75", NumberKind.DECIMAL, "٫٧٥"),
    ],
)
def test_a_decimal_without_its_whole_part(
    text: str, language: str, value: str, kind: NumberKind, written: str
) -> None:
    mention = extract_numbers(text, language)[-1]
    assert (mention.value, mention.kind, mention.text) == (Decimal(value), kind, written)
    assert extract_numbers(text, language, words=False)[-1].value == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"), [("Take road No.5 north.", "5"), ("In 2019.08 it rose.", "2019.08")]
)
def test_a_mark_after_a_letter_or_a_digit_opens_no_decimal(text: str, value: str) -> None:
    (mention,) = extract_numbers(text, "en")
    assert mention.value == Decimal(value)


@pytest.mark.parametrize(
    ("source", "language"),
    [
        ("Le taux était de 0,08 % en Nouvelle-Zélande.", "fr"),
        ("Tingkatnya 0,08% di Selandia Baru.", "id"),
        ("The rate was .08% in New Zealand.", "en"),
    ],
)
def test_a_bare_decimal_in_the_arabic_matches_the_source(source: str, language: str) -> None:
    assert findings(source, language, "كان المعدل .08% في نيوزيلندا.") == []
    assert findings(source, language, "كان المعدل 8% في نيوزيلندا.") != []


def test_a_mark_after_a_closing_bracket_and_a_space_opens_no_decimal() -> None:
    # A reference cut up by a copy: the mark ends it, the digits are the reference's.
    assert [m.value for m in extract_numbers("(الجداول 1-3) .3).", "ar")] == [1, 3, 3]

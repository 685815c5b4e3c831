"""Three zeros after the language's decimal mark (issue 12 item 1): "42.000" in English is 42 by
CLDR's mark, but a count is never given to three places of zeros, and a writer who groups
thousands with a dot means 42,000: both readings are kept. Three other digits ("1.500") are read
as a decimal first, the thousands kept too (the fourteenth session). Each sentence is written for
the test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import extract_numbers
from tests.test_numbers_slash_pairs import findings


@pytest.mark.parametrize(
    ("text", "language", "value", "other"),
    [
        ("More than 42.000 people took part.", "en", "42", "42000"),
        ("Plus de 3,000 personnes sont venues.", "fr", "3", "3000"),
    ],
)
def test_three_zeros_keep_the_thousands_reading(
    text: str, language: str, value: str, other: str
) -> None:
    (mention,) = extract_numbers(text, language)
    assert (mention.value, mention.alternatives) == (Decimal(value), (Decimal(other),))


def test_three_other_digits_read_as_a_decimal_first() -> None:
    # The decimal is the language's reading; the thousands, the other usage's, comes after
    # (issue 12, the fourteenth session: "1,127" copied from English into Indonesian).
    (mention,) = extract_numbers("The road is 1.500 km long.", "en")
    assert (mention.value, mention.alternatives) == (Decimal("1.5"), (Decimal("1500"),))
    (mention,) = extract_numbers("The road is 1.5 km long.", "en")
    assert (mention.value, mention.alternatives) == (Decimal("1.5"), ())


def test_a_grouping_dot_in_english_against_the_arabic_thousands() -> None:
    assert findings("More than 42.000 people took part.", "en", "شارك أكثر من 42000 شخص.") == []
    assert findings("More than 42.000 people took part.", "en", "شارك أكثر من 43000 شخص.") != []

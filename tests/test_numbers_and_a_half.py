""" "And a half" after a count said by grammar alone: the Arabic dual of a scale word
(``مليونين ونصف``, two and a half million) and the French "un" before its noun and "et demi"
(``un an et demi``, a year and a half), where "un" is otherwise the article (issue 12).
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import extract_numbers


def values(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("بلغت الخسائر مليونين ونصف دولار.", 2_500_000),
        ("شارك ألفان ونصف في المسيرة.", 2500),
        ("رصدت الحكومة مليارين ونصف المليار.", 2_500_000_000),
        ("أنفقت مليوني ونصف.", 2_500_000),
        ("بلغت الخسائر مليونًا ونصف المليون.", 1_500_000),  # the singular, accusative
    ],
)
def test_an_arabic_scale_word_and_a_half_after_its_dual(text: str, value: int) -> None:
    assert values(text, "ar") == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Les travaux ont duré un an et demi.", "1.5"),
        ("Il est parti une heure et demie plus tard.", "1.5"),
        ("C'est une fois et demie plus cher.", "1.5"),
        ("Les travaux ont duré deux ans et demi.", "2.5"),  # read before
    ],
)
def test_french_one_and_a_half_after_its_noun(text: str, value: str) -> None:
    assert values(text, "fr") == [Decimal(value)]


@pytest.mark.parametrize("text", ["Un an plus tard, il revint.", "Une heure passa."])
def test_french_un_before_a_noun_alone_is_the_article(text: str) -> None:
    assert values(text, "fr") == []

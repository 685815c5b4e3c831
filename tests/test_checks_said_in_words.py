"""Numbers the other side says in words no reader of numbers compares, by the languages' nature,
found on PUD's tuning part (issue 12): a zero ("0 °C" against "درجة التجمد", freezing; "0 cases"
against "أي حالة", any case) and the first year of a millennium said as the millennium ("the
early 2000s" against "بداية الألفية"). Their findings are worth a look, not counted; a plain
change is still counted. Sentences written for these tests, not PUD's."""

from __future__ import annotations

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers.idioms import names_millennium


def confident(source_language: str, source: str, target_language: str, target: str) -> list[bool]:
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    return [finding.confident for finding in number_findings(pair)]


@pytest.mark.parametrize(
    ("source_language", "source", "target"),
    [
        ("fr", "La température reste au-dessus de 0 °C en hiver.", "تبقى الحرارة فوق درجة التجمد."),
        ("en", "The survey found 0 cases of the disease.", "لم يجد المسح أي حالة من المرض."),
    ],
)
def test_a_zero_said_in_words_is_worth_a_look(
    source_language: str, source: str, target: str
) -> None:
    assert confident(source_language, source, "ar", target) == [False]


def test_a_zero_changed_into_another_number_still_counts() -> None:
    assert confident("en", "The survey found 0 cases.", "ar", "وجد المسح 7 حالات.") == [True]


@pytest.mark.parametrize(
    ("source_language", "source", "target"),
    [
        ("en", "A venture of the early 2000s.", "مشروع من بداية الألفية."),
        (
            "id",
            "Gedung itu dibangun pada awal tahun 2000-an.",
            "بني المبنى مع مطلع الألفية الثالثة.",
        ),
        ("fr", "Au début des années 2000, la ville a grandi.", "في بداية الألفية نمت المدينة."),
    ],
)
def test_the_first_year_of_a_millennium_said_as_the_millennium_is_worth_a_look(
    source_language: str, source: str, target: str
) -> None:
    assert confident(source_language, source, "ar", target) == [False]


def test_another_year_against_the_millennium_still_counts() -> None:
    assert confident("en", "It was built in 2004.", "ar", "بني في بداية الألفية.") == [True]


@pytest.mark.parametrize(
    ("text", "language", "named"),
    [
        ("مع مطلع الألفية", "ar", True),
        ("للألفية الجديدة", "ar", True),
        ("ألف رجل", "ar", False),
        ("at the turn of the millennium", "en", True),
        ("over two millennia", "en", True),
        ("au début du millénaire", "fr", True),
        ("awal milenium ketiga", "id", True),
        ("a thousand years", "en", False),
    ],
)
def test_a_millennium_named(text: str, language: str, named: bool) -> None:
    assert names_millennium(text, language) is named

"""A clock time written with a dot ("23.45") after the language's word for "at", the one
CLDR's date-time pattern puts before a time ("{1} 'at' {0}": English at, French à, German um,
Italian alle ore, Portuguese às), is a time, its hour at most 23 and its minutes at most 59.
It stays a decimal as well, for "at 12.50 a share" (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers
from reader.core.text.numbers.cldr import at_time_words


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "at"), ("fr", "à"), ("de", "um"), ("it", "alle ore"), ("pt", "às"), ("nl", "om")],
)
def test_the_word_for_at_comes_from_cldr(language: str, words: str) -> None:
    assert at_time_words(language) == words


@pytest.mark.parametrize(
    ("text", "language", "minutes", "decimal"),
    [
        ("The minister will speak at 23.45 tonight.", "en", 23 * 60 + 45, "23.45"),
        ("Le train part à 14.30 demain.", "fr", 14 * 60 + 30, "14.30"),
        ("Die Sitzung beginnt um 9.15 morgens.", "de", 9 * 60 + 15, "9.15"),
        ("La partita inizia alle ore 18.30 di sabato.", "it", 18 * 60 + 30, "18.30"),
        ("O voo sai às 7.05 da manhã.", "pt", 7 * 60 + 5, "7.05"),
    ],
)
def test_a_dotted_time_after_the_word_for_at(
    text: str, language: str, minutes: int, decimal: str
) -> None:
    [found] = extract_numbers(text, language)
    assert (found.kind, found.value, found.alternatives) == (
        NumberKind.TIME,
        Decimal(minutes),
        (Decimal(decimal),),
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Inflation stood at 24.50 last year.", "en"),  # no hour 24 on a clock with minutes
        ("The index closed at 5.75.", "en"),  # no minute 75
        ("The shares rose to 23.45.", "en"),  # no "at"
        ("Le taux est passé de 14.30 à 15.10.", "fr"),  # the first after "de"
    ],
)
def test_a_dotted_number_without_the_cue_or_the_clock_stays_a_decimal(
    text: str, language: str
) -> None:
    assert extract_numbers(text, language)[0].kind is NumberKind.DECIMAL


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The minister will speak at 23.45 tonight.", "سيتحدث الوزير في الساعة 23:45 الليلة."),
        ("The shares closed at 12.50 on Friday.", "أغلقت الأسهم عند 12.50 يوم الجمعة."),
    ],
)
def test_a_dotted_time_matches_the_arabic_clock_or_decimal(source: str, target: str) -> None:
    pair = Pair("en", "ar", ((0, source),), ((0, target),))
    assert number_findings(pair) == []

"""A figure copied with the other usage's grouping mark (issue 12, the fourteenth session): an
Indonesian text that keeps the English "1,127" (1127), where Indonesian reads its comma as the
decimal mark, and an English one that keeps "10.700". Three digits after the language's own
decimal mark keep both readings, the decimal first: a version that gives the grouped figure
(1127, 1 127, 1,127) says the same; one that gives another figure still differs. Sentences
written for the test, of the kind NTREX-128, TICO-19 and PUD show."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import extract_numbers


def confident(source: str, target: str, language: str, source_language: str = "id") -> list[str]:
    pair = Pair(source_language, language, ((0, source),), ((0, target),))
    return [f.message for f in number_findings(pair) if f.confident]


def test_an_english_grouping_comma_in_indonesian_keeps_both_readings() -> None:
    (mention,) = extract_numbers("Ada 1,127 pembelot tahun lalu.", "id")
    assert (mention.value, mention.alternatives) == (Decimal("1.127"), (Decimal("1127"),))
    (mention,) = extract_numbers("Harganya 1,5 euro.", "id")
    assert (mention.value, mention.alternatives) == (Decimal("1.5"), ())


@pytest.mark.parametrize(
    ("target", "language"),
    [
        ("There were 1,127 defections last year.", "en"),
        ("Il y a eu 1 127 défections l'an dernier.", "fr"),
        ("去年有1127人叛逃。", "zh"),
        ("昨年の亡命者は1,127人だった。", "ja"),
    ],
)
def test_the_grouped_figure_in_the_version_is_no_mismatch(target: str, language: str) -> None:
    source = "Ada 1,127 pembelot tahun lalu."
    assert confident(source, target, language) == []
    changed = target.replace("127", "128")
    assert confident(source, changed, language) != []


def test_a_figure_the_english_version_groups_with_a_full_stop() -> None:
    source = "Sebanyak 10.700 orang telah diuji pada minggu sebelumnya."
    assert confident(source, "10.700 had been tested in the prior week.", "en") == []
    assert confident(source, "10.800 had been tested in the prior week.", "en") != []


def test_a_price_the_source_copies_with_the_english_comma_as_its_grouping() -> None:
    # The English "1,335 euros per litre" (1.335 euros): the Indonesian copies it as 1.335,
    # its grouping mark; the French writes the price 1,335 as meant.
    source = "Solar kami seharga 1.335 euro per liter."
    assert confident(source, "Notre diesel coûte 1,335 euro le litre.", "fr") == []
    assert confident(source, "Notre diesel coûte 1,5 euro le litre.", "fr") != []

"""A count by the dozen in Indonesian (issue 12, the fourteenth session): ``dua lusin`` is 24 and
``selusin`` 12, as English "two dozen" is read, so a version that gives 24 in digits says the
same and one that gives 25 does not. Sentences written for the test, of the kind TICO-19 shows
("sekitar dua lusin anggota parlemen", around two dozen members of parliament)."""

from __future__ import annotations

from decimal import Decimal

from reader.core.text.numbers import extract_numbers
from tests.test_numbers_decade_parts import confident


def test_dozens_in_words() -> None:
    for text, value in (("dua lusin anggota", 24), ("selusin telur", 12), ("tiga lusin", 36)):
        (mention,) = extract_numbers(text, "id")
        assert (mention.value, mention.spelled) == (Decimal(value), True), text


def test_two_dozen_against_its_digits() -> None:
    source = "Sekitar dua lusin anggota parlemen hadir dalam rapat itu."
    assert confident(source, "约有 24 名议员出席了会议。", "zh") == []
    assert confident(source, "约有 25 名议员出席了会议。", "zh") != []

"""Indonesian and Malay join suffixes to a scale word as to any noun. The enclitic -nya (its,
the) leaves the number as it is: "15,5 jutanya" is 15.5 million. The suffix -an makes an
estimate: "3 jutaan" is some three million, read as that number and soft, confirming a
"3 million" on the other side without being required there (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import extract_numbers


def read(text: str, language: str) -> list[tuple[Decimal, bool]]:
    return [(m.value, m.spelled) for m in extract_numbers(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Dari dana itu, 15,5 jutanya dipakai untuk sekolah.", "id", Decimal("15500000")),
        ("Utang negara, 2 triliunnya jatuh tempo tahun ini.", "id", Decimal(2 * 10**12)),
        ("Sebanyak 7 ribunya sudah dibagikan.", "id", Decimal(7000)),
        ("Sebanyak 4 miliarnya hilang.", "id", Decimal(4 * 10**9)),
        ("Kerajaan membelanjakan RM2 bilionnya untuk jalan raya.", "ms", Decimal(2 * 10**9)),
    ],
)
def test_the_enclitic_nya_leaves_the_scaled_number_as_it_is(
    text: str, language: str, value: Decimal
) -> None:
    assert read(text, language) == [(value, False)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Harganya sekitar Rp 3 jutaan per bulan.", "id", Decimal(3 * 10**6)),
        ("Ada 5 ribuan orang di lapangan.", "id", Decimal(5000)),
        ("Kerugiannya 2 miliaran rupiah.", "id", Decimal(2 * 10**9)),
        ("Kosnya kira-kira RM 4 ribuan.", "ms", Decimal(4000)),
    ],
)
def test_the_suffix_an_makes_an_estimate_of_the_scaled_number(
    text: str, language: str, value: Decimal
) -> None:
    assert read(text, language) == [(value, True)]


def test_a_suffixed_scale_word_in_another_language_is_no_scale_word() -> None:
    assert read("Il a vendu 3 jutanya.", "fr") == [(Decimal(3), False)]


def test_millions_with_nya_match_the_arabic_digits() -> None:
    pair = Pair(
        source_language="id",
        target_language="ar",
        source=((0, "Dari dana itu, 15,5 jutanya dipakai untuk sekolah."),),
        target=((0, "ومن هذه الأموال، استخدم 15.5 مليون للمدارس."),),
    )
    assert number_findings(pair) == []

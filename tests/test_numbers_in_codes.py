"""A number that is part of a code on one side (issue 12 item 1): a code glued to its letters
("U07.1", "ORF1.1") reads as no number, while the other side, writing its letter apart or in
its own script ("يو 07.1"), reads one. Such a number must not count against the other side;
a number changed inside the code still does. Each sentence is written for the test."""

from __future__ import annotations

import pytest

from tests.test_numbers_slash_pairs import findings


@pytest.mark.parametrize(
    ("source", "language", "arabic"),
    [
        (
            "The WHO assigned the code U07.1 to the disease.",
            "en",
            "خصصت المنظمة الرمز يو 07.1 للمرض.",
        ),
        ("L'OMS a attribué le code U07.1 à la maladie.", "fr", "خصصت المنظمة الرمز يو 07.1 للمرض."),
        ("WHO memberi kode U07.1 untuk penyakit itu.", "id", "خصصت المنظمة الرمز يو 07.1 للمرض."),
        ("世卫组织为该病指定了代码 U07.1。", "zh", "خصصت المنظمة الرمز يو 07.1 للمرض."),
        ("Le gène ORF1,2 est muté.", "fr", "الجين ORF 1,2 متحور."),
        # The other way: the translation glues the code, the source writes the letter apart.
        ("Install version v 2.5 first.", "en", "ثبّت الإصدار v2.5 أولا."),
    ],
)
def test_a_number_inside_a_code_on_one_side_is_no_mismatch(
    source: str, language: str, arabic: str
) -> None:
    assert findings(source, language, arabic) == []


def test_a_number_changed_inside_a_code_is_still_found() -> None:
    assert findings("The code U07.2 was assigned.", "en", "خُصص الرمز يو 07.1.") != []


def test_a_decimal_after_a_letter_and_a_space_is_no_code() -> None:
    # "R 6.47" writes a letter apart: the source reads 6.47 itself, and 6.5 is a change.
    assert findings("Its R 6.47 was high.", "en", "كان R 6.5 لديه مرتفعا.") != []

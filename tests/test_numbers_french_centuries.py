"""French numbers a century as an ordinal, in Roman numerals most often: "XVIIIe siècle",
"XVIIIème siècle", the ending set in a superscript by typography ("XVIIIᵉ", "Iᵉʳ"), or typed
after a space ("XVIII ème siècle"); in digits too ("18e", "18ème", "18ᵉ"). Each is the 18th
century, never a hundred years (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import NumberKind, extract_numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le château date du XVIIIe siècle.", 18),
        ("Le château date du XVIIIème siècle.", 18),
        ("Le château date du XVIII ème siècle.", 18),
        ("Le château date du XVIIIᵉ siècle.", 18),
        ("Une ville fondée au Iᵉʳ siècle.", 1),
        ("Une œuvre du XIX e siècle.", 19),
        ("Le château date du 18e siècle.", 18),
        ("Le château date du 18ème siècle.", 18),
        ("Le château date du 18ᵉ siècle.", 18),
    ],
)
def test_a_french_century_in_any_of_its_typed_forms(text: str, value: int) -> None:
    assert [(m.kind, m.value) for m in extract_numbers(text, "fr")] == [
        (NumberKind.ORDINAL, Decimal(value))
    ]


def test_a_roman_numeral_with_a_spaced_ending_before_another_word_is_no_century() -> None:
    assert [m.kind for m in extract_numbers("la XVIII ème dynastie", "fr")] != [NumberKind.ORDINAL]

"""The Arabic readings that look at the word before a noun (a noun and a half, a unit's singular)
see an Arabic word across any white space, a no-break space included: the word before is read by
the Arabic pattern, not by the Roman numerals' pattern for a Latin word and one space or hyphen,
which once shadowed it under the same name."""

from __future__ import annotations

import pytest

from reader.core.text.numbers import extract_numbers


def values(text: str) -> list[str]:
    return sorted(str(m.value) for m in extract_numbers(text, "ar"))


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_number_and_a_half_is_one_number_whatever_the_space(space: str) -> None:
    found = values(f"استغرق ذلك ثلاث{space}ساعات ونصف")
    assert "3.5" in found and "1.5" not in found  # the number's half, not an hour and a half


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_unit_after_a_number_in_words_is_not_one_more(space: str) -> None:
    assert values(f"سار مئة{space}ميل") == ["100"]

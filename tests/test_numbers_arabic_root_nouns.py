"""Arabic nouns built on a numeral's root in the pattern فُعاليّ state the number (issue 12,
FLORES-200): سباعيات الرجبي is rugby sevens, رباعي fourfold, ثلاثي threefold. The roots are
the ordinals' of the numeral table, not a list of these words. Each sentence is written for the
test."""

from __future__ import annotations

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import extract_numbers


def test_a_noun_on_a_numerals_root_states_the_number_as_a_word_does() -> None:
    found = extract_numbers("كان يوما مثاليا لسباعيات الرجبي ولقاء ثلاثي ورباعية.", "ar")
    assert [(m.text, m.value, m.spelled) for m in found] == [
        ("لسباعيات", 7, True),
        ("ثلاثي", 3, True),
        ("ورباعية", 4, True),
    ]
    # The numerals themselves keep their own reading: ثمانية is eight, ثمانين eighty.
    assert [m.value for m in extract_numbers("ثمانية أيام وثمانين ليلة", "ar")] == [8, 80]
    pair = Pair(
        "en",
        "ar",
        ((0, "It was a perfect day for 7's rugby."),),
        ((0, "فقد كان يوماً مثالياً لسباعيات الرجبي."),),
    )
    assert number_findings(pair) == []

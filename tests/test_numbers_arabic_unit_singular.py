"""Arabic says one of a unit of measure by its singular alone, as it says two by its dual: "على
بعد ميل" (a mile away), "لتر من الماء". The reader reads the singular CLDR writes for one
(``ميل``, ``متر``, ``لتر``) as a soft one; the number check lets it state its one only with its
unit: against "1 mile", or a conversion ("1,5 km"), not against "1 km". Issue 12; sentences
written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import extract_numbers


def soft_ones(text: str) -> list[str]:
    return [m.text for m in extract_numbers(text, "ar") if m.soft and m.value == Decimal(1)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("توقفت السفينة على بعد ميل من الشاطئ.", "ميل"),
        ("توقفت السفينة على بُعد ميلٍ من الشاطئ.", "ميل"),  # the tanween
        ("يحتاج الطفل إلى لتر من الحليب كل يوم.", "لتر"),
        ("ارتفع منسوب النهر مترًا واحدًا بعد أن ارتفع بمتر أمس.", "بمتر"),  # with a clitic
    ],
)
def test_a_unit_s_singular_is_a_soft_one(text: str, word: str) -> None:
    assert word in soft_ones(text)


@pytest.mark.parametrize(
    "text",
    [
        "توقفت السفينة على بعد 40 ميل من الشاطئ.",  # a numeral's noun
        "توقفت السفينة على بعد مئة ميل من الشاطئ.",  # a number in words' noun
        "يعادل الميل نحو 1.6 كيلومتر.",  # with the article: the unit itself
        "لم يبق سوى يوم على الانتخابات.",  # a unit of time: the calendar more often than one
    ],
)
def test_a_singular_after_a_count_or_with_the_article_is_no_one(text: str) -> None:
    assert soft_ones(text) == []


ARABIC = "توقفت السفينة على بعد ميل من الشاطئ."


@pytest.mark.parametrize(
    ("language", "source"),
    [
        ("id", "Kapal itu berhenti sekitar 1 mil dari pantai."),  # the same unit
        ("fr", "Le navire s'est arrêté à environ 1,5 km de la côte."),  # converted
        ("en", "The ship stopped about a mile from the shore."),
    ],
)
def test_a_singular_states_one_of_its_unit(language: str, source: str) -> None:
    assert number_findings(Pair(language, "ar", ((0, source),), ((0, ARABIC),))) == []


@pytest.mark.parametrize(
    "source",
    [
        "The ship stopped 1 km from the shore.",  # one of another unit: not a mile
        "The ship stopped 1 mile from the shore, 3 km from the port.",
    ],
)
def test_a_singular_states_no_one_of_another_unit(source: str) -> None:
    findings = number_findings(Pair("en", "ar", ((0, source),), ((0, ARABIC),)))
    assert findings and all("in the source is missing" in f.message for f in findings)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("صنعت قبعة من القش بحافة عرضها قدمين.", "قدمين"),  # CLDR writes "{0} قدم" for two
        ("ركض اللاعب ياردتين فقط قبل أن يسقط.", "ياردتين"),  # ة written ت before the ending
        ("يشرب الرياضي لترين من الماء يوميًا.", "لترين"),
    ],
)
def test_a_unit_s_dual_is_a_soft_two(text: str, word: str) -> None:
    found = [(m.text, m.value) for m in extract_numbers(text, "ar") if m.soft]
    assert (word, Decimal(2)) in found

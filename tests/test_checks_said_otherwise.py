"""Numbers a translation may say in a way no reader of numbers can compare, by the languages'
nature: a date the other side gives as its weekday, a year given as its century, a two said by
an Arabic dual. Their findings are worth a look, not counted (issue 12); a plain change is still
counted. Sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import extract_numbers
from reader.core.text.numbers.idioms import may_write_two


def found(source_language: str, source: str, target_language: str, target: str) -> list[bool]:
    """Each finding's confidence: True where the banner counts it."""
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    return [finding.confident for finding in number_findings(pair)]


@pytest.mark.parametrize(
    ("source_language", "source", "target_language", "target"),
    [
        ("fr", "Dans un article publié le 29 septembre.", "ar", "في مقال نُشر يوم السبت."),
        ("en", "The talks resumed on 3 March.", "id", "Perundingan dilanjutkan pada hari Senin."),
        ("id", "Ia tiba pada Jumat malam.", "fr", "Il est arrivé le 12 octobre au soir."),
    ],
)
def test_a_date_against_a_weekday_is_worth_a_look(
    source_language: str, source: str, target_language: str, target: str
) -> None:
    assert found(source_language, source, target_language, target) == [False]


def test_a_date_dropped_where_both_sides_name_the_weekday_still_counts() -> None:
    assert found("fr", "Publié le samedi 29 septembre.", "ar", "في مقال نُشر يوم السبت.") == [True]


@pytest.mark.parametrize(
    ("source_language", "source", "target_language", "target"),
    [
        (
            "en",
            "A venture tried in the early 2000s.",
            "ar",
            "مشروع جرب في بداية القرن الحادي والعشرين.",
        ),
        ("id", "Pada awal tahun 2000, usaha itu dicoba.", "ar", "في بداية القرن الواحد والعشرين."),
        ("fr", "Un château bâti vers 1850.", "en", "A castle built in the 19th century."),
        ("en", "A castle built in the 1850s.", "fr", "Un château bâti au XIXe siècle."),
    ],
)
def test_a_year_against_its_century_is_worth_a_look(
    source_language: str, source: str, target_language: str, target: str
) -> None:
    assert found(source_language, source, target_language, target) == [False]


def test_a_year_against_another_century_still_counts() -> None:
    assert found("en", "Built in the 1850s.", "fr", "Bâti au XVIIIe siècle.") == [True]


@pytest.mark.parametrize(
    "target",
    [
        "انتهت المباراة بالتعادل بهدفين لكل فريق.",  # two goals (هدف: its plural is أهداف)
        "اصطدمت سيارتين عند التقاطع.",  # two cars: a feminine dual
        "استغرق بناء الجسرين أعواما.",  # the two bridges
    ],
)
def test_two_against_an_arabic_dual_is_worth_a_look(target: str) -> None:
    assert found("en", "There were 2 of them.", "ar", target) == [False]


def test_two_against_an_arabic_plural_still_counts() -> None:
    # مسلمين, لاعبين: sound plurals (مسلمون, لاعبون are words), no dual; إنسان ends in ان.
    assert found("en", "They were 2.", "ar", "شاهد اللاعبين والمسلمين الإنسان.") == [True]
    assert found("en", "They were 3.", "ar", "انتهت المباراة بالتعادل بهدفين.") == [True]


@pytest.mark.parametrize(
    ("text", "dual"),
    [
        ("بهدفين", True),
        ("سيارتين", True),
        ("الطائرتان", True),
        ("والبلدين", True),
        ("المسلمين", False),
        ("فلسطين", False),
        ("لبنان", False),
        ("بين", False),
    ],
)
def test_may_write_two_reads_the_dual_by_its_grammar(text: str, dual: bool) -> None:
    assert may_write_two(text) is dual


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في القرن الواحد والعشرين", 21),
        ("في الذكرى الواحدة والثلاثين", 31),
        ("بالواحد والأربعين", 41),
        ("في القرن الحادي والعشرين", 21),
    ],
)
def test_arabic_reads_the_compound_ordinal_with_al_wahid(text: str, value: int) -> None:
    assert [(m.kind, m.value) for m in extract_numbers(text, "ar")] == [("ordinal", value)]


@pytest.mark.parametrize("text", ["للمباراة الواحدة", "الشخص الواحد", "في الليلة الواحدة"])
def test_al_wahid_alone_is_no_number(text: str) -> None:
    assert extract_numbers(text, "ar") == []


@pytest.mark.parametrize(
    ("source_language", "source", "target_language", "target"),
    [
        ("en", "Two sides: 2 people died.", "ar", "بين البلدين توفي 3 أشخاص."),
        ("fr", "Publié le 29 septembre.", "ar", "نشر يوم السبت 30 سبتمبر."),
        ("en", "Built in the early 2000s.", "ar", "بني في القرن الحادي والعشرين عام 2010."),
        ("en", "Waves six meters (18 feet) high.", "fr", "Des vagues de six mètres (25 pieds)."),
    ],
)
def test_a_number_changed_into_another_still_counts(
    source_language: str, source: str, target_language: str, target: str
) -> None:
    """What the other side may say otherwise is worth a look only when nothing stands in its
    place: paired with another number of its kind, it was changed."""
    assert found(source_language, source, target_language, target) == [True]

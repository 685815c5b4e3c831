"""French forms FLORES-200's French showed (issue 12), each read as the language means it:
"quatre cents" is four hundred or four cents, the coins; "du XIe au XIIIe siècle" says
"siècle" once for a range of centuries, its first end and those between included; a date
joined to a prefix by a hyphen, "l'après-11 septembre 2001", is a date. Each sentence is
written for the test."""

from __future__ import annotations

from decimal import Decimal

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers


def _findings(source: str, target: str, source_language: str, target_language: str) -> list:
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    return number_findings(pair)


def test_quatre_cents_may_be_four_cents() -> None:
    (four,) = extract_numbers("Il est arrivé avec quatre cents en poche.", "fr")
    assert (four.value, four.alternatives) == (Decimal(400), (Decimal(4),))
    (more,) = extract_numbers("Ils étaient deux mille trois cents.", "fr")
    assert (more.value, more.alternatives) == (Decimal(2300), (Decimal(2003),))
    # "cent" before another number, or a scale word after, is a hundred only.
    assert extract_numbers("trois cent deux", "fr")[0].alternatives == ()
    assert extract_numbers("quatre cents millions", "fr")[0].alternatives == ()
    assert (
        _findings(
            "He arrived with 4 cents to his name.",
            "Il est arrivé avec quatre cents à son nom.",
            "en",
            "fr",
        )
        == []
    )
    assert (
        _findings("Il est arrivé avec quatre cents à son nom.", "وصل ومعه 4 سنتات.", "fr", "ar")
        == []
    )


def test_a_range_of_centuries_in_roman_numerals_says_siecle_once() -> None:
    found = extract_numbers("courant du XIe au XIIIe siècle (1000-1300)", "fr")
    ordinals = [m for m in found if m.kind is NumberKind.ORDINAL]
    assert [(m.text, m.value) for m in ordinals] == [("XI", 11), ("XIII", 13)]
    assert ordinals[0].alternatives == (Decimal(12),)  # the century between them
    assert [m.value for m in extract_numbers("les XIe et XIIe siècles", "fr")] == [11, 12]
    assert extract_numbers("Louis XIV et Louis XVe", "fr") == []  # no century named
    assert (
        _findings(
            "Europe in the 11th, 12th, and 13th centuries.",
            "L'Europe du XIe au XIIIe siècle.",
            "en",
            "fr",
        )
        == []
    )


def test_a_date_joined_to_a_prefix_by_a_hyphen_is_a_date() -> None:
    found = extract_numbers("dans l’ère de l’après-11 septembre 2001.", "fr")
    assert [(m.kind, m.value, m.month) for m in found] == [
        (NumberKind.DATE, 11, 9),
        (NumberKind.YEAR, 2001, None),
    ]
    # A code's number stays a name's, a month elsewhere in the text or not.
    assert [m.kind for m in extract_numbers("le covid-19 en mars", "fr")] == [NumberKind.MONTH]
    assert (
        _findings(
            "Searches became intrusive in the post-September 11, 2001 era.",
            "Les fouilles sont devenues intrusives dans l’ère de l’après-11 septembre 2001.",
            "en",
            "fr",
        )
        == []
    )

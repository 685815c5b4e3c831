"""A number given in two units at once, joined by a slash ("25 yards/meters"), states its
quantity in either (issue 12, FLORES-200): a translation keeping one of them ("25 mètres")
changes no unit. Each sentence is written for the test."""

from __future__ import annotations

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.checks.units import UNIT, unit_of
from reader.core.text.numbers import extract_numbers


def test_two_units_joined_by_a_slash_are_either() -> None:
    text = "Stay 25 yards/meters from all other animals."
    (mention,) = extract_numbers(text, "en")
    unit = unit_of(text, mention, "en")
    assert unit is not None
    assert unit.either == (UNIT["length-yard"], UNIT["length-meter"])
    pair = Pair(
        "en",
        "fr",
        ((0, text),),
        ((0, "Il faut se tenir à 25 mètres de tous les autres animaux."),),
    )
    assert number_findings(pair) == []
    # One unit changed for another, unconverted, is still reported.
    pair = Pair("en", "fr", ((0, "Stay 25 yards away."),), ((0, "Restez à 25 kilomètres."),))
    assert len(number_findings(pair)) == 1

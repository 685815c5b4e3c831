"""Decades the versions name their own way against the Indonesian "tahun 60-an" and "1350-an"
(issue 12, the fourteenth session): English names the part of a decade before it ("the
mid-Sixties", "the early '60s"), and Chinese places a decade in any century ("十四世紀五十年代",
the fifties of the fourteenth century: the 1350s). Another decade still differs. Sentences
written for the test, of the kind PUD shows."""

from __future__ import annotations

from decimal import Decimal

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import extract_numbers


def confident(source: str, target: str, language: str) -> list[str]:
    pair = Pair("id", language, ((0, source),), ((0, target),))
    return [f.message for f in number_findings(pair) if f.confident]


def test_a_part_of_a_decade_in_english() -> None:
    source = "Musik itu populer pada pertengahan tahun 60-an."
    for target in (
        "The music was popular in the mid-Sixties.",
        "The music was popular in the early Sixties.",
        "The music was popular in the mid-60s.",
        "The music was popular in the sixties.",
    ):
        assert confident(source, target, "en") == [], target
        assert confident(source.replace("60", "70"), target, "en") != [], target


def test_a_chinese_decade_in_its_century() -> None:
    for text, year in (
        ("十四世紀五十年代", 1350),
        ("十九世纪八十年代", 1880),
        ("20世纪60年代", 1960),
    ):
        (mention,) = extract_numbers(text, "zh")
        assert mention.value == Decimal(year), text


def test_a_chinese_decade_of_the_fourteenth_century_against_the_source() -> None:
    source = "Pada tahun 1350-an wabah itu menyebar ke seluruh Eropa."
    assert confident(source, "十四世紀五十年代，瘟疫蔓延到整個歐洲。", "zh") == []
    assert confident(source, "十四世紀四十年代，瘟疫蔓延到整個歐洲。", "zh") != []

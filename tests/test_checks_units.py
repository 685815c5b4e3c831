"""A quantity the translation gives in another unit is the same quantity (issue 12); a changed
unit or a changed number beside a unit is still a defect. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.checks.units import UNITS, same_quantity, unit_of
from reader.core.text.numbers import extract_numbers

UNIT = {unit.name: unit for unit in UNITS}


def findings(source_language: str, source: str, target_language: str, target: str) -> list[str]:
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    return [finding.message for finding in number_findings(pair)]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("fr", "Une digue de 6 mètres de haut.", "length-meter"),
        ("fr", "Un trajet de 72\u00a0km à pied.", "length-kilometer"),
        ("fr", "La parcelle fait 3 kilomètres carrés.", "area-square-kilometer"),
        ("en", "A wall 20 feet high.", "length-foot"),
        ("en", "He ran 45 miles, then rested.", "length-mile"),
        ("en", "It was 95°F in the shade.", "temperature-fahrenheit"),
        ("id", "Jaraknya 12 kilometer dari pantai.", "length-kilometer"),
        ("id", "Suhu mencapai 35 derajat Celsius siang itu.", "temperature-celsius"),
        ("ar", "موجات بارتفاع 20 قدمًا على الساحل.", "length-foot"),
        ("ar", "على بعد 45 ميلاً من المدينة.", "length-mile"),
        ("ar", "مسافة 30 كيلو مترًا تقريبًا.", "length-kilometer"),  # the name spaced
        ("ar", "وزنه 98 كيلوغرام.", "mass-kilogram"),
        ("zh", "海浪高16米，非常危险。", "length-meter"),
        ("ja", "時速 120 キロメートル で走った。", "speed-kilometer-per-hour"),
    ],
)
def test_the_unit_after_a_number_is_read_from_cldr_names(
    language: str, text: str, unit: str
) -> None:
    mention = next(m for m in extract_numbers(text, language) if not m.spelled)
    found = unit_of(text, mention, language)
    assert found is not None and found.name == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Il a marché 6 minutes."),  # m of mètres, but the word goes on
        ("en", "She scored 12 goals."),
        ("ar", "قتل 20 شخصًا في الهجوم."),
    ],
)
def test_a_word_that_only_begins_like_a_unit_is_no_unit(language: str, text: str) -> None:
    mention = extract_numbers(text, language)[0]
    assert unit_of(text, mention, language) is None


def test_same_quantity_allows_a_translators_rounding_and_no_more() -> None:
    metre, foot, km, mile = (
        UNIT[n] for n in ("length-meter", "length-foot", "length-kilometer", "length-mile")
    )
    assert same_quantity(Decimal(6), metre, Decimal(20), foot)  # 19.7 feet, rounded
    assert same_quantity(Decimal(72), km, Decimal(45), mile)
    assert not same_quantity(Decimal(6), metre, Decimal(60), foot)
    assert not same_quantity(Decimal(2), km, Decimal(1), mile)  # 1.6 km: more than rounding
    celsius, fahrenheit = UNIT["temperature-celsius"], UNIT["temperature-fahrenheit"]
    assert same_quantity(Decimal(38), celsius, Decimal(100), fahrenheit)
    assert not same_quantity(Decimal(38), celsius, Decimal(90), fahrenheit)
    assert not same_quantity(Decimal(5), metre, Decimal(5), UNIT["mass-kilogram"])


@pytest.mark.parametrize(
    ("source_language", "source", "target_language", "target"),
    [
        (
            "fr",
            "Des vagues de 6 mètres ont frappé la côte.",
            "ar",
            "ضربت الساحل موجات تصل إلى ارتفاع 20 قدمًا.",
        ),
        ("en", "The dam holds 500 gallons.", "id", "Bendungan itu menampung 1.900 liter."),
        ("en", "It was 100 °F outside.", "id", "Suhu di luar 38 derajat Celsius."),
        ("en", "The farm covers 5 acres.", "ar", "تمتد المزرعة على 2 هكتار."),
        ("id", "Beratnya 98 kg.", "en", "It weighs 216 pounds."),
    ],
)
def test_a_quantity_in_another_unit_is_no_false_alarm(
    source_language: str, source: str, target_language: str, target: str
) -> None:
    assert findings(source_language, source, target_language, target) == []


def test_a_conversion_given_in_parentheses_is_the_same_quantity() -> None:
    assert (
        findings(
            "fr",
            "Le village est à 72 km de la ville.",
            "ar",
            "تقع القرية على بعد 45 ميلاً (72 كيلو مترًا) من المدينة.",
        )
        == []
    )


def test_the_same_number_in_another_unit_is_a_wrong_unit() -> None:
    found = findings(
        "en", "Waves of 20 feet hit the coast.", "ar", "ضربت الساحل موجات بارتفاع 20 مترًا."
    )
    assert found == ["the source gives 20 in one unit; this gives the same number in another unit"]


def test_a_wrong_number_in_another_unit_is_still_a_changed_number() -> None:
    found = findings(
        "fr",
        "Des vagues de 6 mètres ont frappé la côte.",
        "ar",
        "ضربت الساحل موجات بارتفاع 60 قدمًا.",
    )
    assert found == ["the source has 6 where this has 60"]


def test_the_same_number_and_unit_is_no_finding() -> None:
    assert (
        findings(
            "en",
            "Waves of 20 feet hit the coast.",
            "fr",
            "Des vagues de 20 pieds ont frappé la côte.",
        )
        == []
    )


@pytest.mark.parametrize("language", ["ar", "fr", "id", "en", "zh", "ja"])
def test_every_name_babel_formats_is_read(language: str) -> None:
    """The names are read from the tables ``format_unit`` formats from: every form it writes,
    in every length and plural category, is one the reader knows."""
    from babel.numbers import format_decimal
    from babel.units import format_unit

    for unit in UNITS:
        for length in ("long", "short", "narrow"):
            for value in (0, 1, 2, 3, 11, 100, Decimal("1.5")):
                written = format_unit(value, unit.name, length=length, locale=language)
                number = format_decimal(value, locale=language)
                if number not in written:
                    continue  # the number spelled in the name ("متران")
                text = f"{written} ."
                mention = next(
                    (m for m in extract_numbers(text, language, words=False) if m.value == value),
                    None,
                )
                if mention is None or mention.span[1] > written.index(number) + len(number):
                    continue  # read as part of a name, or with a scale ("0 mille" a thousand)
                found = unit_of(text, mention, language)
                assert found is not None, (written, unit.name)
                assert found.dimension is unit.dimension, (written, unit.name, found.name)


def test_arabic_reads_the_plural_a_region_writes() -> None:
    text = "يبلغ طوله 6 أقدام تقريبًا."
    found = unit_of(text, extract_numbers(text, "ar")[0], "ar")
    assert found is not None and found.name == "length-foot"


def test_a_unit_the_translation_leaves_out_is_no_wrong_unit() -> None:
    assert (
        findings("en", "Waves of 20 feet hit the coast.", "ar", "ضربت الساحل موجات بارتفاع 20.")
        == []
    )


def test_degrees_of_another_scale_are_a_wrong_unit() -> None:
    found = findings("id", "Suhu mencapai 30°C siang itu.", "en", "It reached 30°F that afternoon.")
    assert found == ["the source gives 30 in one unit; this gives the same number in another unit"]


def test_reading_the_names_leaves_babel_whole() -> None:
    """Reading regional variants' own patterns must not leave babel's cache holding a region
    without what it inherits (dates and directions read from it later). A fresh process, so
    that nothing loaded the region before."""
    import subprocess
    import sys

    script = (
        "from reader.core.checks.units import _names; _names('fr'); _names('en');"
        "from babel import Locale; from babel.dates import format_date; import datetime;"
        "print(Locale.parse('fr_CA').character_order,"
        " format_date(datetime.date(2020, 5, 1), locale='en_GB'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["left-to-right", "1", "May", "2020"]

"""The checks on versions that are not Arabic (issue 12): an Indonesian source against its English,
French, Chinese or Japanese version. Each class is a rule of the version's language that the
checks, tuned on Arabic versions, did not know; each sentence pair is of the kind the real sets
show (``bench/checks_real.py --pairs id-en,id-zh,id-ja,id-fr``), written for this test."""

from __future__ import annotations

import pytest

from reader.core.align.aligner import Alignment, Bead
from reader.core.checks.run import Finding, check_version
from tests.test_checks_real import version


def check(source: str, target: str, language: str) -> list[Finding]:
    """The findings on a one-paragraph Indonesian source and its version in ``language``."""
    alignment = Alignment((Bead((0,), (0,), 1.0),))
    return check_version(version("id", source), version(language, target), alignment)


def confident(found: list[Finding]) -> list[str]:
    return [str(f.check) for f in found if f.confident]


# -- untranslated: a version in Latin letters writes its own words in them -------------------------


@pytest.mark.parametrize(
    ("source", "target", "language"),
    [
        # A word of the version's language that the source paragraph does not write.
        (
            "Dia menyelam bersama teman-temannya selama setengah jam pada Sabtu pagi.",
            "Il plongeait avec des amis depuis une demi-heure samedi matin.",
            "fr",
        ),
        (
            "Gejala lainnya meliputi sesak napas dan sakit tenggorokan.",
            "Other symptoms include shortness of breath and a sore throat.",
            "en",
        ),
        # A word both languages write alike, no function word of the source.
        (
            "Pemerintah daerah Cape Town adalah sebuah kota metropolitan.",
            "Cape Town's local government is a metropolitan municipality.",
            "en",
        ),
        # A name whose first word is spelled like an Indonesian function word.
        (
            "Willoughby dan suaminya Dan Baldwin sudah dekat dengan Jones.",
            "Willoughby and her husband Dan Baldwin have been close to Jones.",
            "en",
        ),
        (
            "Mereka antara lain Gus Poyet, dan Paulo Di Canio.",
            "Ils comprennent Gus Poyet et Paulo Di Canio.",
            "fr",
        ),
    ],
)
def test_a_latin_script_version_s_own_words_are_not_left_untranslated(
    source: str, target: str, language: str
) -> None:
    assert "untranslated" not in confident(check(source, target, language))


@pytest.mark.parametrize(
    ("target", "language"),
    [
        ("Willoughby dan her husband Dan Baldwin have been close to Jones.", "en"),
        ("Willoughby et son mari Dan Baldwin sont proches di Jones.", "fr"),
    ],
)
def test_an_indonesian_function_word_left_in_a_latin_script_version_is_still_found(
    target: str, language: str
) -> None:
    source = "Willoughby dan suaminya Dan Baldwin sudah dekat di Jones."
    assert "untranslated" in confident(check(source, target, language))


def test_a_unit_s_symbol_after_its_number_is_not_left_untranslated() -> None:
    source = "Tsunami melewati laut lepas dengan kecepatan 800 kph (497 mph) sebelum menerjang."
    target = "海啸以 800 kph (497 mph)时速横穿公海后冲击海岸线。"
    assert "untranslated" not in confident(check(source, target, "zh"))

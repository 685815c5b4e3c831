"""Words of a version in Latin letters that are no source word left untranslated (issue 12,
FLORES-200's English against its French): an English name the French keeps, its small joining
words included ("la University of Central Missouri"), and French words spelled like English
ones, told apart with their accents and by how often each language writes them ("an", a year;
"thé", tea). Each sentence is written for the test."""

from __future__ import annotations

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.untranslated import untranslated_findings


def _flagged(source: str, target: str, source_language: str = "en", target_language: str = "fr"):
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    return [f.evidence for f in untranslated_findings(pair) if f.confident]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "Two songs, Audition and City of Stars, were nominated.",
            "Deux chansons, Audition et City of Stars, ont été nominées.",
        ),
        (
            "A professor at the University of Central Missouri found it.",
            "Un professeur de la University of Central Missouri l'a trouvé.",
        ),
        (
            "Volunteers of the Sporting Shooters Association of Australia (NSW) Inc helped.",
            "Les bénévoles du Sporting Shooters Association of Australia (NSW) inc. ont aidé.",
        ),
    ],
)
def test_a_name_copied_from_the_source_keeps_its_small_words(source: str, target: str) -> None:
    assert _flagged(source, target) == []
    # The same small word between words of the version's own is left untranslated.
    assert _flagged("The plan of the city was good.", "Le plan of the ville était bon.") == [
        "of the"
    ]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "In one year's time, an infected person may infect 10 close contacts.",
            "Sur une période d'un an, une personne infectée peut infecter 10 contacts proches.",
        ),
        (
            "For Australians, the idea is foreign, and tea is served without milk.",
            "Pour les Australiens, l'idée est étrangère, et le thé est servi sans lait.",
        ),
    ],
)
def test_a_word_of_the_versions_own_language_is_not_left_untranslated(
    source: str, target: str
) -> None:
    assert _flagged(source, target) == []
    # A word the version's language rarely writes is still the source's: Indonesian "dan" in
    # English, English "the" in French.
    assert _flagged(
        "Dia pergi ke pasar dan membeli buah.",
        "He went to the market dan bought fruit.",
        "id",
        "en",
    ) == ["dan"]
    assert _flagged("He saw the house.", "Il a vu the maison.") == ["the"]

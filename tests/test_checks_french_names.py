"""French sources name an agency behind an elided article (l’AFP, d’après l’AP) and write the
typographic apostrophe (L’Oréal), where a translation keeping the name in Latin letters often
writes the typewriter's: neither is a name the translation added (issue 12). An agency or a
name the source never gives is still added. Sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.names import added_name_findings, agency_names, source_spellings


def added(source: str, target: str, source_language: str = "fr") -> list[str]:
    pair = Pair(source_language, "ar", ((0, source),), ((0, target),))
    return [f.message for f in added_name_findings(pair, lambda: source_spellings(source))]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("D’après l’AFP, le président a parlé.", "AFP"),
        ("a indiqué l'AP mardi soir", "AP"),
        ("selon l’AFP et l’AP", "AFP"),
        ("The AP's report said so.", "AP"),
    ],
)
def test_an_agency_behind_an_elision_or_a_possessive_is_named(text: str, agency: str) -> None:
    assert agency in agency_names(text)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("D’après l’AFP, le président a parlé.", "وفقا لـ AFP تحدث الرئيس."),
        ("D’après l’AFP, le président a parlé.", "وفقا لوكالة فرانس برس تحدث الرئيس."),
        ("a indiqué l’AP mardi.", "قالت أسوشيتد برس الثلاثاء."),
        ("Le groupe L’Oréal a publié ses résultats.", "نشرت مجموعة L'Oreal نتائجها."),
        ("Le groupe L'Oréal a publié ses résultats.", "نشرت مجموعة L’Oréal نتائجها."),
        ("Il a rejoint l’équipe de Jean d’Ormesson.", "انضم إلى فريق Jean d'Ormesson."),
    ],
)
def test_a_name_the_french_source_writes_is_not_added(source: str, target: str) -> None:
    assert added(source, target) == []


def test_a_name_the_source_never_writes_is_still_added() -> None:
    assert added("Le président a parlé.", "وفقا لـ AFP تحدث الرئيس.") == [
        "names AFP, which the source does not mention here"
    ]
    assert added("Le groupe a publié ses résultats.", "نشرت مجموعة L'Oreal نتائجها.") == [
        "names L'Oreal, which the source does not mention here"
    ]

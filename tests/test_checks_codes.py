"""Codes and symbols of science and technology inside an Arabic translation (issue 12 item 1):
Arabic writes its clitics straight onto a code of Latin letters and digits, and a symbol keeps
its Greek letter; neither is words run together nor a word left untranslated. Each sentence is
written for the test."""

from __future__ import annotations

import pytest

from reader.core.checks.fused import run_together
from reader.core.checks.model import Confidence
from tests.test_checks_real import check_pair, kinds


@pytest.mark.parametrize(
    "token",
    [
        "وCD8",  # a cluster of differentiation: letters then digits
        "وC5a",  # a complement protein: letter, digit, letter
        "وORF1b",  # an open reading frame
        "وS487T",  # a substitution: letter, position, letter
        "وRaTG13",  # a strain: mixed case, then digits
        "و1b",  # the second of "ORF1a و1b": digits first
        "بـH1N1",  # the preposition, its kashida, a subtype
        "لـCOVID19",
        "فالـMP3",
    ],
)
def test_clitics_on_a_code_of_letters_and_digits_are_correct_arabic(token: str) -> None:
    assert run_together(token, "ar") is None


def test_a_word_glued_to_a_code_is_still_run_together() -> None:
    """The exemption is for clitics alone: a whole word on a code, or a word after it, is a
    lost space."""
    assert run_together("طرازF125", "ar") == (("طراز", "F", "125"), Confidence.HIGH)
    assert run_together("موديلF125المشؤومة", "ar") == (
        ("موديل", "F", "125", "المشؤومة"),
        Confidence.HIGH,
    )


def test_a_conjunction_on_a_code_in_a_sentence_has_no_finding() -> None:
    found = check_pair(
        "Both the D614G and N501Y mutations were found, with changes in ORF3a and ORF7b.",
        "رُصدت الطفرتان D614G وN501Y، مع تغيرات في ORF3a وORF7b.",
        "en",
    )
    assert "run-together" not in kinds(found)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Levels of IFNβ and TNFα rose.", "ارتفعت مستويات IFNβ وTNFα."),
        ("PPARγ agonists were given.", "أُعطيت ناهضات PPARγ."),
        ("The HIF-1α pathway is active.", "مسار HIF-1α نشط."),
        ("Its ΔF508 variant is common.", "متغيّرها ΔF508 شائع."),
    ],
)
def test_latin_letters_joined_to_a_greek_letter_are_a_symbol(source: str, target: str) -> None:
    assert "untranslated" not in kinds(check_pair(source, target, "en"))


def test_latin_letters_glued_to_arabic_letters_are_still_half_translated() -> None:
    (half,) = check_pair("Di Samarinda, kadar IFNβ naik.", "في سامارينda، ارتفع IFNβ.")
    assert (half.check, half.evidence) == ("untranslated", "da")


@pytest.mark.parametrize(
    ("source", "language", "arabic"),
    [
        (
            "It is close to bat-SL-CoVZC45 and bat-SL-CoVZC21.",
            "en",
            "إنه قريب من bat-SL-CoVZC45 وbat-SL-CoVZC21.",
        ),
        ("Il ressemble à bat-SL-CoVZC45.", "fr", "إنه يشبه bat-SL-CoVZC45."),
        ("Virus itu mirip bat-SL-CoVZC45.", "id", "يشبه الفيروس bat-SL-CoVZC45."),
        ("The cell line human-ACE2-HEK293 was used.", "en", "استُخدم خط الخلايا human-ACE2-HEK293."),
    ],
)
def test_a_word_inside_a_hyphenated_code_name_is_the_name_s(
    source: str, language: str, arabic: str
) -> None:
    assert "untranslated" not in kinds(check_pair(source, arabic, language))


def test_a_word_hyphenated_to_a_name_without_a_code_is_still_a_word() -> None:
    found = check_pair("COVID-19-related deaths rose.", "ارتفعت الوفيات COVID-19-related.", "en")
    assert [(f.check, f.evidence) for f in found] == [("untranslated", "related")]

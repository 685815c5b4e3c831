"""The real-set bench's accounting of a held-back part read by hand (``bench/checks_real.py``):
a finding the reading judged real is known, one it judged false or never saw is a false alarm,
and words run together that it listed by paragraph are known on every pair."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import checks_real  # bench/, beside the project


def finding(paragraph: int, check: str) -> object:
    return SimpleNamespace(paragraph=paragraph, source_paragraph=None, check=check)


def test_a_finding_read_as_real_is_known_and_one_read_as_false_is_not() -> None:
    read = frozenset(checks_real.read_real("tico"))
    assert checks_real._read_real(finding(8, "untranslated"), "en-ar", "wiki_4.2", read)
    assert not checks_real._read_real(finding(11, "untranslated"), "en-ar", "PubMed_7.3", read)
    assert not checks_real._read_real(finding(8, "untranslated"), "fr-ar", "wiki_4.2", read)


def test_words_run_together_read_by_paragraph_are_known_on_every_pair() -> None:
    read = frozenset(checks_real.read_real("ntrex"))
    for pair in ("en-ar", "fr-ar", "zh-ar"):
        assert checks_real._read_real(finding(19, "run-together"), pair, "reuters.218861", read)
    assert not checks_real._read_real(finding(18, "run-together"), "en-ar", "reuters.218861", read)


def test_an_arabic_defect_is_known_on_arabic_pairs_only() -> None:
    known = checks_real.known_defects("ntrex")
    pound = finding(6, "number-mismatch")  # £1.5 million lost its million in the Arabic
    for source in ("en", "id", "fr"):
        assert checks_real.is_known(pound, "dailymail.co.uk.298595", source, "ar", known)
    for target in ("en", "zh", "ja", "fr"):
        assert not checks_real.is_known(pound, "dailymail.co.uk.298595", "id", target, known)


def test_a_defect_naming_its_version_is_known_on_that_version_only() -> None:
    known = {("doc", 3, "number-mismatch", "", "zh"), ("doc", 5, "untranslated", "id", "en")}
    assert checks_real.is_known(finding(3, "number-mismatch"), "doc", "id", "zh", known)
    assert checks_real.is_known(finding(3, "number-mismatch"), "doc", "en", "zh", known)
    assert not checks_real.is_known(finding(3, "number-mismatch"), "doc", "id", "ar", known)
    assert checks_real.is_known(finding(5, "untranslated"), "doc", "id", "en", known)
    assert not checks_real.is_known(finding(5, "untranslated"), "doc", "fr", "en", known)


def test_arabic_words_run_together_read_by_paragraph_are_not_another_versions() -> None:
    read = frozenset(checks_real.read_real("ntrex"))
    assert checks_real._read_real(finding(19, "run-together"), "id-ar", "reuters.218861", read)
    for pair in ("id-en", "id-zh", "id-ja", "id-fr"):
        assert not checks_real._read_real(finding(19, "run-together"), pair, "reuters.218861", read)


def test_pairs_are_read_as_source_and_target() -> None:
    assert checks_real.parse_pairs("id-en, id-zh") == (("id", "en"), ("id", "zh"))
    with pytest.raises(argparse.ArgumentTypeError):
        checks_real.parse_pairs("id-en,zh")


def test_a_defect_of_another_version_listed_with_its_targets_counts_on_those_pairs() -> None:
    known = checks_real.known_defects("ntrex")
    age = finding(4, "number-mismatch")  # the Japanese drops the presenter's age
    assert checks_real.is_known(age, "dailymail.co.uk.298595", "id", "ja", known)
    for target in ("en", "zh", "fr"):
        assert not checks_real.is_known(age, "dailymail.co.uk.298595", "id", target, known)
    weekday = finding(4, "date-mismatch")  # the Indonesian's Thursday, on its three pairs
    for target in ("en", "fr", "ja"):
        assert checks_real.is_known(weekday, "newsweek.51331", "id", target, known)
    assert not checks_real.is_known(weekday, "newsweek.51331", "id", "ar", known)

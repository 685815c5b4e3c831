"""The checks find exactly what they found when ``tests/data/checks_golden.json`` was recorded
(``tests/checks_golden.py``): every field of every finding on the sample and the labelled
articles, and the digest of the ~1 MB pair's, each alignment given back as recorded. A change of
how the checks run (one reading of each paragraph shared by the checks) must not change what
they find."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from reader.core.align.aligner import Alignment
from reader.core.checks.run import check_without_source
from reader.core.i18n import use_languages
from reader.core.ingest.loading import load_folder
from tests.checks_golden import (
    RECORD,
    SAMPLE,
    Case,
    alignment_of,
    as_record,
    big_case,
    cases,
    digest,
    mentions_digest,
)

RECORDED = json.loads(RECORD.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """The messages as recorded: the English message ids."""
    use_languages(["en"])
    yield


def _alignments(case: Case) -> dict[str, Alignment]:
    """The alignments recorded with ``case``'s findings."""
    recorded = RECORDED["cases"][case.name]["alignments"]
    return {key: alignment_of(beads) for key, beads in recorded.items()}


@pytest.mark.parametrize("case", list(cases()), ids=lambda case: case.name)
def test_the_same_findings_on_the_sample_and_the_labelled_articles(case: Case) -> None:
    found = json.loads(json.dumps(as_record(case.findings(_alignments(case)))))
    assert found == RECORDED["cases"][case.name]["findings"]


def test_every_recorded_case_is_checked() -> None:
    assert {case.name for case in cases()} | {"1MB"} == set(RECORDED["cases"])


def test_the_same_findings_on_the_1mb_pair() -> None:
    case = big_case()
    assert digest(case.findings(_alignments(case))) == RECORDED["cases"]["1MB"]["findings"]


def test_the_same_findings_without_the_source() -> None:
    found = check_without_source(load_folder(SAMPLE))
    assert {str(k): json.loads(json.dumps(as_record(f))) for k, f in found.items()} == (
        RECORDED["alone"]
    )


def test_the_same_numbers_read_in_every_paragraph() -> None:
    assert mentions_digest() == RECORDED["mentions"]

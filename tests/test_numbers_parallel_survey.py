"""``bench/numbers_parallel.py``: the survey of every pair of a set's languages reads the
tuning documents only, and counts a pair's lines whose numbers disagree."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def survey(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.syspath_prepend(str(BENCH))
    import numbers_parallel
    from fetch_ntrex import Document

    tuning = Document(
        "t1",
        "tuning",
        {
            "en": ("It cost 3 million dollars.", "He came in May 2019."),
            "fr": ("Cela a coûté 3 millions de dollars.", "Il est venu en juin 2019."),
            "id": ("Biayanya 3 juta dolar.", "Ia datang pada Mei 2019."),
        },
    )
    held_back = Document(
        "h1", "held-back", {lang: ("It cost 9 dollars.",) for lang in ("en", "fr", "id")}
    )
    fake = SimpleNamespace(
        PAIRS=(("en", "ar"), ("fr", "ar"), ("id", "ar")),
        find_copy=lambda: None,
        documents=lambda copy: [tuning, held_back],
    )
    monkeypatch.setitem(numbers_parallel.SETS, "fake", fake)
    yield numbers_parallel
    sys.modules.pop("numbers_parallel", None)


def test_every_pair_of_the_tuning_documents(survey: object, capsys: pytest.CaptureFixture) -> None:
    assert survey.main(["--set", "fake", "--all-pairs"]) == 0  # type: ignore[attr-defined]
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()[1:]}
    # The held-back document's line is never read: two lines a pair, not three.
    assert rows == {
        "en-fr": ["2", "1", "50.00"],  # May against juin
        "en-id": ["2", "0", "0.00"],
        "en-ar": ["0", "0", "0.00"],  # no Arabic lines in this set
        "fr-id": ["2", "1", "50.00"],
        "fr-ar": ["0", "0", "0.00"],
        "id-ar": ["0", "0", "0.00"],
    }


def test_a_pivot_other_than_english(survey: object, capsys: pytest.CaptureFixture) -> None:
    survey.main(["--set", "fake", "--pivot", "fr", "--language", "id"])  # type: ignore[attr-defined]
    assert capsys.readouterr().out.splitlines()[1].split() == ["fr-id", "2", "1", "50.00"]

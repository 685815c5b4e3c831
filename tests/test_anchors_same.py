"""The aligner's anchors and the number reader's mentions are exactly what they were when
``tests/data/anchors_golden.json`` was recorded (``tests/anchors_golden.py``): every key of every
paragraph, both directions, and every field of every number mention, on the sample, the alignment
cases and slices of the public sets. A change of how the numbers and anchors are read must not
change what is read."""

from __future__ import annotations

import json

import pytest

from tests.anchors_golden import RECORD, Pair, pair_record, pairs, public_pairs

RECORDED = json.loads(RECORD.read_text(encoding="utf-8"))
PUBLIC = list(public_pairs())


@pytest.mark.parametrize("pair", list(pairs()), ids=lambda pair: pair.name)
def test_the_same_anchors_and_numbers(pair: Pair) -> None:
    assert pair_record(pair) == RECORDED["pairs"][pair.name]


def test_every_recorded_pair_is_read() -> None:
    assert {pair.name for pair in pairs()} == set(RECORDED["pairs"])


@pytest.mark.skipif(not PUBLIC, reason="the public alignment sets are not on this machine")
@pytest.mark.parametrize("pair", PUBLIC, ids=lambda pair: pair.name)
def test_the_same_anchors_and_numbers_on_the_public_sets(pair: Pair) -> None:
    assert pair_record(pair) == RECORDED["public"][pair.name]

"""How ``reader check`` shares a translation's beads between its two processes, and how it
writes the JSON document (``reader.commands.print_json``)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from reader.commands import print_json
from reader.core.checks.model import Pair
from reader.core.checks.run import FIRST_SHARE, _halfway


def _beads(sizes: list[int]) -> list[Pair]:
    return [
        Pair("id", "ar", ((n, "a" * size),), ((n, "b" * size),)) for n, size in enumerate(sizes)
    ]


def test_the_first_process_checks_a_little_under_half_of_the_characters() -> None:
    # It also joins the findings and writes the report: 20 even beads, 9 here and 11 beside.
    assert 0.4 <= FIRST_SHARE < 0.5
    assert _halfway(_beads([10] * 20)) == 9


def test_the_cut_follows_characters_not_beads() -> None:
    # One long bead first holds more than the share on its own.
    assert _halfway(_beads([100, 1, 1, 1, 1])) == 1
    assert _halfway(_beads([1, 1, 1, 1, 100])) == 5
    assert _halfway(_beads([10] * 20), share=0.5) == 10
    assert _halfway([]) == 0


def test_print_json_writes_what_json_dumps_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    # More tokens than one write takes, and strings that JSON escapes or keeps as they are.
    document = {
        "findings": [{"n": n, "text": f'نص "{n}"\n', "none": None} for n in range(5000)],
        "empty": [],
        "nested": {"x": [1.5, True, {}]},
    }
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    print_json(document)
    assert out.getvalue() == json.dumps(document, ensure_ascii=False, indent=2) + "\n"

"""How ``reader check --json`` writes its document (``reader.commands.print_json``)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from reader.commands import print_json


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

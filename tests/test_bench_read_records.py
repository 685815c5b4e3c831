"""The real-set bench's accounting of a held-back part read by hand (``bench/checks_real.py``):
a finding the reading judged real is known, one it judged false or never saw is a false alarm,
and words run together that it listed by paragraph are known on every pair."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

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

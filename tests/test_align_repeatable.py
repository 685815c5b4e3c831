"""The aligner gives the same beads and the same scores, to the last digit, whatever the string
hash seed: nothing it sums may follow a set's order, which changes from one process to the
next (``PYTHONHASHSEED``), or ``reader align --json`` would print other scores for the same
texts from one run to the next."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Every recorded case, in every language, one after another as one long pair: their names,
# numbers and punctuation as anchors, shared by many beads.
_PROBE = """
import hashlib
from reader.core.align.aligner import align
from tests.align_baseline import load_cases

cases = load_cases()
source = [p for case in cases for p in case.source]
target = [p for case in cases for p in case.target]
beads = align(source, target, "id", cases[0].target_language).beads
print(hashlib.sha256(repr([(b.source, b.target, b.score) for b in beads]).encode()).hexdigest())
"""


def _digest(seed: int) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_the_same_texts_align_to_the_same_scores_under_any_hash_seed() -> None:
    digests = {_digest(seed) for seed in (0, 1, 2)}
    assert len(digests) == 1

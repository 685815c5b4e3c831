"""The values the fidelity checks produce and consume: findings, and aligned paragraph pairs.

Kept apart from ``reader.core.checks.run`` (which runs the checks) so that each check module can build
findings without importing the module that imports it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class FindingKind(StrEnum):
    """Every kind of finding, in the order the banner counts them and reports list them: what
    is missing or added first, then what is wrong inside a paragraph, then form. The value is
    the check's stable name, in ``reader check`` output and its JSON."""

    MISSING_PARAGRAPH = "missing-paragraph"
    EXTRA_PARAGRAPH = "extra-paragraph"
    NUMBER_MISMATCH = "number-mismatch"
    DATE_MISMATCH = "date-mismatch"  # a weekday changed
    NAME_AS_MONTH = "name-as-month"  # a person's name the translation took for a month
    UNTRANSLATED = "untranslated"
    ADDED_NAME = "added-name"
    NAME_REPLACED = "name-replaced"
    CROSS_VERSION = "cross-version"
    REPETITION = "repetition"
    RUN_TOGETHER = "run-together"
    LENGTH_RATIO = "length-ratio"
    BIDI_CONTROL = "bidi-control"


class Confidence(StrEnum):
    """How sure a check is of a finding. The banner counts the confident ones; the others are
    listed as worth a look, so that one doubtful finding does not turn a clean article yellow.
    The value is what JSON prints."""

    HIGH = "high"
    LOW = "low"


# The largest bead an alignment of real paragraphs forms is 3–1 or 1–3; a bigger one is the
# aligner giving up (a 100,000–10 bead for a file of one-word lines against an article), where
# comparing numbers or names says nothing and would take long: checks skip such beads.
MAX_BEAD = 4


@dataclass(frozen=True)
class Finding:
    """One thing a check found, tied to a paragraph.

    ``paragraph`` is the translation paragraph (None for a missing paragraph);
    ``source_paragraph`` the source paragraph that shows it (None for an extra paragraph).
    ``evidence`` is the source-side text that shows the problem; ``spans`` are character
    ranges in the translation paragraph's text to highlight, always on whole words.
    ``confidence`` says whether the banner counts it (high) or lists it as worth a look (low).
    """

    check: FindingKind
    paragraph: int | None
    source_paragraph: int | None
    message: str
    evidence: str
    spans: tuple[tuple[int, int], ...] = ()
    confidence: Confidence = Confidence.HIGH

    @property
    def confident(self) -> bool:
        """Whether the banner counts this finding."""
        return self.confidence is Confidence.HIGH


@dataclass(frozen=True)
class Pair:
    """One bead of an alignment with its texts: source paragraphs and the translation
    paragraphs that render them, each as (index, text)."""

    source_language: str
    target_language: str
    source: tuple[tuple[int, str], ...]
    target: tuple[tuple[int, str], ...]

    # Joined once: every check of the bead reads them. (A frozen dataclass keeps a cached
    # property in the instance's __dict__; it is no field, so equality and hashing are unchanged.)
    @functools.cached_property
    def source_text(self) -> str:
        return "\n".join(text for _, text in self.source)

    @functools.cached_property
    def target_text(self) -> str:
        return "\n".join(text for _, text in self.target)

    @property
    def first_source(self) -> int | None:
        return self.source[0][0] if self.source else None

    @property
    def first_target(self) -> int | None:
        return self.target[0][0] if self.target else None


def worth_a_look(findings: Iterable[Finding]) -> int:
    """How many findings the banner lists as worth a look rather than counts."""
    return sum(not finding.confident for finding in findings)


def count_by_kind(
    findings: Iterable[Finding], *, confident_only: bool = False
) -> tuple[tuple[FindingKind, int], ...]:
    """(kind, count) for each kind found, in the banner's stable order (``FindingKind``'s);
    with ``confident_only``, what the banner counts (the rest are worth a look)."""
    counts = dict.fromkeys(FindingKind, 0)
    for finding in findings:
        if finding.confident or not confident_only:
            counts[finding.check] += 1
    return tuple((kind, count) for kind, count in counts.items() if count)

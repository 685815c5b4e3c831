"""The review of an article's versions, as plain immutable values, and the few operations on them.

Per version (``ar@1``): a status for each paragraph a reviewer decided on, a thread of notes
per paragraph, the findings dismissed with a reason, and whether a post-edited revision was
finished. A status and a dismissal hold a hash of the text they were about: when that text
changes (an edit, a publisher's update of the file), the status reads as unreviewed again and
the finding comes back. Nothing here reads or writes files (``store`` does) or composes a
sentence (``reader.core.present.review`` does).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum

from reader.core.checks.model import Finding


class Status(StrEnum):
    """A paragraph's review status; the value is what JSON and the review file print."""

    UNREVIEWED = "unreviewed"
    APPROVED = "approved"
    NEEDS_WORK = "needs-work"


def text_hash(text: str) -> str:
    """The hash that ties a status or a dismissal to the text it was about: the first 16 hex
    digits of the SHA-256 of the text's UTF-8 bytes (64 bits: no two paragraphs of an article
    meet by chance)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def now() -> str:
    """Now, UTC, as RFC 3339 to the second (the review file's timestamps)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Mark:
    """A reviewer's decision on one paragraph: the status, the hash of the text decided on,
    who (the name from the settings, may be empty) and when."""

    status: Status
    text_hash: str
    by: str
    at: str


@dataclass(frozen=True, order=True)
class Note:
    """One entry of a paragraph's thread of notes (ordered by time)."""

    at: str
    author: str
    text: str


@dataclass(frozen=True, order=True)
class DismissalKey:
    """Which finding a dismissal is about: its check, its paragraphs and its evidence (the
    message is left out: it is a sentence in the reader's language)."""

    check: str
    paragraph: int | None
    source_paragraph: int | None
    evidence: str

    @classmethod
    def of(cls, finding: Finding) -> DismissalKey:
        return cls(
            finding.check.value, finding.paragraph, finding.source_paragraph, finding.evidence
        )


@dataclass(frozen=True)
class Dismissal:
    """A finding dismissed with a reason, tied to the hash of the text it was about."""

    key: DismissalKey
    reason: str
    text_hash: str
    by: str
    at: str


@dataclass(frozen=True)
class Finished:
    """A post-edited revision frozen by *Finish Revision*: by whom and when."""

    by: str
    at: str


@dataclass(frozen=True)
class VersionReview:
    """The review of one version. The mappings are never changed in place: every operation
    below returns a new value."""

    marks: Mapping[int, Mark] = field(default_factory=dict)
    notes: Mapping[int, tuple[Note, ...]] = field(default_factory=dict)
    dismissals: Mapping[DismissalKey, Dismissal] = field(default_factory=dict)
    finished: Finished | None = None

    def status(self, paragraph: int, text: str) -> Status:
        """The paragraph's status, if it was decided on this very text; unreviewed otherwise."""
        mark = self.marks.get(paragraph)
        if mark is None or mark.text_hash != text_hash(text):
            return Status.UNREVIEWED
        return mark.status

    def dismissal(self, finding: Finding, about: str) -> Dismissal | None:
        """The dismissal of ``finding`` if one was made on the text ``about`` (``about_text``)."""
        dismissal = self.dismissals.get(DismissalKey.of(finding))
        if dismissal is None or dismissal.text_hash != text_hash(about):
            return None
        return dismissal


@dataclass(frozen=True)
class Review:
    """The review of an article: one ``VersionReview`` per version, keyed ``ar@1``."""

    versions: Mapping[str, VersionReview] = field(default_factory=dict)

    def of(self, version: str) -> VersionReview:
        return self.versions.get(version, VersionReview())

    def with_version(self, version: str, review: VersionReview) -> Review:
        return Review({**self.versions, version: review})


@dataclass(frozen=True)
class Progress:
    """How far the review of a version is: paragraphs approved, needing work, and in all."""

    approved: int
    needs_work: int
    total: int

    @property
    def reviewed(self) -> int:
        return self.approved + self.needs_work


@dataclass(frozen=True)
class Approval:
    """A version approved throughout: who approved its paragraphs (in the order they first
    did) and when the last approval was given."""

    by: tuple[str, ...]
    at: str


def set_status(
    review: VersionReview, paragraph: int, text: str, status: Status, by: str, at: str
) -> VersionReview:
    """``review`` with ``paragraph`` (whose text is ``text``) set to ``status``; setting it back
    to unreviewed forgets the decision."""
    marks = dict(review.marks)
    if status is Status.UNREVIEWED:
        marks.pop(paragraph, None)
    else:
        marks[paragraph] = Mark(status, text_hash(text), by, at)
    return replace(review, marks=marks)


def add_note(review: VersionReview, paragraph: int, note: Note) -> VersionReview:
    notes = dict(review.notes)
    notes[paragraph] = tuple(sorted({*notes.get(paragraph, ()), note}))
    return replace(review, notes=notes)


def remove_note(review: VersionReview, paragraph: int, note: Note) -> VersionReview:
    notes = dict(review.notes)
    kept = tuple(n for n in notes.get(paragraph, ()) if n != note)
    if kept:
        notes[paragraph] = kept
    else:
        notes.pop(paragraph, None)
    return replace(review, notes=notes)


def about_text(key: DismissalKey, targets: Sequence[str], sources: Sequence[str]) -> str:
    """The text a finding is about, which its dismissal is tied to: the translation paragraph
    it is in (the source paragraph, for a missing paragraph), with the evidence."""
    if key.paragraph is not None and 0 <= key.paragraph < len(targets):
        text = targets[key.paragraph]
    elif key.source_paragraph is not None and 0 <= key.source_paragraph < len(sources):
        text = sources[key.source_paragraph]
    else:
        text = ""
    return f"{text}\x1f{key.evidence}"


def standing_dismissals(
    review: VersionReview, targets: Sequence[str], sources: Sequence[str]
) -> list[Dismissal]:
    """The dismissals made on the text their findings are still about (the others are void:
    the text changed, the finding counts again)."""
    return [
        dismissal
        for key, dismissal in sorted(review.dismissals.items())
        if dismissal.text_hash == text_hash(about_text(key, targets, sources))
    ]


def dismiss(
    review: VersionReview,
    finding: Finding,
    targets: Sequence[str],
    sources: Sequence[str],
    reason: str,
    by: str,
    at: str,
) -> VersionReview:
    """``review`` with ``finding`` dismissed for ``reason``, tied to the text it is about now."""
    key = DismissalKey.of(finding)
    dismissal = Dismissal(key, reason, text_hash(about_text(key, targets, sources)), by, at)
    return replace(review, dismissals={**review.dismissals, key: dismissal})


def restore(review: VersionReview, finding: Finding) -> VersionReview:
    """``review`` with the dismissal of ``finding`` withdrawn: it counts again."""
    dismissals = dict(review.dismissals)
    dismissals.pop(DismissalKey.of(finding), None)
    return replace(review, dismissals=dismissals)


def split_findings(
    review: VersionReview,
    findings: Iterable[Finding],
    targets: Sequence[str],
    sources: Sequence[str],
) -> tuple[list[Finding], list[tuple[Finding, Dismissal]]]:
    """The findings that stand (open) and those dismissed on the text they are still about."""
    open_: list[Finding] = []
    dismissed: list[tuple[Finding, Dismissal]] = []
    for finding in findings:
        key = DismissalKey.of(finding)
        dismissal = review.dismissal(finding, about_text(key, targets, sources))
        if dismissal is None:
            open_.append(finding)
        else:
            dismissed.append((finding, dismissal))
    return open_, dismissed


def statuses(review: VersionReview, texts: Sequence[str]) -> list[Status]:
    return [review.status(index, text) for index, text in enumerate(texts)]


def progress(review: VersionReview, texts: Sequence[str]) -> Progress:
    found = statuses(review, texts)
    return Progress(
        approved=found.count(Status.APPROVED),
        needs_work=found.count(Status.NEEDS_WORK),
        total=len(texts),
    )


def next_unreviewed(review: VersionReview, texts: Sequence[str], after: int) -> int | None:
    """The first unreviewed paragraph after ``after``, going round to the start; None when
    every paragraph has a status."""
    count = len(texts)
    for step in range(1, count + 1):
        index = (after + step) % count
        if review.status(index, texts[index]) is Status.UNREVIEWED:
            return index
    return None


def approval(review: VersionReview, texts: Sequence[str]) -> Approval | None:
    """Who approved the version and when, if every paragraph is approved on its present text."""
    if not texts or any(s is not Status.APPROVED for s in statuses(review, texts)):
        return None
    marks = sorted((review.marks[i] for i in range(len(texts))), key=lambda mark: mark.at)
    names = tuple(dict.fromkeys(mark.by for mark in marks if mark.by))
    return Approval(names, marks[-1].at)

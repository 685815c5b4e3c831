"""A review writer run as its own process by the crash and concurrency tests.

``python -m tests.review.writer FOLDER steps NAME FIRST COUNT`` saves COUNT successive states,
printing each step's number once its save returned (the kill -9 test); ``python -m
tests.review.writer FOLDER share NAME PARITY COUNT`` marks the paragraphs of one parity and
adds a note to each, saving after every change, from one ReviewFile read once at the start
(the concurrent-writer test: the other writer's saves must be merged, not overwritten).
``python -m tests.review.writer FOLDER unlocked NAME PARITY COUNT`` does the same without the
lock (a share where locks do nothing) and also dismisses a finding in each paragraph, starting
on a line from its input once it has said it read the file (so that two writers both read it
before either saves, however the machine schedules them); then it prints how many merges it made, and on a line from its input checks, as a window does when the
folder changes, that its last save is still on disk, saving again if not.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reader.core.checks.model import Finding, FindingKind
from reader.core.review.model import Note, Review, Status, add_note, dismiss, set_status
from reader.core.review.store import ReviewFile


def state_at(step: int) -> Review:
    """The review after ``step`` steps: paragraph 0 names the step, and each step adds a note
    (so that the file grows and a torn write would show)."""
    version = Review().of("ar@1")
    version = set_status(
        version, 0, f"text {step}", Status.APPROVED, f"{step}", "2026-01-01T00:00:00Z"
    )
    for number in range(1, step + 1):
        version = add_note(
            version, number % 7, Note(f"{number:06d}", "writer", f"note {number} " * 20)
        )
    return Review().with_version("ar@1", version)


def steps(folder: Path, first: int, count: int) -> None:
    store = ReviewFile(folder)
    store.load()
    print("ready", flush=True)
    for step in range(first, first + count):
        store.save(state_at(step))
        print(step, flush=True)


def shared_finding(paragraph: int) -> Finding:
    """The finding the unlocked writers dismiss in ``paragraph``."""
    return Finding(FindingKind.UNTRANSLATED, paragraph, paragraph, f"kata{paragraph}", "", ())


def share(folder: Path, name: str, parity: int, count: int, *, locking: bool = True) -> None:
    store = ReviewFile(folder, locking=locking)
    review = store.load().review
    if not locking:  # both read the file before either saves: their saves must interleave
        print("ready", flush=True)
        sys.stdin.readline()
    texts = [f"paragraph {p}" for p in range(2 * count)]
    for number in range(count):
        paragraph = 2 * number + parity
        version = set_status(
            review.of("ar@1"),
            paragraph,
            f"paragraph {paragraph}",
            Status.APPROVED,
            name,
            f"{number}",
        )
        version = add_note(version, paragraph, Note(f"{number:06d}", name, f"{name} {number}"))
        if not locking:
            finding = shared_finding(paragraph)
            version = dismiss(version, finding, texts, texts, name, name, f"{number}")
        review = store.save(review.with_version("ar@1", version)).review
    if not locking:
        print("merges", store.merges, flush=True)
        sys.stdin.readline()
        print("saved again" if store.lost_a_save() else "kept", flush=True)
        if store.lost_a_save():
            store.save(review)


if __name__ == "__main__":
    folder, mode, name, first, count = sys.argv[1:6]
    if mode == "steps":
        steps(Path(folder), int(first), int(count))
    else:
        share(Path(folder), name, int(first), int(count), locking=mode != "unlocked")

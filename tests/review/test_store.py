"""The review file: what it keeps, how it survives a kill -9, and two writers at once."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.checks.model import Finding, FindingKind
from reader.core.review.merge import merge
from reader.core.review.model import (
    DismissalKey,
    Note,
    Review,
    Status,
    add_note,
    approval,
    dismiss,
    next_unreviewed,
    progress,
    remove_note,
    set_status,
    split_findings,
    standing_dismissals,
)
from reader.core.review.store import FILE_NAME, Aside, ReviewFile, from_json, to_json
from tests.review.writer import shared_finding, state_at

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ["عنوان", "فقرة أولى", "فقرة ثانية", "فقرة ثالثة"]
SOURCES = ["Judul", "Paragraf satu", "Paragraf dua", "Paragraf tiga"]
FINDING = Finding(FindingKind.UNTRANSLATED, 2, 2, "bersama", "Paragraf dua", ((0, 3),))


def _reviewed() -> Review:
    version = Review().of("ar@1")
    version = set_status(version, 0, TEXTS[0], Status.APPROVED, "Sari", "2026-03-01T10:00:00Z")
    version = set_status(version, 1, TEXTS[1], Status.NEEDS_WORK, "Sari", "2026-03-01T10:01:00Z")
    version = add_note(version, 1, Note("2026-03-01T10:02:00Z", "Sari", "الاسم خطأ"))
    version = dismiss(
        version, FINDING, TEXTS, SOURCES, "name kept on purpose", "Sari", "2026-03-01T10:03:00Z"
    )
    return Review().with_version("ar@1", version)


def test_a_status_and_a_dismissal_hold_for_their_text_only() -> None:
    version = _reviewed().of("ar@1")
    assert version.status(0, TEXTS[0]) is Status.APPROVED
    assert version.status(0, "عنوان آخر") is Status.UNREVIEWED
    open_, dismissed = split_findings(version, [FINDING], TEXTS, SOURCES)
    assert open_ == [] and dismissed[0][1].reason == "name kept on purpose"
    changed = [*TEXTS[:2], "فقرة ثانية معدلة", TEXTS[3]]
    open_, dismissed = split_findings(version, [FINDING], changed, SOURCES)
    assert open_ == [FINDING] and dismissed == []
    assert standing_dismissals(version, changed, SOURCES) == []
    assert [d.reason for d in standing_dismissals(version, TEXTS, SOURCES)] == [
        "name kept on purpose"
    ]


def test_progress_next_unreviewed_and_approval() -> None:
    version = _reviewed().of("ar@1")
    assert progress(version, TEXTS) == progress(version, TEXTS)
    assert (progress(version, TEXTS).approved, progress(version, TEXTS).needs_work) == (1, 1)
    assert next_unreviewed(version, TEXTS, 0) == 2
    assert next_unreviewed(version, TEXTS, 3) == 2  # goes round
    assert approval(version, TEXTS) is None
    for index, text in enumerate(TEXTS):
        version = set_status(
            version, index, text, Status.APPROVED, "Budi", f"2026-03-02T0{index}:00:00Z"
        )
    assert next_unreviewed(version, TEXTS, 0) is None
    done = approval(version, TEXTS)
    assert done is not None and done.by == ("Budi",) and done.at == "2026-03-02T03:00:00Z"


def test_the_file_round_trips_and_is_plain_json(tmp_path: Path) -> None:
    review = _reviewed()
    saved = ReviewFile(tmp_path).save(review)
    assert saved.review == review and not saved.merged
    document = json.loads((tmp_path / FILE_NAME).read_text(encoding="utf-8"))
    assert document["format"] == "reader-review" and document["version"] == 1
    assert document["versions"]["ar@1"]["paragraphs"]["1"]["status"] == "needs-work"
    assert "الاسم خطأ" in (tmp_path / FILE_NAME).read_text(encoding="utf-8")
    assert ReviewFile(tmp_path).load().review == review
    assert from_json(json.dumps(to_json(review)).encode()) == review


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b'{"format": "reader-review", "version": 1, "versions": {"ar@1": ', Aside.DAMAGED),
        (b"\xff\xfe not json", Aside.DAMAGED),
        (
            b'{"format": "reader-review", "version": 1, "versions": {"ar@1": {"paragraphs": {"x": 1}}}}',
            Aside.DAMAGED,
        ),
        (b'{"format": "reader-review", "version": 2, "versions": {}}', Aside.NEWER),
    ],
)
def test_an_unreadable_file_is_kept_aside_not_overwritten(
    tmp_path: Path, content: bytes, why: Aside
) -> None:
    (tmp_path / FILE_NAME).write_bytes(content)
    store = ReviewFile(tmp_path)
    loaded = store.load()
    assert loaded.review == Review()
    assert loaded.set_aside is not None and loaded.set_aside.why is why
    assert loaded.set_aside.kept.read_bytes() == content
    assert loaded.set_aside.kept.name.startswith(f"review.{why.value}-")
    store.save(_reviewed())
    assert loaded.set_aside.kept.read_bytes() == content
    assert ReviewFile(tmp_path).load().review == _reviewed()


def test_a_change_on_disk_is_noticed_and_merged(tmp_path: Path) -> None:
    first, second = ReviewFile(tmp_path), ReviewFile(tmp_path)
    first.save(_reviewed())
    review = second.load().review
    assert not second.changed_on_disk()
    mine = first.base.of("ar@1")
    mine = set_status(mine, 2, TEXTS[2], Status.APPROVED, "Sari", "2026-03-01T11:00:00Z")
    first.save(first.base.with_version("ar@1", mine))
    assert second.changed_on_disk()
    theirs = add_note(review.of("ar@1"), 3, Note("2026-03-01T11:05:00Z", "Budi", "ok?"))
    theirs = remove_note(theirs, 1, Note("2026-03-01T10:02:00Z", "Sari", "الاسم خطأ"))
    saved = second.save(review.with_version("ar@1", theirs))
    assert saved.merged and saved.clashes == ()
    merged = ReviewFile(tmp_path).load().review.of("ar@1")
    assert merged.status(2, TEXTS[2]) is Status.APPROVED  # the first window's
    assert [n.text for n in merged.notes[3]] == ["ok?"]  # the second's
    assert 1 not in merged.notes  # deleted by the second, untouched by the first


def test_both_sides_changing_one_status_keep_the_later_and_say_so() -> None:
    base = _reviewed()
    mine = set_status(
        base.of("ar@1"), 0, TEXTS[0], Status.NEEDS_WORK, "Sari", "2026-03-01T12:00:00Z"
    )
    theirs = set_status(
        base.of("ar@1"), 0, TEXTS[0], Status.APPROVED, "Budi", "2026-03-01T12:05:00Z"
    )
    merged = merge(base, base.with_version("ar@1", mine), base.with_version("ar@1", theirs))
    assert merged.review.of("ar@1").marks[0].by == "Budi"
    assert [(c.version, c.paragraph, c.what) for c in merged.clashes] == [("ar@1", 0, "status")]


def _writer(folder: Path, *arguments: object, stdin: int | None = None) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.review.writer", str(folder), *map(str, arguments)]
    return subprocess.Popen(command, cwd=ROOT, stdin=stdin, stdout=subprocess.PIPE, text=True)


def test_a_writer_killed_at_random_points_leaves_the_last_state_or_the_one_before(
    tmp_path: Path,
) -> None:
    """kill -9 at random moments while a writer saves: each time, the file holds a whole
    state, and it is the last one the writer reported saved or the one it was saving. (The
    kill waits for the writer's first save, so that a busy machine, where starting a process
    takes most of a second, still has it killed while saving.)"""
    chance = random.Random(13)
    reported = 0
    kills = 0
    for _round in range(10):
        writer = _writer(tmp_path, "steps", "-", reported + 1, 100000)
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
        first = writer.stdout.readline()  # its first save is done: it is saving the next
        time.sleep(chance.random() * 0.3)
        writer.kill()  # SIGKILL
        out, _err = writer.communicate()
        kills += 1
        reported = int([first, *out.split()][-1])
        on_disk = ReviewFile(tmp_path).load()
        assert on_disk.set_aside is None
        step = int(on_disk.review.of("ar@1").marks[0].by)
        assert step in (reported, reported + 1), (step, reported)
        assert on_disk.review == state_at(step)
        reported = step
    assert kills == 10 and reported >= 10


def test_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    count = 30
    writers = [
        _writer(tmp_path, "share", name, parity, count) for name, parity in (("A", 0), ("B", 1))
    ]
    for writer in writers:
        writer.communicate(timeout=120)
        assert writer.returncode == 0
    version = ReviewFile(tmp_path).load().review.of("ar@1")
    assert sorted(version.marks) == list(range(2 * count))
    assert {version.marks[p].by for p in range(0, 2 * count, 2)} == {"A"}
    assert {version.marks[p].by for p in range(1, 2 * count, 2)} == {"B"}
    assert all(len(version.notes[p]) == 1 for p in range(2 * count))


def test_two_machines_on_a_share_without_locks_lose_nothing(tmp_path: Path) -> None:
    """Two writers saving at once with no lock between them (a network share where locks do
    nothing): every status, note and dismissal of both is in the file at the end, because a
    save looks at the file just before its rename and after it, and merges what it finds."""
    count = 40
    writers = [
        _writer(tmp_path, "unlocked", name, parity, count, stdin=subprocess.PIPE)
        for name, parity in (("A", 0), ("B", 1))
    ]
    for writer in writers:  # both have read the file: neither has saved yet
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    merges = 0
    for writer in writers:  # both have saved everything, each as it went
        assert writer.stdout is not None
        line = writer.stdout.readline().split()
        assert line[0] == "merges", line
        merges += int(line[1])
    assert merges > 0  # the later saved over a file the other had changed since it read it
    for writer in writers:  # then each looks once more, as a window does when the folder changes
        out, _err = writer.communicate("check\n", timeout=120)
        assert writer.returncode == 0 and out.strip() in ("kept", "saved again")
    version = ReviewFile(tmp_path).load().review.of("ar@1")
    assert sorted(version.marks) == list(range(2 * count))
    for paragraph in range(2 * count):
        name = "AB"[paragraph % 2]
        assert version.marks[paragraph].by == name
        assert [n.author for n in version.notes[paragraph]] == [name]
        key = DismissalKey.of(shared_finding(paragraph))
        assert version.dismissals[key].reason == name
    assert not list(tmp_path.glob(".review.json.lock"))  # no lock was taken


def test_a_save_replaced_unseen_is_noticed_and_written_again(tmp_path: Path) -> None:
    """Another machine's rename lands just after this save's last look (its file grew from the
    state before ours): ours is missing from the file, which says so, and saving again merges
    the two instead of taking the other's file as the truth."""
    store = ReviewFile(tmp_path)
    store.save(_reviewed())
    theirs = ReviewFile(tmp_path)
    theirs.load()
    mine = set_status(store.base.of("ar@1"), 2, TEXTS[2], Status.APPROVED, "Sari", "2026-03-02")
    store.save(store.base.with_version("ar@1", mine))
    assert not store.lost_a_save()
    other = add_note(theirs.base.of("ar@1"), 3, Note("2026-03-02T10:00:00Z", "Budi", "ok?"))
    (tmp_path / FILE_NAME).unlink()  # so that the other saves as if over the file it last saw
    theirs.save(theirs.base.with_version("ar@1", other))
    assert store.changed_on_disk() and store.lost_a_save()
    saved = store.save(store.base.with_version("ar@1", mine))
    assert saved.merged and not store.lost_a_save()
    on_disk = ReviewFile(tmp_path).load().review.of("ar@1")
    assert on_disk.status(2, TEXTS[2]) is Status.APPROVED  # ours, back
    assert [n.text for n in on_disk.notes[3]] == ["ok?"]  # theirs, kept
    assert on_disk.status(1, TEXTS[1]) is Status.NEEDS_WORK  # what both had


def test_reading_a_review_writes_nothing_to_the_folder(tmp_path: Path) -> None:
    """Opening an article (the bundled sample, a folder on a read-only share) only reads."""
    assert ReviewFile(tmp_path).load().review == Review()
    ReviewFile(tmp_path).save(_reviewed())
    before = sorted(p.name for p in tmp_path.iterdir())
    assert ReviewFile(tmp_path).load().review == _reviewed()
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    empty = tmp_path / "empty"
    empty.mkdir()
    ReviewFile(empty).load()
    assert list(empty.iterdir()) == []

"""The review file: ``review.json`` in the article folder, beside the versions it is about, so
that it travels with the folder.

The format (version 1), plain JSON in UTF-8::

    {
      "format": "reader-review",
      "version": 1,
      "versions": {
        "ar@1": {
          "paragraphs": {"3": {"status": "approved", "text_hash": "…", "by": "…", "at": "…"}},
          "notes": {"3": [{"text": "…", "author": "…", "at": "…"}]},
          "dismissed": [{"check": "untranslated", "paragraph": 2, "source_paragraph": 2,
                         "evidence": "…", "reason": "…", "text_hash": "…", "by": "…", "at": "…"}],
          "finished": {"by": "…", "at": "…"}
        }
      }
    }

Paragraph numbers are those of ``reader info --json``; ``status`` is ``approved`` or
``needs-work`` (an unreviewed paragraph has no entry); ``text_hash`` is the first 16 hex
digits of the SHA-256 of the text the decision was made on (``model.text_hash``; for a
dismissal, the paragraph's text, a U+001F and the evidence); times are RFC 3339, UTC.
``finished`` is present once a post-edited revision was finished. A reader of version 1 reads
any file whose ``version`` is 1 and ignores keys it does not know.

Each save also writes ``"saves"``: the names (random, 16 hex digits) of the last 64 saves the
file's content grew from, the newest last. A writer knows by them whether what is on disk
holds its own last save, and which state the two sides grew apart from (the base of a merge).

Saving never loses what was saved before: the new content goes to a temporary file in the
folder, is flushed to the disk (fsync), and takes the file's name in one rename (``os.replace``),
after which the folder itself is flushed; a crash at any point leaves the old file or the new
one, whole.

Two writers (two windows, two machines on a shared folder) never silently overwrite each other,
and this does not rest on a lock, which is nothing on some network shares: a save reads the file
just before its rename, and if it changed since it was read, the two are merged (``merge``) and
the save starts again; after the rename it reads the file once more, and if another writer's
rename came between its look and its own (so that one replaced the other unseen), the writer
whose save is missing merges it back in. A window also checks, whenever the folder changes, that
its last save is still there. A lock (``.review.json.lock``, through ``filelock``: ``flock`` on
POSIX, ``LockFileEx`` on Windows) is only taken so that two writers on one machine do not make
each other start again; where it cannot be had within a second, the save goes on without it.
A damaged file, or one in a newer format, is kept aside under a new name and reported, never
overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from reader.core.errors import ReaderError
from reader.core.files import write_atomically
from reader.core.i18n import _
from reader.core.review.merge import Clash, merge
from reader.core.review.model import (
    Dismissal,
    DismissalKey,
    Finished,
    Mark,
    Note,
    Review,
    Status,
    VersionReview,
    now,
)

FILE_NAME = "review.json"
FORMAT = "reader-review"
FORMAT_VERSION = 1
MAX_BYTES = 64 * 1024 * 1024  # a review file ten thousand times the size of a long article's
MAX_SAVES = 64  # the saves a file names: a writer 64 saves behind merges from an older base
LOCK_WAIT = 1.0  # seconds; the lock only spares retries, a save does not need it
ATTEMPTS = 100  # merges in a row before a save gives up (another writer saving without pause)


class Aside(StrEnum):
    """Why a review file was kept aside."""

    DAMAGED = "damaged"
    NEWER = "newer"


@dataclass(frozen=True)
class SetAside:
    """A review file that could not be read, kept aside under ``kept``: why, and the detail
    (the JSON error, the format version found)."""

    why: Aside
    kept: Path
    detail: str


class Unreadable(Exception):
    """The review file's bytes are not a review Reader can read (``why``, ``detail``)."""

    def __init__(self, why: Aside, detail: str) -> None:
        super().__init__(detail)
        self.why = why
        self.detail = detail


# -- to and from JSON -----------------------------------------------------------------------------


def note_json(note: Note) -> dict[str, str]:
    """A note as the review file and ``reader review --json`` write it."""
    return {"text": note.text, "author": note.author, "at": note.at}


def dismissal_json(dismissal: Dismissal) -> dict[str, Any]:
    """A dismissal as the review file and ``reader review --json`` write it."""
    key = dismissal.key
    return {
        "check": key.check,
        "paragraph": key.paragraph,
        "source_paragraph": key.source_paragraph,
        "evidence": key.evidence,
        "reason": dismissal.reason,
        "text_hash": dismissal.text_hash,
        "by": dismissal.by,
        "at": dismissal.at,
    }


def to_json(review: Review, saves: Sequence[str] = ()) -> dict[str, Any]:
    """The review as the file's JSON document; ``saves`` names the saves it grew from."""
    versions: dict[str, Any] = {}
    for name, version in sorted(review.versions.items()):
        entry: dict[str, Any] = {
            "paragraphs": {
                str(index): {
                    "status": m.status.value,
                    "text_hash": m.text_hash,
                    "by": m.by,
                    "at": m.at,
                }
                for index, m in sorted(version.marks.items())
            },
            "notes": {
                str(index): [note_json(note) for note in thread]
                for index, thread in sorted(version.notes.items())
            },
            "dismissed": [dismissal_json(d) for _key, d in sorted(version.dismissals.items())],
        }
        if version.finished is not None:
            entry["finished"] = {"by": version.finished.by, "at": version.finished.at}
        versions[name] = entry
    return {"format": FORMAT, "version": FORMAT_VERSION, "saves": list(saves), "versions": versions}


def _get(table: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(table, dict):
        raise Unreadable(Aside.DAMAGED, f"{where} is not an object")
    value = table.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise Unreadable(Aside.DAMAGED, f"{where}.{key} is missing or of the wrong type")
    return value


def _index(text: str, where: str) -> int:
    if not text.isascii() or not text.isdigit():
        raise Unreadable(Aside.DAMAGED, f"{where}: {text!r} is not a paragraph number")
    return int(text)


def _optional_index(table: Any, key: str, where: str) -> int | None:
    value = table.get(key) if isinstance(table, dict) else None
    if value is None:
        return None
    return int(_get(table, key, int, where))


def _version_from_json(data: Any, where: str) -> VersionReview:
    marks: dict[int, Mark] = {}
    for key, entry in _get(data, "paragraphs", dict, where).items():
        here = f"{where}.paragraphs.{key}"
        try:
            status = Status(_get(entry, "status", str, here))
        except ValueError:
            raise Unreadable(Aside.DAMAGED, f"{here}: unknown status") from None
        marks[_index(key, here)] = Mark(
            status,
            _get(entry, "text_hash", str, here),
            _get(entry, "by", str, here),
            _get(entry, "at", str, here),
        )
    notes: dict[int, tuple[Note, ...]] = {}
    for key, thread in _get(data, "notes", dict, where).items():
        here = f"{where}.notes.{key}"
        if not isinstance(thread, list):
            raise Unreadable(Aside.DAMAGED, f"{here} is not a list")
        notes[_index(key, here)] = tuple(
            sorted(
                Note(
                    _get(n, "at", str, here),
                    _get(n, "author", str, here),
                    _get(n, "text", str, here),
                )
                for n in thread
            )
        )
    dismissals: dict[DismissalKey, Dismissal] = {}
    dismissed = _get(data, "dismissed", list, where)
    for number, entry in enumerate(dismissed):
        here = f"{where}.dismissed[{number}]"
        key = DismissalKey(
            _get(entry, "check", str, here),
            _optional_index(entry, "paragraph", here),
            _optional_index(entry, "source_paragraph", here),
            _get(entry, "evidence", str, here),
        )
        dismissals[key] = Dismissal(
            key,
            _get(entry, "reason", str, here),
            _get(entry, "text_hash", str, here),
            _get(entry, "by", str, here),
            _get(entry, "at", str, here),
        )
    finished = None
    if isinstance(data, dict) and data.get("finished") is not None:
        here = f"{where}.finished"
        entry = data["finished"]
        finished = Finished(_get(entry, "by", str, here), _get(entry, "at", str, here))
    return VersionReview(marks, notes, dismissals, finished)


def from_json(data: bytes) -> Review:
    """The review held by a review file's bytes; ``Unreadable`` if they hold none Reader reads."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[Review, tuple[str, ...]]:
    """The review held by a review file's bytes and the saves it grew from."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise Unreadable(Aside.DAMAGED, str(error) or type(error).__name__) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise Unreadable(Aside.DAMAGED, f'not a review file (no "format": "{FORMAT}")')
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Unreadable(Aside.DAMAGED, "no format version")
    if version > FORMAT_VERSION:
        raise Unreadable(Aside.NEWER, f"format version {version}")
    versions = _get(document, "versions", dict, "review")
    review = Review({str(k): _version_from_json(v, f"versions.{k}") for k, v in versions.items()})
    saves = document.get("saves", [])  # absent in files written before it was kept
    if not isinstance(saves, list) or not all(isinstance(name, str) for name in saves):
        raise Unreadable(Aside.DAMAGED, "review.saves is not a list of names")
    return review, tuple(saves)


# -- the file -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    """What opening the review file gave: the review, and a file kept aside if there was one."""

    review: Review
    set_aside: SetAside | None = None


@dataclass(frozen=True)
class Saved:
    """What a save wrote: the review now on disk (``merged`` with another writer's if the file
    had changed since it was last read), the entries both changed, and a file kept aside."""

    review: Review
    merged: bool
    clashes: tuple[Clash, ...] = ()
    set_aside: SetAside | None = None


def _digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


class _Moved(Exception):
    """The file changed between a save's reading it and its rename: merge again."""


class ReviewFile:
    """The review file of one article folder, as one window (or command) sees it: what it last
    read or wrote, the states it knows by the name of their last save (the bases of merges),
    and whether the file changed on disk since.

    ``locking=False`` saves without the lock, as on a share where locks do nothing (the tests
    of two writers use it); nothing is lost either way, the lock only spares merges."""

    def __init__(self, folder: Path, *, locking: bool = True) -> None:
        self.folder = folder
        self.path = folder / FILE_NAME
        self.locking = locking
        self.merges = 0  # merges with another writer's save, made by this object's saves
        self._base = Review()
        self._seen: str | None = None  # the SHA-256 of the bytes last read or written
        self._saves: tuple[str, ...] = ()  # the saves those bytes grew from
        self._known: list[tuple[str, Review]] = []  # states by their last save, oldest first
        self._mine: str | None = None  # the name of this object's last save

    @property
    def base(self) -> Review:
        """The review as last read from or written to the file."""
        return self._base

    def load(self) -> Loaded:
        """Read the file (an absent file is an empty review). Nothing is written to the folder
        (it may be one Reader cannot write to, such as the bundled sample), and no lock is
        taken: a save replaces the file in one rename. A file Reader cannot read is kept
        aside (renamed) and reported, and the review starts empty."""
        review, aside = self._read()
        return Loaded(review, aside)

    def changed_on_disk(self) -> bool:
        """Whether the file holds something else than what this object last read or wrote."""
        return _digest(self._bytes()) != self._seen

    def lost_a_save(self) -> bool:
        """Whether this object's last save is missing from the file: another writer, on a share
        without locks, renamed its own over it without having seen it (``save`` merges it
        back)."""
        if self._mine is None:
            return False
        data = self._bytes()
        return self._mine not in _saves_in(data)

    def save(self, review: Review) -> Saved:
        """Write ``review``, merged first with what another writer saved since the last read;
        never over a change it has not merged (see the module's docstring)."""
        merged, clashes = False, list[Clash]()
        aside: SetAside | None = None
        with self._locked():
            for _attempt in range(ATTEMPTS):
                data = self._bytes()
                if _digest(data) != self._seen:
                    theirs, base, kept = self._take(data)
                    aside = aside or kept
                    result = merge(base, review, theirs)
                    review, merged = result.review, True
                    clashes.extend(c for c in result.clashes if c not in clashes)
                    self.merges += 1
                try:
                    name, written = self._write(review, data)
                except _Moved:
                    continue
                after = self._bytes()
                if after == written or name in _saves_in(after):  # ours, or grown from ours
                    return Saved(review, merged, tuple(clashes), aside)
                # another writer's rename came between our last look and our rename: merge again
        raise ReaderError(_("was changed by another writer at every attempt to save"), self.path)

    # -- reading and writing ----------------------------------------------------------------------

    def _bytes(self) -> bytes | None:
        try:
            with self.path.open("rb") as stream:
                return stream.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return None

    def _base_for(self, saves: tuple[str, ...]) -> Review:
        """The newest state this object knows that the file's content grew from: the base of a
        merge. None known (a file rewritten from scratch) is an empty base, so that a merge keeps
        both sides' entries rather than lose one."""
        present = set(saves)
        return next((review for name, review in reversed(self._known) if name in present), Review())

    def _know(self, name: str | None, review: Review) -> None:
        if name is not None:
            self._known = [*self._known[-(MAX_SAVES - 1) :], (name, review)]

    def _take(self, data: bytes | None) -> tuple[Review, Review, SetAside | None]:
        """What another writer saved (the file's bytes ``data``) as the other side of a merge,
        with the base to merge from, and the file kept aside if it was unreadable."""
        if data is None:  # removed: what is here is kept whole
            self._seen, self._saves = None, ()
            return Review(), Review(), None
        if len(data) <= MAX_BYTES:
            try:
                theirs, saves = _decode(data)
            except Unreadable:
                pass
            else:  # a file written before saves were named merges from the last state read
                base = self._base_for(saves) if saves else self._base
                self._seen, self._saves, self._base = _digest(data), saves, theirs
                self._know(saves[-1] if saves else None, theirs)
                return theirs, base, None
        theirs, aside = self._read(data)
        if aside is not None and aside.kept == self.path:
            message = _("cannot be overwritten: Reader cannot read it, nor keep it aside")
            raise ReaderError(message, self.path)
        return theirs, Review(), aside

    def _read(self, data: bytes | None = None) -> tuple[Review, SetAside | None]:
        data = self._bytes() if data is None else data
        self._seen, self._saves = _digest(data), ()
        if data is None:
            self._base = Review()
            return self._base, None
        try:
            if len(data) > MAX_BYTES:
                raise Unreadable(Aside.DAMAGED, f"larger than {MAX_BYTES} bytes")
            self._base, self._saves = _decode(data)
            self._know(self._saves[-1] if self._saves else None, self._base)
            return self._base, None
        except Unreadable as error:
            self._base, self._seen = Review(), None
            try:
                kept = self._keep_aside(error.why)
            except FileNotFoundError:  # another window kept it aside first
                return self._base, None
            except OSError:  # a folder Reader cannot write to: left where it is, never saved over
                kept = self.path
            return self._base, SetAside(error.why, kept, error.detail)

    def _keep_aside(self, why: Aside) -> Path:
        """Rename the unreadable file to a free name beside it (``review.damaged-<time>.json``)."""
        stamp = now().replace(":", "").replace("-", "")
        number = 1
        while True:
            suffix = "" if number == 1 else f"-{number}"
            kept = self.folder / f"review.{why.value}-{stamp}{suffix}.json"
            if not kept.exists():
                break
            number += 1
        os.replace(self.path, kept)
        return kept

    def _write(self, review: Review, read: bytes | None) -> tuple[str, bytes]:
        """Write ``review`` as a new save, unless the file no longer holds ``read`` (the bytes
        it was merged with) just before the rename; the save's name and the bytes written."""
        name = secrets.token_hex(8)
        saves = (*self._saves, name)[-MAX_SAVES:]
        document = to_json(review, saves)
        data = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

        def unchanged() -> None:
            if self._bytes() != read:
                raise _Moved

        write_atomically(self.path, data, before_replace=unchanged)
        self._base, self._seen, self._saves, self._mine = review, _digest(data), saves, name
        self._know(name, review)
        return name, data

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the folder's review lock, if it can be had within ``LOCK_WAIT`` seconds: two
        writers on one machine then take turns instead of merging again. A save is correct
        without it (on a share where locks do nothing, or a folder Reader cannot write to)."""
        if not self.locking:
            yield
            return
        from filelock import FileLock, Timeout

        lock = FileLock(self.folder / f".{FILE_NAME}.lock", timeout=LOCK_WAIT)
        try:
            lock.acquire()
        except (Timeout, OSError):  # held too long, or cannot be made: go on without it
            yield
            return
        try:
            yield
        finally:
            lock.release()


def _saves_in(data: bytes | None) -> tuple[str, ...]:
    """The saves named by a review file's bytes (none if it is absent or unreadable)."""
    if data is None or len(data) > MAX_BYTES:
        return ()
    try:
        return _decode(data)[1]
    except Unreadable:
        return ()
